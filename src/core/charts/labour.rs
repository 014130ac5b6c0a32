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

// ---------------------------------------------------------------------------------------
// Layer 1: series.

/// A part of a bar: a city's share where the article splits the figure, else the whole.
#[derive(Debug, Clone, PartialEq)]
struct Seg {
    key: String,
    value: f64,
    tone: Tone,
    /// Direct label (`北京 3256`), empty for a bar that is not split.
    label: String,
    title: String,
    lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct Row<'a> {
    fig: &'a Figure,
    label: String,
    /// Rounded for reading (`1.41万人`); the exact value is in the tooltip and table.
    total: String,
    segs: Vec<Seg>,
}

fn series(d: &Dataset, locale: Locale) -> Vec<Row<'_>> {
    let s = strings(locale);
    let w = words(locale);
    BARS.iter()
        .filter_map(|id| d.figure(id))
        .map(|f| {
            let label = f.label.get(locale).to_owned();
            let period = s.period_name(f.period).to_owned();
            let segs = match &f.split {
                Some(split) => {
                    let sum = split.beijing.value + split.tianjin.value;
                    [
                        (
                            Partner::Beijing,
                            "beijing",
                            split.beijing.value,
                            Tone::Beijing,
                        ),
                        (
                            Partner::Tianjin,
                            "tianjin",
                            split.tianjin.value,
                            Tone::Tianjin,
                        ),
                    ]
                    .into_iter()
                    .map(|(p, key, v, tone)| {
                        let share = format::share(v, sum, locale).unwrap_or_default();
                        Seg {
                            key: format!("{}:{key}", f.id),
                            value: v,
                            tone,
                            label: fill(
                                w.segment,
                                &[
                                    s.partner_name(p),
                                    &format::number(v, locale, format::Style::Exact),
                                ],
                            ),
                            title: fill(w.mark_title, &[&label, s.partner_name(p)]),
                            lines: vec![
                                amount(f, v, locale),
                                fill(w.share_of, &[&share, &total(f, locale)]),
                                period.clone(),
                            ],
                        }
                    })
                    .collect()
                }
                None => vec![Seg {
                    key: f.id.clone(),
                    value: f.value,
                    tone: Tone::Hebei,
                    label: String::new(),
                    title: label.clone(),
                    lines: vec![total(f, locale), period],
                }],
            };
            Row {
                fig: f,
                total: readable(f, locale),
                label,
                segs,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Layer 2: placement.

/// Where a segment and its label go (label: x, anchor, inside).
#[derive(Debug, Clone, PartialEq)]
struct SegPlace {
    x: f64,
    w: f64,
    label: Option<super::bars::LabelPos>,
}

#[derive(Debug, Clone, PartialEq)]
struct RowPlace {
    head: Vec<(f64, f64, HeadLine)>,
    y: f64,
    segs: Vec<SegPlace>,
}

#[derive(Debug, Clone, PartialEq)]
struct Layout {
    height: f64,
    rows: Vec<RowPlace>,
    notes: Vec<(f64, String)>,
}

fn place(rows: &[Row], note: Option<&str>, width: f64) -> Layout {
    let wide = width >= WIDE;
    let col = if wide {
        heading_column(
            rows.iter().map(|r| (r.label.clone(), r.total.clone())),
            width,
            false,
        )
        .round()
    } else {
        width
    };
    let x0 = if wide { col + COL_GAP } else { 0.0 };
    let avail = (width - x0).max(0.0);
    let max = rows.iter().map(|r| r.fig.value).fold(0.0, f64::max);
    let label_ws = |r: &Row| -> Vec<f64> {
        r.segs
            .iter()
            .map(|s| {
                if s.label.is_empty() {
                    0.0
                } else {
                    bold_width(&s.label)
                }
            })
            .collect()
    };
    let values = |r: &Row| -> Vec<f64> { r.segs.iter().map(|s| s.value).collect() };
    let len = |r: &Row, plot_w: f64| {
        if max > 0.0 {
            (r.fig.value / max * plot_w).round()
        } else {
            0.0
        }
    };
    // Shrink the scale until the labels after a bar fit too (a fixed point: a shorter
    // scale only pushes more labels outside).
    let mut plot_w = avail;
    for _ in 0..64 {
        let fit = rows
            .iter()
            .filter_map(|r| {
                let (_, reach) =
                    place_labels(&segments(x0, len(r, plot_w), &values(r)), &label_ws(r));
                (reach > 0.0 && r.fig.value > 0.0)
                    .then(|| ((avail - reach).max(0.0) * max / r.fig.value).floor())
            })
            .fold(avail, f64::min);
        if fit >= plot_w {
            break;
        }
        plot_w = fit;
    }

    let mut y = 0.0;
    let mut placed = Vec::with_capacity(rows.len());
    for r in rows {
        let lines = heading(&r.label, &r.total, col - 1.0, false);
        let head_h = lines.len() as f64 * LINE;
        let (head_top, bar_y, h) = if wide {
            let h = head_h.max(BAR);
            (
                y + ((h - head_h) / 2.0).round(),
                y + ((h - BAR) / 2.0).round(),
                h,
            )
        } else {
            (y, y + head_h + HEAD_GAP, head_h + HEAD_GAP + BAR)
        };
        // Whole pixels: each segment from its rounded start to its rounded end.
        let segs: Vec<(f64, f64)> = segments(x0, len(r, plot_w), &values(r))
            .into_iter()
            .map(|(x, w)| (x.round(), (x + w).round() - x.round()))
            .collect();
        let (labels, _) = place_labels(&segs, &label_ws(r));
        placed.push(RowPlace {
            head: lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| (0.0, head_top + i as f64 * LINE + FONT, l))
                .collect(),
            y: bar_y,
            segs: segs
                .into_iter()
                .zip(labels)
                .map(|((x, w), label)| SegPlace {
                    x,
                    w,
                    label: label.map(|mut l| {
                        l.x = l.x.round();
                        l
                    }),
                })
                .collect(),
        });
        y += h + ROW_GAP;
    }
    y -= ROW_GAP;
    let mut notes = Vec::new();
    if let Some(n) = note {
        y += 8.0;
        for line in measure::wrap(n, FONT, width) {
            y += LINE;
            notes.push((y - 4.0, line));
        }
    }
    Layout {
        height: y + 2.0,
        rows: placed,
        notes,
    }
}

// ---------------------------------------------------------------------------------------
// Layer 3: render.

/// The labour chart: returned workers (by city), trainees, new placements.
pub fn spec(d: &Dataset, locale: Locale, width: f64) -> ChartSpec {
    let w = words(locale);
    let s = strings(locale);
    let width = width.round().max(1.0);
    let rows = series(d, locale);
    let classes = d.figure(CLASSES);
    let note = classes.map(|f| fill(w.note, &[f.label.get(locale), &readable(f, locale)]));
    let layout = place(&rows, note.as_deref(), width);

    let mut body: Vec<Node> = Vec::new();
    let mut marks = Vec::new();
    for (r, p) in rows.iter().zip(&layout.rows) {
        let mut g = el("g").attr("class", "chart__row");
        for (x, y, line) in &p.head {
            g = g.child(heading_text(*x, *y, line, false));
        }
        let baseline = centre_baseline(p.y, BAR).round();
        for (seg, sp) in r.segs.iter().zip(&p.segs) {
            let mut mark = el("g").attr("data-key", &seg.key).child(
                el("rect")
                    .attr("x", sp.x)
                    .attr("y", p.y)
                    .attr("width", sp.w)
                    .attr("height", BAR)
                    .attr("class", seg.tone.fill_class()),
            );
            if let Some(l) = sp.label {
                let tone = (seg.tone != Tone::Hebei).then_some(seg.tone);
                mark = mark.child(label_text(
                    l.x,
                    baseline,
                    l.anchor,
                    label_class(tone, l.inside),
                    &seg.label,
                ));
            }
            g = g.child(mark);
            marks.push(Mark {
                key: seg.key.clone(),
                title: seg.title.clone(),
                lines: seg.lines.clone(),
                anchor: ((sp.x + sp.w / 2.0).round(), p.y),
                tone: Some(seg.tone),
            });
        }
        body.push(g.into());
    }
    for (y, line) in &layout.notes {
        body.push(
            el("text")
                .attr("x", 0.0)
                .attr("y", *y)
                .attr("class", "t-label")
                .child(text(line))
                .into(),
        );
    }

    let title = w.title.to_owned();
    let source = source_line(d, locale, &[]);
    let mut table = Table::new(
        &title,
        &source,
        w.columns.iter().map(|c| (*c).to_owned()).collect(),
    );
    let mut in_table: Vec<&Figure> = rows.iter().map(|r| r.fig).collect();
    if let Some(c) = classes {
        // In the article's order: the classes come with the trainees.
        let at = in_table
            .iter()
            .position(|f| f.id == "trainees")
            .unwrap_or(in_table.len());
        in_table.insert(at, c);
    }
    for f in in_table {
        let [beijing, tianjin] = split_cells(f, locale);
        table.push(vec![
            (f.label.get(locale).to_owned(), None),
            (total(f, locale), Some(raw(f.value))),
            beijing,
            tianjin,
            (s.period_name(f.period).to_owned(), None),
        ]);
    }

    let most = rows
        .iter()
        .reduce(|a, b| if b.fig.value > a.fig.value { b } else { a });
    let least = rows
        .iter()
        .reduce(|a, b| if b.fig.value < a.fig.value { b } else { a });
    let summary = match (most, least) {
        (Some(m), Some(l)) => fill(
            w.summary,
            &[
                &rows.len().to_string(),
                &m.label,
                &total(m.fig, locale),
                &l.label,
                &total(l.fig, locale),
            ],
        ),
        _ => String::new(),
    };
    let takeaway = (|| {
        let returned = d.figure("workers_returned")?;
        let split = returned.split.as_ref()?;
        let n = |f: &Figure, v: f64| counted(f, v, locale);
        let (classes, trainees) = (classes?, d.figure("trainees")?);
        Some(fill(
            w.takeaway,
            &[
                &n(classes, classes.value),
                &n(trainees, trainees.value),
                &n(returned, returned.value),
                &n(returned, split.beijing.value),
                &n(returned, split.tianjin.value),
            ],
        ))
    })();

    ChartSpec {
        id: ID,
        title,
        subtitle: Some(w.subtitle.to_owned()),
        takeaway,
        source,
        width,
        height: layout.height,
        body,
        marks,
        table,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::super::check::{
        assert_fits, assert_no_typed_digits, assert_whole_pixels, dataset, keys,
    };
    use super::*;

    const WIDTHS: [f64; 6] = [320.0, 390.0, 559.0, 640.0, 1000.0, 1100.0];

    #[test]
    fn fits_from_phone_to_desktop() {
        let d = dataset();
        for locale in Locale::ALL {
            for width in WIDTHS {
                let spec = spec(&d, locale, width);
                assert_fits(&spec);
                assert!(spec.height > 60.0, "{locale:?} {width}");
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
    fn one_scale_for_every_bar() {
        let d = dataset();
        for width in [320.0, 640.0, 1100.0] {
            let rows = series(&d, Locale::ZhHans);
            let l = place(&rows, None, width);
            let len = |p: &RowPlace| p.segs.iter().map(|s| s.w).sum::<f64>();
            let (a, b) = (&l.rows[0], &l.rows[1]);
            let want = rows[0].fig.value / rows[1].fig.value;
            assert!((len(a) / len(b) - want).abs() < 0.02, "{width}");
            // Beijing's and Tianjin's parts touch and keep their ratio.
            let [bj, tj] = [&a.segs[0], &a.segs[1]];
            assert_eq!(bj.x + bj.w, tj.x);
            let split = rows[0].fig.split.as_ref().unwrap();
            let want = split.beijing.value / split.tianjin.value;
            assert!((bj.w / tj.w - want).abs() < 0.05, "{width}");
        }
    }

    #[test]
    fn keys_marks_and_words() {
        let d = dataset();
        let spec = spec(&d, Locale::En, 640.0);
        assert_eq!(
            keys(&spec),
            [
                "workers_returned:beijing",
                "workers_returned:tianjin",
                "trainees",
                "new_placements"
            ]
        );
        assert_eq!(spec.marks.len(), 4);
        assert_eq!(
            spec.marks[0].lines,
            ["3,256", "59.9% of the total 5,437", "period not stated"]
        );
        assert_eq!(spec.marks[2].lines, ["14,080", "period not stated"]);
        let xml: String = spec.body.iter().map(Node::to_xml).collect();
        assert!(xml.contains(">Beijing 3,256<") && xml.contains(">Tianjin 2,181<"));
        assert!(xml.contains(">Training classes held: 425<"), "{xml}");
        assert_eq!(
            spec.takeaway.as_deref(),
            Some(
                "425 training classes trained 14,080 people; 5,437 poor workers were taken back to jobs in Beijing and Tianjin, 3,256 of them to Beijing and 2,181 to Tianjin."
            )
        );
        let zh = super::spec(&d, Locale::ZhHans, 390.0);
        assert_eq!(
            zh.takeaway.as_deref(),
            Some(
                "举办培训班425期，培训14080人；“点对点”返岗京津的贫困劳动力5437名，其中北京3256名、天津2181名。"
            )
        );
        let zh_xml: String = zh.body.iter().map(Node::to_xml).collect();
        assert!(zh_xml.contains("1.408万人"), "{zh_xml}");
        assert_eq!(
            zh.summary,
            "劳务协作的3项人数，同一比例尺。最多的是培训人数（14080人），最少的是新增组织到京津就业的贫困人口（4097名）。"
        );
        let hant = super::spec(&d, Locale::ZhHant, 1100.0);
        assert!(hant.takeaway.unwrap().starts_with("舉辦培訓班425期"));
    }

    #[test]
    fn table_lists_every_labour_figure_but_the_students() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 640.0);
        let firsts: Vec<&str> = spec.table.rows.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(
            firsts,
            [
                "“点对点”返岗京津的贫困劳动力",
                "举办培训班",
                "培训人数",
                "新增组织到京津就业的贫困人口"
            ]
        );
        assert_eq!(spec.table.rows[0][1..4], ["5437名", "3256名", "2181名"]);
        assert_eq!(spec.table.rows[1][1], "425期");
        let csv = spec.table.to_csv();
        assert!(csv.contains(",5437,3256,2181,"), "{csv}");
        assert!(csv.contains(",14080,,,"), "{csv}");
    }

    #[test]
    fn no_digits_in_the_words() {
        let src = include_str!("labour.rs");
        assert_no_typed_digits(src, "const ZH_HANS: Words", "fn words(");
    }
}
