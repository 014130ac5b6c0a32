//! The sources every fact names (`H00` the article, `S01`... the research sources), how
//! their published parts are kept and shown, and the open questions with their sources.

use super::places::Confidence;
use super::{Named, Text};

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
