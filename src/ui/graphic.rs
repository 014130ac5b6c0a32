//! The graphic once the data is loaded: header, headline cards, the map with the selected
//! county's facts, and the source line.

use yew::prelude::*;

use super::Shared;
use super::cards::{bare, stated};
use super::embed_dialog::EmbedPanel;
use super::refs::{SourceRefsProps, mixed, source_refs};
use super::state::StoryHandle;
use super::story::Story;
use crate::core::bundle::Bundle;
use crate::core::locale::Locale;
use crate::core::model::Period;
use crate::core::state::Action;
use crate::core::strings::{fill, strings};

#[derive(Properties, PartialEq)]
pub struct GraphicProps {
    pub bundle: Shared<Bundle>,
}

#[component]
pub fn Graphic(props: &GraphicProps) -> Html {
    let Some(state) = use_context::<StoryHandle>() else {
        return html! {};
    };
    let locale = state.locale;
    let s = strings(locale);
    let b = &props.bundle;
    let d = &b.dataset;
    let headline = headline(d, locale);
    let dek = dek(d, locale);
    let article = &d.article;
    html! {
        <article class="graphic">
            <header class="graphic__head">
                <div class="graphic__topline">
                    <p class="graphic__kicker">{ s.kicker }</p>
                    <LanguageSwitch current={locale} />
                </div>
                <h1 class="graphic__title">{ headline.clone() }</h1>
                <p class="graphic__dek">{ dek }</p>
            </header>
            <Story bundle={b.clone()} />
            <footer class="graphic__foot">
                <p class="graphic__source">{ source_line(article, locale) }</p>
                { for d.open_questions.iter().map(|q| html! {
                    <p class="graphic__question">
                        <strong>{ format!("{}{}", s.open_question, s.colon) }</strong>
                        { q.text.get(locale) }
                        { source_refs(&SourceRefsProps { bundle: b.clone(), ids: q.sources.clone(), locale }) }
                    </p>
                }) }
                <details class="graphic__sources">
                    <summary>{ count_in_brackets(s.all_sources, d.sources.len(), locale) }</summary>
                    <ol class="sources">
                        { for d.sources.iter().map(|src| {
                            let title = mixed(&src.title, locale, src.title_locale());
                            html! {
                                <li id={format!("source-{}", src.id)} class="sources__item">
                                    <span class="sources__id">{ &src.id }</span>
                                    if let Some(url) = &src.url {
                                        <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ title }</a>
                                    } else {
                                        <span>{ title }</span>
                                    }
                                    if let Some(date) = &src.date { <span class="sources__date">{ date }</span> }
                                </li>
                            }
                        }) }
                    </ol>
                </details>
                <p class="graphic__credit">{ mixed(s.map_credit, locale, None) }</p>
                <EmbedPanel title={headline.clone()} ambient={locale} />
            </footer>
        </article>
    }
}

/// "来源：河北日报《…》，2020-12-19；记者…" in Chinese; "Source: Hebei Daily, “…”,
/// 2020-12-19; reporter …" in English, with English punctuation.
fn source_line(article: &crate::core::model::Article, locale: Locale) -> String {
    let s = strings(locale);
    let (outlet, title, byline) = (
        article.outlet.get(locale),
        article.title.get(locale),
        article.byline.get(locale),
    );
    match locale {
        Locale::En => format!(
            "{}{}{outlet}, “{title}”, {}; {byline}",
            s.source_label, s.colon, article.date
        ),
        Locale::ZhHans | Locale::ZhHant => format!(
            "{}{}{outlet}《{title}》，{}；{byline}",
            s.source_label, s.colon, article.date
        ),
    }
}

/// The standfirst under the headline (also the page's description for search and sharing).
pub fn dek(d: &crate::core::model::Dataset, locale: Locale) -> String {
    let s = strings(locale);
    fill(
        s.dek,
        &[
            &count(d, "paired_counties", locale),
            s.period_name(Period::FiveYears),
        ],
    )
}

/// "All sources (38)"; full-width brackets in Chinese: "全部来源（38）".
fn count_in_brackets(label: &str, n: usize, locale: Locale) -> String {
    match locale {
        Locale::En => format!("{label} ({n})"),
        Locale::ZhHans | Locale::ZhHant => format!("{label}（{n}）"),
    }
}

/// The graphic's headline, with its numbers from the dataset (also the page title).
pub fn headline(d: &crate::core::model::Dataset, locale: Locale) -> String {
    let fig = |id: &str| d.figure(id).map(|f| stated(f, locale)).unwrap_or_default();
    fill(
        strings(locale).headline,
        &[
            &count(d, "paired_counties", locale),
            &fig("incidence_before"),
            &fig("incidence_after"),
        ],
    )
}

/// A figure's number from the dataset, formatted for `locale` without its measure word.
pub fn count(d: &crate::core::model::Dataset, id: &str, locale: Locale) -> String {
    d.figure(id).map(|f| bare(f, locale)).unwrap_or_default()
}

#[derive(Properties, PartialEq)]
struct SwitchProps {
    current: Locale,
}

#[component]
fn LanguageSwitch(props: &SwitchProps) -> Html {
    let state = use_context::<StoryHandle>();
    let s = strings(props.current);
    html! {
        <div class="langs" role="group" aria-label={s.language}>
            { for Locale::ALL.iter().map(|&l| {
                let label = match l { Locale::ZhHans => "简", Locale::ZhHant => "繁", Locale::En => "EN" };
                let onclick = {
                    let state = state.clone();
                    Callback::from(move |_: MouseEvent| {
                        if let Some(state) = &state { state.dispatch(Action::SetLocale(l)); }
                    })
                };
                html! {
                    <button type="button" class="langs__button" lang={l.tag()}
                            aria-pressed={if l == props.current { "true" } else { "false" }} {onclick}>
                        { label }
                    </button>
                }
            }) }
        </div>
    }
}
