//! The decoder's tests: the fixture parses, and each kind of bad input is refused with its
//! JSON path and what was expected there, never a panic.

use serde_json::{Value, json};

use super::*;
use crate::core::geo::fixture;

const FILE: &str = "data/geometry.json";

/// Parses the fixture after `change`, expecting an error at `path` whose text contains
/// `expected`.
fn rejects(change: impl FnOnce(&mut Value), path: &str, expected: &str) {
    let mut value = fixture::value();
    change(&mut value);
    let error = Geometry::parse(&value.to_string(), FILE).unwrap_err();
    assert_eq!(error.file, FILE);
    assert_eq!(error.path, path, "{error}");
    assert!(error.expected.contains(expected), "{error}");
}

fn set(pointer: &str, new: Value) -> impl FnOnce(&mut Value) {
    let pointer = pointer.to_owned();
    move |value: &mut Value| *value.pointer_mut(&pointer).unwrap() = new
}

#[test]
fn reads_partners_beside_the_units() {
    // A district drawn from the units' arcs: parsed, but not one of any arc's sides.
    let mut value = fixture::value();
    let mut district = value["units"][0].clone();
    district["code"] = json!("110109");
    value["partners"] = json!([district]);
    let geometry = Geometry::parse(&value.to_string(), FILE).unwrap();
    assert_eq!(geometry.partners.len(), 1);
    assert_eq!(geometry.partners[0].code, "110109");
    assert!(
        geometry
            .sides
            .iter()
            .flatten()
            .all(|&u| u < geometry.units.len())
    );
    assert!(geometry.sides.iter().all(|s| s.len() <= 2));
    // A file without `partners` has none.
    assert!(
        Geometry::parse(&fixture::text(), FILE)
            .unwrap()
            .partners
            .is_empty()
    );
    // A code is unique across both lists.
    rejects(
        |v| v["partners"] = json!([v["units"][0].clone()]),
        "partners[0].code",
        "already used by units[0]",
    );
}

#[test]
fn parses_the_fixture() {
    let geometry = Geometry::parse(&fixture::text(), FILE).unwrap();
    assert_eq!((geometry.width, geometry.height), (20, 10));
    assert_eq!(geometry.units.len(), 4);
    assert_eq!(geometry.units[1].polygons, vec![vec![vec![2, -1]]]);
    assert_eq!(geometry.units[3].label, (14, 4));
    assert_eq!(geometry.arcs[1], vec![(4, 4), (0, 4), (0, 0), (4, 0)]);
    assert_eq!(geometry.index_of("110103"), Some(2));
    assert_eq!(geometry.index_of("999999"), None);
    // x0 = -0.01, y0 = 0.005, scale 1000: the projection's origin lands at (10, 5).
    let (x, y) = geometry.project(116.5, 40.0);
    assert!(
        (x - 10.0).abs() < 1e-9 && (y - 5.0).abs() < 1e-9,
        "({x}, {y})"
    );
}

#[test]
fn rejects_wrong_format() {
    rejects(
        set("/format", json!("topojson")),
        "format",
        "expected \"jingjin-geo/1\"",
    );
}

#[test]
fn rejects_bad_json_with_line_and_column() {
    let error =
        Geometry::parse("{\"format\": \"jingjin-geo/1\",\n  \"width\": 20,,}", FILE).unwrap_err();
    assert!(error.expected.contains("expected valid JSON"), "{error}");
    assert!(error.expected.contains("line 2, column"), "{error}");
}

#[test]
fn rejects_wrong_types_with_their_path() {
    rejects(set("/width", json!("20")), "width", "found string");
    rejects(set("/arcs/1/2", json!("x")), "arcs[1][2]", "found");
    rejects(set("/arcs/1/2", json!(1.5)), "arcs[1][2]", "found");
    rejects(
        set("/units/0/polygons/0/0/1", json!([1])),
        "units[0].polygons[0][0][1]",
        "found",
    );
    rejects(
        set("/units/2/label", json!([1, 2, 3])),
        "units[2].label",
        "expected an array of 2 numbers, found 3",
    );
    rejects(
        set("/projection/scale", json!(null)),
        "projection.scale",
        "found",
    );
}

