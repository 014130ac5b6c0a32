//! The root component, for a page rendered whole: on the server (the prerendered pages,
//! the tests) and in the browser where nothing was prerendered (`trunk serve`, the script
//! embed, a prerendered page whose data changed since). It loads the two data files, then
//! shows the graphic, or says clearly what went wrong. The root element carries
//! `data-state` = loading | ready | error.
//!
//! The prerendered page does not come through here in the browser: `src/bin/app.rs`
//! hydrates its islands one by one, with the same store and components.

use yew::prelude::*;

use super::Shared;
use super::graphic::Graphic;
use super::store::{Reload, StoreHandle};
use crate::core::bundle::Bundle;
use crate::core::error::DataError;
use crate::core::locale::Locale;
use crate::core::state::AppState;
use crate::core::strings::strings;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// Data given up front (server rendering, tests); the browser build fetches it instead.
    #[prop_or_default]
    pub bundle: Option<Shared<Bundle>>,
    /// Errors given up front (server rendering of the error state, tests).
    #[prop_or_default]
    pub errors: Option<Shared<Vec<DataError>>>,
    /// The state to start in (from the URL in the browser).
    #[prop_or_default]
    pub state: Option<AppState>,
    /// The language the reader gets without choosing one (host page, then browser).
    #[prop_or_default]
    pub ambient: Locale,
    /// Prefix for the data files' URLs: empty for the page's own folder; the script embed
    /// passes the folder it was loaded from.
    #[prop_or_default]
    pub base: AttrValue,
    /// Mounted into a host page by the script embed: the host's address and `<html lang>`
    /// are the host's, so the app neither reads nor writes them.
    #[prop_or_default]
    pub embedded: bool,
}

#[derive(Clone, PartialEq)]
enum Load {
    Loading,
    Ready(Shared<Bundle>),
    Failed(Shared<Vec<DataError>>),
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let load = use_state(|| match (&props.bundle, &props.errors) {
        (Some(b), _) => Load::Ready(b.clone()),
        (None, Some(errors)) => Load::Failed(errors.clone()),
        (None, None) => Load::Loading,
    });
    let store = {
        let initial = props.state.clone().unwrap_or(AppState {
            locale: props.ambient,
            ..AppState::default()
        });
        use_memo((), move |_| StoreHandle::new(initial))
    };
    let store = (*store).clone();
    let node = use_node_ref();
    // Re-rendered when the language changes (the whole graphic is in it); the other parts
    // of the state are read by the islands themselves.
    let locale = use_locale(&store);
    let attempt = use_state(|| 0u32);
    {
        let load = load.clone();
        let preloaded = props.bundle.is_some() || props.errors.is_some();
        let base = props.base.clone();
        use_effect_with(*attempt, move |attempt| {
            // A retry fetches again even when the first data came in through props. A graphic
            // already shown (only its map failed) stays until the new data is here.
            if !preloaded || *attempt > 0 {
                if !matches!(*load, Load::Ready(_)) {
                    load.set(Load::Loading);
                }
                fetch_into(load, base, *attempt > 0);
            }
        });
    }
    // After a few seconds without data, the loading line says the connection seems slow
    // (the fetch itself gives up after `browser::FETCH_TIMEOUT_MS`, with Retry).
    let slow = use_state(|| false);
    {
        let slow = slow.clone();
        let loading = matches!(*load, Load::Loading);
        use_effect_with((loading, *attempt), move |(loading, _)| {
            if *slow {
                slow.set(false);
            }
            let timer = loading.then(|| {
                crate::browser::after(crate::browser::SLOW_AFTER_MS, move || slow.set(true))
            });
            move || drop(timer)
        });
    }
    // Once the data is here: drop whatever in the URL state it does not know, keep the
    // address in step with the state, and let the map answer the reader.
    {
        let store = store.clone();
        let embedded = props.embedded;
        let ambient = props.ambient;
        let node = node.clone();
        use_effect_with((load.clone(), locale), move |(load, _)| {
            let root = node.cast::<web_sys::Element>();
            let live = match &**load {
                Load::Ready(bundle) => crate::browser::start_graphic(
                    &store,
                    Shared(bundle.dataset.clone()),
                    embedded,
                    ambient,
                    root.clone(),
                ),
                _ => None,
            };
            // The charts laid out here take the reader's text spacing.
            let spacing = root.as_ref().and_then(crate::browser::spacing::watch);
            move || drop((live, spacing))
        });
    }
    let s = strings(locale);
    let reload = {
        let attempt = attempt.clone();
        Reload(Callback::from(move |()| attempt.set(*attempt + 1)))
    };
    let body = match &*load {
        Load::Loading => html! {
            <div class="jj__loading" role="status">
                { if *slow { s.loading_slow } else { s.loading } }
            </div>
        },
        Load::Ready(bundle) => html! {
            <Graphic key={locale.tag()} bundle={bundle.clone()} store={store.clone()} {locale}
                     embedded={props.embedded} />
        },
        Load::Failed(errors) => {
            let retry = reload.0.reform(|_| ());
            html! { <ErrorBox errors={errors.clone()} {retry} {locale} /> }
        }
    };
    let data_state = match &*load {
        Load::Loading => "loading",
        Load::Ready(_) => "ready",
        Load::Failed(_) => "error",
    };
    // On its own page (and in an iframe) the graphic is the page's main content; mounted
    // into a host's article by the script embed, it is part of the host's main content.
    let landmark = (!props.embedded).then_some("main");
    html! {
        <ContextProvider<Reload> context={reload}>
            <div ref={node} class="jj" role={landmark} data-state={data_state} lang={locale.tag()}>
                { body }
            </div>
        </ContextProvider<Reload>>
    }
}

