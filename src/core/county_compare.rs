//! County against county: the facts of two to four counties side by side, each with its
//! sources and confidence, and one generated sentence that says how they differ.

use super::format::{Style, amount};
use super::locale::Locale;
use super::model::{Confidence, County, Dataset, Fact, Partner};
use super::strings::{fill, list_with_and, strings};
use super::table::Table;

/// One cell: the value as text (or "unknown"), and its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    pub known: bool,
    pub confidence: Option<Confidence>,
    pub sources: Vec<String>,
}

/// One fact across the compared counties.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub key: &'static str,
    pub label: String,
    pub cells: Vec<Cell>,
}

/// The comparison of the counties `codes` (unknown codes are skipped).
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub codes: Vec<String>,
    pub names: Vec<String>,
    pub rows: Vec<Row>,
    pub takeaway: Option<String>,
}

pub(crate) struct Labels {
    pub(crate) city: &'static str,
    pub(crate) paired_both: &'static str,
    pub(crate) partner_groups: &'static str,
    pub(crate) unpaired: &'static str,
    pub(crate) unpaired_many: &'static str,
    /// `{0}` the year, `{1}` who: "both"/"all" (English) or nothing (Chinese) when it is
    /// every county compared, else their names (followed by "both"/"all" in English).
    pub(crate) same_exit: &'static str,
    pub(crate) exit_span: &'static str,
    pub(crate) all_deep: &'static str,
    pub(crate) some_deep: &'static str,
    pub(crate) some_deep_many: &'static str,
    pub(crate) and: &'static str,
    pub(crate) join: &'static str,
    /// "both" / "all" in English templates; empty in Chinese (都 covers both).
    pub(crate) both: &'static str,
    pub(crate) all: &'static str,
    pub(crate) clause: &'static str,
    pub(crate) end: &'static str,
}

fn labels(locale: Locale) -> &'static Labels {
    crate::core::words::compare(locale)
}

/// Joins names as "A、B和C" / "A, B and C".
fn list(names: &[&str], l: &Labels) -> String {
    list_with_and(names, l.join, l.and)
}

fn cell<T>(fact: Option<&Fact<T>>, unknown: &str, show: impl Fn(&T) -> String) -> Cell {
    match fact {
        Some(f) => Cell {
            text: f.value.as_ref().map_or_else(|| unknown.to_owned(), &show),
            known: f.value.is_some(),
            confidence: f.confidence,
            sources: f.sources.clone(),
        },
        None => Cell {
            text: "—".to_owned(),
            known: false,
            confidence: None,
            sources: Vec::new(),
        },
    }
}

/// Compares the counties `codes` in `locale`.
pub fn compare(d: &Dataset, codes: &[String], locale: Locale) -> Comparison {
    let s = strings(locale);
    let l = labels(locale);
    let counties: Vec<&County> = codes.iter().filter_map(|c| d.county(c)).collect();
    let name = |c: &County| c.name.get(locale).to_owned();
    let year = |y: &u16| format!("{y}{}", s.year_suffix);
    let yes_no = |b: &bool| if *b { s.yes } else { s.no }.to_owned();
    let district = |id: &String| {
        d.district(id)
            .map_or_else(|| id.clone(), |x| x.name.get(locale).to_owned())
    };
    let plain = |text: String| Cell {
        text,
        known: true,
        confidence: None,
        sources: Vec::new(),
    };
    let paired_n = d
        .figure("paired_counties")
        .map(|f| amount(f.value, f.unit, None, None, locale, Style::Exact))
        .unwrap_or_default();
    let mut rows = vec![
        Row {
            key: "city",
            label: l.city.to_owned(),
            cells: counties
                .iter()
                .map(|c| {
                    plain(
                        d.city(&c.city)
                            .map_or_else(String::new, |x| x.name.get(locale).to_owned()),
                    )
                })
                .collect(),
        },
        Row {
            key: "membership",
            label: fill(s.membership, &[&paired_n]),
            cells: counties
                .iter()
                .map(|c| match &c.pairing {
                    Some(p) => cell(Some(&p.membership), s.unknown, |_| s.member.to_owned()),
                    None => plain(s.no.to_owned()),
                })
                .collect(),
        },
    ];
    type Pick<'a> = Box<dyn Fn(&County) -> Cell + 'a>;
    let facts: Vec<(&'static str, &str, Pick)> = vec![
        (
            "partner",
            s.partner,
            Box::new(|c| {
                cell(c.pairing.as_ref().map(|p| &p.partner), s.unknown, |x| {
                    s.partner_name(*x).to_owned()
                })
            }),
        ),
        (
            "district",
            s.district,
            Box::new(|c| cell(c.pairing.as_ref().map(|p| &p.district), s.unknown, district)),
        ),
        (
            "poverty_status",
            s.poverty_status,
            Box::new(|c| {
                cell(
                    c.pairing.as_ref().map(|p| &p.poverty_status),
                    s.unknown,
                    |x| s.status_name(*x).to_owned(),
                )
            }),
        ),
        (
            "deep_poverty",
            s.deep_poverty,
            Box::new(|c| {
                cell(
                    c.pairing.as_ref().map(|p| &p.deep_poverty),
                    s.unknown,
                    yes_no,
                )
            }),
        ),
        (
            "exit_year",
            s.exit_year,
            Box::new(|c| cell(c.pairing.as_ref().map(|p| &p.exit_year), s.unknown, year)),
        ),
        (
            "start_year",
            s.start_year,
            Box::new(|c| cell(c.pairing.as_ref().map(|p| &p.start_year), s.unknown, year)),
        ),
    ];
    for (key, label, pick) in &facts {
        rows.push(Row {
            key,
            label: (*label).to_owned(),
            cells: counties.iter().map(|c| pick(c)).collect(),
        });
    }
    Comparison {
        codes: counties.iter().map(|c| c.code.clone()).collect(),
        names: counties.iter().map(|c| name(c)).collect(),
        rows,
        takeaway: takeaway(&counties, locale),
    }
}