#[test]
fn rejects_missing_fields() {
    rejects(
        |v| {
            v["units"][2].as_object_mut().unwrap().remove("label");
        },
        "units[2]",
        "a field `label`, which is missing",
    );
    rejects(
        |v| {
            v.as_object_mut().unwrap().remove("arcs");
        },
        "",
        "a field `arcs`, which is missing",
    );
}

#[test]
fn rejects_arc_index_out_of_range() {
    rejects(
        set("/units/0/polygons/0/0", json!([0, 9])),
        "units[0].polygons[0][0][1]",
        "arc index out of range",
    );
    rejects(
        set("/units/0/polygons/0/0", json!([-6])),
        "units[0].polygons[0][0][0]",
        "arc index out of range",
    );
    rejects(
        set("/units/0/polygons/0/0", json!([i64::MIN])),
        "units[0].polygons[0][0][0]",
        "arc index out of range",
    );
}

#[test]
fn rejects_arcs_that_do_not_chain() {
    rejects(
        set("/units/0/polygons/0/0", json!([0, 2])),
        "units[0].polygons[0][0][1]",
        "arcs do not chain",
    );
    // Reversal counts: arc 1 backwards starts at (4, 0), not where arc 0 ends.
    rejects(
        set("/units/0/polygons/0/0", json!([0, -2])),
        "units[0].polygons[0][0][1]",
        "arc 1 reversed starting at (4, 0)",
    );
    // Chains but does not close.
    rejects(
        set("/units/0/polygons/0/0", json!([1])),
        "units[0].polygons[0][0]",
        "expected a closed ring",
    );
}

#[test]
fn rejects_small_flat_and_crossing_rings() {
    rejects(
        set("/units/0/polygons/0/0", json!([0, -1])),
        "units[0].polygons[0][0]",
        "at least 4 points",
    );
    rejects(
        |v| {
            v["arcs"][4] = json!([0, 0, 2, 0, 2, 0, -4, 0]);
        },
        "units[2].polygons[0][1]",
        "non-zero area",
    );
    rejects(
        |v| {
            v["arcs"][4] = json!([0, 0, 6, 6, 0, -6, -6, 3, 0, -3]);
        },
        "units[2].polygons[0][1]",
        "does not cross itself",
    );
}

/// Issue 17: a point off the grid, a shape over another unit, a ring too intricate to
/// check are refused (they hid a county, took its clicks, froze the page for seconds).
#[test]
fn rejects_points_off_the_grid() {
    // Arc 1's corner (0, 0) moved to (0, -5), above the grid.
    let mut value = fixture::value();
    value["arcs"][1] = json!([4, 4, -4, 0, 0, -9, 4, 5]);
    let error = Geometry::parse(&value.to_string(), FILE).unwrap_err();
    assert!(error.expected.contains("found [0, -5]"), "{error}");
}

#[test]
fn rejects_a_shape_over_another_unit() {
    let mut value = fixture::value();
    let n = value["arcs"].as_array().unwrap().len();
    value["arcs"]
        .as_array_mut()
        .unwrap()
        .push(json!([0, 0, 20, 0, 0, 10, -20, 0, 0, -10]));
    value["units"][0]["polygons"]
        .as_array_mut()
        .unwrap()
        .push(json!([[n]]));
    let error = Geometry::parse(&value.to_string(), FILE).unwrap_err();
    assert_eq!(error.path, "units[0].polygons", "{error}");
    assert!(error.expected.contains("do not overlap"), "{error}");
}

#[test]
fn gives_up_on_a_ring_too_intricate_to_check() {
    let mut value = fixture::value();
    let n = value["arcs"].as_array().unwrap().len();
    // 60,000 points piled into the 20 x 10 grid, delta-encoded.
    let mut flat = vec![0i64, 0];
    let mut at = (0i64, 0i64);
    for k in 1..60_000i64 {
        let next = ((k * 7) % 21, (k * 3) % 11);
        flat.extend([next.0 - at.0, next.1 - at.1]);
        at = next;
    }
    flat.extend([-at.0, -at.1]);
    value["arcs"].as_array_mut().unwrap().push(json!(flat));
    value["units"][0]["polygons"] = json!([[[n]]]);
    let error = Geometry::parse(&value.to_string(), FILE).unwrap_err();
    assert!(error.expected.contains("simple enough to check"), "{error}");
}

