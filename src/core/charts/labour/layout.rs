//! Layer 2: placement, values to pixels for a given width.

use super::*;
use crate::core::charts::bars::{BarPlace, SegPlace};

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Layout {
    pub(super) height: f64,
    pub(super) rows: Vec<BarPlace>,
    pub(super) notes: Vec<(f64, String)>,
}

pub(super) fn place(rows: &[Row], note: Option<&str>, width: f64) -> Layout {
    let wide = width >= WIDE;
    let col = if wide {
        heading_column(
            rows.iter().map(|r| (r.label.clone(), r.total.clone())),
            width,
            false,
        )
        .round()
    } else {
        width
    };
    let x0 = if wide { col + COL_GAP } else { 0.0 };
    let avail = (width - x0).max(0.0);
    let max = rows.iter().map(|r| r.fig.value).fold(0.0, f64::max);
    let label_ws = |r: &Row| -> Vec<f64> {
        r.segs
            .iter()
            .map(|s| {
                if s.label.is_empty() {
                    0.0
                } else {
                    bold_width(&s.label)
                }
            })
            .collect()
    };
    let values = |r: &Row| -> Vec<f64> { r.segs.iter().map(|s| s.value).collect() };
    let len = |r: &Row, plot_w: f64| {
        if max > 0.0 {
            (r.fig.value / max * plot_w).round()
        } else {
            0.0
        }
    };
    // Shrink the scale until the labels after a bar fit too (a fixed point: a shorter
    // scale only pushes more labels outside).
    let mut plot_w = avail;
    for _ in 0..64 {
        let fit = rows
            .iter()
            .filter_map(|r| {
                let (_, reach) =
                    place_labels(&segments(x0, len(r, plot_w), &values(r)), &label_ws(r));
                (reach > 0.0 && r.fig.value > 0.0)
                    .then(|| ((avail - reach).max(0.0) * max / r.fig.value).floor())
            })
            .fold(avail, f64::min);
        if fit >= plot_w {
            break;
        }
        plot_w = fit;
    }

    let mut y = 0.0;
    let mut placed = Vec::with_capacity(rows.len());
    for r in rows {
        let lines = heading(&r.label, &r.total, col - 1.0, false);
        let head_h = lines.len() as f64 * LINE;
        let (head_top, bar_y, h) = if wide {
            let h = head_h.max(BAR);
            (
                y + ((h - head_h) / 2.0).round(),
                y + ((h - BAR) / 2.0).round(),
                h,
            )
        } else {
            (y, y + head_h + HEAD_GAP, head_h + HEAD_GAP + BAR)
        };
        // Whole pixels: each segment from its rounded start to its rounded end.
        let segs: Vec<(f64, f64)> = segments(x0, len(r, plot_w), &values(r))
            .into_iter()
            .map(|(x, w)| (x.round(), (x + w).round() - x.round()))
            .collect();
        let (labels, _) = place_labels(&segs, &label_ws(r));
        placed.push(BarPlace {
            head: lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| (0.0, head_top + i as f64 * LINE + FONT, l))
                .collect(),
            y: bar_y,
            segs: segs
                .into_iter()
                .zip(labels)
                .map(|((x, w), label)| SegPlace {
                    x,
                    w,
                    label: label.map(|mut l| {
                        l.x = l.x.round();
                        l
                    }),
                })
                .collect(),
        });
        y += h + ROW_GAP;
    }
    y -= ROW_GAP;
    let mut notes = Vec::new();
    if let Some(n) = note {
        y += 8.0;
        for line in measure::wrap(n, FONT, width) {
            y += LINE;
            notes.push((y - 4.0, line));
        }
    }
    Layout {
        height: y + 2.0,
        rows: placed,
        notes,
    }
}
