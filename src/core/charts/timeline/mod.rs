//! When the paired counties left the poverty list (脱贫摘帽): one column per exit year in the
//! data (one row per year when narrow), each county a chip coloured by its partner city and
//! lettered 京 / 津 (B / T), so the two are told apart without colour. Exit years that rest on
//! elimination or on less than high confidence are drawn light with a dashed outline.
//!
//! The bottom of this file also holds the small pieces `incidence.rs` and `cities.rs` share:
//! the source line, source-id ranges and the legend flow.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::legend::{LEGEND_SWATCH_GAP, LegendSlot, legend_flow};
use super::palette::Tone;
use super::text;
use super::{ChartSpec, Mark};
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{Confidence, County, Dataset, Fact, Method, Pairing, Partner, Unit};
use crate::core::sort;
use crate::core::strings::{fill, strings};
use crate::core::svg::{self, Element, Node, el};
use crate::core::table::Table;

/// The chart's fixed words. No digits: numbers and years come from the dataset.
pub(crate) struct Words {
    /// `{0}` = number of paired counties.
    pub(crate) title: &'static str,
    pub(crate) subtitle: &'static str,
    pub(crate) county_col: &'static str,
    pub(crate) city_col: &'static str,
    /// `{0}` = a count of counties (column headers, summary).
    pub(crate) counties: &'static str,
    pub(crate) counties_one: &'static str,
    /// `{0}` = the name of the top confidence, quoted.
    pub(crate) tentative: &'static str,
    pub(crate) quote: &'static str,
    /// `{0}` = value, `{1}` = what qualifies it.
    pub(crate) paren: &'static str,
    /// `{0}` = counties in the last year, `{1}` = that year.
    pub(crate) takeaway: &'static str,
    /// `{0}` = number of deep-poverty counties.
    pub(crate) takeaway_all_deep: &'static str,
    /// `{0}` = deep-poverty counties in the last year, `{1}` = all deep-poverty counties.
    pub(crate) takeaway_some_deep: &'static str,
    pub(crate) end: &'static str,
    /// `{0}` = paired counties, `{1}` = the years with counts, `{2}`/`{3}` = most, `{4}`/`{5}`
    /// = fewest.
    pub(crate) summary: &'static str,
    /// `{0}` = year, `{1}` = count.
    pub(crate) summary_item: &'static str,
    pub(crate) letters: [&'static str; 2],
    pub(crate) unknown_letter: &'static str,
}

fn words(locale: Locale) -> &'static Words {
    crate::core::words::timeline(locale)
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
