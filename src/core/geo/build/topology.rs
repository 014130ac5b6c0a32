//! Cuts rings into shared arcs, as TopoJSON does.
//!
//! Storing each border once is what keeps neighbours seamless after simplification: both
//! sides of a border draw the very same points. A *junction* is a point where the
//! neighbourhood changes (it has different neighbours in different rings, e.g. where three
//! units meet); rings are cut at every junction and equal pieces, in either direction, become
//! one arc. A ring is referenced as a list of arc indices, `!i` (= `-i - 1`) meaning arc `i`
//! walked backwards.

use std::collections::{HashMap, HashSet};

use crate::core::geo::segments::{Contact, Point, for_each_contact};

/// Shapes of the units as rings of arc references, plus the arcs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topology {
    /// Every arc once, as points; consecutive arcs of a ring share their end points.
    pub arcs: Vec<Vec<Point>>,
    /// Per unit, per polygon, per ring: arc references (`i` forwards, `!i` backwards).
    pub shapes: Vec<Vec<Vec<Vec<i32>>>>,
}

/// One unit as polygons of closed rings (first point repeated at the end), outer ring first.
pub type UnitRings = Vec<Vec<Vec<Point>>>;

/// Units as polygons of closed rings, without defects (see [`super::clean`]).
pub type Shapes = [UnitRings];

/// The points of a ring where it must be cut: those seen with different neighbours in
/// different places.
fn junctions(shapes: &Shapes) -> HashSet<Point> {
    let mut first_seen: HashMap<Point, (Point, Point)> = HashMap::new();
    let mut junctions = HashSet::new();
    for ring in shapes.iter().flatten().flatten() {
        let n = ring.len() - 1;
        for i in 0..n {
            let previous = ring[(i + n - 1) % n];
            let next = ring[i + 1];
            match first_seen.get(&ring[i]) {
                None => {
                    first_seen.insert(ring[i], (previous, next));
                }
                Some(&(p, q)) => {
                    if !((p == previous && q == next) || (p == next && q == previous)) {
                        junctions.insert(ring[i]);
                    }
                }
            }
        }
    }
    junctions
}

/// Cuts one closed ring at its junctions into pieces; a ring without junctions becomes one
/// closed piece starting at its smallest point, so that equal rings elsewhere match it.
fn cut(ring: &[Point], junctions: &HashSet<Point>) -> Vec<Vec<Point>> {
    let n = ring.len() - 1;
    let open = &ring[..n];
    let start = open
        .iter()
        .position(|p| junctions.contains(p))
        .or_else(|| {
            open.iter()
                .enumerate()
                .min_by_key(|&(_, p)| *p)
                .map(|(i, _)| i)
        })
        .unwrap_or(0);
    let mut rotated: Vec<Point> = open[start..]
        .iter()
        .chain(&open[..start])
        .copied()
        .collect();
    rotated.push(rotated[0]);
    let mut pieces = Vec::new();
    let mut current = vec![rotated[0]];
    for &p in &rotated[1..] {
        current.push(p);
        if junctions.contains(&p) {
            pieces.push(std::mem::replace(&mut current, vec![p]));
        }
    }
    if current.len() > 1 {
        pieces.push(current);
    }
    pieces
}

/// Builds the topology. Arcs are numbered in order of first use (units, polygons, rings in
/// the order given), so the result does not depend on hash order.
pub fn build(shapes: &Shapes) -> Topology {
    let junctions = junctions(shapes);
    let mut arcs: Vec<Vec<Point>> = Vec::new();
    let mut index: HashMap<Vec<Point>, usize> = HashMap::new();
    let mut out = Vec::with_capacity(shapes.len());
    for unit in shapes {
        let mut polygons = Vec::with_capacity(unit.len());
        for polygon in unit {
            let mut rings = Vec::with_capacity(polygon.len());
            for ring in polygon {
                let mut refs = Vec::new();
                for piece in cut(ring, &junctions) {
                    if let Some(&i) = index.get(&piece) {
                        refs.push(i as i32);
                        continue;
                    }
                    let reversed: Vec<Point> = piece.iter().rev().copied().collect();
                    if let Some(&i) = index.get(&reversed) {
                        refs.push(!(i as i32));
                        continue;
                    }
                    index.insert(piece.clone(), arcs.len());
                    refs.push(arcs.len() as i32);
                    arcs.push(piece);
                }
                rings.push(refs);
            }
            polygons.push(rings);
        }
        out.push(polygons);
    }
    Topology { arcs, shapes: out }
}

