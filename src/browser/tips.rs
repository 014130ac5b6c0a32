//! Source tips close with Escape (WCAG 1.4.13). The style sheet shows the line behind an
//! "S12" reference while the pointer is over it or the keyboard focus on it; Escape marks
//! the graphic's root `data-tips-off` until the focus moves or the pointer comes to a
//! reference from outside it.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, MouseEvent};

const OFF: &str = "data-tips-off";

/// The reference an event's element is in, if any.
fn reference(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?
        .dyn_into::<Element>()
        .ok()?
        .closest(".refs__ref")
        .ok()
        .flatten()
}

/// Listens for as long as it lives.
pub struct SourceTips {
    _listeners: [EventListener; 3],
}

pub fn attach(root: &Element) -> SourceTips {
    let on = |root: &Element| {
        let root = root.clone();
        move |_: &Event| {
            let _ = root.remove_attribute(OFF);
        }
    };
    let escape = {
        let root = root.clone();
        super::on_escape(move || {
            let _ = root.set_attribute(OFF, "");
        })
    };
    let focus = EventListener::new(root, "focusin", on(root));
    let pointer = {
        let show = on(root);
        EventListener::new(root, "pointerover", move |e| {
            let Some(m) = e.dyn_ref::<MouseEvent>() else {
                return;
            };
            let to = reference(m.target());
            if to.is_some() && to != reference(m.related_target()) {
                show(e);
            }
        })
    };
    SourceTips {
        _listeners: [escape, focus, pointer],
    }
}
