//! The graphic once the data is loaded: header, the story, and the footer with the sources.
//! Static apart from its islands (see `ui::islands`).

use yew::prelude::*;

use super::Shared;
use super::islands::{EmbedIsland, IslandKind, IslandProps, island};
use super::refs::{SourceRefsProps, marked, mixed, source_refs};
use super::store::StoreHandle;
use super::story::Story;
use crate::core::bundle::Bundle;
use crate::core::embed::page_file;
use crate::core::locale::Locale;
use crate::core::page_text::{count_in_brackets, dek, headline, source_line};
use crate::core::source_text::{source_date, source_entry};
use crate::core::state::Action;
use crate::core::strings::strings;

#[derive(Properties, PartialEq)]
pub struct GraphicProps {
    pub bundle: Shared<Bundle>,
    pub store: StoreHandle,
    pub locale: Locale,
    #[prop_or_default]
    pub embedded: bool,
}

#[component]
pub fn Graphic(props: &GraphicProps) -> Html {
    let locale = props.locale;
    let s = strings(locale);
    let b = &props.bundle;
    let data = Shared(b.dataset.clone());
    let d = &*data;
    let headline = headline(d, locale);
    let islands = IslandProps {
        data: data.clone(),
        store: props.store.clone(),
        hydrating: None,
        on_ready: None,
        embedded: props.embedded,
        title: headline.clone().into(),
    };
    html! {
        <article class="graphic">
            <header class="graphic__head">
                <div class="graphic__topline">
                    <p class="graphic__kicker">{ s.kicker }</p>
                    { language_switch(locale, &props.store) }
                </div>
                // A script embed sits in the host's article, under the host's own h1 (a page
                // with ten embeds had eleven).
                if props.embedded {
                    <h2 class="graphic__title">{ headline.clone() }</h2>
                } else {
                    <h1 class="graphic__title">{ headline.clone() }</h1>
                }
                <p class="graphic__dek">{ dek(d, locale) }</p>
            </header>
            <Story bundle={b.clone()} islands={islands.clone()} {locale} />
            <footer class="graphic__foot">
                <p class="graphic__source">{ source_line(&d.article, locale) }</p>
                { for d.open_questions.iter().map(|q| html! {
                    <p class="graphic__question">
                        <strong>{ format!("{}{}", s.open_question, s.colon) }</strong>
                        { q.text.get(locale) }
                        { source_refs(&SourceRefsProps { data: data.clone(), ids: q.sources.clone(), locale }) }
                    </p>
                }) }
                <details class="graphic__sources">
                    <summary>{ count_in_brackets(s.all_sources, d.sources.len(), locale) }</summary>
                    <ol class="sources">
                        { for d.sources.iter().map(|src| {
                            let title = marked(&source_entry(src, locale).runs());
                            html! {
                                <li id={format!("source-{}", src.id)} class="sources__item">
                                    <span class="sources__id">{ &src.id }</span>
                                    if let Some(url) = &src.url {
                                        <a href={url.clone()} target="_blank" rel="noopener noreferrer">{ title }</a>
                                    } else {
                                        <span>{ title }</span>
                                    }
                                    if let Some(date) = source_date(src, locale) { <span class="sources__date">{ date }</span> }
                                </li>
                            }
                        }) }
                    </ol>
                </details>
                <p class="graphic__credit">{ mixed(s.map_credit, locale, None) }</p>
                { island(IslandKind::Embed, html! { <EmbedIsland ..islands /> }) }
            </footer>
        </article>
    }
}

/// The three languages as links to the page in each (the prerendered page is not
/// re-rendered in place: `boot.js` carries the reader's state in the link's fragment). Where
/// the browser rendered the page itself (the script embed, `trunk serve`), a click switches
/// the language in place instead.
fn language_switch(current: Locale, store: &StoreHandle) -> Html {
    let s = strings(current);
    html! {
        <nav class="langs" aria-label={s.language}>
            { for Locale::ALL.iter().map(|&l| {
                let onclick = {
                    let store = store.clone();
                    Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        store.dispatch(Action::SetLocale(l));
                    })
                };
                let here = l == current;
                html! {
                    <a class="langs__button" href={page_file(l, None)} hreflang={l.tag()} lang={l.tag()}
                       data-lang={l.tag()} aria-current={here.then_some("true")} {onclick}>
                        <span aria-hidden="true">{ l.short_name() }</span>
                        <span class="visually-hidden">{ l.native_name() }</span>
                    </a>
                }
            }) }
        </nav>
    }
}
