//! The SVG tree, the table and the summary.

use super::*;

pub(super) fn fact_sources(metric: CityMetric, p: &Pairing) -> Vec<&str> {
    let fact = match metric {
        CityMetric::Paired => &p.partner.sources,
        CityMetric::DeepPoverty => &p.deep_poverty.sources,
        CityMetric::ExitYears => &p.exit_year.sources,
        CityMetric::Partners => &p.district.sources,
    };
    p.membership
        .sources
        .iter()
        .chain(fact)
        .map(String::as_str)
        .collect()
}

/// The cities compared on `metric`.
pub fn spec(d: &Dataset, locale: Locale, width: f64, metric: CityMetric) -> ChartSpec {
    let s = strings(locale);
    let w = words(locale);
    let rows = series(d, metric);
    let layout = place(d, &rows, metric, locale, width);
    let cats = categories(d, &rows, metric);
    let mut years: Vec<u16> = cats
        .iter()
        .filter_map(|c| match c {
            Cat::Year(y) => Some(*y),
            _ => None,
        })
        .collect();
    sort::sort(&mut years);

    let mut body: Vec<Node> = Vec::new();
    for (cat, slot) in cats.iter().zip(&layout.legend) {
        let p = paint(d, cat, &years);
        let mut g = el("g").attr("class", "legend").child(p.rect(
            slot.x + 0.6,
            slot.y + 1.6,
            SWATCH_W - 1.2,
            12.8,
        ));
        if let Cat::Partner(partner) = cat {
            g = g.child(
                el("text")
                    .attr("x", slot.x + SWATCH_W / 2.0)
                    .attr("y", slot.y + 12.0)
                    .attr("text-anchor", "middle")
                    .attr("class", p.text)
                    .attr("font-size", text::size::AXIS)
                    .attr("font-weight", 700)
                    .child(svg::text(letter(Some(*partner), locale))),
            );
        }
        g = g.children(slot.text_nodes(slot.x + SWATCH_W + LEGEND_SWATCH_GAP));
        body.push(g.into());
    }

    let mut marks = Vec::new();
    for (r, b) in rows.iter().zip(&layout.rows) {
        let city = r.city.name.get(locale);
        body.push(
            el("text")
                .attr("x", b.name.0)
                .attr("y", b.name.1)
                .attr("class", "t-value")
                .child(svg::text(city))
                .into(),
        );
        let (ex, ey, anchor) = b.end;
        body.push(
            el("text")
                .attr("x", ex)
                .attr("y", ey)
                .attr("text-anchor", anchor)
                .attr("class", "t-label")
                .child(svg::text(end_label(r, metric, locale)))
                .into(),
        );
        for (seg, sb) in r.segments.iter().zip(&b.segs) {
            let p = paint(d, &seg.cat, &years);
            let key_part = match &seg.cat {
                Cat::Partner(Partner::Beijing) => "beijing".to_owned(),
                Cat::Partner(Partner::Tianjin) => "tianjin".to_owned(),
                Cat::Deep(true) => "deep".to_owned(),
                Cat::Deep(false) => "not-deep".to_owned(),
                Cat::Year(y) => y.to_string(),
                Cat::District(id) => id.clone(),
                Cat::Unknown => "unknown".to_owned(),
            };
            let key = format!("{}:{}", r.city.id, key_part);
            let mut g = el("g")
                .attr("data-key", &key)
                .child(p.rect(sb.x, b.bar_y, sb.w, BAR_H));
            if let Some((l, size)) = &sb.label {
                g = g.child(
                    el("text")
                        .attr("x", sb.x + sb.w / 2.0)
                        .attr("y", b.bar_y + BAR_H / 2.0 + 4.0)
                        .attr("text-anchor", "middle")
                        .attr("class", p.text)
                        .attr("font-size", *size)
                        .attr("font-weight", 700)
                        .child(svg::text(l)),
                );
            }
            body.push(g.into());

            let n = seg.counties.len();
            let mut lines = vec![counted(n, w.counties_one, w.counties, locale)];
            if let Cat::District(_) = seg.cat
                && let Some(p) = district_partner(d, &seg.cat)
            {
                lines[0] = format!("{}{}{}", lines[0], s.list_sep, s.partner_name(p));
            }
            let county_names: Vec<&str> = seg
                .counties
                .iter()
                .map(|(c, _)| c.name.get(locale))
                .collect();
            lines.push(county_names.join(s.list_sep));
            let ids: Vec<&str> = seg
                .counties
                .iter()
                .flat_map(|(_, p)| fact_sources(metric, p))
                .collect();
            let ids = id_ranges(
                &ids.into_iter()
                    .filter(|id| *id != d.article.source)
                    .collect::<Vec<_>>(),
                locale,
            );
            if !ids.is_empty() {
                lines.push(format!("{}{}{}", s.sources, s.colon, ids));
            }
            let what = match seg.cat {
                Cat::Year(y) => fill(w.exit_in, &[&year_text(y, locale)]),
                _ => cat_name(d, &seg.cat, metric, locale),
            };
            marks.push(Mark {
                key,
                title: format!("{}{}{}", city, w.title_sep, what),
                lines,
                anchor: (sb.x + sb.w / 2.0, b.bar_y),
                tone: Some(tone(d, &seg.cat)),
            });
        }
    }

    let title = w.title.to_owned();
    let ids: Vec<&str> = d
        .paired()
        .flat_map(|(_, p)| fact_sources(metric, p))
        .collect();
    let source = source_line(d, locale, &ids);
    let table = table(d, &rows, &cats, metric, locale, &title, &source);
    let summary = summary(d, &rows, metric, locale, &title);

    ChartSpec {
        id: "cities",
        title,
        subtitle: Some(w.subtitles[metric.index()].to_owned()),
        takeaway: takeaway(d, locale, metric),
        source,
        width,
        height: layout.height,
        body,
        marks,
        table,
        summary,
    }
}

