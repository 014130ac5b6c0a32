//! "产业合作": this year's industry figures as steps, one row per sentence of the article
//! (`p6s2` firms brought in → investment in place → poor people benefiting; `p6s3` parks →
//! firms in them → jobs; `p6s4` workshops → jobs; `p6s5` farm sales → poor people
//! benefiting). The arrows follow the order of each sentence and never cross from one
//! sentence to another: the article does not connect them.
//!
//! **Layout.** From [`WIDE`] px, a row's steps sit in three columns, its last step always in
//! the last column, so the parks' and the workshops' jobs stand one above the other. Below,
//! the steps of a row stack under a rule. Values are rounded for reading (`242.2亿元`); the
//! tooltip and the table give every digit. Every coordinate is a whole pixel.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::bars::{FONT, LINE, amount, raw, split_cells, total};
use super::palette::Tone;
use super::source::source_line;
use super::{ChartSpec, Mark, text as measure};
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure, Section};
use crate::core::page_text::readable;
use crate::core::strings::{fill, strings};
use crate::core::svg::{Node, el, text};
use crate::core::table::Table;

pub const ID: &str = "industry";

/// From this width the steps of a row stand side by side.
const WIDE: f64 = 600.0;
const VALUE_FONT: f64 = super::text::size::BIG_VALUE;
const VALUE_LINE: f64 = 22.0;
/// The gap between two columns, where an arrow goes.
const ARROW: f64 = 32.0;
/// Between rows.
const ROW_GAP: f64 = 22.0;
/// Left indent of the stacked steps (the rule and dots sit in it).
const INDENT: f64 = 16.0;
const SPLIT_BAR: f64 = 6.0;

pub(crate) struct Words {
    pub(crate) title: &'static str,
    pub(crate) subtitle: &'static str,
    /// Row titles, by the row's first figure id; a row not listed has none.
    pub(crate) rows: [(&'static str, &'static str); 4],
    /// A city's part under a split value: `{0}` city, `{1}` value.
    pub(crate) part: &'static str,
    /// Tooltip line of a split: `{0}` Beijing's part, `{1}` Tianjin's.
    pub(crate) split_line: &'static str,
    /// `{0}` firms, `{1}` investment, `{2}` people (rounded for reading).
    pub(crate) takeaway: &'static str,
    /// `{0}` number of figures, `{1}` number of rows.
    pub(crate) summary: &'static str,
    pub(crate) columns: [&'static str; 5],
}

fn words(locale: Locale) -> &'static Words {
    crate::core::words::industry(locale)
}

mod layout;
mod render;
mod series;
#[cfg(test)]
mod tests;

use layout::*;
pub use render::spec;
use series::*;