/// One sentence on how the counties differ: who pairs with them, when they left the list,
/// how many are deep-poverty counties. `None` for fewer than two counties.
fn takeaway<'a>(counties: &[&'a County], locale: Locale) -> Option<String> {
    if counties.len() < 2 {
        return None;
    }
    let s = strings(locale);
    let l = labels(locale);
    let name = |c: &&'a County| -> &'a str { c.name.get(locale) };
    let partner = |c: &&County| c.pairing.as_ref().and_then(|p| p.partner.value);
    let with = |p: Partner| -> Vec<&str> {
        counties
            .iter()
            .filter(|c| partner(c) == Some(p))
            .map(name)
            .collect()
    };
    let (beijing, tianjin) = (with(Partner::Beijing), with(Partner::Tianjin));
    let unpaired: Vec<&str> = counties
        .iter()
        .filter(|c| c.pairing.is_none())
        .map(name)
        .collect();
    // "both" for two, "all" for more: of the group a clause is about, not of everyone
    // compared (two Beijing counties beside an unpaired district are "both").
    let every = |n: usize| if n == 2 { l.both } else { l.all };
    let mut clauses = Vec::new();
    match (beijing.is_empty(), tianjin.is_empty()) {
        (false, true) if beijing.len() > 1 => clauses.push(fill(
            l.paired_both,
            &[&list(&beijing, l), s.beijing, every(beijing.len())],
        )),
        (true, false) if tianjin.len() > 1 => clauses.push(fill(
            l.paired_both,
            &[&list(&tianjin, l), s.tianjin, every(tianjin.len())],
        )),
        (false, false) => clauses.push(fill(
            l.partner_groups,
            &[&list(&beijing, l), &list(&tianjin, l)],
        )),
        _ => {}
    }
    if !unpaired.is_empty() {
        let template = if unpaired.len() == 1 {
            l.unpaired
        } else {
            l.unpaired_many
        };
        clauses.push(fill(template, &[&list(&unpaired, l)]));
    }
    let exits: Vec<(&County, u16)> = counties
        .iter()
        .filter_map(|c| Some((*c, c.pairing.as_ref()?.exit_year.value?)))
        .collect();
    if exits.len() >= 2 {
        let first = exits.iter().map(|(_, y)| *y).min().unwrap_or_default();
        let last = exits.iter().map(|(_, y)| *y).max().unwrap_or_default();
        let named = |y: u16| -> String {
            let names: Vec<&str> = exits
                .iter()
                .filter(|(_, v)| *v == y)
                .map(|(c, _)| c.name.get(locale))
                .collect();
            list(&names, l)
        };
        if first == last {
            // Only counties with an exit year are in `exits`: unless that is everyone, name
            // them, so an unpaired district is never said to have left the list.
            let who = if exits.len() == counties.len() {
                every(exits.len()).to_owned()
            } else {
                let names = named(first);
                match every(exits.len()) {
                    "" => names,
                    word => format!("{names} {word}"),
                }
            };
            clauses.push(fill(l.same_exit, &[&first.to_string(), &who]));
        } else {
            clauses.push(fill(
                l.exit_span,
                &[
                    &named(first),
                    &first.to_string(),
                    &named(last),
                    &last.to_string(),
                ],
            ));
        }
    }
    let deep: Vec<&str> = counties
        .iter()
        .filter(|c| {
            c.pairing
                .as_ref()
                .and_then(|p| p.deep_poverty.value)
                .unwrap_or(false)
        })
        .map(name)
        .collect();
    if deep.len() == counties.len() {
        clauses.push(fill(l.all_deep, &[every(deep.len())]));
    } else if !deep.is_empty() {
        let template = if deep.len() == 1 {
            l.some_deep
        } else {
            l.some_deep_many
        };
        clauses.push(fill(template, &[&list(&deep, l)]));
    }
    if clauses.is_empty() {
        return None;
    }
    let mut sentence = clauses.join(l.clause);
    if locale == Locale::En {
        // English text here starts with an ASCII letter; ASCII case mapping keeps Unicode's
        // case tables (about 20 KB) out of the WebAssembly.
        if let Some(first) = sentence.get_mut(..1) {
            first.make_ascii_uppercase();
        }
    }
    Some(format!("{sentence}{}", l.end))
}

