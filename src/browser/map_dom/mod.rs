//! The map answering the reader: listeners on the map's static markup (see `ui::map`), the
//! store's state applied as attributes (`core::map_view::sync`), and what is local to the
//! map and never in the address: hover and keyboard focus with their tooltip, the legend's
//! highlight and filter, the project markers.
//!
//! Everything is found inside the map's root element, so several maps (script embeds, each
//! in its own shadow root) never reach into each other.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::core::locale::Locale;
use crate::core::map_layers::{LayerView, MapLayer, classify};
use crate::core::map_view::{Highlight, MapDom, sync};
use crate::core::model::Dataset;
use crate::core::state::{Action, AppState};
use crate::core::store::Subscription;
use crate::ui::Shared;
use crate::ui::store::StoreHandle;

mod input;
use input::listen;
mod show;

/// The map while it answers: dropping it removes the listeners.
pub struct MapController {
    _inner: Rc<Inner>,
    _listeners: Vec<EventListener>,
    _subscription: Subscription,
}

/// What only the map knows.
#[derive(Default)]
struct Local {
    /// The unit under the mouse, and the one the keyboard is on.
    hover: Option<String>,
    focus: Option<String>,
    /// A legend entry hovered or focused, and one clicked (filter), on the current layer.
    legend_hover: Option<String>,
    legend_filter: Option<String>,
    /// The project whose marker is under the mouse.
    project: Option<String>,
    /// The tooltip was dismissed (Escape, or a click that opened the county's panel) until
    /// the pointer or the keyboard moves to another unit (WCAG 1.4.13).
    tip_hidden: bool,
    /// Letters typed on the map for type-ahead, and when the last came (ms).
    typed: String,
    typed_at: f64,
    /// Some unit or label has `data-dim` (a legend entry is highlighted or filters): a
    /// veil to lift. Without one there is nothing to write on a switch of layer, which
    /// then skips some hundred look-ups of units and labels.
    veiled: bool,
}

struct Inner {
    map: Element,
    store: StoreHandle,
    data: Shared<Dataset>,
    locale: Locale,
    last: RefCell<Rc<AppState>>,
    local: RefCell<Local>,
    /// Layers classified when first needed (for the tooltip and the accessible names).
    views: RefCell<Vec<LayerView>>,
    /// What the county panel shows (the open county, and whether the comparison holds
    /// it), so a panel already shown is not written again.
    panel: RefCell<Option<PanelShows>>,
}

/// Starts answering the map inside `root` (the page's `.jj`, or a script embed's). Applies
/// the choice a reader made before the app ran (`boot.js`), then the whole state.
pub fn attach(root: &Element, store: &StoreHandle, data: Shared<Dataset>) -> Option<MapController> {
    let map = root
        .query_selector(&format!("#{}", crate::ui::map::MAP_ID))
        .ok()??;
    let locale = store.0.state().locale;
    let inner = Rc::new(Inner {
        map: map.clone(),
        store: store.clone(),
        data,
        locale,
        last: RefCell::new(store.0.state()),
        local: RefCell::new(Local::default()),
        views: RefCell::new(Vec::new()),
        panel: RefCell::new(server_panel(root)),
    });
    if let Some(early) = super::boot::take_early_choice() {
        if let Some(layer) = early.layer.as_deref().and_then(MapLayer::from_id) {
            store.dispatch(Action::SetLayer(layer));
        }
        match early.county {
            Some(Some(code)) if inner.data.county(&code).is_some() => {
                store.dispatch(Action::Select(code))
            }
            Some(None) => store.dispatch(Action::Clear),
            _ => {}
        }
    }
    let state = store.0.state();
    sync(&mut Dom(&inner), None, &state);
    inner.render_panel(&state);
    *inner.last.borrow_mut() = state.clone();
    if state.layer != MapLayer::default() {
        let layer = state.layer;
        inner.after_frame(move |inner| inner.refresh_labels(layer));
    }
    let subscription = {
        let weak = Rc::downgrade(&inner);
        store.0.subscribe(move |next| {
            if let Some(inner) = weak.upgrade() {
                inner.update(next);
            }
        })
    };
    let listeners = listen(&inner);
    Some(MapController {
        _inner: inner,
        _listeners: listeners,
        _subscription: subscription,
    })
}

/// The open county (if any) and whether the comparison holds it: all the county panel's
/// markup depends on, for a map's dataset and language (`core::panel::panel_html`).
type PanelShows = (Option<String>, bool);

/// What the panel in `root` shows as the server wrote it: the hint for no county
/// (`ui::map`). In a graphic rendered in the browser the panel starts empty: `None`.
fn server_panel(root: &Element) -> Option<PanelShows> {
    root.query_selector("[data-island=\"panel\"]")
        .ok()
        .flatten()
        .filter(|wrapper| wrapper.child_element_count() > 0)
        .map(|_| (None, false))
}

impl Inner {
    fn find(&self, selector: &str) -> Option<Element> {
        self.map.query_selector(selector).ok().flatten()
    }

