//! "职业教育协作": one small square per student from a poor family sent to a vocational
//! school in Beijing or Tianjin (`vocational_students`), the ones the article says are in
//! work (`vocational_employed`) filled in the Hebei tone and placed first.
//!
//! The article does not say what the other students are doing (many may still be at
//! school), so the empty squares are keyed "not stated", never "without work", and no
//! difference is printed.
//!
//! The squares are drawn as two `<path>`s (one per kind, a subpath per square) rather than
//! hundreds of `<rect>`s: the prerendered page stays small and hydration adopts two
//! elements, not a thousand. Every coordinate is a whole pixel.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::bars::{FONT, counted, raw, total};
use super::legend::{LEGEND_LINE, LEGEND_SWATCH_GAP, legend_flow};
use super::source::source_line;
use super::{ChartSpec, Mark, palette::Tone, text as measure};
use crate::core::format;
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure};
use crate::core::page_text::readable;
use crate::core::strings::{fill, strings};
use crate::core::svg::{Node, el, text};
use crate::core::table::Table;

pub const ID: &str = "vocational";
/// The two figures, from `p7s4`.
pub const STUDENTS: &str = "vocational_students";
pub const EMPLOYED: &str = "vocational_employed";

/// The annotation above the squares.
const HEAD_FONT: f64 = 16.0;
/// Gap between blocks of the chart.
const GAP: f64 = 10.0;
/// At most this many squares in a row (a row of a hundred reads as a hundred).
const MAX_COLS: usize = 100;

struct Words {
    title: &'static str,
    subtitle: &'static str,
    /// The annotation: `{0}` students, `{1}` employed (readable amounts).
    annotation: &'static str,
    /// Key of the filled squares: `{0}` employed.
    key_employed: &'static str,
    /// Key of the empty squares.
    key_other: &'static str,
    /// Under the squares.
    unit_note: &'static str,
    /// Takeaway: `{0}` students, `{1}` employed (counted).
    takeaway: &'static str,
    /// Summary: `{0}` students, `{1}` employed, `{2}` share.
    summary: &'static str,
    /// Tooltip line: `{0}` the share, `{1}` the students.
    share_of: &'static str,
    /// Tooltip line of the empty squares.
    other_line: &'static str,
    /// Figure, number, share of the students, period.
    columns: [&'static str; 4],
}

const ZH_HANS: Words = Words {
    title: "到京津读职校的学生，多少人已经就业",
    subtitle: "贫困家庭学生到京津就读职业院校的人数，以及其中实现就业的人数",
    annotation: "{0}中，{1}已实现就业",
    key_employed: "已实现就业：{0}",
    key_other: "其余学生：文章未说明去向，可能仍在读",
    unit_note: "每个方块代表一名学生",
    takeaway: "到京津就读职业院校的贫困家庭学生有{0}，其中{1}已实现就业；文章未说明其余学生是否仍在读。",
    summary: "方块图：到京津就读职业院校的贫困家庭学生{0}，其中{1}已实现就业，占{2}。",
    share_of: "占{1}的{0}",
    other_line: "文章未说明其余学生的去向",
    columns: ["指标", "人数", "占学生人数", "时间"],
};

const ZH_HANT: Words = Words {
    title: "到京津讀職校的學生，多少人已經就業",
    subtitle: "貧困家庭學生到京津就讀職業院校的人數，以及其中實現就業的人數",
    annotation: "{0}中，{1}已實現就業",
    key_employed: "已實現就業：{0}",
    key_other: "其餘學生：文章未說明去向，可能仍在讀",
    unit_note: "每個方塊代表一名學生",
    takeaway: "到京津就讀職業院校的貧困家庭學生有{0}，其中{1}已實現就業；文章未說明其餘學生是否仍在讀。",
    summary: "方塊圖：到京津就讀職業院校的貧困家庭學生{0}，其中{1}已實現就業，佔{2}。",
    share_of: "佔{1}的{0}",
    other_line: "文章未說明其餘學生的去向",
    columns: ["指標", "人數", "佔學生人數", "時間"],
};

const EN: Words = Words {
    title: "Vocational school in Beijing and Tianjin: how many are in work",
    subtitle: "Students from poor families sent to vocational schools in Beijing and Tianjin, and those of them in work",
    annotation: "{1} of {0} in work",
    key_employed: "In work: {0}",
    key_other: "The others: not stated; many may still be at school",
    unit_note: "Each square is one student",
    takeaway: "Of the {0} students from poor families at vocational schools in Beijing and Tianjin, {1} have found jobs; the article does not say whether the others are still at school.",
    summary: "Unit chart: {0} students from poor families at vocational schools in Beijing and Tianjin, {1} of them in work ({2}).",
    share_of: "{0} of the {1} students",
    other_line: "The article does not say what the others are doing",
    columns: ["Measure", "People", "Share of the students", "Period"],
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
