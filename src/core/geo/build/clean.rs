//! Removes zero-length edges and spikes from quantized rings.
//!
//! The source repeats points and sometimes walks an edge forth and back (A → B → A);
//! quantizing to the grid makes more of both. Left in, they would turn into junctions that
//! are not there, zero-area slivers, and segments that overlap themselves.

use std::collections::{BTreeSet, HashMap};

use super::topology::UnitRings;
use crate::core::geo::segments::{Point, on_segment, orient, ring_area2};

/// Whether `b` is the tip of a spike: `a → b → c` goes out and comes back along the same line.
pub fn is_spike(a: Point, b: Point, c: Point) -> bool {
    if orient(a, b, c) != 0 {
        return false;
    }
    let dot =
        i64::from(b.0 - a.0) * i64::from(c.0 - b.0) + i64::from(b.1 - a.1) * i64::from(c.1 - b.1);
    dot < 0
}

/// One linear pass: drops consecutive duplicates and spike tips, unwinding as it goes.
fn pass(points: &[Point]) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::with_capacity(points.len());
    for &p in points {
        if out.last() == Some(&p) {
            continue;
        }
        out.push(p);
        while out.len() >= 3 {
            let n = out.len();
            if !is_spike(out[n - 3], out[n - 2], out[n - 1]) {
                break;
            }
            out.remove(n - 2);
            if out[n - 3] == out[n - 2] {
                out.pop();
            }
        }
    }
    while out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    out
}

/// The cleaned version of a closed ring (first point repeated at the end), again closed;
/// empty when fewer than three distinct corners remain.
///
/// The cyclic ring is cleaned linearly, then rotated by half its length and cleaned again, so
/// that defects across the seam are found too; this repeats until nothing changes.
pub fn clean_ring(ring: &[Point]) -> Vec<Point> {
    let mut points: Vec<Point> = ring.to_vec();
    if points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    loop {
        let before = points.len();
        points = pass(&points);
        let half = points.len() / 2;
        points.rotate_left(half);
        points = pass(&points);
        if points.len() < 3 {
            return Vec::new();
        }
        if points.len() == before {
            break;
        }
    }
    points.push(points[0]);
    points
}

/// The cleaned version of an open line whose end points must stay where they are (an arc):
/// consecutive duplicates and spike tips between the ends are dropped. A line whose points
/// all coincide becomes that one point.
pub fn clean_line(line: &[Point]) -> Vec<Point> {
    let mut out: Vec<Point> = Vec::with_capacity(line.len());
    for &p in line {
        if out.last() == Some(&p) {
            continue;
        }
        out.push(p);
        // The tip checked is never the first point, and when the last point is dropped as a
        // duplicate an equal point stays in its place.
        while out.len() >= 3 {
            let n = out.len();
            if !is_spike(out[n - 3], out[n - 2], out[n - 1]) {
                break;
            }
            out.remove(n - 2);
            if out[n - 3] == out[n - 2] {
                out.pop();
            }
        }
    }
    out
}

/// Cuts tiny loops out of a closed ring: where the ring comes back to a point it passed
/// before, and the stretch between the two visits (or the rest of the ring) encloses at most
/// `max_area2` (twice the area), that stretch goes. The source has such loops of a few
/// square metres on many borders, sometimes at the end of a zero-width spike; both would
/// collapse on the grid into arcs that lead nowhere. Returns the closed, cleaned ring (empty if
/// it collapsed) and how many loops were cut.
pub fn cut_tiny_loops(ring: &[Point], max_area2: i128) -> (Vec<Point>, usize) {
    let mut ring = clean_ring(ring);
    let mut cut = 0;
    'search: while !ring.is_empty() {
        let open = &ring[..ring.len() - 1];
        let mut seen: HashMap<Point, usize> = HashMap::new();
        for (i, &p) in open.iter().enumerate() {
            if let Some(&j) = seen.get(&p) {
                // open[j..=i] is the loop; the rest runs from i round to j.
                let inner = ring_area2(&open[j..=i]).abs();
                let mut rest: Vec<Point> = open[i..].iter().chain(&open[..=j]).copied().collect();
                let outer = ring_area2(&rest).abs();
                let kept = if inner <= max_area2 && inner <= outer {
                    let mut kept: Vec<Point> = open[..=j].to_vec();
                    kept.extend_from_slice(&open[i + 1..]);
                    kept
                } else if outer <= max_area2 {
                    rest.clear();
                    rest.extend_from_slice(&open[j..i]);
                    rest
                } else {
                    seen.insert(p, i);
                    continue;
                };
                let mut closed = kept;
                if let Some(&first) = closed.first() {
                    closed.push(first);
                }
                ring = clean_ring(&closed);
                cut += 1;
                continue 'search;
            }
            seen.insert(p, i);
        }
        break;
    }
    (ring, cut)
}

