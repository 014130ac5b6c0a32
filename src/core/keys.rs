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

#[cfg(test)]
mod tests {
    use super::*;

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
