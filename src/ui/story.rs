//! The story, section by section in the article's order. A `view` in the state scrolls to
//! one section on load.

use yew::prelude::*;

use super::Shared;
use super::cards::{CardsProps, card_grid};
use super::chart::{Chart, ChartKind};
use super::compare::Compare;
use super::details::Details;
use super::figures::{FigureGridProps, figure_grid};
use super::map::CountyMap;
use super::memo::memo;
use super::state::StoryHandle;
use crate::core::bundle::Bundle;
use crate::core::model::Section as Part;
use crate::core::state::Section;
use crate::core::story_text::story_text;
use crate::core::strings::strings;

/// The figures the headline cards already show.
pub const CARD_FIGURES: [&str; 12] = [
    "paired_counties",
    "poverty_counties",
    "fiscal_aid",
    "aid_projects",
    "investing_enterprises",
    "enterprise_investment",
    "cadres_and_staff",
    "poor_villages_exited",
    "poor_people_lifted",
    "incidence_before",
    "incidence_after",
    "paired_counties",
];

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub bundle: Shared<Bundle>,
}

#[component]
pub fn Story(props: &StoryProps) -> Html {
    let Some(state) = use_context::<StoryHandle>() else {
        return html! {};
    };
    let locale = state.locale;
    let t = story_text(locale);
    let b = &props.bundle;
    // Scroll to the section a shared link names, once the page is there.
    {
        let view = state.view;
        use_effect_with(view, move |view| {
            if let Some(v) = view {
                crate::browser::history::scroll_to(&format!("section-{}", v.id()));
            }
        });
    }
    let section = |id: Section, body: Html| {
        html! {
            <section class="story__section" id={format!("section-{}", id.id())} aria-labelledby={format!("heading-{}", id.id())}>
                <h2 class="story__heading" id={format!("heading-{}", id.id())}>{ t.heading(id) }</h2>
                <p class="story__intro">{ t.intro(id) }</p>
                { body }
            </section>
        }
    };
    let grid = |part: Part, exclude: Vec<&'static str>| {
        memo(
            FigureGridProps {
                bundle: b.clone(),
                locale,
                section: part,
                exclude,
            },
            figure_grid,
        )
    };
    let map = match &b.map {
        Ok(model) => html! {
            <div class="graphic__map-row">
                <CountyMap bundle={b.clone()} model={Shared(model.clone())} />
                <Details bundle={b.clone()} />
            </div>
        },
        Err(_) => html! { <MapError bundle={b.clone()} /> },
    };
    html! {
        <div class="story">
            { section(Section::Overview, html! {
                <>
                    { memo(CardsProps { bundle: b.clone(), locale }, card_grid) }
                    { grid(Part::Totals, CARD_FIGURES.to_vec()) }
                </>
            }) }
            { section(Section::Map, map) }
            { section(Section::Results, html! {
                <>
                    <Chart bundle={b.clone()} {locale} kind={ChartKind::Incidence} />
                    { grid(Part::Results, vec!["incidence_before", "incidence_after", "fuping_incidence_before", "fuping_incidence_after"]) }
                    { grid(Part::Development, vec![]) }
                </>
            }) }
            { section(Section::Industry, grid(Part::Industry, vec![])) }
            { section(Section::Labour, grid(Part::Labour, vec![])) }
            { section(Section::Pairing, html! {
                <>
                    <Chart bundle={b.clone()} {locale} kind={ChartKind::Pairing} />
                    { grid(Part::Pairing, vec!["paired_townships", "paired_strong_villages", "hebei_townships",
                        "hebei_poor_villages", "paired_schools", "paired_hospitals", "hebei_schools",
                        "hebei_hospitals", "paired_enterprises", "enterprise_villages",
                        "social_organisations", "organisation_villages"]) }
                </>
            }) }
            { section(Section::Projects, grid(Part::Projects, vec![])) }
            { section(Section::Timeline, html! {
                <Chart bundle={b.clone()} {locale} kind={ChartKind::Timeline { highlight: state.picked.clone() }} />
            }) }
            { section(Section::Compare, html! { <Compare bundle={b.clone()} /> }) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MapErrorProps {
    /// The bundle whose map failed; a new one is the retry's answer.
    bundle: Shared<Bundle>,
}

/// Said in the map's place when only the geometry failed: the figures and charts above and
/// below still work. Retry fetches again, once per click; the button waits for the answer.
#[component]
fn MapError(props: &MapErrorProps) -> Html {
    let state = use_context::<StoryHandle>();
    let reload = use_context::<super::app::Reload>();
    let s = strings(state.map(|s| s.locale).unwrap_or_default());
    let pending = use_state_eq(|| false);
    {
        // A new bundle (the retry's answer) ends the wait.
        let pending = pending.clone();
        use_effect_with(props.bundle.clone(), move |_| pending.set(false));
    }
    let errors: &[crate::core::error::DataError] = match &props.bundle.map {
        Err(errors) => errors,
        Ok(_) => &[],
    };
    let onclick = reload.map(|reload| {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| {
            pending.set(true);
            reload.0.emit(());
        })
    });
    html! {
        <div class="graphic__map-error" role="alert">
            { s.map_error }
            { for errors.iter().take(3).map(|e| html! { <code>{ e.to_string() }</code> }) }
            if let Some(onclick) = onclick {
                <button type="button" class="jj__button" {onclick} disabled={*pending}>{ s.retry }</button>
            }
        </div>
    }
}
