//! The kit of the bar charts (`partners`, `pairing`, `industry`, `labour`, `vocational`):
//! their sizes, headings (a figure's label and its total, wrapped to a column), direct
//! labels inside or after a bar, and the figures as the page and the CSV print them.

use super::palette::Tone;
use super::text as measure;
use crate::core::decimal::Decimal;
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::Figure;
use crate::core::svg::{Element, el, text};

/// Font size of labels and values (the `t-label` / `t-value` classes).
pub(super) const FONT: f64 = super::text::size::LABEL;
/// Line height of headings.
pub(super) const LINE: f64 = 16.0;
/// Padding between a label and the edge of the segment it sits in.
pub(super) const PAD: f64 = 6.0;
/// Gap between a bar's end and a label outside it, and between two such labels.
pub(super) const GAP: f64 = 6.0;
/// From this width on, headings sit in a column left of the bars; below it, above them.
pub(super) const WIDE: f64 = 560.0;
/// Gap between the heading column and the bars.
pub(super) const COL_GAP: f64 = 12.0;
/// The heading column takes at most this part of the width (long labels wrap).
pub(super) const COL_MAX: f64 = 0.34;
/// Width of the space between a heading's label and its total.
pub(super) const SPACE: f64 = 4.0;

/// A value as the CSV gets it: every digit, no grouping, no unit (`245`, `322250000`).
pub(super) fn raw(v: f64) -> String {
    Decimal::from_f64(v).map_or_else(String::new, |d| d.plain())
}

/// Table cells of Beijing's and Tianjin's parts of `f` (shown, raw), empty without a split.
pub(super) fn split_cells(f: &Figure, locale: Locale) -> [(String, Option<String>); 2] {
    let cell = |v: Option<f64>| match v {
        Some(v) => (amount(f, v, locale), Some(raw(v))),
        None => (String::new(), None),
    };
    let split = f.split.as_ref();
    [
        cell(split.map(|s| s.beijing.value)),
        cell(split.map(|s| s.tianjin.value)),
    ]
}

/// A count of `f`'s kind in the reader's language, every digit (`245所`, `3,256`).
pub(super) fn amount(f: &Figure, v: f64, locale: Locale) -> String {
    format::amount(v, f.unit, f.measure, None, locale, Style::Exact)
}

/// A figure's own value with its qualifier (`309所`, `2000多位`): as the article states it.
pub(super) fn total(f: &Figure, locale: Locale) -> String {
    crate::core::page_text::stated(f, locale)
}

/// A number and its measure word: `245所` in Chinese, `245` in English (the noun follows in
/// the sentence).
pub(super) fn counted(f: &Figure, v: f64, locale: Locale) -> String {
    let n = format::number(v, locale, Style::Exact);
    match f.measure {
        Some(m) => format!("{n}{}", format::measure_word(m, locale)),
        None => n,
    }
}

/// A placed segment of a bar: where it starts, how long it is, where its label goes.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct SegPlace {
    pub(super) x: f64,
    pub(super) w: f64,
    pub(super) label: Option<LabelPos>,
}

/// A placed bar: its heading lines (x, baseline, line), its top and its segments.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct BarPlace {
    pub(super) head: Vec<(f64, f64, HeadLine)>,
    pub(super) y: f64,
    pub(super) segs: Vec<SegPlace>,
}

/// One line of a heading: label text, and the bold total when it ends on this line.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct HeadLine {
    pub label: String,
    pub total: Option<String>,
}

/// A heading (figure label and its total) wrapped to `max_w`: the total follows the label on
/// its last line when it fits there, else takes a line of its own. `strong`: the label is
/// bold too.
pub(super) fn heading(label: &str, total: &str, max_w: f64, strong: bool) -> Vec<HeadLine> {
    let mut lines: Vec<HeadLine> = measure::wrap_styled(label, FONT, max_w, strong)
        .into_iter()
        .map(|label| HeadLine { label, total: None })
        .collect();
    let total_w = bold_width(total);
    match lines.last_mut() {
        Some(last) if measure::measure(&last.label, FONT, strong) + SPACE + total_w <= max_w => {
            last.total = Some(total.to_owned());
        }
        _ => lines.push(HeadLine {
            label: String::new(),
            total: Some(total.to_owned()),
        }),
    }
    lines
}

/// The widest one-line heading among `items`, capped at `COL_MAX` of `width`: the heading
/// column of the wide layout. `strong`: measure the labels as bold.
pub(super) fn heading_column(
    items: impl Iterator<Item = (String, String)>,
    width: f64,
    strong: bool,
) -> f64 {
    items
        .map(|(label, total)| measure::measure(&label, FONT, strong) + SPACE + bold_width(&total))
        .fold(0.0, f64::max)
        .min(width * COL_MAX)
}

