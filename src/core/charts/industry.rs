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

// ---------------------------------------------------------------------------------------
// Layer 1: series.

#[derive(Debug, Clone, PartialEq)]
struct Step<'a> {
    fig: &'a Figure,
    /// Rounded for reading.
    value: String,
    label: String,
    /// Beijing's and Tianjin's direct labels and values, where the article splits it.
    parts: Option<[(String, f64); 2]>,
}

#[derive(Debug, Clone, PartialEq)]
struct Row<'a> {
    title: Option<&'static str>,
    steps: Vec<Step<'a>>,
}

/// The industry figures grouped by their sentence, in the article's order.
fn series(d: &Dataset, locale: Locale) -> Vec<Row<'_>> {
    let s = strings(locale);
    let w = words(locale);
    let mut rows: Vec<(&str, Row)> = Vec::new();
    for f in d.figures.iter().filter(|f| f.section == Section::Industry) {
        let step = Step {
            fig: f,
            value: readable(f, locale),
            label: f.label.get(locale).to_owned(),
            parts: f.split.as_ref().map(|sp| {
                let part = |name: &str, v: f64| {
                    (
                        fill(w.part, &[name, &format::number(v, locale, Style::Exact)]),
                        v,
                    )
                };
                [
                    part(s.beijing, sp.beijing.value),
                    part(s.tianjin, sp.tianjin.value),
                ]
            }),
        };
        match rows.iter_mut().find(|(id, _)| *id == f.sentence) {
            Some((_, row)) => row.steps.push(step),
            None => rows.push((
                &f.sentence,
                Row {
                    title: w.rows.iter().find(|(id, _)| *id == f.id).map(|(_, t)| *t),
                    steps: vec![step],
                },
            )),
        }
    }
    rows.into_iter().map(|(_, r)| r).collect()
}

// ---------------------------------------------------------------------------------------
// Layer 2: placement.

#[derive(Debug, Clone, PartialEq)]
struct StepPlace {
    x: f64,
    y: f64,
    /// Value lines and label lines with their baselines.
    value: Vec<(f64, String)>,
    label: Vec<(f64, String)>,
    split: Option<SplitPlace>,
}

/// The split bar (y, Beijing's width, Tianjin's width) and its two labels' (x, y).
type SplitPlace = (f64, f64, f64, [(f64, f64); 2]);

