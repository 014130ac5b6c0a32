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

// ---------------------------------------------------------------------------------------
// Layer 1: series.

/// One of the two cities' parts of a measure.
#[derive(Debug, Clone, PartialEq)]
struct Part {
    partner: Partner,
    value: f64,
    /// `245所` / `245`.
    amount: String,
    /// `79.3%`.
    share: String,
    /// The direct label: `北京 245` or `北京 79.3%`.
    label: String,
}

/// A measure the article splits between Beijing and Tianjin.
#[derive(Debug, Clone, PartialEq)]
struct Row<'a> {
    fig: &'a Figure,
    label: String,
    total: String,
    parts: [Part; 2],
}

fn series(d: &Dataset, locale: Locale, shares: bool) -> Vec<Row<'_>> {
    let s = strings(locale);
    let w = words(locale);
    d.figures
        .iter()
        .filter_map(|f| {
            let split = f.split.as_ref()?;
            let sum = split.beijing.value + split.tianjin.value;
            let part = |partner: Partner, value: f64| {
                let share = format::share(value, sum, locale).unwrap_or_default();
                let shown = if shares {
                    share.clone()
                } else {
                    format::number(value, locale, Style::Exact)
                };
                Part {
                    partner,
                    value,
                    amount: amount(f, value, locale),
                    label: fill(w.segment, &[s.partner_name(partner), &shown]),
                    share,
                }
            };
            Some(Row {
                fig: f,
                label: f.label.get(locale).to_owned(),
                total: total(f, locale),
                parts: [
                    part(Partner::Beijing, split.beijing.value),
                    part(Partner::Tianjin, split.tianjin.value),
                ],
            })
        })
        .collect()
}

fn tone(p: Partner) -> Tone {
    match p {
        Partner::Beijing => Tone::Beijing,
        Partner::Tianjin => Tone::Tianjin,
    }
}

fn partner_key(p: Partner) -> &'static str {
    match p {
        Partner::Beijing => "beijing",
        Partner::Tianjin => "tianjin",
    }
}

// ---------------------------------------------------------------------------------------
// Layer 2: placement.

/// A segment of a row's bar, with its label.
#[derive(Debug, Clone, PartialEq)]
struct SegPlace {
    x: f64,
    /// The top of its bar: both parts share one bar in the shares mode; in the numbers mode
    /// each city has a bar of its own.
    y: f64,
    w: f64,
    label: Option<LabelPos>,
}

#[derive(Debug, Clone, PartialEq)]
struct RowPlace {
    /// Heading lines with their x and baseline.
    head: Vec<(f64, f64, HeadLine)>,
    bar_y: f64,
    segs: Vec<SegPlace>,
}

#[derive(Debug, Clone, PartialEq)]
struct Layout {
    width: f64,
    height: f64,
    /// Where the bars start and how long they are (every row fills the same length).
    x0: f64,
    bar_w: f64,
    rows: Vec<RowPlace>,
}

/// `focus`: the row whose heading is bold.
/// The gap between a row's two bars in the numbers mode.
const PAIR_GAP: f64 = 3.0;

/// The numbers mode's bars: each city's own bar from `x0`, the larger filling `len`, and
/// where each label goes (inside at its start when it fits, else after the bar's end).
/// Returns the bars `(x, w)`, the labels and how far past `x0 + len` a label reaches.
fn pair_bars(
    x0: f64,
    len: f64,
    values: &[f64],
    widths: &[f64],
) -> (Vec<(f64, f64)>, Vec<Option<LabelPos>>, f64) {
    let max = values.iter().copied().fold(0.0, f64::max);
    let mut reach: f64 = 0.0;
    let mut bars = Vec::with_capacity(values.len());
    let mut labels = Vec::with_capacity(values.len());
    for (&v, &lw) in values.iter().zip(widths) {
        let w = if max > 0.0 { len * v / max } else { 0.0 };
        bars.push((x0, w));
        if lw <= 0.0 {
            labels.push(None);
        } else if lw + 2.0 * PAD <= w {
            labels.push(Some(LabelPos {
                x: x0 + PAD,
                anchor: Anchor::Start,
                inside: true,
            }));
        } else {
            let x = x0 + w + GAP;
            reach = reach.max(x + lw - (x0 + len));
            labels.push(Some(LabelPos {
                x,
                anchor: Anchor::Start,
                inside: false,
            }));
        }
    }
    (bars, labels, reach)
}

