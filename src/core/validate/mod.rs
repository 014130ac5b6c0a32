//! Semantic checks of a parsed dataset: what JSON types alone cannot say.
//!
//! The rule behind most of them: no number reaches a reader unless it traces to a source.
//! Each article figure must appear, as printed, in the sentence it cites, and the printed
//! text must say the same number as `value`; Beijing's and Tianjin's parts must add up to
//! the total the article states; every fact names sources that exist.

use std::collections::HashSet;

use super::decimal::Decimal;
use super::error::DataError;
use super::json::brief_number;
use super::model::*;

/// Longest text accepted in any field. The longest real one (a quoted sentence) is under 400
/// characters; a megabyte-long name is an editing accident, not content.
pub const MAX_TEXT_CHARS: usize = 2000;

/// Longest id (of a figure, project, city, district or sentence) accepted.
pub const MAX_ID_CHARS: usize = 64;

/// Codes of the three cities' county-level units start with these (GB/T 2260).
pub const CITY_PREFIXES: [&str; 3] = ["1306", "1307", "1308"];

/// All problems found, in file order.
pub fn dataset(d: &Dataset, file: &str) -> Vec<DataError> {
    let mut v = Checker {
        file,
        errors: Vec::new(),
    };
    v.article(d);
    v.sources(d);
    v.figures(d);
    v.cities_and_districts(d);
    v.counties(d);
    v.projects(d);
    v.open_questions(d);
    v.errors
}

/// Decimals a figure may have: every source prints at most two (20.46%); four leave room.
const MAX_DECIMALS: i32 = 4;

struct Checker<'a> {
    file: &'a str,
    errors: Vec<DataError>,
}

