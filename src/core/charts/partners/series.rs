//! Layer 1: what the chart shows, read from the dataset.

use super::*;

/// One of the two cities' parts of a measure.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Part {
    pub(super) partner: Partner,
    pub(super) value: f64,
    /// `245所` / `245`.
    pub(super) amount: String,
    /// `79.3%`.
    pub(super) share: String,
    /// The direct label: `北京 245` or `北京 79.3%`.
    pub(super) label: String,
}

/// A measure the article splits between Beijing and Tianjin.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row<'a> {
    pub(super) fig: &'a Figure,
    pub(super) label: String,
    pub(super) total: String,
    pub(super) parts: [Part; 2],
}

pub(super) fn series(d: &Dataset, locale: Locale, shares: bool) -> Vec<Row<'_>> {
    let s = strings(locale);
    let w = words(locale);
    d.figures
        .iter()
        .filter_map(|f| {
            let split = f.split.as_ref()?;
            let sum = split.beijing.value + split.tianjin.value;
            let part = |partner: Partner, value: f64| {
                let share = format::share(value, sum, locale).unwrap_or_default();
                let shown = if shares {
                    share.clone()
                } else {
                    format::number(value, locale, Style::Exact)
                };
                Part {
                    partner,
                    value,
                    amount: amount(f, value, locale),
                    label: fill(w.segment, &[s.partner_name(partner), &shown]),
                    share,
                }
            };
            Some(Row {
                fig: f,
                label: f.label.get(locale).to_owned(),
                total: total(f, locale),
                parts: [
                    part(Partner::Beijing, split.beijing.value),
                    part(Partner::Tianjin, split.tianjin.value),
                ],
            })
        })
        .collect()
}

pub(super) fn tone(p: Partner) -> Tone {
    match p {
        Partner::Beijing => Tone::Beijing,
        Partner::Tianjin => Tone::Tianjin,
    }
}

pub(super) fn partner_key(p: Partner) -> &'static str {
    match p {
        Partner::Beijing => "beijing",
        Partner::Tianjin => "tianjin",
    }
}
