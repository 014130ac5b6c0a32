//! Poverty incidence at the start and now, as a dumbbell per group on one shared percent
//! axis: the 28 aided counties and Fuping. Rows come from the figures that name their
//! "before" figure (`before`), so a new pair in the data becomes a new row.
//!
//! The start values have no stated year (`period: baseline`); the chart says so in the legend
//! and prints the figures' note on why they must not be set beside the 2013-14 rates.

use super::legend::{LEGEND_SWATCH_GAP, legend_flow};
use super::palette::Tone;
use super::source::source_line;
use super::text;
use super::{ChartSpec, Mark};
use crate::core::decimal::Decimal;
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure, Unit};
use crate::core::strings::{fill, strings};
use crate::core::svg::{self, Node, el};
use crate::core::table::Table;

/// The chart's fixed words. No digits: numbers come from the dataset.
struct Words {
    title: &'static str,
    subtitle: &'static str,
    /// The metric as the figure labels spell it; stripped to get a row's short name.
    metric: &'static str,
    group_col: &'static str,
    drop_col: &'static str,
    /// `{0}` = the drop in percentage points.
    drop_line: &'static str,
    /// `{0}` = the rise in percentage points.
    rise_line: &'static str,
    note: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after, `{3}` = drop.
    takeaway_one: &'static str,
    /// ... `{3}` = the group with the largest drop, `{4}` = its drop.
    takeaway_two: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after (no drop).
    takeaway_change: &'static str,
    /// `{0}` = group, `{1}` = before, `{2}` = after.
    summary_item: &'static str,
    /// `{0}` = items, `{1}`/`{2}` = highest, `{3}`/`{4}` = lowest.
    summary: &'static str,
    /// `{0}` = value, `{1}` = period.
    value_period: &'static str,
}

const ZH_HANS: Words = Words {
    title: "贫困发生率：起点与现在",
    subtitle: "单位为百分比；起点的年份文章未说明",
    metric: "贫困发生率",
    group_col: "范围",
    drop_col: "下降（百分点）",
    drop_line: "较起点下降{0}个百分点",
    rise_line: "较起点上升{0}个百分点",
    note: "注：",
    takeaway_one: "{0}的贫困发生率由{1}降到{2}，下降了{3}个百分点。",
    takeaway_two: "{0}的贫困发生率由{1}降到{2}，降幅最大的{3}下降了{4}个百分点。",
    takeaway_change: "{0}的贫困发生率由{1}变为{2}。",
    summary_item: "{0}从{1}到{2}",
    summary: "{0}。最高的是{1}（{2}），最低的是{3}（{4}）。",
    value_period: "{0}，{1}",
};

const ZH_HANT: Words = Words {
    title: "貧困發生率：起點與現在",
    subtitle: "單位為百分比；起點的年份文章未說明",
    metric: "貧困發生率",
    group_col: "範圍",
    drop_col: "下降（百分點）",
    drop_line: "較起點下降{0}個百分點",
    rise_line: "較起點上升{0}個百分點",
    note: "註：",
    takeaway_one: "{0}的貧困發生率由{1}降到{2}，下降了{3}個百分點。",
    takeaway_two: "{0}的貧困發生率由{1}降到{2}，降幅最大的{3}下降了{4}個百分點。",
    takeaway_change: "{0}的貧困發生率由{1}變為{2}。",
    summary_item: "{0}從{1}到{2}",
    summary: "{0}。最高的是{1}（{2}），最低的是{3}（{4}）。",
    value_period: "{0}，{1}",
};

const EN: Words = Words {
    title: "Poverty incidence, at the start and now",
    subtitle: "Per cent of the population; the article does not say which year the start refers to",
    metric: "Poverty incidence, ",
    group_col: "Area",
    drop_col: "Fall (percentage points)",
    drop_line: "Down {0} percentage points from the start",
    rise_line: "Up {0} percentage points from the start",
    note: "Note: ",
    takeaway_one: "Poverty incidence in {0} fell from {1} to {2}, by {3} percentage points.",
    takeaway_two: "Poverty incidence in {0} fell from {1} to {2}; it fell most in {3}, by {4} percentage points.",
    takeaway_change: "Poverty incidence in {0} went from {1} to {2}.",
    summary_item: "{0}: from {1} to {2}",
    summary: "{0}. Highest: {1} ({2}); lowest: {3} ({4}).",
    value_period: "{0}, {1}",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhHans => &ZH_HANS,
        Locale::ZhHant => &ZH_HANT,
        Locale::En => &EN,
    }
}

