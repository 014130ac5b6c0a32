//! Arcs and rings: each arc delta-decoded within the coordinate limit, each ring's arc
//! references in range, chained end to start, closed, with area, and not crossing itself.

use super::COORDINATE_LIMIT;
use crate::core::error::DataError;
use crate::core::geo::segments::{Contact, Point, for_each_contact_within, ring_area2};

fn point_text(p: Point) -> String {
    format!("({}, {})", p.0, p.1)
}

/// Delta-decodes one arc, checking its shape and the coordinate range.
pub(super) fn decode_arc(file: &str, i: usize, flat: &[i64]) -> Result<Vec<Point>, DataError> {
    let path = format!("arcs[{i}]");
    if flat.len() < 4 || !flat.len().is_multiple_of(2) {
        return Err(DataError::new(
            file,
            path,
            format!(
                "expected an even number of integers, at least 4 (x, y, then dx, dy per further \
                 point), found {}",
                flat.len()
            ),
        ));
    }
    let overflow = |k: usize| {
        DataError::new(
            file,
            format!("arcs[{i}]"),
            format!(
                "expected coordinates within ±{COORDINATE_LIMIT} (coordinate overflow at point {k})"
            ),
        )
    };
    let mut points = Vec::with_capacity(flat.len() / 2);
    let (mut x, mut y) = (0i64, 0i64);
    for (k, pair) in flat.chunks_exact(2).enumerate() {
        x = x.checked_add(pair[0]).ok_or_else(|| overflow(k))?;
        y = y.checked_add(pair[1]).ok_or_else(|| overflow(k))?;
        if x.abs() > COORDINATE_LIMIT || y.abs() > COORDINATE_LIMIT {
            return Err(overflow(k));
        }
        // In range by the check above.
        points.push((x as i32, y as i32));
    }
    Ok(points)
}

/// Checks one ring's references and returns them as `i32` with its points (closed).
pub(super) fn decode_ring(
    file: &str,
    path: &str,
    refs: &[i64],
    arcs: &[Vec<Point>],
) -> Result<(Vec<i32>, Vec<Point>), DataError> {
    if refs.is_empty() {
        return Err(DataError::new(
            file,
            path,
            "expected a ring of at least one arc reference",
        ));
    }
    let mut out = Vec::with_capacity(refs.len());
    let mut points: Vec<Point> = Vec::new();
    for (k, &r) in refs.iter().enumerate() {
        let index = if r < 0 { !r } else { r };
        let arc = usize::try_from(index)
            .ok()
            .and_then(|i| arcs.get(i))
            .filter(|_| i32::try_from(r).is_ok());
        let Some(arc) = arc else {
            return Err(DataError::new(
                file,
                format!("{path}[{k}]"),
                format!(
                    "expected an arc reference from {} to {} (arc index out of range), found {r}",
                    -(arcs.len() as i64),
                    arcs.len() as i64 - 1
                ),
            ));
        };
        let walk: Vec<Point> = if r < 0 {
            arc.iter().rev().copied().collect()
        } else {
            arc.clone()
        };
        if let (Some(&end), Some(&start)) = (points.last(), walk.first())
            && end != start
        {
            return Err(DataError::new(
                file,
                format!("{path}[{k}]"),
                format!(
                    "expected an arc starting at {}, where the previous arc ends (arcs do not \
                         chain), found arc {index}{} starting at {}",
                    point_text(end),
                    if r < 0 { " reversed" } else { "" },
                    point_text(start)
                ),
            ));
        }
        let skip = usize::from(!points.is_empty());
        points.extend(walk.into_iter().skip(skip));
        out.push(r as i32);
    }
    let (Some(&first), Some(&last)) = (points.first(), points.last()) else {
        return Err(DataError::new(
            file,
            path,
            "expected a ring of at least one point",
        ));
    };
    if first != last {
        return Err(DataError::new(
            file,
            path,
            format!(
                "expected a closed ring, but it starts at {} and ends at {}",
                point_text(first),
                point_text(last)
            ),
        ));
    }
    if points.len() < 4 {
        return Err(DataError::new(
            file,
            path,
            format!(
                "expected a ring of at least 4 points (3 corners and the closing point), found {}",
                points.len()
            ),
        ));
    }
    if ring_area2(&points) == 0 {
        return Err(DataError::new(
            file,
            path,
            "expected a ring with non-zero area",
        ));
    }
    let crossing = self_crossing(&points).ok_or_else(|| {
        DataError::new(
            file,
            path,
            format!(
                "expected a ring simple enough to check: its {} points pile up so that more \
                 than {} pairs of segments would have to be compared (simplify the shape)",
                points.len(),
                pair_budget(points.len())
            ),
        )
    })?;
    if let Some((k, m)) = crossing {
        return Err(DataError::new(
            file,
            path,
            format!(
                "expected a ring that does not cross itself; its segments {k} and {m} cross or \
                 overlap near {}",
                point_text(points[m])
            ),
        ));
    }
    Ok((out, points))
}

/// How many segment pairs the self-crossing check of a ring of `n` points may compare: far
/// above what real shapes need (the bucket grid keeps them near linear), far below what
/// would freeze the page.
fn pair_budget(n: usize) -> u64 {
    64 * n as u64 + 200_000
}

/// The first pair of segments of a closed ring that cross, overlap, or touch other than at
/// a vertex of both (a ring may pinch at a vertex, as where it meets itself at a junction);
/// `None` when the ring is too intricate to check within [`pair_budget`].
fn self_crossing(ring: &[Point]) -> Option<Option<(usize, usize)>> {
    let segments: Vec<(Point, Point)> = ring.windows(2).map(|w| (w[0], w[1])).collect();
    let last = segments.len().saturating_sub(1);
    let mut first: Option<(usize, usize)> = None;
    let done = for_each_contact_within(&segments, pair_budget(ring.len()), |k, m, contact| {
        let allowed = match contact {
            Contact::Apart => true,
            Contact::Touch(x) => {
                let adjacent = m == k + 1 || (k == 0 && m == last);
                let (s, t) = (segments[k], segments[m]);
                adjacent || ((x == s.0 || x == s.1) && (x == t.0 || x == t.1))
            }
            Contact::Cross => false,
        };
        if !allowed && first.is_none_or(|f| (k, m) < f) {
            first = Some((k, m));
        }
    });
    done.then_some(first)
}
