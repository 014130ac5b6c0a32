//! Test helpers every chart's tests use: the real dataset, the fit and overlap check
//! (`assert_fits`, with the charts' own text measure), the marks' keys, and the rule that
//! the words of a chart hold no typed number.

use super::ChartSpec;
use crate::core::charts::text;
use crate::core::load::parse_dataset;
use crate::core::model::Dataset;
use crate::core::svg::{Element, Node};

pub fn dataset() -> Dataset {
    parse_dataset(
        include_str!("../../../data/dataset.json"),
        "data/dataset.json",
    )
    .expect("the real dataset loads")
}

fn f(e: &Element, k: &str) -> f64 {
    e.get(k).and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

/// The text of `e` and its estimated width at `size`, each run in its own weight: bold where
/// the element or a `tspan` has a `t-value` class or a `font-weight`, as the layouts
/// measure it.
pub fn text_of(e: &Element, size: f64, bold: bool) -> (String, f64) {
    let bold = bold
        || e.get("font-weight").is_some()
        || e.get("class").is_some_and(|c| c.contains("t-value"));
    let mut s = String::new();
    let mut w = 0.0;
    for c in &e.children {
        match c {
            Node::Text(t) => {
                s.push_str(t);
                w += text::measure(t, size, bold);
            }
            Node::Element(e) => {
                let (t, tw) = text_of(e, size, bold);
                s.push_str(&t);
                w += tw;
            }
        }
    }
    (s, w)
}

/// Boxes (x0, y0, x1, y1) of every text, estimated as the page would draw them.
pub fn text_boxes(spec: &ChartSpec) -> Vec<(String, [f64; 4])> {
    let mut out = Vec::new();
    fn walk(n: &Node, out: &mut Vec<(String, [f64; 4])>) {
        let Node::Element(e) = n else { return };
        if e.tag == "text" {
            let class = e.get("class").unwrap_or("");
            let size = e
                .get("font-size")
                .and_then(|v| v.parse().ok())
                .unwrap_or(if class.contains("t-axis") { 11.0 } else { 12.0 });
            let (s, w) = text_of(e, size, false);
            let x = f(e, "x");
            let x0 = match e.get("text-anchor") {
                Some("middle") => x - w / 2.0,
                Some("end") => x - w,
                _ => x,
            };
            let y = f(e, "y");
            out.push((s, [x0, y - size * 0.85, x0 + w, y + size * 0.15]));
        }
        for c in &e.children {
            walk(c, out);
        }
    }
    for n in &spec.body {
        walk(n, &mut out);
    }
    out
}

/// Nothing is drawn outside `0..width` × `0..height`, and no two texts overlap.
pub fn assert_fits(spec: &ChartSpec) {
    let (w, h) = (spec.width + 0.05, spec.height + 0.05);
    fn walk(n: &Node, w: f64, h: f64) {
        let Node::Element(e) = n else { return };
        let bad = |what: &str| panic!("{what} outside {w}×{h}: {e:?}");
        match e.tag {
            "rect" => {
                let (x, y) = (f(e, "x"), f(e, "y"));
                if x < -0.05 || y < -0.05 || x + f(e, "width") > w || y + f(e, "height") > h {
                    bad("rect");
                }
            }
            "circle" => {
                let (x, y, r) = (f(e, "cx"), f(e, "cy"), f(e, "r"));
                if x - r < -0.05 || y - r < -0.05 || x + r > w || y + r > h {
                    bad("circle");
                }
            }
            "line" => {
                for (a, b) in [("x1", "y1"), ("x2", "y2")] {
                    let (x, y) = (f(e, a), f(e, b));
                    if !(-0.05..=w).contains(&x) || !(-0.05..=h).contains(&y) {
                        bad("line");
                    }
                }
            }
            _ => {}
        }
        for c in &e.children {
            walk(c, w, h);
        }
    }
    for n in &spec.body {
        walk(n, w, h);
    }
    let boxes = text_boxes(spec);
    for (s, [x0, y0, x1, y1]) in &boxes {
        assert!(
            *x0 >= -0.5 && *x1 <= w + 0.5 && *y0 >= -0.5 && *y1 <= h + 0.5,
            "text {s:?} at {x0}..{x1}, {y0}..{y1} outside {w}×{h}"
        );
    }
    for (i, (a, ba)) in boxes.iter().enumerate() {
        for (b, bb) in &boxes[i + 1..] {
            let overlap = ba[0] < bb[2] - 0.5
                && bb[0] < ba[2] - 0.5
                && ba[1] < bb[3] - 0.5
                && bb[1] < ba[3] - 0.5;
            assert!(!overlap, "texts overlap: {a:?} {ba:?} and {b:?} {bb:?}");
        }
    }
}

/// Every coordinate and size in the body is a whole pixel (path data included).
pub fn assert_whole_pixels(spec: &ChartSpec) {
    fn walk(n: &Node) {
        let Node::Element(e) = n else { return };
        for (k, v) in &e.attrs {
            let coord = [
                "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "width", "height", "d",
            ];
            assert!(!coord.contains(k) || !v.contains('.'), "{k}={v} in {e:?}");
        }
        e.children.iter().for_each(walk);
    }
    spec.body.iter().for_each(walk);
    assert_eq!(spec.width.fract(), 0.0);
    assert_eq!(spec.height.fract(), 0.0);
}

/// The `data-key`s in the body, in document order.
pub fn keys(spec: &ChartSpec) -> Vec<String> {
    fn walk(n: &Node, out: &mut Vec<String>) {
        let Node::Element(e) = n else { return };
        if let Some(k) = e.get("data-key") {
            out.push(k.to_owned());
        }
        for c in &e.children {
            walk(c, out);
        }
    }
    let mut out = Vec::new();
    for n in &spec.body {
        walk(n, &mut out);
    }
    out
}
