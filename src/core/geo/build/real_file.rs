//! Checks of the committed `data/geometry.json` as the app will read it.

use std::collections::BTreeSet;

use super::convert::{EXPECTED_CODES, PARTNER_CODES};
use super::repair::uncovered_cycles;
use super::topology::Topology;
use crate::core::geo::Geometry;
use crate::core::geo::segments::Contact;
use crate::core::geo::segments::for_each_contact;

fn geometry() -> Geometry {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/geometry.json");
    let text = std::fs::read_to_string(path).unwrap();
    Geometry::parse(&text, "data/geometry.json").unwrap()
}

fn city(g: &Geometry, i: usize) -> &str {
    &g.units[i].code[..4]
}

#[test]
fn has_the_51_current_codes_in_order() {
    let g = geometry();
    assert_eq!(g.units.len(), 51);
    let codes: Vec<&str> = g.units.iter().map(|u| u.code.as_str()).collect();
    assert_eq!(codes, EXPECTED_CODES.to_vec());
    let pingquan = g.index_of("130881").unwrap();
    assert_eq!(g.units[pingquan].name, "平泉市");
    assert_eq!(g.index_of("130823"), None);
    assert!(g.width == 4000 && g.height > 3000);
}

#[test]
fn every_unit_has_neighbours() {
    let g = geometry();
    for i in 0..g.units.len() {
        assert!(
            !g.neighbours(i).is_empty(),
            "{} has no neighbours",
            g.units[i].name
        );
    }
    let kangbao = g.index_of("130723").unwrap();
    let around: BTreeSet<&str> = g
        .neighbours(kangbao)
        .into_iter()
        .map(|i| g.units[i].code.as_str())
        .collect();
    assert!(
        around.contains("130722") && around.contains("130724"),
        "{around:?}"
    );
}

#[test]
fn no_ring_crosses_itself_and_no_arcs_cross() {
    // Parsing already checks every ring; check the arcs against each other too.
    let g = geometry();
    // The counties' arcs: the partner districts' own arcs are drawn under them and may
    // cross them (see `convert::partner_groups`).
    let mut segments = Vec::new();
    let mut owners = Vec::new();
    for (a, arc) in g.arcs.iter().enumerate() {
        if g.sides[a].is_empty() {
            continue;
        }
        for (k, w) in arc.windows(2).enumerate() {
            segments.push((w[0], w[1]));
            owners.push((a, k, arc.len() - 1));
        }
    }
    let mut bad = Vec::new();
    for_each_contact(&segments, |i, j, contact| {
        let ((a, k, n), (b, m, o)) = (owners[i], owners[j]);
        let ok = match contact {
            Contact::Apart => true,
            Contact::Touch(x) => {
                let end = |arc: usize, seg: usize, len: usize| {
                    (seg == 0 && g.arcs[arc][0] == x) || (seg + 1 == len && g.arcs[arc][len] == x)
                };
                (a == b && k.abs_diff(m) == 1) || (end(a, k, n) && end(b, m, o))
            }
            Contact::Cross => false,
        };
        if !ok {
            bad.push((segments[i], segments[j]));
        }
    });
    assert!(bad.is_empty(), "{bad:?}");
}

#[test]
fn meshes_are_not_empty() {
    let g = geometry();
    for prefix in ["1307", "1308", "1306"] {
        let interior = g.mesh(|a, b| {
            b.is_some_and(|b| a != b && city(&g, a) == prefix && city(&g, b) == prefix)
        });
        assert!(interior.starts_with('M'), "no interior borders in {prefix}");
    }
    let outline = g.mesh(|_, b| b.is_none());
    assert!(outline.starts_with('M'));
    // No arc has the same unit on both sides (no border inside a unit).
    assert_eq!(g.mesh(|a, b| b == Some(a)), "");
}

#[test]
fn only_the_outline_is_one_sided() {
    // The three cities form one connected region without holes: the one-sided arcs close
    // into a single cycle around the outside, and no gap is left between units.
    let g = geometry();
    let topology = Topology {
        arcs: g.arcs.clone(),
        shapes: g.units.iter().map(|u| u.polygons.clone()).collect(),
    };
    let cycles = uncovered_cycles(&topology, 1);
    assert_eq!(cycles.len(), 1);
    assert!(cycles[0].1 < 0);
}

#[test]
fn labels_lie_inside_their_units() {
    let g = geometry();
    for (i, unit) in g.units.iter().enumerate() {
        let inside = unit.polygons.iter().any(|polygon| {
            let rings: Vec<_> = polygon.iter().map(|r| g.ring_points(r)).collect();
            rings
                .iter()
                .filter(|r| crate::core::geo::segments::point_in_ring(unit.label, r))
                .count()
                % 2
                == 1
        });
        assert!(inside, "label of {} ({i}) is outside", unit.name);
    }
}

#[test]
fn projection_puts_known_places_in_their_units() {
    // Approximate town centres: 张家口 city (桥东区), 承德 (双桥区), 保定 (竞秀区 / 莲池区).
    let g = geometry();
    let places = [
        (114.89, 40.80, "130702"),
        (117.94, 40.97, "130802"),
        (115.46, 38.87, "130602"),
        (116.23, 41.85, "130826"),
    ];
    for (lon, lat, code) in places {
        let (x, y) = g.project(lon, lat);
        let p = (x.round() as i32, y.round() as i32);
        let i = g.index_of(code).unwrap();
        let inside = g.units[i]
            .polygons
            .iter()
            .flatten()
            .filter(|r| crate::core::geo::segments::point_in_ring(p, &g.ring_points(r)))
            .count()
            % 2
            == 1;
        assert!(inside, "({lon}, {lat}) → {p:?} is not in {code}");
    }
}

#[test]
fn has_the_32_partner_districts_with_their_own_arcs() {
    let g = geometry();
    let codes: Vec<&str> = g.partners.iter().map(|u| u.code.as_str()).collect();
    assert_eq!(codes, PARTNER_CODES.to_vec());
    let name = |code: &str| {
        g.partners
            .iter()
            .find(|u| u.code == code)
            .map(|u| u.name.as_str())
    };
    assert_eq!(name("110109"), Some("门头沟区"));
    assert_eq!(name("120119"), Some("蓟州区"));
    // No county draws a district's arc, so the meshes and neighbours stay the counties'.
    for u in &g.partners {
        for &r in u.polygons.iter().flatten().flatten() {
            let a = if r < 0 { !r } else { r } as usize;
            assert!(g.sides[a].is_empty(), "{} shares arc {a}", u.name);
        }
    }
}

#[test]
fn partner_labels_and_places_lie_inside_their_districts() {
    let g = geometry();
    let inside = |unit: &crate::core::geo::Unit, p: (i32, i32)| {
        unit.polygons
            .iter()
            .flatten()
            .filter(|r| crate::core::geo::segments::point_in_ring(p, &g.ring_points(r)))
            .count()
            % 2
            == 1
    };
    for unit in &g.partners {
        assert!(
            inside(unit, unit.label),
            "label of {} is outside",
            unit.name
        );
    }
    // 延庆 town, 门头沟 (大峪), 武清 (杨村), 蓟州 town.
    for (lon, lat, code) in [
        (115.97, 40.46, "110119"),
        (116.10, 39.94, "110109"),
        (117.04, 39.38, "120114"),
        (117.41, 40.04, "120119"),
    ] {
        let (x, y) = g.project(lon, lat);
        let p = (x.round() as i32, y.round() as i32);
        let unit = g.partners.iter().find(|u| u.code == code).unwrap();
        assert!(inside(unit, p), "({lon}, {lat}) → {p:?} is not in {code}");
    }
}
