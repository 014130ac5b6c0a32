//! "劳务协作": the people the labour paragraph counts, as bars on one scale from zero: poor
//! workers taken back to jobs in Beijing and Tianjin (`workers_returned`, split into Beijing
//! and Tianjin as the article splits it), people trained (`trainees`) and people newly
//! placed in jobs there (`new_placements`). All three count people, in the article's order.
//!
//! The training classes (`training_classes`) count classes, not people: they are written
//! in a note line under the bars, so the downloaded SVG keeps them too. The vocational
//! students have their own chart ([`super::vocational`]).
//!
//! Every coordinate is a whole pixel.
//!
//! One file per layer: `series` (what to show), `layout` (values to pixels), `render`
//! (the SVG tree and the words around it); the fixed words and the types the layers share
//! are here.

use super::bars::{
    COL_GAP, FONT, HeadLine, LINE, WIDE, amount, bold_width, centre_baseline, counted, heading,
    heading_column, heading_text, label_class, label_text, place_labels, raw, segments,
    split_cells, total,
};
use super::palette::Tone;
use super::source::source_line;
use super::{ChartSpec, Mark, text as measure};
use crate::core::format;
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure, Partner};
use crate::core::page_text::readable;
use crate::core::strings::{fill, strings};
use crate::core::svg::{Node, el, text};
use crate::core::table::Table;

pub const ID: &str = "labour";
/// The bars, in the article's order (`p7s2`, `p7s3`).
pub const BARS: [&str; 3] = ["workers_returned", "trainees", "new_placements"];
/// Counted in classes: said in the note line.
pub const CLASSES: &str = "training_classes";

const BAR: f64 = 22.0;
const HEAD_GAP: f64 = 2.0;
const ROW_GAP: f64 = 16.0;

struct Words {
    title: &'static str,
    subtitle: &'static str,
    /// A segment's direct label: `{0}` city, `{1}` value.
    segment: &'static str,
    /// Tooltip title of a part: `{0}` the figure, `{1}` the city.
    mark_title: &'static str,
    /// Tooltip line: `{0}` share, `{1}` total.
    share_of: &'static str,
    /// Under the bars: `{0}` label, `{1}` amount.
    note: &'static str,
    /// `{0}` classes, `{1}` trainees, `{2}` returned, `{3}` Beijing's part, `{4}` Tianjin's.
    takeaway: &'static str,
    /// `{0}` number of bars, `{1}`/`{2}` largest, `{3}`/`{4}` smallest.
    summary: &'static str,
    /// Measure, people, of them Beijing, of them Tianjin, period.
    columns: [&'static str; 5],
}

const ZH_HANS: Words = Words {
    title: "劳务协作：返岗、培训、新增就业",
    subtitle: "人数，同一比例尺；返岗人数按北京、天津分段",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "占合计{1}的{0}",
    note: "{0}：{1}",
    takeaway: "举办培训班{0}，培训{1}；“点对点”返岗京津的贫困劳动力{2}，其中北京{3}、天津{4}。",
    summary: "劳务协作的{0}项人数，同一比例尺。最多的是{1}（{2}），最少的是{3}（{4}）。",
    columns: ["指标", "数量", "其中北京", "其中天津", "时间"],
};

const ZH_HANT: Words = Words {
    title: "勞務協作：返崗、培訓、新增就業",
    subtitle: "人數，同一比例尺；返崗人數按北京、天津分段",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "佔合計{1}的{0}",
    note: "{0}：{1}",
    takeaway: "舉辦培訓班{0}，培訓{1}；「點對點」返崗京津的貧困勞動力{2}，其中北京{3}、天津{4}。",
    summary: "勞務協作的{0}項人數，同一比例尺。最多的是{1}（{2}），最少的是{3}（{4}）。",
    columns: ["指標", "數量", "其中北京", "其中天津", "時間"],
};

const EN: Words = Words {
    title: "Labour cooperation: back to work, training, new jobs",
    subtitle: "People, on one scale; those taken back to work split into Beijing and Tianjin",
    segment: "{0} {1}",
    mark_title: "{0} · {1}",
    share_of: "{0} of the total {1}",
    note: "{0}: {1}",
    takeaway: "{0} training classes trained {1} people; {2} poor workers were taken back to jobs in Beijing and Tianjin, {3} of them to Beijing and {4} to Tianjin.",
    summary: "{0} labour measures counting people, on one scale. The largest is {1} ({2}), the smallest {3} ({4}).",
    columns: ["Measure", "Number", "Beijing", "Tianjin", "Period"],
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
