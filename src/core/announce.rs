//! What screen readers are told when the state changes under the reader's hand: one short
//! sentence, not the panel that changed (which they read on demand).

use super::locale::Locale;
use super::model::Dataset;
use super::state::MAX_PICKED;
use super::strings::{fill, strings};

/// A county's panel opened: `label` is the county as the map names it on the layer shown.
pub fn details(label: &str, locale: Locale) -> String {
    fill(strings(locale).announce_details, &[label])
}

/// What changed in the county comparison, or `None`.
pub fn picked(d: &Dataset, prev: &[String], next: &[String], locale: Locale) -> Option<String> {
    let s = strings(locale);
    let name = |code: &str| {
        d.county(code)
            .map(|c| c.name.get(locale).to_owned())
            .unwrap_or_else(|| code.to_owned())
    };
    let added: Vec<&String> = next.iter().filter(|c| !prev.contains(c)).collect();
    let removed: Vec<&String> = prev.iter().filter(|c| !next.contains(c)).collect();
    let mut out: Vec<String> = Vec::new();
    for code in &added {
        out.push(fill(
            s.announce_picked,
            &[&name(code), &next.len().to_string()],
        ));
    }
    for code in &removed {
        out.push(if added.is_empty() {
            fill(s.announce_unpicked, &[&name(code)])
        } else {
            fill(s.announce_dropped, &[&name(code), &MAX_PICKED.to_string()])
        });
    }
    let sep = if locale.is_chinese() { "" } else { " " };
    (!out.is_empty()).then(|| out.join(sep))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> Dataset {
        crate::core::load::parse_dataset(
            include_str!("../../data/dataset.json"),
            "data/dataset.json",
        )
        .unwrap()
    }

    fn codes(list: &[&str]) -> Vec<String> {
        list.iter().map(|c| (*c).to_owned()).collect()
    }

    #[test]
    fn says_what_was_added_removed_or_dropped() {
        let d = real();
        let zh = |a: &[&str], b: &[&str]| picked(&d, &codes(a), &codes(b), Locale::ZhHans);
        assert_eq!(
            zh(&[], &["130722"]).as_deref(),
            Some("张北县已加入县与县比较，共1个县。")
        );
        assert_eq!(
            zh(&["130722"], &[]).as_deref(),
            Some("张北县已移出县与县比较。")
        );
        // A fifth county replaces the first: both said.
        let en = picked(
            &d,
            &codes(&["130722", "130723", "130724", "130725"]),
            &codes(&["130723", "130724", "130725", "130726"]),
            Locale::En,
        )
        .unwrap();
        assert!(
            en.starts_with("Yu County added to the county comparison, 4 counties in all."),
            "{en}"
        );
        assert!(
            en.ends_with("At most 4 counties: Zhangbei County removed."),
            "{en}"
        );
        assert_eq!(zh(&["130722"], &["130722"]), None);
    }
}
