//! Every chart the page shows, by kind with its options, and the one entry that builds a
//! kind's spec for a width. The page, the server renderer and the tests all go through
//! [`build`].

use super::{
    ChartSpec, cities, incidence, industry, labour, pairing, partners, timeline, vocational,
};
use crate::core::locale::Locale;
use crate::core::model::Dataset;

/// Which chart, with its options.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartKind {
    Partners { shares: bool, focus: Option<String> },
    Pairing,
    Incidence,
    Timeline { highlight: Vec<String> },
    Cities { metric: cities::CityMetric },
    Industry,
    Labour,
    Vocational,
}

/// Width assumed before the page is measured (and in server rendering).
pub const DEFAULT_WIDTH: f64 = 640.0;
/// The second width the server lays each chart out for: a 390 px phone's column. Until a
/// chart is measured, the page holds both layouts and the column's width picks one, so its
/// height hardly changes when it is laid out for its own width (no jump for a reader
/// further down the page).
pub const NARROW_WIDTH: f64 = 358.0;

/// Builds the spec of `kind` for `width` pixels.
pub fn build(kind: &ChartKind, d: &Dataset, locale: Locale, width: f64) -> ChartSpec {
    match kind {
        ChartKind::Partners { shares, focus } => {
            partners::spec(d, locale, width, *shares, focus.as_deref())
        }
        ChartKind::Pairing => pairing::spec(d, locale, width),
        ChartKind::Incidence => incidence::spec(d, locale, width),
        ChartKind::Timeline { highlight } => timeline::spec(d, locale, width, highlight),
        ChartKind::Cities { metric } => cities::spec(d, locale, width, *metric),
        ChartKind::Industry => industry::spec(d, locale, width),
        ChartKind::Labour => labour::spec(d, locale, width),
        ChartKind::Vocational => vocational::spec(d, locale, width),
    }
}
