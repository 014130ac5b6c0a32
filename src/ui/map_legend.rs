//! The map's legends, one per layer (the style sheet shows the current layer's): one button
//! per entry, with its count. Hovering or focusing an entry picks out its counties (the
//! others fade); clicking filters until it is clicked again or Escape is pressed. Static
//! markup: `browser::map_dom` answers the buttons.

use yew::prelude::*;

use crate::core::format::{Style, number};
use crate::core::locale::Locale;
use crate::core::map_layers::{LayerView, MapLayer, layer_strings, swatch_class};
use crate::core::map_partners::PartnerMap;
use crate::core::strings::strings;

/// Every layer's legend, stacked in one place (the style sheet shows the map's layer): a
/// switch changes what is visible, not the layout.
pub fn legends(views: &[LayerView], partners: &PartnerMap, locale: Locale) -> Html {
    html! {
        <div class="map__legends">
            { for views.iter().map(|v| legend(v, partners, locale)) }
        </div>
    }
}

fn legend(view: &LayerView, partners: &PartnerMap, locale: Locale) -> Html {
    let s = strings(locale);
    let t = layer_strings(locale);
    let id = view.layer.id();
    html! {
        <div class="legend" data-for={id}>
            <p class="legend__title" id={format!("legend-{id}")}>{ &view.title }</p>
            <ul class="legend__list" aria-labelledby={format!("legend-{id}")}>
                { for view.legend.iter().map(|e| html! {
                    <li class="legend__item">
                        <button type="button" class="legend__entry" data-key={e.key.clone()} aria-pressed="false">
                            <span class={classes!("legend__swatch", swatch_class(e.class))} aria-hidden="true"></span>
                            <span class="legend__label">{ &e.label }</span>
                            <span class="legend__count">{ number(e.count as f64, locale, Style::Exact) }</span>
                        </button>
                    </li>
                }) }
            </ul>
            <ul class="legend__keys">
                if view.layer == MapLayer::Partner {
                    <li class="legend__key"><span class="legend__swatch legend__swatch--inferred"></span>{ s.legend_inferred }</li>
                    if !partners.links.is_empty() {
                        <li class="legend__key"><span class="legend__link legend__link--solid"></span>{ s.link_solid }</li>
                        <li class="legend__key"><span class="legend__link legend__link--dashed"></span>{ s.link_dashed }</li>
                        { for partners.unknown_lines(locale).into_iter().map(|line| html! {
                            <li class="legend__key legend__key--unknown">{ line }</li>
                        }) }
                    }
                }
                <li class="legend__key"><span class="legend__line"></span>{ s.city_border }</li>
            </ul>
            if let Some(note) = &view.note { <p class="legend__note">{ note }</p> }
            <p class="legend__hint">
                <span class="for-pointer">{ t.legend_hint }</span>
                <span class="for-touch">{ t.legend_hint_touch }</span>
                { " " }
                <button type="button" class="legend__clear" hidden=true>{ t.legend_clear }</button>
            </p>
        </div>
    }
}
