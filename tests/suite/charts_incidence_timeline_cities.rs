//! Snapshots of the incidence, timeline and cities charts on the real dataset, in the three
//! languages at a phone and a desktop width. Each file is the chart's `<svg>` (one element per
//! line, so diffs read well) followed by its takeaway as an XML comment: open it in a browser
//! to look at it. Run with `UPDATE_SNAPSHOTS=1` to rewrite them after an intended change, then
//! read the diff; a mismatch writes the new output next to the snapshot as `.changed`.

use jingjin_aid::core::charts::cities::{self, CityMetric};
use jingjin_aid::core::charts::{incidence, timeline};
use jingjin_aid::core::locale::Locale;

use super::fixture::{check_charts, dataset};

const WIDTHS: [f64; 2] = [360.0, 720.0];

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
    check_charts(&cases);
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
    check_charts(&cases);
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
    check_charts(&cases);
}

/// The chart snapshots on disk are exactly the ones the chart tests write, those of this
/// module and of `charts_partners_pairing` (no stale file, none missing).
#[test]
fn no_stale_snapshots() {
    let dir = format!("{}/tests/snapshots/charts", env!("CARGO_MANIFEST_DIR"));
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}"));
    let mut expected = Vec::new();
    for locale in Locale::ALL {
        let tag = locale.tag();
        for width in WIDTHS {
            for chart in ["incidence", "timeline", "partners", "pairing"] {
                expected.push(format!("{chart}.{tag}.{width}.svg"));
            }
            for metric in CityMetric::ALL {
                expected.push(format!("cities.{}.{tag}.{width}.svg", metric.id()));
            }
        }
        expected.push(format!("partners.shares.{tag}.360.svg"));
    }
    expected.push("timeline.highlight.zh-Hans.720.svg".to_owned());
    let mut found = Vec::new();
    for entry in entries {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".svg") {
            assert!(expected.contains(&name), "stale snapshot {name}");
            found.push(name);
        }
    }
    assert_eq!(found.len(), expected.len(), "a chart snapshot is missing");
}
