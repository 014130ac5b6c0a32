//! "Embed this graphic": a panel with the iframe and script snippets for the current view
//! and state, each with a copy button. Built only when opened (it needs the page's URL).

use yew::prelude::*;

use super::store::{use_view, whole};
use crate::core::embed::{iframe_snippet, script_snippet};
use crate::core::state::Section;
use crate::core::story_text::story_text;
use crate::core::url::to_hash;

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    /// The graphic's title, for the iframe's `title`.
    pub title: AttrValue,
}

#[component]
pub fn EmbedPanel(props: &EmbedProps) -> Html {
    let open = use_state_eq(|| false);
    let part = use_state_eq(|| None::<Section>);
    let copied = use_state_eq(|| None::<(&'static str, bool)>);
    let Some(state) = use_view(whole) else {
        return html! {};
    };
    let locale = state.locale;
    let t = story_text(locale);
    let toggle = {
        let open = open.clone();
        let part = part.clone();
        let view = state.view;
        Callback::from(move |_: MouseEvent| {
            part.set(view);
            open.set(!*open);
        })
    };
    let on_part = {
        let part = part.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                part.set(Section::from_id(&select.value()));
            }
        })
    };
    let body = if *open {
        let base = crate::browser::page_base();
        // The view is the page itself, not part of the state carried in the fragment.
        let carried = crate::core::state::AppState {
            view: None,
            ..(*state).clone()
        };
        let hash = to_hash(&carried, locale);
        let iframe = iframe_snippet(&base, locale, *part, &hash, &props.title);
        let script = script_snippet(&base, locale, *part);
        let copy = |which: &'static str, text: String| {
            let copied = copied.clone();
            Callback::from(move |_: MouseEvent| {
                let copied = copied.clone();
                let text = text.clone();
                yew::platform::spawn_local(async move {
                    let ok = crate::browser::copy_text(&text).await;
                    copied.set(Some((which, ok)));
                });
            })
        };
        let status = |which: &'static str| match *copied {
            Some((w, true)) if w == which => t.embed_copied,
            Some((w, false)) if w == which => t.embed_copy_failed,
            _ => "",
        };
        html! {
            <div class="embed" id="embed-panel">
                <h3 class="embed__title">{ t.embed_title }</h3>
                <p class="embed__hint">{ t.embed_hint }</p>
                <label class="picker">
                    <span class="picker__label">{ t.embed_part }</span>
                    <select class="picker__select" onchange={on_part}>
                        <option value="" selected={part.is_none()}>{ t.embed_whole }</option>
                        { for Section::ALL.iter().map(|s| html! {
                            <option value={s.id()} selected={*part == Some(*s)}>{ t.heading(*s) }</option>
                        }) }
                    </select>
                </label>
                <div class="embed__snippet">
                    <label class="embed__label" for="embed-iframe">{ t.embed_iframe }</label>
                    <textarea id="embed-iframe" class="embed__code" readonly=true rows="3" value={iframe.clone()} />
                    <button type="button" class="chart__button" data-copy="iframe" onclick={copy("iframe", iframe)}>
                        { t.embed_copy }<span class="visually-hidden">{ " " }{ t.embed_iframe }</span>
                    </button>
                    <span class="embed__status" role="status">{ status("iframe") }</span>
                </div>
                <div class="embed__snippet">
                    <label class="embed__label" for="embed-script">{ t.embed_script }</label>
                    <textarea id="embed-script" class="embed__code" readonly=true rows="2" value={script.clone()} />
                    <button type="button" class="chart__button" data-copy="script" onclick={copy("script", script)}>
                        { t.embed_copy }<span class="visually-hidden">{ " " }{ t.embed_script }</span>
                    </button>
                    <span class="embed__status" role="status">{ status("script") }</span>
                </div>
            </div>
        }
    } else {
        html! {}
    };
    html! {
        <div class="embed-box">
            <button type="button" class="chart__button embed__open" aria-expanded={if *open { "true" } else { "false" }}
                    aria-controls="embed-panel" onclick={toggle}>{ t.embed }</button>
            { body }
        </div>
    }
}
