//! Layer 3: the SVG tree, and the words around the chart.

use super::*;

pub(super) fn dot(x: f64, y: f64, before: bool) -> svg::Element {
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
