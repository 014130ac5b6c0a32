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
    Anchor, COL_GAP, FONT, HeadLine, LINE, WIDE, amount, bold_width, centre_baseline, counted,
    heading, heading_column, heading_text, label_class, label_text, place_labels, raw, segments,
    total,
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
struct Words {
    title: &'static str,
    subtitle: &'static str,
    /// Direct label of a bar the article does not split.
    jingjin: &'static str,
    /// A segment's direct label: `{0}` city, `{1}` value.
    segment: &'static str,
    /// Tooltip title of a part: `{0}` the figure, `{1}` the city.
    mark_title: &'static str,
    /// Tooltip line: `{0}` share, `{1}` total.
    share_of: &'static str,
    /// Tooltip line of a bar the article does not split.
    not_split: &'static str,
    /// Tooltip lines of a Hebei bar: `{0}` the difference.
    more: &'static str,
    fewer: &'static str,
    same: &'static str,
    /// A count and its noun: `{0}` count, `{1}` noun.
    counted_noun: &'static str,
    /// Takeaway: `{0}` Beijing-Tianjin side, `{1}` Hebei side (counts with nouns), `{2}` the
    /// difference; `gap` when the Hebei side is larger, else `plain`.
    gap: &'static str,
    plain: &'static str,
    /// The same for a pairing without nouns in [`NOUNS`]: `{3}`, `{4}` are the two labels.
    gap_label: &'static str,
    plain_label: &'static str,
    /// The note under the chart: `{0}` label, `{1}` amount.
    note: &'static str,
    /// `{0}` number of pairings, `{1}`/`{2}` largest bar and value, `{3}`/`{4}` smallest.
    summary: &'static str,
    columns: [&'static str; 6],
    /// Table cell of a part the article does not give.
    not_split_cell: &'static str,
}

const ZH_HANS: Words = Words {
    title: "结对帮扶：京津一方与受援县一方",
    subtitle: "每组上方为京津一方（文章分列时按北京、天津分段），下方为受援县一方；各项同一比例尺",
    jingjin: "京津",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "占合计{1}的{0}",
    not_split: "文章未分列北京、天津的数字",
    more: "比京津一方多{0}",
    fewer: "比京津一方少{0}",
    same: "与京津一方相同",
    counted_noun: "{0}{1}",
    gap: "京津{0}与受援县{1}结对，受援县一方多出{2}，差距在各项中最大。",
    plain: "京津{0}与受援县{1}结对。",
    gap_label: "{3}{0}，{4}{1}，相差{2}，差距在各项中最大。",
    plain_label: "{3}{0}，{4}{1}。",
    note: "{0}{1}。",
    summary: "{0}组结对中京津一方与受援县一方的数量，同一比例尺。最多的是{1}（{2}），最少的是{3}（{4}）。",
    columns: [
        "京津一方",
        "数量",
        "其中北京",
        "其中天津",
        "受援县一方",
        "数量",
    ],
    not_split_cell: "未分列",
};

const ZH_HANT: Words = Words {
    title: "結對幫扶：京津一方與受援縣一方",
    subtitle: "每組上方為京津一方（文章分列時按北京、天津分段），下方為受援縣一方；各項同一比例尺",
    jingjin: "京津",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "佔合計{1}的{0}",
    not_split: "文章未分列北京、天津的數字",
    more: "比京津一方多{0}",
    fewer: "比京津一方少{0}",
    same: "與京津一方相同",
    counted_noun: "{0}{1}",
    gap: "京津{0}與受援縣{1}結對，受援縣一方多出{2}，差距在各項中最大。",
    plain: "京津{0}與受援縣{1}結對。",
    gap_label: "{3}{0}，{4}{1}，相差{2}，差距在各項中最大。",
    plain_label: "{3}{0}，{4}{1}。",
    note: "{0}{1}。",
    summary: "{0}組結對中京津一方與受援縣一方的數量，同一比例尺。最多的是{1}（{2}），最少的是{3}（{4}）。",
    columns: [
        "京津一方",
        "數量",
        "其中北京",
        "其中天津",
        "受援縣一方",
        "數量",
    ],
    not_split_cell: "未分列",
};

const EN: Words = Words {
    title: "Pairing up: the Beijing-Tianjin side and the Hebei side",
    subtitle: "In each pair the upper bar is the Beijing-Tianjin side (split into Beijing and Tianjin where the article does so), the lower bar the aided counties; one scale throughout",
    jingjin: "Beijing & Tianjin",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "{0} of the total {1}",
    not_split: "The article does not split it between Beijing and Tianjin",
    more: "{0} more than the Beijing-Tianjin side",
    fewer: "{0} fewer than the Beijing-Tianjin side",
    same: "The same as the Beijing-Tianjin side",
    counted_noun: "{0} {1}",
    gap: "Beijing and Tianjin's {0} are paired with {1} in the aided counties, {2} more: the widest gap of any pairing.",
    plain: "Beijing and Tianjin's {0} are paired with {1} in the aided counties.",
    gap_label: "{3}: {0}; {4}: {1}; a gap of {2}, the widest of any pairing.",
    plain_label: "{3}: {0}; {4}: {1}.",
    note: "{0}: {1}.",
    summary: "The Beijing-Tianjin side and the Hebei side of {0} pairings, on one scale. The largest is {1} ({2}), the smallest {3} ({4}).",
    columns: [
        "Beijing-Tianjin side",
        "Number",
        "Of which Beijing",
        "Of which Tianjin",
        "Hebei side",
        "Number",
    ],
    not_split_cell: "not split",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhHans => &ZH_HANS,
        Locale::ZhHant => &ZH_HANT,
        Locale::En => &EN,
    }
}

/// The nouns of the takeaway for each pairing: (Beijing-Tianjin side, Hebei side).
struct Nouns {
    /// The Beijing-Tianjin figure's id.
    id: &'static str,
    zh_hans: (&'static str, &'static str),
    zh_hant: (&'static str, &'static str),
    en: (&'static str, &'static str),
}

const NOUNS: [Nouns; 6] = [
    Nouns {
        id: "paired_townships",
        zh_hans: ("乡镇", "乡镇"),
        zh_hant: ("鄉鎮", "鄉鎮"),
        en: ("townships", "townships"),
    },
    Nouns {
        id: "paired_strong_villages",
        zh_hans: ("经济强村", "贫困村"),
        zh_hant: ("經濟強村", "貧困村"),
        en: ("economically strong villages", "poor villages"),
    },
    Nouns {
        id: "paired_schools",
        zh_hans: ("学校", "学校"),
        zh_hant: ("學校", "學校"),
        en: ("schools", "schools"),
    },
    Nouns {
        id: "paired_hospitals",
        zh_hans: ("医院", "医院"),
        zh_hant: ("醫院", "醫院"),
        en: ("hospitals", "hospitals"),
    },
    Nouns {
        id: "paired_enterprises",
        zh_hans: ("企业", "村"),
        zh_hant: ("企業", "村"),
        en: ("enterprises", "villages"),
    },
    Nouns {
        id: "social_organisations",
        zh_hans: ("社会组织", "村"),
        zh_hant: ("社會組織", "村"),
        en: ("social organisations", "villages"),
    },
];

mod layout;
mod render;
mod series;
#[cfg(test)]
mod tests;

use layout::*;
pub use render::spec;
pub use render::takeaway;
use series::*;
