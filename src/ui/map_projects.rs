//! The article's named cooperation projects on the map: a marker at the county's label
//! point (partner colour with a white ring; neutral where the article names no partner),
//! a tooltip on hover, and the list below the map, whose items pick out their marker.
//! Markers are not focusable (the map stays one tab stop); the list carries the same facts.

use yew::prelude::*;

use super::Shared;
use super::positioned::Positioned;
use crate::core::bundle::Bundle;
use crate::core::locale::Locale;
use crate::core::map_layers::layer_strings;
use crate::core::map_model::MapModel;
use crate::core::model::{Dataset, Partner, Project};
use crate::core::strings::{fill, strings};

/// A hovered project: its id, and whether the hover is on the marker itself (then the map
/// shows its tooltip) rather than on its item in the list.
pub type ProjectHover = Option<(String, bool)>;

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

#[derive(PartialEq)]
pub struct MarkersProps {
    pub bundle: Shared<Bundle>,
    pub model: Shared<MapModel>,
    pub active: Option<String>,
    pub on_hover: Callback<ProjectHover>,
    /// Selects the project's county.
    pub on_pick: Callback<String>,
}

pub fn project_markers(props: &MarkersProps) -> Html {
    let d = &props.bundle.dataset;
    let m = &props.model;
    html! {
        <svg class="map__markers" aria-hidden="true" width="100%" height="100%">
            { for placed(d, m).into_iter().map(|(p, i, before)| {
                let shape = &m.shapes[i];
                let (x, y) = m.percent(shape.anchor);
                let active = props.active.as_deref() == Some(p.id.as_str());
                let enter = {
                    let on_hover = props.on_hover.clone();
                    let id = p.id.clone();
                    Callback::from(move |_: MouseEvent| on_hover.emit(Some((id.clone(), true))))
                };
                let leave = {
                    let on_hover = props.on_hover.clone();
                    Callback::from(move |_: MouseEvent| on_hover.emit(None))
                };
                let click = {
                    let on_pick = props.on_pick.clone();
                    let code = shape.code.clone();
                    Callback::from(move |_: MouseEvent| on_pick.emit(code.clone()))
                };
                html! {
                    <g class={classes!(
                           "map__marker",
                           format!("map__marker--{}", partner_modifier(p.partner)),
                           active.then_some("map__marker--active"),
                       )}
                       transform={format!("translate({} 0)", before * 15)}
                       data-project={p.id.clone()}
                       onmouseenter={enter} onmouseleave={leave} onclick={click}>
                        <circle class="map__marker-hit" cx={format!("{x}%")} cy={format!("{y}%")} r="12" />
                        <circle class="map__marker-dot" cx={format!("{x}%")} cy={format!("{y}%")} r="6" />
                    </g>
                }
            }) }
        </svg>
    }
}

pub struct ProjectTipProps {
    pub bundle: Shared<Bundle>,
    pub model: Shared<MapModel>,
    pub id: String,
    pub locale: Locale,
}

/// Name, partner and county of a project, beside its marker.
pub fn project_tip(props: &ProjectTipProps) -> Html {
    let d = &props.bundle.dataset;
    let t = layer_strings(props.locale);
    let Some(p) = d.projects.iter().find(|p| p.id == props.id) else {
        return html! {};
    };
    let Some(i) = p.county.as_deref().and_then(|c| props.model.index_of(c)) else {
        return html! {};
    };
    let (x, y) = props.model.percent(props.model.shapes[i].anchor);
    let side = if x > 55.0 {
        "map__tip--left"
    } else {
        "map__tip--right"
    };
    html! {
        <Positioned class={classes!("map__tip", "map__tip--project", side)} left={x} top={y} role="presentation">
            <span class="map__tip-city">{ t.project }</span>
            <strong class="map__tip-name">{ p.name.get(props.locale) }</strong>
            <span class="map__tip-line">{ partner_text(p, props.locale) }</span>
            if let Some(county) = county_name(d, p, props.locale) {
                <span class="map__tip-line">{ county }</span>
            }
        </Positioned>
    }
}

#[derive(PartialEq)]
pub struct ProjectListProps {
    pub bundle: Shared<Bundle>,
    pub locale: Locale,
    pub active: Option<String>,
    pub on_hover: Callback<ProjectHover>,
}

/// The projects on the map, each with partner, county and the article's sentence; then
/// those the map cannot place, with the reason the data gives.
pub fn project_list(props: &ProjectListProps) -> Html {
    let d = &props.bundle.dataset;
    let locale = props.locale;
    let s = strings(locale);
    let t = layer_strings(locale);
    let (on_map, off_map): (Vec<&Project>, Vec<&Project>) = d
        .projects
        .iter()
        .partition(|p| p.county.as_deref().and_then(|c| d.county(c)).is_some());
    let leave = {
        let on_hover = props.on_hover.clone();
        Callback::from(move |_: MouseEvent| on_hover.emit(None))
    };
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
        <div class="projects-block">
            <h3 class="projects__title">{ t.projects }</h3>
            if !on_map.is_empty() {
                <ul class="projects" onmouseleave={leave}>
                    { for on_map.iter().map(|p| {
                        let enter = {
                            let on_hover = props.on_hover.clone();
                            let id = p.id.clone();
                            Callback::from(move |_: MouseEvent| on_hover.emit(Some((id.clone(), false))))
                        };
                        let active = props.active.as_deref() == Some(p.id.as_str());
                        let sentence = d.sentence(&p.sentence).map(|x| x.text.get(locale).to_owned());
                        let meta = [Some(partner_text(p, locale)), county_name(d, p, locale)]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · ");
                        html! {
                            <li class={classes!("projects__item", active.then_some("projects__item--active"))}
                                data-project={p.id.clone()} onmouseenter={enter}>
                                <span class={classes!("projects__dot", format!("projects__dot--{}", partner_modifier(p.partner)))} aria-hidden="true"></span>
                                <span class="projects__text">
                                    <span class="projects__name" title={sentence}>{ p.name.get(locale) }</span>
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
