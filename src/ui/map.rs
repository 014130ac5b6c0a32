//! The county map: 51 units filled by partner city, city borders, labels, a tooltip that
//! follows the mouse, a tap or keyboard focus, and selection by click, Enter or Space.
//!
//! The static layers are their own component with pointer-compared props, so hovering a
//! county re-renders only the highlight and the tooltip, never the 51 paths.

use yew::prelude::*;

use super::Shared;
use super::graphic::count;
use super::state::StateHandle;
use crate::core::bundle::Bundle;
use crate::core::locale::Locale;
use crate::core::map_model::{Fill, MapModel, short_name};
use crate::core::model::Dataset;
use crate::core::state::Action;
use crate::core::strings::{fill, strings};

#[derive(Properties, PartialEq)]
pub struct CountyMapProps {
    pub bundle: Shared<Bundle>,
    pub model: Shared<MapModel>,
}

#[component]
pub fn CountyMap(props: &CountyMapProps) -> Html {
    let state = use_context::<StateHandle>();
    let hover = use_state_eq(|| None::<usize>);
    let focus = use_state_eq(|| None::<usize>);
    let Some(state) = state else {
        return html! {};
    };
    let locale = state.locale;
    let s = strings(locale);
    let model = &props.model;
    let d = &props.bundle.dataset;
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
                focus.set(model.index_of(&code));
                state.dispatch(Action::Toggle(code));
            }
        })
    };
    let onkeydown = {
        let state = state.clone();
        let focus = focus.clone();
        let model = model.clone();
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
                "Enter" | " " => {
                    if let Some(i) = current {
                        state.dispatch(Action::Toggle(model.shapes[i].code.clone()));
                    }
                    e.prevent_default();
                    return;
                }
                "Escape" => {
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

    let shown = (*hover).or(*focus);
    let active = (*focus).map(|i| format!("county-{}", model.shapes[i].code));
    let highlight = |i: usize, class: &'static str| {
        html! { <path class={class} d={model.shapes[i].d.clone()} /> }
    };
    html! {
        <figure class="map">
            <figcaption class="map__caption">
                <h2 class="map__title">{ map_title(d, locale) }</h2>
                <p class="map__note">{ s.map_note }</p>
            </figcaption>
            <div class="map__frame" tabindex="0" role="listbox" aria-label={s.map_label}
                 aria-activedescendant={active} {onkeydown} {onfocus} {onblur}>
                <svg class="map__svg" viewBox={model.view_box()} {onmouseover} {onmouseleave} {onclick}>
                    <MapLayers model={props.model.clone()} bundle={props.bundle.clone()} {locale} {selected} />
                    <g class="map__overlay" aria-hidden="true">
                        if let Some(i) = selected { { highlight(i, "map__selected") } }
                        if let Some(i) = shown { { highlight(i, "map__hover") } }
                    </g>
                </svg>
                <MapLabels model={props.model.clone()} bundle={props.bundle.clone()} {locale} />
                if let Some(i) = shown { <Tooltip bundle={props.bundle.clone()} model={props.model.clone()} index={i} {locale} /> }
            </div>
            <Legend {locale} />
        </figure>
    }
}

fn map_title(d: &Dataset, locale: Locale) -> String {
    fill(
        strings(locale).map_title,
        &[&count(d, "paired_counties", locale)],
    )
}

#[derive(Properties, PartialEq)]
struct LayersProps {
    model: Shared<MapModel>,
    bundle: Shared<Bundle>,
    locale: Locale,
    selected: Option<usize>,
}

