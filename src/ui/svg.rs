//! Turns the core's SVG tree into Yew markup. The root `<svg>` gives its children the SVG
//! namespace, so charts render exactly as the standalone file does.

use yew::virtual_dom::{VNode, VTag, VText};

use crate::core::svg::{Element, Node};

/// The element as Yew markup; the element whose `data-key` equals `active` also gets the
/// class `is-active`, which is how the chart shows hover and keyboard focus.
pub fn to_html(e: &Element, active: Option<&str>) -> VNode {
    let mut tag = VTag::new(e.tag);
    let is_active = active.is_some() && e.get("data-key") == active;
    for (k, v) in &e.attrs {
        if *k == "class" && is_active {
            tag.add_attribute(k, format!("{v} is-active"));
        } else {
            tag.add_attribute(k, v.clone());
        }
    }
    if is_active && e.get("class").is_none() {
        tag.add_attribute("class", "is-active");
    }
    for child in &e.children {
        tag.add_child(match child {
            Node::Element(c) => to_html(c, active),
            Node::Text(t) => VNode::VText(VText::new(t.clone())),
        });
    }
    VNode::VTag(std::rc::Rc::new(tag))
}