#[derive(Debug, Clone, PartialEq)]
struct RowPlace {
    title: Option<f64>,
    steps: Vec<StepPlace>,
    /// Arrows: (x1, x2, y) side by side, or the rule (x, y1, y2) when stacked.
    arrows: Vec<(f64, f64, f64)>,
    rule: Option<(f64, f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
struct Layout {
    height: f64,
    rows: Vec<RowPlace>,
}

fn bold(s: &str, size: f64) -> f64 {
    measure::measure(s, size, true)
}

/// Places one step at (`x`, `y`) in `w` px; returns it and its height.
fn place_step(step: &Step, x: f64, y: f64, w: f64) -> (StepPlace, f64) {
    let mut b = y;
    let value: Vec<(f64, String)> = measure::wrap_styled(&step.value, VALUE_FONT, w, true)
        .into_iter()
        .map(|l| {
            b += VALUE_LINE;
            (b - 5.0, l)
        })
        .collect();
    let label: Vec<(f64, String)> = measure::wrap(&step.label, FONT, w)
        .into_iter()
        .map(|l| {
            b += LINE;
            (b - 4.0, l)
        })
        .collect();
    let split = step.parts.as_ref().map(|[bj, tj]| {
        let bar_y = b + 4.0;
        let sum = bj.1 + tj.1;
        let bw = if sum > 0.0 {
            (w * bj.1 / sum).round()
        } else {
            0.0
        };
        let tw = w.round() - bw;
        b = bar_y + SPLIT_BAR + LINE;
        let first = (x, b - 4.0);
        let w1 = bold(&bj.0, FONT);
        let second = if w1 + 10.0 + bold(&tj.0, FONT) <= w {
            (x + (w1 + 10.0).round(), b - 4.0)
        } else {
            b += LINE;
            (x, b - 4.0)
        };
        (bar_y, bw, tw, [first, second])
    });
    (
        StepPlace {
            x,
            y,
            value,
            label,
            split,
        },
        b - y,
    )
}

fn place(rows: &[Row], width: f64) -> Layout {
    let wide = width >= WIDE;
    let mut y = 0.0;
    let mut placed = Vec::with_capacity(rows.len());
    for r in rows {
        let title = r.title.map(|_| {
            y += LINE;
            y - 4.0
        });
        if title.is_some() {
            y += 4.0;
        }
        let mut steps = Vec::with_capacity(r.steps.len());
        let mut arrows = Vec::new();
        let mut rule = None;
        if wide {
            let cw = ((width - 2.0 * ARROW) / 3.0).floor();
            let n = r.steps.len();
            let mut h: f64 = 0.0;
            let mut prev_end = None;
            for (i, step) in r.steps.iter().enumerate() {
                // The last step in the last column.
                let col = if i + 1 == n { 2 } else { i.min(2) };
                let x = col as f64 * (cw + ARROW);
                let (p, sh) = place_step(step, x, y, cw);
                if let Some(end) = prev_end {
                    arrows.push((end, x - 8.0, y + 11.0));
                }
                let value_w = p
                    .value
                    .iter()
                    .map(|(_, l)| bold(l, VALUE_FONT))
                    .fold(0.0, f64::max);
                prev_end = Some((x + value_w + 8.0).min(x + cw + 8.0).round());
                h = h.max(sh);
                steps.push(p);
            }
            y += h;
        } else {
            let top = y;
            let w = (width - INDENT).max(1.0);
            for step in &r.steps {
                let (p, sh) = place_step(step, INDENT, y, w);
                y += sh + 8.0;
                steps.push(p);
            }
            y -= 8.0;
            rule = Some((5.0, top + 11.0, (y - 6.0).max(top + 11.0)));
        }
        placed.push(RowPlace {
            title,
            steps,
            arrows,
            rule,
        });
        y += ROW_GAP;
    }
    Layout {
        height: (y - ROW_GAP + 4.0).max(0.0).round(),
        rows: placed,
    }
}

// ---------------------------------------------------------------------------------------
// Layer 3: render.

/// A small arrowhead pointing right at (`x`, `y`), or down.
fn head(x: f64, y: f64, down: bool) -> Node {
    let d = if down {
        format!("M{} {}l-4 -6h8z", x, y)
    } else {
        format!("M{} {}l-6 -4v8z", x, y)
    };
    el("path").attr("d", d).attr("class", "c-hebei").into()
}

/// The industry chart: the article's industry sentences as rows of steps.
pub fn spec(d: &Dataset, locale: Locale, width: f64) -> ChartSpec {
    let w = words(locale);
    let s = strings(locale);
    let width = width.round().max(1.0);
    let rows = series(d, locale);
    let layout = place(&rows, width);

    let mut body: Vec<Node> = Vec::new();
    let mut marks = Vec::new();
    for (r, p) in rows.iter().zip(&layout.rows) {
        let mut g = el("g").attr("class", "chart__row");
        if let (Some(t), Some(y)) = (r.title, p.title) {
            g = g.child(
                el("text")
                    .attr("x", 0.0)
                    .attr("y", y)
                    .attr("class", "t-label t-ink")
                    .attr("font-weight", 700)
                    .child(text(t)),
            );
        }
        for &(x1, x2, y) in &p.arrows {
            g = g
                .child(
                    el("line")
                        .attr("x1", x1)
                        .attr("x2", x2 - 4.0)
                        .attr("y1", y)
                        .attr("y2", y)
                        .attr("class", "s-hebei")
                        .attr("stroke-width", 2),
                )
                .child(head(x2, y, false));
        }
        if let Some((x, y1, y2)) = p.rule {
            g = g.child(
                el("line")
                    .attr("x1", x)
                    .attr("x2", x)
                    .attr("y1", y1)
                    .attr("y2", y2 - 4.0)
                    .attr("class", "s-hebei")
                    .attr("stroke-width", 2),
            );
            if p.steps.len() > 1 {
                g = g.child(head(x, y2, true));
            }
        }
        for (step, sp) in r.steps.iter().zip(&p.steps) {
            let mut m = el("g").attr("data-key", &step.fig.id);
            for (y, line) in &sp.value {
                m = m.child(
                    el("text")
                        .attr("x", sp.x)
                        .attr("y", *y)
                        .attr("class", "t-ink")
                        .attr("font-size", VALUE_FONT)
                        .attr("font-weight", 700)
                        .child(text(line)),
                );
            }
            for (y, line) in &sp.label {
                m = m.child(
                    el("text")
                        .attr("x", sp.x)
                        .attr("y", *y)
                        .attr("class", "t-label")
                        .child(text(line)),
                );
            }
            if let (Some((bar_y, bw, tw, pos)), Some(parts)) = (sp.split, &step.parts) {
                m = m
                    .child(
                        el("rect")
                            .attr("x", sp.x)
                            .attr("y", bar_y)
                            .attr("width", bw)
                            .attr("height", SPLIT_BAR)
                            .attr("class", Tone::Beijing.fill_class()),
                    )
                    .child(
                        el("rect")
                            .attr("x", sp.x + bw)
                            .attr("y", bar_y)
                            .attr("width", tw)
                            .attr("height", SPLIT_BAR)
                            .attr("class", Tone::Tianjin.fill_class()),
                    );
                for ((label, _), ((x, y), class)) in parts
                    .iter()
                    .zip(pos.iter().zip(["t-value t-beijing", "t-value t-tianjin"]))
                {
                    m = m.child(
                        el("text")
                            .attr("x", *x)
                            .attr("y", *y)
                            .attr("class", class)
                            .child(text(label)),
                    );
                }
            }
            g = g.child(m);
            let f = step.fig;
            let mut lines = vec![total(f, locale)];
            if let Some(sp) = &f.split {
                lines.push(fill(
                    w.split_line,
                    &[
                        &amount(f, sp.beijing.value, locale),
                        &amount(f, sp.tianjin.value, locale),
                    ],
                ));
            }
            lines.push(s.period_name(f.period).to_owned());
            marks.push(Mark {
                key: f.id.clone(),
                title: step.label.clone(),
                lines,
                anchor: (sp.x + 8.0, sp.y),
                tone: Some(Tone::Hebei),
            });
        }
        body.push(g.into());
    }

    let title = w.title.to_owned();
    let source = source_line(d, locale, &[]);
    let mut table = Table::new(
        &title,
        &source,
        w.columns.iter().map(|c| (*c).to_owned()).collect(),
    );
    for step in rows.iter().flat_map(|r| &r.steps) {
        let f = step.fig;
        let [beijing, tianjin] = split_cells(f, locale);
        table.push(vec![
            (step.label.clone(), None),
            (total(f, locale), Some(raw(f.value))),
            beijing,
            tianjin,
            (s.period_name(f.period).to_owned(), None),
        ]);
    }

    let n_figures = rows.iter().map(|r| r.steps.len()).sum::<usize>();
    let takeaway = (|| {
        let first = rows.first()?;
        let v = |i: usize| first.steps.get(i).map(|s| s.value.as_str());
        Some(fill(w.takeaway, &[v(0)?, v(1)?, v(2)?]))
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
        summary: fill(
            w.summary,
            &[&n_figures.to_string(), &rows.len().to_string()],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::super::check::{
        assert_fits, assert_no_typed_digits, assert_whole_pixels, dataset, keys,
    };
    use super::*;

    const WIDTHS: [f64; 6] = [320.0, 390.0, 599.0, 640.0, 1000.0, 1100.0];

    #[test]
    fn fits_from_phone_to_desktop() {
        let d = dataset();
        for locale in Locale::ALL {
            for width in WIDTHS {
                let spec = spec(&d, locale, width);
                assert_fits(&spec);
                assert!(spec.height > 100.0, "{locale:?} {width}");
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
    fn one_row_per_sentence_every_figure_once() {
        let d = dataset();
        let rows = series(&d, Locale::ZhHans);
        let ids: Vec<Vec<&str>> = rows
            .iter()
            .map(|r| r.steps.iter().map(|s| s.fig.id.as_str()).collect())
            .collect();
        assert_eq!(
            ids,
            [
                vec![
                    "new_enterprises",
                    "investment_in_place",
                    "investment_beneficiaries"
                ],
                vec!["industrial_parks", "park_enterprises", "park_jobs"],
                vec!["workshops", "workshop_jobs"],
                vec!["consumption_sales", "consumption_beneficiaries"],
            ]
        );
        for r in &rows {
            let s = &r.steps[0].fig.sentence;
            assert!(r.steps.iter().all(|st| &st.fig.sentence == s));
        }
        let spec = spec(&d, Locale::ZhHans, 640.0);
        assert_eq!(keys(&spec).len(), 10);
        assert_eq!(spec.table.rows.len(), 10);
    }

    #[test]
    fn last_steps_share_the_last_column_when_wide() {
        let d = dataset();
        let rows = series(&d, Locale::En);
        let l = place(&rows, 1100.0);
        let last_x: Vec<f64> = l.rows.iter().map(|r| r.steps.last().unwrap().x).collect();
        assert!(last_x.iter().all(|x| *x == last_x[0]), "{last_x:?}");
        // Arrows only within a row: one fewer than its steps.
        for (r, p) in rows.iter().zip(&l.rows) {
            assert_eq!(p.arrows.len(), r.steps.len() - 1);
        }
        let narrow = place(&rows, 390.0);
        assert!(
            narrow
                .rows
                .iter()
                .all(|r| r.arrows.is_empty() && r.rule.is_some())
        );
    }

    #[test]
    fn values_for_reading_exact_in_tooltip_and_table() {
        let d = dataset();
        let zh = spec(&d, Locale::ZhHans, 640.0);
        let xml: String = zh.body.iter().map(Node::to_xml).collect();
        for v in ["266家", "242.2亿元", "11.9万人", "北京 235", "天津 31"] {
            assert!(xml.contains(&format!(">{v}<")), "{v}: {xml}");
        }
        assert_eq!(
            zh.takeaway.as_deref(),
            Some("今年受援地区引进京津企业266家落地，到位投资242.2亿元，带动贫困人口11.9万人。")
        );
        assert_eq!(zh.marks[1].lines, ["242.2193亿元", "2020年"]);
        assert_eq!(
            zh.marks[0].lines,
            ["266家", "北京235家，天津31家", "2020年"]
        );
        let csv = zh.table.to_csv();
        assert!(csv.contains(",266,235,31,"), "{csv}");
        assert!(csv.contains(",24221930000,,,"), "{csv}");
        let en = spec(&d, Locale::En, 390.0);
        let xml: String = en.body.iter().map(Node::to_xml).collect();
        assert!(xml.contains("24.2 billion"), "{xml}");
        assert!(
            en.takeaway
                .unwrap()
                .contains("24.2 billion yuan of investment")
        );
    }

    #[test]
    fn no_digits_in_the_words() {
        let src = include_str!("industry.rs");
        assert_no_typed_digits(src, "const ZH_HANS: Words", "fn words(");
    }
}