/// Fills, hatching, borders and labels: everything that does not change on hover.
#[component]
fn MapLayers(props: &LayersProps) -> Html {
    let m = &props.model;
    let d = &props.bundle.dataset;
    let locale = props.locale;
    html! {
        <>
            <defs>
                <pattern id="jj-hatch" width="28" height="28" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <line class="map__hatch-line" x1="0" y1="0" x2="0" y2="28" />
                </pattern>
            </defs>
            <g class="map__units">
                { for m.shapes.iter().enumerate().map(|(i, shape)| {
                    let county = &d.counties[shape.county];
                    let is_selected = props.selected == Some(i);
                    let class = match shape.fill {
                        Fill::Beijing => "map__unit map__unit--beijing",
                        Fill::Tianjin => "map__unit map__unit--tianjin",
                        Fill::Unpaired => "map__unit map__unit--unpaired",
                    };
                    html! {
                        <path id={format!("county-{}", shape.code)} class={class} d={shape.d.clone()}
                              data-code={shape.code.clone()} role="option"
                              aria-label={county.name.get(locale).to_owned()}
                              aria-selected={if is_selected { "true" } else { "false" }}
                              data-selected={is_selected.then_some("true")} />
                    }
                }) }
            </g>
            <g class="map__inferred" aria-hidden="true">
                { for m.shapes.iter().filter(|s| s.inferred).map(|shape| html! {
                    <path d={shape.d.clone()} data-code={shape.code.clone()} fill="url(#jj-hatch)" />
                }) }
            </g>
            <path class="map__county-borders" d={m.county_borders.clone()} aria-hidden="true" />
            <path class="map__city-borders" d={m.city_borders.clone()} aria-hidden="true" />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LabelsProps {
    model: Shared<MapModel>,
    bundle: Shared<Bundle>,
    locale: Locale,
}

/// City names and the paired counties' short names, as HTML over the map.
#[component]
fn MapLabels(props: &LabelsProps) -> Html {
    let m = &props.model;
    let d = &props.bundle.dataset;
    let locale = props.locale;
    let at = |p: (i32, i32)| {
        let (x, y) = m.percent(p);
        format!("left:{x}%;top:{y}%")
    };
    html! {
        <div class="map__labels" aria-hidden="true">
            { for m.shapes.iter().filter(|s| s.fill != Fill::Unpaired).map(|shape| html! {
                <span class="map__label map__label--county" style={at(shape.anchor)}>
                    { short_name(&d.counties[shape.county], locale) }
                </span>
            }) }
            { for m.city_labels.iter().map(|l| html! {
                <span class="map__label map__label--city" style={at(l.at)}>
                    { d.city(&l.city).map(|c| c.name.get(locale).to_owned()).unwrap_or_default() }
                </span>
            }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TooltipProps {
    bundle: Shared<Bundle>,
    model: Shared<MapModel>,
    index: usize,
    locale: Locale,
}

/// Name, city, partner and district of one unit, anchored at its label point.
#[component]
fn Tooltip(props: &TooltipProps) -> Html {
    let s = strings(props.locale);
    let d = &props.bundle.dataset;
    let shape = &props.model.shapes[props.index];
    let county = &d.counties[shape.county];
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
    let n = count(d, "paired_counties", props.locale);
    let line = match &county.pairing {
        Some(p) => {
            let partner = p
                .partner
                .value
                .map(|x| s.partner_name(x))
                .unwrap_or(s.unknown);
            let district = p
                .district
                .value
                .as_deref()
                .and_then(|id| d.district(id))
                .map(|x| x.name.get(props.locale))
                .unwrap_or(s.unknown);
            format!(
                "{}{}{partner} · {}{}{district}",
                s.partner, s.colon, s.district, s.colon
            )
        }
        None => fill(s.not_paired, &[&n]),
    };
    html! {
        <div class={classes!("map__tip", side)} style={format!("left:{x}%;top:{y}%")} role="presentation">
            <strong class="map__tip-name">{ county.name.get(props.locale) }</strong>
            <span class="map__tip-city">{ city }</span>
            <span class="map__tip-line">{ line }</span>
            <span class="map__tip-hint">{ s.tooltip_hint }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    locale: Locale,
}

#[component]
fn Legend(props: &LegendProps) -> Html {
    let s = strings(props.locale);
    html! {
        <ul class="legend">
            <li class="legend__item"><span class="legend__swatch legend__swatch--beijing"></span>{ s.legend_beijing }</li>
            <li class="legend__item"><span class="legend__swatch legend__swatch--tianjin"></span>{ s.legend_tianjin }</li>
            <li class="legend__item"><span class="legend__swatch legend__swatch--inferred"></span>{ s.legend_inferred }</li>
            <li class="legend__item"><span class="legend__swatch legend__swatch--unpaired"></span>{ s.legend_unpaired }</li>
            <li class="legend__item"><span class="legend__line"></span>{ s.city_border }</li>
        </ul>
    }
}
