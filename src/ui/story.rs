//! The story, section by section in the article's order. Static apart from its islands: the
//! charts and the comparison (the map and its panel answer through `browser::map_dom`).

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
use crate::core::story_text::{shown_elsewhere, story_text};
use crate::core::strings::strings;

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
    let grid = |part: Part| {
        figure_grid(&FigureGridProps {
            data: data.clone(),
            locale,
            section: part,
            exclude: shown_elsewhere(part).to_vec(),
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
                    { grid(Part::Totals) }
                </>
            }) }
            { section(Section::Results, html! {
                <>
                    { chart(IslandKind::Incidence) }
                    { grid(Part::Results) }
                    { grid(Part::Development) }
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
                    { grid(Part::Pairing) }
                </>
            }) }
            { section(Section::Projects, grid(Part::Projects)) }
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
    let reload = use_context::<super::store::Reload>();
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
