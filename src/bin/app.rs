//! The browser entry point.
//!
//! - A page with `#jj-app` that holds server-rendered markup (`data-prerendered`, written by
//!   `src/bin/prerender.rs`): fetch the data, then hydrate that markup (no flash, no layout
//!   shift) and apply the reader's URL state.
//! - A page with an empty `#jj-app` (`trunk serve`): render into it.
//! - No `#jj-app` (the script embed): do nothing; `script.js` calls [`mount`].

use jingjin_aid::browser::{detect_locale, history, load_bundle_with_fingerprint};
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::state::AppState;
use jingjin_aid::core::url::from_hash;
use std::cell::RefCell;

use futures::FutureExt;
use futures::future::{LocalBoxFuture, Shared};
use jingjin_aid::browser::load_bundle;
use jingjin_aid::core::bundle::Bundle;
use jingjin_aid::core::error::DataError;
use jingjin_aid::ui::Shared as AppShared;
use jingjin_aid::ui::app::{App, AppProps};
use wasm_bindgen::prelude::*;

fn main() {
    let Some(root) = gloo::utils::document().get_element_by_id("jj-app") else {
        return;
    };
    let ambient = detect_locale();
    let (url_state, _) = from_hash(&history::hash(), ambient);
    if !root.has_attribute("data-prerendered") {
        let props = AppProps {
            state: Some(url_state),
            ambient,
            ..AppProps::default()
        };
        yew::Renderer::<App>::with_root_and_props(root, props).render();
        return;
    }
    let rendered_from = root.get_attribute("data-fingerprint");
    wasm_bindgen_futures::spawn_local(async move {
        let (result, print) = load_bundle_with_fingerprint("").await;
        match result {
            // Hydrate only markup rendered from exactly this data (and with its map):
            // anything else would mix two versions of the page.
            Ok(bundle) if bundle.map.is_ok() && print.is_some() && print == rendered_from => {
                // Hydration reproduces the server's render: default state in the page's
                // language; the reader's URL state is applied right after.
                let props = AppProps {
                    bundle: Some(AppShared::from(bundle)),
                    state: Some(AppState {
                        locale: ambient,
                        ..AppState::default()
                    }),
                    ambient,
                    restore: Some(url_state),
                    ..AppProps::default()
                };
                yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
            }
            Ok(bundle) => {
                // The data changed since the page was rendered, or the map failed: render
                // afresh from what was fetched.
                root.set_inner_html("");
                let props = AppProps {
                    bundle: Some(AppShared::from(bundle)),
                    state: Some(url_state),
                    ambient,
                    ..AppProps::default()
                };
                yew::Renderer::<App>::with_root_and_props(root, props).render();
            }
            Err(errors) => {
                // The server-rendered figures may be out of date with the data that failed
                // to load: say so instead of leaving them up.
                root.set_inner_html("");
                let props = AppProps {
                    errors: Some(AppShared::from(errors)),
                    ambient,
                    ..AppProps::default()
                };
                yew::Renderer::<App>::with_root_and_props(root, props).render();
            }
        }
    });
}

type Loaded = Result<AppShared<Bundle>, AppShared<Vec<DataError>>>;

thread_local! {
    /// One fetch of the data per base URL, shared by every embed on the page.
    static LOADS: RefCell<Vec<(String, Shared<LocalBoxFuture<'static, Loaded>>)>> =
        const { RefCell::new(Vec::new()) };
}

fn shared_load(base: &str) -> Shared<LocalBoxFuture<'static, Loaded>> {
    LOADS.with(|loads| {
        let mut loads = loads.borrow_mut();
        if let Some((_, f)) = loads.iter().find(|(b, _)| b == base) {
            return f.clone();
        }
        let owned = base.to_owned();
        let f = async move {
            load_bundle(&owned)
                .await
                .map(AppShared::from)
                .map_err(AppShared::from)
        }
        .boxed_local()
        .shared();
        loads.push((base.to_owned(), f.clone()));
        f
    })
}

/// Mounts the app into `element` (the script embed). `base` is the URL of the folder the
/// app was loaded from, ending in `/`; `lang` a language tag, or empty to detect one.
/// Each embed keeps its own state; none touches the host's address or `<html lang>`.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, base: String, lang: String) {
    let ambient = Locale::from_tag(&lang).unwrap_or_else(detect_locale);
    let load = shared_load(&base);
    wasm_bindgen_futures::spawn_local(async move {
        let (bundle, errors) = match load.await {
            Ok(b) => (Some(b), None),
            Err(e) => (None, Some(e)),
        };
        let props = AppProps {
            bundle,
            errors,
            ambient,
            base: base.into(),
            embedded: true,
            ..AppProps::default()
        };
        yew::Renderer::<App>::with_root_and_props(element, props).render();
    });
}
