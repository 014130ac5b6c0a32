//! The map's listeners and what each input does: clicks and taps on units, legend entries,
//! layer buttons and projects; the keyboard (arrows along the written moves, Enter and
//! Space, Escape, type-ahead); the pointer's hover.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::core::keys::{Key, step_on_map, type_ahead};
use crate::core::map_layers::MapLayer;
use crate::core::state::{Action, CompareMode};

use super::show::{mark_project, reveal_panel};
use super::{Inner, closest, set};

impl Inner {
    pub(super) fn on_click(&self, target: &Element, detail: i32) {
        if let Some(b) = closest(target, ".layers__button") {
            if let Some(layer) = b
                .get_attribute("data-layer")
                .as_deref()
                .and_then(MapLayer::from_id)
            {
                self.store.dispatch(Action::SetLayer(layer));
            }
        } else if let Some(entry) = closest(target, ".legend__entry") {
            let key = entry.get_attribute("data-key");
            {
                let mut local = self.local.borrow_mut();
                local.legend_filter = if local.legend_filter == key {
                    None
                } else {
                    key
                };
            }
            self.show_veil();
        } else if closest(target, ".legend__clear").is_some() {
            self.local.borrow_mut().legend_filter = None;
            self.show_veil();
        } else if let Some(unit) = closest(target, "[data-code]")
            && closest(target, ".map__frame").is_some()
            && let Some(code) = unit.get_attribute("data-code")
        {
            self.local.borrow_mut().focus = (detail == 0).then(|| code.clone());
            self.toggle(code);
            if detail > 0 {
                reveal_panel(&self.map);
            }
        }
    }

    /// `code` into the comparison (which then shows the counties' comparison), or out of it
    /// again: Space on the map, and the panel's button for the open county.
    pub(super) fn pick(&self, code: String) {
        if !self.store.0.state().picked.contains(&code) {
            self.store.dispatch(Action::SetMode(CompareMode::Counties));
        }
        self.store.dispatch(Action::Pick(code));
    }

    /// Opens (or closes) `code`'s panel, by click or Enter. The panel now says what the
    /// tooltip said: the tooltip makes way for the neighbours.
    pub(super) fn toggle(&self, code: String) {
        self.local.borrow_mut().tip_hidden = true;
        self.store.dispatch(Action::Toggle(code));
        self.show_tip();
    }