/// The points of a ring given as arc references (closed: first point repeated at the end).
/// References must be in range.
pub fn ring_points(arcs: &[Vec<Point>], refs: &[i32]) -> Vec<Point> {
    let mut points: Vec<Point> = Vec::new();
    for &r in refs {
        let arc = &arcs[arc_index(r)];
        let walk: Box<dyn Iterator<Item = &Point>> = if r < 0 {
            Box::new(arc.iter().rev())
        } else {
            Box::new(arc.iter())
        };
        let skip = usize::from(!points.is_empty());
        points.extend(walk.skip(skip));
    }
    points
}

/// The arc index of a reference (`i` or `!i`).
pub fn arc_index(reference: i32) -> usize {
    if reference < 0 {
        (!reference) as usize
    } else {
        reference as usize
    }
}

/// A segment of an arc: (arc index, segment index within the arc).
pub type SegmentId = (usize, usize);

/// Pairs of arc segments that meet where they must not, in a fixed order: arcs may only meet
/// at their end points, and consecutive segments of an arc only at their shared vertex.
/// Anything else (a crossing, an overlap, a vertex on another segment, two arcs touching
/// between their ends) would make the map's borders disagree with its shapes.
pub fn arc_conflicts(arcs: &[Vec<Point>]) -> Vec<(SegmentId, SegmentId)> {
    let mut segments = Vec::new();
    let mut owners: Vec<SegmentId> = Vec::new();
    for (a, arc) in arcs.iter().enumerate() {
        for (k, w) in arc.windows(2).enumerate() {
            segments.push((w[0], w[1]));
            owners.push((a, k));
        }
    }
    let is_arc_end = |(a, k): SegmentId, x: Point| {
        let arc = &arcs[a];
        (k == 0 && arc[0] == x) || (k + 2 == arc.len() && arc[arc.len() - 1] == x)
    };
    let mut conflicts = Vec::new();
    for_each_contact(&segments, |i, j, c| {
        let (s, t) = (owners[i], owners[j]);
        let allowed = match c {
            Contact::Apart => true,
            Contact::Touch(x) => {
                (s.0 == t.0 && s.1.abs_diff(t.1) == 1) || (is_arc_end(s, x) && is_arc_end(t, x))
            }
            Contact::Cross => false,
        };
        if !allowed {
            conflicts.push((s, t));
        }
    });
    conflicts
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn two_squares_share_one_arc() {
        // Left square 0..4, right square 4..8, sharing the edge x = 4.
        let shapes = vec![vec![vec![square(0, 0, 4)]], vec![vec![square(4, 0, 4)]]];
        let topology = build(&shapes);
        // Junctions at (4,0) and (4,4): left ring = outer part + shared edge;
        // right ring = shared edge reversed + its outer part.
        assert_eq!(
            topology.arcs,
            vec![
                vec![(4, 0), (4, 4)],
                vec![(4, 4), (0, 4), (0, 0), (4, 0)],
                vec![(4, 0), (8, 0), (8, 4), (4, 4)],
            ]
        );
        assert_eq!(topology.shapes[0], vec![vec![vec![0, 1]]]);
        assert_eq!(topology.shapes[1], vec![vec![vec![2, !0]]]);
        for (unit, original) in topology.shapes.iter().zip(&shapes) {
            let ring = ring_points(&topology.arcs, &unit[0][0]);
            assert_eq!(ring.len(), original[0][0].len());
        }
    }

    #[test]
    fn island_in_a_hole_dedupes_reversed() {
        // A 9×9 square with a 3×3 hole, and the island that fills the hole.
        let outer = square(0, 0, 9);
        let hole: Vec<Point> = square(3, 3, 3).into_iter().rev().collect();
        let island = square(3, 3, 3);
        let shapes = vec![vec![vec![outer, hole]], vec![vec![island]]];
        let topology = build(&shapes);
        // No junctions anywhere: each ring is one closed arc from its smallest point.
        assert_eq!(topology.arcs.len(), 2);
        assert_eq!(topology.arcs[0], square(0, 0, 9));
        assert_eq!(
            topology.arcs[1],
            vec![(3, 3), (3, 6), (6, 6), (6, 3), (3, 3)]
        );
        assert_eq!(topology.shapes[0], vec![vec![vec![0], vec![1]]]);
        assert_eq!(topology.shapes[1], vec![vec![vec![!1]]]);
    }

    #[test]
    fn ring_without_junction_starts_at_smallest_point() {
        let ring = vec![(5, 1), (7, 3), (5, 5), (3, 3), (5, 1)];
        let topology = build(&[vec![vec![ring]]]);
        assert_eq!(
            topology.arcs,
            vec![vec![(3, 3), (5, 1), (7, 3), (5, 5), (3, 3)]]
        );
        assert_eq!(topology.shapes, vec![vec![vec![vec![0]]]]);
    }
}
