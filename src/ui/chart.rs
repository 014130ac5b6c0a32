//! A chart on the page: measures its width, builds the chart's spec for it (memoised) and
//! shows it in the standard frame.

use std::rc::Rc;

use yew::prelude::*;

use super::Shared;
use super::chart_frame::ChartFrame;
use super::hooks::{use_text_spacing, use_width};
use super::store::StoreContext;
use crate::core::charts::{self, ChartSpec};
use crate::core::locale::Locale;
use crate::core::model::Dataset;

/// Which chart, with its options.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    Partners { shares: bool, focus: Option<String> },
    Pairing,
    Incidence,
    Timeline { highlight: Vec<String> },
    Cities { metric: charts::cities::CityMetric },
    Industry,
    Labour,
    Vocational,
}

/// Width assumed before the page is measured (and in server rendering).
pub const DEFAULT_WIDTH: f64 = 640.0;
/// The second width the server lays each chart out for: a 390 px phone's column. Until a
/// chart is measured, the page holds both layouts and the column's width picks one, so its
/// height hardly changes when it is laid out for its own width (no jump for a reader
/// further down the page).
pub const NARROW_WIDTH: f64 = 358.0;

/// Builds the spec of `kind` for `width` pixels.
pub fn build(kind: &ChartKind, d: &Dataset, locale: Locale, width: f64) -> ChartSpec {
    match kind {
        ChartKind::Partners { shares, focus } => {
            charts::partners::spec(d, locale, width, *shares, focus.as_deref())
        }
        ChartKind::Pairing => charts::pairing::spec(d, locale, width),
        ChartKind::Incidence => charts::incidence::spec(d, locale, width),
        ChartKind::Timeline { highlight } => charts::timeline::spec(d, locale, width, highlight),
        ChartKind::Cities { metric } => charts::cities::spec(d, locale, width, *metric),
        ChartKind::Industry => charts::industry::spec(d, locale, width),
        ChartKind::Labour => charts::labour::spec(d, locale, width),
        ChartKind::Vocational => charts::vocational::spec(d, locale, width),
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub data: Shared<Dataset>,
    pub locale: Locale,
    pub kind: ChartKind,
    #[prop_or_default]
    pub controls: Option<Html>,
    /// Prefix for the element ids, for a chart shown twice on one page.
    #[prop_or_default]
    pub scope: AttrValue,
}

#[component]
pub fn Chart(props: &ChartProps) -> Html {
    let node = use_node_ref();
    let hydrating = use_context::<StoreContext>().is_some_and(|c| c.is_hydrating());
    let (width, measured) = use_width(node.clone(), DEFAULT_WIDTH, hydrating);
    // Wider text spacing (the reader's) gives labels less room: lay out again.
    let spacing = use_text_spacing();
    let spec = use_memo(
        (
            props.kind.clone(),
            props.locale,
            width as i64,
            props.data.clone(),
            spacing,
        ),
        |(kind, locale, width, data, _)| Shared(Rc::new(build(kind, data, *locale, *width as f64))),
    );
    let narrow = use_memo(
        (
            props.kind.clone(),
            props.locale,
            props.data.clone(),
            spacing,
            measured,
        ),
        |(kind, locale, data, _, measured)| {
            (!measured).then(|| Shared(Rc::new(build(kind, data, *locale, NARROW_WIDTH))))
        },
    );
    // Transitions animate a reader's changes (shares, metric, language), not the first
    // layout for the measured width after hydration: switch them on only once a render at
    // a measured width has been committed.
    let live = use_state_eq(|| false);
    {
        let live = live.clone();
        use_effect_with((width as i64, measured), move |&(_, measured)| {
            // After the browser has styled the new layout (a frame later), so the switch
            // itself does not animate.
            let timer =
                (measured && !*live).then(|| crate::browser::after(100, move || live.set(true)));
            move || drop(timer)
        });
    }
    html! {
        <div class={classes!("chart-box", live.then_some("chart-box--live"))} ref={node}>
            <ChartFrame spec={(*spec).clone()} locale={props.locale} controls={props.controls.clone()}
                        scope={props.scope.clone()} narrow={(*narrow).clone()} />
        </div>
    }
}
