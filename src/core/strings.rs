//! Every fixed string the reader sees, in the three languages.
//!
//! One `const` table per language of the same struct type, so a missing translation is a
//! compile error, not a blank on the page. Strings with a `{}` are templates filled by
//! [`fill`]; numbers in them always come from the dataset, never from here.

use super::locale::Locale;
use super::model::{
    Confidence, CopyKind, DateNote, Method, Partner, Period, PovertyStatus, UnitKind,
};

/// The fixed strings of one language.
#[derive(Debug)]
pub struct Strings {
    pub kicker: &'static str,
    /// `{0}` = number of paired counties, `{1}` = incidence before, `{2}` = after.
    pub headline: &'static str,
    /// `{0}` = number of paired counties, `{1}` = the five-year period, `{2}` = the month of
    /// the report (2020年12月, December 2020).
    pub dek: &'static str,
    pub source_label: &'static str,
    pub map_credit: &'static str,
    pub loading: &'static str,
    pub error_title: &'static str,
    pub error_help: &'static str,
    pub map_error: &'static str,
    /// Shown when the data takes longer than a few seconds to arrive.
    pub loading_slow: &'static str,
    /// Shown instead of the graphic after an internal error (the panic hook).
    pub crash_title: &'static str,
    pub crash_help: &'static str,
    pub reload: &'static str,
    pub language: &'static str,
    /// `{0}` = number of paired counties (also in `membership`, `not_paired`, `card_incidence`).
    pub map_title: &'static str,
    pub map_note: &'static str,
    /// The same for touch screens (no hover, no keyboard).
    pub map_note_touch: &'static str,
    pub map_label: &'static str,
    pub map_keys: &'static str,
    pub legend_beijing: &'static str,
    pub legend_tianjin: &'static str,
    pub legend_unpaired: &'static str,
    pub legend_inferred: &'static str,
    pub city_border: &'static str,
    /// The group of Beijing's and Tianjin's districts on the map.
    pub partner_districts: &'static str,
    /// A district's accessible name: `{0}` = district, `{1}` = its city (北京 / 天津).
    pub district_name: &'static str,
    /// A paired district's accessible name: `{0}` = district, `{1}` = city, `{2}` = counties.
    pub district_pairs: &'static str,
    pub link_solid: &'static str,
    pub link_dashed: &'static str,
    /// `{0}` = number of counties (more than one), `{1}` = the partner city.
    pub links_unknown: &'static str,
    /// As `links_unknown` for one county.
    pub links_unknown_one: &'static str,
    /// `{0}` = partner city, `{1}` = number of its counties, `{2}` = the one city they are in.
    pub all_in_city: &'static str,
    /// Before the last item of a list of names ("A、B和C", "A, B and C").
    pub list_and: &'static str,
    pub beijing: &'static str,
    pub tianjin: &'static str,
    pub partner: &'static str,
    pub district: &'static str,
    pub unknown: &'static str,
    pub poverty_status: &'static str,
    pub deep_poverty: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub exit_year: &'static str,
    pub start_year: &'static str,
    pub membership: &'static str,
    pub member: &'static str,
    pub not_paired: &'static str,
    pub county_figures: &'static str,
    pub no_county_figures: &'static str,
    pub details_hint: &'static str,
    pub close: &'static str,
    /// Said to screen readers when a county's panel opens: `{0}` = the county as the map
    /// names it on the layer shown.
    pub announce_details: &'static str,
    /// A county added to the comparison: `{0}` = its name, `{1}` = how many are compared.
    pub announce_picked: &'static str,
    /// A county taken out of the comparison: `{0}` = its name.
    pub announce_unpicked: &'static str,
    /// The oldest county dropped to make room: `{0}` = its name, `{1}` = the most compared.
    pub announce_dropped: &'static str,
    /// What a reader without JavaScript is told (the prerendered page's `<noscript>`).
    pub no_script: &'static str,
    pub retry: &'static str,
    pub show_table: &'static str,
    pub hide_table: &'static str,
    pub download: &'static str,
    pub download_csv: &'static str,
    pub download_svg: &'static str,
    pub download_png: &'static str,
    /// Read when a chart takes the focus, after its summary: the keys and the table view.
    pub chart_keys: &'static str,
    /// The map's "view as table": `{0}` = how many paired counties.
    pub map_table: &'static str,
    pub county: &'static str,
    /// Before each chart, for screen readers in reading mode: `{0}` = the chart's title.
    pub chart_intro: &'static str,
    /// The link past a chart, and where it lands.
    pub chart_skip: &'static str,
    pub chart_end: &'static str,
    /// What a chart's drawing is, said when it takes the focus.
    pub chart_role: &'static str,
    pub sources: &'static str,
    pub all_sources: &'static str,
    pub confidence: &'static str,
    pub conflict: &'static str,
    pub open_question: &'static str,
    pub the_article: &'static str,
    pub card_counties: &'static str,
    /// `{0}` = number of poverty counties.
    pub card_counties_sub: &'static str,
    /// `{0}` = number of enterprises.
    pub card_investment_sub: &'static str,
    pub card_incidence: &'static str,
    pub tooltip_hint: &'static str,
    pub selected: &'static str,
    pub more_than: &'static str,
    pub list_sep: &'static str,
    pub colon: &'static str,
    pub year_suffix: &'static str,
    pub confidences: [&'static str; 5],
    pub methods: [&'static str; 3],
    pub statuses: [&'static str; 4],
    pub kinds: [&'static str; 4],
    /// Names of [`Period`] values, in declaration order. The only digits in this file: they
    /// spell out what the dataset's period codes mean.
    pub periods: [&'static str; 6],
    /// Before a source's reporter: 记者 秦启涵, reporter 秦启涵.
    pub reporter: &'static str,
    /// What kind of copy a source is, in the order of `CopyKind`.
    pub copies: [&'static str; 4],
    /// What a source's date is, in the order of `DateNote`.
    pub date_notes: [&'static str; 2],
}

/// The strings of `locale`.
pub fn strings(locale: Locale) -> &'static Strings {
    crate::core::words::page(locale)
}

/// Lists items as "A、B和C" / "A, B and C": `sep` between all but the last two, `and`
/// before the last.
pub fn list_with_and<S: AsRef<str>>(items: &[S], sep: &str, and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{}{and}{}", init.join(sep), last.as_ref())
        }
    }
}

/// Replaces `{0}`, `{1}`, ... in `template` with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_owned();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

impl Strings {
    pub fn confidence_name(&self, c: Confidence) -> &'static str {
        self.confidences[c as usize]
    }

    pub fn method_name(&self, m: Method) -> &'static str {
        self.methods[m as usize]
    }

    pub fn status_name(&self, s: PovertyStatus) -> &'static str {
        self.statuses[s as usize]
    }

    pub fn kind_name(&self, k: UnitKind) -> &'static str {
        self.kinds[k as usize]
    }

