//! Cities, districts and counties: GB/T 2260 codes that fit their city, and each paired
//! county's facts with their evidence (a known value names its sources and confidence).

use std::collections::HashSet;

use super::{CITY_PREFIXES, Checker};
use crate::core::json::brief_number;
use crate::core::model::*;

impl Checker<'_> {
    pub(super) fn cities_and_districts(&mut self, d: &Dataset) {
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

    pub(super) fn counties(&mut self, d: &Dataset) {
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
}
