//! Snapshots of the incidence, timeline and cities charts on the real dataset, in the three
//! languages at a phone and a desktop width. Each file is the chart's `<svg>` (one element per
//! line, so diffs read well) followed by its takeaway as an XML comment: open it in a browser
//! to look at it. Run with `UPDATE_SNAPSHOTS=1` to rewrite them after an intended change, then
//! read the diff; a mismatch writes the new output next to the snapshot as `.changed`.

use jingjin_aid::core::charts::ChartSpec;
use jingjin_aid::core::charts::cities::{self, CityMetric};
use jingjin_aid::core::charts::{incidence, timeline};
use jingjin_aid::core::load::parse_dataset;
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::model::Dataset;
use jingjin_aid::core::svg::Node;

const WIDTHS: [f64; 2] = [360.0, 720.0];

fn dataset() -> Dataset {
    let path = format!("{}/data/dataset.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    parse_dataset(&text, "data/dataset.json").expect("real data loads")
}

/// The SVG, one element per line, then the takeaway as a comment.
fn render(spec: &ChartSpec) -> String {
    let xml = Node::from(spec.svg()).to_xml().replace("><", ">\n<");
    let takeaway = spec.takeaway.as_deref().unwrap_or("").replace("--", "- -");
    format!("{xml}\n<!-- takeaway: {takeaway} -->\n")
}

/// Compares with `tests/snapshots/charts/<name>`, or writes it when UPDATE_SNAPSHOTS is set.
fn snapshot(name: &str, text: &str) {
    let dir = format!("{}/tests/snapshots/charts", env!("CARGO_MANIFEST_DIR"));
    let path = format!("{dir}/{name}");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(&path, text).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {path}; run with UPDATE_SNAPSHOTS=1"));
    if want != text {
        let changed = format!("{path}.changed");
        std::fs::write(&changed, text).unwrap();
        panic!("{name} differs from its snapshot; the new output is in {changed}");
    }
}

/// Runs every case and reports all mismatches at once.
fn check_all(cases: Vec<(String, ChartSpec)>) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(name, spec)| {
            std::panic::catch_unwind(|| snapshot(name, &render(spec)))
                .err()
                .map(|_| name.clone())
        })
        .collect();
    assert!(failures.is_empty(), "snapshots differ: {failures:?}");
}

#[test]
fn incidence_snapshots() {
    let d = dataset();
    let mut cases = Vec::new();
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = incidence::spec(&d, locale, width);
            assert_eq!(spec.takeaway, incidence::takeaway(&d, locale));
            cases.push((format!("incidence.{}.{width}.svg", locale.tag()), spec));
        }
    }
    check_all(cases);
}

#[test]
fn timeline_snapshots() {
    let d = dataset();
    let mut cases = Vec::new();
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = timeline::spec(&d, locale, width, &[]);
            cases.push((format!("timeline.{}.{width}.svg", locale.tag()), spec));
        }
    }
    // One highlighted county (阜平县): the others muted.
    let spec = timeline::spec(&d, Locale::ZhHans, 720.0, &["130624".to_owned()]);
    cases.push(("timeline.highlight.zh-Hans.720.svg".to_owned(), spec));
    check_all(cases);
}

#[test]
fn cities_snapshots() {
    let d = dataset();
    let mut cases = Vec::new();
    for metric in CityMetric::ALL {
        for locale in Locale::ALL {
            for width in WIDTHS {
                let spec = cities::spec(&d, locale, width, metric);
                assert_eq!(spec.takeaway, cities::takeaway(&d, locale, metric));
                cases.push((
                    format!("cities.{}.{}.{width}.svg", metric.id(), locale.tag()),
                    spec,
                ));
            }
        }
    }
    check_all(cases);
}

/// The snapshots on disk are exactly the ones these tests write (no stale files).
#[test]
fn no_stale_snapshots() {
    let dir = format!("{}/tests/snapshots/charts", env!("CARGO_MANIFEST_DIR"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut expected = Vec::new();
    for locale in Locale::ALL {
        for width in WIDTHS {
            expected.push(format!("incidence.{}.{width}.svg", locale.tag()));
            expected.push(format!("timeline.{}.{width}.svg", locale.tag()));
            for metric in CityMetric::ALL {
                expected.push(format!(
                    "cities.{}.{}.{width}.svg",
                    metric.id(),
                    locale.tag()
                ));
            }
        }
    }
    expected.push("timeline.highlight.zh-Hans.720.svg".to_owned());
    for entry in entries {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let mine = ["incidence.", "timeline.", "cities."]
            .iter()
            .any(|p| name.starts_with(p));
        if mine && name.ends_with(".svg") {
            assert!(expected.contains(&name), "stale snapshot {name}");
        }
    }
}
