//! The map's shapes and labels, under the highlight and the tooltip: fills, hatching, dots and
//! borders (`MapLayers`), the veil over the units outside a legend entry (`FocusVeil`) and
//! the labels (`MapLabels`). Each is a component with pointer-compared props, so a hover
//! re-renders none of them, and what a layer or language fixes (the units' attributes, the
//! labels' places and texts) is built once per layer and language.

use yew::prelude::*;

use super::Shared;
use super::graphic::count;
use crate::core::bundle::Bundle;
use crate::core::locale::Locale;
use crate::core::map_layers::{LayerView, MapLayer};
use crate::core::map_model::{Fill, MapModel, short_name};
use crate::core::model::Dataset;
use crate::core::strings::{fill, strings};

#[derive(Properties, PartialEq)]
pub struct LayersProps {
    pub model: Shared<MapModel>,
    pub bundle: Shared<Bundle>,
    pub view: Shared<LayerView>,
    pub locale: Locale,
    pub selected: Option<usize>,
}

/// Fills, hatching and borders: everything that does not change on hover.
#[component]
pub fn MapLayers(props: &LayersProps) -> Html {
    let m = &props.model;
    let view = &props.view;
    let partner_layer = view.layer == MapLayer::Partner;
    // A selection changes two units; their other attributes are built once per layer and
    // language, so re-rendering the 51 paths for it is cheap.
    let units = use_memo(
        (
            props.model.clone(),
            props.bundle.clone(),
            props.view.clone(),
            props.locale,
        ),
        |(m, b, view, locale)| unit_attrs(m, &b.dataset, view, *locale),
    );
    html! {
        <>
            <defs>
                <pattern id="jj-hatch" width="28" height="28" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <line class="map__hatch-line" x1="0" y1="0" x2="0" y2="28" />
                </pattern>
                <pattern id="jj-nodata" width="36" height="36" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="map__nodata-ground" width="36" height="36" />
                    <line class="map__nodata-line" x1="0" y1="0" x2="0" y2="36" />
                </pattern>
                <pattern id="jj-beijing-unknown" width="36" height="36" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="map__unknown-ground map__unknown-ground--beijing" width="36" height="36" />
                    <line class="map__unknown-line map__unknown-line--beijing" x1="0" y1="0" x2="0" y2="36" />
                </pattern>
                <pattern id="jj-dots" width="22" height="22" patternUnits="userSpaceOnUse">
                    <circle class="map__dot" cx="11" cy="11" r="3.2" />
                </pattern>
                <pattern id="jj-tianjin-unknown" width="36" height="36" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect class="map__unknown-ground map__unknown-ground--tianjin" width="36" height="36" />
                    <line class="map__unknown-line map__unknown-line--tianjin" x1="0" y1="0" x2="0" y2="36" />
                </pattern>
            </defs>
            <g class="map__units">
                { for units.iter().enumerate().map(|(i, u)| {
                    let is_selected = props.selected == Some(i);
                    html! {
                        <path id={u.id.clone()} class={u.class.clone()} d={u.d.clone()}
                              data-code={u.code.clone()} role="option"
                              aria-label={u.label.clone()}
                              aria-selected={if is_selected { "true" } else { "false" }}
                              data-selected={is_selected.then_some("true")} />
                    }
                }) }
            </g>
            if partner_layer {
                <g class="map__inferred" aria-hidden="true">
                    { for m.shapes.iter().filter(|s| s.inferred).map(|shape| html! {
                        <path d={shape.d.clone()} data-code={shape.code.clone()} fill="url(#jj-hatch)" />
                    }) }
                </g>
            }
            if matches!(view.layer, MapLayer::Partner | MapLayer::District) {
                <g class="map__tianjin-dots" aria-hidden="true">
                    { for m.shapes.iter().filter(|s| s.fill == Fill::Tianjin).map(|shape| html! {
                        <path d={shape.d.clone()} fill="url(#jj-dots)" />
                    }) }
                </g>
            }
            <path class="map__county-borders" d={m.county_borders.clone()} aria-hidden="true" />
            <use class="map__city-casing" href="#jj-city-borders" aria-hidden="true" />
            <path class="map__city-borders" id="jj-city-borders" d={m.city_borders.clone()} aria-hidden="true" />
        </>
    }
}

/// The attributes of one unit's path that do not depend on the selection.
struct UnitAttrs {
    id: AttrValue,
    class: AttrValue,
    d: AttrValue,
    code: AttrValue,
    /// Name, city and the value on the layer shown (and the partner, off the partner layer).
    label: AttrValue,
}

