//! Layer 1: what the chart shows, read from the dataset.

use super::*;

/// A part of a bar: a city's part, the undivided Beijing-Tianjin side, or the Hebei side.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Seg {
    pub(super) key: String,
    pub(super) tone: Option<Tone>,
    pub(super) class: &'static str,
    pub(super) value: f64,
    /// Direct label on or after the segment ("" for none).
    pub(super) label: String,
    pub(super) title: String,
    pub(super) lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Bar {
    pub(super) label: String,
    pub(super) total: String,
    pub(super) segs: Vec<Seg>,
}

impl Bar {
    pub(super) fn value(&self) -> f64 {
        self.segs.iter().map(|s| s.value).sum()
    }
}

/// One pairing: the Beijing-Tianjin figure and its Hebei counterpart.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row<'a> {
    pub(super) upper_fig: &'a Figure,
    pub(super) lower_fig: &'a Figure,
    pub(super) upper: Bar,
    pub(super) lower: Bar,
}

/// The pairings in dataset order: every figure with a `counterpart` that exists.
pub(super) fn pairs(d: &Dataset) -> Vec<(&Figure, &Figure)> {
    d.figures
        .iter()
        .filter_map(|f| Some((f, d.figure(f.counterpart.as_deref()?)?)))
        .collect()
}

pub(super) fn series(d: &Dataset, locale: Locale) -> Vec<Row<'_>> {
    let s = strings(locale);
    let w = words(locale);
    pairs(d)
        .into_iter()
        .map(|(up, low)| {
            let up_label = up.label.get(locale).to_owned();
            let up_total = total(up, locale);
            let period = s.period_name(up.period).to_owned();
            let upper_segs = match &up.split {
                Some(split) => {
                    let sum = split.beijing.value + split.tianjin.value;
                    [
                        (Tone::Beijing, "beijing", s.beijing, split.beijing.value),
                        (Tone::Tianjin, "tianjin", s.tianjin, split.tianjin.value),
                    ]
                    .into_iter()
                    .map(|(tone, key, city, v)| Seg {
                        key: format!("{}:{key}", up.id),
                        tone: Some(tone),
                        class: tone.fill_class(),
                        value: v,
                        label: fill(w.segment, &[city, &format::number(v, locale, Style::Exact)]),
                        title: fill(w.mark_title, &[&up_label, city]),
                        lines: vec![
                            amount(up, v, locale),
                            fill(
                                w.share_of,
                                &[
                                    &format::share(v, sum, locale).unwrap_or_default(),
                                    &up_total,
                                ],
                            ),
                            period.clone(),
                        ],
                    })
                    .collect()
                }
                None => vec![Seg {
                    key: up.id.clone(),
                    tone: None,
                    class: JINGJIN_CLASS,
                    value: up.value,
                    label: w.jingjin.to_owned(),
                    title: up_label.clone(),
                    lines: vec![up_total.clone(), w.not_split.to_owned(), period.clone()],
                }],
            };
            let diff = low.value - up.value;
            let diff_line = if diff > 0.0 {
                fill(w.more, &[&counted(low, diff, locale)])
            } else if diff < 0.0 {
                fill(w.fewer, &[&counted(low, -diff, locale)])
            } else {
                w.same.to_owned()
            };
            let low_label = low.label.get(locale).to_owned();
            let low_total = total(low, locale);
            let lower = Bar {
                segs: vec![Seg {
                    key: low.id.clone(),
                    tone: Some(Tone::Hebei),
                    class: Tone::Hebei.fill_class(),
                    value: low.value,
                    label: String::new(),
                    title: low_label.clone(),
                    lines: vec![
                        low_total.clone(),
                        diff_line,
                        s.period_name(low.period).to_owned(),
                    ],
                }],
                label: low_label,
                total: low_total,
            };
            Row {
                upper_fig: up,
                lower_fig: low,
                upper: Bar {
                    label: up_label,
                    total: up_total,
                    segs: upper_segs,
                },
                lower,
            }
        })
        .collect()
}
