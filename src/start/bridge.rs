//! One state across the page's two binaries. Each keeps a store; a change in one is sent to
//! the other as the address's fragment (`core::url`, the codec both share) in a
//! `jingjin:state` event on `#jj-app`, once the change's own frame is drawn, and applied
//! there as a `Restore`. A state received is not sent back, so the two never echo. The
//! `story` side, starting later, asks for the map's state first (`jingjin:state-request`).

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::core::locale::Locale;
use crate::core::state::Action;
use crate::core::url::{from_hash, to_hash};
use crate::ui::store::StoreHandle;

const STATE: &str = "jingjin:state";
const REQUEST: &str = "jingjin:state-request";

/// Which binary is speaking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Map,
    Story,
}

impl Side {
    fn id(self) -> &'static str {
        match self {
            Side::Map => "map",
            Side::Story => "story",
        }
    }
}

/// Whether the `map` binary runs on this page (then `app` hydrates only the story).
pub fn map_running() -> bool {
    js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("jingjinMap"))
        .is_ok_and(|v| v.is_truthy())
}

/// Says that the `map` binary runs.
pub fn announce_map() {
    let _ = js_sys::Reflect::set(
        &gloo::utils::window(),
        &JsValue::from_str("jingjinMap"),
        &JsValue::TRUE,
    );
}

fn send(root: &Element, from: Side, hash: &str) {
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"from".into(), &from.id().into());
    let _ = js_sys::Reflect::set(&detail, &"hash".into(), &hash.into());
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&detail);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(STATE, &init) {
        let _ = root.dispatch_event(&event);
    }
}

/// Keeps `store` and the other binary's in step, for the page's lifetime.
pub fn connect(store: &StoreHandle, root: &Element, ambient: Locale, side: Side) {
    let receiving = Rc::new(Cell::new(false));
    // Sent once the change's own frame is drawn (the other binary's re-render is not the
    // reader's feedback), with the state as it is then: several changes in one frame go as
    // one.
    let pending = Rc::new(Cell::new(false));
    let subscription = {
        let root = root.clone();
        let receiving = receiving.clone();
        let store = store.clone();
        store.clone().0.subscribe(move |_| {
            if receiving.get() || pending.replace(true) {
                return;
            }
            let (root, store, pending) = (root.clone(), store.clone(), pending.clone());
            crate::browser::after_paint(move || {
                pending.set(false);
                send(&root, side, &to_hash(&store.0.state(), ambient));
            });
        })
    };
    let on_state = {
        let store = store.clone();
        EventListener::new(root, STATE, move |e| {
            let Some(detail) = e.dyn_ref::<web_sys::CustomEvent>().map(|c| c.detail()) else {
                return;
            };
            let field = |k: &str| js_sys::Reflect::get(&detail, &k.into()).ok()?.as_string();
            if field("from").as_deref() == Some(side.id()) {
                return;
            }
            let Some(hash) = field("hash") else { return };
            let (next, _) = from_hash(&hash, ambient);
            let next = crate::core::state::AppState {
                locale: store.0.state().locale,
                ..next
            };
            receiving.set(true);
            store.dispatch(Action::Restore(Box::new(next)));
            receiving.set(false);
        })
    };
    let on_request = (side == Side::Map).then(|| {
        let store = store.clone();
        let root2 = root.clone();
        EventListener::new(root, REQUEST, move |_| {
            send(&root2, Side::Map, &to_hash(&store.0.state(), ambient));
        })
    });
    if side == Side::Story
        && let Ok(event) = web_sys::Event::new(REQUEST)
    {
        let _ = root.dispatch_event(&event);
    }
    std::mem::forget((subscription, on_state, on_request));
}
