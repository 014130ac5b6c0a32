//! The county map: 51 units filled by the chosen layer (see `core::map_layers`), city
//! borders, labels, a tooltip that follows the mouse, a tap or keyboard focus, and selection
//! by click, Enter or Space. Above it the layer switcher, below it the interactive legend and,
//! on the partner layer, the article's cooperation projects.
//!
//! The static layers are their own components with pointer-compared props (`map_shapes`),
//! so hovering a county re-renders only the highlight and the tooltip, never the 51 paths.
//! A layer is classified once per layer and language (memoised).

use yew::prelude::*;

use super::Shared;
use super::graphic::count;
use super::map_layer_picker::LayerPicker;
use super::map_legend::{LegendProps, legend};
use super::map_projects::{
    MarkersProps, ProjectListProps, ProjectTipProps, project_list, project_markers, project_tip,
};
use super::map_shapes::{FocusVeil, MapLabels, MapLayers, value_line};
use super::memo::memo;
use super::positioned::Positioned;
use super::state::StateHandle;
use crate::core::bundle::Bundle;
use crate::core::locale::Locale;
use crate::core::map_layers::{LayerView, MapLayer, classify, swatch_class};
use crate::core::map_model::MapModel;
use crate::core::model::Dataset;
use crate::core::state::{Action, CompareMode};
use crate::core::strings::{fill, strings};

#[derive(Properties, PartialEq)]
pub struct CountyMapProps {
    pub bundle: Shared<Bundle>,
    pub model: Shared<MapModel>,
}

/// A legend entry picked out on one layer: (layer id, entry key).
type LegendPick = Option<(String, String)>;

