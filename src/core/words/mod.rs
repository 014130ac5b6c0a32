//! Every fixed word the reader sees, one file per language (`zh_hans`, `zh_hant`, `en`).
//!
//! Each part of the page defines the shape of its words (a struct of `&'static str`) next to
//! the code that uses them; the three language files fill one [`Words`] each. A missing
//! translation is a missing field, so it does not compile. Chart and map files hold no
//! language of their own.

mod en;
mod zh_hans;
mod zh_hant;

use super::locale::Locale;

/// All of the page's words in one language.
pub(crate) struct Words {
    pub(crate) page: crate::core::strings::Strings,
    pub(crate) story: crate::core::story_text::StoryText,
    pub(crate) layers: crate::core::map_layers::LayerStrings,
    pub(crate) compare: crate::core::county_compare::Labels,
    pub(crate) source_line: crate::core::charts::source::Words,
    pub(crate) partners: crate::core::charts::partners::Words,
    pub(crate) pairing: crate::core::charts::pairing::Words,
    pub(crate) incidence: crate::core::charts::incidence::Words,
    pub(crate) timeline: crate::core::charts::timeline::Words,
    pub(crate) cities: crate::core::charts::cities::Words,
    pub(crate) industry: crate::core::charts::industry::Words,
    pub(crate) labour: crate::core::charts::labour::Words,
    pub(crate) vocational: crate::core::charts::vocational::Words,
}

/// The words of `locale`.
pub(crate) fn of(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhHans => &zh_hans::WORDS,
        Locale::ZhHant => &zh_hant::WORDS,
        Locale::En => &en::WORDS,
    }
}

#[cfg(test)]
mod tests {
    /// The words hold no typed numbers: every figure comes from the dataset, through a
    /// `{n}` placeholder. Checked on the source, so a digit in any table of any language
    /// fails, including tables added later. One exception: `periods` names the article's
    /// fixed periods ("2016—2020年"), the names of `model::Period`'s variants.
    #[test]
    fn no_typed_numbers() {
        for (file, src) in [
            ("zh_hans.rs", include_str!("zh_hans.rs")),
            ("zh_hant.rs", include_str!("zh_hant.rs")),
            ("en.rs", include_str!("en.rs")),
        ] {
            let mut in_periods = false;
            for (i, line) in src.lines().enumerate() {
                if line.trim_start().starts_with("periods: [") {
                    in_periods = true;
                }
                if in_periods {
                    in_periods = !line.trim_start().starts_with("],");
                    continue;
                }
                let quoted: String = line.split('"').skip(1).step_by(2).collect();
                let bare = (0..10).fold(quoted, |acc, n| acc.replace(&format!("{{{n}}}"), ""));
                assert!(
                    !bare.chars().any(|c| c.is_ascii_digit()),
                    "{file}:{}: typed number in {line}",
                    i + 1
                );
            }
        }
    }
}
