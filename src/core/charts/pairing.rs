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

// ---------------------------------------------------------------------------------------
// Layer 1: series.

/// A part of a bar: a city's part, the undivided Beijing-Tianjin side, or the Hebei side.
#[derive(Debug, Clone, PartialEq)]
struct Seg {
    key: String,
    tone: Option<Tone>,
    class: &'static str,
    value: f64,
    /// Direct label on or after the segment ("" for none).
    label: String,
    title: String,
    lines: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
struct Bar {
    label: String,
    total: String,
    segs: Vec<Seg>,
}

impl Bar {
    fn value(&self) -> f64 {
        self.segs.iter().map(|s| s.value).sum()
    }
}

/// One pairing: the Beijing-Tianjin figure and its Hebei counterpart.
#[derive(Debug, Clone, PartialEq)]
struct Row<'a> {
    upper_fig: &'a Figure,
    lower_fig: &'a Figure,
    upper: Bar,
    lower: Bar,
}

/// The pairings in dataset order: every figure with a `counterpart` that exists.
fn pairs(d: &Dataset) -> Vec<(&Figure, &Figure)> {
    d.figures
        .iter()
        .filter_map(|f| Some((f, d.figure(f.counterpart.as_deref()?)?)))
        .collect()
}

fn series(d: &Dataset, locale: Locale) -> Vec<Row<'_>> {
    let s = strings(locale);
    let w = words(locale);
    pairs(d)
        .into_iter()
        .map(|(up, low)| {
            let up_label = up.label.get(locale).to_owned();
            let up_total = total(up, locale);
            let period = s.period_name(up.period).to_owned();
            let upper_segs = match &up.split {
                Some(split) => {
                    let sum = split.beijing.value + split.tianjin.value;
                    [
                        (Tone::Beijing, "beijing", s.beijing, split.beijing.value),
                        (Tone::Tianjin, "tianjin", s.tianjin, split.tianjin.value),
                    ]
                    .into_iter()
                    .map(|(tone, key, city, v)| Seg {
                        key: format!("{}:{key}", up.id),
                        tone: Some(tone),
                        class: tone.fill_class(),
                        value: v,
                        label: fill(w.segment, &[city, &format::number(v, locale, Style::Exact)]),
                        title: fill(w.mark_title, &[&up_label, city]),
                        lines: vec![
                            amount(up, v, locale),
                            fill(
                                w.share_of,
                                &[
                                    &format::share(v, sum, locale).unwrap_or_default(),
                                    &up_total,
                                ],
                            ),
                            period.clone(),
                        ],
                    })
                    .collect()
                }
                None => vec![Seg {
                    key: up.id.clone(),
                    tone: None,
                    class: JINGJIN_CLASS,
                    value: up.value,
                    label: w.jingjin.to_owned(),
                    title: up_label.clone(),
                    lines: vec![up_total.clone(), w.not_split.to_owned(), period.clone()],
                }],
            };
            let diff = low.value - up.value;
            let diff_line = if diff > 0.0 {
                fill(w.more, &[&counted(low, diff, locale)])
            } else if diff < 0.0 {
                fill(w.fewer, &[&counted(low, -diff, locale)])
            } else {
                w.same.to_owned()
            };
            let low_label = low.label.get(locale).to_owned();
            let low_total = total(low, locale);
            let lower = Bar {
                segs: vec![Seg {
                    key: low.id.clone(),
                    tone: Some(Tone::Hebei),
                    class: Tone::Hebei.fill_class(),
                    value: low.value,
                    label: String::new(),
                    title: low_label.clone(),
                    lines: vec![
                        low_total.clone(),
                        diff_line,
                        s.period_name(low.period).to_owned(),
                    ],
                }],
                label: low_label,
                total: low_total,
            };
            Row {
                upper_fig: up,
                lower_fig: low,
                upper: Bar {
                    label: up_label,
                    total: up_total,
                    segs: upper_segs,
                },
                lower,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Layer 2: placement.

#[derive(Debug, Clone, PartialEq)]
struct SegPlace {
    x: f64,
    w: f64,
    label: Option<super::bars::LabelPos>,
}

#[derive(Debug, Clone, PartialEq)]
struct BarPlace {
    head: Vec<(f64, f64, HeadLine)>,
    y: f64,
    segs: Vec<SegPlace>,
}

#[derive(Debug, Clone, PartialEq)]
struct Layout {
    width: f64,
    height: f64,
    x0: f64,
    /// Pixels for the largest value: the common scale.
    plot_w: f64,
    max: f64,
    /// Per pairing: upper bar, lower bar, and the y of the hairline above it (none for the
    /// first).
    rows: Vec<(BarPlace, BarPlace, Option<f64>)>,
    /// The note's lines and their baselines.
    note: Vec<(f64, String)>,
}

fn place(rows: &[Row], note: Option<&str>, width: f64) -> Layout {
    let wide = width >= WIDE;
    let bars = || rows.iter().flat_map(|r| [&r.upper, &r.lower]);
    let col = if wide {
        heading_column(
            bars().map(|b| (b.label.clone(), b.total.clone())),
            width,
            false,
        )
    } else {
        width
    };
    let x0 = if wide { col + COL_GAP } else { 0.0 };
    let avail = (width - x0).max(0.0);
    let max = bars().map(Bar::value).fold(0.0, f64::max);
    let widths = |b: &Bar| -> Vec<f64> { b.segs.iter().map(|s| bold_width(&s.label)).collect() };
    let values = |b: &Bar| -> Vec<f64> { b.segs.iter().map(|s| s.value).collect() };
    let len = |b: &Bar, plot_w: f64| {
        if max > 0.0 {
            b.value() / max * plot_w
        } else {
            0.0
        }
    };
    // Shrink the scale until every bar and the labels after it fit: a shorter scale only
    // pushes more labels outside, so this reaches a fixed point.
    let mut plot_w = avail;
    for _ in 0..64 {
        let fit = bars()
            .filter_map(|b| {
                let (_, reach) =
                    place_labels(&segments(x0, len(b, plot_w), &values(b)), &widths(b));
                (reach > 0.0 && b.value() > 0.0).then(|| (avail - reach).max(0.0) * max / b.value())
            })
            .fold(avail, f64::min);
        if fit >= plot_w - 1e-9 {
            break;
        }
        plot_w = fit;
    }

    let place_bar = |b: &Bar, y: f64| -> (BarPlace, f64) {
        let lines = heading(&b.label, &b.total, col, false);
        let head_h = lines.len() as f64 * LINE;
        let (head_top, bar_y, h) = if wide {
            let h = head_h.max(BAR);
            (y + (h - head_h) / 2.0, y + (h - BAR) / 2.0, h)
        } else {
            (y, y + head_h + HEAD_GAP, head_h + HEAD_GAP + BAR)
        };
        let segs = segments(x0, len(b, plot_w), &values(b));
        let (labels, _) = place_labels(&segs, &widths(b));
        let place = BarPlace {
            head: lines
                .into_iter()
                .enumerate()
                .map(|(i, l)| (0.0, head_top + i as f64 * LINE + FONT, l))
                .collect(),
            y: bar_y,
            segs: segs
                .into_iter()
                .zip(labels)
                .map(|((x, w), label)| SegPlace { x, w, label })
                .collect(),
        };
        (place, h)
    };

    let mut y = 0.0;
    let mut placed = Vec::with_capacity(rows.len());
    for (i, r) in rows.iter().enumerate() {
        let rule = (i > 0).then(|| y - ROW_GAP / 2.0);
        let (upper, h) = place_bar(&r.upper, y);
        y += h + INNER_GAP;
        let (lower, h) = place_bar(&r.lower, y);
        y += h + ROW_GAP;
        placed.push((upper, lower, rule));
    }
    y -= ROW_GAP;
    let mut note_lines = Vec::new();
    if let Some(n) = note {
        y += 10.0;
        for line in measure::wrap(n, FONT, width) {
            y += LINE;
            note_lines.push((y - 4.0, line));
        }
    }
    Layout {
        width,
        height: y + 2.0,
        x0,
        plot_w,
        max,
        rows: placed,
        note: note_lines,
    }
}

// ---------------------------------------------------------------------------------------
// Layer 3: render, and the words around the chart.

/// The takeaway. Rule: the pairing where the Hebei side exceeds the Beijing-Tianjin side by
/// the most (absolute difference; the earlier pairing on a tie), said as "京津240个乡镇与受援县
/// 297个乡镇结对，受援县一方多出57个，差距在各项中最大。". When no Hebei side is larger, the first
/// pairing is stated plainly. `None` when the dataset has no pairing.
pub fn takeaway(d: &Dataset, locale: Locale) -> Option<String> {
    let w = words(locale);
    let all = pairs(d);
    let widest = all
        .iter()
        .filter(|(up, low)| low.value > up.value)
        .reduce(|a, b| {
            if b.1.value - b.0.value > a.1.value - a.0.value {
                b
            } else {
                a
            }
        });
    let (&(up, low), gap) = match widest {
        Some(p) => (p, true),
        None => (all.first()?, false),
    };
    let nouns = NOUNS.iter().find(|n| n.id == up.id).map(|n| match locale {
        Locale::ZhHans => n.zh_hans,
        Locale::ZhHant => n.zh_hant,
        Locale::En => n.en,
    });
    let diff = counted(low, low.value - up.value, locale);
    let (a, b) = (
        counted(up, up.value, locale),
        counted(low, low.value, locale),
    );
    Some(match nouns {
        Some((up_noun, low_noun)) => fill(
            if gap { w.gap } else { w.plain },
            &[
                &fill(w.counted_noun, &[&a, up_noun]),
                &fill(w.counted_noun, &[&b, low_noun]),
                &diff,
            ],
        ),
        None => fill(
            if gap { w.gap_label } else { w.plain_label },
            &[&a, &b, &diff, up.label.get(locale), low.label.get(locale)],
        ),
    })
}

/// The pairing chart at `width` CSS pixels.
pub fn spec(d: &Dataset, locale: Locale, width: f64) -> ChartSpec {
    let w = words(locale);
    let s = strings(locale);
    let rows = series(d, locale);
    let donations = d.figure("donations");
    let note = donations.map(|f| fill(w.note, &[f.label.get(locale), &total(f, locale)]));
    let layout = place(&rows, note.as_deref(), width);

    let mut body: Vec<Node> = Vec::new();
    let mut marks = Vec::new();
    for (r, (up, low, rule)) in rows.iter().zip(&layout.rows) {
        if let Some(y) = rule {
            body.push(
                el("line")
                    .attr("x1", 0.0)
                    .attr("x2", width)
                    .attr("y1", *y)
                    .attr("y2", *y)
                    .attr("class", "s-rule")
                    .into(),
            );
        }
        let mut g = el("g").attr("class", "chart__row");
        for (bar, p) in [(&r.upper, up), (&r.lower, low)] {
            for (x, y, line) in &p.head {
                g = g.child(heading_text(*x, *y, line, false));
            }
            let baseline = centre_baseline(p.y, BAR);
            for (seg, sp) in bar.segs.iter().zip(&p.segs) {
                let mut rect = el("rect")
                    .attr("x", sp.x)
                    .attr("y", p.y)
                    .attr("width", sp.w)
                    .attr("height", BAR)
                    .attr("class", seg.class);
                if seg.class == JINGJIN_CLASS {
                    rect = rect.attr("fill", palette::INK);
                }
                let mut mark = el("g").attr("data-key", &seg.key).child(rect);
                if let Some(l) = sp.label {
                    mark = mark.child(label_text(
                        l.x,
                        baseline,
                        l.anchor,
                        label_class(seg.tone, l.inside),
                        &seg.label,
                    ));
                }
                g = g.child(mark);
                marks.push(Mark {
                    key: seg.key.clone(),
                    title: seg.title.clone(),
                    lines: seg.lines.clone(),
                    anchor: (sp.x + sp.w / 2.0, p.y),
                    tone: seg.tone,
                });
            }
        }
        body.push(g.into());
    }
    if let (Some(f), false) = (donations, layout.note.is_empty()) {
        let mut g = el("g").attr("data-key", &f.id).attr("class", "chart__note");
        for (y, line) in &layout.note {
            g = g.child(label_text(0.0, *y, Anchor::Start, "t-label", line));
        }
        body.push(g.into());
        let first_y = layout.note.first().map_or(0.0, |(y, _)| *y);
        marks.push(Mark {
            key: f.id.clone(),
            title: f.label.get(locale).to_owned(),
            lines: vec![total(f, locale), s.period_name(f.period).to_owned()],
            anchor: (
                measure::width(&layout.note[0].1, FONT).min(width) / 2.0,
                first_y - FONT,
            ),
            tone: None,
        });
    }

    let title = w.title.to_owned();
    let source = source_line(d, locale, &[]);
    let mut table = Table::new(
        &title,
        &source,
        w.columns.iter().map(|c| (*c).to_owned()).collect(),
    );
    for r in &rows {
        let part = |i: usize| match &r.upper_fig.split {
            Some(_) => {
                let v = r.upper.segs[i].value;
                (amount(r.upper_fig, v, locale), Some(raw(v)))
            }
            None => (w.not_split_cell.to_owned(), Some(String::new())),
        };
        table.push(vec![
            (r.upper.label.clone(), None),
            (r.upper.total.clone(), Some(raw(r.upper_fig.value))),
            part(0),
            part(1),
            (r.lower.label.clone(), None),
            (r.lower.total.clone(), Some(raw(r.lower_fig.value))),
        ]);
    }
    if let Some(f) = donations {
        let empty = || (String::new(), None);
        table.push(vec![
            (f.label.get(locale).to_owned(), None),
            (total(f, locale), Some(raw(f.value))),
            empty(),
            empty(),
            empty(),
            empty(),
        ]);
    }

    let all_bars: Vec<&Bar> = rows.iter().flat_map(|r| [&r.upper, &r.lower]).collect();
    let largest = all_bars
        .iter()
        .copied()
        .reduce(|a, b| if b.value() > a.value() { b } else { a });
    let smallest = all_bars
        .iter()
        .copied()
        .reduce(|a, b| if b.value() < a.value() { b } else { a });
    let summary = match (largest, smallest) {
        (Some(l), Some(m)) => fill(
            w.summary,
            &[
                &rows.len().to_string(),
                &l.label,
                &l.total,
                &m.label,
                &m.total,
            ],
        ),
        _ => String::new(),
    };

    ChartSpec {
        id: ID,
        title,
        subtitle: Some(w.subtitle.to_owned()),
        takeaway: takeaway(d, locale),
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
mod tests {
    use super::*;
    use crate::core::charts::partners::tests::{dataset, extents};

    #[test]
    fn takeaway_names_the_widest_gap_in_three_languages() {
        let d = dataset();
        let want = [
            "京津240个乡镇与受援县297个乡镇结对，受援县一方多出57个，差距在各项中最大。",
            "京津240個鄉鎮與受援縣297個鄉鎮結對，受援縣一方多出57個，差距在各項中最大。",
            "Beijing and Tianjin's 240 townships are paired with 297 townships in the aided counties, 57 more: the widest gap of any pairing.",
        ];
        for (l, w) in Locale::ALL.into_iter().zip(want) {
            assert_eq!(takeaway(&d, l).as_deref(), Some(w), "{l:?}");
            assert_eq!(spec(&d, l, 720.0).takeaway.as_deref(), Some(w));
        }
    }

    #[test]
    fn takeaway_follows_the_data() {
        // Schools become the widest gap.
        let mut d = dataset();
        d.figures
            .iter_mut()
            .find(|f| f.id == "hebei_schools")
            .unwrap()
            .value = 400.0;
        assert_eq!(
            takeaway(&d, Locale::ZhHans).as_deref(),
            Some("京津309所学校与受援县400所学校结对，受援县一方多出91所，差距在各项中最大。")
        );
        // No Hebei side larger: the first pairing, plainly.
        for f in d.figures.iter_mut() {
            if f.id.starts_with("hebei_")
                || (f.id.ends_with("_villages") && f.id != "paired_strong_villages")
            {
                f.value = 1.0;
            }
        }
        assert_eq!(
            takeaway(&d, Locale::En).as_deref(),
            Some(
                "Beijing and Tianjin's 240 townships are paired with 1 townships in the aided counties."
            )
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant).as_deref(),
            Some("京津240個鄉鎮與受援縣1個鄉鎮結對。")
        );
        // A pairing without nouns falls back to the labels.
        let mut d = dataset();
        d.figures
            .iter_mut()
            .find(|f| f.id == "paired_townships")
            .unwrap()
            .id = "paired_towns".into();
        assert_eq!(
            takeaway(&d, Locale::ZhHans).as_deref(),
            Some("京津结对乡镇240个，受援县结对乡镇297个，相差57个，差距在各项中最大。")
        );
    }

    #[test]
    fn rows_follow_the_counterparts() {
        let d = dataset();
        let rows = series(&d, Locale::ZhHans);
        let ids: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.upper_fig.id.as_str(), r.lower_fig.id.as_str()))
            .collect();
        assert_eq!(
            ids,
            [
                ("paired_townships", "hebei_townships"),
                ("paired_strong_villages", "hebei_poor_villages"),
                ("paired_schools", "hebei_schools"),
                ("paired_hospitals", "hebei_hospitals"),
                ("paired_enterprises", "enterprise_villages"),
                ("social_organisations", "organisation_villages"),
            ]
        );
        // Split where the article splits, one undivided bar where it does not.
        let parts: Vec<usize> = rows.iter().map(|r| r.upper.segs.len()).collect();
        assert_eq!(parts, [2, 2, 2, 2, 1, 1]);
        assert_eq!(rows[4].upper.segs[0].label, "京津");
        assert_eq!(rows[4].upper.segs[0].tone, None);
    }

    #[test]
    fn one_common_scale_and_proportional_parts() {
        let d = dataset();
        let rows = series(&d, Locale::En);
        for width in [300.0, 320.0, 720.0, 1000.0, 1100.0] {
            let l = place(&rows, Some("note"), width);
            assert_eq!(l.max, 568.0);
            let px = l.plot_w / l.max;
            assert!(l.plot_w > 100.0, "{width}");
            for (r, (up, low, _)) in rows.iter().zip(&l.rows) {
                let up_len: f64 = up.segs.iter().map(|s| s.w).sum();
                assert!((up_len - r.upper_fig.value * px).abs() < 1e-9);
                assert!((low.segs[0].w - r.lower_fig.value * px).abs() < 1e-9);
                assert!((up.segs[0].x - l.x0).abs() < 1e-9 && (low.segs[0].x - l.x0).abs() < 1e-9);
                if let Some(split) = &r.upper_fig.split {
                    assert!((up.segs[0].w - split.beijing.value * px).abs() < 1e-9);
                    assert!((up.segs[1].w - split.tianjin.value * px).abs() < 1e-9);
                    assert!((up.segs[1].x - up.segs[0].x - up.segs[0].w).abs() < 1e-9);
                }
            }
        }
    }

    #[test]
    fn nothing_overflows_the_width() {
        let d = dataset();
        for width in [300.0, 320.0, 360.0, 559.0, 560.0, 720.0, 1000.0, 1100.0] {
            for l in Locale::ALL {
                let spec = spec(&d, l, width);
                for (what, a, b) in extents(&spec.body) {
                    assert!(
                        a >= -0.06 && b <= width + 0.06,
                        "{width} {l:?}: {what} spans {a}..{b}"
                    );
                }
                assert!(spec.height > 100.0);
            }
        }
    }

    #[test]
    fn marks_and_keys() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 360.0);
        let keys: Vec<&str> = spec.marks.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "paired_townships:beijing",
                "paired_townships:tianjin",
                "hebei_townships",
                "paired_strong_villages:beijing",
                "paired_strong_villages:tianjin",
                "hebei_poor_villages",
                "paired_schools:beijing",
                "paired_schools:tianjin",
                "hebei_schools",
                "paired_hospitals:beijing",
                "paired_hospitals:tianjin",
                "hebei_hospitals",
                "paired_enterprises",
                "enterprise_villages",
                "social_organisations",
                "organisation_villages",
                "donations",
            ]
        );
        let xml = Node::from(spec.svg()).to_xml();
        for k in &keys {
            assert_eq!(xml.matches(&format!("data-key=\"{k}\"")).count(), 1, "{k}");
        }
        assert_eq!(
            spec.marks[6].lines,
            ["245所", "占合计309所的79.3%", "截至2020年12月"]
        );
        assert_eq!(
            spec.marks[8].lines,
            ["362所", "比京津一方多53所", "截至2020年12月"]
        );
        assert_eq!(spec.marks[8].tone, Some(Tone::Hebei));
        assert_eq!(
            spec.marks[12].lines,
            ["463个", "文章未分列北京、天津的数字", "截至2020年12月"]
        );
        assert_eq!(spec.marks[16].lines, ["3.2225亿元", "截至2020年12月"]);
        assert!(xml.contains(">北京 245<") && xml.contains(">天津 64<"));
        assert!(xml.contains(">京津<"));
        assert!(xml.contains("社会组织累计捐资捐物3.2225亿元。"));
        assert_eq!(xml.matches("class=\"c-hebei\"").count(), 6);
        assert_eq!(xml.matches("class=\"c-jingjin\"").count(), 2);
        for m in &spec.marks {
            assert!(m.anchor.0 >= 0.0 && m.anchor.0 <= 360.0 && m.anchor.1 <= spec.height);
        }
    }

    #[test]
    fn table_rows_and_raw_csv_values() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 720.0);
        let t = &spec.table;
        assert_eq!(t.rows.len(), 7);
        assert_eq!(
            t.rows[2],
            [
                "京津结对学校",
                "309所",
                "245所",
                "64所",
                "受援县结对学校",
                "362所"
            ]
        );
        assert_eq!(t.rows[4][2], "未分列");
        let csv = t.to_csv();
        assert!(csv.contains("京津结对学校,309,245,64,受援县结对学校,362\r\n"));
        assert!(csv.contains("京津结对帮扶企业,463,,,与企业结对的受援县村,466\r\n"));
        assert!(csv.contains("社会组织累计捐资捐物,322250000,,,,\r\n"));
        assert_eq!(t.source, "来源：河北日报，2020年12月19日");
        let en = super::spec(&d, Locale::En, 720.0);
        assert_eq!(en.table.rows[6][1], "322.25M yuan");
        assert_eq!(en.table.rows[4][2], "not split");
    }

    #[test]
    fn summary_names_the_largest_and_smallest() {
        let d = dataset();
        assert_eq!(
            spec(&d, Locale::ZhHans, 720.0).summary,
            "6组结对中京津一方与受援县一方的数量，同一比例尺。最多的是受援县结对贫困村（568个），最少的是京津结对乡镇（240个）。"
        );
    }

    #[test]
    fn no_digits_in_the_words() {
        for w in [&ZH_HANS, &ZH_HANT, &EN] {
            let all = [
                w.title,
                w.subtitle,
                w.jingjin,
                w.segment,
                w.mark_title,
                w.share_of,
                w.not_split,
                w.more,
                w.fewer,
                w.same,
                w.counted_noun,
                w.gap,
                w.plain,
                w.gap_label,
                w.plain_label,
                w.note,
                w.summary,
                w.not_split_cell,
            ];
            for s in all.iter().chain(&w.columns) {
                let stripped =
                    (0..5).fold(s.to_string(), |acc, i| acc.replace(&format!("{{{i}}}"), ""));
                assert!(!stripped.chars().any(|c| c.is_ascii_digit()), "{s}");
            }
        }
        for n in &NOUNS {
            for s in [
                n.zh_hans.0,
                n.zh_hans.1,
                n.zh_hant.0,
                n.zh_hant.1,
                n.en.0,
                n.en.1,
            ] {
                assert!(!s.chars().any(|c| c.is_ascii_digit()), "{s}");
            }
        }
    }
}
