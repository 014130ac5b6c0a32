//! The dataset as typed data: the article's figures, the 51 county-level units with their
//! sourced facts, and the sources. It mirrors `data/dataset.json` field for field (see
//! `data/README.md`); `core::dataset_read` reads it from the file's JSON tree and rejects
//! unknown fields, so a typo in an edit cannot pass silently.

use super::locale::Locale;

/// The schema version this build understands. Bump it with every incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// An enum written in the data as one string per variant (see `core::dataset_read`).
pub trait Named: Copy + 'static {
    /// The strings, in the order of [`Named::ALL`].
    const NAMES: &'static [&'static str];
    const ALL: &'static [Self];
}

/// Implements [`Named`]: each variant with its string in the data.
macro_rules! string_enum {
    ($ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl Named for $ty {
            const NAMES: &'static [&'static str] = &[$($name),+];
            const ALL: &'static [$ty] = &[$($ty::$variant),+];
        }
    };
}

/// A string in the three languages of the graphic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub zh_hans: String,
    pub zh_hant: String,
    pub en: String,
}

impl Text {
    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::ZhHans => &self.zh_hans,
            Locale::ZhHant => &self.zh_hant,
            Locale::En => &self.en,
        }
    }

    /// All three versions with their language, for checks that apply to each.
    pub fn each(&self) -> [(Locale, &str); 3] {
        [
            (Locale::ZhHans, &self.zh_hans),
            (Locale::ZhHant, &self.zh_hant),
            (Locale::En, &self.en),
        ]
    }
}

/// The whole dataset file.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub schema_version: u32,
    pub article: Article,
    pub figures: Vec<Figure>,
    pub projects: Vec<Project>,
    pub cities: Vec<City>,
    pub districts: Vec<District>,
    pub counties: Vec<County>,
    pub open_questions: Vec<OpenQuestion>,
    pub sources: Vec<Source>,
}

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

/// The two aiding cities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Partner {
    Beijing,
    Tianjin,
}

string_enum!(Partner { Beijing = "beijing", Tianjin = "tianjin" });

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

#[derive(Debug, Clone, PartialEq)]
pub struct OpenQuestion {
    pub id: String,
    pub text: Text,
    pub sources: Vec<String>,
}

/// A source document. `H00` is the article; `S01`... are the research sources.
///
/// What was published (outlet, reporter, title) is kept as published, in its own script;
/// what the researchers add (`note`, `copy`, `date_note`) is written for each page
/// language, so a Chinese page reads no English words but names. `core::source_text`
/// builds the line a reader sees.
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub id: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: Option<String>,
    /// What the date is, where it is not simply the source's own date.
    pub date_note: Option<DateNote>,
    /// The outlet's name as published (e.g. `河北新闻网`), where known.
    pub outlet: Option<String>,
    /// The reporter's name(s) as published, without the word "reporter".
    pub reporter: Option<String>,
    /// The title as published, in its own language and script.
    pub title: Option<String>,
    /// The Chinese script of the outlet, reporter and title (required when any has Chinese
    /// characters), so that pages in the other script, and English pages, can mark it with
    /// `lang`.
    pub title_script: Option<Script>,
    /// The outlet, reporter and title of a source published in Simplified script, written
    /// in Traditional for the zh-Hant page (converted with OpenCC, checked by hand).
    pub hant: Option<Published>,
    /// The researchers' description or remark, in the three languages: what the source is
    /// where it has no title, or where else it appeared.
    pub note: Option<Text>,
    /// What kind of copy the address points to, where it is not the original page.
    pub copy: Option<CopyKind>,
    pub url: Option<String>,
    /// `None` for the article itself, which is the primary source and not cross-checked.
    pub confidence: Option<Confidence>,
}

/// What a source published, as written for one page (see [`Source::hant`]); each part is
/// there where the source has it.
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct Published {
    pub outlet: Option<String>,
    pub reporter: Option<String>,
    pub title: Option<String>,
}

/// The kind of copy a source's address points to; its words are in `core::strings`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CopyKind {
    /// A copy of the page on another site.
    Mirror,
    /// The same article published again by another outlet.
    Republished,
    /// A copy on a news aggregator.
    Aggregator,
    /// A copy of an encyclopedia entry.
    Encyclopedia,
}

string_enum!(CopyKind { Mirror = "mirror", Republished = "republished", Aggregator = "aggregator", Encyclopedia = "encyclopedia" });

/// What a source's date is, where it is not simply the source's own date.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DateNote {
    /// The date is approximate.
    Approximate,
    /// The date is that of the copy (a repost), not of the original.
    Repost,
}

string_enum!(DateNote { Approximate = "approximate", Repost = "repost" });

/// A Chinese script, as a BCP 47 tag in the data.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Script {
    Simplified,
    Traditional,
}

string_enum!(Script { Simplified = "zh-Hans", Traditional = "zh-Hant" });

impl Source {
    /// The page language whose script the title's Chinese is written in.
    pub fn title_locale(&self) -> Option<crate::core::locale::Locale> {
        use crate::core::locale::Locale;
        self.title_script.map(|s| match s {
            Script::Simplified => Locale::ZhHans,
            Script::Traditional => Locale::ZhHant,
        })
    }
}

impl Dataset {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn county(&self, code: &str) -> Option<&County> {
        self.counties.iter().find(|c| c.code == code)
    }

    pub fn city(&self, id: &str) -> Option<&City> {
        self.cities.iter().find(|c| c.id == id)
    }

    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn sentence(&self, id: &str) -> Option<&Sentence> {
        self.article.sentences.iter().find(|s| s.id == id)
    }

    /// The paired counties, in dataset order.
    pub fn paired(&self) -> impl Iterator<Item = (&County, &Pairing)> {
        self.counties
            .iter()
            .filter_map(|c| c.pairing.as_ref().map(|p| (c, p)))
    }
}
