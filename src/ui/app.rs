//! The root component: loads the two data files, then shows the graphic, or says clearly
//! what went wrong. The root element carries `data-state` = loading | ready | error.

use yew::prelude::*;

use super::Shared;
use super::graphic::Graphic;
use super::state::StateHandle;
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
    /// Language to start in; the browser build detects it.
    #[prop_or_default]
    pub locale: Option<Locale>,
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
    let initial_locale = props.locale;
    let state: StateHandle = use_reducer(move || AppState {
        locale: initial_locale.unwrap_or_default(),
        selected: None,
    });
    let attempt = use_state(|| 0u32);
    {
        let load = load.clone();
        let preloaded = props.bundle.is_some() || props.errors.is_some();
        use_effect_with(*attempt, move |_| {
            if !preloaded {
                load.set(Load::Loading);
                fetch_into(load);
            }
        });
    }
    {
        let locale = state.locale;
        use_effect_with(locale, move |l| set_document_lang(*l));
    }
    let s = strings(state.locale);
    let body = match &*load {
        Load::Loading => html! {
            <div class="jj__loading" role="status">{ s.loading }</div>
        },
        Load::Ready(bundle) => html! { <Graphic bundle={bundle.clone()} /> },
        Load::Failed(errors) => {
            let retry = {
                let attempt = attempt.clone();
                Callback::from(move |_| attempt.set(*attempt + 1))
            };
            html! { <ErrorBox errors={errors.clone()} {retry} /> }
        }
    };
    let data_state = match &*load {
        Load::Loading => "loading",
        Load::Ready(_) => "ready",
        Load::Failed(_) => "error",
    };
    html! {
        <ContextProvider<StateHandle> context={state.clone()}>
            <div class="jj" data-state={data_state} lang={state.locale.tag()}>
                { body }
            </div>
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
            <h2 class="jj__error-title">{ s.error_title }</h2>
            <ul class="jj__error-list">
                { for props.errors.iter().take(SHOWN).map(|e| html! { <li><code>{ e.to_string() }</code></li> }) }
                if more > 0 { <li>{ format!("… +{more}") }</li> }
            </ul>
            <p>{ s.error_help }</p>
            <button type="button" class="jj__button" onclick={props.retry.clone()}>{ s.retry }</button>
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
fn fetch_into(load: UseStateHandle<Load>) {
    use crate::browser::{fetch_text, log_errors};
    use crate::core::bundle::{DATASET_FILE, GEOMETRY_FILE};
    yew::platform::spawn_local(async move {
        let (dataset, geometry) =
            futures::join!(fetch_text(DATASET_FILE), fetch_text(GEOMETRY_FILE));
        match Bundle::from_texts(dataset, geometry) {
            Ok(bundle) => {
                if let Err(errors) = &bundle.map {
                    log_errors(errors);
                }
                load.set(Load::Ready(bundle.into()));
            }
            Err(errors) => {
                log_errors(&errors);
                load.set(Load::Failed(errors.into()));
            }
        }
    });
}

/// Server rendering never fetches: its data comes in through props.
#[cfg(not(target_arch = "wasm32"))]
fn fetch_into(_load: UseStateHandle<Load>) {}

#[cfg(target_arch = "wasm32")]
fn set_document_lang(locale: Locale) {
    crate::browser::set_document_lang(locale.tag());
}

#[cfg(not(target_arch = "wasm32"))]
fn set_document_lang(_locale: Locale) {}
