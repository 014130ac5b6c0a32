//! "劳务协作": the people the labour paragraph counts, as bars on one scale from zero: poor
//! workers taken back to jobs in Beijing and Tianjin (`workers_returned`, split into Beijing
//! and Tianjin as the article splits it), people trained (`trainees`) and people newly
//! placed in jobs there (`new_placements`). All three count people, in the article's order.
//!
//! The training classes (`training_classes`) count classes, not people: they are written
//! in a note line under the bars, so the downloaded SVG keeps them too. The vocational
//! students have their own chart ([`super::vocational`]).
//!
//! Every coordinate is a whole pixel.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::bars::{
    COL_GAP, FONT, LINE, WIDE, amount, bold_width, centre_baseline, counted, heading,
    heading_column, heading_text, label_class, label_text, place_labels, raw, segments,
    split_cells, total,
};
use super::palette::Tone;
use super::source::source_line;
use super::{ChartSpec, Mark, text as measure};
use crate::core::format;
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure, Partner};
use crate::core::page_text::readable;
use crate::core::strings::{fill, strings};
use crate::core::svg::{Node, el, text};
use crate::core::table::Table;

pub const ID: &str = "labour";
/// The bars, in the article's order (`p7s2`, `p7s3`).
pub const BARS: [&str; 3] = ["workers_returned", "trainees", "new_placements"];
/// Counted in classes: said in the note line.
pub const CLASSES: &str = "training_classes";

const BAR: f64 = 22.0;
const HEAD_GAP: f64 = 2.0;
const ROW_GAP: f64 = 16.0;

pub(crate) struct Words {
    pub(crate) title: &'static str,
    pub(crate) subtitle: &'static str,
    /// A segment's direct label: `{0}` city, `{1}` value.
    pub(crate) segment: &'static str,
    /// Tooltip title of a part: `{0}` the figure, `{1}` the city.
    pub(crate) mark_title: &'static str,
    /// Tooltip line: `{0}` share, `{1}` total.
    pub(crate) share_of: &'static str,
    /// Under the bars: `{0}` label, `{1}` amount.
    pub(crate) note: &'static str,
    /// `{0}` classes, `{1}` trainees, `{2}` returned, `{3}` Beijing's part, `{4}` Tianjin's.
    pub(crate) takeaway: &'static str,
    /// `{0}` number of bars, `{1}`/`{2}` largest, `{3}`/`{4}` smallest.
    pub(crate) summary: &'static str,
    /// Measure, people, of them Beijing, of them Tianjin, period.
    pub(crate) columns: [&'static str; 5],
}

fn words(locale: Locale) -> &'static Words {
    crate::core::words::labour(locale)
}

mod layout;
mod render;
mod series;
#[cfg(test)]
mod tests;

use layout::*;
pub use render::spec;
use series::*;
