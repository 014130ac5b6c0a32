//! Hooks shared by components.

use yew::prelude::*;

thread_local! {
    /// The last width measured by any [`use_width`]: the charts share one column, so a chart
    /// created later (a comparison tab) starts at it instead of laying out twice in its
    /// first frame, once at `initial` and again when its observer reports.
    static LAST_WIDTH: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// The width of the element behind `node`, in CSS pixels, rounded, and whether it is known.
/// Until its own is measured: the last width measured on the page (known: the column is
/// shared), or `initial` when there is none yet or while the component hydrates
/// (`hydrating`: its first render must match the server's). A comparison panel built while
/// hidden is not measured until it is shown, so it starts at the column's width; its first
/// showing then changes nothing.
#[hook]
pub fn use_width(node: NodeRef, initial: f64, hydrating: bool) -> (f64, bool) {
    let width = use_state_eq(|| match LAST_WIDTH.get() {
        Some(last) if !hydrating => (last, true),
        _ => (initial.round(), false),
    });
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let watch = watch(node, move |w| {
                if w > 0.0 {
                    LAST_WIDTH.set(Some(w.round()));
                    width.set((w.round(), true));
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

/// The page's text spacing as a key (see `core::charts::text::spacing`): a component that
/// lays out text re-renders when the reader spaces text wider (WCAG 1.4.12).
#[hook]
pub fn use_text_spacing() -> (i32, i32) {
    use crate::core::charts::text;
    let key = use_state_eq(|| text::spacing().key());
    {
        let key = key.clone();
        use_effect_with((), move |_| {
            // Catch up with a change made before this component was mounted.
            key.set(text::spacing().key());
            let watch = text::watch_spacing(move || key.set(text::spacing().key()));
            move || drop(watch)
        });
    }
    *key
}
