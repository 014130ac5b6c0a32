//! When the paired counties left the poverty list (脱贫摘帽): one column per exit year in the
//! data (one row per year when narrow), each county a chip coloured by its partner city and
//! lettered 京 / 津 (B / T), so the two are told apart without colour. Exit years that rest on
//! elimination or on less than high confidence are drawn light with a dashed outline.
//!
//! The bottom of this file also holds the small pieces `incidence.rs` and `cities.rs` share:
//! the source line, source-id ranges and the legend flow.

use super::legend::{LEGEND_SWATCH_GAP, LegendSlot, legend_flow};
use super::palette::Tone;
use super::text;
use super::{ChartSpec, Mark};
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{Confidence, County, Dataset, Fact, Method, Pairing, Partner, Unit};
use crate::core::sort;
use crate::core::strings::{fill, strings};
use crate::core::svg::{self, Element, Node, el};
use crate::core::table::Table;

/// The chart's fixed words. No digits: numbers and years come from the dataset.
struct Words {
    /// `{0}` = number of paired counties.
    title: &'static str,
    subtitle: &'static str,
    county_col: &'static str,
    city_col: &'static str,
    /// `{0}` = a count of counties (column headers, summary).
    counties: &'static str,
    counties_one: &'static str,
    /// `{0}` = the name of the top confidence, quoted.
    tentative: &'static str,
    quote: &'static str,
    /// `{0}` = value, `{1}` = what qualifies it.
    paren: &'static str,
    /// `{0}` = counties in the last year, `{1}` = that year.
    takeaway: &'static str,
    /// `{0}` = number of deep-poverty counties.
    takeaway_all_deep: &'static str,
    /// `{0}` = deep-poverty counties in the last year, `{1}` = all deep-poverty counties.
    takeaway_some_deep: &'static str,
    end: &'static str,
    /// `{0}` = paired counties, `{1}` = the years with counts, `{2}`/`{3}` = most, `{4}`/`{5}`
    /// = fewest.
    summary: &'static str,
    /// `{0}` = year, `{1}` = count.
    summary_item: &'static str,
    letters: [&'static str; 2],
    unknown_letter: &'static str,
}

const ZH_HANS: Words = Words {
    title: "{0}个结对县的脱贫摘帽年份",
    subtitle: "每个方块是一个县，按河北省批准其退出贫困县的年份排列；颜色和“京”“津”二字表示结对城市",
    county_col: "县",
    city_col: "市",
    counties: "{0}个县",
    counties_one: "{0}个县",
    tentative: "虚线浅色：摘帽年份由排除法推断或可信度低于{0}",
    quote: "“{0}”",
    paren: "{0}（{1}）",
    takeaway: "{0}个县在最后一批（{1}）摘帽",
    takeaway_all_deep: "，其中包括全部{0}个深度贫困县",
    takeaway_some_deep: "，其中有{0}个深度贫困县（共{1}个）",
    end: "。",
    summary: "{0}个结对县按摘帽年份：{1}。最多的是{2}（{3}），最少的是{4}（{5}）。",
    summary_item: "{0}{1}个",
    letters: ["京", "津"],
    unknown_letter: "?",
};

const ZH_HANT: Words = Words {
    title: "{0}個結對縣的脫貧摘帽年份",
    subtitle: "每個方塊是一個縣，按河北省批准其退出貧困縣的年份排列；顏色和「京」「津」二字表示結對城市",
    county_col: "縣",
    city_col: "市",
    counties: "{0}個縣",
    counties_one: "{0}個縣",
    tentative: "虛線淺色：摘帽年份由排除法推斷或可信度低於{0}",
    quote: "「{0}」",
    paren: "{0}（{1}）",
    takeaway: "{0}個縣在最後一批（{1}）摘帽",
    takeaway_all_deep: "，其中包括全部{0}個深度貧困縣",
    takeaway_some_deep: "，其中有{0}個深度貧困縣（共{1}個）",
    end: "。",
    summary: "{0}個結對縣按摘帽年份：{1}。最多的是{2}（{3}），最少的是{4}（{5}）。",
    summary_item: "{0}{1}個",
    letters: ["京", "津"],
    unknown_letter: "?",
};

const EN: Words = Words {
    title: "When the {0} paired counties left the poverty list",
    subtitle: "Each chip is a county, by the year Hebei approved its exit; colour and letter show the partner city",
    county_col: "County",
    city_col: "City",
    counties: "{0} counties",
    counties_one: "{0} county",
    tentative: "Dashed and light: exit year deduced by elimination or confidence below {0}",
    quote: "“{0}”",
    paren: "{0} ({1})",
    takeaway: "{0} counties left the poverty list in the last batch ({1})",
    takeaway_all_deep: ", including all {0} deep-poverty counties",
    takeaway_some_deep: ", including {0} of the {1} deep-poverty counties",
    end: ".",
    summary: "The {0} paired counties by the year they left the poverty list: {1}. Most: {2} ({3}); fewest: {4} ({5}).",
    summary_item: "{0}: {1}",
    letters: ["B", "T"],
    unknown_letter: "?",
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

/// One county chip.
struct Chip<'a> {
    county: &'a County,
    pairing: &'a Pairing,
    partner: Option<Partner>,
    year: Option<u16>,
    /// The exit year rests on elimination, or on less than high confidence.
    tentative: bool,
    deep: bool,
    /// Not muted by a highlight.
    emphasised: bool,
}

/// One exit year (or the unknown year) and its counties, in dataset order.
struct Column<'a> {
    year: Option<u16>,
    chips: Vec<Chip<'a>>,
}

