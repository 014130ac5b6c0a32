//! A plain function of its props, skipped by Yew while the props are equal.
//!
//! Most of the page's parts are plain functions (each component costs the wasm its own copy
//! of Yew's lifecycle code), but a function is rebuilt and diffed every time its parent
//! renders. Where a part is large and its parent renders often (the map re-renders on every
//! county click), `memo(props, f)` keeps it a function and still lets Yew skip it. One
//! component serves every part: the props are type-erased, so each part adds two small
//! functions, not a component. Callbacks in the props must be stable (`use_callback`), or
//! the part never skips.

use std::any::Any;
use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties)]
pub struct MemoProps {
    /// The part's props and the function that renders them: a `(P, fn(&P) -> Html)`.
    part: Rc<dyn Any>,
    render: fn(&dyn Any) -> Html,
    same: fn(&dyn Any, &dyn Any) -> bool,
}

impl PartialEq for MemoProps {
    fn eq(&self, other: &Self) -> bool {
        (self.same)(&*self.part, &*other.part)
    }
}

#[component]
fn Memo(props: &MemoProps) -> Html {
    (props.render)(&*props.part)
}

type Part<P> = (P, fn(&P) -> Html);

fn render<P: 'static>(part: &dyn Any) -> Html {
    match part.downcast_ref::<Part<P>>() {
        Some((props, f)) => f(props),
        None => Html::default(),
    }
}

/// Equal when both are parts of type `P` with equal props and the same function. (Function
/// addresses may differ for one function across codegen units: that costs a re-render, never
/// a stale part.)
fn same<P: PartialEq + 'static>(a: &dyn Any, b: &dyn Any) -> bool {
    match (a.downcast_ref::<Part<P>>(), b.downcast_ref::<Part<P>>()) {
        (Some((pa, fa)), Some((pb, fb))) => pa == pb && std::ptr::fn_addr_eq(*fa, *fb),
        _ => false,
    }
}

/// `f(&props)`, re-rendered only when `props` change: `{ memo(LegendProps { .. }, legend) }`.
pub fn memo<P: PartialEq + 'static>(props: P, f: fn(&P) -> Html) -> Html {
    let part: Rc<dyn Any> = Rc::new((props, f));
    let render: fn(&dyn Any) -> Html = render::<P>;
    let same: fn(&dyn Any, &dyn Any) -> bool = same::<P>;
    html! { <Memo {part} {render} {same} /> }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(n: &u8) -> Html {
        html! { { *n } }
    }
    fn other(n: &u8) -> Html {
        html! { <b>{ *n }</b> }
    }

    fn part<P: 'static>(p: P, f: fn(&P) -> Html) -> Rc<dyn Any> {
        Rc::new((p, f))
    }

    #[test]
    fn parts_are_the_same_only_with_equal_props_the_same_function_and_type() {
        let same = same::<u8>;
        assert!(same(&*part(1u8, one), &*part(1u8, one)));
        assert!(!same(&*part(1u8, one), &*part(2u8, one)));
        assert!(!same(&*part(1u8, one), &*part(1u8, other)));
        assert!(!same(&*part(1u8, one), &*part(1u16, |_| Html::default())));
    }
}
