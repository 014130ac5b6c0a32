//! Layer 2: placement, values to pixels for a given width.

use super::*;
use crate::core::charts::bars::{BarPlace, SegPlace};

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Layout {
    pub(super) width: f64,
    pub(super) height: f64,
    pub(super) x0: f64,
    /// Pixels for the largest value: the common scale.
    pub(super) plot_w: f64,
    pub(super) max: f64,
    /// Per pairing: upper bar, lower bar, and the y of the hairline above it (none for the
    /// first).
    pub(super) rows: Vec<(BarPlace, BarPlace, Option<f64>)>,
    /// The note's lines and their baselines.
    pub(super) note: Vec<(f64, String)>,
}

pub(super) fn place(rows: &[Row], note: Option<&str>, width: f64) -> Layout {
    let wide = width >= WIDE;
    let bars = || rows.iter().flat_map(|r| [&r.upper, &r.lower]);
    let col = if wide {
        heading_column(
            bars().map(|b| (b.label.clone(), b.total.clone())),
            width,
            false,
        )
    } else {
        width
    };
    let x0 = if wide { col + COL_GAP } else { 0.0 };
    let avail = (width - x0).max(0.0);
    let max = bars().map(Bar::value).fold(0.0, f64::max);
    let widths = |b: &Bar| -> Vec<f64> { b.segs.iter().map(|s| bold_width(&s.label)).collect() };
    let values = |b: &Bar| -> Vec<f64> { b.segs.iter().map(|s| s.value).collect() };
    let len = |b: &Bar, plot_w: f64| {
        if max > 0.0 {
            b.value() / max * plot_w
        } else {
            0.0
        }
    };
    // Shrink the scale until every bar and the labels after it fit: a shorter scale only
    // pushes more labels outside, so this reaches a fixed point.
    let mut plot_w = avail;
    for _ in 0..64 {
        let fit = bars()
            .filter_map(|b| {
                let (_, reach) =
                    place_labels(&segments(x0, len(b, plot_w), &values(b)), &widths(b));
                (reach > 0.0 && b.value() > 0.0).then(|| (avail - reach).max(0.0) * max / b.value())
            })
            .fold(avail, f64::min);
        if fit >= plot_w - 1e-9 {
            break;
        }
        plot_w = fit;
    }

    let place_bar = |b: &Bar, y: f64| -> (BarPlace, f64) {
        let lines = heading(&b.label, &b.total, col, false);
        let head_h = lines.len() as f64 * LINE;
        let (head_top, bar_y, h) = if wide {
            let h = head_h.max(BAR);
            (y + (h - head_h) / 2.0, y + (h - BAR) / 2.0, h)
        } else {
            (y, y + head_h + HEAD_GAP, head_h + HEAD_GAP + BAR)
        };
        let segs = segments(x0, len(b, plot_w), &values(b));
        let (labels, _) = place_labels(&segs, &widths(b));
        let place = BarPlace {
            head: lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| (0.0, head_top + i as f64 * LINE + FONT, l))
                .collect(),
            y: bar_y,
            segs: segs
                .into_iter()
                .zip(labels)
                .map(|((x, w), label)| SegPlace { x, w, label })
                .collect(),
        };
        (place, h)
    };

    let mut y = 0.0;
    let mut placed = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let rule = (i > 0).then(|| y - ROW_GAP / 2.0);
        let (upper, h) = place_bar(&r.upper, y);
        y += h + INNER_GAP;
        let (lower, h) = place_bar(&r.lower, y);
        y += h + ROW_GAP;
        placed.push((upper, lower, rule));
    }
    y -= ROW_GAP;
    let mut note_lines = Vec::new();
    if let Some(n) = note {
        y += 10.0;
        for line in measure::wrap(n, FONT, width) {
            y += LINE;
            note_lines.push((y - 4.0, line));
        }
    }
    Layout {
        width,
        height: y + 2.0,
        x0,
        plot_w,
        max,
        rows: placed,
        note: note_lines,
    }
}
