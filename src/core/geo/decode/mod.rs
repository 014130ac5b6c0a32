//! Reads and checks `data/geometry.json` (format `jingjin-geo/1`, see the module docs of
//! [`crate::core::geo`]).
//!
//! The file is fetched by the reader's browser, so anything may arrive: every problem becomes
//! a [`DataError`] naming the JSON path and what was expected there, and nothing panics.

use std::collections::BTreeMap;

use super::project::{Albers, GridFit};
use super::segments::{Contact, Point, for_each_contact_within, point_in_ring, ring_area2};
use crate::core::error::DataError;
use crate::core::json::{Json, Path, Read, Reader};

/// The value of the `format` field this decoder reads.
pub const FORMAT: &str = "jingjin-geo/1";

/// Largest absolute coordinate (and grid size) accepted: keeps every product in the exact
/// integer predicates far from overflow.
pub const COORDINATE_LIMIT: i64 = 1 << 24;

/// Decoded map geometry: units as rings of shared arcs, in integer grid units (x right,
/// y down, `0..=width` × `0..=height`).
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    /// Grid width.
    pub width: u32,
    /// Grid height.
    pub height: u32,
    /// The units (counties and districts), in file order (sorted by code).
    pub units: Vec<Unit>,
    /// Context drawn beside the units (Beijing's and Tianjin's districts), sorted by code;
    /// they share the arcs but take no part in `sides` (meshes and neighbours are the
    /// units' own). Empty in a file without `partners`.
    pub partners: Vec<Unit>,
    /// Decoded arcs, absolute points.
    pub(super) arcs: Vec<Vec<Point>>,
    /// For each arc, the units that reference it, ascending (once per reference).
    pub(super) sides: Vec<Vec<usize>>,
    projection: Albers,
    fit: GridFit,
}

/// One unit: a county, county-level city or city district.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// GB/T 2260 code, six ASCII digits.
    pub code: String,
    /// Chinese name.
    pub name: String,
    /// Polygons, each a list of rings (outer ring first, then holes), each a list of arc
    /// references: `i` is arc `i` forwards, `!i` (= `-i - 1`) arc `i` backwards.
    pub polygons: Vec<Vec<Vec<i32>>>,
    /// Where to put the unit's label (grid units): inside its largest polygon.
    pub label: (i32, i32),
}

struct RawGeometry {
    projection: RawProjection,
    width: i64,
    height: i64,
    arcs: Vec<Vec<i64>>,
    units: Vec<RawUnit>,
    partners: Vec<RawUnit>,
}

struct RawProjection {
    name: String,
    lon0: f64,
    lat0: f64,
    parallels: [f64; 2],
    scale: f64,
    x0: f64,
    y0: f64,
}

struct RawUnit {
    code: String,
    name: String,
    polygons: Vec<Vec<Vec<i64>>>,
    label: [i64; 2],
}

/// A pair read as a list: its two items, or an error naming how many there were.
fn two<T: Copy>(r: &Reader, path: &Path, items: Vec<T>) -> Read<[T; 2]> {
    match items.as_slice() {
        &[a, b] => Ok([a, b]),
        other => Err(r.error(
            path,
            &format!("expected an array of 2 numbers, found {}", other.len()),
        )),
    }
}

/// The file's fields from its JSON tree (other fields, like `source`, are ignored). The
/// `format` is checked first, so a file of another format is reported as such rather
/// than by its first unexpected field.
fn read_raw(r: &Reader, v: &Json) -> Read<RawGeometry> {
    let o = r.fields(v, &Path::Root, "struct RawGeometry")?;
    o.req("format", &|v, p| match r.string(v, p)? {
        found if found == FORMAT => Ok(()),
        found => Err(r.error(p, &format!("expected \"{FORMAT}\", found {found:?}"))),
    })?;
    let integers = |v: &Json, p: &Path| r.list(v, p, &|x, q| r.integer(x, q));
    let pair = |v: &Json, p: &Path| two(r, p, integers(v, p)?);
    let unit = |x: &Json, q: &Path| {
        let u = r.fields(x, q, "struct RawUnit")?;
        Ok(RawUnit {
            code: u.req("code", &|v, p| r.string(v, p))?,
            name: u.req("name", &|v, p| r.string(v, p))?,
            polygons: u.req("polygons", &|v, p| {
                r.list(v, p, &|x, q| r.list(x, q, &integers))
            })?,
            label: u.req("label", &pair)?,
        })
    };
    Ok(RawGeometry {
        projection: o.req("projection", &|v, p| {
            let q = r.fields(v, p, "struct RawProjection")?;
            let number = |v: &Json, p: &Path| r.number(v, p);
            Ok(RawProjection {
                name: q.req("name", &|v, p| r.string(v, p))?,
                lon0: q.req("lon0", &number)?,
                lat0: q.req("lat0", &number)?,
                parallels: q.req("parallels", &|v, p| two(r, p, r.list(v, p, &number)?))?,
                scale: q.req("scale", &number)?,
                x0: q.req("x0", &number)?,
                y0: q.req("y0", &number)?,
            })
        })?,
        width: o.req("width", &|v, p| r.integer(v, p))?,
        height: o.req("height", &|v, p| r.integer(v, p))?,
        arcs: o.req("arcs", &|v, p| r.list(v, p, &integers))?,
        units: o.req("units", &|v, p| r.list(v, p, &unit))?,
        partners: o.def("partners", &|v, p| r.list(v, p, &unit))?,
    })
}

