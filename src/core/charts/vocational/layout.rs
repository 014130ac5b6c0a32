//! Layer 2: placement, values to pixels for a given width.

use super::*;

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Layout {
    pub(super) height: f64,
    /// Annotation lines and their baselines.
    pub(super) head: Vec<(f64, String)>,
    /// Legend items: swatch (x, y), label lines with their x and first baseline.
    pub(super) legend: Vec<(f64, f64, Vec<String>)>,
    /// Square size and pitch, columns, top of the grid.
    pub(super) size: u32,
    pub(super) pitch: u32,
    pub(super) cols: usize,
    pub(super) grid_y: f64,
    pub(super) rows: usize,
    pub(super) note_y: f64,
}

pub(super) fn place(words: (&str, &str, &str), units: usize, width: f64) -> Layout {
    let (annotation, key_employed, key_other) = words;
    let mut y = 0.0;
    let head: Vec<(f64, String)> = measure::wrap(annotation, HEAD_FONT, width / measure::ROOM)
        .into_iter()
        .map(|l| {
            y += HEAD_FONT + 4.0;
            (y - 4.0, l)
        })
        .collect();
    y += GAP - 4.0;
    let swatch = 12.0;
    let (slots, legend_h) = legend_flow(
        &[
            (swatch, key_employed.to_owned()),
            (swatch, key_other.to_owned()),
        ],
        width,
    );
    let legend = slots
        .into_iter()
        .map(|s| (s.x.round(), (y + s.y).round(), s.lines))
        .collect();
    y += legend_h + GAP;
    let (size, pitch) = if width >= 560.0 { (8, 10) } else { (6, 8) };
    // Whole tens of columns, so rows can be counted by eye.
    let fit = ((width + f64::from(pitch - size)) / f64::from(pitch)).floor() as usize;
    let cols = (fit.min(MAX_COLS) / 10 * 10).max(fit.min(10)).max(1);
    let rows = units.div_ceil(cols);
    let grid_y = y.round();
    y = grid_y + (rows as f64 * f64::from(pitch)) - f64::from(pitch - size);
    let note_y = (y + GAP + FONT).round();
    Layout {
        height: note_y + 4.0,
        head,
        legend,
        size,
        pitch,
        cols,
        grid_y,
        rows,
        note_y,
    }
}

/// The top-left corner of square `i` (row by row, left to right).
pub(super) fn square_at(l: &Layout, i: usize) -> (u32, u32) {
    let (row, col) = (i / l.cols, i % l.cols);
    (col as u32 * l.pitch, l.grid_y as u32 + row as u32 * l.pitch)
}

/// One subpath per square in `range`.
pub(super) fn squares_path(l: &Layout, range: std::ops::Range<usize>) -> String {
    let mut d = String::with_capacity(range.len() * 16);
    for i in range {
        let (x, y) = square_at(l, i);
        let s = l.size;
        d.push_str(&format!("M{x} {y}h{s}v{s}h-{s}z"));
    }
    d
}
