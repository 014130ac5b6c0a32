//! The dataset as typed data: the article's figures, the 51 county-level units with their
//! sourced facts, and the sources. It mirrors `data/dataset.json` field for field (see
//! `data/README.md`); `core::dataset_read` reads it from the file's JSON tree and rejects
//! unknown fields, so a typo in an edit cannot pass silently.
//!
//! A file per part of the data: `article` (the article, its sentences, figures and
//! projects), `places` (cities, districts, and the counties with their sourced facts) and
//! `sources` (the sources and the open questions). Here is what they share: the
//! three-language [`Text`], the [`Named`] enums, and the [`Dataset`] that holds them all,
//! with its look-ups.

use super::locale::Locale;

/// The schema version this build understands. Bump it with every incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// An enum written in the data as one string per variant (see `core::dataset_read`).
pub trait Named: Copy + 'static {
    /// The strings, in the order of [`Named::ALL`].
    const NAMES: &'static [&'static str];
    const ALL: &'static [Self];
}

/// Implements [`Named`]: each variant with its string in the data. Defined before the
/// submodules below, which use it: a `macro_rules!` is in scope only after its definition.
macro_rules! string_enum {
    ($ty:ident { $($variant:ident = $name:literal),+ $(,)? }) => {
        impl Named for $ty {
            const NAMES: &'static [&'static str] = &[$($name),+];
            const ALL: &'static [$ty] = &[$($ty::$variant),+];
        }
    };
}

mod article;
mod places;
mod sources;

pub use article::*;
pub use places::*;
pub use sources::*;

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
