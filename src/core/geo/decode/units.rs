//! Units: each one's code, name, rings and label on the grid, and the units together
//! tiling the map (no shape over another unit's label point, where its clicks land).

use std::collections::BTreeMap;

use super::raw::RawUnit;
use super::rings::decode_ring;
use super::{Geometry, Unit};
use crate::core::error::DataError;
use crate::core::geo::segments::{Point, point_in_ring};

/// Checks one unit (code, name, rings, label) of `units` or `partners`; `seen` holds the
/// codes met so far with where, so a code is unique across both lists.
pub(super) fn decode_unit(
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
    /// The units tile the map: no unit's shape may cover another's label point, where a
    /// click on that unit lands (a polygon added to one county over the whole grid took
    /// every click).
    pub(super) fn no_unit_covers_another(&self, file: &str) -> Result<(), DataError> {
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
}
