//! Label points: the pole of inaccessibility of a polygon (polylabel).
//!
//! The centroid of a crescent or a C-shaped county can fall outside it; the pole of
//! inaccessibility is the inside point farthest from the outline, where a label has the most
//! room. Found by the quadtree search of Mapbox's polylabel (V. Agafonkin, 2016).

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::segments::{Point, point_in_ring};

/// Whether `p` is inside the polygon (outer ring and holes, even-odd).
fn inside(p: (f64, f64), rings: &[Vec<Point>]) -> bool {
    let mut inside = false;
    for ring in rings {
        for w in ring.windows(2) {
            let (a, b) = (
                (f64::from(w[0].0), f64::from(w[0].1)),
                (f64::from(w[1].0), f64::from(w[1].1)),
            );
            if (a.1 > p.1) != (b.1 > p.1) && p.0 < (b.0 - a.0) * (p.1 - a.1) / (b.1 - a.1) + a.0 {
                inside = !inside;
            }
        }
    }
    inside
}

fn segment_distance(p: (f64, f64), a: Point, b: Point) -> f64 {
    let (ax, ay, bx, by) = (
        f64::from(a.0),
        f64::from(a.1),
        f64::from(b.0),
        f64::from(b.1),
    );
    let (dx, dy) = (bx - ax, by - ay);
    let length2 = dx * dx + dy * dy;
    let t = if length2 > 0.0 {
        (((p.0 - ax) * dx + (p.1 - ay) * dy) / length2).clamp(0.0, 1.0)
    } else {
        0.0
    };
    let (ex, ey) = (ax + t * dx - p.0, ay + t * dy - p.1);
    (ex * ex + ey * ey).sqrt()
}

/// Distance from `p` to the nearest point of the rings.
fn outline_distance(p: (f64, f64), rings: &[Vec<Point>]) -> f64 {
    rings
        .iter()
        .flat_map(|r| r.windows(2))
        .map(|w| segment_distance(p, w[0], w[1]))
        .fold(f64::INFINITY, f64::min)
}

/// Distance from `p` to the outline; negative outside.
fn signed_distance(p: (f64, f64), rings: &[Vec<Point>]) -> f64 {
    let nearest = outline_distance(p, rings);
    if inside(p, rings) { nearest } else { -nearest }
}

struct Cell {
    centre: (f64, f64),
    half: f64,
    distance: f64,
    potential: f64,
}

impl Cell {
    fn new(centre: (f64, f64), half: f64, rings: &[Vec<Point>]) -> Cell {
        let distance = signed_distance(centre, rings);
        Cell {
            centre,
            half,
            distance,
            potential: distance + half * std::f64::consts::SQRT_2,
        }
    }
}

impl PartialEq for Cell {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Cell {}
impl PartialOrd for Cell {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Cell {
    fn cmp(&self, other: &Self) -> Ordering {
        self.potential
            .total_cmp(&other.potential)
            .then(other.centre.0.total_cmp(&self.centre.0))
            .then(other.centre.1.total_cmp(&self.centre.1))
    }
}

/// How far unit `i`'s label point lies from its outline, in grid units: the radius of the
/// largest circle around the label that stays inside the unit. Small for a unit too narrow
/// to tap or to hold its name at a phone's width.
pub fn label_room(g: &super::decode::Geometry, i: usize) -> f64 {
    let Some(unit) = g.units.get(i) else {
        return 0.0;
    };
    let p = (f64::from(unit.label.0), f64::from(unit.label.1));
    let rings: Vec<Vec<Point>> = unit
        .polygons
        .iter()
        .flatten()
        .map(|refs| g.ring_points(refs))
        .collect();
    outline_distance(p, &rings)
}

/// The pole of inaccessibility of a polygon (closed rings, outer first), to within
/// `precision` grid units, rounded to the integer inside point nearby that is farthest from
/// the outline.
pub fn pole_of_inaccessibility(rings: &[Vec<Point>], precision: f64) -> Point {
    let Some(outer) = rings.first().filter(|r| !r.is_empty()) else {
        return (0, 0);
    };
    let min_x = outer.iter().map(|p| p.0).min().unwrap_or(0);
    let max_x = outer.iter().map(|p| p.0).max().unwrap_or(0);
    let min_y = outer.iter().map(|p| p.1).min().unwrap_or(0);
    let max_y = outer.iter().map(|p| p.1).max().unwrap_or(0);
    let size = f64::from(max_x - min_x).min(f64::from(max_y - min_y));
    if size <= 0.0 {
        return outer[0];
    }
    let half = size / 2.0;
    let mut queue = BinaryHeap::new();
    let mut x = f64::from(min_x);
    while x < f64::from(max_x) {
        let mut y = f64::from(min_y);
        while y < f64::from(max_y) {
            queue.push(Cell::new((x + half, y + half), half, rings));
            y += size;
        }
        x += size;
    }
    let centre = (
        f64::from(min_x + max_x) / 2.0,
        f64::from(min_y + max_y) / 2.0,
    );
    let mut best = Cell::new(centre, 0.0, rings);
    while let Some(cell) = queue.pop() {
        if cell.distance > best.distance {
            best = Cell::new(cell.centre, 0.0, rings);
        }
        if cell.potential - best.distance <= precision {
            continue;
        }
        let h = cell.half / 2.0;
        for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] {
            queue.push(Cell::new(
                (cell.centre.0 + dx, cell.centre.1 + dy),
                h,
                rings,
            ));
        }
    }
    round_inside(best.centre, rings)
}

/// The integer point within 2 units of `p` that is inside and farthest from the outline.
fn round_inside(p: (f64, f64), rings: &[Vec<Point>]) -> Point {
    let (cx, cy) = (p.0.round() as i32, p.1.round() as i32);
    let mut best: Option<(f64, Point)> = None;
    for dx in -2..=2 {
        for dy in -2..=2 {
            let q = (cx + dx, cy + dy);
            let even_odd = rings.iter().filter(|r| point_in_ring(q, r)).count() % 2 == 1;
            if !even_odd {
                continue;
            }
            let d = signed_distance((f64::from(q.0), f64::from(q.1)), rings);
            if best.is_none_or(|(bd, _)| d > bd) {
                best = Some((d, q));
            }
        }
    }
    best.map_or((cx, cy), |(_, q)| q)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn square_label_is_its_centre() {
        let ring = vec![(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)];
        let (x, y) = pole_of_inaccessibility(&[ring], 2.0);
        assert!((x - 50).abs() <= 2 && (y - 50).abs() <= 2, "({x}, {y})");
    }

    #[test]
    fn c_shape_label_is_inside_the_thick_part() {
        // A C open to the right; its centroid would sit in the gap.
        let ring = vec![
            (0, 0),
            (100, 0),
            (100, 20),
            (40, 20),
            (40, 80),
            (100, 80),
            (100, 100),
            (0, 100),
            (0, 0),
        ];
        let p = pole_of_inaccessibility(std::slice::from_ref(&ring), 2.0);
        assert!(point_in_ring(p, &ring), "{p:?}");
        assert!(p.0 < 40, "{p:?}");
    }

    #[test]
    fn hole_is_avoided() {
        let outer = vec![(0, 0), (100, 0), (100, 100), (0, 100), (0, 0)];
        let hole = vec![(30, 30), (30, 70), (70, 70), (70, 30), (30, 30)];
        let p = pole_of_inaccessibility(&[outer.clone(), hole.clone()], 2.0);
        assert!(
            point_in_ring(p, &outer) && !point_in_ring(p, &hole),
            "{p:?}"
        );
    }
}