fn unit_attrs(m: &MapModel, d: &Dataset, view: &LayerView, locale: Locale) -> Vec<UnitAttrs> {
    let s = strings(locale);
    let partner_layer = view.layer == MapLayer::Partner;
    m.shapes
        .iter()
        .map(|shape| {
            let county = &d.counties[shape.county];
            let unit = view.units.get(shape.county);
            let class = match unit {
                Some(u) => format!("map__unit {}", u.class),
                None => "map__unit".to_owned(),
            };
            let name = county.name.get(locale);
            let city = d
                .city(&county.city)
                .map(|c| c.name.get(locale))
                .unwrap_or_default();
            let value = value_line(d, view, shape.county, locale);
            let mut label = format!("{name}{}{city}{}{value}", s.list_sep, s.list_sep);
            if !partner_layer {
                if let Some(p) = county.pairing.as_ref().and_then(|p| p.partner.value) {
                    label.push_str(&format!(
                        "{}{}{}{}",
                        s.list_sep,
                        s.partner,
                        s.colon,
                        s.partner_name(p)
                    ));
                }
            }
            UnitAttrs {
                id: format!("county-{}", shape.code).into(),
                class: class.into(),
                d: AttrValue::from(shape.d.clone()),
                code: shape.code.clone().into(),
                label: label.into(),
            }
        })
        .collect()
}

/// A unit's value on the layer shown ("title: value"), or that it is not one of the paired
/// counties: the line its tooltip and its accessible name both carry.
pub fn value_line(d: &Dataset, view: &LayerView, county: usize, locale: Locale) -> String {
    let s = strings(locale);
    match view.units.get(county).and_then(|u| u.value_text.as_deref()) {
        Some(v) => format!("{}{}{v}", view.title, s.colon),
        None => fill(s.not_paired, &[&count(d, "paired_counties", locale)]),
    }
}

#[derive(Properties, PartialEq)]
pub struct VeilProps {
    pub model: Shared<MapModel>,
    pub view: Shared<LayerView>,
    pub entry: String,
    /// A filter (clicked) fades the others strongly; a highlight (hover, focus) softly.
    pub strong: bool,
}

/// A white veil over the units outside one legend entry, so the entry's units stand out.
#[component]
pub fn FocusVeil(props: &VeilProps) -> Html {
    let class = if props.strong {
        "map__veil map__veil--strong"
    } else {
        "map__veil"
    };
    html! {
        <g class={class} aria-hidden="true">
            { for props.model.shapes.iter().filter(|shape| {
                props.view.units.get(shape.county).and_then(|u| u.legend_key.as_deref()) != Some(props.entry.as_str())
            }).map(|shape| html! { <path d={shape.d.clone()} /> }) }
        </g>
    }
}

#[derive(Properties, PartialEq)]
pub struct LabelsProps {
    pub model: Shared<MapModel>,
    pub bundle: Shared<Bundle>,
    pub view: Shared<LayerView>,
    pub locale: Locale,
    /// The legend entry picked out: labels of the other units fade with their units.
    pub focus: Option<String>,
}

/// City names and the paired counties' short names, as HTML over the map; dark ink on light
/// (or faded) fills, white on dark ones.
#[component]
pub fn MapLabels(props: &LabelsProps) -> Html {
    // Where each label sits and what it says depend on the map and language only: built
    // once, so a layer switch changes only the labels' classes.
    let placed = use_memo(
        (props.model.clone(), props.bundle.clone(), props.locale),
        |(m, b, locale)| label_places(m, &b.dataset, *locale),
    );
    let (counties, cities) = &*placed;
    html! {
        <svg class="map__labels" aria-hidden="true" width="100%" height="100%">
            { for counties.iter().map(|(county, l)| {
                let unit = props.view.units.get(*county);
                let light = unit.is_some_and(|u| u.light);
                let faded = props.focus.as_deref().is_some_and(|k| {
                    unit.and_then(|u| u.legend_key.as_deref()) != Some(k)
                });
                html! {
                    <text class={classes!(
                              "map__label",
                              "map__label--county",
                              (light || faded).then_some("map__label--on-light"),
                              faded.then_some("map__label--faded"),
                          )}
                          x={l.x.clone()} y={l.y.clone()}>
                        { l.text.clone() }
                    </text>
                }
            }) }
            { for cities.iter().map(|l| html! {
                <text class="map__label map__label--city" x={l.x.clone()} y={l.y.clone()}>
                    { l.text.clone() }
                </text>
            }) }
        </svg>
    }
}

/// A label over the map: position in percent of the map's box, and text.
struct LabelPlace {
    x: AttrValue,
    y: AttrValue,
    text: AttrValue,
}

/// The paired counties' labels (with the index of their county) and the city labels.
type LabelPlaces = (Vec<(usize, LabelPlace)>, Vec<LabelPlace>);

fn label_places(m: &MapModel, d: &Dataset, locale: Locale) -> LabelPlaces {
    let place = |at: (i32, i32), text: String| {
        let (x, y) = m.percent(at);
        LabelPlace {
            x: format!("{x}%").into(),
            y: format!("{y}%").into(),
            text: text.into(),
        }
    };
    let counties = m
        .shapes
        .iter()
        .filter(|s| s.fill != Fill::Unpaired)
        .map(|s| {
            let name = short_name(&d.counties[s.county], locale);
            (s.county, place(s.anchor, name))
        })
        .collect();
    let cities = m
        .city_labels
        .iter()
        .map(|l| {
            let name = d.city(&l.city).map(|c| c.name.get(locale).to_owned());
            place(l.at, name.unwrap_or_default())
        })
        .collect();
    (counties, cities)
}