impl Comparison {
    /// The comparison as a table (for CSV download), one row per fact.
    pub fn table(&self, title: &str, source: &str, fact_label: &str) -> Table {
        let mut columns = vec![fact_label.to_owned()];
        columns.extend(self.names.iter().cloned());
        let mut t = Table::new(title, source, columns);
        for row in &self.rows {
            let mut cells = vec![(row.label.clone(), None)];
            cells.extend(row.cells.iter().map(|c| {
                let src = if c.sources.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", c.sources.join(" "))
                };
                (c.text.clone(), Some(format!("{}{src}", c.text)))
            }));
            t.push(cells);
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::load::parse_dataset;

    fn data() -> Dataset {
        parse_dataset(include_str!("../../data/dataset.json"), "data/dataset.json").unwrap()
    }

    fn sentence(codes: &[&str], locale: Locale) -> Option<String> {
        let codes: Vec<String> = codes.iter().map(|c| c.to_string()).collect();
        compare(&data(), &codes, locale).takeaway
    }

    #[test]
    fn needs_two_counties() {
        assert_eq!(sentence(&["130723"], Locale::ZhHans), None);
        assert_eq!(sentence(&[], Locale::En), None);
    }

    #[test]
    fn same_partner_same_exit_year() {
        assert_eq!(
            sentence(&["130723", "130722"], Locale::ZhHans).as_deref(),
            Some("康保县和张北县都由北京结对帮扶；都在2020年摘帽；都是深度贫困县。")
        );
        assert_eq!(
            sentence(&["130723", "130722"], Locale::En).as_deref(),
            Some(
                "Kangbao County and Zhangbei County are both paired with Beijing; both left the poverty list in 2020; both are deep-poverty counties."
            )
        );
    }

    #[test]
    fn different_partners_and_years() {
        // 望都 2017 (Beijing), 平泉 2018 (Tianjin), 隆化 2020 (Tianjin, deep poverty).
        assert_eq!(
            sentence(&["130631", "130881", "130825"], Locale::ZhHant).as_deref(),
            Some(
                "望都縣由北京結對，平泉市和隆化縣由天津結對；望都縣最早摘帽（2017年），隆化縣最晚（2020年）；其中隆化縣是深度貧困縣。"
            )
        );
    }

    #[test]
    fn unpaired_county_is_named() {
        let s = sentence(&["130723", "130602"], Locale::ZhHans).unwrap();
        assert!(s.contains("竞秀区不在受援县之列"), "{s}");
    }

    /// Beside an unpaired district, the two paired counties are "both" and only they left
    /// the list (it said "all left the poverty list in 2020", the district included).
    #[test]
    fn an_unpaired_district_is_not_said_to_have_left_the_list() {
        let codes = ["130722", "130723", "130602"];
        assert_eq!(
            sentence(&codes, Locale::En).as_deref(),
            Some(
                "Zhangbei County and Kangbao County are both paired with Beijing; Jingxiu District is not one of the aided counties; Zhangbei County and Kangbao County both left the poverty list in 2020; Zhangbei County and Kangbao County are deep-poverty counties."
            )
        );
        assert_eq!(
            sentence(&codes, Locale::ZhHans).as_deref(),
            Some(
                "张北县和康保县都由北京结对帮扶；竞秀区不在受援县之列；张北县和康保县都在2020年摘帽；其中张北县和康保县是深度贫困县。"
            )
        );
    }

    #[test]
    fn rows_show_unknown_and_sources() {
        let c = compare(&data(), &["130725".into(), "130723".into()], Locale::ZhHans);
        let district = c.rows.iter().find(|r| r.key == "district").unwrap();
        assert_eq!(district.cells[0].text, "未知");
        assert!(!district.cells[0].known);
        assert_eq!(district.cells[1].text, "朝阳区");
        assert!(!district.cells[1].sources.is_empty());
        let csv = c.table("比较", "来源", "项目").to_csv();
        assert!(csv.contains("朝阳区 [S15 S16]"), "{csv}");
    }
}