fn is_tentative(f: &Fact<u16>) -> bool {
    f.method == Some(Method::Elimination) || f.confidence.is_none_or(|c| c < Confidence::High)
}

fn series<'a>(d: &'a Dataset, highlight: &[String]) -> Vec<Column<'a>> {
    let mut years: Vec<Option<u16>> = d.paired().map(|(_, p)| p.exit_year.value).collect();
    // Known years ascending, the unknown year last.
    sort::sort_by_key(&mut years, |y| (y.is_none(), *y));
    years.dedup();
    years
        .into_iter()
        .map(|year| Column {
            year,
            chips: d
                .paired()
                .filter(|(_, p)| p.exit_year.value == year)
                .map(|(county, pairing)| Chip {
                    county,
                    pairing,
                    partner: pairing.partner.value,
                    year,
                    tentative: year.is_none() || is_tentative(&pairing.exit_year),
                    deep: pairing.deep_poverty.value == Some(true),
                    emphasised: highlight.is_empty() || highlight.contains(&county.code),
                })
                .collect(),
        })
        .collect()
}

fn year_text(year: Option<u16>, locale: Locale) -> String {
    match year {
        Some(y) => format::amount(f64::from(y), Unit::Year, None, None, locale, Style::Exact),
        None => strings(locale).unknown.to_owned(),
    }
}

fn count_text(n: usize, locale: Locale) -> String {
    let w = words(locale);
    let t = if n == 1 { w.counties_one } else { w.counties };
    fill(t, &[&format::number(n as f64, locale, Style::Exact)])
}

/// The takeaway: how many counties left in the last year, and whether all the deep-poverty
/// counties were among them. `None` when no exit year is known.
pub fn takeaway(d: &Dataset, locale: Locale) -> Option<String> {
    let w = words(locale);
    let last = d.paired().filter_map(|(_, p)| p.exit_year.value).max()?;
    let in_last: Vec<&Pairing> = d
        .paired()
        .map(|(_, p)| p)
        .filter(|p| p.exit_year.value == Some(last))
        .collect();
    let deep_all = d
        .paired()
        .filter(|(_, p)| p.deep_poverty.value == Some(true))
        .count();
    let deep_last = in_last
        .iter()
        .filter(|p| p.deep_poverty.value == Some(true))
        .count();
    let n = |v: usize| format::number(v as f64, locale, Style::Exact);
    let mut out = fill(
        w.takeaway,
        &[&n(in_last.len()), &year_text(Some(last), locale)],
    );
    if deep_all > 0 && deep_last == deep_all {
        out.push_str(&fill(w.takeaway_all_deep, &[&n(deep_all)]));
    } else if deep_last > 0 {
        out.push_str(&fill(w.takeaway_some_deep, &[&n(deep_last), &n(deep_all)]));
    }
    out.push_str(w.end);
    Some(out)
}

