//! City against city (张家口 / 承德 / 保定) on the county facts: one horizontal bar per city,
//! as long as its number of paired counties, cut into segments by the chosen metric: the
//! partner city, deep poverty, the exit year or the partner district. Every bar partitions
//! the same counties, so switching metric keeps the bar lengths and only recuts them.
//! Unknown facts get their own dashed "unknown" segment, never a zero.
//!
//! In layers, as every chart: `series` (what to show, and the sentences about it), `layout`
//! (values to pixels) and `render` (the SVG tree, the table and the summary). The shape of
//! the chart's words is here; the words of each language are in `core::words`.

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

use layout::*;
pub use render::spec;
pub use series::takeaway;
use series::*;

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

/// The chart's fixed words. No digits: numbers and years come from the dataset.
pub(crate) struct Words {
    pub(crate) labels: [&'static str; 4],
    pub(crate) title: &'static str,
    pub(crate) subtitles: [&'static str; 4],
    pub(crate) city_col: &'static str,
    pub(crate) total_col: &'static str,
    pub(crate) counties: &'static str,
    pub(crate) counties_one: &'static str,
    pub(crate) deep_end: &'static str,
    pub(crate) deep_end_one: &'static str,
    pub(crate) districts: &'static str,
    pub(crate) districts_one: &'static str,
    pub(crate) not_deep: &'static str,
    /// `{0}` = year.
    pub(crate) exit_in: &'static str,
    pub(crate) beijing_districts: &'static str,
    pub(crate) tianjin_districts: &'static str,
    /// `{0}` = name, `{1}` = count.
    pub(crate) times: &'static str,
    /// `{0}` = a segment, `{1}` = its count.
    pub(crate) seg_item: &'static str,
    pub(crate) title_sep: &'static str,
    pub(crate) n_districts_col: &'static str,
    pub(crate) districts_col: &'static str,
    pub(crate) unknown_district_col: &'static str,
    /// A fact no source gives: `{0}` = the fact ("结对区未知", "Partner district not known").
    pub(crate) unknown_fact: &'static str,
    /// `{0}` = metric, `{1}` = items, `{2}`/`{3}` = most, `{4}`/`{5}` = fewest.
    pub(crate) summary: &'static str,
    /// `{0}` = city, `{1}` = its segments.
    pub(crate) summary_item: &'static str,
    /// `{0}` = city, `{1}` = its paired counties.
    pub(crate) paired_lead: &'static str,
    /// `{0}` = partner city.
    pub(crate) paired_all: &'static str,
    /// `{0}` = the parts.
    pub(crate) paired_mix: &'static str,
    /// `{0}` = partner city, `{1}` = count.
    pub(crate) paired_mix_item: &'static str,
    /// `{0}` = count.
    pub(crate) paired_mix_unknown: &'static str,
    /// `{0}` = partner city, `{1}` = its counties, `{2}` = the one city they are all in.
    pub(crate) paired_only_city: &'static str,
    /// `{0}` = deep-poverty counties, `{1}` = city, `{2}` = its deep-poverty counties.
    pub(crate) deep: &'static str,
    pub(crate) exit: &'static str,
    pub(crate) partners: &'static str,
    pub(crate) partners_unknown: &'static str,
    pub(crate) most: &'static str,
    pub(crate) unknown_clause: &'static str,
    pub(crate) end: &'static str,
    pub(crate) and: &'static str,
    /// `{0}` = value, `{1}` = what qualifies it.
    pub(crate) paren: &'static str,
    /// One letter for Beijing and one for Tianjin, on segments too short for a name.
    pub(crate) letters: [&'static str; 2],
    /// Dropped from a district's name on its segment ("顺义区" -> "顺义").
    pub(crate) district_suffix: &'static str,
}

pub(super) fn words(locale: Locale) -> &'static Words {
    crate::core::words::cities(locale)
}
