//! Every fixed word the reader sees, one file per language (`zh_hans`, `zh_hant`, `en`).
//!
//! Each part of the page defines the shape of its words (a struct of `&'static str`) next to
//! the code that uses them; the three language files fill one constant per part each. A
//! missing translation is a missing field or a missing constant, so it does not compile.
//! Chart and map files hold no language of their own.

mod en;
mod zh_hans;
mod zh_hant;

use super::locale::Locale;

/// One accessor per part of the page: `part(locale)` is that part's table in `locale`. Each
/// table is a constant of its own, so a binary links only the tables it uses (the map's
/// binary carries no chart's words).
macro_rules! parts {
    ($($part:ident, $table:ident: $ty:ty;)*) => {
        $(
            pub(crate) fn $part(locale: Locale) -> &'static $ty {
                match locale {
                    Locale::ZhHans => &zh_hans::$table,
                    Locale::ZhHant => &zh_hant::$table,
                    Locale::En => &en::$table,
                }
            }
        )*
    };
}

parts! {
    page, PAGE: crate::core::strings::Strings;
    story, STORY: crate::core::story_text::StoryText;
    layers, LAYERS: crate::core::map_layers::LayerStrings;
    compare, COMPARE: crate::core::county_compare::Labels;
    source_line, SOURCE_LINE: crate::core::charts::source::Words;
    partners, PARTNERS: crate::core::charts::partners::Words;
    pairing, PAIRING: crate::core::charts::pairing::Words;
    incidence, INCIDENCE: crate::core::charts::incidence::Words;
    timeline, TIMELINE: crate::core::charts::timeline::Words;
    cities, CITIES: crate::core::charts::cities::Words;
    industry, INDUSTRY: crate::core::charts::industry::Words;
    labour, LABOUR: crate::core::charts::labour::Words;
    vocational, VOCATIONAL: crate::core::charts::vocational::Words;
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
