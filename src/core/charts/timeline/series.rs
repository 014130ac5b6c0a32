//! Layer 1: what the chart shows, read from the dataset.

use super::*;

/// One county chip.
pub(super) struct Chip<'a> {
    pub(super) county: &'a County,
    pub(super) pairing: &'a Pairing,
    pub(super) partner: Option<Partner>,
    pub(super) year: Option<u16>,
    /// The exit year rests on elimination, or on less than high confidence.
    pub(super) tentative: bool,
    pub(super) deep: bool,
    /// Not muted by a highlight.
    pub(super) emphasised: bool,
}

/// One exit year (or the unknown year) and its counties, in dataset order.
pub(super) struct Column<'a> {
    pub(super) year: Option<u16>,
    pub(super) chips: Vec<Chip<'a>>,
}

pub(super) fn is_tentative(f: &Fact<u16>) -> bool {
    f.method == Some(Method::Elimination) || f.confidence.is_none_or(|c| c < Confidence::High)
}

pub(super) fn series<'a>(d: &'a Dataset, highlight: &[String]) -> Vec<Column<'a>> {
    let mut years: Vec<Option<u16>> = d.paired().map(|(_, p)| p.exit_year.value).collect();
    // Known years ascending, the unknown year last.
    sort::sort_by_key(&mut years, |y| (y.is_none(), *y));
    years.dedup();
    years
        .into_iter()
        .map(|year| Column {
            year,
            chips: d
                .paired()
                .filter(|(_, p)| p.exit_year.value == year)
                .map(|(county, pairing)| Chip {
                    county,
                    pairing,
                    partner: pairing.partner.value,
                    year,
                    tentative: year.is_none() || is_tentative(&pairing.exit_year),
                    deep: pairing.deep_poverty.value == Some(true),
                    emphasised: highlight.is_empty() || highlight.contains(&county.code),
                })
                .collect(),
        })
        .collect()
}

pub(super) fn year_text(year: Option<u16>, locale: Locale) -> String {
    match year {
        Some(y) => format::amount(f64::from(y), Unit::Year, None, None, locale, Style::Exact),
        None => strings(locale).unknown.to_owned(),
    }
}

pub(super) fn count_text(n: usize, locale: Locale) -> String {
    let w = words(locale);
    let t = if n == 1 { w.counties_one } else { w.counties };
    fill(t, &[&format::number(n as f64, locale, Style::Exact)])
}

/// The takeaway: how many counties left in the last year, and whether all the deep-poverty
/// counties were among them. `None` when no exit year is known.
pub fn takeaway(d: &Dataset, locale: Locale) -> Option<String> {
    let w = words(locale);
    let last = d.paired().filter_map(|(_, p)| p.exit_year.value).max()?;
    let in_last: Vec<&Pairing> = d
        .paired()
        .map(|(_, p)| p)
        .filter(|p| p.exit_year.value == Some(last))
        .collect();
    let deep_all = d
        .paired()
        .filter(|(_, p)| p.deep_poverty.value == Some(true))
        .count();
    let deep_last = in_last
        .iter()
        .filter(|p| p.deep_poverty.value == Some(true))
        .count();
    let n = |v: usize| format::number(v as f64, locale, Style::Exact);
    let mut out = fill(
        w.takeaway,
        &[&n(in_last.len()), &year_text(Some(last), locale)],
    );
    if deep_all > 0 && deep_last == deep_all {
        out.push_str(&fill(w.takeaway_all_deep, &[&n(deep_all)]));
    } else if deep_last > 0 {
        out.push_str(&fill(w.takeaway_some_deep, &[&n(deep_last), &n(deep_all)]));
    }
    out.push_str(w.end);
    Some(out)
}
