//! The story, section by section in the article's order. Static apart from its islands: the
//! map's county panel, the charts, the comparison.

use yew::prelude::*;

use super::Shared;
use super::cards::{CardsProps, card_grid};
use super::figures::{FigureGridProps, QuoteListProps, figure_grid, quote_list};
use super::islands::{ChartIsland, CompareIsland, IslandKind, IslandProps, island};
use super::map::{MapProps, county_map};
use crate::core::bundle::Bundle;
use crate::core::locale::Locale;
use crate::core::model::Section as Part;
use crate::core::state::Section;
use crate::core::story_text::story_text;
use crate::core::strings::strings;

/// The figures the headline cards show (four that carry the story: money, projects,
/// investment, people sent), and those the story shows elsewhere: the incidence in the
/// headline and the results chart, villages and people in the results.
pub const CARD_FIGURES: [&str; 9] = [
    "fiscal_aid",
    "aid_projects",
    "investing_enterprises",
    "enterprise_investment",
    "cadres_and_staff",
    "poor_villages_exited",
    "poor_people_lifted",
    "incidence_before",
    "incidence_after",
];

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub bundle: Shared<Bundle>,
    pub islands: IslandProps,
    pub locale: Locale,
}

#[component]
pub fn Story(props: &StoryProps) -> Html {
    let locale = props.locale;
    let t = story_text(locale);
    let b = &props.bundle;
    let data = props.islands.data.clone();
    let section = |id: Section, body: Html| {
        html! {
            <section class="story__section" id={format!("section-{}", id.id())} aria-labelledby={format!("heading-{}", id.id())}>
                // The map is the page's first visual: its title and annotation speak for it
                // on screen; its section's heading and intro stay for the outline.
                <h2 class={classes!("story__heading", (id == Section::Map).then_some("visually-hidden"))}
                    id={format!("heading-{}", id.id())}>{ t.heading(id) }</h2>
                <p class={classes!("story__intro", (id == Section::Map).then_some("visually-hidden"))}>{ t.intro(id) }</p>
                { body }
            </section>
        }
    };
    let grid = |part: Part, exclude: Vec<&'static str>| {
        figure_grid(&FigureGridProps {
            data: data.clone(),
            locale,
            section: part,
            exclude,
        })
    };
    let quotes = |part: Part| {
        quote_list(&QuoteListProps {
            data: data.clone(),
            locale,
            section: part,
        })
    };
    let chart = |kind: IslandKind| {
        island(
            kind,
            html! { <ChartIsland island={props.islands.clone()} {kind} /> },
        )
    };
    let map = match &b.map {
        Ok(model) => county_map(&MapProps {
            data: data.clone(),
            model: Shared(model.clone()),
            locale,
            panel: props.islands.clone(),
        }),
        Err(errors) => map_error(errors, locale),
    };
    html! {
        <div class="story">
            // The map of who helped whom is the page's hero: first, then the totals.
            { section(Section::Map, map) }
            { section(Section::Overview, html! {
                <>
                    { card_grid(&CardsProps { data: data.clone(), locale }) }
                    { grid(Part::Totals, CARD_FIGURES.to_vec()) }
                </>
            }) }
            { section(Section::Results, html! {
                <>
                    { chart(IslandKind::Incidence) }
                    { grid(Part::Results, vec!["incidence_before", "incidence_after", "fuping_incidence_before", "fuping_incidence_after"]) }
                    { grid(Part::Development, vec![]) }
                </>
            }) }
            { section(Section::Industry, html! {
                <>
                    { chart(IslandKind::Industry) }
                    { quotes(Part::Industry) }
                </>
            }) }
            { section(Section::Labour, html! {
                <>
                    { chart(IslandKind::Vocational) }
                    { chart(IslandKind::Labour) }
                    { quotes(Part::Labour) }
                </>
            }) }
            { section(Section::Pairing, html! {
                <>
                    { chart(IslandKind::Pairing) }
                    { grid(Part::Pairing, vec!["paired_townships", "paired_strong_villages", "hebei_townships",
                        "hebei_poor_villages", "paired_schools", "paired_hospitals", "hebei_schools",
                        "hebei_hospitals", "paired_enterprises", "enterprise_villages",
                        "social_organisations", "organisation_villages"]) }
                </>
            }) }
            { section(Section::Projects, grid(Part::Projects, vec![])) }
            { section(Section::Timeline, chart(IslandKind::Timeline)) }
            { section(Section::Compare, island(IslandKind::Compare, html! { <CompareIsland ..props.islands.clone() /> })) }
        </div>
    }
}

/// Said in the map's place when only the geometry failed: the figures and charts above and
/// below still work. Retry (in the browser) fetches both files again.
fn map_error(errors: &[crate::core::error::DataError], locale: Locale) -> Html {
    html! { <MapError errors={errors.to_vec()} {locale} /> }
}

#[derive(Properties, PartialEq)]
struct MapErrorProps {
    errors: Vec<crate::core::error::DataError>,
    locale: Locale,
}

/// The button waits for the answer; a new bundle (the retry's answer) re-renders the story.
#[component]
fn MapError(props: &MapErrorProps) -> Html {
    let reload = use_context::<super::app::Reload>();
    let s = strings(props.locale);
    let pending = use_state_eq(|| false);
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
            { for props.errors.iter().take(3).map(|e| html! { <code>{ e.to_string() }</code> }) }
            if let Some(onclick) = onclick {
                <button type="button" class="jj__button" {onclick} disabled={*pending}>{ s.retry }</button>
            }
        </div>
    }
}
