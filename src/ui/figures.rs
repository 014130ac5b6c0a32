//! A section's article figures as a grid: value rounded for reading, label, period, Beijing/Tianjin
//! split where the article gives one, and the sentence it comes from on demand.

use yew::prelude::*;

use super::Shared;
use crate::core::format::share;
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Figure, Period, Section, Sentence};
use crate::core::page_text::readable;
use crate::core::story_text::story_text;
use crate::core::strings::{fill, strings};

#[derive(PartialEq)]
pub struct FigureGridProps {
    pub data: Shared<Dataset>,
    pub locale: Locale,
    pub section: Section,
    /// Figures shown elsewhere in the section (cards, a chart).
    pub exclude: Vec<&'static str>,
}

pub fn figure_grid(props: &FigureGridProps) -> Html {
    let d = &props.data;
    let figures: Vec<&Figure> = d
        .figures
        .iter()
        .filter(|f| f.section == props.section && !props.exclude.contains(&f.id.as_str()))
        .collect();
    if figures.is_empty() {
        return html! {};
    }
    // A caveat that holds for every figure of the grid is said once, under it.
    let shared_note = figures[0]
        .note
        .as_ref()
        .filter(|n| figures.len() > 1 && figures.iter().all(|f| f.note.as_ref() == Some(*n)));
    html! {
        <>
            <ul class="figures">
                { for figures.iter().map(|f| figure_item(f, props.locale, shared_note.is_none())) }
            </ul>
            if let Some(n) = shared_note { <p class="figures__shared-note">{ n.get(props.locale) }</p> }
            { sentences(d, &figures, props.locale) }
        </>
    }
}

/// One figure; its sentence is in the grid's one disclosure of sentences.
fn figure_item(f: &Figure, locale: Locale, show_note: bool) -> Html {
    let s = strings(locale);
    html! {
        <li class="figures__item" data-figure={f.id.clone()}>
            <span class="figures__value">{ readable(f, locale) }</span>
            <span class="figures__label">{ f.label.get(locale) }</span>
            if let Some(split) = &f.split {
                { split_bar(&SplitBarProps { beijing: split.beijing.value, tianjin: split.tianjin.value, unit: f.unit, measure: f.measure, locale }) }
            }
            // A date's value is its own period ("2018年"); "日期" under it said nothing.
            if f.period != Period::Date {
                <span class="figures__period">{ s.period_name(f.period) }</span>
            }
            if let (true, Some(note)) = (show_note, &f.note) {
                <span class="figures__note">{ note.get(locale) }</span>
            }
        </li>
    }
}

/// A sentence of the article behind a disclosure named `toggle`, with the received
/// Traditional text under it on the other pages.
fn quote(sentence: &Sentence, toggle: String, locale: Locale) -> Html {
    html! {
        <details class="figures__quote">
            <summary class="figures__quote-toggle">{ toggle }</summary>
            { quote_text(sentence, locale) }
        </details>
    }
}

fn quote_text(sentence: &Sentence, locale: Locale) -> Html {
    html! {
        <blockquote class="figures__quote-text">
            <p>{ sentence.text.get(locale) }</p>
            if locale != Locale::ZhHant {
                <p class="figures__quote-original" lang="zh-Hant">{ &sentence.text.zh_hant }</p>
            }
        </blockquote>
    }
}

pub struct SplitBarProps {
    pub beijing: f64,
    pub tianjin: f64,
    pub unit: crate::core::model::Unit,
    pub measure: Option<crate::core::model::Measure>,
    pub locale: Locale,
}

/// A one-line bar of Beijing's and Tianjin's parts, labelled so it reads without colour.
pub fn split_bar(props: &SplitBarProps) -> Html {
    let s = strings(props.locale);
    let total = props.beijing + props.tianjin;
    let pct = |v: f64| if total > 0.0 { v / total * 100.0 } else { 0.0 };
    let fmt = |v: f64| {
        crate::core::format::amount(
            v,
            props.unit,
            props.measure,
            None,
            props.locale,
            crate::core::format::Style::Exact,
        )
    };
    let label = |name: &str, v: f64| {
        format!(
            "{name} {} · {}",
            fmt(v),
            share(v, total, props.locale).unwrap_or_default()
        )
    };
    html! {
        <span class="split">
            <svg class="split__bar" aria-hidden="true" width="100%" height="10">
                <rect class="split__part c-beijing" x="0" y="0" height="10" width={format!("{:.1}%", pct(props.beijing))} />
                <rect class="split__part c-tianjin" x={format!("{:.1}%", pct(props.beijing))} y="0" height="10"
                      width={format!("{:.1}%", pct(props.tianjin))} />
            </svg>
            <span class="split__keys">
                <span class="split__key split__key--beijing">{ label(s.beijing, props.beijing) }</span>
                <span class="split__key split__key--tianjin">{ label(s.tianjin, props.tianjin) }</span>
            </span>
        </span>
    }
}

pub struct QuoteListProps {
    pub data: Shared<Dataset>,
    pub locale: Locale,
    pub section: Section,
}

/// The sentences a section's charts are drawn from (see [`sentences`]); a caveat every figure
/// shares is said once, under them.
pub fn quote_list(props: &QuoteListProps) -> Html {
    let d = &props.data;
    let locale = props.locale;
    let figures: Vec<&Figure> = d
        .figures
        .iter()
        .filter(|f| f.section == props.section)
        .collect();
    let shared_note = figures
        .first()
        .and_then(|f| f.note.as_ref())
        .filter(|n| figures.iter().all(|f| f.note.as_ref() == Some(*n)));
    html! {
        <>
            { sentences(d, &figures, locale) }
            if let Some(n) = shared_note { <p class="figures__shared-note">{ n.get(locale) }</p> }
        </>
    }
}

/// The article's sentences behind `figures`, in one disclosure named by what it holds: one
/// sentence is named by its figures ("原文 · 266家 · 242.2亿元 · 11.9万人"); several by
/// their count, each shown under the figures it prints (rounded for reading). Every number
/// is one action away from the sentence that prints it.
fn sentences(d: &Dataset, figures: &[&Figure], locale: Locale) -> Html {
    let t = story_text(locale);
    let mut ids: Vec<&str> = Vec::new();
    for f in figures {
        if !ids.contains(&f.sentence.as_str()) {
            ids.push(&f.sentence);
        }
    }
    let values = |id: &str| -> String {
        figures
            .iter()
            .filter(|f| f.sentence == id)
            .map(|f| readable(f, locale))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let sentences: Vec<&Sentence> = ids.iter().filter_map(|id| d.sentence(id)).collect();
    match sentences.as_slice() {
        [] => html! {},
        [one] => quote(one, format!("{} · {}", t.quote, values(&one.id)), locale),
        // Several: one disclosure, each sentence under the figures it holds.
        many => html! {
            <details class="figures__quote quotes">
                <summary class="figures__quote-toggle">{ fill(t.quotes, &[&many.len().to_string()]) }</summary>
                <ul class="quotes__list">
                    { for many.iter().map(|sentence| html! {
                        <li class="quotes__item" data-sentence={sentence.id.clone()}>
                            <p class="quotes__values">{ values(&sentence.id) }</p>
                            { quote_text(sentence, locale) }
                        </li>
                    }) }
                </ul>
            </details>
        },
    }
}