// ---------------------------------------------------------------------------------------
// 1. Series
// ---------------------------------------------------------------------------------------

/// One dumbbell: an "after" figure and the "before" figure it names.
struct Row<'a> {
    before: &'a Figure,
    after: &'a Figure,
    label: String,
    /// before - after, exact.
    drop: Decimal,
}

/// `a - b`, exactly.
fn sub(a: Decimal, b: Decimal) -> Decimal {
    let e = a.exp.min(b.exp);
    let signed = |d: Decimal| -> i128 {
        let m = (d.mantissa * 10u128.pow((d.exp - e) as u32)) as i128;
        if d.negative { -m } else { m }
    };
    let r = signed(a) - signed(b);
    Decimal::new(r < 0, r.unsigned_abs(), e)
}

/// "28个受援县贫困发生率（现在）" → "28个受援县"; the label itself if the metric is not in it.
fn short_label(label: &str, metric: &str) -> String {
    let mut s = label.trim();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = s.strip_suffix(close)
            && let Some(i) = inner.rfind(open)
        {
            s = inner[..i].trim_end();
        }
    }
    let metric_trim = metric.trim();
    let short = s
        .strip_suffix(metric_trim)
        .or_else(|| s.strip_prefix(metric))
        .unwrap_or(s)
        .trim();
    if short.is_empty() { s } else { short }.to_owned()
}

fn series<'a>(d: &'a Dataset, locale: Locale) -> Vec<Row<'a>> {
    let w = words(locale);
    d.figures
        .iter()
        .filter(|f| f.unit == Unit::Percent)
        .filter_map(|after| {
            let before = d.figure(after.before.as_deref()?)?;
            if before.unit != Unit::Percent {
                return None;
            }
            let drop = sub(
                Decimal::from_f64(before.value)?,
                Decimal::from_f64(after.value)?,
            );
            Some(Row {
                before,
                after,
                label: short_label(after.label.get(locale), w.metric),
                drop,
            })
        })
        .collect()
}

fn value(f: &Figure, locale: Locale) -> String {
    format::amount(
        f.value,
        f.unit,
        f.measure,
        f.qualifier,
        locale,
        Style::Exact,
    )
}

fn points(d: Decimal, locale: Locale) -> String {
    format::number(d.abs().to_f64(), locale, Style::Exact)
}

/// The takeaway: the first group's fall, and the group that fell most if it is another one.
pub fn takeaway(d: &Dataset, locale: Locale) -> Option<String> {
    let w = words(locale);
    let rows = series(d, locale);
    let first = rows.first()?;
    let (b, a) = (value(first.before, locale), value(first.after, locale));
    if first.drop <= Decimal::ZERO {
        return Some(fill(w.takeaway_change, &[&first.label, &b, &a]));
    }
    let most = rows
        .iter()
        .enumerate()
        .max_by(|(i, x), (j, y)| x.drop.cmp(&y.drop).then(j.cmp(i)))
        .map(|(_, r)| r)?;
    Some(if std::ptr::eq(most, first) || most.drop == first.drop {
        fill(
            w.takeaway_one,
            &[&first.label, &b, &a, &points(first.drop, locale)],
        )
    } else {
        fill(
            w.takeaway_two,
            &[
                &first.label,
                &b,
                &a,
                &most.label,
                &points(most.drop, locale),
            ],
        )
    })
}

// ---------------------------------------------------------------------------------------
// 2. Placement
// ---------------------------------------------------------------------------------------

const R: f64 = 6.0;
const SIZE: f64 = 12.0;
const LABEL_GAP: f64 = 12.0;
/// Narrowest plot that still reads; below it the row labels go above the dumbbells.
const MIN_PLOT: f64 = 200.0;

struct RowPos {
    /// Row label position (baseline).
    label: (f64, f64),
    /// Centre line of the dumbbell.
    y: f64,
    x_before: f64,
    x_after: f64,
}

struct Layout {
    legend: Vec<super::legend::LegendSlot>,
    rows: Vec<RowPos>,
    ticks: Vec<(f64, f64)>,
    grid: (f64, f64),
    axis_y: f64,
    notes: Vec<(f64, String)>,
    height: f64,
}

