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
struct Words {
    /// `{0}` = number of paired counties.
    title: &'static str,
    subtitle: &'static str,
    county_col: &'static str,
    city_col: &'static str,
    /// `{0}` = a count of counties (column headers, summary).
    counties: &'static str,
    counties_one: &'static str,
    /// `{0}` = the name of the top confidence, quoted.
    tentative: &'static str,
    quote: &'static str,
    /// `{0}` = value, `{1}` = what qualifies it.
    paren: &'static str,
    /// `{0}` = counties in the last year, `{1}` = that year.
    takeaway: &'static str,
    /// `{0}` = number of deep-poverty counties.
    takeaway_all_deep: &'static str,
    /// `{0}` = deep-poverty counties in the last year, `{1}` = all deep-poverty counties.
    takeaway_some_deep: &'static str,
    end: &'static str,
    /// `{0}` = paired counties, `{1}` = the years with counts, `{2}`/`{3}` = most, `{4}`/`{5}`
    /// = fewest.
    summary: &'static str,
    /// `{0}` = year, `{1}` = count.
    summary_item: &'static str,
    letters: [&'static str; 2],
    unknown_letter: &'static str,
}

const ZH_HANS: Words = Words {
    title: "{0}个结对县的脱贫摘帽年份",
    subtitle: "每个方块是一个县，按河北省批准其退出贫困县的年份排列；颜色和“京”“津”二字表示结对城市",
    county_col: "县",
    city_col: "市",
    counties: "{0}个县",
    counties_one: "{0}个县",
    tentative: "虚线浅色：摘帽年份由排除法推断或可信度低于{0}",
    quote: "“{0}”",
    paren: "{0}（{1}）",
    takeaway: "{0}个县在最后一批（{1}）摘帽",
    takeaway_all_deep: "，其中包括全部{0}个深度贫困县",
    takeaway_some_deep: "，其中有{0}个深度贫困县（共{1}个）",
    end: "。",
    summary: "{0}个结对县按摘帽年份：{1}。最多的是{2}（{3}），最少的是{4}（{5}）。",
    summary_item: "{0}{1}个",
    letters: ["京", "津"],
    unknown_letter: "?",
};

const ZH_HANT: Words = Words {
    title: "{0}個結對縣的脫貧摘帽年份",
    subtitle: "每個方塊是一個縣，按河北省批准其退出貧困縣的年份排列；顏色和「京」「津」二字表示結對城市",
    county_col: "縣",
    city_col: "市",
    counties: "{0}個縣",
    counties_one: "{0}個縣",
    tentative: "虛線淺色：摘帽年份由排除法推斷或可信度低於{0}",
    quote: "「{0}」",
    paren: "{0}（{1}）",
    takeaway: "{0}個縣在最後一批（{1}）摘帽",
    takeaway_all_deep: "，其中包括全部{0}個深度貧困縣",
    takeaway_some_deep: "，其中有{0}個深度貧困縣（共{1}個）",
    end: "。",
    summary: "{0}個結對縣按摘帽年份：{1}。最多的是{2}（{3}），最少的是{4}（{5}）。",
    summary_item: "{0}{1}個",
    letters: ["京", "津"],
    unknown_letter: "?",
};

const EN: Words = Words {
    title: "When the {0} paired counties left the poverty list",
    subtitle: "Each chip is a county, by the year Hebei approved its exit; colour and letter show the partner city",
    county_col: "County",
    city_col: "City",
    counties: "{0} counties",
    counties_one: "{0} county",
    tentative: "Dashed and light: exit year deduced by elimination or confidence below {0}",
    quote: "“{0}”",
    paren: "{0} ({1})",
    takeaway: "{0} counties left the poverty list in the last batch ({1})",
    takeaway_all_deep: ", including all {0} deep-poverty counties",
    takeaway_some_deep: ", including {0} of the {1} deep-poverty counties",
    end: ".",
    summary: "The {0} paired counties by the year they left the poverty list: {1}. Most: {2} ({3}); fewest: {4} ({5}).",
    summary_item: "{0}: {1}",
    letters: ["B", "T"],
    unknown_letter: "?",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhHans => &ZH_HANS,
        Locale::ZhHant => &ZH_HANT,
        Locale::En => &EN,
    }
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