#[component]
pub fn CountyMap(props: &CountyMapProps) -> Html {
    let state = use_context::<StateHandle>();
    let hover = use_state_eq(|| None::<usize>);
    let focus = use_state_eq(|| None::<usize>);
    let legend_hover = use_state_eq(|| None as LegendPick);
    let legend_filter = use_state_eq(|| None as LegendPick);
    let show_projects = use_state_eq(|| true);
    let project_hover = use_state_eq(|| None::<(String, bool)>);
    let layer = state.as_ref().map(|s| s.layer.clone()).unwrap_or_default();
    let locale = state.as_ref().map(|s| s.locale).unwrap_or_default();
    let view = {
        let bundle = props.bundle.clone();
        use_memo((layer.clone(), locale), move |(layer, locale)| {
            classify(&bundle.dataset, layer, *locale)
        })
    };
    // Callbacks handed to the parts that are skipped while their props are equal (the layer
    // picker, legend, project markers and list): made once, so a county click does not make
    // them new and re-render those parts.
    let dispatcher = state.as_ref().map(|s| s.dispatcher());
    let on_layer = {
        let dispatcher = dispatcher.clone();
        use_callback((), move |l: MapLayer, _| {
            if let Some(d) = &dispatcher {
                d.dispatch(Action::SetLayer(l));
            }
        })
    };
    let on_project_pick = use_callback((), move |code: String, _| {
        if let Some(d) = &dispatcher {
            d.dispatch(Action::Toggle(code));
        }
    });
    let on_projects = {
        let show_projects = show_projects.clone();
        use_callback((), move |on: bool, _| show_projects.set(on))
    };
    let on_project_hover = {
        let project_hover = project_hover.clone();
        use_callback((), move |p: Option<(String, bool)>, _| project_hover.set(p))
    };
    // Legend highlight and filter: local, keyed by layer so a switch drops them.
    let on_legend_hover = {
        let legend_hover = legend_hover.clone();
        use_callback(layer.id(), move |key: Option<String>, layer_id| {
            legend_hover.set(key.map(|k| (layer_id.clone(), k)));
        })
    };
    let on_legend_filter = {
        let legend_filter = legend_filter.clone();
        use_callback(layer.id(), move |key: Option<String>, layer_id| {
            legend_filter.set(key.map(|k| (layer_id.clone(), k)));
        })
    };
    let Some(state) = state else {
        return html! {};
    };
    let view = Shared(view);
    let s = strings(locale);
    let model = &props.model;
    let d = &props.bundle.dataset;
    let layer_id = layer.id();
    let selected = state
        .selected
        .as_deref()
        .and_then(|code| model.index_of(code));

    let code_at = |e: &Event| -> Option<String> {
        let target = e.target_dyn_into::<web_sys::Element>()?;
        target.get_attribute("data-code")
    };
    let onmouseover = {
        let hover = hover.clone();
        let model = model.clone();
        Callback::from(move |e: MouseEvent| {
            hover.set(code_at(&e).and_then(|c| model.index_of(&c)));
        })
    };
    let onmouseleave = {
        let hover = hover.clone();
        Callback::from(move |_: MouseEvent| hover.set(None))
    };
    let onclick = {
        let state = state.clone();
        let focus = focus.clone();
        let model = model.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(code) = code_at(&e) {
                let index = model.index_of(&code);
                let opens = index != selected;
                focus.set(index);
                state.dispatch(Action::Toggle(code));
                // A tap or click (not Enter, whose click has no detail) that opens a
                // county's facts: on a phone they are below the map, legend and projects,
                // so the page brings them into view.
                if opens && e.detail() > 0 {
                    crate::browser::reveal_details(e.target());
                }
            }
        })
    };
    let onkeydown = {
        let state = state.clone();
        let focus = focus.clone();
        let model = model.clone();
        let legend_filter = legend_filter.clone();
        Callback::from(move |e: KeyboardEvent| {
            let current = (*focus).or(selected);
            let step = |dx: i32, dy: i32| {
                current
                    .and_then(|i| model.step(i, dx, dy))
                    .or(current)
                    .or(Some(0))
            };
            let next = match e.key().as_str() {
                "ArrowUp" => step(0, -1),
                "ArrowDown" => step(0, 1),
                "ArrowLeft" => step(-1, 0),
                "ArrowRight" => step(1, 0),
                "Home" => model.reading_order().first().copied(),
                "End" => model.reading_order().last().copied(),
                "Enter" => {
                    if let Some(i) = current {
                        state.dispatch(Action::Toggle(model.shapes[i].code.clone()));
                    }
                    e.prevent_default();
                    return;
                }
                " " => {
                    if let Some(i) = current {
                        let code = model.shapes[i].code.clone();
                        if !state.picked.contains(&code) {
                            state.dispatch(Action::SetMode(CompareMode::Counties));
                        }
                        state.dispatch(Action::Pick(code));
                    }
                    e.prevent_default();
                    return;
                }
                "Escape" => {
                    legend_filter.set(None);
                    state.dispatch(Action::Clear);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            focus.set(next);
        })
    };
    let onfocus = {
        let focus = focus.clone();
        let model = model.clone();
        Callback::from(move |_: FocusEvent| {
            if focus.is_none() {
                focus.set(selected.or_else(|| model.reading_order().first().copied()));
            }
        })
    };
    let onblur = {
        let focus = focus.clone();
        Callback::from(move |_: FocusEvent| focus.set(None))
    };
    let on_layer_key = |pick: &LegendPick| {
        pick.as_ref()
            .filter(|(l, _)| *l == layer_id)
            .map(|(_, k)| k.clone())
    };
    let legend_hovered = on_layer_key(&legend_hover);
    let legend_filtered = on_layer_key(&legend_filter);
    let veil = match (&legend_hovered, &legend_filtered) {
        (Some(k), f) => Some((k.clone(), f.as_ref() == Some(k))),
        (None, Some(k)) => Some((k.clone(), true)),
        (None, None) => None,
    };

    let projects_on = layer == MapLayer::Partner && *show_projects;
    let active_project = (*project_hover).clone().filter(|_| projects_on);
    let shown = (*hover).or(*focus);
    let active = (*focus).map(|i| format!("county-{}", model.shapes[i].code));
    let highlight = |i: usize, class: &'static str| {
        html! { <path class={class} d={model.shapes[i].d.clone()} /> }
    };
    html! {
        <figure class="map" data-layer={layer_id.clone()}>
            <figcaption class="map__caption">
                <h2 class="map__title">{ map_title(d, locale) }</h2>
                <p class="map__note">{ s.map_note }</p>
            </figcaption>
            <LayerPicker bundle={props.bundle.clone()} {locale} current={layer.clone()} on_pick={on_layer}
                         projects={*show_projects} {on_projects} />
            // Always there, so screen readers announce the new sentence on a layer switch.
            <p class="map__takeaway" id="map-takeaway" aria-live="polite">{ view.takeaway.clone().unwrap_or_default() }</p>
            <p class="visually-hidden" id="map-summary">{ view.summary(locale) }</p>
            <p class="visually-hidden" id="map-keys">{ s.map_keys }</p>
            <div class="map__frame" tabindex="0" role="listbox" aria-label={s.map_label}
                 aria-describedby="map-summary map-takeaway map-keys"
                 aria-activedescendant={active} {onkeydown} {onfocus} {onblur}>
                <svg class="map__svg" viewBox={model.view_box()} {onmouseover} {onmouseleave} {onclick}>
                    <MapLayers model={props.model.clone()} bundle={props.bundle.clone()} view={view.clone()} {locale} {selected} />
                    if let Some((key, strong)) = &veil {
                        <FocusVeil model={props.model.clone()} view={view.clone()} entry={key.clone()} strong={*strong} />
                    }
                    <g class="map__overlay" aria-hidden="true">
                        if let Some(i) = selected { { highlight(i, "map__selected") } }
                        if let Some(i) = shown { { highlight(i, "map__hover") } }
                    </g>
                </svg>
                <MapLabels model={props.model.clone()} bundle={props.bundle.clone()} view={view.clone()} {locale}
                           focus={veil.as_ref().map(|(k, _)| k.clone())} />
                if projects_on {
                    { memo(MarkersProps { bundle: props.bundle.clone(), model: props.model.clone(), active: active_project.as_ref().map(|(id, _)| id.clone()), on_hover: on_project_hover.clone(), on_pick: on_project_pick }, project_markers) }
                }
                if let Some((id, true)) = &active_project {
                    { project_tip(&ProjectTipProps { bundle: props.bundle.clone(), model: props.model.clone(), id: id.clone(), locale }) }
                } else if let Some(i) = shown {
                    { tooltip(&TooltipProps { bundle: props.bundle.clone(), model: props.model.clone(), view: view.clone(), index: i, locale }) }
                }
            </div>
            { memo(LegendProps { view: view.clone(), locale, hover: legend_hovered, filter: legend_filtered, on_hover: on_legend_hover, on_filter: on_legend_filter }, legend) }
            if projects_on {
                { memo(ProjectListProps { bundle: props.bundle.clone(), locale, active: active_project.map(|(id, _)| id), on_hover: on_project_hover }, project_list) }
            }
        </figure>
    }
}