// ---------------------------------------------------------------------------------------
// 2. Placement
// ---------------------------------------------------------------------------------------

const SIZE: f64 = 12.0;
const PAD: f64 = 6.0;
const LETTER_GAP: f64 = 4.0;
/// Room for the deep-poverty dot: gap and diameter.
const DOT_W: f64 = 10.0;
const LINE: f64 = 15.0;
const CHIP_GAP: f64 = 4.0;
const COL_GAP: f64 = 14.0;
const MIN_COL: f64 = 120.0;
const HEADER_LINE: f64 = 18.0;

struct ChipBox {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
    letter_w: f64,
    lines: Vec<String>,
}

struct Header {
    x: f64,
    /// Baseline of the year.
    y: f64,
    /// Where the count goes: beside the year or on the next line.
    count_x: f64,
    count_y: f64,
    /// A rule under the header (columns only): x1, x2, y.
    rule: Option<(f64, f64, f64)>,
}

struct Layout {
    legend: Vec<LegendSlot>,
    headers: Vec<Header>,
    chips: Vec<Vec<ChipBox>>,
    height: f64,
}

fn letter(partner: Option<Partner>, locale: Locale) -> &'static str {
    let w = words(locale);
    match partner {
        Some(Partner::Beijing) => w.letters[0],
        Some(Partner::Tianjin) => w.letters[1],
        None => w.unknown_letter,
    }
}

fn bold_width(s: &str) -> f64 {
    text::measure(s, SIZE, true)
}

/// A chip no wider than `max`; `fixed` makes it exactly `max` wide (columns).
fn chip_box(chip: &Chip, locale: Locale, max: f64, fixed: bool) -> ChipBox {
    let name = chip.county.name.get(locale);
    let letter_w = bold_width(letter(chip.partner, locale));
    let overhead = PAD + letter_w + LETTER_GAP + if chip.deep { DOT_W } else { 0.0 } + PAD;
    // Real fonts run a few per cent wider than the estimate: leave room.
    let natural = overhead + text::width(name, SIZE) * 1.08;
    let lines = if natural <= max {
        vec![name.to_owned()]
    } else {
        text::wrap(name, SIZE, (max - overhead) / 1.08)
    };
    let text_w = lines
        .iter()
        .map(|l| text::width(l, SIZE) * 1.08)
        .fold(0.0, f64::max);
    let w = if fixed {
        max
    } else {
        (overhead + text_w).min(max)
    };
    ChipBox {
        x: 0.0,
        y: 0.0,
        w,
        h: 8.0 + lines.len() as f64 * LINE,
        letter_w,
        lines,
    }
}

fn legend_items(cols: &[Column], locale: Locale) -> Vec<(f64, String, LegendKind)> {
    let s = strings(locale);
    let w = words(locale);
    let chips = || cols.iter().flat_map(|c| &c.chips);
    let mut items = Vec::new();
    for (p, label) in [
        (Some(Partner::Beijing), s.legend_beijing.to_owned()),
        (Some(Partner::Tianjin), s.legend_tianjin.to_owned()),
        (None, format!("{}{}{}", s.partner, s.colon, s.unknown)),
    ] {
        if chips().any(|c| c.partner == p) {
            items.push((SWATCH_W, label, LegendKind::Partner(p)));
        }
    }
    if chips().any(|c| c.tentative) {
        let top = fill(w.quote, &[s.confidence_name(Confidence::High)]);
        items.push((SWATCH_W, fill(w.tentative, &[&top]), LegendKind::Tentative));
    }
    if chips().any(|c| c.deep) {
        items.push((8.0, s.deep_poverty.to_owned(), LegendKind::Deep));
    }
    items
}

const SWATCH_W: f64 = 22.0;

#[derive(Clone, Copy)]
enum LegendKind {
    Partner(Option<Partner>),
    Tentative,
    Deep,
}

