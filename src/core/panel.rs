//! The county panel beside the map: the selected county's facts, each with its sources and
//! confidence. Unknown values say "unknown"; conflicting values are shown side by side,
//! never resolved.
//!
//! Built here, as a pure element tree, because two places write it: the prerendered page
//! (the panel's first words) and the map's browser glue, which rewrites it when the reader
//! picks a county. The first view's binary then needs no component framework at all: a
//! county click is the map's attribute changes plus this panel's markup.

use super::format::{Style, amount};
use super::locale::Locale;
use super::model::{Dataset, Fact, Pairing};
use super::page_text::count;
use super::refs::{confidence_badge, source_refs};
use super::story_text::story_text;
use super::strings::{Strings, fill, strings};
use super::svg::{Element, Node, el, text};

/// What the panel shows: a county (by code) or, with `None`, the hint to pick one.
/// `picked`: the county is among those the comparison holds.
pub fn panel(d: &Dataset, code: Option<&str>, picked: bool, locale: Locale) -> Element {
    let s = strings(locale);
    let Some(county) = code.and_then(|c| d.county(c)) else {
        return el("aside").attr("class", "details details--empty").child(
            el("p")
                .attr("class", "details__hint")
                .child(text(s.details_hint)),
        );
    };
    let city = d
        .city(&county.city)
        .map(|c| c.name.get(locale))
        .unwrap_or_default();
    // The bare number: the templates carry their own measure word ("属于{0}个受援县").
    let paired_n = count(d, "paired_counties", locale);
    let head = el("header")
        .attr("class", "details__head")
        .child(
            el("h3")
                .attr("class", "details__name")
                .child(text(county.name.get(locale))),
        )
        .child(
            el("button")
                .attr("type", "button")
                .attr("class", "details__close")
                .child(el("span").attr("aria-hidden", "true").child(text("×")))
                .child(
                    el("span")
                        .attr("class", "visually-hidden")
                        .child(text(s.close)),
                ),
        )
        .child(el("p").attr("class", "details__meta").child(text(format!(
            "{city} · {} · {}",
            s.kind_name(county.kind),
            county.code
        ))));
    let mut aside = el("aside")
        .attr("data-code", county.code.as_str())
        .attr("class", "details")
        .child(head);
    aside = match &county.pairing {
        Some(p) => aside.children(pairing_facts(d, p, locale, s, &paired_n)),
        None => aside.child(
            el("p")
                .attr("class", "details__unpaired")
                .child(text(fill(s.not_paired, &[&paired_n]))),
        ),
    };
    aside = aside.child(
        el("p").attr("class", "details__actions").child(
            el("button")
                .attr("type", "button")
                .attr("aria-pressed", if picked { "true" } else { "false" })
                .attr("class", "jj__button details__compare")
                .child(text(compare_label(locale, picked))),
        ),
    );
    if let Some(note) = &county.note {
        aside = aside.child(note_line(d, note.text.get(locale), &note.sources, locale));
    }
    aside
}

/// The panel's markup as HTML.
pub fn panel_html(d: &Dataset, code: Option<&str>, picked: bool, locale: Locale) -> String {
    Node::from(panel(d, code, picked, locale)).to_html()
}

/// The panel's comparison button: add the county, or take it out again.
pub fn compare_label(locale: Locale, picked: bool) -> &'static str {
    let t = story_text(locale);
    if picked {
        t.compare_remove
    } else {
        t.compare_add
    }
}

