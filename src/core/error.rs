//! Errors that name the file, the place inside it and what was expected.
//!
//! Every loader and validator in the core returns [`DataError`], so the page, the console and
//! the tests all show the same sentence, e.g.
//! `data/dataset.json: counties[12].exit_year: expected a year from 2016 to 2020, found 2031`.

use std::fmt;

/// One problem found in a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file as the reader's browser fetched it, e.g. `data/dataset.json`.
    pub file: String,
    /// Where inside the file, as a JSON path (`counties[12].exit_year`); empty for the whole file.
    pub path: String,
    /// What was expected there and, where useful, what was found.
    pub expected: String,
}

impl DataError {
    /// An error at `path` inside `file`.
    pub fn new(file: &str, path: impl Into<String>, expected: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            path: path.into(),
            expected: expected.into(),
        }
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.expected)
        } else {
            write!(f, "{}: {}: {}", self.file, self.path, self.expected)
        }
    }
}

impl std::error::Error for DataError {}
