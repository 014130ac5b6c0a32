//! Layer 3: the SVG tree, and the words around the chart.

use super::*;

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
