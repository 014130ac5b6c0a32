//! Layer 2: placement, values to pixels for a given width.

use super::*;

pub(super) const R: f64 = 6.0;
pub(super) const SIZE: f64 = super::super::text::size::LABEL;
pub(super) const LABEL_GAP: f64 = 12.0;
/// Narrowest plot that still reads; below it the row labels go above the dumbbells.
pub(super) const MIN_PLOT: f64 = 200.0;

pub(super) struct RowPos {
    /// Row label position (baseline).
    pub(super) label: (f64, f64),
    /// Centre line of the dumbbell.
    pub(super) y: f64,
    pub(super) x_before: f64,
    pub(super) x_after: f64,
}

pub(super) struct Layout {
    pub(super) legend: Vec<crate::core::charts::legend::LegendSlot>,
    pub(super) rows: Vec<RowPos>,
    pub(super) ticks: Vec<(f64, f64)>,
    pub(super) grid: (f64, f64),
    pub(super) axis_y: f64,
    pub(super) notes: Vec<(f64, String)>,
    pub(super) height: f64,
}

/// A "nice" axis from 0: about `target` steps of 1, 2 or 5 × 10ⁿ covering `max`.
pub(super) fn nice_axis(max: f64, target: usize) -> (f64, f64) {
    if max.is_nan() || max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * mag);
    ((max / step - 1e-9).ceil() * step, step)
}

pub(super) fn bold(s: &str) -> f64 {
    text::measure(s, SIZE, true)
}

pub(super) fn notes(rows: &[Row], locale: Locale) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in rows {
        for f in [r.before, r.after] {
            if let Some(n) = &f.note {
                let n = n.get(locale).to_owned();
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

pub(super) fn legend_labels(rows: &[Row], locale: Locale) -> Vec<(f64, String)> {
    let s = strings(locale);
    rows.first()
        .map(|r| {
            vec![
                (2.0 * R, s.period_name(r.before.period).to_owned()),
                (2.0 * R, s.period_name(r.after.period).to_owned()),
            ]
        })
        .unwrap_or_default()
}

pub(super) fn place(rows: &[Row], locale: Locale, width: f64) -> Layout {
    let w = words(locale);
    let (legend, legend_h) = legend_flow(&legend_labels(rows, locale), width);
    let top = if legend.is_empty() {
        0.0
    } else {
        legend_h + 14.0
    };
    let label_w = rows.iter().map(|r| bold(&r.label)).fold(0.0, f64::max);
    let value_w = rows
        .iter()
        .flat_map(|r| [value(r.before, locale), value(r.after, locale)])
        .map(|v| bold(&v))
        .fold(0.0, f64::max);
    let gutter = value_w + R + 6.0;
    let side = label_w + LABEL_GAP + 2.0 * gutter + MIN_PLOT <= width;
    let x_lo = if side { label_w + LABEL_GAP } else { 0.0 } + gutter;
    let x_hi = width - gutter;
    let max = rows
        .iter()
        .flat_map(|r| [r.before.value, r.after.value])
        .fold(0.0, f64::max);
    let (axis_max, step) = nice_axis(max, if x_hi - x_lo >= 200.0 { 5 } else { 3 });
    let x = |v: f64| x_lo + v / axis_max * (x_hi - x_lo);

    let mut y = top;
    let mut positions = Vec::new();
    for r in rows {
        let (label, cy) = if side {
            ((0.0, y + 18.0 + 4.0), y + 18.0)
        } else {
            ((0.0, y + 13.0), y + 13.0 + 20.0)
        };
        positions.push(RowPos {
            label,
            y: cy,
            x_before: x(r.before.value),
            x_after: x(r.after.value),
        });
        y = cy + 18.0;
    }
    let axis_y = y + 2.0;
    let n_ticks = (axis_max / step).round() as usize;
    let ticks = (0..=n_ticks)
        .map(|i| {
            let v = step * i as f64;
            (v, x(v))
        })
        .collect();
    let mut ny = axis_y + 14.0 + 10.0;
    let mut note_lines = Vec::new();
    for n in notes(rows, locale) {
        // Real fonts run a few per cent wider than the estimate: leave room.
        for line in text::wrap(&format!("{}{}", w.note, n), SIZE, width / text::ROOM) {
            ny += 16.0;
            note_lines.push((ny, line));
        }
    }
    let bottom = note_lines.last().map_or(axis_y + 14.0, |(y, _)| *y);
    Layout {
        legend,
        rows: positions,
        ticks,
        grid: (top, axis_y),
        axis_y,
        notes: note_lines,
        height: (bottom + 6.0).ceil(),
    }
}