fn place(cols: &[Column], locale: Locale, width: f64) -> Layout {
    let items = legend_items(cols, locale);
    let labels: Vec<(f64, String)> = items.iter().map(|(w, l, _)| (*w, l.clone())).collect();
    let (legend, legend_h) = legend_flow(&labels, width);
    let top = if legend.is_empty() {
        0.0
    } else {
        legend_h + 16.0
    };
    let n = cols.len().max(1) as f64;
    let col_w = (width - COL_GAP * (n - 1.0)) / n;
    let header_texts: Vec<(String, String)> = cols
        .iter()
        .map(|c| (year_text(c.year, locale), count_text(c.chips.len(), locale)))
        .collect();
    let header_w = |(y, c): &(String, String)| bold_width(y) + 6.0 + text::width(c, SIZE);
    let columns = col_w >= MIN_COL;
    let mut headers = Vec::new();
    let mut chips = Vec::new();
    let mut bottom = top;
    if columns {
        let two_lines = header_texts.iter().any(|h| header_w(h) > col_w);
        let header_h = if two_lines { 2.0 } else { 1.0 } * HEADER_LINE;
        for (i, col) in cols.iter().enumerate() {
            let x = i as f64 * (col_w + COL_GAP);
            let (year, _) = &header_texts[i];
            let y = top + 13.0;
            let (count_x, count_y) = if two_lines {
                (x, y + HEADER_LINE)
            } else {
                (x + bold_width(year) + 6.0, y)
            };
            let rule_y = top + header_h + 2.0;
            headers.push(Header {
                x,
                y,
                count_x,
                count_y,
                rule: Some((x, x + col_w, rule_y)),
            });
            let mut cy = rule_y + 8.0;
            let mut boxes = Vec::new();
            for chip in &col.chips {
                let mut b = chip_box(chip, locale, col_w, true);
                b.x = x;
                b.y = cy;
                cy += b.h + CHIP_GAP;
                boxes.push(b);
            }
            bottom = bottom.max(cy - CHIP_GAP);
            chips.push(boxes);
        }
    } else {
        let mut y = top;
        for (i, col) in cols.iter().enumerate() {
            let (year, count) = &header_texts[i];
            let beside = header_w(&(year.clone(), count.clone())) <= width;
            let (count_x, count_y) = if beside {
                (bold_width(year) + 6.0, y + 13.0)
            } else {
                (0.0, y + 13.0 + HEADER_LINE)
            };
            headers.push(Header {
                x: 0.0,
                y: y + 13.0,
                count_x,
                count_y,
                rule: None,
            });
            y += if beside { 1.0 } else { 2.0 } * HEADER_LINE + 4.0;
            let (mut x, mut row_h) = (0.0, 0.0_f64);
            let mut boxes = Vec::new();
            for chip in &col.chips {
                let mut b = chip_box(chip, locale, width, false);
                if x > 0.0 && x + b.w > width {
                    y += row_h + CHIP_GAP;
                    x = 0.0;
                    row_h = 0.0;
                }
                b.x = x;
                b.y = y;
                x += b.w + CHIP_GAP;
                row_h = row_h.max(b.h);
                boxes.push(b);
            }
            y += row_h;
            bottom = y;
            y += 16.0;
            chips.push(boxes);
        }
    }
    Layout {
        legend,
        headers,
        chips,
        height: (bottom + 4.0).ceil(),
    }
}

// ---------------------------------------------------------------------------------------
// 3. Render
// ---------------------------------------------------------------------------------------

fn partner_classes(partner: Option<Partner>) -> (&'static str, &'static str, &'static str) {
    match partner {
        Some(Partner::Beijing) => ("c-beijing", "s-beijing", "t-beijing"),
        Some(Partner::Tianjin) => ("c-tianjin", "s-tianjin", "t-tianjin"),
        None => ("c-hebei", "s-hebei", "t-label"),
    }
}

fn tone(partner: Option<Partner>) -> Tone {
    match partner {
        Some(Partner::Beijing) => Tone::Beijing,
        Some(Partner::Tianjin) => Tone::Tianjin,
        None => Tone::Hebei,
    }
}

