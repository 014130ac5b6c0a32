//! Small shared pieces: source references and confidence badges, used wherever a fact is
//! shown, so every number on the page carries where it comes from and how sure it is.

use yew::prelude::*;

use super::Shared;
use crate::core::locale::{Locale, foreign_runs};
use crate::core::model::Confidence;
use crate::core::model::Dataset;
use crate::core::source_text::{source_date, source_entry};
use crate::core::strings::strings;

pub struct SourceRefsProps {
    pub data: Shared<Dataset>,
    pub ids: Vec<String>,
    pub locale: Locale,
}

/// Source ids as links to the source, with the source's title and date as a tip. The article
/// itself (H00) is called "the article".
pub fn source_refs(props: &SourceRefsProps) -> Html {
    let s = strings(props.locale);
    let d = &props.data;
    if props.ids.is_empty() {
        return html! {};
    }
    html! {
        <span class="refs">
            { for props.ids.iter().map(|id| {
                let source = d.source(id);
                let label = if *id == d.article.source { s.the_article.to_owned() } else { id.clone() };
                // The line in the page's words, what was published marked with its script.
                let runs = source.map(|src| {
                    let mut runs = source_entry(src, props.locale).runs();
                    if let Some(date) = source_date(src, props.locale) {
                        runs.push((None, format!(" ({date})")));
                    }
                    runs
                }).unwrap_or_default();
                // The source line is hidden text (read with the reference; an aria-label
                // cannot mark which part is Chinese and which English with `lang`), and the
                // style sheet shows it as a tip on hover and on keyboard focus, which Escape
                // closes (`browser::tips`). A source without an address (the article) links
                // to its entry in the page's source list.
                let (href, external) = match source.and_then(|src| src.url.clone()) {
                    Some(url) => (url, true),
                    None => (format!("#source-{id}"), false),
                };
                html! {
                    <a class="refs__ref" {href} target={external.then_some("_blank")}
                       rel={external.then_some("noopener noreferrer")}>
                        { label }
                        <span class="visually-hidden refs__tip"><span class="refs__sep">{ ": " }</span>{ marked(&runs) }</span>
                    </a>
                }
            }) }
        </span>
    }
}

/// "可信度：中" as a small badge whose weight rises with the confidence (nothing when the
/// confidence is not given). A function, not a component: it has no state, and a component
/// per badge kind costs the wasm its own copy of Yew's lifecycle code.
pub fn confidence_badge(confidence: Option<Confidence>, locale: Locale) -> Html {
    let s = strings(locale);
    let Some(c) = confidence else {
        return html! {};
    };
    let level = match c {
        Confidence::High | Confidence::MediumHigh => "high",
        Confidence::Medium => "medium",
        Confidence::LowMedium | Confidence::Low => "low",
    };
    html! {
        <span class={classes!("badge", format!("badge--{level}"))}>
            { format!("{}{}{}", s.confidence, s.colon, s.confidence_name(c)) }
        </span>
    }
}

/// Text that may mix Chinese and English (source titles, the map credit), with each run in
/// another language or script than the page's marked by `lang`; `han` is the script of its
/// Chinese, `None` for text written for this page (see `core::locale::foreign_runs`).
pub fn mixed(text: &str, locale: Locale, han: Option<Locale>) -> Html {
    html! {
        { for foreign_runs(text, locale, han).into_iter().map(|(lang, run)| match lang {
            Some(lang) => html! { <span {lang}>{ run }</span> },
            None => html! { { run } },
        }) }
    }
}

/// Runs of text as `core::source_text::SourceLine::runs` gives them, each foreign run in a
/// span with its `lang`.
pub fn marked(runs: &[(Option<&'static str>, String)]) -> Html {
    html! {
        { for runs.iter().map(|(lang, run)| match lang {
            Some(lang) => html! { <span lang={*lang}>{ run.clone() }</span> },
            None => html! { { run.clone() } },
        }) }
    }
}
