//! The article's part of the data: the article and its sentences, its figures (with the
//! enums that say what each counts and when) and its named projects.

use super::places::Partner;
use super::{Named, Text};

/// The source article (H00) and its sentences, each in the received Traditional text, a
/// Simplified transcription and an English translation.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub source: String,
    pub title: Text,
    pub outlet: Text,
    pub byline: Text,
    pub date: String,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub id: String,
    pub text: Text,
}

/// Which part of the story a figure belongs to; the order follows the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    Totals,
    Projects,
    Results,
    Development,
    Industry,
    Labour,
    Pairing,
}

string_enum!(Section { Totals = "totals", Projects = "projects", Results = "results", Development = "development", Industry = "industry", Labour = "labour", Pairing = "pairing" });

/// The time a figure covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// "5年来": cumulative over 2016-2020.
    FiveYears,
    /// "今年以来": the year 2020.
    Year2020,
    /// A count or total as of the article's date (December 2020), start not stated.
    ToDate,
    /// A starting value whose year the article does not state.
    Baseline,
    /// A date rather than an amount (e.g. the year an agreement was signed).
    Date,
    /// The article does not say (the labour paragraph); a note says what the context suggests.
    Unstated,
}

string_enum!(Period { FiveYears = "2016-2020", Year2020 = "2020", ToDate = "to-2020-12", Baseline = "baseline", Date = "date", Unstated = "unstated" });

/// What a figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Yuan,
    Percent,
    Count,
    Year,
}

string_enum!(Unit { Yuan = "yuan", Percent = "percent", Count = "count", Year = "year" });

/// The Chinese measure word the article uses after a count (个, 家, 人, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// 个 / 個
    Ge,
    /// 家 (enterprises)
    Jia,
    /// 人 (people)
    Ren,
    /// 名 (persons, workers)
    Ming,
    /// 所 (schools, hospitals)
    Suo,
    /// 期 (training sessions)
    Qi,
    /// 种 / 種 (kinds)
    Zhong,
    /// 位 (persons, polite)
    Wei,
    /// 市 (cities)
    Shi,
    /// 年 (years)
    Nian,
}

string_enum!(Measure { Ge = "ge", Jia = "jia", Ren = "ren", Ming = "ming", Suo = "suo", Qi = "qi", Zhong = "zhong", Wei = "wei", Shi = "shi", Nian = "nian" });

/// "2000多": the number is a lower bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    MoreThan,
}

string_enum!(Qualifier { MoreThan = "more_than" });

/// One number of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub id: String,
    pub section: Section,
    pub label: Text,
    pub value: f64,
    pub unit: Unit,
    pub measure: Option<Measure>,
    pub qualifier: Option<Qualifier>,
    pub period: Period,
    /// The figure exactly as the article prints it (Traditional text), e.g. `62.85億元`.
    pub stated: String,
    /// Id of the sentence in `article.sentences` that contains `stated`.
    pub sentence: String,
    /// Beijing's and Tianjin's parts, where the article gives them.
    pub split: Option<Split>,
    /// Id of the Hebei-side figure this one pairs with (e.g. 240 townships → 297 townships).
    pub counterpart: Option<String>,
    /// For an "after" value, the id of its "before" value (poverty incidence 16.24% → 0).
    pub before: Option<String>,
    pub note: Option<Text>,
}

/// Beijing's and Tianjin's shares of a figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Split {
    pub beijing: SplitPart,
    pub tianjin: SplitPart,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SplitPart {
    pub value: f64,
    /// As printed, e.g. `北京235家`.
    pub stated: String,
}

/// A named cooperation project of the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    pub id: String,
    pub name: Text,
    /// `None` where the article does not say who took part.
    pub partner: Option<Partner>,
    /// `None` where the article does not say where it is.
    pub city: Option<String>,
    /// GB/T 2260 code of the county it belongs to; `None` where the article names none.
    pub county: Option<String>,
    pub sentence: String,
    pub figure: Option<String>,
    pub note: Option<Text>,
}