/// Horizontal alignment of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Anchor {
    Start,
    Middle,
    End,
}

/// Where a segment's direct label goes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct LabelPos {
    pub x: f64,
    pub anchor: Anchor,
    /// On the segment (white text) or after the bar's end (coloured text).
    pub inside: bool,
}

/// Places the direct labels of a bar's segments `(x, width)`, labels `widths` wide (0 = no
/// label): inside its segment when a label fits with padding (the first at its start, the
/// last at its end), else after the bar's end, in order. Once one label is outside, the later
/// ones are too, so the outside labels read in the segments' order. Returns the positions and
/// how far the outside labels reach beyond the bar's end (0 when none are outside).
pub(super) fn place_labels(segs: &[(f64, f64)], widths: &[f64]) -> (Vec<Option<LabelPos>>, f64) {
    let n = segs.len();
    let first_out = (0..n)
        .find(|&i| widths[i] > 0.0 && widths[i] + 2.0 * PAD > segs[i].1)
        .unwrap_or(n);
    let end = segs.last().map_or(0.0, |(x, w)| x + w);
    let mut out_x = end + GAP;
    let mut labels = Vec::with_capacity(n);
    for (i, (&(x, w), &lw)) in segs.iter().zip(widths).enumerate() {
        if lw <= 0.0 {
            labels.push(None);
        } else if i < first_out {
            let (x, anchor) = if i == 0 {
                (x + PAD, Anchor::Start)
            } else if i == n - 1 {
                (x + w - PAD, Anchor::End)
            } else {
                (x + w / 2.0, Anchor::Middle)
            };
            labels.push(Some(LabelPos {
                x,
                anchor,
                inside: true,
            }));
        } else {
            labels.push(Some(LabelPos {
                x: out_x,
                anchor: Anchor::Start,
                inside: false,
            }));
            out_x += lw + GAP;
        }
    }
    let reach = if first_out < n {
        out_x - GAP - end
    } else {
        0.0
    };
    (labels, reach)
}

/// A `<text>` element.
pub(super) fn label_text(x: f64, y: f64, anchor: Anchor, class: &str, s: &str) -> Element {
    let e = el("text").attr("x", x).attr("y", y).attr("class", class);
    let e = match anchor {
        Anchor::Start => e,
        Anchor::Middle => e.attr("text-anchor", "middle"),
        Anchor::End => e.attr("text-anchor", "end"),
    };
    e.child(text(s))
}

/// A heading line: the label in `t-label` (bold ink when `strong`), the total in `t-value`.
pub(super) fn heading_text(x: f64, y: f64, line: &HeadLine, strong: bool) -> Element {
    let class = if strong { "t-label t-ink" } else { "t-label" };
    let mut e = el("text").attr("x", x).attr("y", y).attr("class", class);
    if strong {
        e = e.attr("font-weight", 700);
    }
    match &line.total {
        Some(t) if line.label.is_empty() => {
            e.child(el("tspan").attr("class", "t-value").child(text(t)))
        }
        Some(t) => e
            .child(text(format!("{} ", line.label)))
            .child(el("tspan").attr("class", "t-value").child(text(t))),
        None => e.child(text(&line.label)),
    }
}

/// The class of a direct label: white on its segment, the city's ink outside.
pub(super) fn label_class(tone: Option<Tone>, inside: bool) -> &'static str {
    match (inside, tone) {
        (true, _) => "t-value t-on-dark",
        (false, Some(Tone::Beijing)) => "t-value t-beijing",
        (false, Some(Tone::Tianjin)) => "t-value t-tianjin",
        (false, _) => "t-value",
    }
}

/// The estimated width of a bold 12 px label (`t-value`).
pub(super) fn bold_width(s: &str) -> f64 {
    measure::measure(s, FONT, true)
}

/// Baseline of a 12 px label centred on a bar at `y`, `h` high.
pub(super) fn centre_baseline(y: f64, h: f64) -> f64 {
    y + h / 2.0 + FONT * 0.35
}

/// Splits a bar `len` long at `x0` into segments proportional to `values`.
pub(super) fn segments(x0: f64, len: f64, values: &[f64]) -> Vec<(f64, f64)> {
    let sum: f64 = values.iter().sum();
    let mut x = x0;
    values
        .iter()
        .map(|v| {
            let w = if sum > 0.0 { len * v / sum } else { 0.0 };
            let seg = (x, w);
            x += w;
            seg
        })
        .collect()
}
