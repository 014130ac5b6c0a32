//! Small shared pieces: source references and confidence badges, used wherever a fact is
//! shown, so every number on the page carries where it comes from and how sure it is.

use yew::prelude::*;

use super::Shared;
use super::svg::to_html;
use crate::core::locale::{Locale, foreign_runs};
use crate::core::model::Confidence;
use crate::core::model::Dataset;
use crate::core::refs as core_refs;

pub struct SourceRefsProps {
    pub data: Shared<Dataset>,
    pub ids: Vec<String>,
    pub locale: Locale,
}

/// Source ids as links to the source, with the source's line as a tip (`core::refs`).
pub fn source_refs(props: &SourceRefsProps) -> Html {
    match core_refs::source_refs(&props.data, &props.ids, props.locale) {
        Some(e) => to_html(&e, None),
        None => html! {},
    }
}

/// "可信度：中" as a small badge (nothing when the confidence is not given).
pub fn confidence_badge(confidence: Option<Confidence>, locale: Locale) -> Html {
    match core_refs::confidence_badge(confidence, locale) {
        Some(e) => to_html(&e, None),
        None => html! {},
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
