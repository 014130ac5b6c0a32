//! The article's named cooperation projects on the map: a marker at the county's label
//! point (partner colour with a white ring; neutral where the article names no partner),
//! a tooltip on hover, and the list below the map, whose items pick out their marker.
//! Markers are not focusable (the map stays one tab stop); the list carries the same facts.
//! Static markup: `browser::map_dom` shows the tooltips and answers the markers.

use yew::prelude::*;

use crate::core::locale::Locale;
use crate::core::map_layers::layer_strings;
use crate::core::map_model::MapModel;
use crate::core::model::{Dataset, Partner, Project};
use crate::core::strings::{fill, strings};

fn partner_modifier(p: Option<Partner>) -> &'static str {
    match p {
        Some(Partner::Beijing) => "beijing",
        Some(Partner::Tianjin) => "tianjin",
        None => "none",
    }
}

fn partner_text(p: &Project, locale: Locale) -> String {
    match p.partner {
        Some(x) => strings(locale).partner_name(x).to_owned(),
        None => layer_strings(locale).partner_unstated.to_owned(),
    }
}

fn county_name(d: &Dataset, p: &Project, locale: Locale) -> Option<String> {
    let code = p.county.as_deref()?;
    d.county(code).map(|c| c.name.get(locale).to_owned())
}

/// The projects placed on the map with their unit index, and how many earlier projects
/// share that unit (to set them side by side).
fn placed<'a>(d: &'a Dataset, m: &MapModel) -> Vec<(&'a Project, usize, usize)> {
    let mut out: Vec<(&Project, usize, usize)> = Vec::new();
    for p in &d.projects {
        let Some(i) = p.county.as_deref().and_then(|c| m.index_of(c)) else {
            continue;
        };
        let before = out.iter().filter(|(_, j, _)| *j == i).count();
        out.push((p, i, before));
    }
    out
}

/// The markers; each carries its county (`data-code`) and where it sits (`data-at`).
pub fn project_markers(d: &Dataset, m: &MapModel) -> Html {
    html! {
        <svg class="map__markers" aria-hidden="true" width="100%" height="100%">
            { for placed(d, m).into_iter().map(|(p, i, before)| {
                let shape = &m.shapes[i];
                let (x, y) = m.percent(shape.anchor);
                html! {
                    <g class={classes!("map__marker", format!("map__marker--{}", partner_modifier(p.partner)))}
                       transform={format!("translate({} 0)", before * 15)}
                       data-project={p.id.clone()} data-code={shape.code.clone()} data-at={format!("{x} {y}")}>
                        <circle class="map__marker-hit" cx={format!("{x}%")} cy={format!("{y}%")} r="12" />
                        <circle class="map__marker-dot" cx={format!("{x}%")} cy={format!("{y}%")} r="6" />
                    </g>
                }
            }) }
        </svg>
    }
}

/// The projects on the map, each with partner, county and the article's sentence; then
/// those the map cannot place, with the reason the data gives.
pub fn project_list(d: &Dataset, locale: Locale) -> Html {
    let s = strings(locale);
    let t = layer_strings(locale);
    let (on_map, off_map): (Vec<&Project>, Vec<&Project>) = d
        .projects
        .iter()
        .partition(|p| p.county.as_deref().and_then(|c| d.county(c)).is_some());
    let off_text = off_map
        .iter()
        .map(|p| match &p.note {
            Some(n) => format!(
                "{}{}",
                p.name.get(locale),
                fill(layer_strings(locale).confidence_wrap, &[n.get(locale)])
            ),
            None => p.name.get(locale).to_owned(),
        })
        .collect::<Vec<_>>()
        .join(if locale.is_chinese() { "；" } else { "; " });
    html! {
        <div class="projects-block" data-for="partner">
            <h4 class="projects__title">{ t.projects }</h4>
            if !on_map.is_empty() {
                <ul class="projects">
                    { for on_map.iter().map(|p| {
                        let meta = [Some(partner_text(p, locale)), county_name(d, p, locale)]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · ");
                        html! {
                            <li class="projects__item" data-project={p.id.clone()}>
                                <span class={classes!("projects__dot", format!("projects__dot--{}", partner_modifier(p.partner)))} aria-hidden="true"></span>
                                <span class="projects__text">
                                    <span class="projects__name">{ p.name.get(locale) }</span>
                                    { " " }
                                    <span class="projects__meta">{ meta }</span>
                                </span>
                            </li>
                        }
                    }) }
                </ul>
            }
            if !off_map.is_empty() {
                <p class="projects__off">
                    <strong>{ format!("{}{}", t.not_on_map, s.colon) }</strong>
                    { off_text }
                </p>
            }
        </div>
    }
}
