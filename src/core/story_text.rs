//! The story's section headings and control labels, one table per language (a missing
//! translation does not compile). No numbers here: they all come from the dataset.

use super::locale::Locale;
use super::model::Section as Part;
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

/// The figures the headline cards show (four that carry the story: money, projects,
/// investment, people sent), and those the story shows elsewhere: the incidence in the
/// headline and the results chart, villages and people in the results.
pub const CARD_FIGURES: [&str; 9] = [
    "fiscal_aid",
    "aid_projects",
    "investing_enterprises",
    "enterprise_investment",
    "cadres_and_staff",
    "poor_villages_exited",
    "poor_people_lifted",
    "incidence_before",
    "incidence_after",
];

/// The figures a section's grid of number cards leaves out, because a card or a chart
/// above already shows them: no figure is shown twice.
pub fn shown_elsewhere(part: Part) -> &'static [&'static str] {
    match part {
        Part::Totals => &CARD_FIGURES,
        // The results chart.
        Part::Results => &[
            "incidence_before",
            "incidence_after",
            "fuping_incidence_before",
            "fuping_incidence_after",
        ],
        // The pairing chart.
        Part::Pairing => &[
            "paired_townships",
            "paired_strong_villages",
            "hebei_townships",
            "hebei_poor_villages",
            "paired_schools",
            "paired_hospitals",
            "hebei_schools",
            "hebei_hospitals",
            "paired_enterprises",
            "enterprise_villages",
            "social_organisations",
            "organisation_villages",
        ],
        Part::Projects | Part::Development | Part::Industry | Part::Labour => &[],
    }
}

pub fn story_text(locale: Locale) -> &'static StoryText {
    crate::core::words::story(locale)
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

    /// Every figure left out of a grid exists, and is one of that section's figures (a
    /// renamed id would otherwise show a figure twice without a word).
    #[test]
    fn figures_left_out_exist_in_their_section() {
        let d = crate::core::load::parse_dataset(
            include_str!("../../data/dataset.json"),
            "data/dataset.json",
        )
        .expect("the real dataset");
        for id in CARD_FIGURES {
            assert!(d.figure(id).is_some(), "{id}");
        }
        for part in [Part::Results, Part::Pairing] {
            for id in shown_elsewhere(part) {
                let f = d.figure(id).unwrap_or_else(|| panic!("{id}"));
                assert_eq!(f.section, part, "{id}");
            }
        }
    }

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