/// The store's language; re-renders the caller when it changes.
#[hook]
fn use_locale(store: &StoreHandle) -> Locale {
    let locale = use_state_eq(|| store.0.state().locale);
    {
        let locale = locale.clone();
        use_effect_with(store.clone(), move |store| {
            locale.set(store.0.state().locale);
            let sub = store.0.subscribe(move |s| locale.set(s.locale));
            move || drop(sub)
        });
    }
    *locale
}

#[derive(Properties, PartialEq)]
struct ErrorBoxProps {
    errors: Shared<Vec<DataError>>,
    retry: Callback<MouseEvent>,
    locale: Locale,
}

/// Shown instead of the graphic when the dataset cannot be used: no figures at all rather
/// than wrong ones.
#[component]
fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let s = strings(props.locale);
    const SHOWN: usize = 5;
    let more = props.errors.len().saturating_sub(SHOWN);
    html! {
        <div class="jj__error" role="alert">
            <h1 class="jj__error-title">{ s.error_title }</h1>
            <ul class="jj__error-list">
                { for props.errors.iter().take(SHOWN).map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }
                if more > 0 { <li>{ format!("… +{more}") }</li> }
            </ul>
            <p>{ s.error_help }</p>
            <button type="button" class="jj__button" onclick={props.retry.clone()}>{ s.retry }</button>
        </div>
    }
}

/// Fetches both files in parallel. Runs in an effect, so never during server rendering,
/// where the data comes in through props. The first load is shared by every embed on the
/// page; a retry (`fresh`) fetches again, asking caches to revalidate. One fetch per click:
/// nothing retries by itself, so a failing server never sees a loop.
fn fetch_into(load: UseStateHandle<Load>, base: AttrValue, fresh: bool) {
    yew::platform::spawn_local(async move {
        let result = if fresh {
            crate::browser::reload_bundle(&base)
                .await
                .map(Shared::from)
                .map_err(Shared::from)
        } else {
            crate::browser::shared_load(&base)
                .await
                .map(Shared)
                .map_err(Shared)
        };
        match result {
            Ok(bundle) => load.set(Load::Ready(bundle)),
            Err(errors) => load.set(Load::Failed(errors)),
        }
    });
}
