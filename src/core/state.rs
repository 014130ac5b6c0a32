//! The app's state and the actions that change it, as a pure reducer. Hover is not here: it
//! stays local to the component that shows it. [`super::url`] writes this state into the
//! address and reads it back.

use super::locale::Locale;
use super::map_layers::MapLayer;
use super::model::Dataset;

/// Most counties a reader can compare side by side.
pub const MAX_PICKED: usize = 4;

/// The parts of the story, in the article's order. A `view` names the one to show or
/// scroll to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Overview,
    Map,
    Results,
    Industry,
    Labour,
    Pairing,
    Projects,
    Timeline,
    Compare,
}

impl Section {
    pub const ALL: [Section; 9] = [
        Section::Overview,
        Section::Map,
        Section::Results,
        Section::Industry,
        Section::Labour,
        Section::Pairing,
        Section::Projects,
        Section::Timeline,
        Section::Compare,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Section::Overview => "overview",
            Section::Map => "map",
            Section::Results => "results",
            Section::Industry => "industry",
            Section::Labour => "labour",
            Section::Pairing => "pairing",
            Section::Projects => "projects",
            Section::Timeline => "timeline",
            Section::Compare => "compare",
        }
    }

    pub fn from_id(id: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The four comparisons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CompareMode {
    /// Beijing vs Tianjin on every metric the article splits.
    #[default]
    Partners,
    /// 张家口 vs 承德 vs 保定 on the county facts.
    Cities,
    /// Two to four counties side by side.
    Counties,
}

impl CompareMode {
    /// (A fourth tab, the incidence before and after, repeated the results section's chart
    /// and was dropped; links that name it open the default.)
    pub const ALL: [CompareMode; 3] = [
        CompareMode::Partners,
        CompareMode::Cities,
        CompareMode::Counties,
    ];

    pub fn id(self) -> &'static str {
        match self {
            CompareMode::Partners => "partners",
            CompareMode::Cities => "cities",
            CompareMode::Counties => "counties",
        }
    }

    pub fn from_id(id: &str) -> Option<CompareMode> {
        CompareMode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// What the reader has chosen. Everything here goes into the URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AppState {
    pub locale: Locale,
    /// The section to show or scroll to; `None` = the whole story from the top.
    pub view: Option<Section>,
    pub layer: MapLayer,
    /// GB/T 2260 code of the county whose facts are open.
    pub selected: Option<String>,
    pub mode: CompareMode,
    /// Counties in the county comparison, in the order picked (at most [`MAX_PICKED`]).
    pub picked: Vec<String>,
    /// Beijing vs Tianjin as shares of the total rather than absolute numbers.
    pub shares: bool,
    /// The split metric (figure id) the Beijing-vs-Tianjin takeaway is about.
    pub metric: Option<String>,
    /// The county fact the city comparison shows (`paired`, `deep`, `exit`, `partners`).
    pub city_metric: Option<String>,
}

/// Everything a reader can do to the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    SetLocale(Locale),
    SetView(Option<Section>),
    SetLayer(MapLayer),
    /// Opens a county's facts; selecting the open one again closes them.
    Toggle(String),
    Select(String),
    Clear,
    SetMode(CompareMode),
    /// Adds a county to the comparison, or removes it if it is there. A fifth county
    /// replaces the first picked, so the set never exceeds [`MAX_PICKED`].
    Pick(String),
    Unpick(String),
    ClearPicked,
    SetShares(bool),
    SetMetric(String),
    SetCityMetric(String),
    /// Replaces the whole state (from the URL, on load or on back/forward).
    Restore(Box<AppState>),
}

impl AppState {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::SetLocale(l) => next.locale = l,
            Action::SetView(v) => next.view = v,
            Action::SetLayer(l) => next.layer = l,
            Action::Toggle(code) => {
                next.selected = if self.selected.as_deref() == Some(code.as_str()) {
                    None
                } else {
                    Some(code)
                }
            }
            Action::Select(code) => next.selected = Some(code),
            Action::Clear => next.selected = None,
            Action::SetMode(m) => next.mode = m,
            Action::Pick(code) => {
                if let Some(i) = next.picked.iter().position(|c| *c == code) {
                    next.picked.remove(i);
                } else {
                    if next.picked.len() >= MAX_PICKED {
                        next.picked.remove(0);
                    }
                    next.picked.push(code);
                }
            }
            Action::Unpick(code) => next.picked.retain(|c| *c != code),
            Action::ClearPicked => next.picked.clear(),
            Action::SetShares(b) => next.shares = b,
            Action::SetMetric(m) => next.metric = Some(m),
            Action::SetCityMetric(m) => next.city_metric = Some(m),
            Action::Restore(s) => next = *s,
        }
        next
    }

    /// Drops what the dataset does not know (a county code or a metric that
    /// was removed since a link was shared), quietly: stale links still open.
    pub fn sanitised(mut self, d: &Dataset) -> AppState {
        let known_county = |c: &String| d.county(c).is_some();
        if !self.selected.as_ref().is_none_or(known_county) {
            self.selected = None;
        }
        let mut seen = Vec::new();
        self.picked.retain(|c| {
            known_county(c) && !seen.contains(c) && {
                seen.push(c.clone());
                true
            }
        });
        self.picked.truncate(MAX_PICKED);
        if let Some(m) = &self.metric
            && d.figure(m).is_none_or(|f| f.split.is_none())
        {
            self.metric = None;
        }
        self
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
    fn picks_at_most_four_and_toggles() {
        let mut s = AppState::default();
        for c in ["130723", "130722", "130724", "130725", "130726"] {
            s = s.apply(Action::Pick(c.into()));
        }
        assert_eq!(s.picked, vec!["130722", "130724", "130725", "130726"]);
        s = s.apply(Action::Pick("130724".into()));
        assert_eq!(s.picked, vec!["130722", "130725", "130726"]);
        s = s
            .apply(Action::Unpick("130722".into()))
            .apply(Action::ClearPicked);
        assert!(s.picked.is_empty());
    }

    #[test]
    fn sets_everything_else() {
        let s = AppState::default()
            .apply(Action::SetLocale(Locale::En))
            .apply(Action::SetView(Some(Section::Pairing)))
            .apply(Action::SetLayer(MapLayer::ExitYear))
            .apply(Action::SetMode(CompareMode::Cities))
            .apply(Action::SetShares(true))
            .apply(Action::SetMetric("paired_schools".into()))
            .apply(Action::SetCityMetric("deep".into()));
        assert_eq!(s.locale, Locale::En);
        assert_eq!(s.view, Some(Section::Pairing));
        assert_eq!(s.layer, MapLayer::ExitYear);
        assert_eq!(s.mode, CompareMode::Cities);
        assert!(s.shares);
        let restored = AppState::default().apply(Action::Restore(Box::new(s.clone())));
        assert_eq!(restored, s);
    }

    #[test]
    fn ids_round_trip() {
        for s in Section::ALL {
            assert_eq!(Section::from_id(s.id()), Some(s));
        }
        for m in CompareMode::ALL {
            assert_eq!(CompareMode::from_id(m.id()), Some(m));
        }
        assert_eq!(Section::from_id("nope"), None);
    }
}
