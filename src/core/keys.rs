//! One keyboard model for the page: the keys its widgets answer, read once from the
//! browser's `KeyboardEvent.key`, and the moves they make in a list or on the map.

/// A key the widgets answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Up,
    Down,
    Left,
    Right,
    Home,
    End,
    Enter,
    Space,
    Escape,
}

impl Key {
    /// `KeyboardEvent.key` → a key, or `None` for keys no widget answers.
    pub fn from_name(name: &str) -> Option<Key> {
        Some(match name {
            "ArrowUp" | "Up" => Key::Up,
            "ArrowDown" | "Down" => Key::Down,
            "ArrowLeft" | "Left" => Key::Left,
            "ArrowRight" | "Right" => Key::Right,
            "Home" => Key::Home,
            "End" => Key::End,
            "Enter" => Key::Enter,
            " " | "Spacebar" => Key::Space,
            "Escape" | "Esc" => Key::Escape,
            _ => return None,
        })
    }
}

/// Where a move along a row or list of `len` items (toolbar, tabs, chart marks) leads from
/// `at` (`None`: nothing chosen yet). `wrap`: past the end comes the start again (toolbars
/// and tabs wrap; a chart's marks stop at the ends).
pub fn step_in_list(at: Option<usize>, key: Key, len: usize, wrap: bool) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let last = len - 1;
    Some(match (key, at) {
        (Key::Home, _) => 0,
        (Key::End, _) => last,
        (Key::Right | Key::Down, None) => 0,
        (Key::Left | Key::Up, None) => last,
        (Key::Right | Key::Down, Some(i)) if i >= last => {
            if wrap {
                0
            } else {
                last
            }
        }
        (Key::Right | Key::Down, Some(i)) => i + 1,
        (Key::Left | Key::Up, Some(0)) => {
            if wrap {
                last
            } else {
                0
            }
        }
        (Key::Left | Key::Up, Some(i)) => i - 1,
        _ => return None,
    })
}

/// A row of tabs (the ARIA tabs pattern): Left and Right move and wrap, Home and End jump;
/// Up and Down are left to the page, which scrolls.
pub fn step_in_tabs(at: usize, key: Key, len: usize) -> Option<usize> {
    match key {
        Key::Left | Key::Right | Key::Home | Key::End => step_in_list(Some(at), key, len, true),
        _ => None,
    }
}

/// What a key does to a chart's active mark: move it (arrows stop at the ends), clear it
/// (Escape), or nothing (`None`: the key is the page's).
pub fn step_in_chart(at: Option<usize>, key: Key, len: usize) -> Option<Option<usize>> {
    match key {
        Key::Escape => Some(None),
        _ => step_in_list(at, key, len, false).map(Some),
    }
}

/// On the map: the unit an arrow leads to from a unit whose moves are `nav` (`up right down
/// left` as codes, `-` where there is none, as the markup writes them).
pub fn step_on_map(nav: &str, key: Key) -> Option<&str> {
    let i = match key {
        Key::Up => 0,
        Key::Right => 1,
        Key::Down => 2,
        Key::Left => 3,
        _ => return None,
    };
    nav.split(' ').nth(i).filter(|c| *c != "-" && !c.is_empty())
}

