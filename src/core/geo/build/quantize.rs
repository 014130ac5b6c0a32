//! Rounds the arcs of an exact topology onto the integer grid without breaking it.
//!
//! The topology is built on the source coordinates, where shared borders match exactly.
//! Rounding each point to the nearest grid point keeps borders shared (a point always rounds
//! the same way) but can fold things smaller than a grid unit: a sliver collapses into a
//! doubled line, a corner lands on a neighbouring segment. Such spots are found with the same
//! rules the simplifier uses ([`arc_conflicts`], ring orientation) and repaired by moving one
//! source point at a time to another grid point next to its exact position, keeping a move
//! only when it lowers the number of defects; the converter fails if some cannot be repaired.

use std::collections::{BTreeMap, BTreeSet};

use super::clean::clean_line;
use super::topology::{Topology, arc_conflicts, arc_index, ring_points};
use crate::core::geo::segments::{Point, ring_area2};

/// Largest ring whose points are tried one by one when it folds.
const MAX_RING_SEARCH: usize = 256;

/// The result of [`quantize`].
#[derive(Debug, Clone)]
pub struct Quantized {
    /// Grid arcs and rings; arcs that collapsed to a point are gone.
    pub topology: Topology,
    /// Source points moved off their nearest grid point to repair a defect.
    pub moved: usize,
}

struct State<'a> {
    source: &'a Topology,
    exact: BTreeMap<Point, (f64, f64)>,
    grid: BTreeMap<Point, Point>,
    arcs_of: BTreeMap<Point, Vec<usize>>,
    arcs: Vec<Vec<Point>>,
    rings: Vec<&'a Vec<i32>>,
    signs: Vec<i128>,
    /// Grid width and height: repairs never move a point off the grid.
    size: (i32, i32),
}

impl State<'_> {
    fn grid_arc(&self, a: usize) -> Vec<Point> {
        let mapped: Vec<Point> = self.source.arcs[a]
            .iter()
            .map(|p| self.grid.get(p).copied().unwrap_or_default())
            .collect();
        clean_line(&mapped)
    }

    fn bad_rings(&self) -> Vec<usize> {
        self.rings
            .iter()
            .zip(&self.signs)
            .enumerate()
            .filter(|(_, (ring, sign))| {
                ring_area2(&ring_points(&self.arcs, ring)).signum() != **sign
            })
            .map(|(r, _)| r)
            .collect()
    }

    fn defects(&self) -> usize {
        arc_conflicts(&self.arcs).len() + self.bad_rings().len()
    }

    /// Moves source point `key` to `target` and returns where it was.
    fn place(&mut self, key: Point, target: Point) -> Point {
        let old = self.grid.insert(key, target).unwrap_or(target);
        for &a in self.arcs_of.get(&key).map(Vec::as_slice).unwrap_or(&[]) {
            self.arcs[a] = self.grid_arc(a);
        }
        old
    }

    /// Source points that land on an end of one of the given arc segments.
    fn keys_at(&self, segments: &[(usize, usize)]) -> BTreeSet<Point> {
        let mut keys = BTreeSet::new();
        for &(a, k) in segments {
            let ends = [self.arcs[a][k], self.arcs[a][k + 1]];
            for p in &self.source.arcs[a] {
                if self.grid.get(p).is_some_and(|g| ends.contains(g)) {
                    keys.insert(*p);
                }
            }
        }
        keys
    }

    /// The best single move for the first remaining defect, if one lowers the count.
    fn best_move(&mut self, defects: usize) -> Option<(Point, Point)> {
        let conflicts = arc_conflicts(&self.arcs);
        let keys = if let Some(&(s, t)) = conflicts.first() {
            self.keys_at(&[s, t])
        } else if let Some(&r) = self.bad_rings().first() {
            // A ring turned inside out or flat: try its points one by one (only small rings
            // can fold like that; a large one is not worth the search).
            let keys: BTreeSet<Point> = self.rings[r]
                .iter()
                .flat_map(|&x| self.source.arcs[arc_index(x)].iter().copied())
                .collect();
            if keys.len() > MAX_RING_SEARCH {
                return None;
            }
            keys
        } else {
            return None;
        };
        let mut best: Option<(usize, i64, Point, Point)> = None;
        for key in keys {
            let Some(&(ex, ey)) = self.exact.get(&key) else {
                continue;
            };
            let current = self.grid.get(&key).copied().unwrap_or_default();
            let centre = (ex.round() as i32, ey.round() as i32);
            for dx in -1..=1 {
                for dy in -1..=1 {
                    let target = (centre.0 + dx, centre.1 + dy);
                    let inside = (0..=self.size.0).contains(&target.0)
                        && (0..=self.size.1).contains(&target.1);
                    if target == current || !inside {
                        continue;
                    }
                    let old = self.place(key, target);
                    let after = self.defects();
                    self.place(key, old);
                    if after >= defects {
                        continue;
                    }
                    // Compare displacements exactly enough: in millionths of a grid unit.
                    let (ddx, ddy) = (f64::from(target.0) - ex, f64::from(target.1) - ey);
                    let shift = ((ddx * ddx + ddy * ddy) * 1e6).round() as i64;
                    let candidate = (after, shift, key, target);
                    if best.is_none_or(|b| candidate < b) {
                        best = Some(candidate);
                    }
                }
            }
        }
        best.map(|(_, _, key, target)| (key, target))
    }
}

