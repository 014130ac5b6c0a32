//! Visvalingam-Whyatt simplification of each arc, with both end points fixed.
//!
//! Simplifying arcs rather than rings is what keeps neighbours seamless: a border is one arc,
//! drawn by both units. Each interior point gets an *effective area* (the area of the
//! triangle it forms with its neighbours when it is removed, never less than that of any
//! point removed before it), and a point is kept when that area is above the threshold.
//! Areas are exact integers: twice the triangle area, in grid units².
//!
//! Afterwards no two segments may cross or overlap and no ring may turn inside out; arcs
//! involved in such a defect get a lower threshold (a quarter) and everything is checked
//! again, down to threshold 0 (only exactly collinear points dropped). A ring never keeps
//! fewer than 4 distinct points, and no ring is ever dropped.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet, BinaryHeap};

use super::topology::{Topology, arc_conflicts, arc_index, ring_points};
use crate::core::geo::segments::{Point, orient, point_in_ring, ring_area2};

/// Effective areas (twice the triangle area) of the points of an arc; the end points get
/// `i64::MAX` so that they always stay.
pub fn effective_areas(arc: &[Point]) -> Vec<i64> {
    let n = arc.len();
    let mut weights = vec![i64::MAX; n];
    if n < 3 {
        return weights;
    }
    let mut previous: Vec<usize> = (0..n).map(|i| i.saturating_sub(1)).collect();
    let mut next: Vec<usize> = (0..n).map(|i| (i + 1).min(n - 1)).collect();
    let area = |a: usize, b: usize, c: usize| orient(arc[a], arc[b], arc[c]).abs();
    let mut current: Vec<i64> = (0..n)
        .map(|i| {
            if i == 0 || i == n - 1 {
                i64::MAX
            } else {
                area(i - 1, i, i + 1)
            }
        })
        .collect();
    let mut heap: BinaryHeap<Reverse<(i64, usize)>> =
        (1..n - 1).map(|i| Reverse((current[i], i))).collect();
    let mut removed = vec![false; n];
    let mut largest_so_far = 0;
    while let Some(Reverse((a, i))) = heap.pop() {
        if removed[i] || a != current[i] {
            continue;
        }
        largest_so_far = largest_so_far.max(a);
        weights[i] = largest_so_far;
        removed[i] = true;
        let (p, q) = (previous[i], next[i]);
        next[p] = q;
        previous[q] = p;
        for j in [p, q] {
            if j != 0 && j != n - 1 {
                current[j] = area(previous[j], j, next[j]);
                heap.push(Reverse((current[j], j)));
            }
        }
    }
    weights
}

/// The result of simplifying a topology.
#[derive(Debug, Clone)]
pub struct Simplified {
    /// The simplified arcs, in the same order as the input arcs.
    pub arcs: Vec<Vec<Point>>,
    /// The threshold (twice the area) each arc ended up with.
    pub thresholds: Vec<i64>,
    /// How many check-and-lower rounds it took.
    pub rounds: usize,
    /// How many points were kept only so that a ring keeps 4 distinct points.
    pub forced: usize,
}

struct Arcs<'a> {
    original: &'a [Vec<Point>],
    weights: Vec<Vec<i64>>,
    thresholds: Vec<i64>,
    forced: Vec<Vec<bool>>,
}