    /// Type-ahead on the map: letters typed within a second of each other lead to the next
    /// county whose name (in the page's language or in English) starts with them.
    pub(super) fn on_letter(&self, e: &web_sys::KeyboardEvent) {
        let key = e.key();
        let mut chars = key.chars();
        let (Some(letter), None) = (chars.next(), chars.next()) else {
            return;
        };
        if letter.is_whitespace() || e.ctrl_key() || e.alt_key() || e.meta_key() {
            return;
        }
        let on_map = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|t| t.class_list().contains("map__frame"));
        if !on_map {
            return;
        }
        let now = js_sys::Date::now();
        let typed = {
            let mut local = self.local.borrow_mut();
            if now - local.typed_at > 1000.0 {
                local.typed.clear();
            }
            local.typed.push(letter);
            local.typed_at = now;
            local.typed.clone()
        };
        let Ok(units) = self.map.query_selector_all(".map__units [data-code]") else {
            return;
        };
        let options: Vec<(String, Vec<String>)> = (0..units.length())
            .filter_map(|i| {
                units
                    .item(i)?
                    .dyn_into::<Element>()
                    .ok()?
                    .get_attribute("data-code")
            })
            .filter_map(|code| {
                let c = self.data.county(&code)?;
                let names = vec![c.name.get(self.locale).to_owned(), c.name.en.clone()];
                Some((code, names))
            })
            .collect();
        let current = self.local.borrow().focus.clone();
        if let Some(code) = type_ahead(&options, current.as_deref(), &typed) {
            e.prevent_default();
            self.focus_on(Some(code.to_owned()));
        }
    }

    pub(super) fn on_key(&self, e: &web_sys::KeyboardEvent) {
        let Some(key) = Key::from_name(&e.key()) else {
            self.on_letter(e);
            return;
        };
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Some(button) = closest(&target, ".layers__button") {
            // The layer buttons are a toolbar: one tab stop, arrows move along it.
            let to = match key {
                Key::Right | Key::Down => button
                    .next_element_sibling()
                    .or_else(|| button.parent_element()?.first_element_child()),
                Key::Left | Key::Up => button
                    .previous_element_sibling()
                    .or_else(|| button.parent_element()?.last_element_child()),
                Key::Home => button
                    .parent_element()
                    .and_then(|p| p.first_element_child()),
                Key::End => button.parent_element().and_then(|p| p.last_element_child()),
                _ => return,
            };
            e.prevent_default();
            if let Some(to) = to {
                set(&button, "tabindex", Some("-1"));
                set(&to, "tabindex", Some("0"));
                if let Some(to) = to.dyn_ref::<HtmlElement>() {
                    let _ = to.focus();
                }
            }
            return;
        }
        if closest(&target, ".legend").is_some() && key == Key::Escape {
            {
                let mut local = self.local.borrow_mut();
                local.legend_filter = None;
                local.legend_hover = None;
            }
            self.show_veil();
            return;
        }
        if !target.class_list().contains("map__frame") {
            return;
        }
        let state = self.store.0.state();
        let current = {
            let local = self.local.borrow();
            local.focus.clone().or_else(|| state.selected.clone())
        };
        let first = || {
            self.find(".map__units [data-code]")
                .and_then(|u| u.get_attribute("data-code"))
        };
        let last = || {
            let all = self
                .map
                .query_selector_all(".map__units [data-code]")
                .ok()?;
            all.item(all.length().checked_sub(1)?)?
                .dyn_into::<Element>()
                .ok()?
                .get_attribute("data-code")
        };
        let next = match key {
            Key::Up | Key::Down | Key::Left | Key::Right => match &current {
                Some(code) => self
                    .unit(code)
                    .and_then(|u| u.get_attribute("data-nav"))
                    .and_then(|nav| step_on_map(&nav, key).map(str::to_owned))
                    .or(Some(code.clone())),
                None => first(),
            },
            Key::Home => first(),
            Key::End => last(),
            Key::Enter => {
                if let Some(code) = current {
                    self.toggle(code);
                }
                e.prevent_default();
                return;
            }
            Key::Space => {
                if let Some(code) = current {
                    self.pick(code);
                }
                e.prevent_default();
                return;
            }
            Key::Escape => {
                let had_tip = {
                    let mut local = self.local.borrow_mut();
                    let shown =
                        local.hover.is_some() || local.project.is_some() || local.focus.is_some();
                    let had = shown && !local.tip_hidden;
                    local.tip_hidden = true;
                    local.hover = None;
                    local.project = None;
                    local.legend_filter = None;
                    had
                };
                self.show_veil();
                self.show_hover();
                // Escape first dismisses a tooltip, then the selection.
                if !had_tip {
                    self.store.dispatch(Action::Clear);
                }
                return;
            }
        };
        e.prevent_default();
        self.focus_on(next);
    }

    pub(super) fn focus_on(&self, code: Option<String>) {
        if let Some(frame) = self.find(".map__frame") {
            set(
                &frame,
                "aria-activedescendant",
                code.as_ref().map(|c| format!("county-{c}")).as_deref(),
            );
        }
        {
            let mut local = self.local.borrow_mut();
            local.tip_hidden = false;
            local.focus = code;
        }
        self.show_hover();
    }
}

/// What the map does with one kind of event.
type Handler = Box<dyn Fn(&Rc<Inner>, &web_sys::Event)>;