    fn unit(&self, code: &str) -> Option<Element> {
        // Codes are six digits (the dataset is checked), so they need no escaping.
        self.find(&format!("#county-{code}"))
    }

    fn update(self: &Rc<Self>, next: &Rc<AppState>) {
        let prev = self.last.replace(next.clone());
        sync(&mut Dom(self), Some(&prev), next);
        if prev.selected == next.selected && prev.picked != next.picked {
            self.sync_compare_button(next);
        }
        if prev.layer != next.layer {
            {
                let mut local = self.local.borrow_mut();
                local.legend_hover = None;
                local.legend_filter = None;
            }
            self.show_veil();
            self.show_tip();
        }
        if prev.selected != next.selected && next.selected.is_some() {
            // The panel opens: the tooltip would cover the county's neighbours.
            self.local.borrow_mut().hover = None;
            self.show_hover();
        }
        // The map shows the choice in this frame. The panel (a few hundred elements to lay
        // out) and what a screen reader hears (the live region, the units' names for the
        // layer) follow once it is drawn, so a click's feedback is not held up by them.
        let next = next.clone();
        self.after_frame(move |inner| {
            if prev.selected != next.selected {
                inner.render_panel(&inner.store.0.state());
            }
            if prev.layer != next.layer {
                inner.announce_layer(next.layer);
                inner.refresh_labels(next.layer);
            }
            inner.announce_change(&prev, &next);
        });
    }

    /// Runs `f` once the next frame is drawn, if the map is still there.
    fn after_frame(self: &Rc<Self>, f: impl FnOnce(&Inner) + 'static) {
        let f: Box<dyn FnOnce(&Inner)> = Box::new(f);
        let weak = Rc::downgrade(self);
        crate::browser::after_paint(move || {
            if let Some(inner) = weak.upgrade() {
                f(&inner);
            }
        });
    }

    fn with_view<T>(&self, layer: MapLayer, f: impl FnOnce(&LayerView) -> T) -> T {
        let mut views = self.views.borrow_mut();
        if let Some(v) = views.iter().find(|v| v.layer == layer) {
            return f(v);
        }
        let v = classify(&self.data, layer, self.locale);
        let out = f(&v);
        views.push(v);
        out
    }
}

/// `core::map_view::sync`'s changes, applied to the page.
struct Dom<'a>(&'a Inner);

impl MapDom for Dom<'_> {
    fn set_root(&mut self, name: &str, value: Option<&str>) {
        set(&self.0.map, name, value);
    }

    fn set_unit(&mut self, code: &str, name: &str, value: Option<&str>) {
        if let Some(u) = self.0.unit(code) {
            set(&u, name, value);
        }
    }

    fn set_layer_button(&mut self, layer: MapLayer, pressed: bool) {
        let selector = format!(".layers__button[data-layer=\"{}\"]", layer.id());
        if let Some(b) = self.0.find(&selector) {
            set(
                &b,
                "aria-pressed",
                Some(if pressed { "true" } else { "false" }),
            );
        }
        if pressed {
            // A new tabindex on the focused button (the one just clicked) makes the
            // browser bring style and layout up to date at once, in the click's frame:
            // the tab stop moves after that frame is drawn.
            let group = self.0.find(".layers__group");
            crate::browser::after_paint(move || {
                if let Some(group) = group {
                    settle_tab_stop(&group);
                }
            });
            if let Some(select) = self
                .0
                .find("[data-layer-select]")
                .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                select.set_value(layer.id());
            }
        }
    }

    fn set_highlight(&mut self, highlight: Highlight, code: Option<&str>) {
        let id = match highlight {
            Highlight::Selected => "#jj-map-selected",
            Highlight::Hover => "#jj-map-hover",
        };
        let d = code
            .and_then(|c| self.0.unit(c))
            .and_then(|u| u.get_attribute("d"))
            .unwrap_or_default();
        if let Some(path) = self.0.find(id) {
            set(&path, "d", Some(&d));
        }
    }
}

/// Sets or removes an attribute, only when it changes (a write of the same value still
/// makes the browser restyle).
fn set(el: &Element, name: &str, value: Option<&str>) {
    let now = el.get_attribute(name);
    if now.as_deref() == value {
        return;
    }
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// The layer toolbar's one tab stop: the button that has focus, or else the pressed one.
fn settle_tab_stop(group: &Element) {
    let buttons = group.children();
    let focused = gloo::utils::document().active_element();
    let has_focus = focused
        .as_ref()
        .is_some_and(|f| f.parent_element().as_ref() == Some(group));
    for i in 0..buttons.length() {
        let Some(b) = buttons.item(i) else { continue };
        let stop = if has_focus {
            focused.as_ref() == Some(&b)
        } else {
            b.get_attribute("aria-pressed").as_deref() == Some("true")
        };
        set(&b, "tabindex", Some(if stop { "0" } else { "-1" }));
    }
}

fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}
