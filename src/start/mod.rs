//! How the graphic starts in the browser, shared by the two binaries.
//!
//! - `app` (`src/bin/app.rs`) is the whole graphic: it renders a page with an empty
//!   `#jj-app` (`trunk serve`), the script embeds (`mount`), a prerendered page whose data
//!   changed since it was built, and, on a prerendered page, every island but the map's
//!   (all of them where no `map` binary runs).
//! - `map` (`src/bin/map.rs`) is the first view of a prerendered page: it reads the dataset,
//!   lets the map answer and hydrates the county panel; the page is `ready` then. It is a
//!   fraction of `app`'s size, and `boot.js` loads `app` only when the story comes near or
//!   the browser is idle.
//!
//! The two keep one state: each has its store, and every change made in one reaches the
//! other as the address's fragment (`bridge`), through the URL codec both share. The `map`
//! binary owns the address bar.

pub mod bridge;
pub mod guard;
mod page;

pub use guard::{guard, install_hook};

use crate::core::locale::Locale;
use crate::core::state::AppState;

/// The prerendered page's root, with the reader's language and address state; `None`
/// (nothing to do) without `#jj-app`.
fn root() -> Option<(web_sys::Element, AppState, Locale)> {
    guard(None);
    let root = gloo::utils::document().get_element_by_id("jj-app")?;
    guard(Some(&root));
    let ambient = crate::browser::detect_locale();
    let (url_state, _) = crate::core::url::from_hash(&crate::browser::history::hash(), ambient);
    Some((root, url_state, ambient))
}

/// `app`'s `main`. `boot.js` may start it while the page is still being parsed: it waits
/// for the markup it renders into.
pub fn app_main() {
    guard(None);
    wasm_bindgen_futures::spawn_local(async {
        crate::browser::parsed().await;
        let Some((root, state, ambient)) = root() else {
            return;
        };
        if !root.has_attribute("data-prerendered") {
            page::render_whole(root, state, ambient);
        } else if bridge::map_running() {
            page::hydrate_story(root, state, ambient).await;
        } else {
            page::hydrate_whole(root, state, ambient).await;
        }
    });
}

/// `map`'s `main`: the first view of a prerendered page. `boot.js` starts it as soon as the
/// binary has arrived, while the browser still parses and lays out the page: the dataset is
/// read then (it needs no markup), and the map attached once its own markup is parsed,
/// while the story below it may still be parsing.
pub fn map_main() {
    guard(None);
    wasm_bindgen_futures::spawn_local(async {
        let loaded = crate::browser::load_dataset(true).await;
        crate::browser::boot::map_parsed().await;
        let Some((root, state, ambient)) = root() else {
            return;
        };
        if root.has_attribute("data-prerendered") {
            page::hydrate_map(root, state, ambient, loaded).await;
        }
    });
}

/// The script embed: the whole graphic rendered into `element`.
pub fn mount(element: web_sys::Element, base: String, lang: String) {
    page::mount(element, base, lang);
}
