//! Where a fact comes from and how sure it is, as markup: source references (the source's
//! line as a tip) and confidence badges. One builder for every place a fact is shown: the
//! map's panel writes it as HTML, the Yew parts of the page through `ui::svg::to_html`.

use super::locale::Locale;
use super::model::{Confidence, Dataset, Source};
use super::source_text::{source_date, source_entry};
use super::strings::strings;
use super::svg::{Element, Node, el, text};

/// "可信度：中" as a small badge whose weight rises with the confidence (nothing when the
/// confidence is not given).
pub fn confidence_badge(confidence: Option<Confidence>, locale: Locale) -> Option<Element> {
    let s = strings(locale);
    let c = confidence?;
    let level = match c {
        Confidence::High | Confidence::MediumHigh => "high",
        Confidence::Medium => "medium",
        Confidence::LowMedium | Confidence::Low => "low",
    };
    Some(
        el("span")
            .attr("class", format!("badge badge--{level}"))
            .child(text(format!(
                "{}{}{}",
                s.confidence,
                s.colon,
                s.confidence_name(c)
            ))),
    )
}

/// Source ids as links to the source, the source's line as a tip (`browser::tips`). The
/// article itself (H00) is "the article" and links to its entry in the page's source list.
pub fn source_refs(d: &Dataset, ids: &[String], locale: Locale) -> Option<Element> {
    if ids.is_empty() {
        return None;
    }
    let s = strings(locale);
    Some(
        el("span")
            .attr("class", "refs")
            .children(ids.iter().map(|id| {
                let source = d.source(id);
                let label = if *id == d.article.source {
                    s.the_article.to_owned()
                } else {
                    id.clone()
                };
                let (href, external) = match source.and_then(|src| src.url.clone()) {
                    Some(url) => (url, true),
                    None => (format!("#source-{id}"), false),
                };
                let tip = el("span")
                    .attr("class", "visually-hidden refs__tip")
                    .child(el("span").attr("class", "refs__sep").child(text(": ")))
                    .children(
                        source
                            .map(|src| source_line(src, locale))
                            .unwrap_or_default(),
                    );
                el("a")
                    .attr("href", href)
                    .attr_opt("target", external.then_some("_blank"))
                    .attr_opt("rel", external.then_some("noopener noreferrer"))
                    .attr("class", "refs__ref")
                    .child(text(label))
                    .child(tip)
            })),
    )
}

/// A source's line in the page's words, each run in another language marked with `lang`.
fn source_line(src: &Source, locale: Locale) -> Vec<Node> {
    let mut runs = source_entry(src, locale).runs();
    if let Some(date) = source_date(src, locale) {
        runs.push((None, format!(" ({date})")));
    }
    runs.into_iter()
        .map(|(lang, run)| match lang {
            Some(lang) => el("span").attr("lang", lang).child(text(run)).into(),
            None => text(run),
        })
        .collect()
}