/// Rounds `source` (any integer coordinates, e.g. 1/1024 degree) onto the grid of `size`
/// (width, height) with `to_grid` (exact grid coordinates of a source point), repairing what
/// rounding breaks. Rings keep their orientation sign: outer rings must come out positive
/// ([`ring_area2`]), holes negative.
pub fn quantize(
    source: &Topology,
    size: (i32, i32),
    to_grid: impl Fn(Point) -> (f64, f64),
) -> Result<Quantized, String> {
    let mut exact = BTreeMap::new();
    let mut grid = BTreeMap::new();
    let mut arcs_of: BTreeMap<Point, Vec<usize>> = BTreeMap::new();
    for (a, arc) in source.arcs.iter().enumerate() {
        for &p in arc {
            let (x, y) = to_grid(p);
            exact.insert(p, (x, y));
            grid.insert(p, (x.round() as i32, y.round() as i32));
            let uses = arcs_of.entry(p).or_default();
            if uses.last() != Some(&a) {
                uses.push(a);
            }
        }
    }
    let mut signs = Vec::new();
    for polygon in source.shapes.iter().flatten() {
        signs.extend((0..polygon.len()).map(|r| if r == 0 { 1 } else { -1 }));
    }
    let mut state = State {
        source,
        exact,
        grid,
        arcs_of,
        arcs: Vec::new(),
        rings: source.shapes.iter().flatten().flatten().collect(),
        signs,
        size,
    };
    state.arcs = (0..source.arcs.len()).map(|a| state.grid_arc(a)).collect();
    let mut moved = BTreeSet::new();
    let mut defects = state.defects();
    while defects > 0 {
        let Some((key, target)) = state.best_move(defects) else {
            let conflicts = arc_conflicts(&state.arcs);
            let place = conflicts
                .first()
                .map(|&((a, k), _)| format!("near grid point {:?}", state.arcs[a][k]))
                .unwrap_or_else(|| format!("in ring {:?}", state.bad_rings().first()));
            return Err(format!(
                "rounding to the grid leaves {defects} defects that moving one point does not \
                 repair, e.g. {place}"
            ));
        };
        state.place(key, target);
        moved.insert(key);
        defects = state.defects();
    }
    Ok(Quantized {
        topology: compact(state.arcs, &source.shapes),
        moved: moved.len(),
    })
}

