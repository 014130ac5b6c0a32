//! City against city (张家口 / 承德 / 保定) on the county facts: one horizontal bar per city,
//! as long as its number of paired counties, cut into segments by the chosen metric: the
//! partner city, deep poverty, the exit year or the partner district. Every bar partitions
//! the same counties, so switching metric keeps the bar lengths and only recuts them.
//! Unknown facts get their own dashed "unknown" segment, never a zero.
//!
//! In four parts, as every chart: `words` (the fixed words of each language), `series`
//! (what to show, and the sentences about it), `layout` (values to pixels) and `render`
//! (the SVG tree, the table and the summary).

use super::legend::{LEGEND_SWATCH_GAP, LegendSlot, legend_flow};
use super::palette::{self, Tone};
use super::source::{id_ranges, source_line};
use super::text;
use super::{ChartSpec, Mark};
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{City, County, Dataset, Pairing, Partner, Unit};
use crate::core::sort;
use crate::core::strings::{fill, strings};
use crate::core::svg::{self, Element, Node, el};
use crate::core::table::Table;

mod layout;
mod render;
mod series;
#[cfg(test)]
mod tests;
mod words;

use layout::*;
pub use render::spec;
pub use series::takeaway;
use series::*;
use words::*;

/// What the bars are cut by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CityMetric {
    /// Paired counties by partner city (Beijing / Tianjin).
    Paired,
    /// Deep-poverty counties among the paired.
    DeepPoverty,
    /// Paired counties by exit year.
    ExitYears,
    /// Paired counties by partner district.
    Partners,
}

impl CityMetric {
    pub const ALL: [CityMetric; 4] = [
        CityMetric::Paired,
        CityMetric::DeepPoverty,
        CityMetric::ExitYears,
        CityMetric::Partners,
    ];

    /// Stable id for the URL and file names.
    pub fn id(self) -> &'static str {
        match self {
            CityMetric::Paired => "paired",
            CityMetric::DeepPoverty => "deep",
            CityMetric::ExitYears => "exit",
            CityMetric::Partners => "partners",
        }
    }

    pub fn from_id(id: &str) -> Option<CityMetric> {
        CityMetric::ALL.into_iter().find(|m| m.id() == id)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The name of `metric` for the metric picker.
pub fn label(metric: CityMetric, locale: Locale) -> &'static str {
    words(locale).labels[metric.index()]
}
