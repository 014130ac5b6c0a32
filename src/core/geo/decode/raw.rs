//! The geometry file's fields as read from its JSON tree, before any check of what they
//! mean: each value of the right JSON type, or an error naming its path.

use super::FORMAT;
use crate::core::json::{Json, Path, Read, Reader};

pub(super) struct RawGeometry {
    pub(super) projection: RawProjection,
    pub(super) width: i64,
    pub(super) height: i64,
    pub(super) arcs: Vec<Vec<i64>>,
    pub(super) units: Vec<RawUnit>,
    pub(super) partners: Vec<RawUnit>,
}

pub(super) struct RawProjection {
    pub(super) name: String,
    pub(super) lon0: f64,
    pub(super) lat0: f64,
    pub(super) parallels: [f64; 2],
    pub(super) scale: f64,
    pub(super) x0: f64,
    pub(super) y0: f64,
}

pub(super) struct RawUnit {
    pub(super) code: String,
    pub(super) name: String,
    pub(super) polygons: Vec<Vec<Vec<i64>>>,
    pub(super) label: [i64; 2],
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
pub(super) fn read_raw(r: &Reader, v: &Json) -> Read<RawGeometry> {
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
