//! Poverty incidence at the start and now, as a dumbbell per group on one shared percent
//! axis: the 28 aided counties and Fuping. Rows come from the figures that name their
//! "before" figure (`before`), so a new pair in the data becomes a new row.
//!
//! The start values have no stated year (`period: baseline`); the chart says so in the legend
//! and prints the figures' note on why they must not be set beside the 2013-14 rates.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::legend::{LEGEND_SWATCH_GAP, legend_flow};
use super::palette::Tone;
use super::source::source_line;
use super::text;
use super::{ChartSpec, Mark};
use crate::core::decimal::Decimal;
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure, Unit};
use crate::core::strings::{fill, strings};
use crate::core::svg::{self, Node, el};
use crate::core::table::Table;

/// The chart's fixed words. No digits: numbers come from the dataset.
pub(crate) struct Words {
    pub(crate) title: &'static str,
    pub(crate) subtitle: &'static str,
    /// The metric as the figure labels spell it; stripped to get a row's short name.
    pub(crate) metric: &'static str,
    pub(crate) group_col: &'static str,
    pub(crate) drop_col: &'static str,
    /// `{0}` = the drop in percentage points.
    pub(crate) drop_line: &'static str,
    /// `{0}` = the rise in percentage points.
    pub(crate) rise_line: &'static str,
    pub(crate) note: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after, `{3}` = drop.
    pub(crate) takeaway_one: &'static str,
    /// ... `{3}` = the group with the largest drop, `{4}` = its drop.
    pub(crate) takeaway_two: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after (no drop).
    pub(crate) takeaway_change: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after.
    pub(crate) summary_item: &'static str,
    /// `{0}` = items, `{1}`/`{2}` = highest, `{3}`/`{4}` = lowest.
    pub(crate) summary: &'static str,
    /// `{0}` = value, `{1}` = period.
    pub(crate) value_period: &'static str,
}

fn words(locale: Locale) -> &'static Words {
    crate::core::words::incidence(locale)
}

mod layout;
mod render;
mod series;
#[cfg(test)]
mod tests;

use layout::*;
pub use render::spec;
pub use series::takeaway;
use series::*;
