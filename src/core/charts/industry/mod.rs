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
const VALUE_FONT: f64 = 18.0;
const VALUE_LINE: f64 = 22.0;
/// The gap between two columns, where an arrow goes.
const ARROW: f64 = 32.0;
/// Between rows.
const ROW_GAP: f64 = 22.0;
/// Left indent of the stacked steps (the rule and dots sit in it).
const INDENT: f64 = 16.0;
const SPLIT_BAR: f64 = 6.0;

struct Words {
    title: &'static str,
    subtitle: &'static str,
    /// Row titles, by the row's first figure id; a row not listed has none.
    rows: [(&'static str, &'static str); 4],
    /// A city's part under a split value: `{0}` city, `{1}` value.
    part: &'static str,
    /// Tooltip line of a split: `{0}` Beijing's part, `{1}` Tianjin's.
    split_line: &'static str,
    /// `{0}` firms, `{1}` investment, `{2}` people (rounded for reading).
    takeaway: &'static str,
    /// `{0}` number of figures, `{1}` number of rows.
    summary: &'static str,
    columns: [&'static str; 5],
}

const ZH_HANS: Words = Words {
    title: "产业合作：企业、园区、车间和消费扶贫",
    subtitle: "今年以来；每行是原文的一句话，箭头按句中的顺序",
    rows: [
        ("new_enterprises", "引进企业落地"),
        ("industrial_parks", "建设扶贫产业园区"),
        ("workshops", "援建扶贫车间"),
        ("consumption_sales", "推进消费扶贫"),
    ],
    part: "{0} {1}",
    split_line: "北京{0}，天津{1}",
    takeaway: "今年受援地区引进京津企业{0}落地，到位投资{1}，带动贫困人口{2}。",
    summary: "产业合作的{0}个数字，按原文的{1}句话分行，每行按句中的顺序排列。",
    columns: ["指标", "数值", "其中北京", "其中天津", "时间"],
};

const ZH_HANT: Words = Words {
    title: "產業合作：企業、園區、車間和消費扶貧",
    subtitle: "今年以來；每行是原文的一句話，箭頭按句中的順序",
    rows: [
        ("new_enterprises", "引進企業落地"),
        ("industrial_parks", "建設扶貧產業園區"),
        ("workshops", "援建扶貧車間"),
        ("consumption_sales", "推進消費扶貧"),
    ],
    part: "{0} {1}",
    split_line: "北京{0}，天津{1}",
    takeaway: "今年受援地區引進京津企業{0}落地，到位投資{1}，帶動貧困人口{2}。",
    summary: "產業合作的{0}個數字，按原文的{1}句話分行，每行按句中的順序排列。",
    columns: ["指標", "數值", "其中北京", "其中天津", "時間"],
};

const EN: Words = Words {
    title: "Industry: firms, parks, workshops and consumption aid",
    subtitle: "This year; each row is one sentence of the article, the arrows follow its order",
    rows: [
        ("new_enterprises", "Bringing in firms"),
        ("industrial_parks", "Building industrial parks"),
        ("workshops", "Building workshops"),
        ("consumption_sales", "Selling farm products"),
    ],
    part: "{0} {1}",
    split_line: "Beijing {0}, Tianjin {1}",
    takeaway: "This year the aided areas brought in {0} firms from Beijing and Tianjin, with {1} of investment in place, benefiting {2} poor people.",
    summary: "The {0} industry figures, one row per sentence of the article ({1} rows), each row in the sentence's order.",
    columns: ["Measure", "Value", "Beijing", "Tianjin", "Period"],
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
use series::*;
