//! The map's legend: one button per entry of the layer, with its count. Hovering or
//! focusing an entry picks out its counties (the others fade); clicking filters (the others
//! fade strongly) until it is clicked again or Escape is pressed. The state is the map's
//! own, not the URL's.

use yew::prelude::*;

use super::Shared;
use crate::core::format::{Style, number};
use crate::core::locale::Locale;
use crate::core::map_layers::{LayerView, MapLayer, layer_strings, swatch_class};
use crate::core::strings::strings;

#[derive(PartialEq)]
pub struct LegendProps {
    pub view: Shared<LayerView>,
    pub locale: Locale,
    /// The entry hovered or focused.
    pub hover: Option<String>,
    /// The entry clicked.
    pub filter: Option<String>,
    pub on_hover: Callback<Option<String>>,
    pub on_filter: Callback<Option<String>>,
}

pub fn legend(props: &LegendProps) -> Html {
    let s = strings(props.locale);
    let t = layer_strings(props.locale);
    let view = &props.view;
    let onkeydown = {
        let on_filter = props.on_filter.clone();
        let on_hover = props.on_hover.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_filter.emit(None);
                on_hover.emit(None);
            }
        })
    };
    let leave = {
        let on_hover = props.on_hover.clone();
        Callback::from(move |_: MouseEvent| on_hover.emit(None))
    };
    html! {
        <div class="legend" data-layer={view.layer.id()}>
            <p class="legend__title">{ &view.title }</p>
            <ul class="legend__list" aria-label={view.title.clone()} {onkeydown} onmouseleave={leave}>
                { for view.legend.iter().map(|e| {
                    let pressed = props.filter.as_deref() == Some(e.key.as_str());
                    let hovered = props.hover.as_deref() == Some(e.key.as_str());
                    let key = e.key.clone();
                    let enter = {
                        let on_hover = props.on_hover.clone();
                        let key = key.clone();
                        Callback::from(move |_: MouseEvent| on_hover.emit(Some(key.clone())))
                    };
                    let focus = {
                        let on_hover = props.on_hover.clone();
                        let key = key.clone();
                        Callback::from(move |_: FocusEvent| on_hover.emit(Some(key.clone())))
                    };
                    let blur = {
                        let on_hover = props.on_hover.clone();
                        Callback::from(move |_: FocusEvent| on_hover.emit(None))
                    };
                    let click = {
                        let on_filter = props.on_filter.clone();
                        Callback::from(move |_: MouseEvent| {
                            on_filter.emit(if pressed { None } else { Some(key.clone()) })
                        })
                    };
                    html! {
                        <li class="legend__item">
                            <button type="button"
                                    class={classes!("legend__entry", hovered.then_some("legend__entry--hover"))}
                                    data-key={e.key.clone()}
                                    aria-pressed={if pressed { "true" } else { "false" }}
                                    onmouseenter={enter} onfocus={focus} onblur={blur} onclick={click}>
                                <span class={classes!("legend__swatch", swatch_class(e.class))} aria-hidden="true"></span>
                                <span class="legend__label">{ &e.label }</span>
                                <span class="legend__count">{ number(e.count as f64, props.locale, Style::Exact) }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <ul class="legend__keys">
                if view.layer == MapLayer::Partner {
                    <li class="legend__key"><span class="legend__swatch legend__swatch--inferred"></span>{ s.legend_inferred }</li>
                }
                <li class="legend__key"><span class="legend__line"></span>{ s.city_border }</li>
            </ul>
            if let Some(note) = &view.note { <p class="legend__note">{ note }</p> }
            <p class="legend__hint">
                { t.legend_hint }
                if props.filter.is_some() {
                    { " " }
                    <button type="button" class="legend__clear" onclick={
                        let on_filter = props.on_filter.clone();
                        Callback::from(move |_: MouseEvent| on_filter.emit(None))
                    }>{ t.legend_clear }</button>
                }
            </p>
        </div>
    }
}
