//! The address bar: reading the fragment, writing it so back and forward walk through the
//! reader's steps, and hearing back/forward.

use gloo::events::EventListener;

/// The current fragment, with its `#` (empty when there is none).
pub fn hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Writes `hash` (a `#...` fragment or empty) as a new history entry, or in place of the
/// current one when `replace`. Never reloads or scrolls.
pub fn write(hash: &str, replace: bool) {
    let window = gloo::utils::window();
    let location = window.location();
    let url = if hash.is_empty() {
        format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        )
    } else {
        hash.to_owned()
    };
    if let Ok(history) = window.history() {
        let result = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
        if let Err(e) = result {
            gloo::console::warn!(format!("could not update the address: {e:?}"));
        }
    }
}

/// Calls `f` with the new fragment on back/forward (and on a hand-edited fragment).
pub fn on_change(f: impl Fn(String) + 'static) -> [EventListener; 2] {
    let f = std::rc::Rc::new(f);
    let g = f.clone();
    [
        EventListener::new(&gloo::utils::window(), "popstate", move |_| f(hash())),
        EventListener::new(&gloo::utils::window(), "hashchange", move |_| g(hash())),
    ]
}

/// Scrolls the element with `id` into view (used for a link to one section).
pub fn scroll_to(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}
