//! Beijing and Tianjin side by side on every measure the article splits between them
//! (enterprises brought in, workers back to jobs, townships, strong villages, schools,
//! hospitals): one row per measure, Beijing's part then Tianjin's.
//!
//! **Scale.** Each row has a scale of its own, in both modes. The six measures count
//! different things (enterprises, workers, schools) with totals from a few hundred to
//! several thousand: one common scale would compare unlike things and squash the small rows
//! to slivers where Tianjin's part cannot be seen. In the `shares` mode a row is one bar
//! that fills the plot width, split into the two cities' shares; in the numbers mode each
//! city has a bar of its own, the larger filling the width and the smaller in proportion, so
//! "Beijing sent 7.6 times as many" reads as lengths. Every row's heading prints its total
//! and the parts carry direct labels (counts, or percentages in the `shares` mode).
//!
//! Headings, direct labels and figure formatting are the bar charts' kit, `super::bars`.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::bars::*;
use super::palette::Tone;
use super::{ChartSpec, Mark};
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure, Partner};
use crate::core::strings::{fill, strings};
use crate::core::svg::{Node, el};
use crate::core::table::Table;

pub const ID: &str = "partners";

const BAR: f64 = 22.0;
const ROW_GAP: f64 = 14.0;

/// The fixed words of the chart in one language. Templates take `{0}`, `{1}`... filled from
/// the dataset; no number is typed here.
pub(crate) struct Words {
    pub(crate) title: &'static str,
    pub(crate) subtitle_counts: &'static str,
    pub(crate) subtitle_shares: &'static str,
    /// A segment's direct label: `{0}` city, `{1}` value or share.
    pub(crate) segment: &'static str,
    /// Tooltip title: `{0}` the measure, `{1}` the city.
    pub(crate) mark_title: &'static str,
    /// Tooltip line: `{0}` the share, `{1}` the total.
    pub(crate) share_of: &'static str,
    /// Takeaway, counts: `{0}` larger city, `{1}` English verb, `{2}` its amount, `{3}` noun,
    /// `{4}` the other city, `{5}` its amount, `{6}` the ratio.
    pub(crate) ratio: &'static str,
    /// The same for a measure without an entry in [`Words::metrics`] (`{3}` is its label).
    pub(crate) ratio_label: &'static str,
    /// Both cities equal: placeholders as in `ratio`.
    pub(crate) equal: &'static str,
    /// Takeaway, shares: `{0}` Beijing, `{1}` its share, `{2}` noun, `{3}` Tianjin,
    /// `{4}` its share.
    pub(crate) shares: &'static str,
    /// `{0}` number of measures, `{1}`/`{2}` measure and Beijing share where it is largest,
    /// `{3}`/`{4}` where smallest.
    pub(crate) summary: &'static str,
    /// Measure, Beijing, Tianjin, total, Beijing share, Tianjin share, period.
    pub(crate) columns: [&'static str; 7],
    /// How the takeaway names each measure.
    pub(crate) metrics: [Metric; 6],
}

fn words(locale: Locale) -> &'static Words {
    crate::core::words::partners(locale)
}

/// How the takeaway names each measure. A measure missing here still gets a sentence, built
/// around its dataset label ([`Words::ratio_label`]).
pub(crate) struct Metric {
    pub(crate) id: &'static str,
    /// "Beijing {verb} 245 {noun}" (Chinese needs no verb: "{noun}").
    pub(crate) verb: &'static str,
    pub(crate) noun: &'static str,
    /// "Beijing accounts for 79.3% of {share}".
    pub(crate) share: &'static str,
}

mod layout;
mod render;
mod series;
#[cfg(test)]
pub(super) mod tests;

use layout::*;
pub use render::spec;
pub use render::takeaway;
use series::*;
