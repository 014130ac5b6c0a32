//! Hooks shared by components.

use yew::prelude::*;

/// The width of the element behind `node`, in CSS pixels, rounded; `initial` until it is
/// measured (and always during server rendering, where nothing is measured).
#[hook]
pub fn use_width(node: NodeRef, initial: f64) -> f64 {
    let width = use_state_eq(|| initial.round());
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let watch = watch(node, move |w| {
                if w > 0.0 {
                    width.set(w.round());
                }
            });
            // The cleanup owns the watch: dropping it disconnects the observer.
            move || {
                let _ = &watch;
            }
        });
    }
    *width
}

#[cfg(target_arch = "wasm32")]
fn watch(
    node: &NodeRef,
    on_width: impl Fn(f64) + 'static,
) -> Option<crate::browser::resize::WidthWatch> {
    let element = node.cast::<web_sys::Element>()?;
    crate::browser::resize::watch_width(&element, on_width)
}

/// Nothing to watch on the server.
#[cfg(not(target_arch = "wasm32"))]
struct NoWatch;

#[cfg(not(target_arch = "wasm32"))]
fn watch(_node: &NodeRef, _on_width: impl Fn(f64) + 'static) -> Option<NoWatch> {
    None
}
