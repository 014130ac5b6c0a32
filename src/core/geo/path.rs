//! SVG path data and adjacency from the decoded geometry.
//!
//! Paths are in grid units with integers only: an absolute `M` at each start, then relative
//! `l` steps, which keeps the DOM small (most steps are one or two digits, and a minus sign
//! needs no space before it).

use std::collections::BTreeSet;

use super::decode::Geometry;
use super::segments::Point;

/// Appends the relative steps from each point to the next.
fn push_steps(out: &mut String, points: &[Point]) {
    for w in points.windows(2) {
        push_number(out, w[1].0 - w[0].0);
        push_number(out, w[1].1 - w[0].1);
    }
}

/// Appends `n`, after a space only where a digit precedes a number that has no minus sign:
/// `l3-2 4 0`. A minus sign separates numbers by itself, which makes the map's path data
/// about a tenth shorter.
fn push_number(out: &mut String, n: i32) {
    if n >= 0 && out.ends_with(|c: char| c.is_ascii_digit()) {
        out.push(' ');
    }
    push_int(out, n);
}

/// Starts a subpath at `p` followed by relative steps: `M120 45l`.
fn push_move(out: &mut String, p: Point) {
    out.push('M');
    push_int(out, p.0);
    out.push(' ');
    push_int(out, p.1);
    out.push('l');
}

/// Appends `n` in decimal. By hand rather than through `core::fmt`, which costs several
/// times more per number, and a map has about twenty thousand of them.
fn push_int(out: &mut String, n: i32) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 10];
    let mut rest = n.unsigned_abs();
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

impl Geometry {
    /// SVG path data of unit `i` (empty if there is no such unit): for each ring, `M x y`,
    /// relative `l` steps and `z`, e.g. `M120 45l3-2 4 0z`; holes included.
    ///
    /// Draw it with `fill-rule="evenodd"`, which is right whatever the winding. (The converter
    /// also writes outer rings clockwise on screen and holes counter-clockwise, so the default
    /// `nonzero` works for files it wrote.)
    pub fn unit_path(&self, i: usize) -> String {
        self.units
            .get(i)
            .map_or_else(String::new, |u| self.polygons_path(&u.polygons))
    }

    /// SVG path data of partner district `i` (see [`Geometry::partners`]), as
    /// [`Geometry::unit_path`].
    pub fn partner_path(&self, i: usize) -> String {
        self.partners
            .get(i)
            .map_or_else(String::new, |u| self.polygons_path(&u.polygons))
    }

    fn polygons_path(&self, polygons: &[Vec<Vec<i32>>]) -> String {
        let mut out = String::new();
        for ring in polygons.iter().flatten() {
            let points = self.ring_points(ring);
            let Some(&(x, y)) = points.first() else {
                continue;
            };
            push_move(&mut out, (x, y));
            // The last point repeats the first: `z` draws that step.
            push_steps(&mut out, &points[..points.len() - 1]);
            out.push('z');
        }
        out
    }

    /// One path of every arc for which `keep(a, b)` is true, where `a` and `b` are the units
    /// on either side of the arc (`a <= b`; `b` is `None` on the region's outer edge, and
    /// `b == Some(a)` where an arc separates two polygons of the same unit). Each arc appears
    /// once; an arc that starts where the previous one ended continues the same subpath.
    ///
    /// For example interior county borders: `|a, b| b.is_some_and(|b| same_city(a, b))`.
    pub fn mesh(&self, keep: impl Fn(usize, Option<usize>) -> bool) -> String {
        let mut out = String::new();
        let mut pen: Option<Point> = None;
        for (arc, sides) in self.arcs.iter().zip(&self.sides) {
            let Some(&a) = sides.first() else {
                continue;
            };
            if !keep(a, sides.get(1).copied()) {
                continue;
            }
            let (Some(&start), Some(&end)) = (arc.first(), arc.last()) else {
                continue;
            };
            if pen != Some(start) {
                push_move(&mut out, start);
            }
            push_steps(&mut out, arc);
            pen = Some(end);
        }
        out
    }

    /// Units that share at least one arc with unit `i`, ascending, without `i` itself.
    pub fn neighbours(&self, i: usize) -> Vec<usize> {
        let mut found = BTreeSet::new();
        for sides in &self.sides {
            if sides.contains(&i) {
                found.extend(sides.iter().copied().filter(|&u| u != i));
            }
        }
        found.into_iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::core::geo::{Geometry, fixture};

    fn geometry() -> Geometry {
        Geometry::parse(&fixture::text(), "fixture").unwrap()
    }

    #[test]
    fn integers_are_written_as_std_writes_them() {
        for n in [0, 7, -7, 10, -10, 99, 12345, -98765, i32::MAX, i32::MIN] {
            let mut out = String::new();
            super::push_int(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn unit_paths_are_exact() {
        let g = geometry();
        assert_eq!(g.unit_path(0), "M4 0l0 4-4 0 0-4z");
        assert_eq!(g.unit_path(1), "M4 0l4 0 0 4-4 0z");
        assert_eq!(g.unit_path(2), "M10 0l10 0 0 10-10 0zM13 3l0 3 3 0 0-3z");
        assert_eq!(g.unit_path(3), "M13 3l3 0 0 3-3 0z");
        assert_eq!(g.unit_path(4), "");
    }

    #[test]
    fn mesh_picks_arcs_by_their_sides() {
        let g = geometry();
        let seen = std::cell::RefCell::new(Vec::new());
        let _ = g.mesh(|a, b| {
            seen.borrow_mut().push((a, b));
            false
        });
        assert_eq!(
            seen.into_inner(),
            vec![(0, Some(1)), (0, None), (1, None), (2, None), (2, Some(3))]
        );
        assert_eq!(g.mesh(|_, b| b.is_some()), "M4 0l0 4M13 3l0 3 3 0 0-3-3 0");
        // Arc 2 starts where arc 1 ends, so it continues the same subpath.
        assert_eq!(
            g.mesh(|_, b| b.is_none()),
            "M4 4l-4 0 0-4 4 0 4 0 0 4-4 0M10 0l10 0 0 10-10 0 0-10"
        );
        assert_eq!(g.mesh(|_, _| false), "");
    }

    #[test]
    fn neighbours_share_an_arc() {
        let g = geometry();
        assert_eq!(g.neighbours(0), vec![1]);
        assert_eq!(g.neighbours(1), vec![0]);
        assert_eq!(g.neighbours(2), vec![3]);
        assert_eq!(g.neighbours(3), vec![2]);
        assert!(g.neighbours(9).is_empty());
    }
}
