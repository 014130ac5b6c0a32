//! What the map shows for what only it knows: the hover and focus outline with its
//! tooltip, the legend's highlight and filter (the veil), the units' accessible names, the
//! sentences for screen readers, the project markers, and the panel brought into view.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

use crate::core::announce;
use crate::core::map_layers::{MapLayer, swatch_class};
use crate::core::map_view::{Highlight, MapDom, project_tip, tip, unit_label};
use crate::core::panel::{compare_label, panel_html};
use crate::core::state::AppState;

use super::{Dom, Inner, set};

/// Whether the county whose panel is open is among those the comparison holds.
fn open_is_picked(state: &AppState) -> bool {
    state
        .selected
        .as_ref()
        .is_some_and(|c| state.picked.contains(c))
}

impl Inner {
    /// Writes the county panel for `state` (a county's facts, or the hint) and marks its
    /// island ready. The panel is built in the core (`core::panel`), the same markup the
    /// server writes.
    pub(super) fn render_panel(&self, state: &AppState) {
        let Some(wrapper) = self.find("[data-island=\"panel\"]") else {
            return;
        };
        let shows = (state.selected.clone(), open_is_picked(state));
        if self.panel.borrow().as_ref() != Some(&shows) {
            let html = panel_html(&self.data, shows.0.as_deref(), shows.1, self.locale);
            wrapper.set_inner_html(&html);
            *self.panel.borrow_mut() = Some(shows);
        }
        set(&wrapper, "data-state", Some("ready"));
    }

    /// The panel's comparison button after the comparison changed: its state and words,
    /// without rewriting the panel (the reader's focus stays on the button).
    pub(super) fn sync_compare_button(&self, state: &AppState) {
        let Some(button) = self.find(".details__compare") else {
            return;
        };
        let picked = open_is_picked(state);
        set(
            &button,
            "aria-pressed",
            Some(if picked { "true" } else { "false" }),
        );
        let label = compare_label(self.locale, picked);
        if button.text_content().as_deref() != Some(label) {
            button.set_text_content(Some(label));
        }
    }

    /// The units' accessible names say the value on the layer shown; rewritten once a
    /// switch's frame has been drawn (`Inner::update`).
    pub(super) fn refresh_labels(&self, layer: MapLayer) {
        let labels: Vec<(String, String)> = self.with_view(layer, |v| {
            self.data
                .counties
                .iter()
                .enumerate()
                .map(|(i, c)| (c.code.clone(), unit_label(&self.data, v, i, self.locale)))
                .collect()
        });
        for (code, label) in labels {
            if let Some(el) = self.unit(&code) {
                let _ = el.set_attribute("aria-label", &label);
            }
        }
    }

    /// One sentence for a county opened or a comparison changed (the panel itself is not a
    /// live region: it would read some 150 words on every selection).
    pub(super) fn announce_change(&self, prev: &AppState, next: &AppState) {
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

    pub(super) fn announce_layer(&self, layer: MapLayer) {
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
    pub(super) fn show_hover(&self) {
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

    pub(super) fn show_tip(&self) {
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
    pub(super) fn show_veil(&self) {
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
        let was_veiled = std::mem::replace(&mut self.local.borrow_mut().veiled, entry.is_some());
        if was_veiled || entry.is_some() {
            self.dim_units(layer, entry.as_deref(), strong);
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

    /// Fades the units (and their labels) outside the legend `entry`, or none.
    fn dim_units(&self, layer: MapLayer, entry: Option<&str>, strong: bool) {
        let keys: Vec<(String, Option<String>)> = self.with_view(layer, |v| {
            self.data
                .counties
                .iter()
                .zip(&v.units)
                .map(|(c, u)| (c.code.clone(), u.legend_key.clone()))
                .collect()
        });
        for (code, key) in keys {
            let dim = match entry {
                Some(e) if key.as_deref() != Some(e) => {
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
    }
}

/// A project's item in the list picks out its marker.
pub(super) fn mark_project(inner: &Inner, id: Option<String>) {
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
pub(super) fn reveal_panel(map: &Element) {
    let map = map.clone();
    crate::browser::after(60, move || {
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
