//! The map's drawing: the units with their fill on every layer, hatching and dots, borders,
//! the two highlights, and the labels. Static markup (see `ui::map`).

use yew::prelude::*;

use crate::core::locale::Locale;
use crate::core::map_layers::{LayerView, MapLayer};
use crate::core::map_model::{Fill, MapModel, Shape, short_name};
use crate::core::map_partners::partner_name;
use crate::core::map_targets::{
    NARROW_WIDTH, NarrowName, Textures, WIDE_WIDTH, hit_targets, narrow_names, textures,
};
use crate::core::map_view::{light_on, unit_class, unit_label};
use crate::core::model::Dataset;
use crate::core::model::Partner;

/// The units' keyboard moves, `up right down left` as codes (`-` at the edge), so the page
/// walks the map without the geometry.
fn nav(m: &MapModel, i: usize) -> String {
    [(0, -1), (1, 0), (0, 1), (-1, 0)]
        .iter()
        .map(|&(dx, dy)| {
            m.step(i, dx, dy)
                .map_or("-", |j| m.shapes[j].code.as_str())
                .to_owned()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where a unit's tooltip anchors, in per cent of the frame: `x y`.
fn at(m: &MapModel, i: usize) -> String {
    let (x, y) = m.percent(m.shapes[i].anchor);
    format!("{x} {y}")
}

/// The map in three SVGs of one viewBox, stacked: the units with their fills and textures
/// (what a layer switch repaints), the borders and links (static: the style sheet gives
/// them a compositing layer of their own, so a new fill does not rasterise them again; they
/// were two thirds of a layer switch's raster time), and the two highlights.
pub fn map_layers(d: &Dataset, m: &MapModel, views: &[LayerView], locale: Locale) -> Html {
    let partner = &views[MapLayer::Partner.index()];
    let view_box = m.view_box();
    // Textures over the units they mark: one path holding those units' outlines. (Not a
    // rect clipped by a `<use>` of each unit: such a clip cost the first frame's pre-paint
    // about 90 ms at 4x CPU, and again whenever the partner layer is shown.) Path data is
    // absolute (`M…Z`), so the outlines join as they are; they never overlap, so the
    // default fill rule fills their union.
    let texture = |class: &'static str, fill: &'static str, on: &dyn Fn(&&Shape) -> bool| {
        let marked: Vec<&Shape> = m.shapes.iter().filter(on).collect();
        let d: String = marked.iter().map(|s| &*s.d).collect();
        let codes = marked
            .iter()
            .map(|s| s.code.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        html! {
            <path {class} {d} {fill} data-codes={codes} aria-hidden="true" />
        }
    };
    html! {
        <>
            <svg class="map__svg" viewBox={view_box.clone()} role="none">
                <defs>
                    { patterns(&textures(m, NARROW_WIDTH), "") }
                    { patterns(&textures(m, WIDE_WIDTH), "-wide") }
                </defs>
                // In reading order (top to bottom, then left to right), so the first and the last
                // option are where Home and End lead and the listbox reads in that order.
                <g class="map__units" role="none">
                    { for m.reading_order().into_iter().map(|i| (i, &m.shapes[i])).map(|(i, shape)| html! {
                        <path id={format!("county-{}", shape.code)} class={unit_class(views, shape.county)}
                              d={shape.d.to_string()} data-code={shape.code.clone()} role="option"
                              aria-label={unit_label(d, partner, shape.county, locale)}
                              aria-selected="false" data-nav={nav(m, i)} data-at={at(m, i)} />
                    }) }
                </g>
                { texture("map__inferred", "url(#jj-hatch)", &|s| s.inferred) }
                { texture("map__tianjin-dots", "url(#jj-dots)", &|s| s.fill == Fill::Tianjin) }
            </svg>
            <svg class="map__lines" viewBox={view_box.clone()} aria-hidden="true">
                <path class="map__county-borders" d={m.county_borders.clone()} />
                <use class="map__city-casing" href="#jj-city-borders" />
                <path class="map__city-borders" id="jj-city-borders" d={m.city_borders.clone()} />
                // Who helped whom: above the fills and borders, under the labels; static.
                if !m.partners.links.is_empty() {
                    <g class="map__links">
                        // A paper-coloured halo under every link keeps it visible on any fill.
                        { for m.partners.links.iter().map(|l| html! {
                            <path class="map__link-halo" d={l.d.clone()} />
                        }) }
                        { for m.partners.links.iter().map(|l| html! {
                            <path class={format!("map__link map__link--{} map__link--{}", partner_id(l.partner), l.style.id())}
                                  d={l.d.clone()} data-link={l.key()} />
                        }) }
                    </g>
                }
            </svg>
            <svg class="map__marks" viewBox={view_box} aria-hidden="true">
                <g class="map__overlay">
                    <path class="map__selected" id="jj-map-selected" d="" />
                    <path class="map__hover" id="jj-map-hover" d="" />
                </g>
            </svg>
        </>
    }
}

/// The hatch, no-data and dot patterns at one size; `suffix` tells the sets apart (the
/// style sheet picks the wide set on wide maps).
fn patterns(tx: &Textures, suffix: &str) -> Html {
    let stripe = tx.stripe_pitch.to_string();
    // The line sits on the tile's edge, so half its stroke shows: twice the stripe's width.
    let stroke = (2 * tx.stripe_width).to_string();
    let dot = tx.dot_pitch.to_string();
    let centre = (tx.dot_pitch / 2).to_string();
    html! {
        <>
            <pattern id={format!("jj-hatch{suffix}")} width={stripe.clone()} height={stripe.clone()}
                     patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line class="map__hatch-line" x1="0" y1="0" x2="0" y2={stripe.clone()} stroke-width={stroke.clone()} />
            </pattern>
            <pattern id={format!("jj-nodata{suffix}")} width={stripe.clone()} height={stripe.clone()}
                     patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect class="map__nodata-ground" width={stripe.clone()} height={stripe.clone()} />
                <line class="map__nodata-line" x1="0" y1="0" x2="0" y2={stripe} stroke-width={stroke} />
            </pattern>
            <pattern id={format!("jj-dots{suffix}")} width={dot.clone()} height={dot} patternUnits="userSpaceOnUse">
                <circle class="map__dot" cx={centre.clone()} cy={centre} r={tx.dot_radius.to_string()} />
            </pattern>
        </>
    }
}

fn partner_id(p: Partner) -> &'static str {
    match p {
        Partner::Beijing => "beijing",
        Partner::Tianjin => "tianjin",
    }
}

/// Beijing's and Tianjin's districts, drawn under the map's units (the counties' fills
/// cover where the separately digitised borders overlap): light tints of the partner
/// colours, the city's outline as a casing under them. Outside the listbox, so each
/// district can carry its own accessible name; not focusable.
pub fn partner_districts(d: &Dataset, m: &MapModel, locale: Locale) -> Html {
    let p = &m.partners;
    if p.districts.is_empty() {
        return Html::default();
    }
    let casing = |partner: Partner| {
        html! {
            <g class={format!("map__city-casing--{}", partner_id(partner))} aria-hidden="true">
                { for p.districts.iter().filter(|s| s.partner == partner).map(|s| html! {
                    <path d={s.d.to_string()} />
                }) }
            </g>
        }
    };
    html! {
        <svg class="map__districts" viewBox={m.view_box()} role="group"
             aria-label={crate::core::strings::strings(locale).partner_districts}>
            { casing(Partner::Beijing) }
            { casing(Partner::Tianjin) }
            { for p.districts.iter().enumerate().map(|(i, s)| html! {
                <path class={format!("map__district map__district--{}", partner_id(s.partner))}
                      d={s.d.to_string()} data-code={s.code.clone()} role="img"
                      aria-label={p.district_label(d, i, locale)} />
            }) }
        </svg>
    }
}

/// City names and the paired counties' short names, as HTML over the map; each county label
/// says on which layers its fill is light (`data-light`), where it is drawn in dark ink.
pub fn map_labels(d: &Dataset, m: &MapModel, views: &[LayerView], locale: Locale) -> Html {
    let place = |at: (i32, i32)| {
        let (x, y) = m.percent(at);
        (format!("{x}%"), format!("{y}%"))
    };
    let narrow = narrow_names(d, m, locale);
    html! {
        <svg class="map__labels" aria-hidden="true" width="100%" height="100%">
            // Where a paired county is too small to tap on a phone, a 24 px circle over it
            // taps it (live on narrow maps only, see the style sheet).
            <g class="map__hits">
                { for hit_targets(m).into_iter().map(|t| {
                    let (cx, cy) = place(t.at);
                    html! { <circle class="map__hit" data-code={m.shapes[t.shape].code.clone()} {cx} {cy} r="12" /> }
                }) }
            </g>
            { for m.shapes.iter().enumerate().filter(|(_, s)| s.fill != Fill::Unpaired).map(|(i, s)| {
                let (x, y) = place(s.anchor);
                html! {
                    <text class="map__label map__label--county" data-code={s.code.clone()}
                          data-light={light_on(views, s.county)} data-narrow={(narrow[i] == NarrowName::OnUnit).then_some("")} {x} {y}>
                        { short_name(&d.counties[s.county], locale) }
                    </text>
                }
            }) }
            // Names too big for their county on a phone: beside it, with a leader line
            // (drawn on narrow maps only, see the style sheet).
            { for m.shapes.iter().enumerate().filter_map(|(i, s)| match narrow[i] {
                NarrowName::Callout(at) => Some((s, at)),
                _ => None,
            }).map(|(s, at)| {
                let (x1, y1) = place(s.anchor);
                let (x2, y2) = place(at);
                let (x, y) = (x2.clone(), y2.clone());
                html! {
                    <g class="map__callout" data-code={s.code.clone()}>
                        <line class="map__callout-line" {x1} {y1} {x2} {y2} />
                        <text class="map__label map__label--county map__label--callout" {x} {y}>
                            { short_name(&d.counties[s.county], locale) }
                        </text>
                    </g>
                }
            }) }
            { for m.city_labels.iter().map(|l| {
                let (x, y) = place(l.at);
                let name = d.city(&l.city).map(|c| c.name.get(locale).to_owned()).unwrap_or_default();
                html! { <text class="map__label map__label--city" {x} {y}>{ name }</text> }
            }) }
            { for m.partners.cities.iter().map(|c| {
                let (x, y) = place(c.at);
                html! {
                    <text class={format!("map__label map__label--partner map__label--{}", partner_id(c.partner))} {x} {y}>
                        { partner_name(c.partner, locale) }
                    </text>
                }
            }) }
        </svg>
    }
}
