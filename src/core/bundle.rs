//! The loaded data as the app holds it: the validated dataset and, separately, the placed
//! map, so a broken geometry file costs the reader the map but not the figures.

use std::rc::Rc;

use super::error::DataError;
use super::geo::Geometry;
use super::load::{MAX_DATASET_BYTES, check_text, decode_utf8, parse_dataset};
use super::map_model::MapModel;
use super::model::Dataset;

/// Where the app fetches its files, relative to the page.
pub const DATASET_FILE: &str = "data/dataset.json";
pub const GEOMETRY_FILE: &str = "data/geometry.json";

/// Larger geometry files are refused before parsing (the real one is about 50 KB).
pub const MAX_GEOMETRY_BYTES: usize = 4 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq)]
pub struct Bundle {
    /// Shared, so the islands of a page hold the one dataset the page read.
    pub dataset: Rc<Dataset>,
    /// Shared, so the map's parts can be handed the same model on every render (and skipped
    /// while it is the same) without copying it.
    pub map: Result<Rc<MapModel>, Vec<DataError>>,
}

/// A short fingerprint of the dataset's text (FNV-1a, hex). The prerendered page carries
/// the fingerprint of the dataset it was rendered from; the browser hydrates that markup
/// only if the dataset it fetched has the same one, and renders afresh otherwise. The
/// geometry is not part of it: the page carries its own map, drawn from the geometry of
/// its build, and never fetches the file again.
pub fn fingerprint(dataset: &str) -> String {
    let hash = dataset
        .as_bytes()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    format!("{hash:016x}")
}

impl Bundle {
    /// Builds the bundle from the two files' texts, or from the errors of fetching them.
    /// Fails only when the dataset fails; a geometry problem is kept in `map`.
    pub fn from_texts(
        dataset: Result<String, DataError>,
        geometry: Result<String, DataError>,
    ) -> Result<Bundle, Vec<DataError>> {
        let parsed = dataset
            .map_err(|e| vec![e])
            .and_then(|text| parse_dataset(&text, DATASET_FILE));
        let dataset = match parsed {
            Ok(d) => d,
            // Without the dataset nothing is drawn, but a broken geometry is named too, so
            // that one round of fixes mends both files.
            Err(mut errors) => {
                errors.extend(geometry.and_then(|text| read_geometry(&text)).err());
                return Err(errors);
            }
        };
        let map = geometry
            .and_then(|text| read_geometry(&text))
            .map_err(|e| vec![e])
            .and_then(|g| MapModel::new(&dataset, &g, GEOMETRY_FILE))
            .map(Rc::new);
        Ok(Bundle {
            dataset: Rc::new(dataset),
            map,
        })
    }

    /// As [`Bundle::from_texts`], from the bytes the server sent: each file is checked for
    /// size and decoded as strict UTF-8 first (see [`decode_utf8`]). The browser and the
    /// corpus test both come in here.
    pub fn from_bytes(
        dataset: Result<Vec<u8>, DataError>,
        geometry: Result<Vec<u8>, DataError>,
    ) -> Result<Bundle, Vec<DataError>> {
        let (dataset, geometry) = decode_both(dataset, geometry);
        Bundle::from_texts(dataset, geometry)
    }
}

/// The geometry file's text, size-checked and decoded (its fit to the dataset comes after).
fn read_geometry(text: &str) -> Result<Geometry, DataError> {
    check_text(text, GEOMETRY_FILE, MAX_GEOMETRY_BYTES)?;
    Geometry::parse(text, GEOMETRY_FILE)
}

/// Both files' bytes as text, each bounded and strictly decoded (errors name the file).
pub fn decode_both(
    dataset: Result<Vec<u8>, DataError>,
    geometry: Result<Vec<u8>, DataError>,
) -> (Result<String, DataError>, Result<String, DataError>) {
    (
        dataset.and_then(|b| decode_utf8(b, DATASET_FILE, MAX_DATASET_BYTES)),
        geometry.and_then(|b| decode_utf8(b, GEOMETRY_FILE, MAX_GEOMETRY_BYTES)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 17, robustness 10: with both files broken, both are named (only the dataset's
    /// error was).
    #[test]
    fn both_broken_files_are_named() {
        let fetch_failed = DataError::new(GEOMETRY_FILE, "", "could not be fetched");
        for geometry in [Ok("{".to_owned()), Err(fetch_failed)] {
            let Err(errors) = Bundle::from_texts(Ok("{".to_owned()), geometry) else {
                panic!("the dataset is broken");
            };
            let files: Vec<&str> = errors.iter().map(|e| e.file.as_str()).collect();
            assert_eq!(files, [DATASET_FILE, GEOMETRY_FILE]);
        }
        // A good geometry adds nothing.
        let geometry = include_str!("../../data/geometry.json").to_owned();
        let Err(errors) = Bundle::from_texts(Ok("{".to_owned()), Ok(geometry)) else {
            panic!("the dataset is broken");
        };
        assert_eq!(errors.len(), 1);
    }
}
