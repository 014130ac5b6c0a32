//! The whole graphic in the browser (see `jingjin_aid::start` for what it does where).
//!
//! - A page with an empty `#jj-app` (`trunk serve`): renders into it.
//! - A prerendered page (`data-prerendered`): hydrates its islands one by one, all of them,
//!   or all but the map's where the `map` binary (`src/bin/map.rs`) runs.
//! - No `#jj-app` (the script embed): does nothing; `script.js` calls [`mount`].

use wasm_bindgen::prelude::*;

fn main() {
    jingjin_aid::start::app_main();
}

/// Mounts the app into `element` (the script embed). `base` is the URL of the folder the
/// app was loaded from, ending in `/`; `lang` a language tag, or empty to detect one.
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, base: String, lang: String) {
    jingjin_aid::start::mount(element, base, lang);
}
