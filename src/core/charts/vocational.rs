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

// ---------------------------------------------------------------------------------------
// Layer 1: series.

/// The two counts, as whole squares.
#[derive(Debug, Clone, PartialEq)]
struct Series<'a> {
    students: &'a Figure,
    employed: &'a Figure,
    /// Squares in all, and filled.
    units: usize,
    filled: usize,
}

fn series(d: &Dataset) -> Option<Series<'_>> {
    let students = d.figure(STUDENTS)?;
    let employed = d.figure(EMPLOYED)?;
    let whole = |v: f64| {
        if v.is_finite() && v >= 0.0 {
            v.round() as usize
        } else {
            0
        }
    };
    let units = whole(students.value);
    Some(Series {
        students,
        employed,
        units,
        filled: whole(employed.value).min(units),
    })
}

// ---------------------------------------------------------------------------------------
// Layer 2: placement.

#[derive(Debug, Clone, PartialEq)]
struct Layout {
    height: f64,
    /// Annotation lines and their baselines.
    head: Vec<(f64, String)>,
    /// Legend items: swatch (x, y), label lines with their x and first baseline.
    legend: Vec<(f64, f64, Vec<String>)>,
    /// Square size and pitch, columns, top of the grid.
    size: u32,
    pitch: u32,
    cols: usize,
    grid_y: f64,
    rows: usize,
    note_y: f64,
}

fn place(words: (&str, &str, &str), units: usize, width: f64) -> Layout {
    let (annotation, key_employed, key_other) = words;
    let mut y = 0.0;
    let head: Vec<(f64, String)> = measure::wrap(annotation, HEAD_FONT, width / 1.15)
        .into_iter()
        .map(|l| {
            y += HEAD_FONT + 4.0;
            (y - 4.0, l)
        })
        .collect();
    y += GAP - 4.0;
    let swatch = 12.0;
    let (slots, legend_h) = legend_flow(
        &[
            (swatch, key_employed.to_owned()),
            (swatch, key_other.to_owned()),
        ],
        width,
    );
    let legend = slots
        .into_iter()
        .map(|s| (s.x.round(), (y + s.y).round(), s.lines))
        .collect();
    y += legend_h + GAP;
    let (size, pitch) = if width >= 560.0 { (8, 10) } else { (6, 8) };
    // Whole tens of columns, so rows can be counted by eye.
    let fit = ((width + f64::from(pitch - size)) / f64::from(pitch)).floor() as usize;
    let cols = (fit.min(MAX_COLS) / 10 * 10).max(fit.min(10)).max(1);
    let rows = units.div_ceil(cols);
    let grid_y = y.round();
    y = grid_y + (rows as f64 * f64::from(pitch)) - f64::from(pitch - size);
    let note_y = (y + GAP + FONT).round();
    Layout {
        height: note_y + 4.0,
        head,
        legend,
        size,
        pitch,
        cols,
        grid_y,
        rows,
        note_y,
    }
}

/// The top-left corner of square `i` (row by row, left to right).
fn square_at(l: &Layout, i: usize) -> (u32, u32) {
    let (row, col) = (i / l.cols, i % l.cols);
    (col as u32 * l.pitch, l.grid_y as u32 + row as u32 * l.pitch)
}

/// One subpath per square in `range`.
fn squares_path(l: &Layout, range: std::ops::Range<usize>) -> String {
    let mut d = String::with_capacity(range.len() * 16);
    for i in range {
        let (x, y) = square_at(l, i);
        let s = l.size;
        d.push_str(&format!("M{x} {y}h{s}v{s}h-{s}z"));
    }
    d
}

// ---------------------------------------------------------------------------------------
// Layer 3: render.