impl Checker<'_> {
    fn err(&mut self, path: impl Into<String>, expected: impl Into<String>) {
        self.errors
            .push(DataError::new(self.file, path, expected.into()));
    }

    fn plain_text(&mut self, path: &str, s: &str, required: bool) {
        let chars = s.chars().count();
        if required && s.is_empty() {
            self.err(path, "expected non-empty text");
        } else if required && !s.chars().any(is_visible) {
            self.err(
                path,
                "expected text with visible characters (found only spaces or invisible ones)",
            );
        } else if chars > MAX_TEXT_CHARS {
            self.err(
                path,
                format!("expected at most {MAX_TEXT_CHARS} characters, found {chars}"),
            );
        } else if s.contains(['<', '>']) {
            self.err(
                path,
                "expected plain text without markup: remove the < and > characters",
            );
        } else if s.chars().any(|c| c.is_control() && c != '\n') {
            self.err(path, "expected text without control characters");
        } else if let Some(c) = s.chars().find(|&c| is_bidi_control(c)) {
            // U+202E at the end of a name would turn the source line around on screen.
            self.err(
                path,
                format!(
                    "expected text without direction controls, found U+{:04X}",
                    u32::from(c)
                ),
            );
        } else if let Some(c) = s.chars().find(|&c| is_noncharacter(c)) {
            // Not valid in XML: the SVG and PNG downloads would break.
            self.err(
                path,
                format!(
                    "expected text without Unicode noncharacters, found U+{:04X}",
                    u32::from(c)
                ),
            );
        }
    }

    fn text(&mut self, path: &str, t: &Text) {
        for (locale, s) in t.each() {
            self.plain_text(&format!("{path}.{}", locale.tag()), s, true);
        }
        // The Simplified text is a transcription of the Traditional one, digit for digit: a
        // number typed differently in one of them would show readers two different figures.
        let (simplified, traditional) = (numbers_in(&t.zh_hans), numbers_in(&t.zh_hant));
        if simplified != traditional {
            let first = simplified
                .iter()
                .zip(traditional.iter())
                .position(|(a, b)| a != b)
                .unwrap_or(simplified.len().min(traditional.len()));
            let shown = |v: &[String]| v.get(first).map_or("nothing".to_owned(), |n| n.clone());
            self.err(
                format!("{path}.zh-Hans"),
                format!(
                    "expected the same numbers as zh-Hant, in the same order; found {} where \
                     zh-Hant has {}",
                    shown(&simplified),
                    shown(&traditional)
                ),
            );
        }
    }

    fn unique<'b>(&mut self, path: &str, ids: impl Iterator<Item = &'b str>) {
        let noun = if path == "counties" { "code" } else { "id" };
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.err(
                    format!("{path}[{i}]"),
                    format!("expected a unique {noun}, found \"{id}\" a second time"),
                );
            }
        }
    }

    /// Ids of figures, projects, places and sentences, at `{path}[i].id`.
    fn ids<'b>(&mut self, path: &str, ids: impl Iterator<Item = &'b str>) {
        for (i, id) in ids.enumerate() {
            if !is_id(id) {
                let shown: String = id.chars().take(MAX_ID_CHARS + 1).collect();
                self.err(
                    format!("{path}[{i}].id"),
                    format!(
                        "expected an id of 1 to {MAX_ID_CHARS} lowercase letters, digits and _, \
                         found \"{shown}\""
                    ),
                );
            }
        }
    }

    fn source_refs(&mut self, d: &Dataset, path: &str, ids: &[String]) {
        for (i, id) in ids.iter().enumerate() {
            if d.source(id).is_none() {
                self.err(
                    format!("{path}[{i}]"),
                    format!("expected the id of an entry in sources, found \"{id}\""),
                );
            } else if ids[..i].contains(id) {
                // A source counted twice would read as two confirmations.
                self.err(
                    format!("{path}[{i}]"),
                    format!("expected each source once, found \"{id}\" again"),
                );
            }
        }
    }

    fn amount(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.err(path, "expected a finite number");
        } else if v < 0.0 {
            self.err(
                path,
                format!(
                    "expected a number of zero or more, found {}",
                    brief_number(v)
                ),
            );
        } else if v >= 1e15 {
            self.err(
                path,
                format!("expected a number below 10^15, found {}", brief_number(v)),
            );
        } else if super::decimal::Decimal::from_f64(v).is_none_or(|d| d.exp < -MAX_DECIMALS) {
            // Shown as written: 20.459999999999997 would print as such (the source says
            // 20.46), and 1e-40 as the sign for unknown.
            self.err(
                path,
                format!(
                    "expected a number with at most {MAX_DECIMALS} decimals, as its source prints it, found {}",
                    brief_number(v)
                ),
            );
        }
    }

    fn article(&mut self, d: &Dataset) {
        let a = &d.article;
        self.text("article.title", &a.title);
        self.text("article.outlet", &a.outlet);
        self.text("article.byline", &a.byline);
        if !is_date(&a.date) {
            self.err(
                "article.date",
                format!("expected a date as YYYY-MM-DD, found \"{}\"", a.date),
            );
        }
        if d.source(&a.source).is_none() {
            self.err(
                "article.source",
                format!(
                    "expected the id of an entry in sources, found \"{}\"",
                    a.source
                ),
            );
        }
        self.ids(
            "article.sentences",
            a.sentences.iter().map(|s| s.id.as_str()),
        );
        self.unique(
            "article.sentences",
            a.sentences.iter().map(|s| s.id.as_str()),
        );
        for (i, s) in a.sentences.iter().enumerate() {
            self.text(&format!("article.sentences[{i}].text"), &s.text);
        }
    }

    fn sources(&mut self, d: &Dataset) {
        self.unique("sources", d.sources.iter().map(|s| s.id.as_str()));
        for (i, s) in d.sources.iter().enumerate() {
            let p = format!("sources[{i}]");
            let id_ok = s.id.len() == 3
                && (s.id.starts_with('S') || s.id.starts_with('H'))
                && s.id[1..].bytes().all(|b| b.is_ascii_digit());
            if !id_ok {
                self.err(
                    format!("{p}.id"),
                    format!("expected an id like S07 or H00, found \"{}\"", s.id),
                );
            }
            let published = [
                ("outlet", &s.outlet),
                ("reporter", &s.reporter),
                ("title", &s.title),
            ];
            for (field, value) in published {
                if let Some(v) = value {
                    self.plain_text(&format!("{p}.{field}"), v, true);
                }
            }
            if let Some(n) = &s.note {
                self.text(&format!("{p}.note"), n);
            }
            // The Traditional forms stand for parts the source has, and only for a source
            // printed in Simplified script.
            if let Some(h) = &s.hant {
                for (field, value, original) in [
                    ("outlet", &h.outlet, &s.outlet),
                    ("reporter", &h.reporter, &s.reporter),
                    ("title", &h.title, &s.title),
                ] {
                    let path = format!("{p}.hant.{field}");
                    match (value, original) {
                        (Some(v), Some(_)) => self.plain_text(&path, v, true),
                        (Some(_), None) => self.err(
                            path,
                            format!("expected no {field} here: the source has none"),
                        ),
                        (None, Some(_)) => {
                            self.err(path, format!("expected the {field} in Traditional script"))
                        }
                        (None, None) => {}
                    }
                }
                if s.title_script == Some(crate::core::model::Script::Traditional) {
                    self.err(
                        format!("{p}.hant"),
                        "expected Traditional forms only for a source in Simplified script \
                         (title_script \"zh-Hans\")",
                    );
                }
            }
            if s.title.is_none() && s.outlet.is_none() && s.note.is_none() {
                self.err(
                    p.clone(),
                    "expected a title, an outlet or a note that says what the source is",
                );
            }
            if let Some(r) = &s.reporter {
                // The word is the page's (记者 / 記者 / reporter), in the reader's language.
                let lower = r.to_ascii_lowercase();
                if r.contains("记者") || r.contains("記者") || lower.contains("reporter") {
                    self.err(
                        format!("{p}.reporter"),
                        format!(
                            "expected the reporter's name alone, without the word \
                             \"reporter\" (the page adds it in its language), found \"{r}\""
                        ),
                    );
                }
            }
            // Whatever `foreign_runs` would mark as Chinese needs its script.
            let has_han = published.iter().any(|(_, v)| {
                v.as_deref()
                    .is_some_and(|v| v.chars().any(crate::core::locale::is_han))
            });
            if has_han && s.title_script.is_none() {
                self.err(
                    format!("{p}.title_script"),
                    "expected title_script (\"zh-Hans\" or \"zh-Hant\") for an outlet, reporter \
                     or title with Chinese characters",
                );
            }
            if let Some(url) = &s.url {
                let ok = (url.starts_with("https://") || url.starts_with("http://"))
                    && !url.contains(['"', '<', '>', ' ', '\'']);
                if !ok {
                    self.err(
                        format!("{p}.url"),
                        format!("expected an http(s) address, found \"{url}\""),
                    );
                }
            }
            if let Some(date) = &s.date
                && !is_source_date(date)
            {
                self.err(
                    format!("{p}.date"),
                    format!("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"{date}\""),
                );
            }
        }
    }

    fn figures(&mut self, d: &Dataset) {
        self.ids("figures", d.figures.iter().map(|f| f.id.as_str()));
        self.unique("figures", d.figures.iter().map(|f| f.id.as_str()));
        for (i, f) in d.figures.iter().enumerate() {
            let p = format!("figures[{i}]");
            self.text(&format!("{p}.label"), &f.label);
            self.amount(&format!("{p}.value"), f.value);
            if let Some(n) = &f.note {
                self.text(&format!("{p}.note"), n);
            }
            let Some(sentence) = d.sentence(&f.sentence) else {
                self.err(
                    format!("{p}.sentence"),
                    format!(
                        "expected the id of an entry in article.sentences, found \"{}\"",
                        f.sentence
                    ),
                );
                continue;
            };
            let original = &sentence.text.zh_hant;
            self.stated(
                &format!("{p}.stated"),
                &f.stated,
                f.value,
                f.unit,
                f.qualifier,
                original,
            );
            if let Some(split) = &f.split {
                for (who, part) in [("beijing", &split.beijing), ("tianjin", &split.tianjin)] {
                    let pp = format!("{p}.split.{who}");
                    self.amount(&format!("{pp}.value"), part.value);
                    self.stated(
                        &format!("{pp}.stated"),
                        &part.stated,
                        part.value,
                        f.unit,
                        None,
                        original,
                    );
                }
                let sum = split.beijing.value + split.tianjin.value;
                if sum.is_finite() && (sum - f.value).abs() > 1e-9 * f.value.abs().max(1.0) {
                    self.err(
                        format!("{p}.split"),
                        format!(
                            "expected Beijing + Tianjin to add up to the stated total {}, found {} + {} = {}",
                            brief_number(f.value),
                            brief_number(split.beijing.value),
                            brief_number(split.tianjin.value),
                            brief_number(sum)
                        ),
                    );
                }
            }
            for (field, target) in [("counterpart", &f.counterpart), ("before", &f.before)] {
                if let Some(id) = target
                    && (d.figure(id).is_none() || id == &f.id)
                {
                    self.err(
                        format!("{p}.{field}"),
                        format!("expected the id of another figure, found \"{id}\""),
                    );
                }
            }
        }
    }

    /// `stated` must occur in the article sentence and say the same number as `value`.
    fn stated(
        &mut self,
        path: &str,
        stated: &str,
        value: f64,
        unit: Unit,
        qualifier: Option<Qualifier>,
        sentence: &str,
    ) {
        if stated.is_empty() || !sentence.contains(stated) {
            self.err(
                path,
                format!("expected text that occurs in the cited sentence, found \"{stated}\""),
            );
            return;
        }
        let Some(read) = read_stated(stated) else {
            self.err(
                path,
                format!("expected a number in the stated text, found \"{stated}\""),
            );
            return;
        };
        let scaled = if unit == Unit::Percent {
            Some(read.number)
        } else {
            Some(read.number.shift(read.power))
        };
        if scaled != Decimal::from_f64(value) {
            let shown = scaled.map(|d| d.plain()).unwrap_or_default();
            self.err(
                path,
                format!("expected \"{stated}\" to equal the value {value}, but it says {shown}"),
            );
        }
        if read.more_than != (qualifier == Some(Qualifier::MoreThan)) {
            self.err(
                path,
                format!(
                    "expected the qualifier more_than exactly when the text says 多 (\"{stated}\")"
                ),
            );
        }
    }

    fn cities_and_districts(&mut self, d: &Dataset) {
        self.ids("cities", d.cities.iter().map(|c| c.id.as_str()));
        self.unique("cities", d.cities.iter().map(|c| c.id.as_str()));
        for (i, c) in d.cities.iter().enumerate() {
            self.text(&format!("cities[{i}].name"), &c.name);
            if !CITY_PREFIXES.contains(&c.code_prefix.as_str()) {
                self.err(
                    format!("cities[{i}].code_prefix"),
                    format!(
                        "expected one of {}, found \"{}\"",
                        CITY_PREFIXES.join(", "),
                        c.code_prefix
                    ),
                );
            }
        }
        self.ids("districts", d.districts.iter().map(|x| x.id.as_str()));
        self.unique("districts", d.districts.iter().map(|x| x.id.as_str()));
        let mut codes = HashSet::new();
        for (i, x) in d.districts.iter().enumerate() {
            self.text(&format!("districts[{i}].name"), &x.name);
            let prefix = match x.partner {
                Partner::Beijing => "1101",
                Partner::Tianjin => "1201",
            };
            let digits = x.code.len() == 6 && x.code.bytes().all(|b| b.is_ascii_digit());
            if !(digits && x.code.starts_with(prefix)) {
                self.err(
                    format!("districts[{i}].code"),
                    format!(
                        "expected the GB/T 2260 code of a district of its partner city \
                         ({prefix}xx), found \"{}\"",
                        x.code
                    ),
                );
            } else if !codes.insert(x.code.as_str()) {
                self.err(
                    format!("districts[{i}].code"),
                    format!("expected a unique code, found \"{}\" a second time", x.code),
                );
            }
        }
    }

    fn counties(&mut self, d: &Dataset) {
        self.unique("counties", d.counties.iter().map(|c| c.code.as_str()));
        for (i, c) in d.counties.iter().enumerate() {
            let p = format!("counties[{i}]");
            self.text(&format!("{p}.name"), &c.name);
            let code_ok = c.code.len() == 6 && c.code.bytes().all(|b| b.is_ascii_digit());
            if !code_ok || !CITY_PREFIXES.iter().any(|pre| c.code.starts_with(pre)) {
                self.err(
                    format!("{p}.code"),
                    format!(
                        "expected a six-digit GB/T 2260 code starting with 1306, 1307 or 1308, found \"{}\"",
                        c.code
                    ),
                );
            }
            match d.city(&c.city) {
                None => self.err(
                    format!("{p}.city"),
                    format!(
                        "expected the id of an entry in cities, found \"{}\"",
                        c.city
                    ),
                ),
                Some(city) if !c.code.starts_with(&city.code_prefix) => self.err(
                    format!("{p}.city"),
                    format!(
                        "expected the city whose codes start with {}, found \"{}\"",
                        &c.code.get(..4).unwrap_or(""),
                        c.city
                    ),
                ),
                Some(_) => {}
            }
            if let Some(n) = &c.note {
                self.note(d, &format!("{p}.note"), n);
            }
            if let Some(pairing) = &c.pairing {
                self.pairing(d, &format!("{p}.pairing"), pairing);
            }
        }
        let paired = d.paired().count();
        if let Some(f) = d.figure("paired_counties")
            && paired as f64 != f.value
        {
            self.err(
                "counties",
                format!(
                    "expected {} counties with a pairing, as the article states, found {paired}",
                    f.value
                ),
            );
        }
    }

    fn note(&mut self, d: &Dataset, path: &str, n: &Note) {
        self.text(&format!("{path}.text"), &n.text);
        self.source_refs(d, &format!("{path}.sources"), &n.sources);
    }

    fn fact<T>(
        &mut self,
        d: &Dataset,
        path: &str,
        f: &Fact<T>,
        check: impl Fn(&T) -> Option<String>,
    ) {
        if let Some(v) = &f.value {
            if f.sources.is_empty() {
                self.err(
                    format!("{path}.sources"),
                    "expected at least one source for a known value",
                );
            }
            if f.confidence.is_none() {
                self.err(
                    format!("{path}.confidence"),
                    "expected a confidence for a known value",
                );
            }
            if let Some(problem) = check(v) {
                self.err(format!("{path}.value"), problem);
            }
        }
        self.source_refs(d, &format!("{path}.sources"), &f.sources);
        if let Some(n) = &f.note {
            self.text(&format!("{path}.note"), n);
        }
        for (i, c) in f.conflicts.iter().enumerate() {
            let cp = format!("{path}.conflicts[{i}]");
            self.source_refs(d, &format!("{cp}.sources"), &c.sources);
            if c.sources.is_empty() {
                self.err(
                    format!("{cp}.sources"),
                    "expected at least one source for a conflicting value",
                );
            }
            if let Some(problem) = check(&c.value) {
                self.err(format!("{cp}.value"), problem);
            }
            if let Some(n) = &c.note {
                self.text(&format!("{cp}.note"), n);
            }
        }
    }

    fn pairing(&mut self, d: &Dataset, p: &str, x: &Pairing) {
        let no_check = |_: &_| None;
        self.fact(d, &format!("{p}.membership"), &x.membership, no_check);
        self.fact(d, &format!("{p}.partner"), &x.partner, |_| None);
        if x.partner.value.is_none() {
            self.err(
                format!("{p}.partner.value"),
                "expected beijing or tianjin for a paired county",
            );
        }
        let partner = x.partner.value;
        self.fact(
            d,
            &format!("{p}.district"),
            &x.district,
            |id: &String| match d.district(id) {
                None => Some(format!(
                    "expected the id of an entry in districts, found \"{id}\""
                )),
                Some(dist) if Some(dist.partner) != partner => Some(format!(
                    "expected a district of the county's partner city, found \"{id}\""
                )),
                Some(_) => None,
            },
        );
        let year = |lo: u16, hi: u16| {
            move |y: &u16| {
                (!(lo..=hi).contains(y))
                    .then(|| format!("expected a year from {lo} to {hi}, found {y}"))
            }
        };
        self.fact(
            d,
            &format!("{p}.start_year"),
            &x.start_year,
            year(2014, 2020),
        );
        self.fact(d, &format!("{p}.poverty_status"), &x.poverty_status, |_| {
            None
        });
        self.fact(d, &format!("{p}.deep_poverty"), &x.deep_poverty, |_| None);
        self.fact(d, &format!("{p}.exit_year"), &x.exit_year, year(2016, 2020));
        self.ids(
            &format!("{p}.figures"),
            x.figures.iter().map(|f| f.id.as_str()),
        );
        self.unique(
            &format!("{p}.figures"),
            x.figures.iter().map(|f| f.id.as_str()),
        );
        for (i, f) in x.figures.iter().enumerate() {
            let fp = format!("{p}.figures[{i}]");
            self.text(&format!("{fp}.label"), &f.label);
            self.text(&format!("{fp}.period"), &f.period);
            self.amount(&format!("{fp}.value"), f.value);
            if f.unit == Unit::Percent && f.value > 100.0 {
                self.err(
                    format!("{fp}.value"),
                    format!(
                        "expected a percentage up to 100, found {}",
                        brief_number(f.value)
                    ),
                );
            }
            self.source_refs(d, &format!("{fp}.source"), std::slice::from_ref(&f.source));
            if let Some(n) = &f.note {
                self.text(&format!("{fp}.note"), n);
            }
        }
        for (i, n) in x.notes.iter().enumerate() {
            self.note(d, &format!("{p}.notes[{i}]"), n);
        }
    }

    fn projects(&mut self, d: &Dataset) {
        self.ids("projects", d.projects.iter().map(|x| x.id.as_str()));
        self.unique("projects", d.projects.iter().map(|x| x.id.as_str()));
        for (i, x) in d.projects.iter().enumerate() {
            let p = format!("projects[{i}]");
            self.text(&format!("{p}.name"), &x.name);
            if let Some(city) = &x.city
                && d.city(city).is_none()
            {
                self.err(
                    format!("{p}.city"),
                    format!("expected the id of an entry in cities, found \"{city}\""),
                );
            }
            if let Some(code) = &x.county {
                match d.county(code) {
                    None => self.err(
                        format!("{p}.county"),
                        format!("expected the code of an entry in counties, found \"{code}\""),
                    ),
                    Some(c) if x.city.as_deref() != Some(c.city.as_str()) => self.err(
                        format!("{p}.county"),
                        format!(
                            "expected a county of the project's city, found \"{code}\" in {}",
                            c.city
                        ),
                    ),
                    Some(_) => {}
                }
            }
            if d.sentence(&x.sentence).is_none() {
                self.err(
                    format!("{p}.sentence"),
                    format!(
                        "expected the id of an entry in article.sentences, found \"{}\"",
                        x.sentence
                    ),
                );
            }
            if let Some(id) = &x.figure
                && d.figure(id).is_none()
            {
                self.err(
                    format!("{p}.figure"),
                    format!("expected the id of an entry in figures, found \"{id}\""),
                );
            }
            if let Some(n) = &x.note {
                self.text(&format!("{p}.note"), n);
            }
        }
    }

    fn open_questions(&mut self, d: &Dataset) {
        for (i, q) in d.open_questions.iter().enumerate() {
            self.text(&format!("open_questions[{i}].text"), &q.text);
            self.source_refs(d, &format!("open_questions[{i}].sources"), &q.sources);
        }
    }
}

