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

/// A short fingerprint of the dataset's text (64 bits, hex). The prerendered page carries
/// the fingerprint of the dataset it was rendered from; the browser hydrates that markup
/// only if the dataset it fetched has the same one, and renders afresh otherwise. The
/// geometry is not part of it: the page carries its own map, drawn from the geometry of
/// its build, and never fetches the file again.
///
/// The first view computes it on its way to the map's first answer, in wasm that V8 has
/// only compiled with its baseline compiler, so it reads eight bytes a step (a byte a step,
/// as FNV-1a does, was an eighth of the instructions of reading the dataset). Each step is
/// a bijection of the running value for a given word, and of the word for a given value:
/// two texts of one length that differ in one word always differ in fingerprint.
pub fn fingerprint(dataset: &str) -> String {
    const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
    let step = |h: u64, word: u64| {
        let h = (h ^ word).wrapping_mul(MUL);
        h ^ (h >> 32)
    };
    let bytes = dataset.as_bytes();
    let mut words = bytes.chunks_exact(8);
    let mut h = 0xcbf2_9ce4_8422_2325_u64 ^ bytes.len() as u64;
    for word in &mut words {
        h = step(h, <[u8; 8]>::try_from(word).map_or(0, u64::from_le_bytes));
    }
    let tail = words
        .remainder()
        .iter()
        .rev()
        .fold(0u64, |t, &b| (t << 8) | u64::from(b));
    h = step(h, tail);
    // The final mix of SplitMix64, so every bit of the last word reaches every bit shown.
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    format!("{h:016x}")
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

    /// Any one change of a byte, and any change of length (a trailing space, a character
    /// cut off), changes the fingerprint, wherever in a word it falls.
    #[test]
    fn fingerprint_changes_with_any_byte_and_length() {
        let text = include_str!("../../data/dataset.json");
        let print = fingerprint(text);
        assert_eq!(print.len(), 16);
        assert_eq!(
            print,
            fingerprint(text),
            "the same text, the same fingerprint"
        );
        let mut seen = std::collections::HashSet::from([print.clone()]);
        let bytes = text.as_bytes();
        // Each position within a word, at the start, the middle and the tail.
        let tail = bytes.len() - bytes.len() % 8;
        let places = (0..16)
            .chain(bytes.len() / 2..bytes.len() / 2 + 8)
            .chain(tail..bytes.len());
        for at in places {
            let mut changed = bytes.to_vec();
            // ASCII for ASCII keeps the text UTF-8 (a CJK byte is left as it is).
            let Some(b) = changed.get_mut(at).filter(|b| b.is_ascii()) else {
                continue;
            };
            *b = if *b == b'0' { b'1' } else { b'0' };
            let changed = String::from_utf8(changed).unwrap_or_default();
            assert!(
                seen.insert(fingerprint(&changed)),
                "byte {at} changed, print did not"
            );
        }
        for cut in ["", "{", "{}", "{} ", "{}\n"] {
            assert!(seen.insert(fingerprint(cut)), "{cut:?}");
        }
        assert!(seen.insert(fingerprint(&text[..text.len() - 1])));
        assert!(seen.insert(fingerprint(&format!("{text} "))));
        assert!(seen.insert(fingerprint(&format!("{text}\0"))));
    }
}