/// The unit chart of the vocational students and those of them in work.
pub fn spec(d: &Dataset, locale: Locale, width: f64) -> ChartSpec {
    let w = words(locale);
    let s = strings(locale);
    let width = width.round().max(1.0);
    let source = source_line(d, locale, &[]);
    let mut table = Table::new(
        w.title,
        &source,
        w.columns.iter().map(|c| (*c).to_owned()).collect(),
    );
    let Some(se) = series(d) else {
        return ChartSpec {
            id: ID,
            title: w.title.to_owned(),
            subtitle: Some(w.subtitle.to_owned()),
            takeaway: None,
            source,
            width,
            height: 0.0,
            body: Vec::new(),
            marks: Vec::new(),
            table,
            summary: String::new(),
        };
    };
    let (students, employed) = (readable(se.students, locale), readable(se.employed, locale));
    let share = format::share(se.employed.value, se.students.value, locale).unwrap_or_default();
    let annotation = fill(w.annotation, &[&students, &employed]);
    let key_employed = fill(w.key_employed, &[&employed]);
    let l = place((&annotation, &key_employed, w.key_other), se.units, width);

    let mut body: Vec<Node> = Vec::new();
    for (y, line) in &l.head {
        body.push(
            el("text")
                .attr("x", 0.0)
                .attr("y", *y)
                .attr("class", "t-ink")
                .attr("font-size", HEAD_FONT)
                .attr("font-weight", 700)
                .child(text(line))
                .into(),
        );
    }
    for ((x, y, lines), tone) in l.legend.iter().zip([Tone::Hebei, Tone::Muted]) {
        let mut g = el("g").attr("class", "legend").child(
            el("rect")
                .attr("x", *x)
                .attr("y", y + 2.0)
                .attr("width", 12.0)
                .attr("height", 12.0)
                .attr("class", tone.fill_class()),
        );
        for (i, line) in lines.iter().enumerate() {
            g = g.child(
                el("text")
                    .attr("x", x + 12.0 + LEGEND_SWATCH_GAP)
                    .attr("y", y + 12.0 + i as f64 * LEGEND_LINE)
                    .attr("class", "t-label")
                    .child(text(line)),
            );
        }
        body.push(g.into());
    }
    body.push(
        el("g")
            .attr("data-key", "employed")
            .child(
                el("path")
                    .attr("d", squares_path(&l, 0..se.filled))
                    .attr("class", Tone::Hebei.fill_class()),
            )
            .into(),
    );
    body.push(
        el("g")
            .attr("data-key", "students")
            .child(
                el("path")
                    .attr("d", squares_path(&l, se.filled..se.units))
                    .attr("class", Tone::Muted.fill_class()),
            )
            .into(),
    );
    body.push(
        el("text")
            .attr("x", 0.0)
            .attr("y", l.note_y)
            .attr("class", "t-label")
            .child(text(w.unit_note))
            .into(),
    );

    // Tooltips point at the middle of each kind's first row.
    let row_mid = |from: usize, to: usize| {
        let (x0, y0) = square_at(&l, from);
        let last_in_row = (from / l.cols + 1) * l.cols;
        let (x1, _) = square_at(&l, to.min(last_in_row).saturating_sub(1).max(from));
        (f64::from(x0 + x1 + l.size) / 2.0, f64::from(y0))
    };
    let marks = vec![
        Mark {
            key: "employed".into(),
            title: se.employed.label.get(locale).to_owned(),
            lines: vec![
                total(se.employed, locale),
                fill(w.share_of, &[&share, &total(se.students, locale)]),
                s.period_name(se.employed.period).to_owned(),
            ],
            anchor: row_mid(0, se.filled),
            tone: Some(Tone::Hebei),
        },
        Mark {
            key: "students".into(),
            title: se.students.label.get(locale).to_owned(),
            lines: vec![
                total(se.students, locale),
                w.other_line.to_owned(),
                s.period_name(se.students.period).to_owned(),
            ],
            anchor: row_mid(se.filled, se.units),
            tone: Some(Tone::Muted),
        },
    ];

    for (f, share) in [(se.students, String::new()), (se.employed, share.clone())] {
        let share_raw = (!share.is_empty()).then(|| share.trim_end_matches('%').to_owned());
        table.push(vec![
            (f.label.get(locale).to_owned(), None),
            (total(f, locale), Some(raw(f.value))),
            (share, share_raw),
            (s.period_name(f.period).to_owned(), None),
        ]);
    }

    let students_n = counted(se.students, se.students.value, locale);
    let employed_n = counted(se.employed, se.employed.value, locale);
    ChartSpec {
        id: ID,
        title: w.title.to_owned(),
        subtitle: Some(w.subtitle.to_owned()),
        takeaway: Some(fill(w.takeaway, &[&students_n, &employed_n])),
        source,
        width,
        height: l.height,
        body,
        marks,
        table,
        summary: fill(w.summary, &[&students_n, &employed_n, &share]),
    }
}

#[cfg(test)]
mod tests {
    use super::super::check::{
        assert_fits, assert_no_typed_digits, assert_whole_pixels, dataset, keys,
    };
    use super::*;
    use crate::core::svg::Element;

    const WIDTHS: [f64; 4] = [320.0, 390.0, 640.0, 1100.0];

