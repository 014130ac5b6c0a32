//! The browser entry point.
//!
//! - A page with `#jj-app` that holds server-rendered markup (`data-prerendered`, written by
//!   `src/bin/prerender.rs`): fetch the data, then hydrate that markup (no flash, no layout
//!   shift) and apply the reader's URL state.
//! - A page with an empty `#jj-app` (`trunk serve`): render into it.
//! - No `#jj-app` (the script embed): do nothing; `script.js` calls [`mount`].

use jingjin_aid::browser::{detect_locale, history, load_bundle};
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::state::AppState;
use jingjin_aid::core::url::from_hash;
use jingjin_aid::ui::Shared;
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
    wasm_bindgen_futures::spawn_local(async move {
        match load_bundle("").await {
            Ok(bundle) => {
                // Hydration reproduces the server's render: default state in the page's
                // language; the reader's URL state is applied right after.
                let props = AppProps {
                    bundle: Some(Shared::from(bundle)),
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
            Err(errors) => {
                // The server-rendered figures may be out of date with the data that failed
                // to load: say so instead of leaving them up.
                root.set_inner_html("");
                let props = AppProps {
                    errors: Some(Shared::from(errors)),
                    ambient,
                    ..AppProps::default()
                };
                yew::Renderer::<App>::with_root_and_props(root, props).render();
            }
        }
    });
}

/// Mounts the app into `element` (the script embed). `base` is the URL of the folder the
/// app was loaded from, ending in `/`; `lang` a language tag, or empty to detect one.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, base: String, lang: String) {
    let ambient = Locale::from_tag(&lang).unwrap_or_else(detect_locale);
    let props = AppProps {
        ambient,
        base: base.into(),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}
