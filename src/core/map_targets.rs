//! What a phone-sized map needs beyond its shapes: a tap target of at least 24 px for every
//! unit (WCAG 2.5.8), and which county names fit without running into each other.
//!
//! Both are worked out once, for the narrowest map the page lays out ([`NARROW_WIDTH`] CSS
//! px). Positions are in grid units, so on a wider map every distance only grows: what
//! does not overlap at the narrowest width overlaps at none.

use super::charts::text;
use super::locale::Locale;
use super::map_model::{Fill, MapModel, short_name};
use super::model::Dataset;

/// The narrowest map, in CSS px: a 320 px screen less the page's margins.
pub const NARROW_WIDTH: f64 = 288.0;
/// A tap target's radius in CSS px: a 24 px circle, the spacing of WCAG 2.5.8.
pub const TARGET_RADIUS: f64 = 12.0;
/// How far a target keeps from the label point of a small unit outside the programme (px).
const POINT_CLEARANCE: f64 = 2.0;
/// The county labels' size on narrow maps, in CSS px (the style sheet's size).
pub const NARROW_LABEL_SIZE: f64 = 10.0;

/// The map's fine textures in grid units: Tianjin's dots, the stripes of an inferred
/// partner and of a county without data. They are sized in CSS px on the narrowest map, so
/// that they still read there and in greyscale (WCAG 1.4.1: Tianjin differs from Beijing by
/// more than hue); on wider maps they grow with the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Textures {
    /// Distance between dot centres.
    pub dot_pitch: i32,
    pub dot_radius: i32,
    /// Distance between stripes.
    pub stripe_pitch: i32,
    pub stripe_width: i32,
}

/// The map width at and above which the page draws the wide textures (the style sheet's
/// container breakpoint).
pub const WIDE_WIDTH: f64 = 560.0;

/// A dot 2 px across every 6.5 px, a stripe 1.75 px wide every 5.5 px, on a map
/// `width_px` CSS px wide ([`NARROW_WIDTH`] or [`WIDE_WIDTH`]).
pub fn textures(m: &MapModel, width_px: f64) -> Textures {
    let g = grid_per_px(m) * NARROW_WIDTH / width_px;
    let units = |px: f64| (px * g).round() as i32;
    Textures {
        dot_pitch: units(6.5),
        dot_radius: units(1.0),
        stripe_pitch: units(5.5),
        stripe_width: units(1.75),
    }
}

/// An invisible circle of [`TARGET_RADIUS`] that taps unit `shape` where the unit itself is
/// too small to hit.
#[derive(Debug, Clone, PartialEq)]
pub struct HitTarget {
    pub shape: usize,
    pub at: (i32, i32),
}

/// Grid units per CSS px on the narrowest map.
fn grid_per_px(m: &MapModel) -> f64 {
    f64::from(m.width + 2 * MapModel::PAD) / NARROW_WIDTH
}

/// A circle for every paired county whose own shape holds no 24 px circle around its label point,
/// placed so that no two targets overlap (nor a target and a large unit's own circle): each
/// starts on its unit's label point and is pushed away from its neighbours, never so far
/// that the label point leaves it.
pub fn hit_targets(m: &MapModel) -> Vec<HitTarget> {
    let r = TARGET_RADIUS * grid_per_px(m);
    let anchor = |i: usize| {
        let (x, y) = m.shapes[i].anchor;
        (f64::from(x), f64::from(y))
    };
    let movable: Vec<bool> = m
        .shapes
        .iter()
        .map(|s| s.fill != Fill::Unpaired && f64::from(s.room) < r)
        .collect();
    // What each target keeps clear of: a large unit's own circle; a small unit outside the
    // programme keeps its label point and a few px around it (its shape, which targets
    // may partly cover, stays its own tap target).
    let clear: Vec<f64> = m
        .shapes
        .iter()
        .zip(&movable)
        .map(|(s, &moves)| {
            if moves || f64::from(s.room) >= r {
                r
            } else {
                POINT_CLEARANCE * grid_per_px(m)
            }
        })
        .collect();
    let mut at: Vec<(f64, f64)> = (0..m.shapes.len()).map(anchor).collect();
    for _ in 0..2000 {
        let mut moved = false;
        for i in 0..at.len() {
            for j in i + 1..at.len() {
                if !(movable[i] || movable[j]) {
                    continue;
                }
                let (dx, dy) = (at[j].0 - at[i].0, at[j].1 - at[i].1);
                let d = dx.hypot(dy);
                let gap = clear[i] + clear[j] + 0.5 - d;
                if gap <= 0.0 {
                    continue;
                }
                moved = true;
                // Coincident points part along x, in index order (deterministic).
                let (ux, uy) = if d > 1e-9 {
                    (dx / d, dy / d)
                } else {
                    (1.0, 0.0)
                };
                let share = if movable[i] && movable[j] { 0.5 } else { 1.0 };
                for (k, sign) in [(i, -1.0), (j, 1.0)] {
                    if movable[k] {
                        at[k].0 += sign * ux * gap * share;
                        at[k].1 += sign * uy * gap * share;
                    }
                }
            }
        }
        // Keep each target over its own label point.
        for (i, p) in at.iter_mut().enumerate() {
            let (ax, ay) = anchor(i);
            let (dx, dy) = (p.0 - ax, p.1 - ay);
            let d = dx.hypot(dy);
            let max = r * 0.9;
            if d > max {
                *p = (ax + dx / d * max, ay + dy / d * max);
            }
        }
        if !moved {
            break;
        }
    }
    (0..at.len())
        .filter(|&i| movable[i])
        .map(|i| HitTarget {
            shape: i,
            at: (at[i].0.round() as i32, at[i].1.round() as i32),
        })
        .collect()
}