    /// The squares of a path: (x, y, size) of each `M x y h s v s h-s z`.
    fn squares(d: &str) -> Vec<(u32, u32, u32)> {
        d.split('M')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (xy, rest) = p.split_once('h').expect("h");
                let (x, y) = xy.split_once(' ').expect("x y");
                let s = rest.split_once('v').expect("v").0;
                (x.parse().unwrap(), y.parse().unwrap(), s.parse().unwrap())
            })
            .collect()
    }

    fn path_of<'a>(spec: &'a ChartSpec, key: &str) -> &'a Element {
        spec.body
            .iter()
            .find_map(|n| match n {
                Node::Element(e) if e.get("data-key") == Some(key) => match &e.children[0] {
                    Node::Element(p) => Some(p),
                    Node::Text(_) => None,
                },
                _ => None,
            })
            .expect("a path")
    }

    #[test]
    fn one_square_per_student_and_the_employed_filled() {
        let d = dataset();
        let students = d.figure(STUDENTS).unwrap().value as usize;
        let employed = d.figure(EMPLOYED).unwrap().value as usize;
        for locale in Locale::ALL {
            for width in WIDTHS {
                let spec = spec(&d, locale, width);
                let filled = squares(path_of(&spec, "employed").get("d").unwrap());
                let other = squares(path_of(&spec, "students").get("d").unwrap());
                assert_eq!(filled.len(), employed, "{locale:?} {width}");
                assert_eq!(filled.len() + other.len(), students, "{locale:?} {width}");
                assert_eq!(
                    path_of(&spec, "employed").get("class"),
                    Some(Tone::Hebei.fill_class())
                );
                // No two squares share a place.
                let mut all: Vec<(u32, u32)> = filled
                    .iter()
                    .chain(&other)
                    .map(|&(x, y, _)| (x, y))
                    .collect();
                all.sort_unstable();
                all.dedup();
                assert_eq!(all.len(), students);
            }
        }
        // Read from the data: another count gives another number of squares.
        let mut d = dataset();
        d.figures
            .iter_mut()
            .find(|f| f.id == EMPLOYED)
            .unwrap()
            .value = 7.0;
        let spec = spec(&d, Locale::En, 640.0);
        assert_eq!(
            squares(path_of(&spec, "employed").get("d").unwrap()).len(),
            7
        );
    }

    #[test]
    fn fits_from_phone_to_desktop() {
        let d = dataset();
        for locale in Locale::ALL {
            for width in WIDTHS {
                let spec = spec(&d, locale, width);
                assert_fits(&spec);
                for key in ["employed", "students"] {
                    for (x, y, s) in squares(path_of(&spec, key).get("d").unwrap()) {
                        assert!(
                            f64::from(x + s) <= spec.width && f64::from(y + s) <= spec.height,
                            "{locale:?} {width}: square at {x},{y}"
                        );
                    }
                }
                assert_eq!(spec.width.fract(), 0.0);
                assert_eq!(spec.height.fract(), 0.0);
                assert!(spec.height < 400.0, "{locale:?} {width}: {}", spec.height);
            }
        }
    }

    #[test]
    fn whole_pixel_coordinates() {
        let d = dataset();
        for locale in Locale::ALL {
            for width in [320.0, 390.5, 640.0, 1100.0] {
                assert_whole_pixels(&spec(&d, locale, width));
            }
        }
    }

    #[test]
    fn words_in_three_languages() {
        let d = dataset();
        let want = [
            (
                Locale::ZhHans,
                "828人中，90人已实现就业",
                "到京津就读职业院校的贫困家庭学生有828人，其中90人已实现就业；文章未说明其余学生是否仍在读。",
            ),
            (
                Locale::ZhHant,
                "828人中，90人已實現就業",
                "到京津就讀職業院校的貧困家庭學生有828人，其中90人已實現就業；文章未說明其餘學生是否仍在讀。",
            ),
            (
                Locale::En,
                "90 of 828 in work",
                "Of the 828 students from poor families at vocational schools in Beijing and Tianjin, 90 have found jobs; the article does not say whether the others are still at school.",
            ),
        ];
        for (locale, annotation, takeaway) in want {
            let spec = spec(&d, locale, 640.0);
            let xml: String = spec.body.iter().map(Node::to_xml).collect();
            assert!(
                xml.contains(&format!(">{annotation}<")),
                "{locale:?}: {xml}"
            );
            assert_eq!(spec.takeaway.as_deref(), Some(takeaway));
            assert_eq!(keys(&spec), ["employed", "students"]);
            assert_eq!(spec.marks.len(), 2);
            assert!(spec.summary.contains("10.9%"), "{}", spec.summary);
        }
        let en = spec(&d, Locale::En, 390.0);
        assert_eq!(
            en.marks[0].lines,
            ["90", "10.9% of the 828 students", "period not stated"]
        );
    }

    #[test]
    fn table_holds_the_exact_figures() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 640.0);
        assert_eq!(spec.table.rows.len(), 2);
        assert_eq!(spec.table.rows[0][1], "828人");
        assert_eq!(spec.table.rows[1][1], "90人");
        assert_eq!(spec.table.rows[1][2], "10.9%");
        let csv = spec.table.to_csv();
        assert!(csv.contains(",828,,") && csv.contains(",90,10.9,"), "{csv}");
        assert_eq!(spec.source, "来源：河北日报，2020年12月19日");
    }

    #[test]
    fn no_digits_in_the_words() {
        let src = include_str!("vocational.rs");
        assert_no_typed_digits(src, "const ZH_HANS: Words", "fn words(");
    }
}
