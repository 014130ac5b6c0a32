//! The article (source H00) with its sentences, the list of sources, and the open
//! questions: every source a fact names exists, once, and says what it is.

use super::Checker;
use crate::core::model::Dataset;

impl Checker<'_> {
    pub(super) fn source_refs(&mut self, d: &Dataset, path: &str, ids: &[String]) {
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

    pub(super) fn article(&mut self, d: &Dataset) {
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

    pub(super) fn sources(&mut self, d: &Dataset) {
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

    pub(super) fn open_questions(&mut self, d: &Dataset) {
        for (i, q) in d.open_questions.iter().enumerate() {
            self.text(&format!("open_questions[{i}].text"), &q.text);
            self.source_refs(d, &format!("open_questions[{i}].sources"), &q.sources);
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
