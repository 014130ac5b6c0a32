//! The map answering the reader: listeners on the map's static markup (see `ui::map`), the
//! store's state applied as attributes (`core::map_view::sync`), and what is local to the
//! map and never in the address: hover and keyboard focus with their tooltip, the legend's
//! highlight and filter, the project markers.
//!
//! Everything is found inside the map's root element, so several maps (script embeds, each
//! in its own shadow root) never reach into each other.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::core::announce;
use crate::core::keys::{Key, step_on_map, type_ahead};
use crate::core::locale::Locale;
use crate::core::map_layers::{LayerView, MapLayer, classify, swatch_class};
use crate::core::map_view::{Highlight, MapDom, project_tip, sync, tip, unit_label};
use crate::core::model::Dataset;
use crate::core::state::{Action, AppState, CompareMode};
use crate::core::store::Subscription;
use crate::ui::Shared;
use crate::ui::store::StoreHandle;

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
    *inner.last.borrow_mut() = state.clone();
    if state.layer != MapLayer::default() {
        inner.refresh_labels(state.layer);
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

impl Inner {
    fn find(&self, selector: &str) -> Option<Element> {
        self.map.query_selector(selector).ok().flatten()
    }

    fn unit(&self, code: &str) -> Option<Element> {
        // Codes are six digits (the dataset is checked), so they need no escaping.
        self.find(&format!("#county-{code}"))
    }

    fn update(&self, next: &Rc<AppState>) {
        let prev = self.last.replace(next.clone());
        sync(&mut Dom(self), Some(&prev), next);
        if prev.layer != next.layer {
            {
                let mut local = self.local.borrow_mut();
                local.legend_hover = None;
                local.legend_filter = None;
            }
            self.show_veil();
            self.announce_layer(next.layer);
            self.refresh_labels(next.layer);
            self.show_tip();
        }
        if prev.selected != next.selected && next.selected.is_some() {
            // The panel opens: the tooltip would cover the county's neighbours.
            self.local.borrow_mut().hover = None;
            self.show_hover();
        }
        self.announce_change(&prev, next);
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

    /// The units' accessible names say the value on the layer shown; rewritten after a
    /// switch, in a task of their own (the switch's frame does not wait for them).
    fn refresh_labels(&self, layer: MapLayer) {
        let labels: Vec<(String, String)> = self.with_view(layer, |v| {
            self.data
                .counties
                .iter()
                .enumerate()
                .map(|(i, c)| (c.code.clone(), unit_label(&self.data, v, i, self.locale)))
                .collect()
        });
        let map = self.map.clone();
        super::after(0, move || {
            for (code, label) in labels {
                if let Ok(Some(el)) = map.query_selector(&format!("#county-{code}")) {
                    let _ = el.set_attribute("aria-label", &label);
                }
            }
        })
        .forget();
    }

    /// One sentence for a county opened or a comparison changed (the panel itself is not a
    /// live region: it would read some 150 words on every selection).
    fn announce_change(&self, prev: &AppState, next: &AppState) {
        let mut said: Vec<String> = Vec::new();
        if let Some(code) = next
            .selected
            .as_deref()
            .filter(|_| prev.selected != next.selected)
            && let Some(i) = self.data.counties.iter().position(|c| c.code == code)
        {
            let label = self.with_view(next.layer, |v| unit_label(&self.data, v, i, self.locale));
            said.push(announce::details(&label, self.locale));
        }
        said.extend(announce::picked(
            &self.data,
            &prev.picked,
            &next.picked,
            self.locale,
        ));
        if !said.is_empty()
            && let Some(live) = self.find("#map-live")
        {
            live.set_text_content(Some(&said.join(" ")));
        }
    }

    fn announce_layer(&self, layer: MapLayer) {
        let text = self
            .find(&format!(".map__takeaway[data-for=\"{}\"]", layer.id()))
            .and_then(|p| p.text_content())
            .unwrap_or_default();
        if let Some(live) = self.find("#map-live") {
            live.set_text_content(Some(&text));
        }
        if let Some(frame) = self.find(".map__frame") {
            let _ = frame.set_attribute(
                "aria-describedby",
                &format!("map-summary-{} map-keys", layer.id()),
            );
        }
    }

    /// The hover highlight and the tooltip follow the mouse, or else the keyboard.
    fn show_hover(&self) {
        let (shown, by_keyboard) = {
            let local = self.local.borrow();
            match &local.hover {
                Some(h) => (Some(h.clone()), false),
                None => (local.focus.clone(), local.focus.is_some()),
            }
        };
        Dom(self).set_highlight(Highlight::Hover, shown.as_deref());
        // The keyboard's place is drawn as a focus indicator (3 px, the focus colour), not
        // as the mouse's thin hover line (issue 17: the two were the same 1.5 px stroke).
        if let Some(path) = self.find("#jj-map-hover") {
            set(&path, "data-focus", by_keyboard.then_some(""));
        }
        self.show_tip();
    }

    fn show_tip(&self) {
        let Some(box_) = self.find("#jj-map-tip") else {
            return;
        };
        let (shown, project) = {
            let local = self.local.borrow();
            if local.tip_hidden {
                (None, None)
            } else {
                (
                    local.hover.clone().or_else(|| local.focus.clone()),
                    local.project.clone(),
                )
            }
        };
        let layer = self.last.borrow().layer;
        let lines: Option<(Vec<(String, String)>, String)> = if let Some(id) = project {
            let at = self
                .find(&format!(".map__marker[data-project=\"{id}\"]"))
                .and_then(|m| m.get_attribute("data-at"));
            project_tip(&self.data, &id, self.locale)
                .zip(at)
                .map(|(lines, at)| {
                    let mut it = lines.into_iter();
                    let mut out = vec![("map__tip-city".to_owned(), it.next().unwrap_or_default())];
                    out.push(("map__tip-name".to_owned(), it.next().unwrap_or_default()));
                    out.extend(it.map(|l| ("map__tip-line".to_owned(), l)));
                    (out, at)
                })
        } else {
            shown.and_then(|code| {
                let county = self.data.counties.iter().position(|c| c.code == code)?;
                let at = self.unit(&code)?.get_attribute("data-at")?;
                let t = self.with_view(layer, |v| tip(&self.data, v, county, self.locale))?;
                let mut out = vec![
                    ("map__tip-name".to_owned(), t.name),
                    ("map__tip-city".to_owned(), t.city),
                    (format!("swatch:{}", swatch_class(t.class)), t.line),
                ];
                out.extend(t.district.map(|d| ("map__tip-line".to_owned(), d)));
                out.push(("map__tip-hint".to_owned(), t.hint.to_owned()));
                Some((out, at))
            })
        };
        let Some((lines, at)) = lines else {
            let _ = box_.set_attribute("hidden", "");
            return;
        };
        let Some(doc) = box_.owner_document() else {
            return;
        };
        box_.set_text_content(None);
        for (class, text) in lines {
            if let Ok(span) = doc.create_element("span") {
                if let Some(swatch) = class.strip_prefix("swatch:") {
                    span.set_class_name("map__tip-line");
                    if let Ok(key) = doc.create_element("span") {
                        key.set_class_name(&format!("legend__swatch map__tip-swatch {swatch}"));
                        let _ = span.append_child(&key);
                    }
                    let _ = span.append_with_str_1(&text);
                } else {
                    span.set_class_name(&class);
                    span.set_text_content(Some(&text));
                }
                let _ = box_.append_child(&span);
            }
        }
        let mut at = at.split(' ').filter_map(|v| v.parse::<f64>().ok());
        let (x, y) = (at.next().unwrap_or(50.0), at.next().unwrap_or(50.0));
        let _ = box_.set_attribute(
            "class",
            if x > 55.0 {
                "map__tip map__tip--left"
            } else {
                "map__tip map__tip--right"
            },
        );
        if let Some(el) = box_.dyn_ref::<HtmlElement>() {
            let style = el.style();
            let _ = style.set_property("left", &format!("{x}%"));
            let _ = style.set_property("top", &format!("{y}%"));
        }
        let _ = box_.remove_attribute("hidden");
    }

    /// The legend's highlight (hover, focus) or filter (click): the units outside the entry
    /// fade (`data-dim`), and the entry's button says it is pressed.
    fn show_veil(&self) {
        let (entry, strong) = {
            let local = self.local.borrow();
            match (&local.legend_hover, &local.legend_filter) {
                (Some(k), f) => (Some(k.clone()), f.as_ref() == Some(k)),
                (None, Some(k)) => (Some(k.clone()), true),
                (None, None) => (None, false),
            }
        };
        let layer = self.last.borrow().layer;
        let filter = self.local.borrow().legend_filter.clone();
        let keys: Vec<(String, Option<String>)> = self.with_view(layer, |v| {
            self.data
                .counties
                .iter()
                .zip(&v.units)
                .map(|(c, u)| (c.code.clone(), u.legend_key.clone()))
                .collect()
        });
        for (code, key) in keys {
            let dim = match &entry {
                Some(e) if key.as_deref() != Some(e.as_str()) => {
                    Some(if strong { "strong" } else { "soft" })
                }
                _ => None,
            };
            Dom(self).set_unit(&code, "data-dim", dim);
            if let Ok(Some(label)) = self
                .map
                .query_selector(&format!(".map__label--county[data-code=\"{code}\"]"))
            {
                set(&label, "data-dim", dim);
            }
        }
        let legend = format!(".legend[data-for=\"{}\"]", layer.id());
        if let Ok(buttons) = self
            .map
            .query_selector_all(&format!("{legend} .legend__entry"))
        {
            for i in 0..buttons.length() {
                if let Some(b) = buttons.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let key = b.get_attribute("data-key");
                    let pressed = filter.is_some() && key == filter;
                    set(
                        &b,
                        "aria-pressed",
                        Some(if pressed { "true" } else { "false" }),
                    );
                }
            }
        }
        if let Some(clear) = self.find(&format!("{legend} .legend__clear")) {
            set(&clear, "hidden", filter.is_none().then_some(""));
        }
    }

    fn on_click(&self, target: &Element, detail: i32) {
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

    /// Opens (or closes) `code`'s panel, by click or Enter. The panel now says what the
    /// tooltip said: the tooltip makes way for the neighbours.
    fn toggle(&self, code: String) {
        self.local.borrow_mut().tip_hidden = true;
        self.store.dispatch(Action::Toggle(code));
        self.show_tip();
    }

    /// Type-ahead on the map: letters typed within a second of each other lead to the next
    /// county whose name (in the page's language or in English) starts with them.
    fn on_letter(&self, e: &web_sys::KeyboardEvent) {
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

    fn on_key(&self, e: &web_sys::KeyboardEvent) {
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
                    if !state.picked.contains(&code) {
                        self.store.dispatch(Action::SetMode(CompareMode::Counties));
                    }
                    self.store.dispatch(Action::Pick(code));
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

    fn focus_on(&self, code: Option<String>) {
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
            if pressed {
                set(&b, "tabindex", Some("0"));
            } else {
                set(&b, "tabindex", Some("-1"));
            }
        }
        if pressed
            && let Some(select) = self
                .0
                .find("[data-layer-select]")
                .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok())
        {
            select.set_value(layer.id());
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

fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}

/// What the map does with one kind of event.
type Handler = Box<dyn Fn(&Rc<Inner>, &web_sys::Event)>;

fn listen(inner: &Rc<Inner>) -> Vec<EventListener> {
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
                if let Some(t) = target(e) {
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

/// A project's item in the list picks out its marker.
fn mark_project(inner: &Inner, id: Option<String>) {
    if let Ok(markers) = inner
        .map
        .query_selector_all(".map__marker, .projects__item")
    {
        for i in 0..markers.length() {
            if let Some(m) = markers.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let on = id.is_some() && m.get_attribute("data-project") == id;
                set(&m, "data-active", on.then_some(""));
            }
        }
    }
}

/// On a phone the county panel sits under the map: after a tap, once the panel has been
/// drawn, the page moves just enough to show the panel's head, keeping as much of the map
/// in view as it can. Where the panel is beside the map (or already in view) nothing moves.
fn reveal_panel(map: &Element) {
    let map = map.clone();
    super::after(60, move || {
        let Some(panel) = map.query_selector("[data-island=\"panel\"]").ok().flatten() else {
            return;
        };
        let window = gloo::utils::window();
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let top = panel.get_bounding_client_rect().top();
        // Beside the map (wide screens), not under it: nothing to do.
        let under = map
            .query_selector(".map__stage")
            .ok()
            .flatten()
            .is_some_and(|stage| top >= stage.get_bounding_client_rect().bottom() - 1.0);
        if !under {
            return;
        }
        // The panel's name and first facts: about 160 px.
        const HEAD: f64 = 160.0;
        if height > 0.0 && top + HEAD > height {
            window.scroll_by_with_x_and_y(0.0, top + HEAD - height);
        }
    })
    .forget();
}
