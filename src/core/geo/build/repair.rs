//! Repairs of the exact topology before it is rounded: what the source draws in a way the
//! map should not show.
//!
//! - Polygons of one unit that share a border are merged (a border inside a unit would be
//!   drawn by the county mesh).
//! - Zero-width slits (a ring walking an arc out and later back) become holes.
//! - Small uncovered faces between units (gaps of the source's digitizing) are given to the
//!   neighbour with the longest border along them, so every interior arc has a unit on both
//!   sides and only the region's outline is one-sided.

use std::collections::{BTreeMap, BTreeSet};

use super::topology::{Topology, arc_index, ring_points};
use crate::core::geo::segments::{Point, point_in_ring, ring_area2};

/// Faces no unit covers: arcs with a unit on one side only, chained into cycles walked with
/// the uncovered side where units have their inside. A cycle whose area has the sign of outer
/// rings (`outer_sign`) is a gap between units; one of the opposite sign is the region's
/// outline seen from outside. Where several such arcs leave one point, the walk turns as far
/// as it can towards the uncovered side, so that each cycle goes round one face. Returns each
/// cycle's arc references and twice its area.
pub fn uncovered_cycles(topology: &Topology, outer_sign: i128) -> Vec<(Vec<i32>, i128)> {
    let arcs = &topology.arcs;
    let mut uses = vec![0usize; arcs.len()];
    let mut single: Vec<Option<i32>> = vec![None; arcs.len()];
    for &r in topology.shapes.iter().flatten().flatten().flatten() {
        let a = arc_index(r);
        uses[a] += 1;
        single[a] = Some(!r);
    }
    let outside: Vec<i32> = (0..arcs.len())
        .filter(|&a| uses[a] == 1 && arcs[a].len() >= 2)
        .filter_map(|a| single[a])
        .collect();
    // The points of a reference in walking order.
    let walk = |r: i32| -> Vec<Point> {
        let arc = &arcs[arc_index(r)];
        if r < 0 {
            arc.iter().rev().copied().collect()
        } else {
            arc.clone()
        }
    };
    let mut starting: BTreeMap<Point, Vec<i32>> = BTreeMap::new();
    for &r in &outside {
        starting.entry(walk(r)[0]).or_default().push(r);
    }
    let turn = |incoming: &[Point], outgoing: &[Point]| {
        let n = incoming.len();
        let d = (
            f64::from(incoming[n - 1].0 - incoming[n - 2].0),
            f64::from(incoming[n - 1].1 - incoming[n - 2].1),
        );
        let o = (
            f64::from(outgoing[1].0 - outgoing[0].0),
            f64::from(outgoing[1].1 - outgoing[0].1),
        );
        let angle = (d.0 * o.1 - d.1 * o.0).atan2(d.0 * o.0 + d.1 * o.1);
        // Towards the uncovered side: positive angles when it is on the left (outer_sign > 0).
        angle * outer_sign as f64
    };
    let mut used: BTreeSet<i32> = BTreeSet::new();
    let mut cycles = Vec::new();
    for &first in &outside {
        if used.contains(&first) {
            continue;
        }
        let mut points = walk(first);
        let origin = points[0];
        let mut cycle = vec![first];
        used.insert(first);
        while points.last() != Some(&origin) {
            let Some(at) = points.last().copied() else {
                break;
            };
            let next = starting.get(&at).and_then(|refs| {
                refs.iter()
                    .filter(|r| !used.contains(r))
                    .map(|&r| (turn(&points, &walk(r)), r))
                    .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
                    .map(|(_, r)| r)
            });
            let Some(next) = next else {
                break;
            };
            used.insert(next);
            cycle.push(next);
            points.extend(walk(next).into_iter().skip(1));
        }
        if points.last() == Some(&origin) {
            cycles.push((cycle, ring_area2(&points)));
        }
    }
    cycles
}

