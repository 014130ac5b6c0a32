//! Layer 2: placement, values to pixels for a given width.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct StepPlace {
    pub(super) x: f64,
    pub(super) y: f64,
    /// Value lines and label lines with their baselines.
    pub(super) value: Vec<(f64, String)>,
    pub(super) label: Vec<(f64, String)>,
    pub(super) split: Option<SplitPlace>,
}

/// The split bar (y, Beijing's width, Tianjin's width) and its two labels' (x, y).
pub(super) type SplitPlace = (f64, f64, f64, [(f64, f64); 2]);

#[derive(Debug, Clone, PartialEq)]
pub(super) struct RowPlace {
    pub(super) title: Option<f64>,
    pub(super) steps: Vec<StepPlace>,
    /// Arrows: (x1, x2, y) side by side, or the rule (x, y1, y2) when stacked.
    pub(super) arrows: Vec<(f64, f64, f64)>,
    pub(super) rule: Option<(f64, f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Layout {
    pub(super) height: f64,
    pub(super) rows: Vec<RowPlace>,
}

pub(super) fn bold(s: &str, size: f64) -> f64 {
    measure::measure(s, size, true)
}

/// Places one step at (`x`, `y`) in `w` px; returns it and its height.
pub(super) fn place_step(step: &Step, x: f64, y: f64, w: f64) -> (StepPlace, f64) {
    let mut b = y;
    let value: Vec<(f64, String)> = measure::wrap_styled(&step.value, VALUE_FONT, w, true)
        .into_iter()
        .map(|l| {
            b += VALUE_LINE;
            (b - 5.0, l)
        })
        .collect();
    let label: Vec<(f64, String)> = measure::wrap(&step.label, FONT, w)
        .into_iter()
        .map(|l| {
            b += LINE;
            (b - 4.0, l)
        })
        .collect();
    let split = step.parts.as_ref().map(|[bj, tj]| {
        let bar_y = b + 4.0;
        let sum = bj.1 + tj.1;
        let bw = if sum > 0.0 {
            (w * bj.1 / sum).round()
        } else {
            0.0
        };
        let tw = w.round() - bw;
        b = bar_y + SPLIT_BAR + LINE;
        let first = (x, b - 4.0);
        let w1 = bold(&bj.0, FONT);
        let second = if w1 + 10.0 + bold(&tj.0, FONT) <= w {
            (x + (w1 + 10.0).round(), b - 4.0)
        } else {
            b += LINE;
            (x, b - 4.0)
        };
        (bar_y, bw, tw, [first, second])
    });
    (
        StepPlace {
            x,
            y,
            value,
            label,
            split,
        },
        b - y,
    )
}

pub(super) fn place(rows: &[Row], width: f64) -> Layout {
    let wide = width >= WIDE;
    let mut y = 0.0;
    let mut placed = Vec::with_capacity(rows.len());
    for r in rows {
        let title = r.title.map(|_| {
            y += LINE;
            y - 4.0
        });
        if title.is_some() {
            y += 4.0;
        }
        let mut steps = Vec::with_capacity(r.steps.len());
        let mut arrows = Vec::new();
        let mut rule = None;
        if wide {
            let cw = ((width - 2.0 * ARROW) / 3.0).floor();
            let n = r.steps.len();
            let mut h: f64 = 0.0;
            let mut prev_end = None;
            for (i, step) in r.steps.iter().enumerate() {
                // The last step in the last column.
                let col = if i + 1 == n { 2 } else { i.min(2) };
                let x = col as f64 * (cw + ARROW);
                let (p, sh) = place_step(step, x, y, cw);
                if let Some(end) = prev_end {
                    arrows.push((end, x - 8.0, y + 11.0));
                }
                let value_w = p
                    .value
                    .iter()
                    .map(|(_, l)| bold(l, VALUE_FONT))
                    .fold(0.0, f64::max);
                prev_end = Some((x + value_w + 8.0).min(x + cw + 8.0).round());
                h = h.max(sh);
                steps.push(p);
            }
            y += h;
        } else {
            let top = y;
            let w = (width - INDENT).max(1.0);
            for step in &r.steps {
                let (p, sh) = place_step(step, INDENT, y, w);
                y += sh + 8.0;
                steps.push(p);
            }
            y -= 8.0;
            rule = Some((5.0, top + 11.0, (y - 6.0).max(top + 11.0)));
        }
        placed.push(RowPlace {
            title,
            steps,
            arrows,
            rule,
        });
        y += ROW_GAP;
    }
    Layout {
        height: (y - ROW_GAP + 4.0).max(0.0).round(),
        rows: placed,
    }
}
