//! Layer 1: what the chart shows, read from the dataset.

use super::*;

/// The two counts, as whole squares.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Series<'a> {
    pub(super) students: &'a Figure,
    pub(super) employed: &'a Figure,
    /// Squares in all, and filled.
    pub(super) units: usize,
    pub(super) filled: usize,
}

pub(super) fn series(d: &Dataset) -> Option<Series<'_>> {
    let students = d.figure(STUDENTS)?;
    let employed = d.figure(EMPLOYED)?;
    let whole = |v: f64| {
        if v.is_finite() && v >= 0.0 {
            v.round() as usize
        } else {
            0
        }
    };
    let units = whole(students.value);
    Some(Series {
        students,
        employed,
        units,
        filled: whole(employed.value).min(units),
    })
}