/// Where a paired county's short name goes on the narrowest map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NarrowName {
    /// On its label point, as on wide maps.
    OnUnit,
    /// Beside the county, at this grid point, with a leader line to its label point.
    Callout((i32, i32)),
    /// Nowhere: left to the panel and the tooltip.
    Hidden,
}

/// Where callouts may go, in CSS px from the label point on the narrowest map: beside, then
/// below and above, then the corners, then further out.
const CALLOUT_OFFSETS: [(f64, f64); 20] = [
    (26.0, 0.0),
    (-26.0, 0.0),
    (0.0, 16.0),
    (0.0, -16.0),
    (22.0, 14.0),
    (-22.0, 14.0),
    (22.0, -14.0),
    (-22.0, -14.0),
    (38.0, 0.0),
    (-38.0, 0.0),
    (0.0, 26.0),
    (0.0, -26.0),
    (30.0, 22.0),
    (-30.0, 22.0),
    (30.0, -22.0),
    (-30.0, -22.0),
    (0.0, 36.0),
    (0.0, -36.0),
    (52.0, 0.0),
    (-52.0, 0.0),
];

/// For each shape, where its short name goes on the narrowest map. Names are placed in
/// order of room on their own label points; one that would touch a name already placed or
/// a city's name gets a callout beside the county where one fits, or else is left out.
pub fn narrow_names(d: &Dataset, m: &MapModel, locale: Locale) -> Vec<NarrowName> {
    let scale = grid_per_px(m);
    let boxes = |at: (i32, i32), w: f64, size: f64| {
        let half_h = (size * 0.7 + 1.0) * scale;
        let half_w = (w / 2.0 + 1.5) * scale;
        let (x, y) = (f64::from(at.0), f64::from(at.1));
        (x - half_w, y - half_h, x + half_w, y + half_h)
    };
    let overlap = |a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)| {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    };
    // City names are drawn at 14 px, bold.
    let mut placed: Vec<(f64, f64, f64, f64)> = m
        .city_labels
        .iter()
        .filter_map(|l| {
            let name = d.city(&l.city)?.name.get(locale);
            Some(boxes(l.at, text::width(name, 14.0) * 1.1, 14.0))
        })
        .collect();
    // Beijing's and Tianjin's names, 13 px bold.
    placed.extend(m.partners.cities.iter().map(|c| {
        let name = super::map_partners::partner_name(c.partner, locale);
        boxes(c.at, text::width(name, 13.0) * 1.1, 13.0)
    }));
    let mut order: Vec<usize> = (0..m.shapes.len())
        .filter(|&i| m.shapes[i].fill != Fill::Unpaired)
        .collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(m.shapes[i].room), i));
    let width_of = |i: usize| {
        text::width(
            &short_name(&d.counties[m.shapes[i].county], locale),
            NARROW_LABEL_SIZE,
        )
    };
    let mut names = vec![NarrowName::Hidden; m.shapes.len()];
    let mut left_out: Vec<usize> = Vec::new();
    for i in order {
        let b = boxes(m.shapes[i].anchor, width_of(i), NARROW_LABEL_SIZE);
        if placed.iter().all(|p| !overlap(*p, b)) {
            placed.push(b);
            names[i] = NarrowName::OnUnit;
        } else {
            left_out.push(i);
        }
    }
    let inside = |b: (f64, f64, f64, f64)| {
        b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= f64::from(m.width) && b.3 <= f64::from(m.height)
    };
    // The smallest first: they have the fewest places to go.
    left_out.reverse();
    for i in left_out {
        let (ax, ay) = m.shapes[i].anchor;
        let w = width_of(i);
        let spot = CALLOUT_OFFSETS.iter().find_map(|&(dx, dy)| {
            // Sideways offsets clear the name's own half width.
            let dx = dx + dx.signum() * w / 2.0;
            let at = (
                ax + (dx * scale).round() as i32,
                ay + (dy * scale).round() as i32,
            );
            let b = boxes(at, w, NARROW_LABEL_SIZE);
            (inside(b) && placed.iter().all(|p| !overlap(*p, b))).then_some((at, b))
        });
        if let Some((at, b)) = spot {
            placed.push(b);
            names[i] = NarrowName::Callout(at);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundle::Bundle;

    fn real() -> (std::rc::Rc<Dataset>, std::rc::Rc<MapModel>) {
        let b = Bundle::from_texts(
            Ok(include_str!("../../data/dataset.json").to_owned()),
            Ok(include_str!("../../data/geometry.json").to_owned()),
        )
        .expect("the real dataset loads");
        (b.dataset.clone(), b.map.clone().expect("the real map"))
    }

    /// On the narrowest map a dot is at least 1.5 px across and a stripe at least 1.5 px
    /// wide, each covering a fair share of its pitch: a texture that survives greyscale and
    /// scaling, not a sub-pixel shimmer (the 22-unit dots of before were 0.5 px).
    #[test]
    fn textures_read_on_the_narrowest_map() {
        let (_, m) = real();
        let t = textures(&m, NARROW_WIDTH);
        let px = |units: i32| f64::from(units) / grid_per_px(&m);
        assert!(px(2 * t.dot_radius) >= 1.5, "{t:?}");
        assert!(px(t.stripe_width) >= 1.5, "{t:?}");
        assert!(px(t.dot_pitch) <= 8.0 && px(t.stripe_pitch) <= 8.0, "{t:?}");
        assert!(
            f64::from(t.stripe_width) / f64::from(t.stripe_pitch) >= 0.25,
            "{t:?}"
        );
        assert!(
            f64::from(2 * t.dot_radius) / f64::from(t.dot_pitch) >= 0.25,
            "{t:?}"
        );
    }

    /// Every paired county can be tapped with a 24 px circle at the narrowest width: its own
    /// shape holds one around its label point, or it gets a target that overlaps no other.
    #[test]
    fn every_unit_has_a_24px_target_that_overlaps_no_other() {
        let (_, m) = real();
        let r = TARGET_RADIUS * grid_per_px(&m);
        let targets = hit_targets(&m);
        assert!(
            targets.iter().any(|t| m.shapes[t.shape].code == "130631"),
            "望都"
        );
        assert!(
            targets.iter().any(|t| m.shapes[t.shape].code == "130637"),
            "博野"
        );
        let mut circles: Vec<(usize, (f64, f64))> = targets
            .iter()
            .map(|t| (t.shape, (f64::from(t.at.0), f64::from(t.at.1))))
            .collect();
        for (i, s) in m.shapes.iter().enumerate() {
            if targets.iter().all(|t| t.shape != i) && f64::from(s.room) >= r {
                circles.push((i, (f64::from(s.anchor.0), f64::from(s.anchor.1))));
            }
        }
        // A unit outside the programme stays tappable at its label point.
        for (i, s) in m.shapes.iter().enumerate() {
            if s.fill == Fill::Unpaired {
                let (x, y) = (f64::from(s.anchor.0), f64::from(s.anchor.1));
                for t in &targets {
                    let d = (f64::from(t.at.0) - x).hypot(f64::from(t.at.1) - y);
                    assert!(
                        d > r,
                        "{} covers {}",
                        m.shapes[t.shape].code,
                        m.shapes[i].code
                    );
                }
            }
        }
        for (a, pa) in &circles {
            let anchor = m.shapes[*a].anchor;
            let off = (pa.0 - f64::from(anchor.0)).hypot(pa.1 - f64::from(anchor.1));
            assert!(
                off < r,
                "{}'s target leaves its label point",
                m.shapes[*a].code
            );
            for (b, pb) in &circles {
                if a < b {
                    let d = (pa.0 - pb.0).hypot(pa.1 - pb.1);
                    assert!(
                        d >= 2.0 * r - 1.0,
                        "{} and {} overlap ({d:.0} < {:.0})",
                        m.shapes[*a].code,
                        m.shapes[*b].code,
                        2.0 * r
                    );
                }
            }
        }
    }

    #[test]
    fn paired_names_fit_a_phone_map_on_their_county_or_beside_it() {
        let (d, m) = real();
        for locale in Locale::ALL {
            let names = narrow_names(&d, &m, locale);
            let on = names.iter().filter(|n| **n == NarrowName::OnUnit).count();
            let beside = names
                .iter()
                .filter(|n| matches!(n, NarrowName::Callout(_)))
                .count();
            let want = if locale == Locale::En { 15 } else { 22 };
            assert!(on >= want, "{locale:?}: {on} names on their county");
            let hidden: Vec<&str> = names
                .iter()
                .zip(&m.shapes)
                .filter(|(n, s)| **n == NarrowName::Hidden && s.fill != Fill::Unpaired)
                .map(|(_, s)| s.code.as_str())
                .collect();
            let named = if locale == Locale::En { 22 } else { 26 };
            assert!(
                on + beside >= named,
                "{locale:?}: {on} + {beside} of 28 named; not {hidden:?}"
            );
            // The largest county is always named on itself; 博野 (22 px wide) is named.
            assert_eq!(names[m.index_of("130828").unwrap()], NarrowName::OnUnit);
            let boye = names[m.index_of("130637").unwrap()];
            assert_ne!(boye, NarrowName::Hidden, "{locale:?}: 博野");
        }
    }
}