impl Arcs<'_> {
    fn keeps(&self, arc: usize, i: usize) -> bool {
        let w = &self.weights[arc];
        i == 0 || i + 1 == w.len() || w[i] > self.thresholds[arc] || self.forced[arc][i]
    }

    fn kept_count(&self, arc: usize) -> usize {
        (0..self.original[arc].len())
            .filter(|&i| self.keeps(arc, i))
            .count()
    }

    fn select(&self, arc: usize) -> Vec<Point> {
        self.original[arc]
            .iter()
            .enumerate()
            .filter(|&(i, _)| self.keeps(arc, i))
            .map(|(_, &p)| p)
            .collect()
    }

    /// Forces the heaviest dropped points of a closed arc (a loop from a junction back to
    /// it) back in until it has 3 distinct points, so that no loop shrinks to nothing.
    fn keep_loop_open(&mut self, arc: usize) -> usize {
        let points = &self.original[arc];
        if points.len() < 4 || points.first() != points.last() {
            return 0;
        }
        let mut forced = 0;
        while self.kept_count(arc) < 4 {
            let best = (1..points.len() - 1)
                .filter(|&i| !self.keeps(arc, i))
                .max_by_key(|&i| (self.weights[arc][i], Reverse(i)));
            let Some(i) = best else {
                break;
            };
            self.forced[arc][i] = true;
            forced += 1;
        }
        forced
    }

    /// Forces the heaviest dropped points of a ring's arcs back in until the ring has 4
    /// distinct points (or every point is kept). Returns how many points were forced.
    fn keep_four(&mut self, ring: &[i32]) -> usize {
        let mut forced = 0;
        loop {
            let distinct: usize = ring
                .iter()
                .map(|&r| self.kept_count(arc_index(r)).saturating_sub(1))
                .sum();
            if distinct >= 4 {
                return forced;
            }
            let mut best: Option<(i64, Reverse<usize>, Reverse<usize>)> = None;
            for &r in ring {
                let arc = arc_index(r);
                for i in 1..self.original[arc].len().saturating_sub(1) {
                    if !self.keeps(arc, i) {
                        let candidate = (self.weights[arc][i], Reverse(arc), Reverse(i));
                        best = best.max(Some(candidate));
                    }
                }
            }
            match best {
                Some((_, Reverse(arc), Reverse(i))) => {
                    self.forced[arc][i] = true;
                    forced += 1;
                }
                None => return forced,
            }
        }
    }
}

/// What must stay true while arcs are simplified, measured on the unsimplified arcs.
pub struct Guard<'a> {
    rings: Vec<&'a Vec<i32>>,
    /// Sign of each ring's area.
    signs: Vec<i128>,
    /// Connected group of arcs (joined at their end points) of each ring.
    ring_group: Vec<usize>,
    /// One fixed point (an arc end) per group.
    probes: Vec<Point>,
    /// `inside[g][r]`: whether the probe of group `g` lies inside ring `r` of another group.
    inside: Vec<Vec<bool>>,
}

