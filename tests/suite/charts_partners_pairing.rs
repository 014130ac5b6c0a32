//! The partners and pairing charts on the real dataset, in three languages at two widths,
//! against snapshots in `tests/snapshots/charts/`. Run with `UPDATE_SNAPSHOTS=1` to rewrite
//! them after an intended change, then read the diff (and look at the pictures).

use jingjin_aid::core::charts::{pairing, partners};
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::svg::Node;

use super::fixture::{check_charts, dataset};

const WIDTHS: [f64; 2] = [360.0, 720.0];

#[test]
fn partners_snapshots() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = partners::spec(&d, locale, width, false, None);
            assert_eq!(spec.id, "partners");
            assert_eq!(spec.width, width);
            check_charts(&[(format!("partners.{}.{width}.svg", locale.tag()), spec)]);
        }
    }
}

#[test]
fn partners_share_mode_snapshot() {
    let d = dataset();
    for locale in Locale::ALL {
        let spec = partners::spec(&d, locale, 360.0, true, Some("paired_schools"));
        check_charts(&[(format!("partners.shares.{}.360.svg", locale.tag()), spec)]);
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
            check_charts(&[(format!("pairing.{}.{width}.svg", locale.tag()), spec)]);
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