/// Inserts into every segment the vertices of other rings that lie on it between its ends
/// ("T-junctions"): the source sometimes has a corner of two units on the straight edge of a
/// third that lacks that vertex. Without it the three borders would not be recognised as
/// shared and would leave a zero-width gap. Returns how many vertices were inserted.
pub fn node_t_junctions(shapes: &mut [UnitRings]) -> usize {
    const CELL: i32 = 16;
    let cell = |p: Point| (p.0.div_euclid(CELL), p.1.div_euclid(CELL));
    let vertices: BTreeSet<Point> = shapes
        .iter()
        .flatten()
        .flatten()
        .flatten()
        .copied()
        .collect();
    let mut buckets: HashMap<(i32, i32), Vec<Point>> = HashMap::new();
    for &v in &vertices {
        buckets.entry(cell(v)).or_default().push(v);
    }
    let mut inserted = 0;
    for ring in shapes.iter_mut().flatten().flatten() {
        let mut noded: Vec<Point> = Vec::with_capacity(ring.len());
        for w in ring.windows(2) {
            let (p, q) = (w[0], w[1]);
            noded.push(p);
            let (low, high) = (
                cell((p.0.min(q.0), p.1.min(q.1))),
                cell((p.0.max(q.0), p.1.max(q.1))),
            );
            let mut inside: Vec<Point> = Vec::new();
            for cx in low.0..=high.0 {
                for cy in low.1..=high.1 {
                    for &v in buckets.get(&(cx, cy)).map(Vec::as_slice).unwrap_or(&[]) {
                        if v != p && v != q && on_segment(v, p, q) {
                            inside.push(v);
                        }
                    }
                }
            }
            inside.sort_by_key(|v| {
                let (dx, dy) = (i64::from(v.0 - p.0), i64::from(v.1 - p.1));
                dx * dx + dy * dy
            });
            inserted += inside.len();
            noded.extend(inside);
        }
        if let Some(&last) = ring.last() {
            noded.push(last);
        }
        *ring = noded;
    }
    inserted
}

/// How many of the edges of a closed ring have zero length (for the converter's summary).
pub fn zero_length_edges(ring: &[Point]) -> usize {
    ring.windows(2).filter(|w| w[0] == w[1]).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distinct_corners(ring: &[Point]) -> Vec<Point> {
        let mut corners = ring[..ring.len() - 1].to_vec();
        corners.sort();
        corners
    }

    #[test]
    fn drops_duplicates_and_spikes() {
        let ring = [
            (0, 0),
            (0, 0),
            (4, 0),
            (6, 0), // spike tip: out along y = 0 and back
            (4, 0),
            (4, 4),
            (4, 4),
            (2, 6), // spike tip at an angle
            (4, 4),
            (0, 4),
            (0, 0),
        ];
        let cleaned = clean_ring(&ring);
        assert_eq!(cleaned.first(), cleaned.last());
        assert_eq!(
            distinct_corners(&cleaned),
            vec![(0, 0), (0, 4), (4, 0), (4, 4)]
        );
        assert_eq!(zero_length_edges(&cleaned), 0);
    }

    #[test]
    fn cleans_across_the_seam() {
        // The ring starts on the tip of a spike.
        let ring = [(9, 0), (4, 0), (4, 4), (0, 4), (0, 0), (4, 0), (9, 0)];
        let cleaned = clean_ring(&ring);
        assert_eq!(
            distinct_corners(&cleaned),
            vec![(0, 0), (0, 4), (4, 0), (4, 4)]
        );
    }

    #[test]
    fn nested_spikes_unwind() {
        let ring = [
            (0, 0),
            (5, 0),
            (5, 3),
            (5, 5),
            (5, 3),
            (5, 0),
            (5, -2),
            (0, -2),
            (0, 0),
        ];
        let cleaned = clean_ring(&ring);
        assert_eq!(
            distinct_corners(&cleaned),
            vec![(0, -2), (0, 0), (5, -2), (5, 0)]
        );
    }

    #[test]
    fn line_keeps_its_ends() {
        assert_eq!(
            clean_line(&[(0, 0), (0, 0), (3, 0), (5, 0), (4, 0), (4, 2), (4, 2)]),
            vec![(0, 0), (3, 0), (4, 0), (4, 2)]
        );
        assert_eq!(clean_line(&[(1, 1), (1, 1)]), vec![(1, 1)]);
        // Overshooting the end and coming back: the tip goes, the ends stay.
        assert_eq!(clean_line(&[(0, 0), (2, 0), (1, 0)]), vec![(0, 0), (1, 0)]);
    }

    #[test]
    fn tiny_loops_and_their_spikes_go() {
        // A square with a tiny loop at (4, 2) and, on the top edge, a spike out to (2, -3)
        // ending in a tiny loop.
        let ring = [
            (0, 0),
            (2, 0),
            (2, -3),
            (3, -4),
            (1, -4),
            (2, -3),
            (2, 0),
            (4, 0),
            (4, 2),
            (5, 2),
            (5, 3),
            (4, 2),
            (4, 4),
            (0, 4),
            (0, 0),
        ];
        let (cleaned, cut) = cut_tiny_loops(&ring, 4);
        assert_eq!(cut, 2);
        let mut corners = cleaned[..cleaned.len() - 1].to_vec();
        corners.sort();
        assert_eq!(
            corners,
            vec![(0, 0), (0, 4), (2, 0), (4, 0), (4, 2), (4, 4)]
        );
        // Bigger loops stay: the ring pinches there.
        let (kept, cut) = cut_tiny_loops(&ring, 0);
        assert_eq!(cut, 0);
        assert_eq!(kept.len(), ring.len());
    }

    #[test]
    fn t_junction_gets_its_vertex() {
        // A's right edge runs straight from (4, 0) to (4, 4); B and C meet at (4, 2) on it.
        let a = vec![(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)];
        let b = vec![(4, 0), (8, 0), (8, 2), (4, 2), (4, 0)];
        let c = vec![(4, 2), (8, 2), (8, 4), (4, 4), (4, 2)];
        let mut shapes = vec![vec![vec![a]], vec![vec![b]], vec![vec![c]]];
        assert_eq!(node_t_junctions(&mut shapes), 1);
        assert_eq!(
            shapes[0][0][0],
            vec![(0, 0), (4, 0), (4, 2), (4, 4), (0, 4), (0, 0)]
        );
    }

    #[test]
    fn collapsed_ring_is_empty() {
        assert!(clean_ring(&[(0, 0), (3, 0), (0, 0)]).is_empty());
        assert!(clean_ring(&[(0, 0), (0, 0), (0, 0)]).is_empty());
    }
}
