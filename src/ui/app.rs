//! The root component: loads the two data files, then shows the graphic, or says clearly
//! what went wrong. The root element carries `data-state` = loading | ready | error.
//! In the browser it also keeps the state in the address (see `core::url`).

use yew::prelude::*;

use super::Shared;
use super::graphic::Graphic;
use super::state::{StateHandle, StoryHandle};
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
    /// State to apply right after the first render. Hydration must first reproduce the
    /// server-rendered (default) state exactly; the reader's URL state follows.
    #[prop_or_default]
    pub restore: Option<AppState>,
}

/// Fetches both files again (fresh), keeping what is shown until they arrive. Given to the
/// graphic through a context, so the map area can offer Retry when only the geometry failed.
#[derive(Clone, PartialEq)]
pub struct Reload(pub Callback<()>);

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
    let initial = props.state.clone().unwrap_or(AppState {
        locale: props.ambient,
        ..AppState::default()
    });
    let state: StateHandle = use_reducer(move || initial);
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
                gloo::timers::callback::Timeout::new(crate::browser::SLOW_AFTER_MS, move || {
                    slow.set(true)
                })
            });
            move || drop(timer)
        });
    }
    {
        let state = state.clone();
        let restore = props.restore.clone();
        use_effect_with((), move |_| {
            if let Some(next) = restore {
                state.dispatch(crate::core::state::Action::Restore(Box::new(next)));
            }
        });
    }
    // Once the data is here, drop whatever in the URL state it does not know.
    {
        let state = state.clone();
        use_effect_with(load.clone(), move |load| {
            if let Load::Ready(bundle) = &**load {
                let clean = (*state).clone().sanitised(&bundle.dataset);
                if clean != *state {
                    state.dispatch(crate::core::state::Action::Restore(Box::new(clean)));
                }
            }
        });
    }
    use_url_sync(
        &state,
        props.ambient,
        props.restore.is_some(),
        props.embedded,
    );
    {
        // On its own page the graphic owns <html lang>, the title and the description, so
        // the tab, a bookmark and a shared link read in the reader's language; embedded,
        // they belong to the host page.
        // Keyed on the language and the data, so the texts are built when either changes,
        // not on every render (a county click re-renders the app).
        let bundle = match &*load {
            Load::Ready(b) => Some(b.clone()),
            _ => None,
        };
        let locale = state.locale;
        let embedded = props.embedded;
        use_effect_with((locale, bundle), move |(l, bundle)| {
            if !embedded {
                crate::browser::set_document_lang(l.tag());
                if let Some(b) = bundle {
                    crate::browser::set_document_head(
                        &super::graphic::headline(&b.dataset, *l),
                        &super::graphic::dek(&b.dataset, *l),
                    );
                }
            }
        });
    }
    let s = strings(state.locale);
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
        Load::Ready(bundle) => html! { <Graphic bundle={bundle.clone()} /> },
        Load::Failed(errors) => {
            let retry = reload.0.reform(|_| ());
            html! { <ErrorBox errors={errors.clone()} {retry} /> }
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
        <ContextProvider<StateHandle> context={state.clone()}>
            <ContextProvider<StoryHandle> context={StoryHandle::new(&state)}>
                <ContextProvider<Reload> context={reload}>
                    <div class="jj" role={landmark} data-state={data_state} lang={state.locale.tag()}>
                        { body }
                    </div>
                </ContextProvider<Reload>>
            </ContextProvider<StoryHandle>>
        </ContextProvider<StateHandle>>
    }
}

#[derive(Properties, PartialEq)]
struct ErrorBoxProps {
    errors: Shared<Vec<DataError>>,
    retry: Callback<MouseEvent>,
}

/// Shown instead of the graphic when the dataset cannot be used: no figures at all rather
/// than wrong ones.
#[component]
fn ErrorBox(props: &ErrorBoxProps) -> Html {
    let state = use_context::<StateHandle>();
    let s = strings(state.map(|s| s.locale).unwrap_or_default());
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

/// Writes the state into the address on every change (a new history entry, so back and
/// forward walk through it; the first write replaces, so loading adds no entry) and
/// restores it on back/forward. Effects only: nothing runs during server rendering.
#[hook]
fn use_url_sync(state: &StateHandle, ambient: Locale, restore_pending: bool, embedded: bool) {
    use crate::browser::history;
    use crate::core::state::Action;
    use crate::core::url::{from_hash, to_hash};
    let first = use_mut_ref(|| true);
    // While a restore is pending, the first render shows the default state: writing that
    // would erase the reader's URL.
    let skip = use_mut_ref(move || restore_pending);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listeners = (!embedded).then(|| {
                history::on_change(move |hash| {
                    let (next, _) = from_hash(&hash, ambient);
                    state.dispatch(Action::Restore(Box::new(next)));
                })
            });
            move || drop(listeners)
        });
    }
    use_effect_with((**state).clone(), move |s| {
        if std::mem::replace(&mut *skip.borrow_mut(), false) || embedded {
            return;
        }
        let hash = to_hash(s, ambient);
        let replace = std::mem::replace(&mut *first.borrow_mut(), false);
        history::write_after_paint(hash, replace);
    });
}