/// A "nice" axis from 0: about `target` steps of 1, 2 or 5 × 10ⁿ covering `max`.
fn nice_axis(max: f64, target: usize) -> (f64, f64) {
    if max.is_nan() || max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * mag);
    ((max / step - 1e-9).ceil() * step, step)
}

fn bold(s: &str) -> f64 {
    text::measure(s, SIZE, true)
}

fn notes(rows: &[Row], locale: Locale) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in rows {
        for f in [r.before, r.after] {
            if let Some(n) = &f.note {
                let n = n.get(locale).to_owned();
                if !out.contains(&n) {
                    out.push(n);
                }
            }
        }
    }
    out
}

fn legend_labels(rows: &[Row], locale: Locale) -> Vec<(f64, String)> {
    let s = strings(locale);
    rows.first()
        .map(|r| {
            vec![
                (2.0 * R, s.period_name(r.before.period).to_owned()),
                (2.0 * R, s.period_name(r.after.period).to_owned()),
            ]
        })
        .unwrap_or_default()
}

fn place(rows: &[Row], locale: Locale, width: f64) -> Layout {
    let w = words(locale);
    let (legend, legend_h) = legend_flow(&legend_labels(rows, locale), width);
    let top = if legend.is_empty() {
        0.0
    } else {
        legend_h + 14.0
    };
    let label_w = rows.iter().map(|r| bold(&r.label)).fold(0.0, f64::max);
    let value_w = rows
        .iter()
        .flat_map(|r| [value(r.before, locale), value(r.after, locale)])
        .map(|v| bold(&v))
        .fold(0.0, f64::max);
    let gutter = value_w + R + 6.0;
    let side = label_w + LABEL_GAP + 2.0 * gutter + MIN_PLOT <= width;
    let x_lo = if side { label_w + LABEL_GAP } else { 0.0 } + gutter;
    let x_hi = width - gutter;
    let max = rows
        .iter()
        .flat_map(|r| [r.before.value, r.after.value])
        .fold(0.0, f64::max);
    let (axis_max, step) = nice_axis(max, if x_hi - x_lo >= 200.0 { 5 } else { 3 });
    let x = |v: f64| x_lo + v / axis_max * (x_hi - x_lo);

    let mut y = top;
    let mut positions = Vec::new();
    for r in rows {
        let (label, cy) = if side {
            ((0.0, y + 18.0 + 4.0), y + 18.0)
        } else {
            ((0.0, y + 13.0), y + 13.0 + 20.0)
        };
        positions.push(RowPos {
            label,
            y: cy,
            x_before: x(r.before.value),
            x_after: x(r.after.value),
        });
        y = cy + 18.0;
    }
    let axis_y = y + 2.0;
    let n_ticks = (axis_max / step).round() as usize;
    let ticks = (0..=n_ticks)
        .map(|i| {
            let v = step * i as f64;
            (v, x(v))
        })
        .collect();
    let mut ny = axis_y + 14.0 + 10.0;
    let mut note_lines = Vec::new();
    for n in notes(rows, locale) {
        // Real fonts run a few per cent wider than the estimate: leave room.
        for line in text::wrap(&format!("{}{}", w.note, n), SIZE, width / 1.04) {
            ny += 16.0;
            note_lines.push((ny, line));
        }
    }
    let bottom = note_lines.last().map_or(axis_y + 14.0, |(y, _)| *y);
    Layout {
        legend,
        rows: positions,
        ticks,
        grid: (top, axis_y),
        axis_y,
        notes: note_lines,
        height: (bottom + 6.0).ceil(),
    }
}

// ---------------------------------------------------------------------------------------
// 3. Render
// ---------------------------------------------------------------------------------------

fn dot(x: f64, y: f64, before: bool) -> svg::Element {
    let c = el("circle").attr("cx", x).attr("cy", y).attr("r", R);
    if before {
        c.attr("class", "c-muted s-hebei").attr("stroke-width", 2)
    } else {
        c.attr("class", "c-hebei")
    }
}