fn place(rows: &[Row], width: f64, focus: &str, shares: bool) -> Layout {
    let wide = width >= WIDE;
    let col = if wide {
        heading_column(
            rows.iter().map(|r| (r.label.clone(), r.total.clone())),
            width,
            true,
        )
    } else {
        width
    };
    let x0 = if wide { col + COL_GAP } else { 0.0 };
    let label_ws: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| r.parts.iter().map(|p| bold_width(&p.label)).collect())
        .collect();
    let values: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| r.parts.iter().map(|p| p.value).collect())
        .collect();
    // Room after the bars for labels that do not fit on their segments. A shorter bar only
    // pushes more labels out, so this grows to a fixed point (at worst every label outside).
    let mut reserve: f64 = 0.0;
    for _ in 0..=2 * rows.len() + 1 {
        let bar_w = (width - x0 - reserve).max(0.0);
        let need = values
            .iter()
            .zip(&label_ws)
            .map(|(v, lw)| {
                if shares {
                    place_labels(&segments(x0, bar_w, v), lw).1
                } else {
                    pair_bars(x0, bar_w, v, lw).2
                }
            })
            .fold(0.0, f64::max);
        if need <= reserve {
            break;
        }
        reserve = need;
    }
    let bar_w = (width - x0 - reserve).max(0.0);

    let mut y = 0.0;
    let mut placed = Vec::with_capacity(rows.len());
    for ((r, v), lw) in rows.iter().zip(&values).zip(&label_ws) {
        let lines = heading(&r.label, &r.total, col, r.fig.id == focus);
        let head_h = lines.len() as f64 * LINE;
        // The numbers mode draws two bars a row.
        let bars_h = if shares { BAR } else { 2.0 * BAR + PAIR_GAP };
        let (head_top, bar_y, row_h) = if wide {
            let row_h = head_h.max(bars_h);
            (
                y + (row_h - head_h) / 2.0,
                y + (row_h - bars_h) / 2.0,
                row_h,
            )
        } else {
            (y, y + head_h + 2.0, head_h + 2.0 + bars_h)
        };
        let head = lines
            .into_iter()
            .enumerate()
            .map(|(i, l)| (0.0, head_top + i as f64 * LINE + FONT, l))
            .collect();
        let (segs, labels) = if shares {
            let segs = segments(x0, bar_w, v);
            let (labels, _) = place_labels(&segs, lw);
            (segs, labels)
        } else {
            let (bars, labels, _) = pair_bars(x0, bar_w, v, lw);
            (bars, labels)
        };
        placed.push(RowPlace {
            head,
            bar_y,
            segs: segs
                .into_iter()
                .zip(labels)
                .enumerate()
                .map(|(i, ((x, w), label))| SegPlace {
                    x,
                    y: if shares {
                        bar_y
                    } else {
                        bar_y + i as f64 * (BAR + PAIR_GAP)
                    },
                    w,
                    label,
                })
                .collect(),
        });
        y += row_h + ROW_GAP;
    }
    Layout {
        width,
        height: (y - ROW_GAP + 2.0).max(0.0),
        x0,
        bar_w,
        rows: placed,
    }
}

// ---------------------------------------------------------------------------------------
// Layer 3: render, and the words around the chart.

