//! Layer 3: the SVG tree, and the words around the chart.

use super::*;

pub(super) fn partner_classes(
    partner: Option<Partner>,
) -> (&'static str, &'static str, &'static str) {
    match partner {
        Some(Partner::Beijing) => ("c-beijing", "s-beijing", "t-beijing"),
        Some(Partner::Tianjin) => ("c-tianjin", "s-tianjin", "t-tianjin"),
        None => ("c-hebei", "s-hebei", "t-label"),
    }
}

pub(super) fn tone(partner: Option<Partner>) -> Tone {
    match partner {
        Some(Partner::Beijing) => Tone::Beijing,
        Some(Partner::Tianjin) => Tone::Tianjin,
        None => Tone::Hebei,
    }
}

/// The chip's rectangle and the class of its text.
pub(super) fn chip_rect(
    partner: Option<Partner>,
    tentative: bool,
    emphasised: bool,
    (x, y, w, h): (f64, f64, f64, f64),
) -> (Element, &'static str) {
    let (fill_c, stroke_c, text_c) = partner_classes(partner);
    let rect = el("rect")
        .attr("x", x)
        .attr("y", y)
        .attr("width", w)
        .attr("height", h)
        .attr("rx", 3);
    match (emphasised, tentative) {
        (true, false) => (rect.attr("class", fill_c), "t-on-dark"),
        (true, true) => (
            rect.attr("class", format!("{fill_c} {stroke_c}"))
                .attr("fill-opacity", "0.16")
                .attr("stroke-dasharray", "4 3")
                .attr("stroke-width", 1.2),
            text_c,
        ),
        (false, false) => (rect.attr("class", "c-muted"), "t-label"),
        (false, true) => (
            rect.attr("class", "c-muted s-hebei")
                .attr("stroke-dasharray", "4 3")
                .attr("stroke-width", 1.2),
            "t-label",
        ),
    }
}

pub(super) fn chip_node(chip: &Chip, b: &ChipBox, locale: Locale) -> Node {
    let (rect, text_class) = chip_rect(
        chip.partner,
        chip.tentative,
        chip.emphasised,
        (b.x, b.y, b.w, b.h),
    );
    let mut g = el("g")
        .attr("data-key", &chip.county.code)
        .child(rect)
        .child(
            el("text")
                .attr("x", b.x + PAD)
                .attr("y", b.y + 15.5)
                .attr("class", text_class)
                .attr("font-size", SIZE)
                .attr("font-weight", 700)
                .child(svg::text(letter(chip.partner, locale))),
        );
    for (i, line) in b.lines.iter().enumerate() {
        g = g.child(
            el("text")
                .attr("x", b.x + PAD + b.letter_w + LETTER_GAP)
                .attr("y", b.y + 15.5 + i as f64 * LINE)
                .attr("class", text_class)
                .attr("font-size", SIZE)
                .child(svg::text(line)),
        );
    }
    if chip.deep {
        let (fill_c, _, _) = partner_classes(chip.partner);
        let dot = match (chip.emphasised, chip.tentative) {
            (true, false) => "t-on-dark",
            (true, true) => fill_c,
            (false, _) => "c-hebei",
        };
        g = g.child(
            el("circle")
                .attr("cx", b.x + b.w - PAD - 3.0)
                .attr("cy", b.y + b.h / 2.0)
                .attr("r", 3)
                .attr("class", dot),
        );
    }
    g.into()
}

pub(super) fn legend_nodes(cols: &[Column], layout: &Layout, locale: Locale) -> Vec<Node> {
    let items = legend_items(cols, locale);
    let mut out = Vec::new();
    for ((sw, _, kind), slot) in items.iter().zip(&layout.legend) {
        let mut g = el("g").attr("class", "legend");
        let (x, y) = (slot.x, slot.y);
        match kind {
            LegendKind::Partner(p) => {
                let (rect, text_class) = chip_rect(*p, false, true, (x, y, *sw, 16.0));
                g = g.child(rect).child(
                    el("text")
                        .attr("x", x + sw / 2.0)
                        .attr("y", y + 12.0)
                        .attr("text-anchor", "middle")
                        .attr("class", text_class)
                        .attr("font-size", super::super::text::size::AXIS)
                        .attr("font-weight", 700)
                        .child(svg::text(letter(*p, locale))),
                );
            }
            LegendKind::Tentative => {
                let (rect, _) = chip_rect(None, true, true, (x + 0.6, y + 0.6, sw - 1.2, 14.8));
                g = g.child(rect);
            }
            LegendKind::Deep => {
                g = g.child(
                    el("circle")
                        .attr("cx", x + 4.0)
                        .attr("cy", y + 8.0)
                        .attr("r", 3)
                        .attr("class", "c-hebei"),
                );
            }
        }
        g = g.children(slot.text_nodes(x + sw + LEGEND_SWATCH_GAP));
        out.push(g.into());
    }
    out
}

