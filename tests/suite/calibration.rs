//! The chart kit's one text measure against the page's real fonts. The browser test
//! `tests/e2e/specs/calibration.test.mjs` measures every visible chart label with
//! `getComputedTextLength()` (zh-Hans and en, 390 and 1280 px) into
//! `target/text-measured.json`; this compares each with `charts::text::measure`. It is
//! `#[ignore]`d because it needs that file: `cargo xtask test` runs it after the browser
//! tests (`cargo test --test suite calibration -- --ignored`).
//!
//! Tolerances, stated once:
//! - in each group (Chinese or Latin text, regular or bold) the median of real / estimate
//!   lies within [`MEDIAN`] of 1: the measure is calibrated, not merely generous;
//! - no label is wider than its estimate times `text::ROOM` by more than [`WORST`]: the room
//!   the layouts leave covers the labels the page really draws.

use jingjin_aid::core::charts::text::{ROOM, measure};
use serde::Deserialize;

/// Largest distance of a group's median ratio from 1.
const MEDIAN: f64 = 0.05;
/// Largest excess of one label over its estimate with room.
const WORST: f64 = 0.05;

#[derive(Deserialize)]
struct Sample {
    text: String,
    size: f64,
    bold: bool,
    length: f64,
    lang: String,
    width: u32,
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[test]
#[ignore = "needs target/text-measured.json from the browser tests"]
fn the_measure_matches_the_real_fonts() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/target/text-measured.json");
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}; run the browser tests first"));
    let samples: Vec<Sample> = serde_json::from_str(&text).unwrap();
    assert!(samples.len() > 400, "{} samples", samples.len());
    let chinese = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let mut problems = Vec::new();
    for (name, cjk, bold) in [
        ("Chinese, regular", true, false),
        ("Chinese, bold", true, true),
        ("Latin, regular", false, false),
        ("Latin, bold", false, true),
    ] {
        let group: Vec<&Sample> = samples
            .iter()
            .filter(|s| chinese(&s.text) == cjk && s.bold == bold && s.length > 0.0)
            .collect();
        assert!(group.len() >= 10, "{name}: {} samples", group.len());
        let ratios: Vec<f64> = group
            .iter()
            .map(|s| s.length / measure(&s.text, s.size, s.bold))
            .collect();
        let m = median(ratios.clone());
        eprintln!(
            "{name}: {} labels, median real/estimate {m:.3}",
            group.len()
        );
        if (m - 1.0).abs() > MEDIAN {
            problems.push(format!("{name}: median real/estimate {m:.3}"));
        }
        for (s, r) in group.iter().zip(&ratios) {
            if *r > ROOM * (1.0 + WORST) {
                problems.push(format!(
                    "{name}: \"{}\" ({} at {} px, {}px{}) is {:.1} px, estimate {:.1} px",
                    s.text,
                    s.lang,
                    s.width,
                    s.size,
                    if s.bold { " bold" } else { "" },
                    s.length,
                    measure(&s.text, s.size, s.bold)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
