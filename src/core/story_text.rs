//! The story's section headings and control labels, one table per language (a missing
//! translation does not compile). No numbers here: they all come from the dataset.

use super::locale::Locale;
use super::state::{CompareMode, Section};

#[derive(Debug)]
pub struct StoryText {
    /// Heading and one-line introduction of each section, in `Section::ALL` order.
    pub sections: [(&'static str, &'static str); 9],
    /// Tab labels, in `CompareMode::ALL` order.
    pub modes: [&'static str; 3],
    pub absolute: &'static str,
    pub shares: &'static str,
    pub metric: &'static str,
    pub city_metric: &'static str,
    pub pick_title: &'static str,
    pub pick_hint: &'static str,
    pub pick_search: &'static str,
    pub pick_add: &'static str,
    pub pick_remove: &'static str,
    pub pick_clear: &'static str,
    pub pick_full: &'static str,
    pub pick_none: &'static str,
    pub compare_add: &'static str,
    pub compare_remove: &'static str,
    pub fact: &'static str,
    pub quote: &'static str,
    /// The one disclosure of a section's several sentences: `{0}` = how many.
    pub quotes: &'static str,
    pub period: &'static str,
    pub on_map: &'static str,
    pub compare_table_title: &'static str,
    /// Under the county comparison: its facts cite their own sources, cell by cell.
    pub compare_sources: &'static str,
    pub embed: &'static str,
    pub embed_title: &'static str,
    pub embed_hint: &'static str,
    pub embed_part: &'static str,
    pub embed_whole: &'static str,
    pub embed_iframe: &'static str,
    pub embed_script: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    pub embed_copy_failed: &'static str,
}

pub fn story_text(locale: Locale) -> &'static StoryText {
    &crate::core::words::of(locale).story
}

impl StoryText {
    pub fn heading(&self, s: Section) -> &'static str {
        self.sections[s as usize].0
    }

    pub fn intro(&self, s: Section) -> &'static str {
        self.sections[s as usize].1
    }

    pub fn mode(&self, m: CompareMode) -> &'static str {
        self.modes[m as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_typed_numbers_and_nothing_empty() {
        for l in Locale::ALL {
            let t = story_text(l);
            let all = t
                .sections
                .iter()
                .flat_map(|(a, b)| [*a, *b])
                .chain(t.modes)
                .chain([t.absolute, t.shares, t.pick_title, t.pick_hint, t.pick_full]);
            for s in all {
                assert!(!s.is_empty(), "{l:?}");
                assert!(!s.chars().any(|c| c.is_ascii_digit()), "{l:?}: {s}");
            }
        }
    }
}
