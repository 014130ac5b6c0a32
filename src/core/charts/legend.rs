//! The legend every chart with one uses: items (a swatch and its label) laid left to
//! right, wrapping to new rows, a label too wide for the row onto several lines.

use super::text;
use crate::core::svg::{self, Node, el};

pub(crate) const LEGEND_SIZE: f64 = super::text::size::LABEL;
pub(crate) const LEGEND_LINE: f64 = 16.0;
pub(crate) const LEGEND_SWATCH_GAP: f64 = 5.0;
const LEGEND_ITEM_GAP: f64 = 14.0;

/// Where a legend item goes: its swatch at (`x`, `y`) (the top of its row, swatches are
/// 16 px tall), its label in one or more lines after the swatch.
pub(crate) struct LegendSlot {
    pub x: f64,
    pub y: f64,
    pub lines: Vec<String>,
}

impl LegendSlot {
    /// The label's `<text>` elements, starting at `x`.
    pub(crate) fn text_nodes(&self, x: f64) -> Vec<Node> {
        self.lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                el("text")
                    .attr("x", x)
                    .attr("y", self.y + 12.0 + i as f64 * LEGEND_LINE)
                    .attr("class", "t-label")
                    .child(svg::text(l))
                    .into()
            })
            .collect()
    }
}

/// Lays legend items (swatch width, label) left to right, wrapping to new rows, and a label
/// that alone is too wide onto several lines. Returns the slots and the total height.
pub(crate) fn legend_flow(items: &[(f64, String)], width: f64) -> (Vec<LegendSlot>, f64) {
    let mut slots = Vec::new();
    let (mut x, mut y, mut row_h) = (0.0, 0.0, LEGEND_LINE);
    for (sw, label) in items {
        let lead = sw + LEGEND_SWATCH_GAP;
        // Real fonts run a few per cent wider than the estimate: leave room.
        let mut item_w = lead + text::width(label, LEGEND_SIZE) * text::ROOM;
        if x > 0.0 && x + item_w > width {
            y += row_h + 4.0;
            x = 0.0;
            row_h = LEGEND_LINE;
        }
        let lines = if item_w > width {
            let lines = text::wrap(label, LEGEND_SIZE, (width - lead) / text::ROOM);
            item_w = lead
                + lines
                    .iter()
                    .map(|l| text::width(l, LEGEND_SIZE) * text::ROOM)
                    .fold(0.0, f64::max);
            lines
        } else {
            vec![label.clone()]
        };
        row_h = row_h.max(lines.len() as f64 * LEGEND_LINE);
        slots.push(LegendSlot { x, y, lines });
        x += item_w + LEGEND_ITEM_GAP;
    }
    let height = if items.is_empty() { 0.0 } else { y + row_h };
    (slots, height)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legend_wraps_to_the_width() {
        let items = vec![
            (22.0, "Paired with Beijing".to_owned()),
            (22.0, "Paired with Tianjin".to_owned()),
            (
                22.0,
                "Dashed and light: exit year deduced by elimination or confidence below high"
                    .to_owned(),
            ),
        ];
        let (slots, h) = legend_flow(&items, 340.0);
        assert_eq!(slots[0].y, 0.0);
        assert_eq!(slots[1].y, 0.0);
        assert!(slots[2].y > 0.0 && slots[2].lines.len() == 2);
        assert!(h >= slots[2].y + 2.0 * LEGEND_LINE);
        for s in &slots {
            for l in &s.lines {
                assert!(s.x + 27.0 + text::width(l, LEGEND_SIZE) <= 340.0);
            }
        }
    }
}
