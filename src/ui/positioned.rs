//! A box placed at a percentage position over its container, for tooltips.
//!
//! The position is written through the CSS object model after render, never as a `style`
//! attribute: a strict Content-Security-Policy (`style-src 'self'`) forbids inline style
//! attributes, but allows scripts to set style properties.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PositionedProps {
    pub class: Classes,
    /// Left and top, in per cent of the containing block.
    pub left: f64,
    pub top: f64,
    #[prop_or_default]
    pub role: Option<AttrValue>,
    #[prop_or_default]
    pub hidden_from_readers: bool,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn Positioned(props: &PositionedProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        let at = (
            (props.left * 100.0).round() as i64,
            (props.top * 100.0).round() as i64,
        );
        use_effect_with(at, move |&(left, top)| {
            if let Some(el) = node.cast::<web_sys::Element>() {
                crate::browser::place_percent(&el, left as f64 / 100.0, top as f64 / 100.0);
            }
        });
    }
    html! {
        <div ref={node} class={props.class.clone()} role={props.role.clone()}
             aria-hidden={props.hidden_from_readers.then_some("true")}>
            { props.children.clone() }
        </div>
    }
}
