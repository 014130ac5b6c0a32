//! The app's state and the actions that change it, as a pure reducer. Hover is not here: it
//! stays local to the component that shows it.

use super::locale::Locale;

/// What the reader has chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppState {
    pub locale: Locale,
    /// GB/T 2260 code of the selected county.
    pub selected: Option<String>,
}

/// Everything a reader can do to the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetLocale(Locale),
    /// Selects a county; selecting the selected one again clears the selection.
    Toggle(String),
    Select(String),
    Clear,
}

impl AppState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLocale(l) => next.locale = l,
            Action::Toggle(code) => {
                next.selected = if self.selected.as_deref() == Some(code.as_str()) {
                    None
                } else {
                    Some(code)
                }
            }
            Action::Select(code) => next.selected = Some(code),
            Action::Clear => next.selected = None,
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggles_selection() {
        let s = AppState::default().apply(Action::Toggle("130723".into()));
        assert_eq!(s.selected.as_deref(), Some("130723"));
        let s = s.apply(Action::Toggle("130723".into()));
        assert_eq!(s.selected, None);
        let s = s
            .apply(Action::Select("130722".into()))
            .apply(Action::Clear);
        assert_eq!(s.selected, None);
    }

    #[test]
    fn sets_locale() {
        let s = AppState::default().apply(Action::SetLocale(Locale::En));
        assert_eq!(s.locale, Locale::En);
    }
}
