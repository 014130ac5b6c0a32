//! Reads and checks `data/geometry.json` (format `jingjin-geo/1`, see the module docs of
//! [`crate::core::geo`]).
//!
//! The file is fetched by the reader's browser, so anything may arrive: every problem becomes
//! a [`DataError`] naming the JSON path and what was expected there, and nothing panics.
//!
//! In steps, a file each: `raw` reads the JSON tree into the file's fields, `rings`
//! delta-decodes the arcs and checks each ring (chained, closed, not crossing itself),
//! `units` checks each unit and that no unit covers another; here they are put together
//! into a [`Geometry`], with the projection the arcs were made with.

use std::collections::BTreeMap;

use crate::core::error::DataError;
use crate::core::geo::project::{Albers, GridFit};
use crate::core::geo::segments::Point;
use crate::core::json::Reader;

mod raw;
mod rings;
#[cfg(test)]
mod tests;
mod units;

use raw::{RawProjection, read_raw};
use rings::decode_arc;
use units::decode_unit;

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
