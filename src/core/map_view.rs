//! The map as markup and as a set of attributes.
//!
//! The map's markup is written once (on the server, or once in the browser) with every
//! layer in it: each unit carries one class per layer (`exit--exit-3`), each layer has its
//! own legend and takeaway, and the style sheet shows the layer the map root names in
//! `data-layer`. What the reader does then changes attributes, never the markup: a county
//! click sets `aria-selected` on two units and a highlight's path, a layer switch sets one
//! attribute on the root and the pressed button. [`sync`] says which, as a pure function
//! of the state before and after; the browser applies it through [`MapDom`].

use super::locale::Locale;
use super::map_layers::{LayerView, MapLayer, classify};
use super::model::Dataset;
use super::state::AppState;
use super::strings::{fill, strings};

/// Every layer classified, in the order of [`MapLayer::ALL`].
pub fn views(d: &Dataset, locale: Locale) -> Vec<LayerView> {
    MapLayer::ALL
        .iter()
        .map(|&l| classify(d, l, locale))
        .collect()
}

/// The class of county `county`'s unit: `map__unit` and its fill on every layer, e.g.
/// `map__unit partner--beijing exit--exit-4 status--sev-4 deep--sev-4`.
pub fn unit_class(views: &[LayerView], county: usize) -> String {
    let mut class = String::from("map__unit");
    for v in views {
        if let Some(u) = v.units.get(county) {
            let modifier = u.class.strip_prefix("map__unit--").unwrap_or(u.class);
            class.push(' ');
            class.push_str(v.layer.id());
            class.push_str("--");
            class.push_str(modifier);
        }
    }
    class
}

/// The layers on which county `county`'s fill is light (its label is drawn in dark ink),
/// as a space-separated list of layer ids for `data-light`.
pub fn light_on(views: &[LayerView], county: usize) -> String {
    views
        .iter()
        .filter(|v| v.units.get(county).is_some_and(|u| u.light))
        .map(|v| v.layer.id())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A unit's value on the layer shown ("title: value"), or that it is not one of the paired
/// counties: the line its tooltip and its accessible name both carry.
pub fn value_line(d: &Dataset, view: &LayerView, county: usize, locale: Locale) -> String {
    let s = strings(locale);
    match view.units.get(county).and_then(|u| u.value_text.as_deref()) {
        Some(v) => format!("{}{}{v}", view.title, s.colon),
        None => {
            let n = d
                .figure("paired_counties")
                .map(|f| super::format::number(f.value, locale, super::format::Style::Exact))
                .unwrap_or_default();
            fill(s.not_paired, &[&n])
        }
    }
}

/// A unit's accessible name on a layer: name, city, the value on the layer (and the
/// partner, off the partner layer).
pub fn unit_label(d: &Dataset, view: &LayerView, county: usize, locale: Locale) -> String {
    let s = strings(locale);
    let Some(c) = d.counties.get(county) else {
        return String::new();
    };
    let city = d
        .city(&c.city)
        .map(|x| x.name.get(locale))
        .unwrap_or_default();
    let value = value_line(d, view, county, locale);
    let mut label = format!(
        "{}{}{city}{}{value}",
        c.name.get(locale),
        s.list_sep,
        s.list_sep
    );
    if view.layer != MapLayer::Partner
        && let Some(p) = c.pairing.as_ref().and_then(|p| p.partner.value)
    {
        label.push_str(&format!(
            "{}{}{}{}",
            s.list_sep,
            s.partner,
            s.colon,
            s.partner_name(p)
        ));
    }
    label
}

/// What a unit's tooltip says on a layer.
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    pub name: String,
    pub city: String,
    /// The value on the layer shown, as [`value_line`] writes it.
    pub line: String,
    /// The fill class of the unit on the layer (for the tooltip's swatch).
    pub class: &'static str,
    /// On the partner layer: the partner district, or "unknown".
    pub district: Option<String>,
    pub hint: &'static str,
}