    pub fn period_name(&self, p: Period) -> &'static str {
        self.periods[p as usize]
    }

    pub fn copy_name(&self, c: CopyKind) -> &'static str {
        self.copies[c as usize]
    }

    pub fn date_note_name(&self, n: DateNote) -> &'static str {
        self.date_notes[n as usize]
    }

    pub fn partner_name(&self, p: Partner) -> &'static str {
        match p {
            Partner::Beijing => self.beijing,
            Partner::Tianjin => self.tianjin,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every template has the same placeholders in each language, and no string is empty.
    #[test]
    fn translations_are_complete() {
        let placeholders = |s: &str| -> Vec<usize> {
            (0..4).filter(|i| s.contains(&format!("{{{i}}}"))).collect()
        };
        for l in Locale::ALL {
            let s = strings(l);
            for t in [s.map_title, s.membership, s.not_paired, s.card_incidence] {
                assert_eq!(placeholders(t), vec![0], "{l:?}: {t}");
            }
            assert_eq!(placeholders(s.headline), vec![0, 1, 2], "{l:?}");
            assert_eq!(placeholders(s.dek), vec![0, 1, 2], "{l:?}");
            assert_eq!(placeholders(s.card_counties_sub), vec![0], "{l:?}");
            assert_eq!(placeholders(s.card_investment_sub), vec![0], "{l:?}");
            for c in s
                .confidences
                .iter()
                .chain(&s.methods)
                .chain(&s.statuses)
                .chain(&s.kinds)
                .chain(&s.copies)
                .chain(&s.date_notes)
            {
                assert!(!c.is_empty(), "{l:?}");
            }
        }
    }

    /// Numbers come from the dataset: no digit may be typed into a string, except in
    /// placeholders and the period names.
    #[test]
    fn no_typed_numbers() {
        let src = include_str!("strings.rs");
        let tables = &src[..src.find("/// The strings of `locale`").unwrap()];
        let mut in_periods = false;
        for line in tables.lines() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("periods:") {
                in_periods = !trimmed.ends_with("],");
                continue;
            }
            if in_periods {
                in_periods = !trimmed.starts_with("],");
                continue;
            }
            let raw: String = line.split('"').skip(1).step_by(2).collect();
            let without_placeholders =
                (0..4).fold(raw, |acc, i| acc.replace(&format!("{{{i}}}"), ""));
            assert!(
                !without_placeholders.chars().any(|c| c.is_ascii_digit()),
                "typed number in: {line}"
            );
        }
    }

    #[test]
    fn fills_templates() {
        assert_eq!(fill("{0}个县，{1}", &["28", "0"]), "28个县，0");
    }

    #[test]
    fn enum_names_follow_declaration_order() {
        assert_eq!(strings(Locale::En).confidence_name(Confidence::Low), "low");
        assert_eq!(
            strings(Locale::En).confidence_name(Confidence::High),
            "high"
        );
        assert_eq!(
            strings(Locale::En).method_name(Method::Elimination),
            "deduced by elimination"
        );
        assert_eq!(
            strings(Locale::En).status_name(PovertyStatus::Provincial),
            "Provincial poverty county"
        );
        assert_eq!(
            strings(Locale::En).kind_name(UnitKind::CountyLevelCity),
            "County-level city"
        );
    }
}