/// The numbers written in Arabic digits in `s`, in order (`62.85`, `2356`), full-width
/// digits (`２０１８`) read as the ASCII ones they look like.
fn numbers_in(s: &str) -> Vec<String> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (u32::from(c) - u32::from('０')) as u8),
            '．' => '.',
            c => c,
        })
        .collect();
    ascii
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|n| n.trim_matches('.'))
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Direction controls (embeddings, overrides, isolates, marks): they reorder what is
/// shown without showing themselves.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Unicode's noncharacters (U+FDD0..U+FDEF and the last two of each plane).
fn is_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// A character that shows something: not a space, not a zero-width or format character.
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '\u{180E}')
        && !is_bidi_control(c)
}

/// Ids name figures, projects and places in links and the page's address: plain snake_case.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A source's date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (words about it go in `date_note`).
fn is_source_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => is_date(s),
        _ => false,
    }
}

/// A number as the article prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stated {
    /// The digits as written (`62.85` in `62.85億元`).
    pub number: Decimal,
    /// Power of ten of the multiplier after it: 4 for 萬/万, 8 for 億/亿, else 0.
    pub power: i32,
    /// Followed by 多 ("more than").
    pub more_than: bool,
}

/// Reads the first number in `s`: Arabic digits with an optional decimal point and 萬/億,
/// or a single Chinese numeral (`連續三年`).
pub fn read_stated(s: &str) -> Option<Stated> {
    let start = s.find(|c: char| c.is_ascii_digit());
    let (number, rest) = match start {
        Some(i) => {
            let tail = &s[i..];
            let end = tail
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(tail.len());
            (Decimal::parse(&tail[..end])?, &tail[end..])
        }
        None => {
            let (i, c) = s
                .char_indices()
                .find(|(_, c)| chinese_digit(*c).is_some())?;
            let n = chinese_digit(c)?;
            (Decimal::new(false, n, 0), &s[i + c.len_utf8()..])
        }
    };
    let mut chars = rest.chars().peekable();
    let power = match chars.peek() {
        Some('萬' | '万') => 4,
        Some('億' | '亿') => 8,
        _ => 0,
    };
    if power > 0 {
        chars.next();
    }
    let more_than = chars.peek() == Some(&'多');
    Some(Stated {
        number,
        power,
        more_than,
    })
}

