//! The partners and pairing charts on the real dataset, in three languages at two widths,
//! against snapshots in `tests/snapshots/charts/`. Run with `UPDATE_SNAPSHOTS=1` to rewrite
//! them after an intended change, then read the diff (and look at the pictures).

use jingjin_aid::core::charts::{ChartSpec, pairing, partners};
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

/// The SVG, one element per line, and the takeaway on the last line.
fn render(spec: &ChartSpec) -> String {
    let xml = Node::from(spec.svg()).to_xml().replace("><", ">\n<");
    format!(
        "{xml}\n<!-- takeaway: {} -->\n",
        spec.takeaway.as_deref().unwrap_or("")
    )
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

#[test]
fn partners_snapshots() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = partners::spec(&d, locale, width, false, None);
            assert_eq!(spec.id, "partners");
            assert_eq!(spec.width, width);
            snapshot(
                &format!("partners.{}.{width}.svg", locale.tag()),
                &render(&spec),
            );
        }
    }
}

#[test]
fn partners_share_mode_snapshot() {
    let d = dataset();
    for locale in Locale::ALL {
        let spec = partners::spec(&d, locale, 360.0, true, Some("paired_schools"));
        snapshot(
            &format!("partners.shares.{}.360.svg", locale.tag()),
            &render(&spec),
        );
    }
}

#[test]
fn pairing_snapshots() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = pairing::spec(&d, locale, width);
            assert_eq!(spec.id, "pairing");
            assert_eq!(spec.width, width);
            snapshot(
                &format!("pairing.{}.{width}.svg", locale.tag()),
                &render(&spec),
            );
        }
    }
}

/// Every mark's key is on exactly one element of the SVG, and the page gets a takeaway,
/// a source, a summary and a table in each language.
#[test]
fn marks_tables_and_words_in_every_language() {
    let d = dataset();
    for locale in Locale::ALL {
        for spec in [
            partners::spec(&d, locale, 720.0, false, None),
            partners::spec(&d, locale, 720.0, true, Some("workers_returned")),
            pairing::spec(&d, locale, 720.0),
        ] {
            let xml = Node::from(spec.svg()).to_xml();
            assert!(!spec.marks.is_empty());
            for m in &spec.marks {
                let n = xml.matches(&format!("data-key=\"{}\"", m.key)).count();
                assert_eq!(n, 1, "{} {}", spec.id, m.key);
            }
            assert!(spec.takeaway.is_some());
            assert!(!spec.summary.is_empty() && !spec.source.is_empty());
            assert!(!spec.table.rows.is_empty());
            assert!(!xml.contains("NaN"));
        }
    }
}
