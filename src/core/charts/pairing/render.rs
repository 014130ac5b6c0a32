//! Layer 3: the SVG tree, and the words around the chart.

use super::*;

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
    let nouns = w
        .nouns
        .iter()
        .find(|n| n.id == up.id)
        .map(|n| (n.upper, n.lower));
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
