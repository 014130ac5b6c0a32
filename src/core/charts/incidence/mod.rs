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
struct Words {
    title: &'static str,
    subtitle: &'static str,
    /// The metric as the figure labels spell it; stripped to get a row's short name.
    metric: &'static str,
    group_col: &'static str,
    drop_col: &'static str,
    /// `{0}` = the drop in percentage points.
    drop_line: &'static str,
    /// `{0}` = the rise in percentage points.
    rise_line: &'static str,
    note: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after, `{3}` = drop.
    takeaway_one: &'static str,
    /// ... `{3}` = the group with the largest drop, `{4}` = its drop.
    takeaway_two: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after (no drop).
    takeaway_change: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after.
    summary_item: &'static str,
    /// `{0}` = items, `{1}`/`{2}` = highest, `{3}`/`{4}` = lowest.
    summary: &'static str,
    /// `{0}` = value, `{1}` = period.
    value_period: &'static str,
}

const ZH_HANS: Words = Words {
    title: "贫困发生率：起点与现在",
    subtitle: "单位为百分比；起点的年份文章未说明",
    metric: "贫困发生率",
    group_col: "范围",
    drop_col: "下降（百分点）",
    drop_line: "较起点下降{0}个百分点",
    rise_line: "较起点上升{0}个百分点",
    note: "注：",
    takeaway_one: "{0}的贫困发生率由{1}降到{2}，下降了{3}个百分点。",
    takeaway_two: "{0}的贫困发生率由{1}降到{2}，降幅最大的{3}下降了{4}个百分点。",
    takeaway_change: "{0}的贫困发生率由{1}变为{2}。",
    summary_item: "{0}从{1}到{2}",
    summary: "{0}。最高的是{1}（{2}），最低的是{3}（{4}）。",
    value_period: "{0}，{1}",
};

const ZH_HANT: Words = Words {
    title: "貧困發生率：起點與現在",
    subtitle: "單位為百分比；起點的年份文章未說明",
    metric: "貧困發生率",
    group_col: "範圍",
    drop_col: "下降（百分點）",
    drop_line: "較起點下降{0}個百分點",
    rise_line: "較起點上升{0}個百分點",
    note: "註：",
    takeaway_one: "{0}的貧困發生率由{1}降到{2}，下降了{3}個百分點。",
    takeaway_two: "{0}的貧困發生率由{1}降到{2}，降幅最大的{3}下降了{4}個百分點。",
    takeaway_change: "{0}的貧困發生率由{1}變為{2}。",
    summary_item: "{0}從{1}到{2}",
    summary: "{0}。最高的是{1}（{2}），最低的是{3}（{4}）。",
    value_period: "{0}，{1}",
};

const EN: Words = Words {
    title: "Poverty incidence, at the start and now",
    subtitle: "Per cent of the population; the article does not say which year the start refers to",
    metric: "Poverty incidence, ",
    group_col: "Area",
    drop_col: "Fall (percentage points)",
    drop_line: "Down {0} percentage points from the start",
    rise_line: "Up {0} percentage points from the start",
    note: "Note: ",
    takeaway_one: "Poverty incidence in {0} fell from {1} to {2}, by {3} percentage points.",
    takeaway_two: "Poverty incidence in {0} fell from {1} to {2}; it fell most in {3}, by {4} percentage points.",
    takeaway_change: "Poverty incidence in {0} went from {1} to {2}.",
    summary_item: "{0}: from {1} to {2}",
    summary: "{0}. Highest: {1} ({2}); lowest: {3} ({4}).",
    value_period: "{0}, {1}",
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