impl<'a> Guard<'a> {
    /// Records signs and the nesting of separate groups (islands) in the original arcs.
    pub fn new(topology: &'a Topology) -> Guard<'a> {
        let arcs = &topology.arcs;
        let rings: Vec<&Vec<i32>> = topology.shapes.iter().flatten().flatten().collect();
        let signs = rings
            .iter()
            .map(|r| ring_area2(&ring_points(arcs, r)).signum())
            .collect();
        // Union-find over arcs that share an end point.
        let mut parent: Vec<usize> = (0..arcs.len()).collect();
        fn root(parent: &mut [usize], mut a: usize) -> usize {
            while parent[a] != a {
                parent[a] = parent[parent[a]];
                a = parent[a];
            }
            a
        }
        let mut by_end: BTreeMap<Point, usize> = BTreeMap::new();
        for (a, arc) in arcs.iter().enumerate() {
            for end in [arc[0], arc[arc.len() - 1]] {
                let other = *by_end.entry(end).or_insert(a);
                let (ra, rb) = (root(&mut parent, a), root(&mut parent, other));
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
        let mut group_of_root: BTreeMap<usize, usize> = BTreeMap::new();
        let mut probes = Vec::new();
        let mut arc_group = vec![0; arcs.len()];
        for a in 0..arcs.len() {
            let r = root(&mut parent, a);
            let g = *group_of_root.entry(r).or_insert_with(|| {
                probes.push(arcs[a][0]);
                probes.len() - 1
            });
            arc_group[a] = g;
        }
        let ring_group: Vec<usize> = rings
            .iter()
            .map(|r| r.first().map_or(0, |&f| arc_group[arc_index(f)]))
            .collect();
        let mut guard = Guard {
            rings,
            signs,
            ring_group,
            probes,
            inside: Vec::new(),
        };
        guard.inside = guard.nesting(arcs);
        guard
    }

    fn nesting(&self, arcs: &[Vec<Point>]) -> Vec<Vec<bool>> {
        if self.probes.len() < 2 {
            return Vec::new();
        }
        let rings: Vec<Vec<Point>> = self.rings.iter().map(|r| ring_points(arcs, r)).collect();
        self.probes
            .iter()
            .enumerate()
            .map(|(g, &p)| {
                rings
                    .iter()
                    .zip(&self.ring_group)
                    .map(|(ring, &rg)| rg != g && point_in_ring(p, ring))
                    .collect()
            })
            .collect()
    }

    /// Arcs that take part in a defect: two segments that cross or overlap, or touch anywhere
    /// but at a shared arc end or the shared vertex of consecutive segments; a ring whose
    /// signed area changed sign or became zero; an island that changed sides.
    pub fn defective_arcs(&self, arcs: &[Vec<Point>]) -> BTreeSet<usize> {
        let mut defective = BTreeSet::new();
        for (s, t) in arc_conflicts(arcs) {
            defective.insert(s.0);
            defective.insert(t.0);
        }
        for (ring, &sign) in self.rings.iter().zip(&self.signs) {
            let area = ring_area2(&ring_points(arcs, ring));
            if area.signum() != sign || area == 0 {
                defective.extend(ring.iter().map(|&r| arc_index(r)));
            }
        }
        let nesting = self.nesting(arcs);
        for (before, after) in self.inside.iter().zip(&nesting) {
            for (r, (b, a)) in before.iter().zip(after).enumerate() {
                if b != a {
                    defective.extend(self.rings[r].iter().map(|&x| arc_index(x)));
                }
            }
        }
        defective
    }
}

/// Simplifies every arc of `topology` with the threshold `threshold2` (twice the effective
/// area, grid units²), lowering it for arcs involved in defects until there are none.
/// Fails when defects remain with the threshold at zero.
pub fn simplify(topology: &Topology, threshold2: i64) -> Result<Simplified, String> {
    let guard = Guard::new(topology);
    let mut state = Arcs {
        original: &topology.arcs,
        weights: topology.arcs.iter().map(|a| effective_areas(a)).collect(),
        thresholds: vec![threshold2; topology.arcs.len()],
        forced: topology.arcs.iter().map(|a| vec![false; a.len()]).collect(),
    };
    let mut forced = 0;
    let mut rounds = 0;
    loop {
        rounds += 1;
        for arc in 0..topology.arcs.len() {
            forced += state.keep_loop_open(arc);
        }
        for ring in &guard.rings {
            forced += state.keep_four(ring);
        }
        let arcs: Vec<Vec<Point>> = (0..topology.arcs.len()).map(|a| state.select(a)).collect();
        let defective = guard.defective_arcs(&arcs);
        if defective.is_empty() {
            return Ok(Simplified {
                arcs,
                thresholds: state.thresholds,
                rounds,
                forced,
            });
        }
        for &a in &defective {
            if state.thresholds[a] == 0 {
                let first = topology.arcs[a].first().copied().unwrap_or_default();
                return Err(format!(
                    "arc {a} (starting at grid point {first:?}) crosses or overlaps another arc \
                     even without simplification"
                ));
            }
            state.thresholds[a] /= 4;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geo::build::topology::build;

    #[test]
    fn effective_areas_fix_end_points() {
        let arc = [(0, 0), (1, 0), (2, 5), (3, 0), (4, 0)];
        let w = effective_areas(&arc);
        assert_eq!(w[0], i64::MAX);
        assert_eq!(w[4], i64::MAX);
        // (1,0) and (3,0) form small triangles, the peak a large one.
        assert!(w[1] < w[2] && w[3] < w[2]);
        // Monotone: a point removed later never weighs less than one removed before.
        assert!(w[2] >= w[1].max(w[3]));
    }

    /// Two units sharing a wiggly border, each closed by a straight outer edge.
    fn wiggly_pair() -> Topology {
        let border: Vec<Point> = (0..=20)
            .map(|i| (100, i * 10 + if i % 2 == 0 { 0 } else { 1 }))
            .collect();
        let mut left = border.clone();
        left.extend([(0, 200), (0, 0), (100, 0)]);
        let mut right: Vec<Point> = border.iter().rev().copied().collect();
        right.extend([(200, 0), (200, 200), (100, 200)]);
        build(&[vec![vec![left]], vec![vec![right]]])
    }

    #[test]
    fn shared_border_stays_identical_and_ends_stay() {
        let topology = wiggly_pair();
        let simplified = simplify(&topology, 100).unwrap();
        for (before, after) in topology.arcs.iter().zip(&simplified.arcs) {
            assert_eq!(before.first(), after.first());
            assert_eq!(before.last(), after.last());
        }
        // The wiggles (twice the area 10 per point) went, so the border is a straight line.
        let left = ring_points(&simplified.arcs, &topology.shapes[0][0][0]);
        let right = ring_points(&simplified.arcs, &topology.shapes[1][0][0]);
        assert!(left.len() < 10 && right.len() < 10);
        // Every point of the border in one ring is in the other.
        let border: Vec<&Point> = left.iter().filter(|p| p.0 == 100).collect();
        for p in &border {
            assert!(right.contains(p), "{p:?} missing on the right");
        }
        assert!(border.len() >= 2);
    }

    #[test]
    fn tiny_ring_keeps_four_points() {
        let ring = vec![(0, 0), (5, 0), (10, 1), (10, 10), (5, 11), (0, 10), (0, 0)];
        let topology = build(&[vec![vec![ring]]]);
        let simplified = simplify(&topology, 1_000_000).unwrap();
        assert_eq!(simplified.arcs[0].len(), 5, "{:?}", simplified.arcs[0]);
        assert!(simplified.forced > 0);
    }

    #[test]
    fn lobe_attached_at_a_point_stays_open() {
        // A square with a small lobe hanging off its corner (10, 10): the ring passes that
        // corner twice, so the lobe is one closed arc from the corner back to it.
        let ring = vec![
            (0, 0),
            (10, 0),
            (10, 10),
            (14, 11),
            (15, 15),
            (11, 14),
            (10, 10),
            (0, 10),
            (0, 0),
        ];
        let topology = build(&[vec![vec![ring]]]);
        let lobe = topology
            .arcs
            .iter()
            .position(|a| a.len() == 5 && a[0] == (10, 10))
            .unwrap();
        let simplified = simplify(&topology, 1_000_000).unwrap();
        assert_eq!(
            simplified.arcs[lobe].len(),
            4,
            "{:?}",
            simplified.arcs[lobe]
        );
    }

    #[test]
    fn island_in_a_bay_lowers_the_threshold() {
        // A unit with a deep bay holding a small separate unit: flattening the bay would
        // swallow the small unit without any segments crossing.
        let outer = vec![
            (0, 0),
            (30, 0),
            (50, 20),
            (70, 0),
            (100, 0),
            (100, 100),
            (0, 100),
            (0, 0),
        ];
        let island = vec![(45, 5), (55, 5), (55, 10), (45, 10), (45, 5)];
        let topology = build(&[vec![vec![outer]], vec![vec![island]]]);
        let simplified = simplify(&topology, 2_000).unwrap();
        assert!(simplified.rounds > 1);
        assert!(simplified.arcs[0].contains(&(50, 20)));
        assert!(
            Guard::new(&topology)
                .defective_arcs(&simplified.arcs)
                .is_empty()
        );
    }

    #[test]
    fn crossing_segments_are_defects() {
        // Two units whose outlines were made to cross: both arcs are reported.
        let a = vec![(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)];
        let b = vec![(5, 5), (15, 5), (15, 15), (5, 15), (5, 5)];
        let topology = build(&[vec![vec![a]], vec![vec![b]]]);
        let defective = Guard::new(&topology).defective_arcs(&topology.arcs);
        assert_eq!(defective.into_iter().collect::<Vec<_>>(), vec![0, 1]);
        assert!(simplify(&topology, 0).is_err());
    }
}
