//! The one source line under every chart, in the same form everywhere: the article by
//! outlet and date, then the research sources behind any county facts the chart shows.
//! "来源：河北日报，2020年12月19日；县级资料：S01至S03、S05" /
//! "Source: Hebei Daily, December 19, 2020; county facts: S01-S03, S05". The page's footer
//! names the article in full (`core::page_text::source_line`).

use crate::core::format;
use crate::core::locale::Locale;
use crate::core::model::Dataset;
use crate::core::sort;
use crate::core::strings::{fill, strings};

pub(crate) struct Words {
    /// `{0}` = "来源", `{1}` = outlet, `{2}` = year, `{3}` = month, `{4}` = day,
    /// `{5}` = the month's English name.
    pub(crate) article: &'static str,
    /// `{0}` = the research source ids.
    pub(crate) county: &'static str,
    /// `{0}` to `{1}`: a run of three or more consecutive ids.
    pub(crate) range: &'static str,
}

fn words(locale: Locale) -> &'static Words {
    crate::core::words::source_line(locale)
}

/// The chart's source line; `county_sources` are the ids of the research sources behind the
/// county facts it shows (the article's own id and repeats are left out; empty for none).
pub fn source_line(d: &Dataset, locale: Locale, county_sources: &[&str]) -> String {
    let mut parts = d.article.date.split('-').map(|p| p.trim_start_matches('0'));
    let year = parts.next().unwrap_or_default();
    let month = parts.next().unwrap_or_default();
    let day = parts.next().unwrap_or_default();
    let en_month = month
        .parse::<usize>()
        .ok()
        .and_then(format::english_month)
        .unwrap_or(month);
    let w = words(locale);
    let mut out = fill(
        w.article,
        &[
            strings(locale).source_label,
            d.article.outlet.get(locale),
            year,
            month,
            day,
            en_month,
        ],
    );
    let research: Vec<&str> = county_sources
        .iter()
        .copied()
        .filter(|id| *id != d.article.source)
        .collect();
    let ids = id_ranges(&research, locale);
    if !ids.is_empty() {
        out.push_str(&fill(w.county, &[&ids]));
    }
    out
}

/// Source ids sorted and deduplicated, runs of three or more consecutive ids written as a
/// range: `S01至S03、S05` / `S01-S03, S05`.
pub fn id_ranges(ids: &[&str], locale: Locale) -> String {
    let s = strings(locale);
    let w = words(locale);
    let mut ids: Vec<&str> = ids.to_vec();
    sort::sort(&mut ids);
    ids.dedup();
    let split = |id: &str| -> Option<(String, u32)> {
        let digits = id.trim_start_matches(|c: char| !c.is_ascii_digit());
        let prefix = &id[..id.len() - digits.len()];
        Some((prefix.to_owned(), digits.parse().ok()?))
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < ids.len() {
        let mut j = i;
        if let Some((p, n)) = split(ids[i]) {
            while j + 1 < ids.len()
                && split(ids[j + 1]).is_some_and(|(q, m)| {
                    q == p && u64::from(m) == u64::from(n) + (j + 1 - i) as u64
                })
            {
                j += 1;
            }
        }
        if j >= i + 2 {
            out.push(fill(w.range, &[ids[i], ids[j]]));
        } else {
            out.extend(ids[i..=j].iter().map(|id| (*id).to_owned()));
        }
        i = j + 1;
    }
    out.join(s.list_sep)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::parse_dataset;

    fn data() -> Dataset {
        parse_dataset(
            include_str!("../../../data/dataset.json"),
            "data/dataset.json",
        )
        .expect("the real dataset")
    }

    #[test]
    fn one_form_in_every_language() {
        let d = data();
        assert_eq!(
            source_line(&d, Locale::ZhHans, &[]),
            "来源：河北日报，2020年12月19日"
        );
        assert_eq!(
            source_line(&d, Locale::En, &["S02", "S01", "S03", "S05", "H00"]),
            "Source: Hebei Daily, December 19, 2020; county facts: S01-S03, S05"
        );
        assert_eq!(
            source_line(&d, Locale::ZhHant, &["S09"]),
            "來源：河北日報，2020年12月19日；縣級資料：S09"
        );
    }

    #[test]
    fn source_ids_become_ranges() {
        assert_eq!(
            id_ranges(&["S05", "S01", "S02", "S03", "S09", "S10"], Locale::ZhHans),
            "S01至S03、S05、S09、S10"
        );
        assert_eq!(
            id_ranges(&["S12", "S11", "S10", "S10"], Locale::En),
            "S10-S12"
        );
        assert_eq!(id_ranges(&[], Locale::En), "");
    }
}
