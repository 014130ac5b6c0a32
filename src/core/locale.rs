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

    /// True for the two Chinese scripts.
    pub fn is_chinese(self) -> bool {
        !matches!(self, Locale::En)
    }
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
}
