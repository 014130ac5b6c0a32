//! Layer 3: the SVG tree, and the words around the chart.

use super::*;

/// A small arrowhead pointing right at (`x`, `y`), or down.
pub(super) fn head(x: f64, y: f64, down: bool) -> Node {
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
