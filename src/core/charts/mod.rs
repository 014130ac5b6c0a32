//! Charts, in three layers as in Our World in Data's Grapher:
//!
//! 1. **series**: what to show, read from the dataset (no layout);
//! 2. **placement**: values to pixels for a given width (pure arithmetic, rounded);
//! 3. **render**: an [`svg::Element`] tree (no computing beyond string building).
//!
//! Each chart kind lives in a folder of its own, one file per layer (`series`, `layout`,
//! `render`, and its words in `mod.rs`), and exposes one `spec(...) -> ChartSpec` that runs
//! the three layers. What they share is the
//! kit: `text` (the one measure, calibrated to the page's fonts, with the reader's text
//! spacing), `legend`, `bars` (headings, direct labels, figure formatting), `source` (the
//! one source line), `palette`, and `check` (the tests' fit and overlap checks). A [`ChartSpec`] carries everything the page needs: the SVG, the marks
//! the tooltip and keyboard walk through, the table view, the takeaway sentence and the
//! source line. The same spec gives the downloads ([`standalone_svg`], `table.to_csv()`).

pub(crate) mod bars;
#[cfg(test)]
pub(crate) mod check;
pub mod cities;
pub mod incidence;
pub mod industry;
pub mod labour;
pub(crate) mod legend;
pub mod pairing;
pub mod palette;
pub mod partners;
pub mod registry;
pub mod source;
pub mod text;
pub mod timeline;
pub mod vocational;

use super::svg::{self, Element, el, text};
use super::table::Table;

/// One chart, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartSpec {
    /// Stable id: used for element ids, file names and the URL (`partners`, `dumbbell`, ...).
    pub id: &'static str,
    pub title: String,
    pub subtitle: Option<String>,
    /// The one generated sentence that says what matters.
    pub takeaway: Option<String>,
    /// "来源：..." line, in the reader's language.
    pub source: String,
    /// Width and height of the SVG in CSS pixels (the viewBox matches).
    pub width: f64,
    pub height: f64,
    /// The chart's `<svg>` children (marks carry `data-key`).
    pub body: Vec<svg::Node>,
    /// Data points in reading order, for tooltips and keyboard navigation.
    pub marks: Vec<Mark>,
    pub table: Table,
    /// A summary for screen readers: what it shows, the range, largest and smallest.
    pub summary: String,
}

/// A data point the reader can hover, tap or reach with the arrow keys.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// Unique in its chart; the SVG element(s) of this point carry `data-key="<key>"`.
    pub key: String,
    /// First line of the tooltip.
    pub title: String,
    /// Further lines of the tooltip (values, shares, sources).
    pub lines: Vec<String>,
    /// Where the tooltip points, in SVG pixels.
    pub anchor: (f64, f64),
    /// Which colour family the point belongs to, for the tooltip's key.
    pub tone: Option<palette::Tone>,
}

impl ChartSpec {
    /// The `<svg>` element as shown on the page (no title or source: the page has them).
    pub fn svg(&self) -> Element {
        el("svg")
            .attr("class", format!("chart__svg chart__svg--{}", self.id))
            .attr(
                "viewBox",
                format!("0 0 {} {}", svg::num(self.width), svg::num(self.height)),
            )
            .attr("width", self.width)
            .attr("height", self.height)
            // The frame around it names and describes the chart (title, summary, keys,
            // table) and announces the focused point: the drawing is not read out.
            .attr("aria-hidden", "true")
            .children(self.body.iter().cloned())
    }

    /// The file name for downloads, without extension.
    pub fn file_stem(&self) -> String {
        format!("jingjin-{}", self.id)
    }
}

/// Layout of a standalone file: header lines, footer lines and the overall size.
struct Standalone {
    take_lines: Vec<String>,
    source_lines: Vec<String>,
    head: f64,
    width: f64,
    height: f64,
}

const PAD: f64 = 16.0;
const TITLE_H: f64 = 28.0;

fn standalone_layout(spec: &ChartSpec) -> Standalone {
    let take_lines = spec
        .takeaway
        .as_deref()
        .map(|t| text::wrap(t, 14.0, spec.width))
        .unwrap_or_default();
    let head = PAD + TITLE_H + take_lines.len() as f64 * 20.0 + 8.0;
    let source_lines = text::wrap(&spec.source, 12.0, spec.width);
    let foot = source_lines.len() as f64 * 16.0 + PAD + 8.0;
    Standalone {
        width: spec.width + 2.0 * PAD,
        height: head + spec.height + foot,
        take_lines,
        source_lines,
        head,
    }
}

/// Width and height of [`standalone_svg`]'s file, in pixels.
pub fn standalone_size(spec: &ChartSpec) -> (f64, f64) {
    let l = standalone_layout(spec);
    (l.width, l.height)
}

/// A standalone SVG file: title, takeaway, the chart and the source line, with the palette
/// written inline so it looks the same outside the page.
pub fn standalone_svg(spec: &ChartSpec, font_family: &str) -> String {
    let Standalone {
        take_lines,
        source_lines,
        head,
        width,
        height,
    } = standalone_layout(spec);
    let mut root = el("svg")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr(
            "viewBox",
            format!("0 0 {} {}", svg::num(width), svg::num(height)),
        )
        .attr("width", width)
        .attr("height", height)
        .attr("font-family", font_family)
        .child(el("style").child(text(palette::stylesheet())))
        .child(
            el("rect")
                .attr("width", width)
                .attr("height", height)
                .attr("fill", "#ffffff"),
        )
        .child(
            el("text")
                .attr("x", PAD)
                .attr("y", PAD + 20.0)
                .attr("font-size", text::size::TITLE)
                .attr("font-weight", 700)
                .attr("fill", palette::INK)
                .child(text(&spec.title)),
        );
    for (i, line) in take_lines.iter().enumerate() {
        root = root.child(
            el("text")
                .attr("x", PAD)
                .attr("y", PAD + TITLE_H + 16.0 + i as f64 * 20.0)
                .attr("font-size", 14)
                .attr("fill", palette::INK)
                .child(text(line)),
        );
    }
    root = root.child(
        el("g")
            .attr(
                "transform",
                format!("translate({} {})", svg::num(PAD), svg::num(head)),
            )
            .children(spec.body.iter().cloned()),
    );
    for (i, line) in source_lines.iter().enumerate() {
        root = root.child(
            el("text")
                .attr("x", PAD)
                .attr("y", head + spec.height + 20.0 + i as f64 * 16.0)
                .attr("font-size", 12)
                .attr("fill", palette::INK_2)
                .child(text(line)),
        );
    }
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg::Node::from(root).write_to(&mut out);
    out.push('\n');
    out
}
