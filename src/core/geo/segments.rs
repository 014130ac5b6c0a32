//! Exact integer predicates on segments and a bucket index to find the pairs that touch.
//!
//! Shared by the converter (no two simplified arcs may cross) and the decoder (no ring may
//! cross itself). Everything is exact integer arithmetic, so the answer does not depend on
//! rounding. Coordinates must stay within ±2^28 so that products fit in `i64`.

/// A grid point.
pub type Point = (i32, i32);

/// Twice the signed area of the triangle `a b c`: positive when `c` lies to the left of
/// `a → b` in a y-up frame (to the right on screen, where y points down).
pub fn orient(a: Point, b: Point, c: Point) -> i64 {
    let (ax, ay) = (i64::from(a.0), i64::from(a.1));
    let (bx, by) = (i64::from(b.0), i64::from(b.1));
    let (cx, cy) = (i64::from(c.0), i64::from(c.1));
    (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
}

/// Twice the signed area of a closed ring (shoelace formula); positive for rings that run
/// clockwise on screen (y down). `i128` so that long rings cannot overflow.
pub fn ring_area2(ring: &[Point]) -> i128 {
    ring.windows(2)
        .map(|w| i128::from(w[0].0) * i128::from(w[1].1) - i128::from(w[1].0) * i128::from(w[0].1))
        .sum()
}

/// Whether `p` lies on the closed segment `a b`.
pub fn on_segment(p: Point, a: Point, b: Point) -> bool {
    orient(a, b, p) == 0
        && a.0.min(b.0) <= p.0
        && p.0 <= a.0.max(b.0)
        && a.1.min(b.1) <= p.1
        && p.1 <= a.1.max(b.1)
}

/// Whether `p` lies inside the closed ring (even-odd rule; a point exactly on the boundary
/// may go either way).
pub fn point_in_ring(p: Point, ring: &[Point]) -> bool {
    let mut inside = false;
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        if (a.1 > p.1) != (b.1 > p.1) {
            // p lies left of the crossing point of the horizontal line through p with a b.
            let lhs = i64::from(p.0 - a.0) * i64::from(b.1 - a.1);
            let rhs = i64::from(p.1 - a.1) * i64::from(b.0 - a.0);
            if (b.1 > a.1 && lhs < rhs) || (b.1 < a.1 && lhs > rhs) {
                inside = !inside;
            }
        }
    }
    inside
}

/// How two closed segments meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contact {
    /// They have no point in common.
    Apart,
    /// They have exactly one point in common, and it is an end point of at least one of them.
    Touch(Point),
    /// They cross properly or overlap along a piece of positive length.
    Cross,
}

/// How the closed segments `p1 p2` and `q1 q2` meet.
pub fn contact(p1: Point, p2: Point, q1: Point, q2: Point) -> Contact {
    if p1.0.max(p2.0) < q1.0.min(q2.0)
        || q1.0.max(q2.0) < p1.0.min(p2.0)
        || p1.1.max(p2.1) < q1.1.min(q2.1)
        || q1.1.max(q2.1) < p1.1.min(p2.1)
    {
        return Contact::Apart;
    }
    let d1 = orient(q1, q2, p1).signum();
    let d2 = orient(q1, q2, p2).signum();
    let d3 = orient(p1, p2, q1).signum();
    let d4 = orient(p1, p2, q2).signum();
    if d1 * d2 < 0 && d3 * d4 < 0 {
        return Contact::Cross;
    }
    // Otherwise any common point is an end point of one segment lying on the other; two
    // distinct such points mean a collinear overlap of positive length.
    let mut common: Vec<Point> = Vec::with_capacity(4);
    for (p, a, b) in [(p1, q1, q2), (p2, q1, q2), (q1, p1, p2), (q2, p1, p2)] {
        if on_segment(p, a, b) && !common.contains(&p) {
            common.push(p);
        }
    }
    match common.as_slice() {
        [] => Contact::Apart,
        [only] => Contact::Touch(*only),
        _ => Contact::Cross,
    }
}

