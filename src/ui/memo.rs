//! A plain function of its props, skipped by Yew while the props are equal.
//!
//! Most of the page's parts are plain functions (each component costs the wasm its own copy
//! of Yew's lifecycle code), but a function is rebuilt and diffed every time its parent
//! renders. Where a part is large and its parent renders often (the map re-renders on every
//! county click), `memo(props, f)` keeps it a function and still lets
//! Yew skip it. Callbacks in `P` must be stable (`use_callback`), or it never skips.

use yew::prelude::*;

#[derive(Properties)]
pub struct MemoProps<P: PartialEq + 'static> {
    pub props: P,
    /// The function that renders `props`. Not compared: each `P` is rendered by one
    /// function only.
    pub render: fn(&P) -> Html,
}

impl<P: PartialEq> PartialEq for MemoProps<P> {
    fn eq(&self, other: &Self) -> bool {
        self.props == other.props
    }
}

#[component]
pub fn Memo<P: PartialEq + 'static>(props: &MemoProps<P>) -> Html {
    (props.render)(&props.props)
}

/// `render(&props)` as a [`Memo`]: `{ memo(LegendProps { .. }, legend) }`.
pub fn memo<P: PartialEq + 'static>(props: P, render: fn(&P) -> Html) -> Html {
    html! { <Memo<P> {props} {render} /> }
}
