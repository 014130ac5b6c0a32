//! The converter's output: `data/geometry.json` as compact JSON, keys in a fixed order (the
//! format is described in [`crate::core::geo`]).

use std::fmt::Write;

use super::source::{SOURCE, SourceUnit};
use crate::core::geo::decode::FORMAT;
use crate::core::geo::project::{GridFit, LAT0, LON0, PARALLELS};
use crate::core::geo::segments::Point;

/// A JSON string literal.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

/// A unit's polygons as rings of arc references.
pub(super) type Polygons = Vec<Vec<Vec<i32>>>;

/// A unit as written: its source (code, name), rings of arc references and label.
type Written<'a> = ((&'a SourceUnit, &'a Polygons), &'a Point);

/// Writes one list of units: `[{"code","name","polygons","label"},...]`.
fn write_units<'a>(out: &mut String, units: impl Iterator<Item = Written<'a>>) {
    out.push('[');
    for (u, ((unit, polygons), label)) in units.enumerate() {
        if u > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            "{{\"code\":{},\"name\":{},\"polygons\":{},\"label\":[{},{}]}}",
            quoted(&unit.code),
            quoted(&unit.name),
            serde_json::to_string(polygons).unwrap_or_default(),
            label.0,
            label.1
        );
    }
    out.push(']');
}

/// Writes the file: compact, keys in a fixed order.
pub(super) fn write_json<'a>(
    fit: &GridFit,
    width: u32,
    height: u32,
    arcs: &[Vec<Point>],
    units: impl Iterator<Item = Written<'a>>,
    partners: impl Iterator<Item = Written<'a>>,
) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; `{}` on f64 is the shortest text that reads back
    // exactly, and integral values print without a fraction ("40").
    let _ = write!(
        out,
        "{{\"format\":{},\"source\":{},\"projection\":{{\"name\":\"albers\",\"lon0\":{},\"lat0\":{},\
         \"parallels\":[{},{}],\"scale\":{},\"x0\":{},\"y0\":{}}},\"width\":{width},\"height\":{height},\"arcs\":[",
        quoted(FORMAT),
        quoted(SOURCE),
        LON0,
        LAT0,
        PARALLELS[0],
        PARALLELS[1],
        fit.scale,
        fit.x0,
        fit.y0
    );
    for (a, arc) in arcs.iter().enumerate() {
        out.push_str(if a == 0 { "[" } else { ",[" });
        let mut previous = (0, 0);
        for (k, &(x, y)) in arc.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            let _ = write!(out, "{},{}", x - previous.0, y - previous.1);
            previous = (x, y);
        }
        out.push(']');
    }
    out.push_str("],\"units\":");
    write_units(&mut out, units);
    out.push_str(",\"partners\":");
    write_units(&mut out, partners);
    out.push('}');
    out
}
