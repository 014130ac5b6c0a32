//! Layer 1: what the chart shows, read from the dataset.

use super::*;

/// A part of a bar: a city's share where the article splits the figure, else the whole.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Seg {
    pub(super) key: String,
    pub(super) value: f64,
    pub(super) tone: Tone,
    /// Direct label (`北京 3256`), empty for a bar that is not split.
    pub(super) label: String,
    pub(super) title: String,
    pub(super) lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row<'a> {
    pub(super) fig: &'a Figure,
    pub(super) label: String,
    /// Rounded for reading (`1.41万人`); the exact value is in the tooltip and table.
    pub(super) total: String,
    pub(super) segs: Vec<Seg>,
}

pub(super) fn series(d: &Dataset, locale: Locale) -> Vec<Row<'_>> {
    let s = strings(locale);
    let w = words(locale);
    BARS.iter()
        .filter_map(|id| d.figure(id))
        .map(|f| {
            let label = f.label.get(locale).to_owned();
            let period = s.period_name(f.period).to_owned();
            let segs = match &f.split {
                Some(split) => {
                    let sum = split.beijing.value + split.tianjin.value;
                    [
                        (
                            Partner::Beijing,
                            "beijing",
                            split.beijing.value,
                            Tone::Beijing,
                        ),
                        (
                            Partner::Tianjin,
                            "tianjin",
                            split.tianjin.value,
                            Tone::Tianjin,
                        ),
                    ]
                    .into_iter()
                    .map(|(p, key, v, tone)| {
                        let share = format::share(v, sum, locale).unwrap_or_default();
                        Seg {
                            key: format!("{}:{key}", f.id),
                            value: v,
                            tone,
                            label: fill(
                                w.segment,
                                &[
                                    s.partner_name(p),
                                    &format::number(v, locale, format::Style::Exact),
                                ],
                            ),
                            title: fill(w.mark_title, &[&label, s.partner_name(p)]),
                            lines: vec![
                                amount(f, v, locale),
                                fill(w.share_of, &[&share, &total(f, locale)]),
                                period.clone(),
                            ],
                        }
                    })
                    .collect()
                }
                None => vec![Seg {
                    key: f.id.clone(),
                    value: f.value,
                    tone: Tone::Hebei,
                    label: String::new(),
                    title: label.clone(),
                    lines: vec![total(f, locale), period],
                }],
            };
            Row {
                fig: f,
                total: readable(f, locale),
                label,
                segs,
            }
        })
        .collect()
}
