//! Layer 3: the SVG tree, and the words around the chart.

use super::*;

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