/// Poverty incidence before and after, one dumbbell per group.
pub fn spec(d: &Dataset, locale: Locale, width: f64) -> ChartSpec {
    let s = strings(locale);
    let w = words(locale);
    let rows = series(d, locale);
    let layout = place(&rows, locale, width);
    let mut body: Vec<Node> = Vec::new();

    // The legend: the first item is the "before" end, the second the "after" end.
    for (i, slot) in layout.legend.iter().enumerate() {
        body.push(
            el("g")
                .attr("class", "legend")
                .child(dot(slot.x + R, slot.y + 8.0, i == 0))
                .children(slot.text_nodes(slot.x + 2.0 * R + LEGEND_SWATCH_GAP))
                .into(),
        );
    }
    let (g0, g1) = layout.grid;
    for (v, x) in &layout.ticks {
        body.push(
            el("line")
                .attr("x1", *x)
                .attr("x2", *x)
                .attr("y1", g0)
                .attr("y2", g1)
                .attr("class", "s-rule")
                .into(),
        );
        body.push(
            el("text")
                .attr("x", *x)
                .attr("y", layout.axis_y + 12.0)
                .attr("text-anchor", "middle")
                .attr("class", "t-axis")
                .child(svg::text(format::percent(*v, locale, Style::Compact)))
                .into(),
        );
    }

    let mut marks = Vec::new();
    for (r, p) in rows.iter().zip(&layout.rows) {
        body.push(
            el("text")
                .attr("x", p.label.0)
                .attr("y", p.label.1)
                .attr("class", "t-value")
                .child(svg::text(&r.label))
                .into(),
        );
        body.push(
            el("line")
                .attr("x1", p.x_before)
                .attr("x2", p.x_after)
                .attr("y1", p.y)
                .attr("y2", p.y)
                .attr("class", "s-hebei")
                .attr("stroke-width", 3)
                .into(),
        );
        // The larger end's value goes right of its dot, the smaller end's left.
        let before_right = r.before.value > r.after.value;
        for (f, x, is_before) in [(r.before, p.x_before, true), (r.after, p.x_after, false)] {
            let right = before_right == is_before;
            let (tx, anchor) = if right {
                (x + R + 4.0, "start")
            } else {
                (x - R - 4.0, "end")
            };
            body.push(
                el("g")
                    .attr("data-key", &f.id)
                    .child(dot(x, p.y, is_before))
                    .child(
                        el("text")
                            .attr("x", tx)
                            .attr("y", p.y + 4.0)
                            .attr("text-anchor", anchor)
                            .attr("class", "t-value")
                            .child(svg::text(value(f, locale))),
                    )
                    .into(),
            );
            let mut lines = vec![format!(
                "{}{}{}",
                s.period_name(f.period),
                s.colon,
                value(f, locale)
            )];
            if !is_before && !r.drop.is_zero() {
                let t = if r.drop.negative {
                    w.rise_line
                } else {
                    w.drop_line
                };
                lines.push(fill(t, &[&points(r.drop, locale)]));
            }
            if is_before && let Some(n) = &f.note {
                lines.push(n.get(locale).to_owned());
            }
            marks.push(Mark {
                key: f.id.clone(),
                title: r.label.clone(),
                lines,
                anchor: (x, p.y - R),
                tone: Some(Tone::Hebei),
            });
        }
    }
    for (y, line) in &layout.notes {
        body.push(
            el("text")
                .attr("x", 0.0)
                .attr("y", *y)
                .attr("class", "t-label")
                .child(svg::text(line))
                .into(),
        );
    }

    let title = w.title.to_owned();
    let source = source_line(d, locale, &[]);
    let (p_before, p_after) = rows
        .first()
        .map(|r| {
            (
                s.period_name(r.before.period),
                s.period_name(r.after.period),
            )
        })
        .unwrap_or_default();
    let mut table = Table::new(
        title.clone(),
        source.clone(),
        vec![
            w.group_col.to_owned(),
            p_before.to_owned(),
            p_after.to_owned(),
            w.drop_col.to_owned(),
        ],
    );
    let raw = |v: f64| Decimal::from_f64(v).map(|d| d.plain());
    for r in &rows {
        let drop = r.drop.plain();
        table.push(vec![
            (r.label.clone(), None),
            (value(r.before, locale), raw(r.before.value)),
            (value(r.after, locale), raw(r.after.value)),
            (
                format::number(r.drop.to_f64(), locale, Style::Exact),
                Some(drop),
            ),
        ]);
    }

    let ends: Vec<(&Row, &Figure)> = rows
        .iter()
        .flat_map(|r| [(r, r.before), (r, r.after)])
        .collect();
    let highest = ends.iter().max_by(|a, b| {
        a.1.value
            .total_cmp(&b.1.value)
            .then(std::cmp::Ordering::Greater)
    });
    let lowest = ends.iter().min_by(|a, b| a.1.value.total_cmp(&b.1.value));
    let summary = match (highest, lowest) {
        (Some((hr, hf)), Some((lr, lf))) => {
            let items: Vec<String> = rows
                .iter()
                .map(|r| {
                    fill(
                        w.summary_item,
                        &[&r.label, &value(r.before, locale), &value(r.after, locale)],
                    )
                })
                .collect();
            let vp = |f: &Figure| {
                fill(
                    w.value_period,
                    &[&value(f, locale), s.period_name(f.period)],
                )
            };
            fill(
                w.summary,
                &[
                    &items.join(s.list_sep),
                    &hr.label,
                    &vp(hf),
                    &lr.label,
                    &vp(lf),
                ],
            )
        }
        _ => title.clone(),
    };

    ChartSpec {
        id: "incidence",
        title,
        subtitle: Some(w.subtitle.to_owned()),
        takeaway: takeaway(d, locale),
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
    use super::super::check::{assert_fits, assert_no_typed_digits, dataset, keys};
    use super::*;

    #[test]
    fn rows_follow_the_before_links() {
        let d = dataset();
        let rows = series(&d, Locale::ZhHans);
        let pairs: Vec<(&str, &str, &str)> = rows
            .iter()
            .map(|r| (r.before.id.as_str(), r.after.id.as_str(), r.label.as_str()))
            .collect();
        assert_eq!(
            pairs,
            vec![
                ("incidence_before", "incidence_after", "28个受援县"),
                (
                    "fuping_incidence_before",
                    "fuping_incidence_after",
                    "阜平县"
                ),
            ]
        );
        let en = series(&d, Locale::En);
        assert_eq!(en[0].label, "28 aided counties");
        assert_eq!(en[1].label, "Fuping County");
        assert_eq!(series(&d, Locale::ZhHant)[1].label, "阜平縣");
        assert_eq!(rows[0].drop.plain(), "16.24");
        assert_eq!(rows[1].drop.plain(), "20.46");
    }

    #[test]
    fn exact_differences() {
        let dec = |s: &str| Decimal::parse(s).unwrap();
        assert_eq!(sub(dec("16.24"), dec("0")).plain(), "16.24");
        assert_eq!(sub(dec("0.3"), dec("0.1")).plain(), "0.2");
        assert_eq!(sub(dec("20.46"), dec("16.24")).plain(), "4.22");
        assert_eq!(sub(dec("1"), dec("2.5")).plain(), "-1.5");
        assert_eq!(sub(dec("2.5"), dec("2.5")), Decimal::ZERO);
    }

    #[test]
    fn short_labels() {
        assert_eq!(
            short_label("阜平县贫困发生率（现在）", "贫困发生率"),
            "阜平县"
        );
        assert_eq!(
            short_label(
                "Poverty incidence, Fuping County (now)",
                "Poverty incidence, "
            ),
            "Fuping County"
        );
        // A label without the metric stays whole (minus its parenthesis).
        assert_eq!(short_label("别的指标（现在）", "贫困发生率"), "别的指标");
        assert_eq!(short_label("贫困发生率", "贫困发生率"), "贫困发生率");
    }

    #[test]
    fn nice_axes() {
        assert_eq!(nice_axis(20.46, 5), (25.0, 5.0));
        assert_eq!(nice_axis(20.46, 3), (30.0, 10.0));
        assert_eq!(nice_axis(20.0, 5), (20.0, 5.0));
        assert_eq!(nice_axis(0.0, 5), (1.0, 1.0));
        assert_eq!(nice_axis(0.7, 4), (0.8, 0.2));
    }

    #[test]
    fn placement_shares_one_axis() {
        let d = dataset();
        let rows = series(&d, Locale::ZhHans);
        let l = place(&rows, Locale::ZhHans, 720.0);
        // Both "after" ends (0%) sit on the axis' zero; Fuping's start is right of the 28's.
        assert_eq!(l.rows[0].x_after, l.rows[1].x_after);
        assert_eq!(l.ticks[0].1, l.rows[0].x_after);
        assert!(l.rows[1].x_before > l.rows[0].x_before);
        let (max, x_max) = *l.ticks.last().unwrap();
        assert_eq!(max, 25.0);
        let x0 = l.ticks[0].1;
        let want = x0 + 16.24 / 25.0 * (x_max - x0);
        assert!((l.rows[0].x_before - want).abs() < 1e-9);
        // Wide: labels beside; narrow: above.
        assert!(l.rows[0].label.1 > l.rows[0].y - 18.0);
        let n = place(&rows, Locale::ZhHans, 320.0);
        assert_eq!(n.rows[0].label.0, 0.0);
        assert!(n.rows[0].label.1 < n.rows[0].y - 10.0);
    }

    #[test]
    fn fits_narrow_and_wide() {
        let d = dataset();
        for locale in Locale::ALL {
            for width in [300.0, 320.0, 360.0, 720.0, 1000.0, 1100.0] {
                assert_fits(&spec(&d, locale, width));
            }
        }
    }

    #[test]
    fn marks_are_the_ends_in_reading_order() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 720.0);
        let ks: Vec<String> = spec.marks.iter().map(|m| m.key.clone()).collect();
        assert_eq!(
            ks,
            vec![
                "incidence_before",
                "incidence_after",
                "fuping_incidence_before",
                "fuping_incidence_after"
            ]
        );
        assert_eq!(keys(&spec), ks);
        assert_eq!(spec.marks[0].title, "28个受援县");
        assert_eq!(spec.marks[0].lines[0], "起点，年份未说明：16.24%");
        assert_eq!(spec.marks[1].lines[0], "截至2020年12月：0%");
        assert_eq!(spec.marks[3].lines[1], "较起点下降20.46个百分点");
        let xml = Node::from(spec.svg()).to_xml();
        assert!(
            xml.contains("起点，年份未说明"),
            "the baseline is said on the chart"
        );
        assert!(xml.contains("注：文章未说明起点年份"));
        assert_eq!(xml.matches("文章未说明起点年份").count(), 1, "one note");
    }

    #[test]
    fn table_has_raw_values() {
        let d = dataset();
        let spec = spec(&d, Locale::En, 720.0);
        assert_eq!(
            spec.table.columns,
            vec![
                "Area",
                "start, year not stated",
                "to December 2020",
                "Fall (percentage points)"
            ]
        );
        assert_eq!(
            spec.table.rows,
            vec![
                vec!["28 aided counties", "16.24%", "0%", "16.24"],
                vec!["Fuping County", "20.46%", "0%", "20.46"],
            ]
        );
        assert_eq!(
            spec.table.raw[1],
            vec![
                None,
                Some("20.46".to_owned()),
                Some("0".to_owned()),
                Some("20.46".to_owned())
            ]
        );
        assert_eq!(
            spec.summary,
            "28 aided counties: from 16.24% to 0%, Fuping County: from 20.46% to 0%. Highest: Fuping County (20.46%, start, year not stated); lowest: 28 aided counties (0%, to December 2020)."
        );
        assert_eq!(spec.source, "Source: Hebei Daily, December 19, 2020");
    }

    #[test]
    fn takeaways_in_three_languages() {
        let d = dataset();
        assert_eq!(
            takeaway(&d, Locale::ZhHans).unwrap(),
            "28个受援县的贫困发生率由16.24%降到0%，降幅最大的阜平县下降了20.46个百分点。"
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant).unwrap(),
            "28個受援縣的貧困發生率由16.24%降到0%，降幅最大的阜平縣下降了20.46個百分點。"
        );
        assert_eq!(
            takeaway(&d, Locale::En).unwrap(),
            "Poverty incidence in 28 aided counties fell from 16.24% to 0%; it fell most in Fuping County, by 20.46 percentage points."
        );
    }

    #[test]
    fn takeaway_without_a_bigger_drop_or_rows() {
        let mut d = dataset();
        d.figures
            .iter_mut()
            .find(|f| f.id == "fuping_incidence_before")
            .unwrap()
            .value = 10.5;
        assert_eq!(
            takeaway(&d, Locale::ZhHans).unwrap(),
            "28个受援县的贫困发生率由16.24%降到0%，下降了16.24个百分点。"
        );
        for f in &mut d.figures {
            f.before = None;
        }
        assert_eq!(takeaway(&d, Locale::En), None);
        let spec = spec(&d, Locale::En, 360.0);
        assert!(spec.marks.is_empty());
        assert_fits(&spec);
    }

    #[test]
    fn no_digits_in_the_words() {
        assert_no_typed_digits(
            include_str!("incidence.rs"),
            "const ZH_HANS: Words",
            "fn words(",
        );
    }
}