/// The chip's rectangle and the class of its text.
fn chip_rect(
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

fn chip_node(chip: &Chip, b: &ChipBox, locale: Locale) -> Node {
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

fn legend_nodes(cols: &[Column], layout: &Layout, locale: Locale) -> Vec<Node> {
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
                        .attr("font-size", 11)
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

fn tooltip(chip: &Chip, d: &Dataset, locale: Locale) -> Vec<String> {
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
    let source = super::source::source_line(d, locale, &ids);

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

#[cfg(test)]
mod tests {
    use super::super::check::{assert_fits, assert_no_typed_digits, dataset, keys};
    use super::*;

    #[test]
    fn columns_follow_the_exit_years_in_the_data() {
        let d = dataset();
        let cols = series(&d, &[]);
        let years: Vec<Option<u16>> = cols.iter().map(|c| c.year).collect();
        let mut want: Vec<Option<u16>> = d.paired().map(|(_, p)| p.exit_year.value).collect();
        want.sort();
        want.dedup();
        assert_eq!(years, want);
        assert_eq!(
            cols.iter().map(|c| c.chips.len()).sum::<usize>(),
            d.paired().count()
        );
        // Elimination or below-high confidence makes a chip tentative.
        for chip in cols.iter().flat_map(|c| &c.chips) {
            let f = &chip.pairing.exit_year;
            assert_eq!(
                chip.tentative,
                f.method == Some(Method::Elimination) || f.confidence != Some(Confidence::High)
            );
        }
    }

    #[test]
    fn fits_narrow_and_wide() {
        let d = dataset();
        for locale in Locale::ALL {
            for width in [300.0, 320.0, 360.0, 720.0, 1000.0, 1100.0] {
                let spec = spec(&d, locale, width, &[]);
                assert_fits(&spec);
                assert!(spec.height > 100.0, "{locale:?} {width}");
            }
        }
    }

    #[test]
    fn columns_when_wide_rows_when_narrow() {
        let d = dataset();
        let cols = series(&d, &[]);
        let wide = place(&cols, Locale::ZhHans, 1000.0);
        assert!(wide.headers.iter().all(|h| h.rule.is_some()));
        // Column headers side by side on one line.
        let ys: Vec<f64> = wide.headers.iter().map(|h| h.y).collect();
        assert!(ys.windows(2).all(|w| w[0] == w[1]));
        let narrow = place(&cols, Locale::ZhHans, 320.0);
        assert!(narrow.headers.iter().all(|h| h.rule.is_none()));
        let ys: Vec<f64> = narrow.headers.iter().map(|h| h.y).collect();
        assert!(ys.windows(2).all(|w| w[0] < w[1]));
        // In columns every chip is as wide as its column.
        let col_w = (1000.0 - COL_GAP * (cols.len() as f64 - 1.0)) / cols.len() as f64;
        for b in wide.chips.iter().flatten() {
            assert_eq!(b.w, col_w);
        }
    }

    #[test]
    fn one_mark_per_county_with_its_key() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 720.0, &[]);
        assert_eq!(spec.marks.len(), d.paired().count());
        let mark_keys: Vec<String> = spec.marks.iter().map(|m| m.key.clone()).collect();
        assert_eq!(keys(&spec), mark_keys);
        let fuping = spec.marks.iter().find(|m| m.key == "130624").unwrap();
        assert_eq!(fuping.title, "阜平县");
        assert!(fuping.lines.contains(&"保定市".to_owned()));
        assert!(fuping.lines.contains(&"结对城市：北京".to_owned()));
        assert!(fuping.lines.contains(&"脱贫摘帽：2020年".to_owned()));
        assert!(fuping.lines.iter().any(|l| l.starts_with("2019年度批次")));
        assert!(
            fuping
                .lines
                .contains(&"可信度：高（来源直接说明）".to_owned())
        );
        assert!(fuping.lines.contains(&"来源：S05、S09、S18".to_owned()));
        assert_eq!(fuping.tone, Some(Tone::Beijing));
        // Reading order: by year, then dataset order.
        let years: Vec<u16> = spec
            .marks
            .iter()
            .map(|m| d.county(&m.key).unwrap().pairing.as_ref().unwrap())
            .map(|p| p.exit_year.value.unwrap())
            .collect();
        assert!(years.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn highlight_mutes_the_others() {
        let d = dataset();
        let spec = spec(&d, Locale::En, 720.0, &["130624".to_owned()]);
        let muted = spec
            .marks
            .iter()
            .filter(|m| m.tone == Some(Tone::Muted))
            .count();
        assert_eq!(muted, d.paired().count() - 1);
        let xml = Node::from(spec.svg()).to_xml();
        assert!(xml.contains(r#"data-key="130624"><rect x="#));
        assert!(xml.contains("c-muted"));
    }

    #[test]
    fn table_lists_every_county_with_raw_years() {
        let d = dataset();
        let spec = spec(&d, Locale::En, 720.0, &[]);
        assert_eq!(spec.table.rows.len(), d.paired().count());
        assert_eq!(spec.table.columns.len(), 6);
        let row = spec
            .table
            .rows
            .iter()
            .position(|r| r[0] == "Fuping County")
            .unwrap();
        assert_eq!(
            spec.table.rows[row],
            vec![
                "Fuping County",
                "Baoding",
                "Beijing",
                "2020",
                "high",
                "S05, S09, S18"
            ]
        );
        assert_eq!(spec.table.raw[row][3].as_deref(), Some("2020"));
        let zh = super::spec(&d, Locale::ZhHans, 720.0, &[]);
        assert!(zh.table.rows.iter().any(|r| r[3] == "2020年"));
    }

    #[test]
    fn takeaway_counts_the_last_batch() {
        let d = dataset();
        assert_eq!(
            takeaway(&d, Locale::ZhHans).unwrap(),
            "13个县在最后一批（2020年）摘帽，其中包括全部10个深度贫困县。"
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant).unwrap(),
            "13個縣在最後一批（2020年）摘帽，其中包括全部10個深度貧困縣。"
        );
        assert_eq!(
            takeaway(&d, Locale::En).unwrap(),
            "13 counties left the poverty list in the last batch (2020), including all 10 deep-poverty counties."
        );
    }

    #[test]
    fn summary_and_source() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 720.0, &[]);
        assert_eq!(
            spec.summary,
            "28个结对县按摘帽年份：2017年1个、2018年2个、2019年12个、2020年13个。最多的是2020年（13个县），最少的是2017年（1个县）。"
        );
        assert!(
            spec.source
                .starts_with("来源：河北日报，2020年12月19日；县级资料：S01至")
        );
        assert!(!spec.source.contains("H00"));
        assert_eq!(spec.title, "28个结对县的脱贫摘帽年份");
    }

    #[test]
    fn unknown_exit_year_gets_its_own_column() {
        let mut d = dataset();
        let county = d.counties.iter_mut().find(|c| c.code == "130624").unwrap();
        let p = county.pairing.as_mut().unwrap();
        p.exit_year.value = None;
        p.exit_year.sources.clear();
        p.exit_year.confidence = None;
        p.exit_year.note = None;
        let spec = spec(&d, Locale::ZhHans, 720.0, &[]);
        assert_fits(&spec);
        let last = spec.marks.last().unwrap();
        assert_eq!(last.key, "130624");
        assert!(last.lines.contains(&"脱贫摘帽：未知".to_owned()));
        let row = spec.table.rows.last().unwrap();
        assert_eq!(row[3], "未知");
        assert_eq!(spec.table.raw.last().unwrap()[3], None);
        // Never counted as an exit year; the takeaway now finds 9 of 10 in the last batch.
        assert_eq!(
            takeaway(&d, Locale::ZhHans).unwrap(),
            "12个县在最后一批（2020年）摘帽，其中有9个深度贫困县（共10个）。"
        );
        let xml = Node::from(spec.svg()).to_xml();
        assert!(xml.contains(">未知</text>"));
        assert_fits(&super::spec(&d, Locale::En, 320.0, &[]));
    }

    #[test]
    fn no_digits_in_the_words() {
        let src = include_str!("timeline.rs");
        assert_no_typed_digits(src, "const ZH_HANS: Words", "fn words(");
    }
}