#[test]
fn rejects_empty_polygons() {
    rejects(
        set("/units/1/polygons", json!([[]])),
        "units[1].polygons[0]",
        "empty polygon",
    );
    rejects(
        set("/units/1/polygons", json!([])),
        "units[1].polygons",
        "at least one polygon",
    );
    rejects(
        set("/units/1/polygons", json!([[[]]])),
        "units[1].polygons[0][0]",
        "at least one arc",
    );
}

#[test]
fn rejects_bad_and_duplicate_codes() {
    rejects(
        set("/units/1/code", json!("110101")),
        "units[1].code",
        "unique",
    );
    rejects(
        set("/units/0/code", json!("11010")),
        "units[0].code",
        "6 ASCII digits",
    );
    rejects(
        set("/units/0/code", json!("11010x")),
        "units[0].code",
        "6 ASCII digits",
    );
    rejects(
        set("/units/0/code", json!("１１０１０１")),
        "units[0].code",
        "6 ASCII digits",
    );
}

#[test]
fn rejects_label_outside_the_grid() {
    rejects(
        set("/units/0/label", json!([21, 0])),
        "units[0].label",
        "inside the grid",
    );
    rejects(
        set("/units/0/label", json!([0, -1])),
        "units[0].label",
        "inside the grid",
    );
}

#[test]
fn rejects_bad_dimensions() {
    rejects(set("/width", json!(0)), "width", "positive");
    rejects(set("/height", json!(-10)), "height", "positive");
    rejects(set("/height", json!(1i64 << 40)), "height", "positive");
}

#[test]
fn rejects_bad_arcs_and_coordinate_overflow() {
    rejects(set("/arcs/2", json!([1, 2, 3])), "arcs[2]", "even number");
    rejects(set("/arcs/2", json!([1, 2])), "arcs[2]", "at least 4");
    rejects(
        set("/arcs/2", json!([16_777_217, 0, 1, 0])),
        "arcs[2]",
        "coordinate overflow",
    );
    rejects(
        set("/arcs/2", json!([i64::MAX, 0, 1, 0])),
        "arcs[2]",
        "coordinate overflow",
    );
    rejects(
        set("/arcs/2", json!([0, 0, i64::MAX, 0, i64::MAX, 0])),
        "arcs[2]",
        "coordinate overflow",
    );
}

#[test]
fn rejects_bad_projection() {
    rejects(
        set("/projection/name", json!("mercator")),
        "projection.name",
        "albers",
    );
    rejects(
        set("/projection/parallels", json!([-30, 30])),
        "projection",
        "parallels",
    );
    rejects(
        set("/projection/scale", json!(0)),
        "projection.scale",
        "positive",
    );
}

#[test]
fn never_panics_on_truncated_input() {
    let text = fixture::text();
    for end in 0..text.len() {
        if text.is_char_boundary(end) {
            assert!(
                Geometry::parse(&text[..end], FILE).is_err(),
                "prefix {end} parsed"
            );
        }
    }
}

#[test]
fn never_panics_on_mutated_input() {
    let text = fixture::text();
    let bytes = text.as_bytes();
    let replacements: &[&[u8]] = &[
        b"",
        b"0",
        b"9",
        b"-",
        b"-1",
        b"[",
        b"]",
        b"\"",
        b"99999999999",
    ];
    for i in 0..bytes.len() {
        if !text.is_char_boundary(i) || !text.is_char_boundary(i + 1) {
            continue;
        }
        for replacement in replacements {
            let mut mutated = bytes[..i].to_vec();
            mutated.extend_from_slice(replacement);
            mutated.extend_from_slice(&bytes[i + 1..]);
            if let Ok(mutated) = String::from_utf8(mutated) {
                // Either outcome is fine; only a panic would fail the test.
                let _ = Geometry::parse(&mutated, FILE);
            }
        }
    }
}
