//! "携手奔小康": the Beijing-Tianjin side and the Hebei side of each pairing (townships with
//! townships, strong villages with poor villages, schools, hospitals, enterprises and social
//! organisations with villages). One pair of bars per pairing: above, the Beijing-Tianjin
//! side, split into Beijing and Tianjin where the article splits it and a single neutral dark
//! bar labelled "京津" where it does not (a split is never invented); below, the Hebei side.
//!
//! **Scale.** One common scale for all bars, from zero: every value counts units of one kind
//! paired with units of another, and they range only from a few hundred to about twice that,
//! so a common scale keeps the small gaps within a pairing visible and lets pairings be
//! compared with each other. Each bar's heading gives its figure label and value; the parts
//! of a split bar carry direct labels ("北京 245", "天津 64").
//!
//! The donations figure (`donations`) is written in a note line under the chart, so the
//! downloaded SVG keeps it too.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::bars::{
    Anchor, COL_GAP, FONT, LINE, WIDE, amount, bold_width, centre_baseline, counted, heading,
    heading_column, heading_text, label_class, label_text, place_labels, raw, segments, total,
};
use super::palette::{self, Tone};
use super::source::source_line;
use super::{ChartSpec, Mark, text as measure};
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure};
use crate::core::strings::{fill, strings};
use crate::core::svg::{Node, el};
use crate::core::table::Table;

pub const ID: &str = "pairing";

const BAR: f64 = 18.0;
/// Between a bar's heading (narrow layout) and the bar.
const HEAD_GAP: f64 = 2.0;
/// Between the two bars of a pairing.
const INNER_GAP: f64 = 6.0;
/// Between two pairings (a hairline sits in the middle).
const ROW_GAP: f64 = 20.0;
/// Class of the single bar where the article does not split Beijing and Tianjin. The palette
/// has no class for it yet, so the element also carries the fill as an attribute.
const JINGJIN_CLASS: &str = "c-jingjin";

/// The fixed words of the chart in one language; numbers come from the dataset.
pub(crate) struct Words {
    pub(crate) title: &'static str,
    pub(crate) subtitle: &'static str,
    /// Direct label of a bar the article does not split.
    pub(crate) jingjin: &'static str,
    /// A segment's direct label: `{0}` city, `{1}` value.
    pub(crate) segment: &'static str,
    /// Tooltip title of a part: `{0}` the figure, `{1}` the city.
    pub(crate) mark_title: &'static str,
    /// Tooltip line: `{0}` share, `{1}` total.
    pub(crate) share_of: &'static str,
    /// Tooltip line of a bar the article does not split.
    pub(crate) not_split: &'static str,
    /// Tooltip lines of a Hebei bar: `{0}` the difference.
    pub(crate) more: &'static str,
    pub(crate) fewer: &'static str,
    pub(crate) same: &'static str,
    /// A count and its noun: `{0}` count, `{1}` noun.
    pub(crate) counted_noun: &'static str,
    /// Takeaway: `{0}` Beijing-Tianjin side, `{1}` Hebei side (counts with nouns), `{2}` the
    /// difference; `gap` when the Hebei side is larger, else `plain`.
    pub(crate) gap: &'static str,
    pub(crate) plain: &'static str,
    /// The same for a pairing without nouns in [`Words::nouns`]: `{3}`, `{4}` are the two labels.
    pub(crate) gap_label: &'static str,
    pub(crate) plain_label: &'static str,
    /// The note under the chart: `{0}` label, `{1}` amount.
    pub(crate) note: &'static str,
    /// `{0}` number of pairings, `{1}`/`{2}` largest bar and value, `{3}`/`{4}` smallest.
    pub(crate) summary: &'static str,
    pub(crate) columns: [&'static str; 6],
    /// Table cell of a part the article does not give.
    pub(crate) not_split_cell: &'static str,
    /// The nouns of each pairing the takeaway names.
    pub(crate) nouns: [Nouns; 6],
}

fn words(locale: Locale) -> &'static Words {
    crate::core::words::pairing(locale)
}

/// The nouns of the takeaway for each pairing: (Beijing-Tianjin side, Hebei side).
pub(crate) struct Nouns {
    /// The Beijing-Tianjin figure's id.
    pub(crate) id: &'static str,
    /// What the Beijing-Tianjin side counts, and what the Hebei side counts.
    pub(crate) upper: &'static str,
    pub(crate) lower: &'static str,
}

mod layout;
mod render;
mod series;
#[cfg(test)]
mod tests;

use layout::*;
pub use render::spec;
pub use render::takeaway;
use series::*;
