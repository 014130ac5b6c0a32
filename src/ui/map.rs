//! The county map's markup: caption, the map with every layer in it, the county panel's
//! island, the layer switcher, one legend per layer and the cooperation projects.
//!
//! Static: a plain function of the data and the language, rendered once (on the server, or
//! once in the browser) and never re-rendered. The reader's choices change attributes on
//! it (`core::map_view::sync`, applied by `browser::map_dom`); the style sheet shows the
//! layer the root's `data-layer` names. The county panel's island holds the core's panel
//! markup (`core::panel`): the hint here, and whatever county the reader picks, written by
//! `browser::map_dom`; no Yew runs for the map.

use yew::prelude::*;

use super::Shared;
use super::islands::{IslandKind, island};
use super::map_legend::legends;
use super::map_projects::{project_list, project_markers};
use super::map_shapes::{map_labels, map_layers, partner_districts};
use crate::core::locale::Locale;
use crate::core::map_layers::{LayerView, MapLayer, layer_strings};
use crate::core::map_model::MapModel;
use crate::core::map_partners::annotation;
use crate::core::map_view::views;
use crate::core::model::Dataset;
use crate::core::panel::panel_html;
use crate::core::strings::{fill, strings};

/// The element id of the map's root (the figure); unique within a page or shadow root.
pub const MAP_ID: &str = "jj-map";

pub struct MapProps {
    pub data: Shared<Dataset>,
    pub model: Shared<MapModel>,
    pub locale: Locale,
}

pub fn county_map(props: &MapProps) -> Html {
    let locale = props.locale;
    let s = strings(locale);
    let t = layer_strings(locale);
    let d = &props.data;
    let views = views(d, locale);
    let default = MapLayer::default();
    html! {
        <figure class="map" id={MAP_ID} data-layer={default.id()} data-projects="on" aria-labelledby="map-title">
            <figcaption class="map__caption">
                <h3 class="map__title" id="map-title">{ map_title(d, locale) }</h3>
                // Touch screens are told to tap (the style sheet shows one of the two).
                <p class="map__note">
                    <span class="for-pointer">{ s.map_note }</span>
                    <span class="for-touch">{ s.map_note_touch }</span>
                </p>
            </figcaption>
            // Announces the new layer's takeaway on a switch (the visible ones are shown and
            // hidden by the style sheet, which screen readers do not announce).
            <p class="visually-hidden" id="map-live" aria-live="polite"></p>
            { for views.iter().map(|v| html! {
                <p class="visually-hidden" id={format!("map-summary-{}", v.layer.id())}>{ v.summary(locale) }</p>
            }) }
            <p class="visually-hidden" id="map-keys">{ s.map_keys }</p>
            if let Some(note) = annotation(d, locale) {
                <p class="map__annotation">{ note }</p>
            }
            <div class="map__stage">
                { partner_districts(d, &props.model, locale) }
                <div class="map__frame" tabindex="0" role="listbox" aria-label={s.map_label}
                     aria-describedby={format!("map-summary-{} map-keys", default.id())}>
                    { map_layers(d, &props.model, &views, locale) }
                    { map_labels(d, &props.model, &views, locale) }
                    if !d.projects.is_empty() { { project_markers(d, &props.model) } }
                    <div class="map__tip" id="jj-map-tip" role="presentation" hidden=true></div>
                </div>
            </div>
            // In the order a phone shows them (map, panel, controls): the browser paints the
            // page while it is still arriving, and a part that the style sheet moved above
            // one parsed after it would jump when that one arrived. Wide screens move the
            // panel below the controls, its neighbours in the markup.
            { island(IslandKind::Panel, panel_hint(d, locale)) }
            <div class="layers">
                <div class="layers__group" role="toolbar" aria-label={t.switcher}>
                    { for MapLayer::ALL.iter().map(|l| {
                        let pressed = *l == default;
                        html! {
                            <button type="button" class="layers__button" data-layer={l.id()}
                                    tabindex={if pressed { "0" } else { "-1" }}
                                    aria-pressed={if pressed { "true" } else { "false" }}>
                                { t.buttons[l.index()] }
                            </button>
                        }
                    }) }
                </div>
                <label class="layers__all">
                    <span class="layers__sr">{ t.switcher }</span>
                    <select class="layers__select" data-layer-select="">
                        { for MapLayer::ALL.iter().map(|l| html! {
                            <option value={l.id()} selected={*l == default}>{ t.titles[l.index()] }</option>
                        }) }
                    </select>
                </label>
                if !d.projects.is_empty() {
                    <label class="layers__toggle" data-for="partner">
                        <input type="checkbox" class="layers__checkbox" data-projects-toggle="" checked=true />
                        <span class="layers__marker-key" aria-hidden="true"></span>
                        { t.show_projects }
                    </label>
                }
            </div>
            // Stacked in one place, like the legends: a switch changes what is visible.
            <div class="map__takeaways">
                { for views.iter().map(|v| html! {
                    <p class="map__takeaway" data-for={v.layer.id()}>{ v.takeaway.clone().unwrap_or_default() }</p>
                }) }
            </div>
            { legends(&views, &props.model.partners, locale) }
            { map_table(d, &views, locale) }
            if !d.projects.is_empty() { { project_list(d, locale) } }
        </figure>
    }
}

pub fn map_title(d: &Dataset, locale: Locale) -> String {
    let n = d
        .figure("paired_counties")
        .map(|f| crate::core::page_text::bare(f, locale))
        .unwrap_or_default();
    fill(strings(locale).map_title, &[&n])
}

/// The map as a table (issue 17: what Highcharts calls "view as data table"): each paired
/// county's value on every layer, with its confidence, as the tooltips say it. A native
/// disclosure, so it opens without the app too.
fn map_table(d: &Dataset, views: &[LayerView], locale: Locale) -> Html {
    let s = strings(locale);
    let n = d
        .figure("paired_counties")
        .map(|f| crate::core::page_text::bare(f, locale))
        .unwrap_or_default();
    let title = fill(s.map_table, &[&n]);
    html! {
        <details class="map__table">
            <summary class="map__table-toggle">{ title.clone() }</summary>
            <div class="chart__table-wrap">
                <table class="chart__table">
                    <caption>{ title }</caption>
                    <thead><tr>
                        <th scope="col">{ s.county }</th>
                        { for views.iter().map(|v| html! { <th scope="col">{ &v.title }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for d.counties.iter().enumerate().filter(|(_, c)| c.pairing.is_some()).map(|(i, c)| html! {
                            <tr>
                                <th scope="row">{ c.name.get(locale) }</th>
                                { for views.iter().map(|v| html! {
                                    <td>{ v.units.get(i).and_then(|u| u.value_text.clone()).unwrap_or_default() }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// The panel's first words (the hint to pick a county), written by the server into the page.
/// Rendered in the browser (the script embed, `trunk serve`), the island stays empty for
/// Yew: `browser::map_dom` owns what is inside it, so a re-render (a language switch in
/// place) never reaches for markup the glue has replaced.
fn panel_hint(d: &Dataset, locale: Locale) -> Html {
    // The server renders natively; the browser runs the wasm.
    if cfg!(target_arch = "wasm32") {
        html! {}
    } else {
        Html::from_html_unchecked(panel_html(d, None, false, locale).into())
    }
}
