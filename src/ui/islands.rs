//! The parts of the page a reader can operate, each its own Yew root on the prerendered
//! page ("islands"): the county panel, each chart, the comparison, the embed dialog.
//! Everything else (headings, cards, sentences, sources, the map's own markup) is static
//! and never hydrated.
//!
//! Each island is rendered inside a wrapper `<div data-island="…">` whose only child is the
//! island's root component, so the browser can hydrate the wrapper with that component
//! alone (`yew::Renderer::with_root_and_props(wrapper, props).hydrate()`). On a page the
//! browser renders itself (trunk serve, the script embed) the same components are children
//! of the one tree. Either way they share one store, passed in their props.

use yew::prelude::*;

use super::Shared;
use super::chart::Chart;
use super::compare::Compare;
use super::embed_dialog::EmbedPanel;
use super::store::{StoreContext, StoreHandle, View, story, use_view};
use crate::core::charts::registry::ChartKind;
use crate::core::locale::Locale;
use crate::core::model::Dataset;

/// Which island a wrapper holds (its `data-island`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IslandKind {
    Panel,
    Incidence,
    Industry,
    Labour,
    Vocational,
    Pairing,
    Timeline,
    Compare,
    Embed,
}

impl IslandKind {
    pub const ALL: [IslandKind; 9] = [
        IslandKind::Panel,
        IslandKind::Incidence,
        IslandKind::Industry,
        IslandKind::Labour,
        IslandKind::Vocational,
        IslandKind::Pairing,
        IslandKind::Timeline,
        IslandKind::Compare,
        IslandKind::Embed,
    ];

    pub fn id(self) -> &'static str {
        match self {
            IslandKind::Panel => "panel",
            IslandKind::Incidence => "incidence",
            IslandKind::Industry => "industry",
            IslandKind::Labour => "labour",
            IslandKind::Vocational => "vocational",
            IslandKind::Pairing => "pairing",
            IslandKind::Timeline => "timeline",
            IslandKind::Compare => "compare",
            IslandKind::Embed => "embed",
        }
    }

    pub fn from_id(id: &str) -> Option<IslandKind> {
        IslandKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The wrapper an island sits in. `data-state` is `static` until the island hydrates
/// (`ready` then; the browser sets it on the wrapper, which no Yew tree owns).
pub fn island(kind: IslandKind, body: Html) -> Html {
    html! {
        <div class="island" data-island={kind.id()} data-state="static">{ body }</div>
    }
}

/// What every island root takes.
#[derive(Properties, PartialEq, Clone)]
pub struct IslandProps {
    pub data: Shared<Dataset>,
    pub store: StoreHandle,
    /// The page's language, while the root adopts the server's markup (which shows the
    /// default state in it); `None` when it renders afresh.
    #[prop_or_default]
    pub hydrating: Option<Locale>,
    /// Called once the root's first render is committed.
    #[prop_or_default]
    pub on_ready: Option<Callback<()>>,
    /// Mounted into a host page by the script embed (the host's address is not ours).
    #[prop_or_default]
    pub embedded: bool,
    /// The graphic's headline (the embed snippet's title).
    #[prop_or_default]
    pub title: AttrValue,
}

/// Provides the store to an island's components, and says when its first render is done.
#[hook]
fn use_island(props: &IslandProps) -> StoreContext {
    let ctx = {
        let store = props.store.clone();
        let hydrating = props.hydrating;
        use_memo((), move |_| StoreContext::new(store, hydrating))
    };
    {
        let ctx = (*ctx).clone();
        let on_ready = props.on_ready.clone();
        use_effect_with((), move |_| {
            ctx.hydrated();
            if let Some(cb) = on_ready {
                cb.emit(());
            }
        });
    }
    (*ctx).clone()
}

/// One of the story's charts, as an island.
#[derive(Properties, PartialEq, Clone)]
pub struct ChartIslandProps {
    pub island: IslandProps,
    pub kind: IslandKind,
}

#[component]
pub fn ChartIsland(props: &ChartIslandProps) -> Html {
    let ctx = use_island(&props.island);
    html! {
        <ContextProvider<StoreContext> context={ctx}>
            <StoryChart data={props.island.data.clone()} kind={props.kind} />
        </ContextProvider<StoreContext>>
    }
}

#[derive(Properties, PartialEq)]
struct StoryChartProps {
    data: Shared<Dataset>,
    kind: IslandKind,
}

#[component]
fn StoryChart(props: &StoryChartProps) -> Html {
    let Some(view): Option<View> = use_view(story) else {
        return html! {};
    };
    let kind = match props.kind {
        IslandKind::Pairing => ChartKind::Pairing,
        IslandKind::Industry => ChartKind::Industry,
        IslandKind::Labour => ChartKind::Labour,
        IslandKind::Vocational => ChartKind::Vocational,
        IslandKind::Timeline => ChartKind::Timeline {
            highlight: view.picked.clone(),
        },
        _ => ChartKind::Incidence,
    };
    html! { <Chart data={props.data.clone()} locale={view.locale} {kind} /> }
}

#[component]
pub fn CompareIsland(props: &IslandProps) -> Html {
    let ctx = use_island(props);
    html! {
        <ContextProvider<StoreContext> context={ctx}>
            <Compare data={props.data.clone()} />
        </ContextProvider<StoreContext>>
    }
}

#[component]
pub fn EmbedIsland(props: &IslandProps) -> Html {
    let ctx = use_island(props);
    html! {
        <ContextProvider<StoreContext> context={ctx}>
            <EmbedPanel title={props.title.clone()} />
        </ContextProvider<StoreContext>>
    }
}

/// Adds to `props` that the wrapper is marked `data-state="ready"` once the island's first
/// render is committed.
#[cfg(feature = "hydration")]
fn marking_ready(wrapper: &web_sys::Element, mut props: IslandProps) -> IslandProps {
    let marked = wrapper.clone();
    let then = props.on_ready.take();
    props.on_ready = Some(Callback::from(move |()| {
        crate::browser::mark_state(&marked, "ready");
        if let Some(then) = &then {
            then.emit(());
        }
    }));
    props
}

/// Hydrates the island in `wrapper` (its `data-island` names which) with `props`.
#[cfg(feature = "hydration")]
pub fn hydrate(wrapper: &web_sys::Element, props: IslandProps) {
    let Some(kind) = wrapper
        .get_attribute("data-island")
        .as_deref()
        .and_then(IslandKind::from_id)
    else {
        return;
    };
    let props = marking_ready(wrapper, props);
    let root = wrapper.clone();
    match kind {
        // Written by the map's glue (`browser::map_dom`), not hydrated.
        IslandKind::Panel => {}
        IslandKind::Compare => {
            yew::Renderer::<CompareIsland>::with_root_and_props(root, props).hydrate();
        }
        IslandKind::Embed => {
            yew::Renderer::<EmbedIsland>::with_root_and_props(root, props).hydrate();
        }
        chart => {
            let props = ChartIslandProps {
                island: props,
                kind: chart,
            };
            yew::Renderer::<ChartIsland>::with_root_and_props(root, props).hydrate();
        }
    }
}