/// Gives every gap between units (an uncovered face with the orientation `outer_sign` of
/// outer rings) of at most `max_area2` to the unit with the longest border along it, as a
/// polygon of its own; [`merge_touching_polygons`] then joins it to that unit. Returns how
/// many gaps were filled.
pub fn fill_gaps(topology: &mut Topology, outer_sign: i128, max_area2: i128) -> usize {
    let mut owner: Vec<Option<usize>> = vec![None; topology.arcs.len()];
    for (u, unit) in topology.shapes.iter().enumerate() {
        for &r in unit.iter().flatten().flatten() {
            owner[arc_index(r)] = Some(u);
        }
    }
    let mut filled = 0;
    for (cycle, area) in uncovered_cycles(topology, outer_sign) {
        if area.signum() != outer_sign || area.abs() > max_area2 {
            continue;
        }
        let mut border: BTreeMap<usize, usize> = BTreeMap::new();
        for &r in &cycle {
            let a = arc_index(r);
            if let Some(u) = owner[a] {
                *border.entry(u).or_default() += topology.arcs[a].len();
            }
        }
        let heir = border
            .iter()
            .max_by_key(|&(&u, &length)| (length, std::cmp::Reverse(u)))
            .map(|(&u, _)| u);
        if let Some(u) = heir {
            topology.shapes[u].push(vec![cycle]);
            filled += 1;
        }
    }
    filled
}

/// Merges polygons of the same unit that share a border (the source splits 兴隆县 into two
/// polygons along a border of its own): the shared arc would otherwise show up as a border
/// inside the unit. Their outer rings are joined where the arc was; a second shared arc is
/// then left as a slit for [`cut_slits`]. Returns how many merges were made.
pub fn merge_touching_polygons(topology: &mut Topology) -> usize {
    let mut merges = 0;
    for unit in &mut topology.shapes {
        'search: loop {
            for p in 0..unit.len() {
                for q in p + 1..unit.len() {
                    let shared = unit[p][0].iter().enumerate().find_map(|(i, &r)| {
                        unit[q][0].iter().position(|&o| o == !r).map(|j| (i, j))
                    });
                    let Some((i, j)) = shared else {
                        continue;
                    };
                    // p's ring from just after the shared arc round to just before it, then
                    // q's ring the same way: a closed ring without the shared arc.
                    let (ring_p, ring_q) = (&unit[p][0], &unit[q][0]);
                    let merged: Vec<i32> = ring_p[i + 1..]
                        .iter()
                        .chain(&ring_p[..i])
                        .chain(&ring_q[j + 1..])
                        .chain(&ring_q[..j])
                        .copied()
                        .collect();
                    let other = unit.remove(q);
                    unit[p][0] = merged;
                    unit[p].extend(other.into_iter().skip(1));
                    merges += 1;
                    continue 'search;
                }
            }
            break;
        }
    }
    merges
}

