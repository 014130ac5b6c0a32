//! The address bar: reading the fragment, writing it so back and forward walk through the
//! reader's steps, and hearing back/forward.

use gloo::events::EventListener;

/// The current fragment, with its `#` (empty when there is none).
pub fn hash() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

thread_local! {
    /// The address write waiting for the next frame to be drawn: the fragment, and whether
    /// it replaces the current entry (only if every write it stands for did).
    static PENDING: std::cell::RefCell<Option<(String, bool)>> =
        const { std::cell::RefCell::new(None) };
}

/// Writes `hash` as [`write`] does, once the next frame has been drawn; writes asked for
/// before then are coalesced into one.
///
/// Why wait: `pushState` saves the scroll position of the entry it leaves, which makes the
/// browser lay the page out at once. Called right after an interaction changed the page, it
/// forced that layout early (15 ms under a 4x CPU throttle in our benchmark, against 2 ms
/// once the frame is drawn and the layout clean).
pub fn write_after_paint(hash: String, replace: bool) {
    let idle = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let idle = p.is_none();
        let replace = replace && p.as_ref().is_none_or(|(_, r)| *r);
        *p = Some((hash, replace));
        idle
    });
    if !idle {
        return;
    }
    super::after_paint(flush);
}

/// Forgets a write not yet done (back/forward has just set the address).
pub fn cancel_pending() {
    PENDING.with(|p| p.borrow_mut().take());
}

fn flush() {
    if let Some((hash, replace)) = PENDING.with(|p| p.borrow_mut().take())
        && hash != self::hash()
    {
        write(&hash, replace);
    }
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
        EventListener::new(&gloo::utils::window(), "popstate", move |_| {
            cancel_pending();
            f(hash())
        }),
        EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            cancel_pending();
            g(hash())
        }),
    ]
}

/// Scrolls the element with `id` into view (used for a link to one section).
pub fn scroll_to(id: &str) {
    if let Some(el) = gloo::utils::document().get_element_by_id(id) {
        el.scroll_into_view();
    }
}

/// The address and the page's language, title and description kept in step with the store,
/// and back/forward applied to it. Dropping it stops both.
pub struct UrlSync {
    _subscription: crate::core::store::Subscription,
    _listeners: [EventListener; 2],
}

impl UrlSync {
    /// The first write replaces the current entry (loading adds none); later ones add an
    /// entry each, after the next frame is drawn.
    pub fn start(
        store: &crate::ui::store::StoreHandle,
        ambient: crate::core::locale::Locale,
        data: crate::ui::Shared<crate::core::model::Dataset>,
    ) -> UrlSync {
        use crate::core::state::Action;
        use crate::core::url::{from_hash, to_hash};
        let state = store.0.state();
        let first = to_hash(&state, ambient);
        if first != hash() {
            write_after_paint(first, true);
        }
        let locale = std::cell::Cell::new(state.locale);
        let subscription = store.0.subscribe(move |s| {
            write_after_paint(to_hash(s, ambient), false);
            if locale.replace(s.locale) != s.locale {
                super::set_document_lang(s.locale.tag());
                super::set_document_head(
                    &crate::core::page_text::headline(&data, s.locale),
                    &crate::core::page_text::dek(&data, s.locale),
                );
            }
        });
        let store = store.clone();
        let listeners = on_change(move |hash| {
            let (next, _) = from_hash(&hash, ambient);
            store.dispatch(Action::Restore(Box::new(next)));
        });
        UrlSync {
            _subscription: subscription,
            _listeners: listeners,
        }
    }
}