fn chinese_digit(c: char) -> Option<u128> {
    "〇一二三四五六七八九十"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u128)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_printed() {
        let r = read_stated("62.85億元").unwrap();
        assert_eq!(
            (r.number.plain(), r.power, r.more_than),
            ("62.85".into(), 8, false)
        );
        let r = read_stated("129.3萬").unwrap();
        assert_eq!((r.number.plain(), r.power), ("129.3".into(), 4));
        let r = read_stated("北京235家").unwrap();
        assert_eq!((r.number.plain(), r.power), ("235".into(), 0));
        let r = read_stated("2000多位").unwrap();
        assert!(r.more_than);
        let r = read_stated("連續三年").unwrap();
        assert_eq!(r.number.plain(), "3");
        let r = read_stated("下降到0").unwrap();
        assert_eq!(r.number.plain(), "0");
        assert_eq!(read_stated("沒有數字"), None);
    }

    #[test]
    fn dates() {
        assert!(is_date("2020-12-19"));
        assert!(!is_date("2020-1-19"));
        assert!(!is_date("20201219xx"));
        assert!(
            is_source_date("2020") && is_source_date("2020-03") && is_source_date("2020-03-01")
        );
        assert!(!is_source_date("2020-03 (approx.)") && !is_source_date("2020-3"));
    }
}