pub(super) fn table(
    d: &Dataset,
    rows: &[CityRow],
    cats: &[Cat],
    metric: CityMetric,
    locale: Locale,
    title: &str,
    source: &str,
) -> Table {
    let s = strings(locale);
    let w = words(locale);
    let cell = |n: usize| (num(n, locale), Some(n.to_string()));
    if metric == CityMetric::Partners {
        let mut t = Table::new(
            title,
            source,
            vec![
                w.city_col.to_owned(),
                w.n_districts_col.to_owned(),
                w.districts_col.to_owned(),
                w.unknown_district_col.to_owned(),
                w.total_col.to_owned(),
            ],
        );
        for r in rows {
            let known: Vec<&Segment> = r
                .segments
                .iter()
                .filter(|s| matches!(s.cat, Cat::District(_)))
                .collect();
            let list: Vec<String> = known
                .iter()
                .map(|sg| {
                    let name = cat_name(d, &sg.cat, metric, locale);
                    if sg.counties.len() == 1 {
                        name
                    } else {
                        fill(w.times, &[&name, &num(sg.counties.len(), locale)])
                    }
                })
                .collect();
            t.push(vec![
                (r.city.name.get(locale).to_owned(), None),
                cell(known.len()),
                (list.join(s.list_sep), None),
                cell(count_in(r, |c| *c == Cat::Unknown)),
                cell(r.total),
            ]);
        }
        return t;
    }
    let mut columns = vec![w.city_col.to_owned()];
    columns.extend(cats.iter().map(|c| cat_name(d, c, metric, locale)));
    columns.push(w.total_col.to_owned());
    let mut t = Table::new(title, source, columns);
    for r in rows {
        let mut cells = vec![(r.city.name.get(locale).to_owned(), None)];
        cells.extend(cats.iter().map(|cat| cell(count_in(r, |c| c == cat))));
        cells.push(cell(r.total));
        t.push(cells);
    }
    t
}

pub(super) fn summary(
    d: &Dataset,
    rows: &[CityRow],
    metric: CityMetric,
    locale: Locale,
    title: &str,
) -> String {
    let s = strings(locale);
    let w = words(locale);
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            let segs: Vec<String> = r
                .segments
                .iter()
                .map(|sg| {
                    fill(
                        w.seg_item,
                        &[
                            &cat_name(d, &sg.cat, metric, locale),
                            &num(sg.counties.len(), locale),
                        ],
                    )
                })
                .collect();
            fill(
                w.summary_item,
                &[
                    r.city.name.get(locale),
                    &fill(
                        w.paren,
                        &[&end_label(r, metric, locale), &segs.join(s.list_sep)],
                    ),
                ],
            )
        })
        .collect();
    let key = |r: &CityRow| -> usize {
        match metric {
            CityMetric::Paired | CityMetric::ExitYears => r.total,
            CityMetric::DeepPoverty => count_in(r, |c| *c == Cat::Deep(true)),
            CityMetric::Partners => r
                .segments
                .iter()
                .filter(|s| matches!(s.cat, Cat::District(_)))
                .count(),
        }
    };
    // The first city on a tie for most, the last for fewest.
    let most = rows.iter().rev().max_by_key(|r| key(r));
    let fewest = rows.iter().rev().min_by_key(|r| key(r));
    match (most, fewest) {
        (Some(m), Some(f)) => fill(
            w.summary,
            &[
                &label(metric, locale).to_ascii_lowercase(),
                &items.join(s.list_sep),
                m.city.name.get(locale),
                &end_label(m, metric, locale),
                f.city.name.get(locale),
                &end_label(f, metric, locale),
            ],
        ),
        _ => title.to_owned(),
    }
}
