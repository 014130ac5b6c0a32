//! The real dataset file loads, validates, and says what the article says.

use jingjin_aid::core::load::parse_dataset;
use jingjin_aid::core::model::*;

fn dataset() -> Dataset {
    let text = super::fixture::read("data/dataset.json");
    match parse_dataset(&text, "data/dataset.json") {
        Ok(d) => d,
        Err(errors) => panic!(
            "dataset does not validate:\n{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        ),
    }
}

#[test]
fn real_dataset_validates() {
    let d = dataset();
    assert_eq!(d.schema_version, SCHEMA_VERSION);
    assert_eq!(d.counties.len(), 51);
    assert_eq!(d.paired().count(), 28);
    let tianjin = d
        .paired()
        .filter(|(_, p)| p.partner.value == Some(Partner::Tianjin))
        .count();
    assert_eq!(tianjin, 5);
}

#[test]
fn holds_every_number_of_the_article() {
    let d = dataset();
    let numbers: usize = d
        .figures
        .iter()
        .map(|f| 1 + if f.split.is_some() { 2 } else { 0 })
        .sum();
    assert!(numbers >= 60, "only {numbers} numbers");
    let want: [(&str, f64); 12] = [
        ("fiscal_aid", 6_285_000_000.0),
        ("aid_projects", 2356.0),
        ("investing_enterprises", 373.0),
        ("enterprise_investment", 30_046_000_000.0),
        ("cadres_and_staff", 2367.0),
        ("poor_villages_exited", 3869.0),
        ("poor_people_lifted", 1_293_000.0),
        ("incidence_before", 16.24),
        ("fuping_incidence_before", 20.46),
        ("investment_in_place", 24_221_930_000.0),
        ("consumption_sales", 9_364_890_000.0),
        ("donations", 322_250_000.0),
    ];
    for (id, v) in want {
        assert_eq!(d.figure(id).map(|f| f.value), Some(v), "{id}");
    }
    let schools = d.figure("paired_schools").unwrap().split.as_ref().unwrap();
    assert_eq!(
        (schools.beijing.value, schools.tianjin.value),
        (245.0, 64.0)
    );
}

#[test]
fn records_the_open_question_of_27_of_28() {
    let d = dataset();
    assert!(
        d.open_questions
            .iter()
            .any(|q| q.id == "poverty_counties_27_of_28")
    );
    // Every one of the 28 is a poverty county in the research, which is the conflict.
    assert!(d.paired().all(|(_, p)| p.poverty_status.value.is_some()));
}

/// Each article sentence in the dataset is the received text, word for word, where the seed
/// article is present beside the repository (it is on the development machines).
#[test]
fn sentences_are_quoted_verbatim_when_the_seed_is_present() {
    let seed = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/article-2020-12-19.txt"
    );
    let Ok(raw) = std::fs::read_to_string(seed) else {
        eprintln!("seed article not present; skipping the verbatim check");
        return;
    };
    let article = strip_pinyin(&raw).replace("京津?qū)诜鲐氋Y源", "京津對口扶貧資源");
    for s in dataset().article.sentences {
        assert!(
            article.contains(&s.text.zh_hant),
            "{} is not verbatim",
            s.id
        );
    }
}

/// Removes the "(xié)" pinyin artefacts of the Traditional conversion.
fn strip_pinyin(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('(') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find(')') {
            Some(j)
                if after[..j]
                    .chars()
                    .all(|c| c.is_lowercase() && !c.is_ascii_digit())
                    && j > 0 =>
            {
                rest = &after[j + 1..];
            }
            _ => {
                out.push('(');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn district_codes_are_checked_against_their_city() {
    let mut d = dataset();
    assert_eq!(d.districts.len(), 32);
    let shunyi = d.districts.iter().position(|x| x.id == "shunyi").unwrap();
    assert_eq!(d.districts[shunyi].code, "110113");
    // A Tianjin code on a Beijing district, then a code used twice.
    d.districts[shunyi].code = "120113".into();
    let errors = jingjin_aid::core::validate::dataset(&d, "data/dataset.json");
    assert!(
        errors
            .iter()
            .any(|e| e.path == format!("districts[{shunyi}].code")
                && e.expected.contains("(1101xx)")),
        "{errors:?}"
    );
    d.districts[shunyi].code = "110101".into();
    let errors = jingjin_aid::core::validate::dataset(&d, "data/dataset.json");
    assert!(
        errors
            .iter()
            .any(|e| e.expected.contains("\"110101\" a second time")),
        "{errors:?}"
    );
}