pub fn tip(d: &Dataset, view: &LayerView, county: usize, locale: Locale) -> Option<Tip> {
    let s = strings(locale);
    let c = d.counties.get(county)?;
    let city = d
        .city(&c.city)
        .map(|x| x.name.get(locale).to_owned())
        .unwrap_or_default();
    let district = match (&c.pairing, view.layer == MapLayer::Partner) {
        (Some(p), true) => {
            let name = p
                .district
                .value
                .as_deref()
                .and_then(|id| d.district(id))
                .map(|x| x.name.get(locale))
                .unwrap_or(s.unknown);
            Some(format!("{}{}{name}", s.district, s.colon))
        }
        _ => None,
    };
    Some(Tip {
        name: c.name.get(locale).to_owned(),
        city,
        line: value_line(d, view, county, locale),
        class: view.units.get(county).map_or("", |u| u.class),
        district,
        hint: s.tooltip_hint,
    })
}

/// What a cooperation project's tooltip says: "cooperation project", its name, its partner
/// and its county.
pub fn project_tip(d: &Dataset, id: &str, locale: Locale) -> Option<Vec<String>> {
    let s = strings(locale);
    let t = super::map_layers::layer_strings(locale);
    let p = d.projects.iter().find(|p| p.id == id)?;
    let partner = match p.partner {
        Some(x) => s.partner_name(x).to_owned(),
        None => t.partner_unstated.to_owned(),
    };
    let mut lines = vec![t.project.to_owned(), p.name.get(locale).to_owned(), partner];
    lines.extend(
        p.county
            .as_deref()
            .and_then(|code| d.county(code))
            .map(|c| c.name.get(locale).to_owned()),
    );
    Some(lines)
}

/// The two highlights drawn over the map, each a copy of one unit's outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Highlight {
    Selected,
    Hover,
}

/// What [`sync`] changes, implemented on the page by `browser::map_dom` and in the tests
/// by a recorder.
pub trait MapDom {
    /// Sets (or with `None` removes) an attribute of the map's root element.
    fn set_root(&mut self, name: &str, value: Option<&str>);
    /// Sets (or removes) an attribute of the unit with GB/T code `code`.
    fn set_unit(&mut self, code: &str, name: &str, value: Option<&str>);
    /// Marks the layer switcher's button (and menu) for `layer` as chosen or not.
    fn set_layer_button(&mut self, layer: MapLayer, pressed: bool);
    /// Draws `highlight` over the unit `code`, or nowhere.
    fn set_highlight(&mut self, highlight: Highlight, code: Option<&str>);
}

