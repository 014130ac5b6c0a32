//! The layer switcher above the map: the five fixed layers as a segmented control of
//! buttons (`aria-pressed`, one tab stop with arrow keys, as a toolbar) and the county
//! figures in a menu; on narrow screens one menu of
//! every layer instead. Next to it, on the partner layer, the cooperation-projects toggle.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Shared;
use crate::core::bundle::Bundle;
use crate::core::locale::Locale;
use crate::core::map_layers::{
    MapLayer, figure_count, fixed_index, layer_strings, layer_title, layers,
};
use crate::core::strings::fill;

#[derive(Properties, PartialEq)]
pub struct LayerPickerProps {
    pub bundle: Shared<Bundle>,
    pub locale: Locale,
    pub current: MapLayer,
    pub on_pick: Callback<MapLayer>,
    /// Whether the project markers are on (local to the map).
    pub projects: bool,
    pub on_projects: Callback<bool>,
}

#[component]
pub fn LayerPicker(props: &LayerPickerProps) -> Html {
    let t = layer_strings(props.locale);
    let d = &props.bundle.dataset;
    // The layers and the figure menu's labels depend on the data and language only; built
    // once, not on every switch.
    let menu = use_memo((props.bundle.clone(), props.locale), |(bundle, locale)| {
        let d = &bundle.dataset;
        let all = layers(d);
        let t = layer_strings(*locale);
        let figure_options: Vec<(String, String)> = all
            .iter()
            .filter_map(|l| match l {
                MapLayer::Figure(id) => {
                    let n = figure_count(d, id);
                    let template = if n == 1 {
                        t.figure_option_one
                    } else {
                        t.figure_option
                    };
                    Some((
                        l.id(),
                        fill(template, &[&layer_title(d, l, *locale), &n.to_string()]),
                    ))
                }
                _ => None,
            })
            .collect();
        (all, figure_options)
    });
    let (all, figure_options) = &*menu;
    let current = &props.current;
    let is_figure = fixed_index(current).is_none();
    let pick_from_select = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            if let Some(layer) = select_value(&e).and_then(|v| MapLayer::from_id(&v)) {
                on_pick.emit(layer);
            }
        })
    };
    let roving = use_state_eq(|| None::<usize>);
    let figures_ref = use_node_ref();
    let all_ref = use_node_ref();
    // Keeps the menus showing the current layer when it changes elsewhere (a button, the
    // URL), without re-creating them (which would drop the keyboard focus).
    {
        let figures_ref = figures_ref.clone();
        let all_ref = all_ref.clone();
        use_effect_with((current.id(), is_figure), move |(id, is_figure)| {
            set_value(&all_ref, id);
            set_value(&figures_ref, if *is_figure { id } else { "" });
        });
    }
    let toggle = {
        let on_projects = props.on_projects.clone();
        let on = props.projects;
        Callback::from(move |_: Event| on_projects.emit(!on))
    };
    // The buttons are a toolbar: one tab stop (the pressed button, or the one the arrows
    // last reached), arrow keys, Home and End move along it, Enter or Space picks.
    let tab_stop = (*roving).or(fixed_index(current)).unwrap_or(0);
    let on_toolbar_key = Callback::from(|e: KeyboardEvent| {
        let Some(from) = e.target_dyn_into::<web_sys::Element>() else {
            return;
        };
        let parent = from.parent_element();
        let to = match e.key().as_str() {
            "ArrowRight" | "ArrowDown" => from
                .next_element_sibling()
                .or_else(|| parent.and_then(|p| p.first_element_child())),
            "ArrowLeft" | "ArrowUp" => from
                .previous_element_sibling()
                .or_else(|| parent.and_then(|p| p.last_element_child())),
            "Home" => parent.and_then(|p| p.first_element_child()),
            "End" => parent.and_then(|p| p.last_element_child()),
            _ => return,
        };
        e.prevent_default();
        if let Some(to) = to.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = to.focus();
        }
    });
    html! {
        <div class="layers">
            <div class="layers__group" role="toolbar" aria-label={t.switcher} onkeydown={on_toolbar_key}>
                { for all.iter().filter_map(|l| fixed_index(l).map(|i| (l, i))).map(|(l, i)| {
                    let pressed = l == current;
                    let onclick = {
                        let on_pick = props.on_pick.clone();
                        let l = l.clone();
                        Callback::from(move |_: MouseEvent| on_pick.emit(l.clone()))
                    };
                    let onfocus = {
                        let roving = roving.clone();
                        Callback::from(move |_: FocusEvent| roving.set(Some(i)))
                    };
                    html! {
                        <button type="button" class="layers__button" data-layer={l.id()}
                                tabindex={if i == tab_stop { "0" } else { "-1" }}
                                aria-pressed={if pressed { "true" } else { "false" }} {onclick} {onfocus}>
                            { t.buttons[i] }
                        </button>
                    }
                }) }
            </div>
            if !figure_options.is_empty() {
                <label class={classes!("layers__figures", is_figure.then_some("layers__figures--on"))}>
                    <span class="layers__figures-label">{ t.figures }</span>
                    <select class="layers__select" ref={figures_ref} onchange={pick_from_select.clone()}>
                        <option value="" selected={!is_figure} disabled=true>{ t.figures_pick }</option>
                        { for figure_options.iter().map(|(id, label)| html! {
                            <option value={id.clone()} selected={current.id() == *id}>{ label }</option>
                        }) }
                    </select>
                </label>
            }
            <label class="layers__all">
                <span class="layers__sr">{ t.switcher }</span>
                <select class="layers__select" ref={all_ref} onchange={pick_from_select}>
                    { for all.iter().filter_map(|l| fixed_index(l).map(|i| (l, i))).map(|(l, i)| html! {
                        <option value={l.id()} selected={l == current}>{ t.titles[i] }</option>
                    }) }
                    if !figure_options.is_empty() {
                        <optgroup label={t.figures}>
                            { for figure_options.iter().map(|(id, label)| html! {
                                <option value={id.clone()} selected={current.id() == *id}>{ label }</option>
                            }) }
                        </optgroup>
                    }
                </select>
            </label>
            if *current == MapLayer::Partner && !d.projects.is_empty() {
                <label class="layers__toggle">
                    <input type="checkbox" class="layers__checkbox" checked={props.projects} onchange={toggle} />
                    <span class="layers__marker-key" aria-hidden="true"></span>
                    { t.show_projects }
                </label>
            }
        </div>
    }
}

/// The `value` of the `<select>` an event came from.
fn select_value(e: &Event) -> Option<String> {
    e.target_dyn_into::<web_sys::HtmlSelectElement>()
        .map(|select| select.value())
}

/// Sets the value of the `<select>` behind `node`, if it is there.
fn set_value(node: &NodeRef, value: &str) {
    if let Some(select) = node.cast::<web_sys::HtmlSelectElement>() {
        select.set_value(value);
    }
}