/// Replaces zero-width slits by holes: a ring that walks an arc out and later back (the
/// source connects some enclosed neighbours to the outline that way instead of giving the
/// surrounding unit a hole) is cut into the loops on either side of the slit. Loops with the
/// orientation of outer rings (`outer_sign` is the sign of [`ring_area2`] for outer rings)
/// become polygons, largest first; the others become holes of the smallest polygon around
/// them. Returns how many slits were cut. A slit's arc is left unused.
pub fn cut_slits(topology: &mut Topology, outer_sign: i128) -> usize {
    let arcs = &topology.arcs;
    let mut cuts = 0;
    for unit in &mut topology.shapes {
        let mut polygons = Vec::with_capacity(unit.len());
        for polygon in unit.drain(..) {
            let mut work: Vec<Vec<i32>> = polygon.iter().rev().cloned().collect();
            let mut loops: Vec<Vec<i32>> = Vec::new();
            while let Some(ring) = work.pop() {
                let slit = ring.iter().enumerate().find_map(|(i, &r)| {
                    ring[i + 1..]
                        .iter()
                        .position(|&q| q == !r)
                        .map(|d| (i, i + 1 + d))
                });
                let Some((i, j)) = slit else {
                    loops.push(ring);
                    continue;
                };
                cuts += 1;
                let inner: Vec<i32> = ring[i + 1..j].to_vec();
                let outer: Vec<i32> = ring[j + 1..].iter().chain(&ring[..i]).copied().collect();
                for part in [outer, inner] {
                    if !part.is_empty() {
                        work.push(part);
                    }
                }
            }
            if loops.len() == polygon.len() {
                polygons.push(polygon);
                continue;
            }
            let area = |refs: &Vec<i32>| ring_area2(&ring_points(arcs, refs));
            let (mut outers, holes): (Vec<Vec<i32>>, Vec<Vec<i32>>) = loops
                .into_iter()
                .partition(|l| area(l).signum() == outer_sign);
            outers.sort_by_key(|l| std::cmp::Reverse(area(l).abs()));
            let mut shaped: Vec<Vec<Vec<i32>>> = outers.into_iter().map(|o| vec![o]).collect();
            for hole in holes {
                let hole_points = ring_points(arcs, &hole);
                let home = shaped
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        let outline = ring_points(arcs, &p[0]);
                        hole_points
                            .iter()
                            .find(|q| !outline.contains(q))
                            .is_some_and(|&q| point_in_ring(q, &outline))
                    })
                    .min_by_key(|(_, p)| area(&p[0]).abs())
                    .map(|(k, _)| k);
                match home {
                    Some(k) => shaped[k].push(hole),
                    // A hole outside every outline cannot be; keep it where a reader will
                    // notice rather than drop it.
                    None => shaped.push(vec![hole]),
                }
            }
            polygons.extend(shaped);
        }
        *unit = polygons;
    }
    cuts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geo::build::topology::build;

    fn square(x: i32, y: i32, size: i32) -> Vec<Point> {
        // Clockwise on screen (y down).
        vec![
            (x, y),
            (x + size, y),
            (x + size, y + size),
            (x, y + size),
            (x, y),
        ]
    }

    #[test]
    fn gap_between_units_goes_to_the_longest_neighbour() {
        // Two units side by side with a sliver gap between them at x = 4..5, y = 0..4: the
        // left unit's right edge is straight, the right unit's left edge bends away.
        let left = square(0, 0, 4);
        let right = vec![(4, 0), (9, 0), (9, 4), (4, 4), (5, 2), (4, 0)];
        let mut topology = build(&[vec![vec![left]], vec![vec![right]]]);
        let cycles = uncovered_cycles(&topology, 1);
        let gaps: Vec<_> = cycles.iter().filter(|(_, a)| *a > 0).collect();
        assert_eq!(gaps.len(), 1, "{cycles:?}");
        assert_eq!(gaps[0].1, 4);
        assert_eq!(fill_gaps(&mut topology, 1, 100), 1);
        assert_eq!(merge_touching_polygons(&mut topology), 1);
        // The right unit (longer border along the gap: 3 points against 2) took it.
        assert_eq!(topology.shapes[1].len(), 1);
        let ring = ring_points(&topology.arcs, &topology.shapes[1][0][0]);
        assert_eq!(ring_area2(&ring), 2 * 20);
        // Only the outline is left uncovered.
        assert!(uncovered_cycles(&topology, 1).iter().all(|(_, a)| *a < 0));
    }

    #[test]
    fn slit_becomes_a_hole() {
        // A 9×9 square reaching its 3×3 hole through a slit along x = 3 from y = 0 to y = 3,
        // and the island that fills the hole. Rings clockwise on screen: positive area.
        let outer = vec![
            (3, 0),
            (9, 0),
            (9, 9),
            (0, 9),
            (0, 0),
            (3, 0),
            (3, 3),
            (3, 6),
            (6, 6),
            (6, 3),
            (3, 3),
            (3, 0),
        ];
        let island = square(3, 3, 3);
        let mut topology = build(&[vec![vec![outer]], vec![vec![island]]]);
        assert_eq!(cut_slits(&mut topology, 1), 1);
        let rings = &topology.shapes[0][0];
        assert_eq!(rings.len(), 2, "{rings:?}");
        let outline = ring_points(&topology.arcs, &rings[0]);
        let hole = ring_points(&topology.arcs, &rings[1]);
        assert_eq!(ring_area2(&outline), 162);
        assert_eq!(ring_area2(&hole), -18);
        // The island still shares the hole's arc.
        assert_eq!(
            arc_index(topology.shapes[1][0][0][0]),
            arc_index(rings[1][0])
        );
    }

    #[test]
    fn polygons_of_one_unit_sharing_a_border_merge() {
        // One unit of two squares side by side, as a multipolygon, next to another unit.
        let shapes = vec![
            vec![vec![square(0, 0, 4)], vec![square(4, 0, 4)]],
            vec![vec![square(0, 4, 8)]],
        ];
        let mut topology = build(&shapes);
        assert_eq!(merge_touching_polygons(&mut topology), 1);
        let polygons = &topology.shapes[0];
        assert_eq!(polygons.len(), 1);
        let ring = ring_points(&topology.arcs, &polygons[0][0]);
        assert_eq!(ring.first(), ring.last());
        assert_eq!(ring_area2(&ring), 64);
    }
}
