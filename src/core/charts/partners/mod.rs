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
struct Words {
    title: &'static str,
    subtitle_counts: &'static str,
    subtitle_shares: &'static str,
    /// A segment's direct label: `{0}` city, `{1}` value or share.
    segment: &'static str,
    /// Tooltip title: `{0}` the measure, `{1}` the city.
    mark_title: &'static str,
    /// Tooltip line: `{0}` the share, `{1}` the total.
    share_of: &'static str,
    /// Takeaway, counts: `{0}` larger city, `{1}` English verb, `{2}` its amount, `{3}` noun,
    /// `{4}` the other city, `{5}` its amount, `{6}` the ratio.
    ratio: &'static str,
    /// The same for a measure without an entry in [`METRICS`] (`{3}` is its label).
    ratio_label: &'static str,
    /// Both cities equal: placeholders as in `ratio`.
    equal: &'static str,
    /// Takeaway, shares: `{0}` Beijing, `{1}` its share, `{2}` noun, `{3}` Tianjin,
    /// `{4}` its share.
    shares: &'static str,
    /// `{0}` number of measures, `{1}`/`{2}` measure and Beijing share where it is largest,
    /// `{3}`/`{4}` where smallest.
    summary: &'static str,
    /// Measure, Beijing, Tianjin, total, Beijing share, Tianjin share, period.
    columns: [&'static str; 7],
}

const ZH_HANS: Words = Words {
    title: "北京与天津，各出了多少力",
    subtitle_counts: "文章分列京津数字的各项指标；每项各用一把尺子，较多的一方画满",
    subtitle_shares: "文章分列京津数字的各项指标中，北京和天津各占的份额",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "占合计{1}的{0}",
    ratio: "{0}{3}{2}，是{4}{5}的{6}倍。",
    ratio_label: "{3}：{0}{2}，是{4}{5}的{6}倍。",
    equal: "{0}和{4}{3}各{2}。",
    shares: "{2}中，{0}占{1}，{3}占{4}。",
    summary: "文章分列北京、天津数字的{0}项指标。北京所占份额最高的是{1}（{2}），最低的是{3}（{4}）。",
    columns: [
        "指标",
        "北京",
        "天津",
        "合计",
        "北京占比",
        "天津占比",
        "时间",
    ],
};

const ZH_HANT: Words = Words {
    title: "北京與天津，各出了多少力",
    subtitle_counts: "文章分列京津數字的各項指標；每項各用一把尺子，較多的一方畫滿",
    subtitle_shares: "文章分列京津數字的各項指標中，北京和天津各佔的份額",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "佔合計{1}的{0}",
    ratio: "{0}{3}{2}，是{4}{5}的{6}倍。",
    ratio_label: "{3}：{0}{2}，是{4}{5}的{6}倍。",
    equal: "{0}和{4}{3}各{2}。",
    shares: "{2}中，{0}佔{1}，{3}佔{4}。",
    summary: "文章分列北京、天津數字的{0}項指標。北京所佔份額最高的是{1}（{2}），最低的是{3}（{4}）。",
    columns: [
        "指標",
        "北京",
        "天津",
        "合計",
        "北京佔比",
        "天津佔比",
        "時間",
    ],
};

const EN: Words = Words {
    title: "Beijing and Tianjin: who gave how much",
    subtitle_counts: "Every measure the article splits between the two cities, each on its own scale: the larger part fills the row",
    subtitle_shares: "Beijing's and Tianjin's shares of every measure the article splits between them",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "{0} of the total {1}",
    ratio: "{0} {1} {2} {3}, {6} times {4}'s {5}.",
    ratio_label: "{3}: {0} {2}, {6} times {4}'s {5}.",
    equal: "{0} and {4} each {1} {2} {3}.",
    shares: "{0} accounts for {1} of {2}, {3} {4}.",
    summary: "Beijing's and Tianjin's parts of the {0} measures the article splits between them. Beijing's share is largest for {1} ({2}) and smallest for {3} ({4}).",
    columns: [
        "Measure",
        "Beijing",
        "Tianjin",
        "Total",
        "Beijing share",
        "Tianjin share",
        "Period",
    ],
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhHans => &ZH_HANS,
        Locale::ZhHant => &ZH_HANT,
        Locale::En => &EN,
    }
}

/// How the takeaway names each measure. A measure missing here still gets a sentence, built
/// around its dataset label ([`Words::ratio_label`]).
struct Metric {
    id: &'static str,
    zh_hans: &'static str,
    zh_hant: &'static str,
    /// "Beijing {verb} 245 {noun}".
    en_verb: &'static str,
    en_noun: &'static str,
    /// "Beijing accounts for 79.3% of {share}".
    en_share: &'static str,
}

const METRICS: [Metric; 6] = [
    Metric {
        id: "new_enterprises",
        zh_hans: "引进落地企业",
        zh_hant: "引進落地企業",
        en_verb: "supplied",
        en_noun: "of the enterprises brought in",
        en_share: "the enterprises brought in",
    },
    Metric {
        id: "workers_returned",
        zh_hans: "“点对点”返岗贫困劳动力",
        zh_hant: "「點對點」返崗貧困勞動力",
        en_verb: "took back",
        en_noun: "poor workers",
        en_share: "the poor workers taken back to jobs",
    },
    Metric {
        id: "paired_townships",
        zh_hans: "结对乡镇",
        zh_hant: "結對鄉鎮",
        en_verb: "paired",
        en_noun: "townships",
        en_share: "paired townships",
    },
    Metric {
        id: "paired_strong_villages",
        zh_hans: "结对经济强村",
        zh_hant: "結對經濟強村",
        en_verb: "paired",
        en_noun: "economically strong villages",
        en_share: "paired economically strong villages",
    },
    Metric {
        id: "paired_schools",
        zh_hans: "结对学校",
        zh_hant: "結對學校",
        en_verb: "paired",
        en_noun: "schools",
        en_share: "paired schools",
    },
    Metric {
        id: "paired_hospitals",
        zh_hans: "结对医院",
        zh_hant: "結對醫院",
        en_verb: "paired",
        en_noun: "hospitals",
        en_share: "paired hospitals",
    },
];

mod layout;
mod render;
mod series;
#[cfg(test)]
pub(super) mod tests;

use layout::*;
pub use render::spec;
pub use render::takeaway;
use series::*;
