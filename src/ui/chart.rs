//! A chart on the page: measures its width, builds the chart's spec for it (memoised, by
//! `core::charts::registry`) and shows it in the standard frame.

use std::rc::Rc;

use yew::prelude::*;

use super::Shared;
use super::chart_frame::ChartFrame;
use super::hooks::{use_text_spacing, use_width};
use super::store::StoreContext;
use crate::core::charts::registry::{ChartKind, DEFAULT_WIDTH, NARROW_WIDTH, build};
use crate::core::locale::Locale;
use crate::core::model::Dataset;

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
