//! The state in the address, so a shared link or a reload shows what the reader saw.
//!
//! The fragment carries only what differs from the defaults, after a version:
//! `#v=1&lang=en&view=pairing&layer=exit&sel=130723&mode=counties&cmp=130723,130722&share=1&m=paired_schools&cm=deep`.
//! Reading is forgiving and bounded: unknown keys, bad values and anything past
//! [`MAX_HASH`] characters are ignored, never an error, so an odd or stale link still opens
//! the graphic (on the defaults where it cannot be read).

use super::locale::Locale;
use super::map_layers::MapLayer;
use super::state::{AppState, CompareMode, MAX_PICKED, Section};

/// Longest fragment read; the longest real one is under 200 characters.
pub const MAX_HASH: usize = 1024;
/// Longest single value read.
const MAX_VALUE: usize = 80;
const VERSION: &str = "1";

/// Writes `state` as a fragment (starting with `#`), or an empty string for the defaults.
/// `ambient` is the language the reader would get without a `lang` key (host page or
/// browser); `lang` is written only when the reader chose another.
pub fn to_hash(state: &AppState, ambient: Locale) -> String {
    let d = AppState::default();
    let mut parts: Vec<String> = Vec::new();
    if state.locale != ambient {
        parts.push(format!("lang={}", state.locale.tag()));
    }
    if let Some(v) = state.view {
        parts.push(format!("view={}", v.id()));
    }
    if state.layer != d.layer {
        parts.push(format!("layer={}", state.layer.id()));
    }
    if let Some(code) = &state.selected {
        parts.push(format!("sel={code}"));
    }
    if state.mode != d.mode {
        parts.push(format!("mode={}", state.mode.id()));
    }
    if !state.picked.is_empty() {
        parts.push(format!("cmp={}", state.picked.join(",")));
    }
    if state.shares {
        parts.push("share=1".to_owned());
    }
    if let Some(m) = &state.metric {
        parts.push(format!("m={m}"));
    }
    if let Some(m) = &state.city_metric {
        parts.push(format!("cm={m}"));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("#v={VERSION}&{}", parts.join("&"))
    }
}

/// Reads a fragment (with or without the leading `#`). Returns the state and whether the
/// fragment chose a language (so the caller knows whether to detect one).
pub fn from_hash(hash: &str, ambient: Locale) -> (AppState, bool) {
    let mut state = AppState {
        locale: ambient,
        ..AppState::default()
    };
    let mut chose_lang = false;
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    // Cut at a character boundary at or below the bound.
    let mut end = hash.len().min(MAX_HASH);
    while !hash.is_char_boundary(end) {
        end -= 1;
    }
    for pair in hash[..end].split('&') {
        let Some((key, value)) = pair.split_once('=') else {
            continue;
        };
        if value.len() > MAX_VALUE || !value.bytes().all(is_plain) {
            continue;
        }
        match key {
            "lang" => {
                if let Some(l) = Locale::from_tag(value) {
                    state.locale = l;
                    chose_lang = true;
                }
            }
            "view" => state.view = Section::from_id(value),
            "layer" => state.layer = MapLayer::from_id(value).unwrap_or_default(),
            "sel" => state.selected = is_code(value).then(|| value.to_owned()),
            "mode" => state.mode = CompareMode::from_id(value).unwrap_or_default(),
            "cmp" => {
                state.picked =
                    value
                        .split(',')
                        .filter(|c| is_code(c))
                        .fold(Vec::new(), |mut acc, c| {
                            if !acc.iter().any(|x: &String| x == c) {
                                acc.push(c.to_owned());
                            }
                            acc
                        });
                state.picked.truncate(MAX_PICKED);
            }
            "share" => state.shares = value == "1",
            "m" => state.metric = is_id(value).then(|| value.to_owned()),
            "cm" => state.city_metric = is_id(value).then(|| value.to_owned()),
            _ => {}
        }
    }
    (state, chose_lang)
}

/// Characters allowed in values: what the writer produces, nothing that could be markup.
fn is_plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b',')
}

fn is_code(s: &str) -> bool {
    s.len() == 6 && s.bytes().all(|b| b.is_ascii_digit())
}

fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> AppState {
        AppState {
            locale: Locale::En,
            view: Some(Section::Pairing),
            layer: MapLayer::DeepPoverty,
            selected: Some("130723".into()),
            mode: CompareMode::Counties,
            picked: vec!["130723".into(), "130722".into()],
            shares: true,
            metric: Some("paired_schools".into()),
            city_metric: Some("deep".into()),
        }
    }

    #[test]
    fn defaults_write_nothing() {
        assert_eq!(to_hash(&AppState::default(), Locale::ZhHans), "");
    }

    #[test]
    fn round_trips() {
        let s = full();
        let hash = to_hash(&s, Locale::ZhHans);
        assert_eq!(
            hash,
            "#v=1&lang=en&view=pairing&layer=deep&sel=130723&mode=counties&cmp=130723,130722&share=1&m=paired_schools&cm=deep"
        );
        assert_eq!(from_hash(&hash, Locale::ZhHans), (s, true));
        for mode in CompareMode::ALL {
            let s = AppState {
                mode,
                ..AppState::default()
            };
            assert_eq!(from_hash(&to_hash(&s, Locale::ZhHans), Locale::ZhHans).0, s);
        }
    }

    #[test]
    fn language_is_written_only_when_chosen() {
        let s = AppState {
            locale: Locale::En,
            ..AppState::default()
        };
        assert_eq!(to_hash(&s, Locale::En), "");
        let (read, chose) = from_hash("", Locale::ZhHant);
        assert_eq!((read.locale, chose), (Locale::ZhHant, false));
    }

    #[test]
    fn bad_input_falls_back_quietly() {
        let cases = [
            "#view=nowhere&layer=<script>&sel=12345x&mode=zz&cmp=1,2,3&share=yes&m=A-B&lang=fr",
            "#%3Cscript%3E",
            "&&&===",
            "#sel=130723&sel=",
            "#m=",
            "#view=map&view",
        ];
        for hash in cases {
            let (s, _) = from_hash(hash, Locale::ZhHans);
            assert_eq!(s.layer, MapLayer::Partner, "{hash}");
            assert_eq!(s.mode, CompareMode::Partners, "{hash}");
            assert!(s.picked.is_empty(), "{hash}");
            assert!(!s.shares, "{hash}");
            assert_eq!(s.locale, Locale::ZhHans, "{hash}");
        }
        assert_eq!(
            from_hash("#sel=130723&sel=", Locale::ZhHans).0.selected,
            None
        );
        assert_eq!(
            from_hash("#view=map&view", Locale::ZhHans).0.view,
            Some(Section::Map)
        );
    }

    #[test]
    fn bounded_and_safe_on_huge_or_odd_input() {
        let huge = format!("#sel=130723&{}", "x".repeat(1_000_000));
        assert_eq!(
            from_hash(&huge, Locale::ZhHans).0.selected.as_deref(),
            Some("130723")
        );
        let past = format!("#{}&sel=130723", "a=b&".repeat(400));
        assert_eq!(from_hash(&past, Locale::ZhHans).0.selected, None);
        let multibyte = format!("#{}", "北".repeat(2000));
        assert_eq!(from_hash(&multibyte, Locale::ZhHans).0, AppState::default());
        let cmp = "#cmp=130723,130723,130722,130724,130725,130726,130727";
        assert_eq!(
            from_hash(cmp, Locale::ZhHans).0.picked,
            vec!["130723", "130722", "130724", "130725"]
        );
    }
}
