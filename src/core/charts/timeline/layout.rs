//! Layer 2: placement, values to pixels for a given width.

use super::*;

pub(super) const SIZE: f64 = super::super::text::size::LABEL;
pub(super) const PAD: f64 = 6.0;
pub(super) const LETTER_GAP: f64 = 4.0;
/// Room for the deep-poverty dot: gap and diameter.
pub(super) const DOT_W: f64 = 10.0;
pub(super) const LINE: f64 = 15.0;
pub(super) const CHIP_GAP: f64 = 4.0;
pub(super) const COL_GAP: f64 = 14.0;
pub(super) const MIN_COL: f64 = 120.0;
pub(super) const HEADER_LINE: f64 = 18.0;

pub(super) struct ChipBox {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) w: f64,
    pub(super) h: f64,
    pub(super) letter_w: f64,
    pub(super) lines: Vec<String>,
}

pub(super) struct Header {
    pub(super) x: f64,
    /// Baseline of the year.
    pub(super) y: f64,
    /// Where the count goes: beside the year or on the next line.
    pub(super) count_x: f64,
    pub(super) count_y: f64,
    /// A rule under the header (columns only): x1, x2, y.
    pub(super) rule: Option<(f64, f64, f64)>,
}

pub(super) struct Layout {
    pub(super) legend: Vec<LegendSlot>,
    pub(super) headers: Vec<Header>,
    pub(super) chips: Vec<Vec<ChipBox>>,
    pub(super) height: f64,
}

pub(super) fn letter(partner: Option<Partner>, locale: Locale) -> &'static str {
    let w = words(locale);
    match partner {
        Some(Partner::Beijing) => w.letters[0],
        Some(Partner::Tianjin) => w.letters[1],
        None => w.unknown_letter,
    }
}

pub(super) fn bold_width(s: &str) -> f64 {
    text::measure(s, SIZE, true)
}

/// A chip no wider than `max`; `fixed` makes it exactly `max` wide (columns).
pub(super) fn chip_box(chip: &Chip, locale: Locale, max: f64, fixed: bool) -> ChipBox {
    let name = chip.county.name.get(locale);
    let letter_w = bold_width(letter(chip.partner, locale));
    let overhead = PAD + letter_w + LETTER_GAP + if chip.deep { DOT_W } else { 0.0 } + PAD;
    // Real fonts run a few per cent wider than the estimate: leave room.
    let natural = overhead + text::width(name, SIZE) * text::ROOM;
    let lines = if natural <= max {
        vec![name.to_owned()]
    } else {
        text::wrap(name, SIZE, (max - overhead) / text::ROOM)
    };
    let text_w = lines
        .iter()
        .map(|l| text::width(l, SIZE) * text::ROOM)
        .fold(0.0, f64::max);
    let w = if fixed {
        max
    } else {
        (overhead + text_w).min(max)
    };
    ChipBox {
        x: 0.0,
        y: 0.0,
        w,
        h: 8.0 + lines.len() as f64 * LINE,
        letter_w,
        lines,
    }
}

pub(super) fn legend_items(cols: &[Column], locale: Locale) -> Vec<(f64, String, LegendKind)> {
    let s = strings(locale);
    let w = words(locale);
    let chips = || cols.iter().flat_map(|c| &c.chips);
    let mut items = Vec::new();
    for (p, label) in [
        (Some(Partner::Beijing), s.legend_beijing.to_owned()),
        (Some(Partner::Tianjin), s.legend_tianjin.to_owned()),
        (None, format!("{}{}{}", s.partner, s.colon, s.unknown)),
    ] {
        if chips().any(|c| c.partner == p) {
            items.push((SWATCH_W, label, LegendKind::Partner(p)));
        }
    }
    if chips().any(|c| c.tentative) {
        let top = fill(w.quote, &[s.confidence_name(Confidence::High)]);
        items.push((SWATCH_W, fill(w.tentative, &[&top]), LegendKind::Tentative));
    }
    if chips().any(|c| c.deep) {
        items.push((8.0, s.deep_poverty.to_owned(), LegendKind::Deep));
    }
    items
}

pub(super) const SWATCH_W: f64 = 22.0;

#[derive(Clone, Copy)]
pub(super) enum LegendKind {
    Partner(Option<Partner>),
    Tentative,
    Deep,
}

pub(super) fn place(cols: &[Column], locale: Locale, width: f64) -> Layout {
    let items = legend_items(cols, locale);
    let labels: Vec<(f64, String)> = items.iter().map(|(w, l, _)| (*w, l.clone())).collect();
    let (legend, legend_h) = legend_flow(&labels, width);
    let top = if legend.is_empty() {
        0.0
    } else {
        legend_h + 16.0
    };
    let n = cols.len().max(1) as f64;
    let col_w = (width - COL_GAP * (n - 1.0)) / n;
    let header_texts: Vec<(String, String)> = cols
        .iter()
        .map(|c| (year_text(c.year, locale), count_text(c.chips.len(), locale)))
        .collect();
    let header_w = |(y, c): &(String, String)| bold_width(y) + 6.0 + text::width(c, SIZE);
    let columns = col_w >= MIN_COL;
    let mut headers = Vec::new();
    let mut chips = Vec::new();
    let mut bottom = top;
    if columns {
        let two_lines = header_texts.iter().any(|h| header_w(h) > col_w);
        let header_h = if two_lines { 2.0 } else { 1.0 } * HEADER_LINE;
        for (i, col) in cols.iter().enumerate() {
            let x = i as f64 * (col_w + COL_GAP);
            let (year, _) = &header_texts[i];
            let y = top + 13.0;
            let (count_x, count_y) = if two_lines {
                (x, y + HEADER_LINE)
            } else {
                (x + bold_width(year) + 6.0, y)
            };
            let rule_y = top + header_h + 2.0;
            headers.push(Header {
                x,
                y,
                count_x,
                count_y,
                rule: Some((x, x + col_w, rule_y)),
            });
            let mut cy = rule_y + 8.0;
            let mut boxes = Vec::new();
            for chip in &col.chips {
                let mut b = chip_box(chip, locale, col_w, true);
                b.x = x;
                b.y = cy;
                cy += b.h + CHIP_GAP;
                boxes.push(b);
            }
            bottom = bottom.max(cy - CHIP_GAP);
            chips.push(boxes);
        }
    } else {
        let mut y = top;
        for (i, col) in cols.iter().enumerate() {
            let (year, count) = &header_texts[i];
            let beside = header_w(&(year.clone(), count.clone())) <= width;
            let (count_x, count_y) = if beside {
                (bold_width(year) + 6.0, y + 13.0)
            } else {
                (0.0, y + 13.0 + HEADER_LINE)
            };
            headers.push(Header {
                x: 0.0,
                y: y + 13.0,
                count_x,
                count_y,
                rule: None,
            });
            y += if beside { 1.0 } else { 2.0 } * HEADER_LINE + 4.0;
            let (mut x, mut row_h) = (0.0, 0.0_f64);
            let mut boxes = Vec::new();
            for chip in &col.chips {
                let mut b = chip_box(chip, locale, width, false);
                if x > 0.0 && x + b.w > width {
                    y += row_h + CHIP_GAP;
                    x = 0.0;
                    row_h = 0.0;
                }
                b.x = x;
                b.y = y;
                x += b.w + CHIP_GAP;
                row_h = row_h.max(b.h);
                boxes.push(b);
            }
            y += row_h;
            bottom = y;
            y += 16.0;
            chips.push(boxes);
        }
    }
    Layout {
        legend,
        headers,
        chips,
        height: (bottom + 4.0).ceil(),
    }
}
