//! A tiny SVG element tree. Charts render into it (pure, deterministic), and it becomes
//! either Yew markup for the page (`ui::svg`) or a standalone `.svg` file for download, so
//! what the reader downloads is exactly what the page shows.
//!
//! Numbers are written with at most one decimal ([`num`]) so output is stable across
//! platforms and snapshot tests do not churn.

use std::fmt::Write;

/// An element or a text node.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub attrs: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

/// Starts an element: `el("rect").attr("x", 3).attr("class", "bar")`.
pub fn el(tag: &'static str) -> Element {
    Element {
        tag,
        attrs: Vec::new(),
        children: Vec::new(),
    }
}

/// A text node.
pub fn text(s: impl Into<String>) -> Node {
    Node::Text(s.into())
}

impl Element {
    /// Adds an attribute. Numbers go through [`num`].
    pub fn attr(mut self, key: &'static str, value: impl AttrValue) -> Element {
        self.attrs.push((key, value.attr_string()));
        self
    }

    /// Adds an attribute only when `value` is `Some`.
    pub fn attr_opt(self, key: &'static str, value: Option<impl AttrValue>) -> Element {
        match value {
            Some(v) => self.attr(key, v),
            None => self,
        }
    }

    pub fn child(mut self, node: impl Into<Node>) -> Element {
        self.children.push(node.into());
        self
    }

    pub fn children(mut self, nodes: impl IntoIterator<Item = impl Into<Node>>) -> Element {
        self.children.extend(nodes.into_iter().map(Into::into));
        self
    }

    /// The value of attribute `key`, if set.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.as_str())
    }
}

impl From<Element> for Node {
    fn from(e: Element) -> Node {
        Node::Element(e)
    }
}

/// Values that can be written as an attribute.
pub trait AttrValue {
    fn attr_string(self) -> String;
}

impl AttrValue for &str {
    fn attr_string(self) -> String {
        self.to_owned()
    }
}

impl AttrValue for String {
    fn attr_string(self) -> String {
        self
    }
}

impl AttrValue for &String {
    fn attr_string(self) -> String {
        self.clone()
    }
}

impl AttrValue for f64 {
    fn attr_string(self) -> String {
        num(self)
    }
}

impl AttrValue for i32 {
    fn attr_string(self) -> String {
        self.to_string()
    }
}

impl AttrValue for usize {
    fn attr_string(self) -> String {
        self.to_string()
    }
}

/// A coordinate rounded to one decimal, without a trailing `.0` and never `-0`.
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        return "0".to_owned();
    }
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r:.1}")
    }
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

impl Node {
    /// Serialises as XML (escaped text and attributes).
    pub fn write_to(&self, out: &mut String) {
        self.write(out, false);
    }

    pub fn to_xml(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, false);
        out
    }

    /// Serialises as HTML: as XML, but an element without children is closed with its end
    /// tag (`<span></span>`), since HTML reads `<span/>` as an open tag.
    pub fn to_html(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, true);
        out
    }

    fn write(&self, out: &mut String, html: bool) {
        match self {
            Node::Text(t) => escape(t, out),
            Node::Element(e) => {
                out.push('<');
                out.push_str(e.tag);
                for (k, v) in &e.attrs {
                    let _ = write!(out, " {k}=\"");
                    escape(v, out);
                    out.push('"');
                }
                if e.children.is_empty() && !html {
                    out.push_str("/>");
                    return;
                }
                out.push('>');
                for c in &e.children {
                    c.write(out, html);
                }
                let _ = write!(out, "</{}>", e.tag);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_closes_empty_elements_with_an_end_tag() {
        let e = el("p")
            .child(el("span").attr("class", "a"))
            .child(text("x < y"));
        assert_eq!(
            Node::from(e).to_html(),
            r#"<p><span class="a"></span>x &lt; y</p>"#
        );
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(3.0), "3");
        assert_eq!(num(3.04), "3");
        assert_eq!(num(3.05), "3.1");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(-2.26), "-2.3");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn serialises_escaped_xml() {
        let n: Node = el("g")
            .attr("class", "a\"b")
            .child(el("rect").attr("x", 1.25).attr("width", 10))
            .child(el("text").child(text("<北京 & 天津>")))
            .into();
        assert_eq!(
            n.to_xml(),
            r#"<g class="a&quot;b"><rect x="1.3" width="10"/><text>&lt;北京 &amp; 天津&gt;</text></g>"#
        );
    }
}