fn point_text(p: Point) -> String {
    format!("({}, {})", p.0, p.1)
}

/// Delta-decodes one arc, checking its shape and the coordinate range.
fn decode_arc(file: &str, i: usize, flat: &[i64]) -> Result<Vec<Point>, DataError> {
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
fn decode_ring(
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

/// Checks one unit (code, name, rings, label) of `units` or `partners`; `seen` holds the
/// codes met so far with where, so a code is unique across both lists.
fn decode_unit(
    file: &str,
    here: &str,
    raw_unit: RawUnit,
    arcs: &[Vec<Point>],
    (width, height): (u32, u32),
    seen: &mut BTreeMap<String, String>,
) -> Result<Unit, DataError> {
    if !is_code(&raw_unit.code) {
        return Err(DataError::new(
            file,
            format!("{here}.code"),
            format!(
                "expected a GB/T 2260 code of 6 ASCII digits, found {:?}",
                raw_unit.code
            ),
        ));
    }
    if let Some(before) = seen.insert(raw_unit.code.clone(), here.to_owned()) {
        return Err(DataError::new(
            file,
            format!("{here}.code"),
            format!(
                "expected a unique code, but {} is already used by {before}",
                raw_unit.code
            ),
        ));
    }
    if raw_unit.name.trim().is_empty() {
        return Err(DataError::new(
            file,
            format!("{here}.name"),
            "expected a name",
        ));
    }
    if raw_unit.polygons.is_empty() {
        return Err(DataError::new(
            file,
            format!("{here}.polygons"),
            "expected at least one polygon",
        ));
    }
    let mut polygons = Vec::with_capacity(raw_unit.polygons.len());
    for (p, raw_polygon) in raw_unit.polygons.iter().enumerate() {
        let polygon_path = format!("{here}.polygons[{p}]");
        if raw_polygon.is_empty() {
            return Err(DataError::new(
                file,
                polygon_path,
                "expected a polygon of at least one ring (empty polygon)",
            ));
        }
        let mut rings = Vec::with_capacity(raw_polygon.len());
        for (r, raw_ring) in raw_polygon.iter().enumerate() {
            let ring_path = format!("{polygon_path}[{r}]");
            let (refs, points) = decode_ring(file, &ring_path, raw_ring, arcs)?;
            // A point off the grid would be drawn outside the map (or stretch every check
            // that scales with the map's extent).
            if let Some(&(x, y)) = points.iter().find(|&&(x, y)| {
                !(0..=i64::from(width)).contains(&i64::from(x))
                    || !(0..=i64::from(height)).contains(&i64::from(y))
            }) {
                return Err(DataError::new(
                    file,
                    ring_path,
                    format!(
                        "expected points inside the grid 0..={width} × 0..={height}, found \
                         [{x}, {y}]"
                    ),
                ));
            }
            rings.push(refs);
        }
        polygons.push(rings);
    }
    let [x, y] = raw_unit.label;
    if !(0..=i64::from(width)).contains(&x) || !(0..=i64::from(height)).contains(&y) {
        return Err(DataError::new(
            file,
            format!("{here}.label"),
            format!(
                "expected a point inside the grid 0..={width} × 0..={height}, found \
                 [{x}, {y}]"
            ),
        ));
    }
    Ok(Unit {
        code: raw_unit.code,
        name: raw_unit.name,
        polygons,
        label: (x as i32, y as i32),
    })
}

fn is_code(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

impl Geometry {
    /// Parses and checks the geometry file. `file` is the name used in error messages, e.g.
    /// `data/geometry.json`.
    pub fn parse(text: &str, file: &str) -> Result<Geometry, DataError> {
        // The tree lives only while the raw fields are read from it.
        let raw = read_raw(
            &Reader { file },
            &crate::core::load::parse_tree(text, file)?,
        )?;
        let dimension = |value: i64, path: &str| {
            if (1..=COORDINATE_LIMIT).contains(&value) {
                Ok(value as u32)
            } else {
                Err(DataError::new(
                    file,
                    path,
                    format!(
                        "expected a positive whole number of grid units, at most \
                         {COORDINATE_LIMIT}, found {value}"
                    ),
                ))
            }
        };
        let width = dimension(raw.width, "width")?;
        let height = dimension(raw.height, "height")?;
        let (projection, fit) = decode_projection(file, &raw.projection)?;
        let arcs: Vec<Vec<Point>> = raw
            .arcs
            .iter()
            .enumerate()
            .map(|(i, flat)| decode_arc(file, i, flat))
            .collect::<Result<_, _>>()?;
        let mut sides: Vec<Vec<usize>> = vec![Vec::new(); arcs.len()];
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        let grid = (width, height);
        let mut units = Vec::with_capacity(raw.units.len());
        for (u, raw_unit) in raw.units.into_iter().enumerate() {
            let unit = decode_unit(
                file,
                &format!("units[{u}]"),
                raw_unit,
                &arcs,
                grid,
                &mut seen,
            )?;
            for &reference in unit.polygons.iter().flatten().flatten() {
                let index = if reference < 0 { !reference } else { reference };
                if let Some(side) = sides.get_mut(index as usize) {
                    side.push(u);
                }
            }
            units.push(unit);
        }
        let mut partners = Vec::with_capacity(raw.partners.len());
        for (u, raw_unit) in raw.partners.into_iter().enumerate() {
            let here = format!("partners[{u}]");
            partners.push(decode_unit(file, &here, raw_unit, &arcs, grid, &mut seen)?);
        }
        let geometry = Geometry {
            width,
            height,
            units,
            partners,
            arcs,
            sides,
            projection,
            fit,
        };
        geometry.no_unit_covers_another(file)?;
        Ok(geometry)
    }

    /// The units tile the map: no unit's shape may cover another's label point, where a
    /// click on that unit lands (a polygon added to one county over the whole grid took
    /// every click).
    fn no_unit_covers_another(&self, file: &str) -> Result<(), DataError> {
        for (j, unit) in self.units.iter().enumerate() {
            for polygon in &unit.polygons {
                let rings: Vec<Vec<Point>> = polygon.iter().map(|r| self.ring_points(r)).collect();
                let Some(outer) = rings.first() else { continue };
                let xs = outer.iter().map(|p| p.0);
                let ys = outer.iter().map(|p| p.1);
                let (x0, x1) = (xs.clone().min().unwrap_or(0), xs.max().unwrap_or(0));
                let (y0, y1) = (ys.clone().min().unwrap_or(0), ys.max().unwrap_or(0));
                let covered = self.units.iter().enumerate().find(|&(i, other)| {
                    let p = other.label;
                    i != j
                        && (x0..=x1).contains(&p.0)
                        && (y0..=y1).contains(&p.1)
                        && point_in_ring(p, outer)
                        && !rings[1..].iter().any(|hole| point_in_ring(p, hole))
                });
                if let Some((_, other)) = covered {
                    return Err(DataError::new(
                        file,
                        format!("units[{j}].polygons"),
                        format!(
                            "expected units that do not overlap, but this shape covers the \
                             label point of {} ({})",
                            other.code, other.name
                        ),
                    ));
                }
            }
        }
        Ok(())
    }

    /// The index of the unit with GB/T 2260 code `code`.
    pub fn index_of(&self, code: &str) -> Option<usize> {
        self.units.iter().position(|u| u.code == code)
    }

    /// Grid coordinates (not rounded; x right, y down) of a longitude/latitude in degrees,
    /// on the same projection and fit as the file's arcs.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        self.fit.apply(self.projection.project(lon, lat))
    }

    /// The closed point list of a ring given as arc references (already checked).
    pub(super) fn ring_points(&self, refs: &[i32]) -> Vec<Point> {
        let mut points: Vec<Point> = Vec::new();
        for &r in refs {
            let index = if r < 0 { !r } else { r };
            let Some(arc) = self.arcs.get(index as usize) else {
                continue;
            };
            let skip = usize::from(!points.is_empty());
            if r < 0 {
                points.extend(arc.iter().rev().skip(skip));
            } else {
                points.extend(arc.iter().skip(skip));
            }
        }
        points
    }
}

fn decode_projection(file: &str, raw: &RawProjection) -> Result<(Albers, GridFit), DataError> {
    if raw.name != "albers" {
        return Err(DataError::new(
            file,
            "projection.name",
            format!("expected \"albers\", found {:?}", raw.name),
        ));
    }
    let albers = Albers::new(raw.lon0, raw.lat0, raw.parallels).ok_or_else(|| {
        DataError::new(
            file,
            "projection",
            "expected an Albers projection with latitudes within ±90° and parallels not \
             symmetric about the equator",
        )
    })?;
    if !(raw.scale.is_finite() && raw.scale > 0.0) {
        return Err(DataError::new(
            file,
            "projection.scale",
            format!("expected a positive number, found {}", raw.scale),
        ));
    }
    let fit = GridFit {
        scale: raw.scale,
        x0: raw.x0,
        y0: raw.y0,
    };
    Ok((albers, fit))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;
    use crate::core::geo::fixture;

    const FILE: &str = "data/geometry.json";

    /// Parses the fixture after `change`, expecting an error at `path` whose text contains
    /// `expected`.
    fn rejects(change: impl FnOnce(&mut Value), path: &str, expected: &str) {
        let mut value = fixture::value();
        change(&mut value);
        let error = Geometry::parse(&value.to_string(), FILE).unwrap_err();
        assert_eq!(error.file, FILE);
        assert_eq!(error.path, path, "{error}");
        assert!(error.expected.contains(expected), "{error}");
    }

    fn set(pointer: &str, new: Value) -> impl FnOnce(&mut Value) {
        let pointer = pointer.to_owned();
        move |value: &mut Value| *value.pointer_mut(&pointer).unwrap() = new
    }

    #[test]
    fn reads_partners_beside_the_units() {
        // A district drawn from the units' arcs: parsed, but not one of any arc's sides.
        let mut value = fixture::value();
        let mut district = value["units"][0].clone();
        district["code"] = json!("110109");
        value["partners"] = json!([district]);
        let geometry = Geometry::parse(&value.to_string(), FILE).unwrap();
        assert_eq!(geometry.partners.len(), 1);
        assert_eq!(geometry.partners[0].code, "110109");
        assert!(
            geometry
                .sides
                .iter()
                .flatten()
                .all(|&u| u < geometry.units.len())
        );
        assert!(geometry.sides.iter().all(|s| s.len() <= 2));
        // A file without `partners` has none.
        assert!(
            Geometry::parse(&fixture::text(), FILE)
                .unwrap()
                .partners
                .is_empty()
        );
        // A code is unique across both lists.
        rejects(
            |v| v["partners"] = json!([v["units"][0].clone()]),
            "partners[0].code",
            "already used by units[0]",
        );
    }

    #[test]
    fn parses_the_fixture() {
        let geometry = Geometry::parse(&fixture::text(), FILE).unwrap();
        assert_eq!((geometry.width, geometry.height), (20, 10));
        assert_eq!(geometry.units.len(), 4);
        assert_eq!(geometry.units[1].polygons, vec![vec![vec![2, -1]]]);
        assert_eq!(geometry.units[3].label, (14, 4));
        assert_eq!(geometry.arcs[1], vec![(4, 4), (0, 4), (0, 0), (4, 0)]);
        assert_eq!(geometry.index_of("110103"), Some(2));
        assert_eq!(geometry.index_of("999999"), None);
        // x0 = -0.01, y0 = 0.005, scale 1000: the projection's origin lands at (10, 5).
        let (x, y) = geometry.project(116.5, 40.0);
        assert!(
            (x - 10.0).abs() < 1e-9 && (y - 5.0).abs() < 1e-9,
            "({x}, {y})"
        );
    }

    #[test]
    fn rejects_wrong_format() {
        rejects(
            set("/format", json!("topojson")),
            "format",
            "expected \"jingjin-geo/1\"",
        );
    }

    #[test]
    fn rejects_bad_json_with_line_and_column() {
        let error = Geometry::parse("{\"format\": \"jingjin-geo/1\",\n  \"width\": 20,,}", FILE)
            .unwrap_err();
        assert!(error.expected.contains("expected valid JSON"), "{error}");
        assert!(error.expected.contains("line 2, column"), "{error}");
    }

    #[test]
    fn rejects_wrong_types_with_their_path() {
        rejects(set("/width", json!("20")), "width", "found string");
        rejects(set("/arcs/1/2", json!("x")), "arcs[1][2]", "found");
        rejects(set("/arcs/1/2", json!(1.5)), "arcs[1][2]", "found");
        rejects(
            set("/units/0/polygons/0/0/1", json!([1])),
            "units[0].polygons[0][0][1]",
            "found",
        );
        rejects(
            set("/units/2/label", json!([1, 2, 3])),
            "units[2].label",
            "expected an array of 2 numbers, found 3",
        );
        rejects(
            set("/projection/scale", json!(null)),
            "projection.scale",
            "found",
        );
    }

    #[test]
    fn rejects_missing_fields() {
        rejects(
            |v| {
                v["units"][2].as_object_mut().unwrap().remove("label");
            },
            "units[2]",
            "a field `label`, which is missing",
        );
        rejects(
            |v| {
                v.as_object_mut().unwrap().remove("arcs");
            },
            "",
            "a field `arcs`, which is missing",
        );
    }

    #[test]
    fn rejects_arc_index_out_of_range() {
        rejects(
            set("/units/0/polygons/0/0", json!([0, 9])),
            "units[0].polygons[0][0][1]",
            "arc index out of range",
        );
        rejects(
            set("/units/0/polygons/0/0", json!([-6])),
            "units[0].polygons[0][0][0]",
            "arc index out of range",
        );
        rejects(
            set("/units/0/polygons/0/0", json!([i64::MIN])),
            "units[0].polygons[0][0][0]",
            "arc index out of range",
        );
    }

    #[test]
    fn rejects_arcs_that_do_not_chain() {
        rejects(
            set("/units/0/polygons/0/0", json!([0, 2])),
            "units[0].polygons[0][0][1]",
            "arcs do not chain",
        );
        // Reversal counts: arc 1 backwards starts at (4, 0), not where arc 0 ends.
        rejects(
            set("/units/0/polygons/0/0", json!([0, -2])),
            "units[0].polygons[0][0][1]",
            "arc 1 reversed starting at (4, 0)",
        );
        // Chains but does not close.
        rejects(
            set("/units/0/polygons/0/0", json!([1])),
            "units[0].polygons[0][0]",
            "expected a closed ring",
        );
    }

    #[test]
    fn rejects_small_flat_and_crossing_rings() {
        rejects(
            set("/units/0/polygons/0/0", json!([0, -1])),
            "units[0].polygons[0][0]",
            "at least 4 points",
        );
        rejects(
            |v| {
                v["arcs"][4] = json!([0, 0, 2, 0, 2, 0, -4, 0]);
            },
            "units[2].polygons[0][1]",
            "non-zero area",
        );
        rejects(
            |v| {
                v["arcs"][4] = json!([0, 0, 6, 6, 0, -6, -6, 3, 0, -3]);
            },
            "units[2].polygons[0][1]",
            "does not cross itself",
        );
    }

    /// Issue 17: a point off the grid, a shape over another unit, a ring too intricate to
    /// check are refused (they hid a county, took its clicks, froze the page for seconds).
    #[test]
    fn rejects_points_off_the_grid() {
        // Arc 1's corner (0, 0) moved to (0, -5), above the grid.
        let mut value = fixture::value();
        value["arcs"][1] = json!([4, 4, -4, 0, 0, -9, 4, 5]);
        let error = Geometry::parse(&value.to_string(), FILE).unwrap_err();
        assert!(error.expected.contains("found [0, -5]"), "{error}");
    }

    #[test]
    fn rejects_a_shape_over_another_unit() {
        let mut value = fixture::value();
        let n = value["arcs"].as_array().unwrap().len();
        value["arcs"]
            .as_array_mut()
            .unwrap()
            .push(json!([0, 0, 20, 0, 0, 10, -20, 0, 0, -10]));
        value["units"][0]["polygons"]
            .as_array_mut()
            .unwrap()
            .push(json!([[n]]));
        let error = Geometry::parse(&value.to_string(), FILE).unwrap_err();
        assert_eq!(error.path, "units[0].polygons", "{error}");
        assert!(error.expected.contains("do not overlap"), "{error}");
    }

    #[test]
    fn gives_up_on_a_ring_too_intricate_to_check() {
        let mut value = fixture::value();
        let n = value["arcs"].as_array().unwrap().len();
        // 60,000 points piled into the 20 x 10 grid, delta-encoded.
        let mut flat = vec![0i64, 0];
        let mut at = (0i64, 0i64);
        for k in 1..60_000i64 {
            let next = ((k * 7) % 21, (k * 3) % 11);
            flat.extend([next.0 - at.0, next.1 - at.1]);
            at = next;
        }
        flat.extend([-at.0, -at.1]);
        value["arcs"].as_array_mut().unwrap().push(json!(flat));
        value["units"][0]["polygons"] = json!([[[n]]]);
        let error = Geometry::parse(&value.to_string(), FILE).unwrap_err();
        assert!(error.expected.contains("simple enough to check"), "{error}");
    }

    #[test]
    fn rejects_empty_polygons() {
        rejects(
            set("/units/1/polygons", json!([[]])),
            "units[1].polygons[0]",
            "empty polygon",
        );
        rejects(
            set("/units/1/polygons", json!([])),
            "units[1].polygons",
            "at least one polygon",
        );
        rejects(
            set("/units/1/polygons", json!([[[]]])),
            "units[1].polygons[0][0]",
            "at least one arc",
        );
    }

    #[test]
    fn rejects_bad_and_duplicate_codes() {
        rejects(
            set("/units/1/code", json!("110101")),
            "units[1].code",
            "unique",
        );
        rejects(
            set("/units/0/code", json!("11010")),
            "units[0].code",
            "6 ASCII digits",
        );
        rejects(
            set("/units/0/code", json!("11010x")),
            "units[0].code",
            "6 ASCII digits",
        );
        rejects(
            set("/units/0/code", json!("１１０１０１")),
            "units[0].code",
            "6 ASCII digits",
        );
    }

    #[test]
    fn rejects_label_outside_the_grid() {
        rejects(
            set("/units/0/label", json!([21, 0])),
            "units[0].label",
            "inside the grid",
        );
        rejects(
            set("/units/0/label", json!([0, -1])),
            "units[0].label",
            "inside the grid",
        );
    }

    #[test]
    fn rejects_bad_dimensions() {
        rejects(set("/width", json!(0)), "width", "positive");
        rejects(set("/height", json!(-10)), "height", "positive");
        rejects(set("/height", json!(1i64 << 40)), "height", "positive");
    }

    #[test]
    fn rejects_bad_arcs_and_coordinate_overflow() {
        rejects(set("/arcs/2", json!([1, 2, 3])), "arcs[2]", "even number");
        rejects(set("/arcs/2", json!([1, 2])), "arcs[2]", "at least 4");
        rejects(
            set("/arcs/2", json!([16_777_217, 0, 1, 0])),
            "arcs[2]",
            "coordinate overflow",
        );
        rejects(
            set("/arcs/2", json!([i64::MAX, 0, 1, 0])),
            "arcs[2]",
            "coordinate overflow",
        );
        rejects(
            set("/arcs/2", json!([0, 0, i64::MAX, 0, i64::MAX, 0])),
            "arcs[2]",
            "coordinate overflow",
        );
    }

    #[test]
    fn rejects_bad_projection() {
        rejects(
            set("/projection/name", json!("mercator")),
            "projection.name",
            "albers",
        );
        rejects(
            set("/projection/parallels", json!([-30, 30])),
            "projection",
            "parallels",
        );
        rejects(
            set("/projection/scale", json!(0)),
            "projection.scale",
            "positive",
        );
    }

    #[test]
    fn never_panics_on_truncated_input() {
        let text = fixture::text();
        for end in 0..text.len() {
            if text.is_char_boundary(end) {
                assert!(
                    Geometry::parse(&text[..end], FILE).is_err(),
                    "prefix {end} parsed"
                );
            }
        }
    }

    #[test]
    fn never_panics_on_mutated_input() {
        let text = fixture::text();
        let bytes = text.as_bytes();
        let replacements: &[&[u8]] = &[
            b"",
            b"0",
            b"9",
            b"-",
            b"-1",
            b"[",
            b"]",
            b"\"",
            b"99999999999",
        ];
        for i in 0..bytes.len() {
            if !text.is_char_boundary(i) || !text.is_char_boundary(i + 1) {
                continue;
            }
            for replacement in replacements {
                let mut mutated = bytes[..i].to_vec();
                mutated.extend_from_slice(replacement);
                mutated.extend_from_slice(&bytes[i + 1..]);
                if let Ok(mutated) = String::from_utf8(mutated) {
                    // Either outcome is fine; only a panic would fail the test.
                    let _ = Geometry::parse(&mutated, FILE);
                }
            }
        }
    }
}
