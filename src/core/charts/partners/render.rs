//! Layer 3: the SVG tree, and the words around the chart.

use super::*;

/// The takeaway for one measure: how many times Beijing's part is Tianjin's (or the reverse,
/// whichever is larger first), or in the `shares` mode both cities' shares. `None` when the
/// figure does not exist or has no split.
pub fn takeaway(d: &Dataset, locale: Locale, metric_id: &str, shares: bool) -> Option<String> {
    let f = d.figure(metric_id)?;
    let split = f.split.as_ref()?;
    let s = strings(locale);
    let w = words(locale);
    let metric = w.metrics.iter().find(|m| m.id == f.id);
    let (b, t) = (split.beijing.value, split.tianjin.value);
    if shares {
        let noun = metric.map_or_else(|| f.label.get(locale), |m| m.share);
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
    let (template, verb, noun) = match metric {
        Some(m) => (w.ratio, m.verb, m.noun),
        None => (w.ratio_label, "", f.label.get(locale)),
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
    let source = crate::core::charts::source::source_line(d, locale, &[]);
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