/// Brings the map's attributes from state `prev` to state `next`. With `prev` = `None`
/// (the first time, over markup that shows the default state or a tap made before the
/// app started) it sets everything it owns.
pub fn sync(dom: &mut impl MapDom, prev: Option<&AppState>, next: &AppState) {
    if prev.is_none_or(|p| p.layer != next.layer) {
        for l in MapLayer::ALL {
            if prev.is_none() || l == next.layer || prev.is_some_and(|p| p.layer == l) {
                dom.set_layer_button(l, l == next.layer);
            }
        }
        dom.set_root("data-layer", Some(next.layer.id()));
    }
    if prev.is_none_or(|p| p.selected != next.selected) {
        if let Some(old) = prev.and_then(|p| p.selected.as_deref()) {
            dom.set_unit(old, "aria-selected", Some("false"));
        }
        if let Some(code) = next.selected.as_deref() {
            dom.set_unit(code, "aria-selected", Some("true"));
        }
        dom.set_root("data-selected", next.selected.as_deref());
        dom.set_highlight(Highlight::Selected, next.selected.as_deref());
    }
    let before: &[String] = prev.map_or(&[], |p| &p.picked);
    for code in before.iter().filter(|c| !next.picked.contains(c)) {
        dom.set_unit(code, "data-picked", None);
    }
    for (i, code) in next.picked.iter().enumerate() {
        if prev.is_none()
            || !before.contains(code)
            || before.iter().position(|c| c == code) != Some(i)
        {
            dom.set_unit(code, "data-picked", Some(&(i + 1).to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::state::Action;

    #[derive(Default)]
    struct Recorder(Vec<String>);

    impl MapDom for Recorder {
        fn set_root(&mut self, name: &str, value: Option<&str>) {
            self.0.push(format!("root {name}={value:?}"));
        }
        fn set_unit(&mut self, code: &str, name: &str, value: Option<&str>) {
            self.0.push(format!("{code} {name}={value:?}"));
        }
        fn set_layer_button(&mut self, layer: MapLayer, pressed: bool) {
            self.0.push(format!("button {} {pressed}", layer.id()));
        }
        fn set_highlight(&mut self, h: Highlight, code: Option<&str>) {
            self.0.push(format!("{h:?} {code:?}"));
        }
    }

    fn ops(prev: &AppState, action: Action) -> Vec<String> {
        let next = prev.apply(action);
        let mut r = Recorder::default();
        sync(&mut r, Some(prev), &next);
        r.0
    }

    #[test]
    fn a_county_click_is_a_handful_of_attributes() {
        let s = AppState::default().apply(Action::Select("130722".into()));
        let changes = ops(&s, Action::Toggle("130723".into()));
        assert_eq!(
            changes,
            [
                "130722 aria-selected=Some(\"false\")",
                "130723 aria-selected=Some(\"true\")",
                "root data-selected=Some(\"130723\")",
                "Selected Some(\"130723\")",
            ]
        );
        assert_eq!(
            ops(&s, Action::SetMode(crate::core::state::CompareMode::Cities)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_layer_switch_is_one_root_attribute_and_two_buttons() {
        let changes = ops(&AppState::default(), Action::SetLayer(MapLayer::ExitYear));
        assert_eq!(
            changes,
            [
                "button partner false",
                "button exit true",
                "root data-layer=Some(\"exit\")",
            ]
        );
    }

    #[test]
    fn picked_counties_carry_their_place_in_the_comparison() {
        let s = AppState::default().apply(Action::Pick("130722".into()));
        assert_eq!(
            ops(&s, Action::Pick("130723".into())),
            ["130723 data-picked=Some(\"2\")"]
        );
        let s = s.apply(Action::Pick("130723".into()));
        assert_eq!(
            ops(&s, Action::Unpick("130722".into())),
            ["130722 data-picked=None", "130723 data-picked=Some(\"1\")"]
        );
    }

    #[test]
    fn the_first_sync_sets_everything_it_owns() {
        let s = AppState::default().apply(Action::Select("130722".into()));
        let mut r = Recorder::default();
        sync(&mut r, None, &s);
        assert!(r.0.contains(&"root data-layer=Some(\"partner\")".to_owned()));
        assert_eq!(r.0.iter().filter(|o| o.starts_with("button")).count(), 4);
        assert!(r.0.contains(&"130722 aria-selected=Some(\"true\")".to_owned()));
    }

    #[test]
    fn units_carry_a_class_per_layer() {
        let d = crate::core::load::parse_dataset(
            include_str!("../../data/dataset.json"),
            "data/dataset.json",
        )
        .unwrap();
        let v = views(&d, Locale::ZhHans);
        let i = d.counties.iter().position(|c| c.code == "130723").unwrap();
        let class = unit_class(&v, i);
        assert!(
            class.starts_with("map__unit partner--beijing exit--exit-4 "),
            "{class}"
        );
        assert_eq!(class.split(' ').count(), 1 + MapLayer::ALL.len());
        let unpaired = d.counties.iter().position(|c| c.pairing.is_none()).unwrap();
        assert_eq!(
            unit_class(&v, unpaired),
            "map__unit partner--unpaired exit--unpaired status--unpaired deep--unpaired"
        );
        assert_eq!(light_on(&v, unpaired), "partner exit status deep");
    }
}