pub(super) fn tooltip(chip: &Chip, d: &Dataset, locale: Locale) -> Vec<String> {
    let s = strings(locale);
    let w = words(locale);
    let f = &chip.pairing.exit_year;
    let mut lines = Vec::new();
    if let Some(city) = d.city(&chip.county.city) {
        lines.push(city.name.get(locale).to_owned());
    }
    let partner = chip.partner.map_or(s.unknown, |p| s.partner_name(p));
    lines.push(format!("{}{}{}", s.partner, s.colon, partner));
    lines.push(format!(
        "{}{}{}",
        s.exit_year,
        s.colon,
        year_text(chip.year, locale)
    ));
    if let Some(note) = &f.note {
        lines.push(note.get(locale).to_owned());
    }
    if chip.deep {
        lines.push(s.deep_poverty.to_owned());
    }
    if let Some(c) = f.confidence {
        let conf = s.confidence_name(c);
        let conf = match f.method {
            Some(m) => fill(w.paren, &[conf, s.method_name(m)]),
            None => conf.to_owned(),
        };
        lines.push(format!("{}{}{}", s.confidence, s.colon, conf));
    }
    if !f.sources.is_empty() {
        lines.push(format!(
            "{}{}{}",
            s.sources,
            s.colon,
            f.sources.join(s.list_sep)
        ));
    }
    for c in &f.conflicts {
        let v = fill(
            w.paren,
            &[
                &year_text(Some(c.value), locale),
                &c.sources.join(s.list_sep),
            ],
        );
        lines.push(format!("{}{}{}", s.conflict, s.colon, v));
    }
    lines
}

/// The exit timeline of the paired counties. `highlight` lists county codes to emphasise
/// (the others are muted); empty emphasises all.
pub fn spec(d: &Dataset, locale: Locale, width: f64, highlight: &[String]) -> ChartSpec {
    let s = strings(locale);
    let w = words(locale);
    let cols = series(d, highlight);
    let layout = place(&cols, locale, width);

    let mut body = legend_nodes(&cols, &layout, locale);
    let mut marks = Vec::new();
    for ((col, header), boxes) in cols.iter().zip(&layout.headers).zip(&layout.chips) {
        if let Some((x1, x2, y)) = header.rule {
            body.push(
                el("line")
                    .attr("x1", x1)
                    .attr("x2", x2)
                    .attr("y1", y)
                    .attr("y2", y)
                    .attr("class", "s-rule")
                    .into(),
            );
        }
        body.push(
            el("text")
                .attr("x", header.x)
                .attr("y", header.y)
                .attr("class", "t-value")
                .child(svg::text(year_text(col.year, locale)))
                .into(),
        );
        body.push(
            el("text")
                .attr("x", header.count_x)
                .attr("y", header.count_y)
                .attr("class", "t-label")
                .child(svg::text(count_text(col.chips.len(), locale)))
                .into(),
        );
        for (chip, b) in col.chips.iter().zip(boxes) {
            body.push(chip_node(chip, b, locale));
            marks.push(Mark {
                key: chip.county.code.clone(),
                title: chip.county.name.get(locale).to_owned(),
                lines: tooltip(chip, d, locale),
                anchor: (b.x + b.w / 2.0, b.y),
                tone: Some(if chip.emphasised {
                    tone(chip.partner)
                } else {
                    Tone::Muted
                }),
            });
        }
    }

    let n_paired = cols.iter().map(|c| c.chips.len()).sum::<usize>();
    let n_text = format::number(n_paired as f64, locale, Style::Exact);
    let title = fill(w.title, &[&n_text]);
    let mut ids: Vec<&str> = Vec::new();
    for (_, p) in d.paired() {
        for f in [
            &p.membership.sources,
            &p.partner.sources,
            &p.exit_year.sources,
        ] {
            ids.extend(f.iter().map(String::as_str));
        }
        ids.extend(p.deep_poverty.sources.iter().map(String::as_str));
    }
    let source = crate::core::charts::source::source_line(d, locale, &ids);

    let mut table = Table::new(
        title.clone(),
        source.clone(),
        vec![
            w.county_col.to_owned(),
            w.city_col.to_owned(),
            s.partner.to_owned(),
            s.exit_year.to_owned(),
            s.confidence.to_owned(),
            s.sources.to_owned(),
        ],
    );
    for chip in cols.iter().flat_map(|c| &c.chips) {
        let f = &chip.pairing.exit_year;
        let city = d
            .city(&chip.county.city)
            .map_or(s.unknown, |c| c.name.get(locale));
        table.push(vec![
            (chip.county.name.get(locale).to_owned(), None),
            (city.to_owned(), None),
            (
                chip.partner
                    .map_or(s.unknown, |p| s.partner_name(p))
                    .to_owned(),
                None,
            ),
            (
                year_text(chip.year, locale),
                chip.year.map(|y| y.to_string()),
            ),
            (
                f.confidence
                    .map_or(s.unknown, |c| s.confidence_name(c))
                    .to_owned(),
                None,
            ),
            (f.sources.join(s.list_sep), None),
        ]);
    }

    let known: Vec<&Column> = cols.iter().filter(|c| c.year.is_some()).collect();
    let summary = match (
        known.iter().max_by_key(|c| (c.chips.len(), c.year)),
        known
            .iter()
            .min_by_key(|c| (c.chips.len(), std::cmp::Reverse(c.year))),
    ) {
        (Some(most), Some(fewest)) => {
            let items: Vec<String> = cols
                .iter()
                .map(|c| {
                    fill(
                        w.summary_item,
                        &[
                            &year_text(c.year, locale),
                            &format::number(c.chips.len() as f64, locale, Style::Exact),
                        ],
                    )
                })
                .collect();
            fill(
                w.summary,
                &[
                    &n_text,
                    &items.join(s.list_sep),
                    &year_text(most.year, locale),
                    &count_text(most.chips.len(), locale),
                    &year_text(fewest.year, locale),
                    &count_text(fewest.chips.len(), locale),
                ],
            )
        }
        _ => title.clone(),
    };

    ChartSpec {
        id: "timeline",
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
