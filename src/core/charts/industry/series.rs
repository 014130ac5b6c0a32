//! Layer 1: what the chart shows, read from the dataset.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Step<'a> {
    pub(super) fig: &'a Figure,
    /// Rounded for reading.
    pub(super) value: String,
    pub(super) label: String,
    /// Beijing's and Tianjin's direct labels and values, where the article splits it.
    pub(super) parts: Option<[(String, f64); 2]>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Row<'a> {
    pub(super) title: Option<&'static str>,
    pub(super) steps: Vec<Step<'a>>,
}

/// The industry figures grouped by their sentence, in the article's order.
pub(super) fn series(d: &Dataset, locale: Locale) -> Vec<Row<'_>> {
    let s = strings(locale);
    let w = words(locale);
    let mut rows: Vec<(&str, Row)> = Vec::new();
    for f in d.figures.iter().filter(|f| f.section == Section::Industry) {
        let step = Step {
            fig: f,
            value: readable(f, locale),
            label: f.label.get(locale).to_owned(),
            parts: f.split.as_ref().map(|sp| {
                let part = |name: &str, v: f64| {
                    (
                        fill(w.part, &[name, &format::number(v, locale, Style::Exact)]),
                        v,
                    )
                };
                [
                    part(s.beijing, sp.beijing.value),
                    part(s.tianjin, sp.tianjin.value),
                ]
            }),
        };
        match rows.iter_mut().find(|(id, _)| *id == f.sentence) {
            Some((_, row)) => row.steps.push(step),
            None => rows.push((
                &f.sentence,
                Row {
                    title: w.rows.iter().find(|(id, _)| *id == f.id).map(|(_, t)| *t),
                    steps: vec![step],
                },
            )),
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}