/// Calls `found(i, j, contact)` (with `i < j`) for every pair of segments that meet.
///
/// Segments are put into square buckets of a uniform grid sized to the data (about one
/// segment per bucket), and a pair is only tested in the first bucket both cover, so each
/// pair is reported once. Pairs come out in a fixed order.
pub fn for_each_contact(segments: &[(Point, Point)], found: impl FnMut(usize, usize, Contact)) {
    for_each_contact_within(segments, u64::MAX, found);
}

/// [`for_each_contact`], giving up after `max_tests` pair tests: `false` when it gave up.
/// Segments piled into a few buckets (a long zigzag in a small area beside one far spike)
/// make the bucket grid quadratic; a file read from the network must not freeze the page.
pub fn for_each_contact_within(
    segments: &[(Point, Point)],
    max_tests: u64,
    mut found: impl FnMut(usize, usize, Contact),
) -> bool {
    let mut tests: u64 = 0;
    if segments.len() < 2 {
        return true;
    }
    if segments.len() <= 32 {
        for i in 0..segments.len() {
            for j in i + 1..segments.len() {
                tests += 1;
                let (a, b) = (segments[i], segments[j]);
                let c = contact(a.0, a.1, b.0, b.1);
                if c != Contact::Apart {
                    found(i, j, c);
                }
            }
        }
        return tests <= max_tests;
    }
    let min_x = segments.iter().map(|s| s.0.0.min(s.1.0)).min().unwrap_or(0);
    let max_x = segments.iter().map(|s| s.0.0.max(s.1.0)).max().unwrap_or(0);
    let min_y = segments.iter().map(|s| s.0.1.min(s.1.1)).min().unwrap_or(0);
    let max_y = segments.iter().map(|s| s.0.1.max(s.1.1)).max().unwrap_or(0);
    let extent = (i64::from(max_x) - i64::from(min_x))
        .max(i64::from(max_y) - i64::from(min_y))
        .max(1);
    let per_side = (segments.len() as f64).sqrt().ceil() as i64;
    let mut cell = (extent / per_side.max(1)).max(1);
    // Long segments cover many buckets: coarsen the grid until the buckets hold at most a
    // few entries per segment, so that odd input cannot exhaust memory.
    let budget = 16 * segments.len() as i64 + 1024;
    loop {
        let entries: i64 = segments
            .iter()
            .map(|&(a, b)| {
                let w = (i64::from(a.0.max(b.0)) - i64::from(a.0.min(b.0))) / cell + 2;
                let h = (i64::from(a.1.max(b.1)) - i64::from(a.1.min(b.1))) / cell + 2;
                w * h
            })
            .sum();
        if entries <= budget || cell >= extent {
            break;
        }
        cell *= 2;
    }
    let cell_of = |v: i32, min: i32| (i64::from(v) - i64::from(min)) / cell;
    let ranges: Vec<[i64; 4]> = segments
        .iter()
        .map(|&(a, b)| {
            [
                cell_of(a.0.min(b.0), min_x),
                cell_of(a.0.max(b.0), min_x),
                cell_of(a.1.min(b.1), min_y),
                cell_of(a.1.max(b.1), min_y),
            ]
        })
        .collect();
    // The buckets as one flat table (counting sort by bucket, column-major), not a map of
    // vectors: two allocations instead of one per bucket. Buckets are visited in (column,
    // row) order and hold their segments in index order, so pairs come out in a fixed order.
    let rows = cell_of(max_y, min_y) + 1;
    let bucket_count = ((cell_of(max_x, min_x) + 1) * rows) as usize;
    let bucket = |cx: i64, cy: i64| (cx * rows + cy) as usize;
    let mut start = vec![0usize; bucket_count + 1];
    for r in &ranges {
        for cx in r[0]..r[1] + 1 {
            for cy in r[2]..r[3] + 1 {
                start[bucket(cx, cy) + 1] += 1;
            }
        }
    }
    for b in 1..start.len() {
        start[b] += start[b - 1];
    }
    let mut next = start.clone();
    let mut members = vec![0usize; start[bucket_count]];
    for (i, r) in ranges.iter().enumerate() {
        for cx in r[0]..r[1] + 1 {
            for cy in r[2]..r[3] + 1 {
                let b = bucket(cx, cy);
                members[next[b]] = i;
                next[b] += 1;
            }
        }
    }
    for b in 0..bucket_count {
        let (cx, cy) = (b as i64 / rows, b as i64 % rows);
        let here = &members[start[b]..start[b + 1]];
        for (k, &i) in here.iter().enumerate() {
            for &j in &here[k + 1..] {
                // Every pair a bucket holds counts, tested here or not.
                tests += 1;
                if tests > max_tests {
                    return false;
                }
                let (ri, rj) = (ranges[i], ranges[j]);
                // Test the pair only in the first bucket both cover.
                if ri[0].max(rj[0]) != cx || ri[2].max(rj[2]) != cy {
                    continue;
                }
                let (a, b) = (segments[i], segments[j]);
                let c = contact(a.0, a.1, b.0, b.1);
                if c != Contact::Apart {
                    found(i.min(j), i.max(j), c);
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contact_kinds() {
        assert_eq!(contact((0, 0), (4, 4), (0, 4), (4, 0)), Contact::Cross);
        assert_eq!(
            contact((0, 0), (4, 0), (4, 0), (4, 4)),
            Contact::Touch((4, 0))
        );
        assert_eq!(
            contact((0, 0), (4, 0), (2, 0), (2, 4)),
            Contact::Touch((2, 0))
        );
        assert_eq!(contact((0, 0), (4, 0), (2, 0), (6, 0)), Contact::Cross);
        assert_eq!(contact((0, 0), (4, 0), (5, 0), (6, 0)), Contact::Apart);
        assert_eq!(contact((0, 0), (4, 0), (0, 1), (4, 1)), Contact::Apart);
    }

    #[test]
    fn point_in_ring_even_odd() {
        let ring = [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)];
        assert!(point_in_ring((5, 5), &ring));
        assert!(point_in_ring((1, 9), &ring));
        assert!(!point_in_ring((11, 5), &ring));
        assert!(!point_in_ring((-1, 5), &ring));
        let reversed: Vec<Point> = ring.iter().rev().copied().collect();
        assert!(point_in_ring((5, 5), &reversed));
    }

    #[test]
    fn area_sign_is_clockwise_on_screen() {
        // (0,0) → (4,0) → (4,4) → (0,4) runs clockwise when y points down.
        let ring = [(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)];
        assert_eq!(ring_area2(&ring), 32);
    }

    #[test]
    fn bucket_index_matches_brute_force() {
        // A zigzag of 200 segments plus a few long ones that cut across it.
        let mut segments = Vec::new();
        for i in 0..200 {
            let y = if i % 2 == 0 { 0 } else { 10 };
            segments.push(((i * 5, y), ((i + 1) * 5, 10 - y)));
        }
        segments.push(((0, 5), (1000, 5)));
        segments.push(((300, -5), (310, 20)));
        let mut indexed = Vec::new();
        for_each_contact(&segments, |i, j, c| indexed.push((i, j, c)));
        indexed.sort_by_key(|&(i, j, _)| (i, j));
        let mut brute = Vec::new();
        for i in 0..segments.len() {
            for j in i + 1..segments.len() {
                let (a, b) = (segments[i], segments[j]);
                let c = contact(a.0, a.1, b.0, b.1);
                if c != Contact::Apart {
                    brute.push((i, j, c));
                }
            }
        }
        assert_eq!(indexed, brute);
    }
}