/// Removes arcs that collapsed to a single point from the rings, cancels an arc walked
/// forth and straight back (what is left of a spike whose end collapsed), and renumbers the
/// arcs still used in order of first use.
fn compact(arcs: Vec<Vec<Point>>, shapes: &[Vec<Vec<Vec<i32>>>]) -> Topology {
    let ring_refs = |ring: &Vec<i32>| -> Vec<i32> {
        let mut out: Vec<i32> = Vec::with_capacity(ring.len());
        for &r in ring {
            if arcs[arc_index(r)].len() < 2 {
                continue;
            }
            if out.last() == Some(&!r) {
                out.pop();
            } else {
                out.push(r);
            }
        }
        // The same across the seam of the cyclic list.
        while out.len() >= 2 && out.first().map(|&f| !f) == out.last().copied() {
            out.pop();
            out.remove(0);
        }
        out
    };
    let mut new_index: Vec<Option<i32>> = vec![None; arcs.len()];
    let mut order: Vec<usize> = Vec::new();
    let shapes: Vec<Vec<Vec<Vec<i32>>>> = shapes
        .iter()
        .map(|unit| {
            unit.iter()
                .map(|polygon| {
                    polygon
                        .iter()
                        .map(|ring| {
                            ring_refs(ring)
                                .into_iter()
                                .map(|r| {
                                    let a = arc_index(r);
                                    let i = *new_index[a].get_or_insert_with(|| {
                                        order.push(a);
                                        (order.len() - 1) as i32
                                    });
                                    if r < 0 { !i } else { i }
                                })
                                .collect()
                        })
                        .collect()
                })
                .collect()
        })
        .collect();
    let mut slots: Vec<Option<Vec<Point>>> = arcs.into_iter().map(Some).collect();
    let arcs = order
        .into_iter()
        .map(|a| slots[a].take().unwrap_or_default())
        .collect();
    Topology { arcs, shapes }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geo::build::topology::build;

    #[test]
    fn rounding_keeps_shared_borders_and_drops_collapsed_arcs() {
        // Two squares sharing an edge, in tenths; a tiny notch of the shared edge collapses.
        let left = vec![
            (0, 0),
            (100, 0),
            (100, 50),
            (101, 52),
            (100, 54),
            (100, 100),
            (0, 100),
            (0, 0),
        ];
        let mut right: Vec<Point> = vec![(100, 0), (200, 0), (200, 100), (100, 100)];
        right.extend([(100, 54), (101, 52), (100, 50), (100, 0)]);
        let topology = build(&[vec![vec![left]], vec![vec![right]]]);
        let q = quantize(&topology, (20, 10), |(x, y)| {
            (f64::from(x) / 10.0, f64::from(y) / 10.0)
        })
        .unwrap();
        // The shared edge becomes straight (the notch was a tenth of a unit deep) and stays one arc.
        let shared: Vec<&Vec<Point>> = q
            .topology
            .arcs
            .iter()
            .filter(|a| a.iter().all(|p| p.0 == 10))
            .collect();
        assert_eq!(shared.len(), 1);
        assert_eq!(q.topology.shapes[0][0][0].len(), 2);
        assert_eq!(q.topology.shapes[1][0][0].len(), 2);
        assert_eq!(q.moved, 0);
    }

    #[test]
    fn folded_sliver_is_repaired_by_moving_a_point() {
        // A thin unit between two others: its middle corner rounds onto the far border.
        // Unit A: left block; unit B: a sliver wedge; unit C: right block. In tenths.
        let a = vec![(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)];
        let b = vec![(100, 0), (106, 50), (100, 100), (100, 0)];
        let c = vec![
            (100, 0),
            (200, 0),
            (200, 100),
            (100, 100),
            (106, 50),
            (100, 0),
        ];
        let topology = build(&[vec![vec![a]], vec![vec![b]], vec![vec![c]]]);
        // (106, 50) lies 0.6 units off the shared line; make it round onto the line, as a
        // sliver narrower than half a unit would.
        let squeeze = |(x, y): Point| {
            let gx = if x == 106 { 10.45 } else { f64::from(x) / 10.0 };
            (gx, f64::from(y) / 10.0)
        };
        let q = quantize(&topology, (20, 10), squeeze).unwrap();
        assert_eq!(q.moved, 1);
        assert!(arc_conflicts(&q.topology.arcs).is_empty());
        let sliver = ring_points(&q.topology.arcs, &q.topology.shapes[1][0][0]);
        assert!(ring_area2(&sliver) > 0, "{sliver:?}");
    }
}