fn pairing_facts(
    d: &Dataset,
    p: &Pairing,
    locale: Locale,
    s: &Strings,
    paired_n: &str,
) -> Vec<Element> {
    let year = |y: &u16| format!("{y}{}", s.year_suffix);
    let yes_no = |b: &bool| if *b { s.yes } else { s.no }.to_owned();
    let district = |id: &String| {
        d.district(id)
            .map(|x| x.name.get(locale).to_owned())
            .unwrap_or_else(|| id.clone())
    };
    let membership = fill(s.membership, &[paired_n]);
    let facts = el("dl").attr("class", "facts").children([
        fact_row(d, locale, s, &membership, &p.membership, |_| {
            s.member.to_owned()
        }),
        fact_row(d, locale, s, s.partner, &p.partner, |x| {
            s.partner_name(*x).to_owned()
        }),
        fact_row(d, locale, s, s.district, &p.district, district),
        fact_row(d, locale, s, s.poverty_status, &p.poverty_status, |x| {
            s.status_name(*x).to_owned()
        }),
        fact_row(d, locale, s, s.deep_poverty, &p.deep_poverty, yes_no),
        fact_row(d, locale, s, s.exit_year, &p.exit_year, year),
        fact_row(d, locale, s, s.start_year, &p.start_year, year),
    ]);
    let mut out = vec![
        facts,
        el("h4")
            .attr("class", "details__sub")
            .child(text(s.county_figures)),
    ];
    if p.figures.is_empty() {
        out.push(
            el("p")
                .attr("class", "details__none")
                .child(text(s.no_county_figures)),
        );
    } else {
        out.push(
            el("dl")
                .attr("class", "facts facts--figures")
                .children(p.figures.iter().map(|f| {
                    let value = amount(f.value, f.unit, None, f.qualifier, locale, Style::ExactWan);
                    let dd = el("dd")
                        .child(el("span").attr("class", "facts__value").child(text(value)))
                        .child(
                            el("span")
                                .attr("class", "facts__period")
                                .child(text(f.period.get(locale))),
                        )
                        .children(confidence_badge(Some(f.confidence), locale))
                        .children(source_refs(d, std::slice::from_ref(&f.source), locale))
                        .children(f.note.as_ref().map(|n| {
                            el("span")
                                .attr("class", "facts__note")
                                .child(text(n.get(locale)))
                        }));
                    el("div")
                        .attr("data-figure", f.id.as_str())
                        .attr("class", "facts__row")
                        .child(el("dt").child(text(f.label.get(locale))))
                        .child(dd)
                })),
        );
    }
    out.extend(
        p.notes
            .iter()
            .map(|n| note_line(d, n.text.get(locale), &n.sources, locale)),
    );
    out
}

fn note_line(d: &Dataset, words: &str, sources: &[String], locale: Locale) -> Element {
    el("p")
        .attr("class", "details__note")
        .child(text(words))
        .children(source_refs(d, sources, locale))
}

/// One fact: its value (or "unknown"), how it was established, confidence, sources, note and
/// any conflicting values.
fn fact_row<T>(
    d: &Dataset,
    locale: Locale,
    s: &Strings,
    label: &str,
    fact: &Fact<T>,
    show: impl Fn(&T) -> String,
) -> Element {
    let value = fact.value.as_ref().map(&show);
    let class = if value.is_none() {
        "facts__row facts__row--unknown"
    } else {
        "facts__row"
    };
    let dd = el("dd")
        .child(
            el("span")
                .attr("class", "facts__value")
                .child(text(value.unwrap_or_else(|| s.unknown.to_owned()))),
        )
        .children(fact.method.map(|m| {
            el("span")
                .attr("class", "facts__method")
                .child(text(s.method_name(m)))
        }))
        .children(confidence_badge(fact.confidence, locale))
        .children(source_refs(d, &fact.sources, locale))
        .children(fact.note.as_ref().map(|n| {
            el("span")
                .attr("class", "facts__note")
                .child(text(n.get(locale)))
        }))
        .children(fact.conflicts.iter().map(|c| {
            el("span")
                .attr("class", "facts__conflict")
                .child(text(format!("{}{}{}", s.conflict, s.colon, show(&c.value))))
                .children(confidence_badge(Some(c.confidence), locale))
                .children(source_refs(d, &c.sources, locale))
        }));
    el("div")
        .attr("class", class)
        .child(el("dt").child(text(label)))
        .child(dd)
}