pub(super) fn listen(inner: &Rc<Inner>) -> Vec<EventListener> {
    let map = inner.map.clone();
    let on = |event: &'static str, f: Handler| {
        let weak = Rc::downgrade(inner);
        EventListener::new_with_options(
            &map,
            event,
            EventListenerOptions::enable_prevent_default(),
            move |e| {
                if let Some(inner) = weak.upgrade() {
                    f(&inner, e);
                }
            },
        )
    };
    let target = |e: &web_sys::Event| e.target().and_then(|t| t.dyn_into::<Element>().ok());
    vec![
        on(
            "click",
            Box::new(move |inner, e| {
                let Some(t) = target(e) else { return };
                if closest(&t, ".details__close").is_some() {
                    // Back to the map, where the county was picked.
                    crate::browser::refocus(e, ".map", &[".map__frame"]);
                    inner.store.dispatch(Action::Clear);
                } else if closest(&t, ".details__compare").is_some() {
                    if let Some(code) = inner.store.0.state().selected.clone() {
                        inner.pick(code);
                    }
                } else {
                    let detail = e.dyn_ref::<web_sys::MouseEvent>().map_or(0, |m| m.detail());
                    inner.on_click(&t, detail);
                }
            }),
        ),
        on(
            "change",
            Box::new(move |inner, e| {
                let Some(t) = target(e) else { return };
                if t.has_attribute("data-layer-select") {
                    if let Some(s) = t.dyn_ref::<web_sys::HtmlSelectElement>()
                        && let Some(layer) = MapLayer::from_id(&s.value())
                    {
                        inner.store.dispatch(Action::SetLayer(layer));
                    }
                } else if t.has_attribute("data-projects-toggle") {
                    let on = t
                        .dyn_ref::<web_sys::HtmlInputElement>()
                        .is_some_and(|i| i.checked());
                    set(
                        &inner.map,
                        "data-projects",
                        Some(if on { "on" } else { "off" }),
                    );
                }
            }),
        ),
        on(
            "mouseover",
            Box::new(move |inner, e| {
                let Some(t) = target(e) else { return };
                if let Some(marker) = closest(&t, ".map__marker") {
                    {
                        let mut local = inner.local.borrow_mut();
                        local.project = marker.get_attribute("data-project");
                        local.tip_hidden = false;
                    }
                    inner.show_tip();
                } else if let Some(unit) = closest(&t, ".map__units [data-code], .map__hit") {
                    // A tap target (narrow maps) stands for its county.
                    {
                        let mut local = inner.local.borrow_mut();
                        let code = unit.get_attribute("data-code");
                        local.project = None;
                        // Moving to another unit brings the tooltip back.
                        if local.hover != code {
                            local.tip_hidden = false;
                        }
                        local.hover = code;
                    }
                    inner.show_hover();
                } else if let Some(entry) = closest(&t, ".legend__entry") {
                    inner.local.borrow_mut().legend_hover = entry.get_attribute("data-key");
                    inner.show_veil();
                } else if let Some(item) = closest(&t, ".projects__item") {
                    mark_project(inner, item.get_attribute("data-project"));
                }
            }),
        ),
        on(
            "mouseout",
            Box::new(move |inner, e| {
                let Some(t) = target(e) else { return };
                let to = e
                    .dyn_ref::<web_sys::MouseEvent>()
                    .and_then(|m| m.related_target())
                    .and_then(|t| t.dyn_into::<Element>().ok());
                let left = |selector: &str| {
                    closest(&t, selector).is_some()
                        && to.as_ref().and_then(|to| closest(to, selector)).is_none()
                };
                if left(".map__frame") {
                    {
                        let mut local = inner.local.borrow_mut();
                        local.hover = None;
                        local.project = None;
                    }
                    inner.show_hover();
                } else if left(".legend__list") {
                    inner.local.borrow_mut().legend_hover = None;
                    inner.show_veil();
                } else if left(".projects") {
                    mark_project(inner, None);
                }
            }),
        ),
        on(
            "keydown",
            Box::new(move |inner, e| {
                if let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                    inner.on_key(k);
                }
            }),
        ),
        on(
            "focusin",
            Box::new(move |inner, e| {
                let Some(t) = target(e) else { return };
                if t.class_list().contains("map__frame") {
                    // A click or tap focuses the frame too, on its way to selecting the
                    // county under it: only a keyboard's focus starts on a county.
                    if !t.matches(":focus-visible").unwrap_or(true) {
                        return;
                    }
                    let start = inner.store.0.state().selected.clone().or_else(|| {
                        inner
                            .find(".map__units [data-code]")
                            .and_then(|u| u.get_attribute("data-code"))
                    });
                    if inner.local.borrow().focus.is_none() {
                        inner.focus_on(start);
                    }
                } else if let Some(entry) = closest(&t, ".legend__entry") {
                    inner.local.borrow_mut().legend_hover = entry.get_attribute("data-key");
                    inner.show_veil();
                }
            }),
        ),
        on(
            "focusout",
            Box::new(move |inner, e| {
                let Some(t) = target(e) else { return };
                if t.class_list().contains("map__frame") {
                    inner.focus_on(None);
                } else if closest(&t, ".legend__entry").is_some() {
                    inner.local.borrow_mut().legend_hover = None;
                    inner.show_veil();
                }
            }),
        ),
    ]
}