/// The takeaway for one measure: how many times Beijing's part is Tianjin's (or the reverse,
/// whichever is larger first), or in the `shares` mode both cities' shares. `None` when the
/// figure does not exist or has no split.
pub fn takeaway(d: &Dataset, locale: Locale, metric_id: &str, shares: bool) -> Option<String> {
    let f = d.figure(metric_id)?;
    let split = f.split.as_ref()?;
    let s = strings(locale);
    let w = words(locale);
    let metric = METRICS.iter().find(|m| m.id == f.id);
    let (b, t) = (split.beijing.value, split.tianjin.value);
    if shares {
        let noun = match (metric, locale) {
            (Some(m), Locale::ZhHans) => m.zh_hans,
            (Some(m), Locale::ZhHant) => m.zh_hant,
            (Some(m), Locale::En) => m.en_share,
            (None, _) => f.label.get(locale),
        };
        let sum = b + t;
        return Some(fill(
            w.shares,
            &[
                s.beijing,
                &format::share(b, sum, locale)?,
                noun,
                s.tianjin,
                &format::share(t, sum, locale)?,
            ],
        ));
    }
    let ((big, bv), (small, sv)) = if t > b {
        ((Partner::Tianjin, t), (Partner::Beijing, b))
    } else {
        ((Partner::Beijing, b), (Partner::Tianjin, t))
    };
    let (template, verb, noun) = match (metric, locale) {
        (Some(m), Locale::ZhHans) => (w.ratio, "", m.zh_hans),
        (Some(m), Locale::ZhHant) => (w.ratio, "", m.zh_hant),
        (Some(m), Locale::En) => (w.ratio, m.en_verb, m.en_noun),
        (None, _) => (w.ratio_label, "", f.label.get(locale)),
    };
    let template = if bv == sv { w.equal } else { template };
    let ratio = if bv == sv {
        String::new()
    } else {
        format::ratio(bv, sv)?
    };
    Some(fill(
        template,
        &[
            s.partner_name(big),
            verb,
            &counted(f, bv, locale),
            noun,
            s.partner_name(small),
            &counted(f, sv, locale),
            &ratio,
        ],
    ))
}