fn map_title(d: &Dataset, locale: Locale) -> String {
    fill(
        strings(locale).map_title,
        &[&count(d, "paired_counties", locale)],
    )
}

struct TooltipProps {
    bundle: Shared<Bundle>,
    model: Shared<MapModel>,
    view: Shared<LayerView>,
    index: usize,
    locale: Locale,
}

/// Name and city of one unit and its value on the layer shown (on the partner layer, also
/// its district), anchored at its label point.
fn tooltip(props: &TooltipProps) -> Html {
    let s = strings(props.locale);
    let d = &props.bundle.dataset;
    let shape = &props.model.shapes[props.index];
    let county = &d.counties[shape.county];
    let view = &props.view;
    let (x, y) = props.model.percent(shape.anchor);
    let side = if x > 55.0 {
        "map__tip--left"
    } else {
        "map__tip--right"
    };
    let city = d
        .city(&county.city)
        .map(|c| c.name.get(props.locale))
        .unwrap_or_default();
    let unit = view.units.get(shape.county);
    let line = value_line(d, view, shape.county, props.locale);
    let district = match (&county.pairing, view.layer == MapLayer::Partner) {
        (Some(p), true) => {
            let name = p
                .district
                .value
                .as_deref()
                .and_then(|id| d.district(id))
                .map(|x| x.name.get(props.locale))
                .unwrap_or(s.unknown);
            Some(format!("{}{}{name}", s.district, s.colon))
        }
        _ => None,
    };
    let swatch = unit.map(|u| swatch_class(u.class));
    html! {
        <Positioned class={classes!("map__tip", side)} left={x} top={y} role="presentation">
            <strong class="map__tip-name">{ county.name.get(props.locale) }</strong>
            <span class="map__tip-city">{ city }</span>
            <span class="map__tip-line">
                <span class={classes!("legend__swatch", "map__tip-swatch", swatch)}></span>
                { line }
            </span>
            if let Some(district) = district { <span class="map__tip-line">{ district }</span> }
            <span class="map__tip-hint">{ s.tooltip_hint }</span>
        </Positioned>
    }
}
