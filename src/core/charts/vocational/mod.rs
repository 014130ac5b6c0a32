//! "职业教育协作": one small square per student from a poor family sent to a vocational
//! school in Beijing or Tianjin (`vocational_students`), the ones the article says are in
//! work (`vocational_employed`) filled in the Hebei tone and placed first.
//!
//! The article does not say what the other students are doing (many may still be at
//! school), so the empty squares are keyed "not stated", never "without work", and no
//! difference is printed.
//!
//! The squares are drawn as two `<path>`s (one per kind, a subpath per square) rather than
//! hundreds of `<rect>`s: the prerendered page stays small and hydration adopts two
//! elements, not a thousand. Every coordinate is a whole pixel.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::bars::{FONT, counted, raw, total};
use super::legend::{LEGEND_LINE, LEGEND_SWATCH_GAP, legend_flow};
use super::source::source_line;
use super::{ChartSpec, Mark, palette::Tone, text as measure};
use crate::core::format;
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure};
use crate::core::page_text::readable;
use crate::core::strings::{fill, strings};
use crate::core::svg::{Node, el, text};
use crate::core::table::Table;

pub const ID: &str = "vocational";
/// The two figures, from `p7s4`.
pub const STUDENTS: &str = "vocational_students";
pub const EMPLOYED: &str = "vocational_employed";

/// The annotation above the squares.
const HEAD_FONT: f64 = super::text::size::HEAD;
/// Gap between blocks of the chart.
const GAP: f64 = 10.0;
/// At most this many squares in a row (a row of a hundred reads as a hundred).
const MAX_COLS: usize = 100;

pub(crate) struct Words {
    pub(crate) title: &'static str,
    pub(crate) subtitle: &'static str,
    /// The annotation: `{0}` students, `{1}` employed (readable amounts).
    pub(crate) annotation: &'static str,
    /// Key of the filled squares: `{0}` employed.
    pub(crate) key_employed: &'static str,
    /// Key of the empty squares.
    pub(crate) key_other: &'static str,
    /// Under the squares.
    pub(crate) unit_note: &'static str,
    /// Takeaway: `{0}` students, `{1}` employed (counted).
    pub(crate) takeaway: &'static str,
    /// Summary: `{0}` students, `{1}` employed, `{2}` share.
    pub(crate) summary: &'static str,
    /// Tooltip line: `{0}` the share, `{1}` the students.
    pub(crate) share_of: &'static str,
    /// Tooltip line of the empty squares.
    pub(crate) other_line: &'static str,
    /// Figure, number, share of the students, period.
    pub(crate) columns: [&'static str; 4],
}

fn words(locale: Locale) -> &'static Words {
    crate::core::words::vocational(locale)
}

mod layout;
mod render;
mod series;
#[cfg(test)]
mod tests;

use layout::*;
pub use render::spec;
use series::*;
