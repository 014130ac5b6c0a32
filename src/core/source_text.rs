//! The line a reader sees for a source, in the page's language: what was published
//! (outlet, reporter, title) as published and in its own script, what the researchers say
//! about it in the page's words, e.g. `长城网（记者 秦启涵）：天津帮扶承德的专题报道（他站转载）`
//! or `长城网 (reporter 秦启涵), feature on Tianjin's assistance to Chengde (copy on another
//! site)`. Pure, so the source links, the list of sources and the tests read the same words.

use super::locale::{Locale, foreign_runs};
use super::model::Source;
use super::strings::strings;

/// A source's line as parts, each with the script of its Chinese (`None`: written for the
/// page, in its own script).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    pub parts: Vec<(String, Option<Locale>)>,
    page: Locale,
}

impl SourceLine {
    /// The plain text (a `title` attribute).
    pub fn text(&self) -> String {
        self.parts.iter().map(|(t, _)| t.as_str()).collect()
    }

    /// The text in runs, each run in another language or script than the page's with its
    /// `lang` tag (see `core::locale::foreign_runs`); adjacent runs of one language merged.
    pub fn runs(&self) -> Vec<(Option<&'static str>, String)> {
        let mut out: Vec<(Option<&'static str>, String)> = Vec::new();
        for (text, han) in &self.parts {
            for (lang, run) in foreign_runs(text, self.page, *han) {
                match out.last_mut() {
                    Some(last) if last.0 == lang => last.1.push_str(run),
                    _ => out.push((lang, run.to_owned())),
                }
            }
        }
        out
    }
}

/// The source's line in `locale`: outlet (and reporter), then its title or the researchers'
/// description, then in brackets their remark and the kind of copy.
pub fn source_entry(src: &Source, locale: Locale) -> SourceLine {
    let s = strings(locale);
    let zh = locale.is_chinese();
    // The zh-Hant page reads a Simplified source in its Traditional forms, where the data
    // has them: then they are in the page's own script.
    let hant = src.hant.as_ref().filter(|_| locale == Locale::ZhHant);
    let han = if hant.is_some() {
        None
    } else {
        src.title_locale()
    };
    let pick = |original: &Option<String>, converted: Option<&Option<String>>| -> Option<String> {
        converted
            .and_then(|c| c.clone())
            .or_else(|| original.clone())
    };
    let outlet = pick(&src.outlet, hant.map(|h| &h.outlet));
    let reporter = pick(&src.reporter, hant.map(|h| &h.reporter));
    let title = pick(&src.title, hant.map(|h| &h.title));
    let mut parts: Vec<(String, Option<Locale>)> = Vec::new();
    let page = |parts: &mut Vec<(String, Option<Locale>)>, t: &str| {
        if !t.is_empty() {
            parts.push((t.to_owned(), None));
        }
    };
    // Outlet and reporter.
    let mut head = false;
    if let Some(outlet) = outlet {
        parts.push((outlet, han));
        head = true;
    }
    if let Some(reporter) = reporter {
        let open = match (head, zh) {
            (true, true) => "（",
            (true, false) => " (",
            (false, _) => "",
        };
        page(&mut parts, &format!("{open}{} ", s.reporter));
        parts.push((reporter, han));
        page(
            &mut parts,
            if !head {
                ""
            } else if zh {
                "）"
            } else {
                ")"
            },
        );
        head = true;
    }
    // The title as published, or else the researchers' description.
    let mut remarks: Vec<&str> = Vec::new();
    let note = src.note.as_ref().map(|n| n.get(locale));
    let body = match (title, note) {
        (Some(title), note) => {
            remarks.extend(note);
            Some((title, han, ": "))
        }
        (None, Some(note)) => Some((note.to_owned(), None, ", ")),
        (None, None) => None,
    };
    if let Some((text, script, en_sep)) = body {
        if head {
            page(&mut parts, if zh { "：" } else { en_sep });
        }
        parts.push((text, script));
    }
    if let Some(copy) = src.copy {
        remarks.push(s.copy_name(copy));
    }
    if !remarks.is_empty() {
        let (open, sep, close) = if zh {
            ("（", "；", "）")
        } else {
            (" (", "; ", ")")
        };
        page(&mut parts, &format!("{open}{}{close}", remarks.join(sep)));
    }
    SourceLine {
        parts,
        page: locale,
    }
}

/// The source's date with what it is, where it is not simply the source's own date:
/// `2020-03（约）`, `2020-03 (approximate)`.
pub fn source_date(src: &Source, locale: Locale) -> Option<String> {
    let date = src.date.as_ref()?;
    Some(match src.date_note {
        Some(n) => {
            let name = strings(locale).date_note_name(n);
            if locale.is_chinese() {
                format!("{date}（{name}）")
            } else {
                format!("{date} ({name})")
            }
        }
        None => date.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{CopyKind, DateNote, Script, Text};

    fn s03() -> Source {
        Source {
            id: "S03".into(),
            date: Some("2021-01-26".into()),
            date_note: None,
            outlet: Some("长城网".into()),
            reporter: Some("秦启涵".into()),
            title: None,
            title_script: Some(Script::Simplified),
            hant: None,
            note: Some(Text {
                zh_hans: "天津帮扶承德的专题报道".into(),
                zh_hant: "天津幫扶承德的專題報道".into(),
                en: "feature on Tianjin's assistance to Chengde".into(),
            }),
            copy: Some(CopyKind::Mirror),
            url: None,
            confidence: None,
        }
    }

    #[test]
    fn writes_each_part_in_the_page_language() {
        let src = s03();
        assert_eq!(
            source_entry(&src, Locale::ZhHans).text(),
            "长城网（记者 秦启涵）：天津帮扶承德的专题报道（他站转载）"
        );
        assert_eq!(
            source_entry(&src, Locale::ZhHant).text(),
            "长城网（記者 秦启涵）：天津幫扶承德的專題報道（他站轉載）"
        );
        assert_eq!(
            source_entry(&src, Locale::En).text(),
            "长城网 (reporter 秦启涵), feature on Tianjin's assistance to Chengde (copy on another site)"
        );
    }

    #[test]
    fn marks_what_is_published_in_its_own_script() {
        let src = s03();
        assert_eq!(
            source_entry(&src, Locale::ZhHans).runs(),
            vec![(
                None,
                "长城网（记者 秦启涵）：天津帮扶承德的专题报道（他站转载）".to_owned()
            )]
        );
        assert_eq!(
            source_entry(&src, Locale::ZhHant).runs(),
            vec![
                (Some("zh-Hans"), "长城网".to_owned()),
                (None, "（記者 ".to_owned()),
                (Some("zh-Hans"), "秦启涵".to_owned()),
                (None, "）：天津幫扶承德的專題報道（他站轉載）".to_owned()),
            ]
        );
        assert_eq!(
            source_entry(&src, Locale::En).runs(),
            vec![
                (Some("zh-Hans"), "长城网".to_owned()),
                (None, " (reporter ".to_owned()),
                (Some("zh-Hans"), "秦启涵".to_owned()),
                (
                    None,
                    "), feature on Tianjin's assistance to Chengde (copy on another site)"
                        .to_owned()
                ),
            ]
        );
    }

    #[test]
    fn title_first_remarks_in_brackets() {
        let mut src = s03();
        src.reporter = None;
        src.title = Some("京冀扶贫协作".into());
        src.note = Some(Text {
            zh_hans: "繁体字版".into(),
            zh_hant: "繁體字版".into(),
            en: "Traditional script".into(),
        });
        assert_eq!(
            source_entry(&src, Locale::ZhHans).text(),
            "长城网：京冀扶贫协作（繁体字版；他站转载）"
        );
        assert_eq!(
            source_entry(&src, Locale::En).text(),
            "长城网: 京冀扶贫协作 (Traditional script; copy on another site)"
        );
        src.outlet = None;
        src.note = None;
        src.copy = None;
        assert_eq!(source_entry(&src, Locale::En).text(), "京冀扶贫协作");
    }

    #[test]
    fn dates_say_what_they_are() {
        let mut src = s03();
        assert_eq!(
            source_date(&src, Locale::ZhHans).as_deref(),
            Some("2021-01-26")
        );
        src.date_note = Some(DateNote::Approximate);
        assert_eq!(
            source_date(&src, Locale::ZhHant).as_deref(),
            Some("2021-01-26（約）")
        );
        assert_eq!(
            source_date(&src, Locale::En).as_deref(),
            Some("2021-01-26 (approximate)")
        );
    }
}
