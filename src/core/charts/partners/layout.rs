//! Layer 2: placement, values to pixels for a given width.

use super::*;

/// A segment of a row's bar, with its label.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct SegPlace {
    pub(super) x: f64,
    /// The top of its bar: both parts share one bar in the shares mode; in the numbers mode
    /// each city has a bar of its own.
    pub(super) y: f64,
    pub(super) w: f64,
    pub(super) label: Option<LabelPos>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct RowPlace {
    /// Heading lines with their x and baseline.
    pub(super) head: Vec<(f64, f64, HeadLine)>,
    pub(super) bar_y: f64,
    pub(super) segs: Vec<SegPlace>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Layout {
    pub(super) width: f64,
    pub(super) height: f64,
    /// Where the bars start and how long they are (every row fills the same length).
    pub(super) x0: f64,
    pub(super) bar_w: f64,
    pub(super) rows: Vec<RowPlace>,
}

/// `focus`: the row whose heading is bold.
/// The gap between a row's two bars in the numbers mode.
pub(super) const PAIR_GAP: f64 = 3.0;

/// The numbers mode's bars: each city's own bar from `x0`, the larger filling `len`, and
/// where each label goes (inside at its start when it fits, else after the bar's end).
/// Returns the bars `(x, w)`, the labels and how far past `x0 + len` a label reaches.
pub(super) fn pair_bars(
    x0: f64,
    len: f64,
    values: &[f64],
    widths: &[f64],
) -> (Vec<(f64, f64)>, Vec<Option<LabelPos>>, f64) {
    let max = values.iter().copied().fold(0.0, f64::max);
    let mut reach: f64 = 0.0;
    let mut bars = Vec::with_capacity(values.len());
    let mut labels = Vec::with_capacity(values.len());
    for (&v, &lw) in values.iter().zip(widths) {
        let w = if max > 0.0 { len * v / max } else { 0.0 };
        bars.push((x0, w));
        if lw <= 0.0 {
            labels.push(None);
        } else if lw + 2.0 * PAD <= w {
            labels.push(Some(LabelPos {
                x: x0 + PAD,
                anchor: Anchor::Start,
                inside: true,
            }));
        } else {
            let x = x0 + w + GAP;
            reach = reach.max(x + lw - (x0 + len));
            labels.push(Some(LabelPos {
                x,
                anchor: Anchor::Start,
                inside: false,
            }));
        }
    }
    (bars, labels, reach)
}

pub(super) fn place(rows: &[Row], width: f64, focus: &str, shares: bool) -> Layout {
    let wide = width >= WIDE;
    let col = if wide {
        heading_column(
            rows.iter().map(|r| (r.label.clone(), r.total.clone())),
            width,
            true,
        )
    } else {
        width
    };
    let x0 = if wide { col + COL_GAP } else { 0.0 };
    let label_ws: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| r.parts.iter().map(|p| bold_width(&p.label)).collect())
        .collect();
    let values: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| r.parts.iter().map(|p| p.value).collect())
        .collect();
    // Room after the bars for labels that do not fit on their segments. A shorter bar only
    // pushes more labels out, so this grows to a fixed point (at worst every label outside).
    let mut reserve: f64 = 0.0;
    for _ in 0..=2 * rows.len() + 1 {
        let bar_w = (width - x0 - reserve).max(0.0);
        let need = values
            .iter()
            .zip(&label_ws)
            .map(|(v, lw)| {
                if shares {
                    place_labels(&segments(x0, bar_w, v), lw).1
                } else {
                    pair_bars(x0, bar_w, v, lw).2
                }
            })
            .fold(0.0, f64::max);
        if need <= reserve {
            break;
        }
        reserve = need;
    }
    let bar_w = (width - x0 - reserve).max(0.0);

    let mut y = 0.0;
    let mut placed = Vec::with_capacity(rows.len());
    for ((r, v), lw) in rows.iter().zip(&values).zip(&label_ws) {
        let lines = heading(&r.label, &r.total, col, r.fig.id == focus);
        let head_h = lines.len() as f64 * LINE;
        // The numbers mode draws two bars a row.
        let bars_h = if shares { BAR } else { 2.0 * BAR + PAIR_GAP };
        let (head_top, bar_y, row_h) = if wide {
            let row_h = head_h.max(bars_h);
            (
                y + (row_h - head_h) / 2.0,
                y + (row_h - bars_h) / 2.0,
                row_h,
            )
        } else {
            (y, y + head_h + 2.0, head_h + 2.0 + bars_h)
        };
        let head = lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| (0.0, head_top + i as f64 * LINE + FONT, l))
            .collect();
        let (segs, labels) = if shares {
            let segs = segments(x0, bar_w, v);
            let (labels, _) = place_labels(&segs, lw);
            (segs, labels)
        } else {
            let (bars, labels, _) = pair_bars(x0, bar_w, v, lw);
            (bars, labels)
        };
        placed.push(RowPlace {
            head,
            bar_y,
            segs: segs
                .into_iter()
                .zip(labels)
                .enumerate()
                .map(|(i, ((x, w), label))| SegPlace {
                    x,
                    y: if shares {
                        bar_y
                    } else {
                        bar_y + i as f64 * (BAR + PAIR_GAP)
                    },
                    w,
                    label,
                })
                .collect(),
        });
        y += row_h + ROW_GAP;
    }
    Layout {
        width,
        height: (y - ROW_GAP + 2.0).max(0.0),
        x0,
        bar_w,
        rows: placed,
    }
}
