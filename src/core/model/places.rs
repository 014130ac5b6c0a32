//! The places: the three cities, Beijing's and Tianjin's districts, and the 51 counties,
//! each paired county with its facts and the evidence for each (sources, confidence,
//! method, conflicting values).

use super::article::{Qualifier, Unit};
use super::{Named, Text};

/// The two aiding cities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Partner {
    Beijing,
    Tianjin,
}

string_enum!(Partner { Beijing = "beijing", Tianjin = "tianjin" });

#[derive(Debug, Clone, PartialEq)]
pub struct City {
    pub id: String,
    /// The first four digits of its units' GB/T 2260 codes.
    pub code_prefix: String,
    pub name: Text,
}

/// A district of Beijing or Tianjin that pairs with a county.
#[derive(Debug, Clone, PartialEq)]
pub struct District {
    pub id: String,
    /// GB/T 2260 code: 1101xx for Beijing, 1201xx for Tianjin (the map's district shape).
    pub code: String,
    pub partner: Partner,
    pub name: Text,
}

/// Kind of county-level unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    District,
    County,
    AutonomousCounty,
    CountyLevelCity,
}

string_enum!(UnitKind { District = "district", County = "county", AutonomousCounty = "autonomous_county", CountyLevelCity = "county_level_city" });

/// How sure the sources make a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Low,
    LowMedium,
    Medium,
    MediumHigh,
    High,
}

string_enum!(Confidence { Low = "low", LowMedium = "low-medium", Medium = "medium", MediumHigh = "medium-high", High = "high" });

/// How a fact was established.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// A source states it for this county.
    Stated,
    /// Deduced by elimination from lists and totals.
    Elimination,
    /// Follows from a general statement (e.g. "all national poverty counties of the city").
    Inferred,
}

string_enum!(Method { Stated = "stated", Elimination = "elimination", Inferred = "inferred" });

/// A fact about a county with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact<T> {
    /// `None` = unknown (shown as such, never guessed).
    pub value: Option<T>,
    pub sources: Vec<String>,
    pub confidence: Option<Confidence>,
    pub method: Option<Method>,
    pub note: Option<Text>,
    /// Other values that other sources give; shown beside the value, never resolved.
    pub conflicts: Vec<Conflict<T>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Conflict<T> {
    pub value: T,
    pub sources: Vec<String>,
    pub confidence: Confidence,
    pub note: Option<Text>,
}

/// National (国定) or provincial (省定) poverty county.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PovertyStatus {
    /// A key county and in the 燕山-太行山 contiguous poor area.
    NationalKeyAndArea,
    /// A national key county only.
    NationalKey,
    /// In the contiguous poor area only.
    NationalArea,
    Provincial,
}

string_enum!(PovertyStatus { NationalKeyAndArea = "national_key_and_area", NationalKey = "national_key", NationalArea = "national_area", Provincial = "provincial" });

impl PovertyStatus {
    pub fn is_national(self) -> bool {
        !matches!(self, PovertyStatus::Provincial)
    }
}

/// One of the 51 county-level units of the three cities.
#[derive(Debug, Clone, PartialEq)]
pub struct County {
    /// GB/T 2260 code, six digits.
    pub code: String,
    pub name: Text,
    pub city: String,
    pub kind: UnitKind,
    pub note: Option<Note>,
    /// Present for the 28 paired counties only.
    pub pairing: Option<Pairing>,
}

/// A note for readers, with its sources.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub text: Text,
    pub sources: Vec<String>,
}

/// The sourced facts of a paired county.
#[derive(Debug, Clone, PartialEq)]
pub struct Pairing {
    /// That the county is among the 28 at all.
    pub membership: Fact<bool>,
    pub partner: Fact<Partner>,
    /// District id from `districts`.
    pub district: Fact<String>,
    /// Year the pairing began, where a source states it.
    pub start_year: Fact<u16>,
    pub poverty_status: Fact<PovertyStatus>,
    pub deep_poverty: Fact<bool>,
    pub exit_year: Fact<u16>,
    pub figures: Vec<CountyFigure>,
    pub notes: Vec<Note>,
}

/// A number found for one county in a source other than the article, or in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct CountyFigure {
    /// The metric; counties that share an id can be compared on one map layer.
    pub id: String,
    pub label: Text,
    pub value: f64,
    pub unit: Unit,
    pub qualifier: Option<Qualifier>,
    pub period: Text,
    pub source: String,
    pub confidence: Confidence,
    pub note: Option<Text>,
}