/// Type-ahead in a listbox (as the WAI-ARIA practices describe it): the option that
/// `typed` leads to from `current`. Each option is its id and the names it answers to (the
/// page's and the English one, so Latin letters find counties on the Chinese pages too);
/// matching ignores ASCII case (the names are Chinese or English). Typing on refines the
/// option found; one letter typed again and again walks through the options that start
/// with it.
pub fn type_ahead<'a>(
    options: &'a [(String, Vec<String>)],
    current: Option<&str>,
    typed: &str,
) -> Option<&'a str> {
    let typed = typed.to_ascii_lowercase();
    let mut letters = typed.chars();
    let first = letters.next()?;
    let repeated = letters.all(|c| c == first);
    let (needle, skip) = if repeated {
        (first.to_string(), 1)
    } else {
        (typed.clone(), 0)
    };
    let at = current
        .and_then(|c| options.iter().position(|(id, _)| id == c))
        .map_or(0, |i| i + skip);
    let n = options.len();
    (0..n)
        .map(|k| &options[(at + k) % n])
        .find(|(_, names)| {
            names
                .iter()
                .any(|name| name.to_ascii_lowercase().starts_with(&needle))
        })
        .map(|(id, _)| id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_ahead_finds_refines_and_cycles() {
        let o = |id: &str, names: &[&str]| {
            (
                id.to_owned(),
                names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>(),
            )
        };
        let options = vec![
            o("a", &["张北县", "Zhangbei County"]),
            o("b", &["康保县", "Kangbao County"]),
            o("c", &["涿鹿县", "Zhuolu County"]),
            o("d", &["张家口", "Zhangjiakou"]),
        ];
        assert_eq!(type_ahead(&options, None, "k"), Some("b"));
        assert_eq!(type_ahead(&options, None, "张"), Some("a"));
        // "z" again and again walks the Z names, wrapping.
        assert_eq!(type_ahead(&options, Some("a"), "z"), Some("c"));
        assert_eq!(type_ahead(&options, Some("c"), "zz"), Some("d"));
        assert_eq!(type_ahead(&options, Some("d"), "zzz"), Some("a"));
        // Typing on refines from where it is.
        assert_eq!(type_ahead(&options, Some("a"), "zhu"), Some("c"));
        assert_eq!(type_ahead(&options, Some("a"), "ZHANGB"), Some("a"));
        assert_eq!(type_ahead(&options, Some("a"), "q"), None);
        assert_eq!(type_ahead(&[], None, "z"), None);
    }

    #[test]
    fn lists_wrap_or_stop() {
        assert_eq!(step_in_list(None, Key::Right, 3, false), Some(0));
        assert_eq!(step_in_list(None, Key::Left, 3, false), Some(2));
        assert_eq!(step_in_list(Some(2), Key::Right, 3, false), Some(2));
        assert_eq!(step_in_list(Some(2), Key::Right, 3, true), Some(0));
        assert_eq!(step_in_list(Some(0), Key::Up, 3, true), Some(2));
        assert_eq!(step_in_list(Some(1), Key::End, 3, true), Some(2));
        assert_eq!(step_in_list(Some(1), Key::Enter, 3, true), None);
        assert_eq!(step_in_list(None, Key::Home, 0, true), None);
    }

    #[test]
    fn tabs_leave_up_and_down_to_the_page() {
        assert_eq!(step_in_tabs(2, Key::Right, 3), Some(0));
        assert_eq!(step_in_tabs(0, Key::Left, 3), Some(2));
        assert_eq!(step_in_tabs(1, Key::Down, 3), None);
        assert_eq!(step_in_tabs(1, Key::Home, 3), Some(0));
    }

    #[test]
    fn chart_marks_stop_at_the_ends_and_escape_clears() {
        assert_eq!(step_in_chart(None, Key::Down, 4), Some(Some(0)));
        assert_eq!(step_in_chart(Some(3), Key::Right, 4), Some(Some(3)));
        assert_eq!(step_in_chart(Some(2), Key::Escape, 4), Some(None));
        assert_eq!(step_in_chart(Some(2), Key::Enter, 4), None);
        assert_eq!(step_in_chart(None, Key::Left, 0), None);
    }

    #[test]
    fn the_map_follows_the_written_moves() {
        let nav = "130722 - 130724 130725";
        assert_eq!(step_on_map(nav, Key::Up), Some("130722"));
        assert_eq!(step_on_map(nav, Key::Right), None);
        assert_eq!(step_on_map(nav, Key::Left), Some("130725"));
        assert_eq!(step_on_map("", Key::Down), None);
        assert_eq!(Key::from_name(" "), Some(Key::Space));
        assert_eq!(Key::from_name("a"), None);
    }
}