/// The partners chart: Beijing and Tianjin on every measure the article splits, as counts or
/// (`shares`) as shares of each measure; `focus` is the figure id whose takeaway is shown and
/// whose row is emphasised (default and fallback: the first row).
pub fn spec(
    d: &Dataset,
    locale: Locale,
    width: f64,
    shares: bool,
    focus: Option<&str>,
) -> ChartSpec {
    let s = strings(locale);
    let w = words(locale);
    let rows = series(d, locale, shares);
    let focus_id = focus
        .filter(|id| rows.iter().any(|r| r.fig.id == *id))
        .or_else(|| rows.first().map(|r| r.fig.id.as_str()))
        .unwrap_or_default();
    let layout = place(&rows, width, focus_id, shares);

    let mut body: Vec<Node> = Vec::new();
    let mut marks = Vec::new();
    for (r, p) in rows.iter().zip(&layout.rows) {
        let focused = r.fig.id == focus_id;
        // The focused row is marked by its bold heading and a class, not by fading the
        // others: faded bars would drop the white labels on them below 4.5:1 contrast.
        let mut g = el("g").attr(
            "class",
            if focused {
                "chart__row chart__row--focus"
            } else {
                "chart__row"
            },
        );
        for (x, y, line) in &p.head {
            g = g.child(heading_text(*x, *y, line, focused));
        }
        for (part, seg) in r.parts.iter().zip(&p.segs) {
            let baseline = centre_baseline(seg.y, BAR);
            let key = format!("{}:{}", r.fig.id, partner_key(part.partner));
            let t = tone(part.partner);
            let mut mark = el("g").attr("data-key", &key).child(
                el("rect")
                    .attr("x", seg.x)
                    .attr("y", seg.y)
                    .attr("width", seg.w)
                    .attr("height", BAR)
                    .attr("class", t.fill_class()),
            );
            if let Some(l) = seg.label {
                mark = mark.child(label_text(
                    l.x,
                    baseline,
                    l.anchor,
                    label_class(Some(t), l.inside),
                    &part.label,
                ));
            }
            g = g.child(mark);
            marks.push(Mark {
                key,
                title: fill(w.mark_title, &[&r.label, s.partner_name(part.partner)]),
                lines: vec![
                    part.amount.clone(),
                    fill(w.share_of, &[&part.share, &r.total]),
                    s.period_name(r.fig.period).to_owned(),
                ],
                anchor: (seg.x + seg.w / 2.0, seg.y),
                tone: Some(t),
            });
        }
        body.push(g.into());
    }

    let title = w.title.to_owned();
    let source = super::source::source_line(d, locale, &[]);
    let mut table = Table::new(
        &title,
        &source,
        w.columns.iter().map(|c| (*c).to_owned()).collect(),
    );
    for r in &rows {
        let [b, t] = &r.parts;
        let pct_raw = |p: &Part| Some(p.share.trim_end_matches('%').to_owned());
        table.push(vec![
            (r.label.clone(), None),
            (b.amount.clone(), Some(raw(b.value))),
            (t.amount.clone(), Some(raw(t.value))),
            (r.total.clone(), Some(raw(r.fig.value))),
            (b.share.clone(), pct_raw(b)),
            (t.share.clone(), pct_raw(t)),
            (s.period_name(r.fig.period).to_owned(), None),
        ]);
    }

    let share_of = |r: &Row| r.parts[0].value / (r.parts[0].value + r.parts[1].value);
    let most = rows
        .iter()
        .reduce(|a, b| if share_of(b) > share_of(a) { b } else { a });
    let least = rows
        .iter()
        .reduce(|a, b| if share_of(b) < share_of(a) { b } else { a });
    let summary = match (most, least) {
        (Some(m), Some(l)) => fill(
            w.summary,
            &[
                &rows.len().to_string(),
                &m.label,
                &m.parts[0].share,
                &l.label,
                &l.parts[0].share,
            ],
        ),
        _ => String::new(),
    };

    ChartSpec {
        id: ID,
        title,
        subtitle: Some(
            if shares {
                w.subtitle_shares
            } else {
                w.subtitle_counts
            }
            .to_owned(),
        ),
        takeaway: takeaway(d, locale, focus_id, shares),
        source,
        width: layout.width,
        height: layout.height,
        body,
        marks,
        table,
        summary,
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::core::charts::text as measure;
    use crate::core::load::parse_dataset;
    use crate::core::svg::Element;

    pub(in crate::core::charts) fn dataset() -> Dataset {
        let text = include_str!("../../../data/dataset.json");
        parse_dataset(text, "data/dataset.json").expect("the real dataset loads")
    }

    /// The text of `e` and its estimated width: bold where a `t-value` class or a
    /// `font-weight` says so, as the layouts measure it.
    fn text_of(e: &Element, bold: bool) -> (String, f64) {
        let bold = bold
            || e.get("font-weight").is_some()
            || e.get("class").is_some_and(|c| c.contains("t-value"));
        let mut s = String::new();
        let mut w = 0.0;
        for c in &e.children {
            match c {
                Node::Text(t) => {
                    s.push_str(t);
                    w += measure::measure(t, FONT, bold);
                }
                Node::Element(e) => {
                    let (t, tw) = text_of(e, bold);
                    s.push_str(&t);
                    w += tw;
                }
            }
        }
        (s, w)
    }

    /// The horizontal extent of every rect and text in `nodes` (texts by estimated width).
    pub(in crate::core::charts) fn extents(nodes: &[Node]) -> Vec<(String, f64, f64)> {
        let mut out = Vec::new();
        for n in nodes {
            let Node::Element(e) = n else { continue };
            let num = |k: &str| e.get(k).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
            match e.tag {
                "rect" => out.push(("rect".into(), num("x"), num("x") + num("width"))),
                "text" => {
                    let (s, w) = text_of(e, false);
                    let x = num("x");
                    let (l, r) = match e.get("text-anchor") {
                        Some("end") => (x - w, x),
                        Some("middle") => (x - w / 2.0, x + w / 2.0),
                        _ => (x, x + w),
                    };
                    out.push((s, l, r));
                }
                _ => out.extend(extents(&e.children)),
            }
        }
        out
    }

    #[test]
    fn takeaways_in_three_languages() {
        let d = dataset();
        let cases: [(&str, bool, [&str; 3]); 4] = [
            (
                "paired_schools",
                false,
                [
                    "北京结对学校245所，是天津64所的3.8倍。",
                    "北京結對學校245所，是天津64所的3.8倍。",
                    "Beijing paired 245 schools, 3.8 times Tianjin's 64.",
                ],
            ),
            (
                "paired_schools",
                true,
                [
                    "结对学校中，北京占79.3%，天津占20.7%。",
                    "結對學校中，北京佔79.3%，天津佔20.7%。",
                    "Beijing accounts for 79.3% of paired schools, Tianjin 20.7%.",
                ],
            ),
            (
                "new_enterprises",
                false,
                [
                    "北京引进落地企业235家，是天津31家的7.6倍。",
                    "北京引進落地企業235家，是天津31家的7.6倍。",
                    "Beijing supplied 235 of the enterprises brought in, 7.6 times Tianjin's 31.",
                ],
            ),
            (
                "new_enterprises",
                true,
                [
                    "引进落地企业中，北京占88.3%，天津占11.7%。",
                    "引進落地企業中，北京佔88.3%，天津佔11.7%。",
                    "Beijing accounts for 88.3% of the enterprises brought in, Tianjin 11.7%.",
                ],
            ),
        ];
        for (id, shares, want) in cases {
            for (l, w) in Locale::ALL.into_iter().zip(want) {
                assert_eq!(
                    takeaway(&d, l, id, shares).as_deref(),
                    Some(w),
                    "{id} {l:?}"
                );
            }
        }
    }

    #[test]
    fn takeaways_for_every_split_measure() {
        let d = dataset();
        let counts = [
            (
                "workers_returned",
                "北京“点对点”返岗贫困劳动力3256名，是天津2181名的1.5倍。",
                "北京「點對點」返崗貧困勞動力3256名，是天津2181名的1.5倍。",
                "Beijing took back 3,256 poor workers, 1.5 times Tianjin's 2,181.",
            ),
            (
                "paired_townships",
                "北京结对乡镇216个，是天津24个的9倍。",
                "北京結對鄉鎮216個，是天津24個的9倍。",
                "Beijing paired 216 townships, 9 times Tianjin's 24.",
            ),
            (
                "paired_strong_villages",
                "北京结对经济强村532个，是天津29个的18.3倍。",
                "北京結對經濟強村532個，是天津29個的18.3倍。",
                "Beijing paired 532 economically strong villages, 18.3 times Tianjin's 29.",
            ),
            (
                "paired_hospitals",
                "北京结对医院283所，是天津23所的12.3倍。",
                "北京結對醫院283所，是天津23所的12.3倍。",
                "Beijing paired 283 hospitals, 12.3 times Tianjin's 23.",
            ),
        ];
        for (id, hans, hant, en) in counts {
            assert_eq!(
                takeaway(&d, Locale::ZhHans, id, false).as_deref(),
                Some(hans)
            );
            assert_eq!(
                takeaway(&d, Locale::ZhHant, id, false).as_deref(),
                Some(hant)
            );
            assert_eq!(takeaway(&d, Locale::En, id, false).as_deref(), Some(en));
        }
        let shares = [
            (
                "workers_returned",
                "“点对点”返岗贫困劳动力中，北京占59.9%，天津占40.1%。",
                "「點對點」返崗貧困勞動力中，北京佔59.9%，天津佔40.1%。",
                "Beijing accounts for 59.9% of the poor workers taken back to jobs, Tianjin 40.1%.",
            ),
            (
                "paired_townships",
                "结对乡镇中，北京占90%，天津占10%。",
                "結對鄉鎮中，北京佔90%，天津佔10%。",
                "Beijing accounts for 90% of paired townships, Tianjin 10%.",
            ),
            (
                "paired_strong_villages",
                "结对经济强村中，北京占94.8%，天津占5.2%。",
                "結對經濟強村中，北京佔94.8%，天津佔5.2%。",
                "Beijing accounts for 94.8% of paired economically strong villages, Tianjin 5.2%.",
            ),
            (
                "paired_hospitals",
                "结对医院中，北京占92.5%，天津占7.5%。",
                "結對醫院中，北京佔92.5%，天津佔7.5%。",
                "Beijing accounts for 92.5% of paired hospitals, Tianjin 7.5%.",
            ),
        ];
        for (id, hans, hant, en) in shares {
            assert_eq!(
                takeaway(&d, Locale::ZhHans, id, true).as_deref(),
                Some(hans)
            );
            assert_eq!(
                takeaway(&d, Locale::ZhHant, id, true).as_deref(),
                Some(hant)
            );
            assert_eq!(takeaway(&d, Locale::En, id, true).as_deref(), Some(en));
        }
    }

    #[test]
    fn no_takeaway_without_a_split() {
        let d = dataset();
        for l in Locale::ALL {
            assert_eq!(takeaway(&d, l, "hebei_schools", false), None);
            assert_eq!(takeaway(&d, l, "donations", true), None);
            assert_eq!(takeaway(&d, l, "no_such_figure", false), None);
        }
    }

    #[test]
    fn takeaway_puts_the_larger_city_first_and_handles_unknown_measures() {
        let mut d = dataset();
        let f = d
            .figures
            .iter_mut()
            .find(|f| f.id == "paired_schools")
            .unwrap();
        f.id = "paired_kindergartens".into();
        let split = f.split.as_mut().unwrap();
        std::mem::swap(&mut split.beijing, &mut split.tianjin);
        assert_eq!(
            takeaway(&d, Locale::ZhHans, "paired_kindergartens", false).as_deref(),
            Some("京津结对学校：天津245所，是北京64所的3.8倍。")
        );
        assert_eq!(
            takeaway(&d, Locale::En, "paired_kindergartens", false).as_deref(),
            Some("Beijing and Tianjin schools in pairings: Tianjin 245, 3.8 times Beijing's 64.")
        );
        let mut d = dataset();
        let f = d
            .figures
            .iter_mut()
            .find(|f| f.id == "paired_schools")
            .unwrap();
        f.split.as_mut().unwrap().tianjin.value = 245.0;
        assert_eq!(
            takeaway(&d, Locale::ZhHans, "paired_schools", false).as_deref(),
            Some("北京和天津结对学校各245所。")
        );
        assert_eq!(
            takeaway(&d, Locale::En, "paired_schools", false).as_deref(),
            Some("Beijing and Tianjin each paired 245 schools.")
        );
    }

    #[test]
    fn no_digits_in_the_words() {
        for w in [&ZH_HANS, &ZH_HANT, &EN] {
            let all = [
                w.title,
                w.subtitle_counts,
                w.subtitle_shares,
                w.segment,
                w.mark_title,
                w.share_of,
                w.ratio,
                w.ratio_label,
                w.equal,
                w.shares,
                w.summary,
            ];
            for s in all.iter().chain(&w.columns) {
                let stripped =
                    (0..7).fold(s.to_string(), |acc, i| acc.replace(&format!("{{{i}}}"), ""));
                assert!(!stripped.chars().any(|c| c.is_ascii_digit()), "{s}");
            }
        }
        for m in &METRICS {
            for s in [m.zh_hans, m.zh_hant, m.en_verb, m.en_noun, m.en_share] {
                assert!(!s.chars().any(|c| c.is_ascii_digit()), "{s}");
            }
        }
    }

    /// The numbers mode draws counts, not the shares' full-length bars: each city its own
    /// bar on the row's scale, the larger full length, the smaller in proportion.
    #[test]
    fn numbers_mode_draws_each_city_to_scale() {
        let d = dataset();
        for width in [300.0, 560.0, 1100.0] {
            let rows = series(&d, Locale::ZhHans, false);
            let l = place(&rows, width, "paired_schools", false);
            for (r, p) in rows.iter().zip(&l.rows) {
                let [b, t] = [&p.segs[0], &p.segs[1]];
                assert!((b.x - l.x0).abs() < 1e-9 && (t.x - l.x0).abs() < 1e-9);
                assert!(t.y > b.y, "{}: two bars, one under the other", r.fig.id);
                assert!((b.w.max(t.w) - l.bar_w).abs() < 1e-9);
                let want = r.parts[0].value / r.parts[1].value;
                assert!((b.w / t.w - want).abs() < 1e-9, "{}", r.fig.id);
            }
            // And so the two modes differ.
            let shares = place(
                &series(&d, Locale::ZhHans, true),
                width,
                "paired_schools",
                true,
            );
            assert_ne!(shares.rows[0].segs, l.rows[0].segs);
        }
    }

    #[test]
    fn segments_are_proportional_and_fill_the_row() {
        let d = dataset();
        for width in [300.0, 320.0, 560.0, 1000.0, 1100.0] {
            let rows = series(&d, Locale::ZhHans, true);
            let l = place(&rows, width, "paired_schools", true);
            assert!(l.bar_w > 100.0, "{width}: bar {}", l.bar_w);
            for (r, p) in rows.iter().zip(&l.rows) {
                let [b, t] = [&p.segs[0], &p.segs[1]];
                assert!((b.x - l.x0).abs() < 1e-9);
                assert!((b.w + t.w - l.bar_w).abs() < 1e-9);
                assert!((t.x - (b.x + b.w)).abs() < 1e-9);
                let want = r.parts[0].value / r.parts[1].value;
                assert!((b.w / t.w - want).abs() < 1e-9, "{}", r.fig.id);
            }
        }
    }

    #[test]
    fn nothing_overflows_the_width() {
        let d = dataset();
        for width in [300.0, 320.0, 360.0, 559.0, 560.0, 720.0, 1000.0, 1100.0] {
            for l in Locale::ALL {
                for shares in [false, true] {
                    let spec = spec(&d, l, width, shares, None);
                    for (what, a, b) in extents(&spec.body) {
                        assert!(
                            a >= -0.06 && b <= width + 0.06,
                            "{width} {l:?} {shares}: {what} spans {a}..{b}"
                        );
                    }
                    assert!(spec.height > 0.0);
                }
            }
        }
    }

    #[test]
    fn labels_go_inside_when_they_fit_and_outside_in_order() {
        // Both fit.
        let (l, reach) = place_labels(&[(0.0, 100.0), (100.0, 100.0)], &[40.0, 40.0]);
        assert_eq!(reach, 0.0);
        assert_eq!(l[0].unwrap().anchor, Anchor::Start);
        assert_eq!(l[1].unwrap().x, 200.0 - PAD);
        // The second does not: after the end.
        let (l, reach) = place_labels(&[(0.0, 180.0), (180.0, 20.0)], &[40.0, 40.0]);
        assert!(l[0].unwrap().inside && !l[1].unwrap().inside);
        assert_eq!(l[1].unwrap().x, 200.0 + GAP);
        assert_eq!(reach, GAP + 40.0);
        // The first does not: both outside, in order.
        let (l, reach) = place_labels(&[(0.0, 20.0), (20.0, 180.0)], &[40.0, 30.0]);
        assert!(!l[0].unwrap().inside && !l[1].unwrap().inside);
        assert!(l[0].unwrap().x < l[1].unwrap().x);
        assert_eq!(reach, GAP + 40.0 + GAP + 30.0);
    }

    #[test]
    fn marks_keys_and_anchors() {
        let d = dataset();
        let spec = spec(&d, Locale::En, 720.0, false, Some("paired_schools"));
        let keys: Vec<&str> = spec.marks.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "new_enterprises:beijing",
                "new_enterprises:tianjin",
                "workers_returned:beijing",
                "workers_returned:tianjin",
                "paired_townships:beijing",
                "paired_townships:tianjin",
                "paired_strong_villages:beijing",
                "paired_strong_villages:tianjin",
                "paired_schools:beijing",
                "paired_schools:tianjin",
                "paired_hospitals:beijing",
                "paired_hospitals:tianjin",
            ]
        );
        let xml = Node::from(spec.svg()).to_xml();
        for k in keys {
            assert_eq!(xml.matches(&format!("data-key=\"{k}\"")).count(), 1, "{k}");
        }
        let m = &spec.marks[8];
        assert_eq!(m.title, "Beijing and Tianjin schools in pairings · Beijing");
        assert_eq!(
            m.lines,
            ["245", "79.3% of the total 309", "to December 2020"]
        );
        assert_eq!(m.tone, Some(Tone::Beijing));
        assert!(m.anchor.0 > 0.0 && m.anchor.0 < 720.0 && m.anchor.1 < spec.height);
        let zh = super::spec(&d, Locale::ZhHans, 360.0, true, None);
        assert_eq!(
            zh.marks[9].lines,
            ["64所", "占合计309所的20.7%", "截至2020年12月"]
        );
        assert!(xml.contains(">Beijing 245<") && xml.contains(">Tianjin 64<"));
        assert!(zh.svg().children.len() == 6);
        let zh_xml = Node::from(zh.svg()).to_xml();
        assert!(zh_xml.contains(">北京 79.3%<") && zh_xml.contains(">天津 20.7%<"));
    }

    #[test]
    fn focus_picks_the_takeaway_and_mutes_the_other_rows() {
        let d = dataset();
        let first = spec(&d, Locale::ZhHans, 720.0, false, None);
        assert_eq!(
            first.takeaway.as_deref(),
            Some("北京引进落地企业235家，是天津31家的7.6倍。")
        );
        let schools = spec(&d, Locale::ZhHans, 720.0, false, Some("paired_schools"));
        assert_eq!(
            schools.takeaway.as_deref(),
            Some("北京结对学校245所，是天津64所的3.8倍。")
        );
        let muted = |s: &ChartSpec| -> Vec<bool> {
            s.body
                .iter()
                .map(|n| match n {
                    Node::Element(e) => e.get("class") == Some("chart__row"),
                    Node::Text(_) => false,
                })
                .collect()
        };
        assert_eq!(muted(&schools), [true, true, true, true, false, true]);
        assert_eq!(muted(&first), [false, true, true, true, true, true]);
        // An unknown id falls back to the first row.
        let unknown = spec(&d, Locale::ZhHans, 720.0, false, Some("hebei_schools"));
        assert_eq!(unknown.takeaway, first.takeaway);
    }

    #[test]
    fn table_rows_and_raw_csv_values() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 720.0, false, None);
        let t = &spec.table;
        assert_eq!(t.columns.len(), 7);
        assert_eq!(t.rows.len(), 6);
        assert_eq!(
            t.rows[4],
            [
                "京津结对学校",
                "245所",
                "64所",
                "309所",
                "79.3%",
                "20.7%",
                "截至2020年12月"
            ]
        );
        assert_eq!(t.source, "来源：河北日报，2020年12月19日");
        let csv = t.to_csv();
        assert!(csv.contains("京津结对学校,245,64,309,79.3,20.7,截至2020年12月\r\n"));
        assert!(
            csv.contains("“点对点”返岗京津的贫困劳动力,3256,2181,5437,59.9,40.1,时间未说明\r\n")
        );
        let en = super::spec(&d, Locale::En, 720.0, true, None);
        assert_eq!(en.table.rows[1][1], "3,256");
        assert!(en.table.to_csv().contains(",3256,2181,5437,"));
        assert_eq!(en.source, "Source: Hebei Daily, December 19, 2020");
        assert_eq!(
            super::spec(&d, Locale::ZhHant, 720.0, true, None).source,
            "來源：河北日報，2020年12月19日"
        );
    }

    #[test]
    fn summary_names_the_largest_and_smallest_share() {
        let d = dataset();
        assert_eq!(
            spec(&d, Locale::ZhHans, 720.0, false, None).summary,
            "文章分列北京、天津数字的6项指标。北京所占份额最高的是京津结对经济强村（94.8%），最低的是“点对点”返岗京津的贫困劳动力（59.9%）。"
        );
    }

    /// The estimated width of a heading line as rendered.
    fn heading_width(line: &HeadLine) -> f64 {
        let l = measure::width(&line.label, FONT);
        match &line.total {
            Some(t) if line.label.is_empty() => bold_width(t),
            Some(t) => l + SPACE + bold_width(t),
            None => l,
        }
    }

    #[test]
    fn headings_wrap_and_keep_the_total() {
        let h = heading("京津结对学校", "309所", 200.0, false);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].total.as_deref(), Some("309所"));
        let h = heading("京津结对学校", "309所", 80.0, false);
        assert_eq!(h.last().unwrap().label, "");
        assert!(h.iter().all(|l| heading_width(l) <= 80.0));
    }
}
