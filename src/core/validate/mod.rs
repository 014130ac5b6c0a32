//! Semantic checks of a parsed dataset: what JSON types alone cannot say.
//!
//! The rule behind most of them: no number reaches a reader unless it traces to a source.
//! Each article figure must appear, as printed, in the sentence it cites, and the printed
//! text must say the same number as `value`; Beijing's and Tianjin's parts must add up to
//! the total the article states; every fact names sources that exist.
//!
//! One `Checker` collects the errors in file order; its checks are in a file per subject,
//! each adding methods to it: `text` (what any text field may hold), `fields` (ids,
//! uniqueness, amounts), `sources` (the article, the sources, the open questions),
//! `figures` (the article's figures as printed, and its projects) and `places` (cities,
//! districts, counties and their sourced facts).

use super::error::DataError;
use super::model::Dataset;

mod fields;
mod figures;
mod places;
mod sources;
mod text;

pub use figures::{Stated, read_stated};

/// Longest text accepted in any field. The longest real one (a quoted sentence) is under 400
/// characters; a megabyte-long name is an editing accident, not content.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Longest id (of a figure, project, city, district or sentence) accepted.
pub const MAX_ID_CHARS: usize = 64;

/// Codes of the three cities' county-level units start with these (GB/T 2260).
pub const CITY_PREFIXES: [&str; 3] = ["1306", "1307", "1308"];

/// All problems found, in file order.
pub fn dataset(d: &Dataset, file: &str) -> Vec<DataError> {
    let mut v = Checker {
        file,
        errors: Vec::new(),
    };
    v.article(d);
    v.sources(d);
    v.figures(d);
    v.cities_and_districts(d);
    v.counties(d);
    v.projects(d);
    v.open_questions(d);
    v.errors
}

struct Checker<'a> {
    file: &'a str,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn err(&mut self, path: impl Into<String>, expected: impl Into<String>) {
        self.errors
            .push(DataError::new(self.file, path, expected.into()));
    }
}
