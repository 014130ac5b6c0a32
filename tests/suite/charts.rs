//! Every chart of the registry on the real dataset, stored once: the plot (`<svg>`) at the
//! two widths the page lays out (a 390 px phone's column and the 640 px default) in
//! `tests/snapshots/charts/`, and the frame around it (title, takeaway, source, table,
//! buttons) in `tests/snapshots/frames/` with the plot left out. The page snapshots
//! (`render`) leave the plots out too, so a one-pixel change in a chart rewrites that
//! chart's files and nothing else.
//!
//! Each chart file is the `<svg>` (one element per line, so diffs read well) followed by its
//! takeaway as an XML comment: open it in a browser to look at it. Run with
//! `UPDATE_SNAPSHOTS=1` to rewrite them after an intended change, then read the diff; a
//! mismatch writes the new output next to the snapshot as `.changed`.

use std::collections::BTreeSet;
use std::rc::Rc;

use jingjin_aid::core::charts::cities::{self, CityMetric};
use jingjin_aid::core::charts::incidence;
use jingjin_aid::core::charts::registry::{ChartKind, DEFAULT_WIDTH, NARROW_WIDTH, build};
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::svg::Node;
use jingjin_aid::ui::Shared;
use jingjin_aid::ui::chart_frame::{ChartFrame, ChartFrameProps};

use super::fixture::{self, chart_text, dataset, without_plots};

/// Every chart the page shows, with the options a reader can set.
fn cases() -> Vec<(String, ChartKind)> {
    let mut v = vec![
        (
            "partners".to_owned(),
            ChartKind::Partners {
                shares: false,
                focus: None,
            },
        ),
        (
            "partners-shares".to_owned(),
            ChartKind::Partners {
                shares: true,
                focus: Some("paired_schools".into()),
            },
        ),
        ("pairing".to_owned(), ChartKind::Pairing),
        ("incidence".to_owned(), ChartKind::Incidence),
        ("industry".to_owned(), ChartKind::Industry),
        ("labour".to_owned(), ChartKind::Labour),
        ("vocational".to_owned(), ChartKind::Vocational),
        (
            "timeline".to_owned(),
            ChartKind::Timeline { highlight: vec![] },
        ),
        // One highlighted county (阜平县): the others muted.
        (
            "timeline-highlight".to_owned(),
            ChartKind::Timeline {
                highlight: vec!["130624".into()],
            },
        ),
    ];
    for m in CityMetric::ALL {
        v.push((
            format!("cities-{}", m.id()),
            ChartKind::Cities { metric: m },
        ));
    }
    v
}

const WIDTHS: [f64; 2] = [NARROW_WIDTH, DEFAULT_WIDTH];

fn chart_file(name: &str, locale: Locale, width: f64) -> String {
    format!("{name}.{}.{width}.svg", locale.tag())
}

fn frame_file(name: &str, locale: Locale) -> String {
    format!("{name}.{}.html", locale.tag())
}

#[test]
fn every_chart_at_both_widths() {
    let d = dataset();
    let mut failures = Vec::new();
    for (name, kind) in cases() {
        for locale in Locale::ALL {
            for width in WIDTHS {
                let spec = build(&kind, &d, locale, width);
                assert_eq!(spec.width, width, "{name}");
                let file = format!("charts/{}", chart_file(&name, locale, width));
                if let Err(e) = fixture::snapshot(&file, &chart_text(&spec)) {
                    failures.push(e);
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "snapshots differ:\n{}",
        failures.join("\n")
    );
}

/// Every mark's key is on exactly one element of the SVG, and the page gets a takeaway,
/// a source, a summary and a table in each language.
#[test]
fn marks_tables_and_words_in_every_language() {
    let d = dataset();
    for (name, kind) in cases() {
        for locale in Locale::ALL {
            let spec = build(&kind, &d, locale, DEFAULT_WIDTH);
            let xml = Node::from(spec.svg()).to_xml();
            assert!(!spec.marks.is_empty(), "{name}: no marks");
            for m in &spec.marks {
                let n = xml.matches(&format!("data-key=\"{}\"", m.key)).count();
                assert_eq!(n, 1, "{name} {}", m.key);
            }
            assert!(spec.takeaway.is_some(), "{name}: no takeaway");
            assert!(
                !spec.summary.is_empty() && !spec.source.is_empty(),
                "{name}"
            );
            assert!(!spec.table.rows.is_empty(), "{name}: no table rows");
            assert!(!xml.contains("NaN"), "{name}");
        }
    }
}

/// The takeaway the chart shows is the one the story and the map's panel quote.
#[test]
fn takeaways_are_the_charts_own() {
    let d = dataset();
    for locale in Locale::ALL {
        let spec = incidence::spec(&d, locale, DEFAULT_WIDTH);
        assert_eq!(spec.takeaway, incidence::takeaway(&d, locale));
        for metric in CityMetric::ALL {
            let spec = cities::spec(&d, locale, NARROW_WIDTH, metric);
            assert_eq!(spec.takeaway, cities::takeaway(&d, locale, metric));
        }
    }
}

/// Server-side rendering of every chart in its frame, in each language.
#[tokio::test]
async fn every_chart_in_its_frame() {
    let d = dataset();
    let mut failures = Vec::new();
    for (name, kind) in cases() {
        for locale in Locale::ALL {
            let props = ChartFrameProps {
                spec: Shared(Rc::new(build(&kind, &d, locale, DEFAULT_WIDTH))),
                locale,
                controls: None,
                scope: Default::default(),
                narrow: None,
            };
            let html = yew::LocalServerRenderer::<ChartFrame>::with_props(props)
                .hydratable(false)
                .render()
                .await;
            assert!(html.contains("chart__source"), "{name}");
            let text = without_plots(&html).replace("><", ">\n<");
            if let Err(e) =
                fixture::snapshot(&format!("frames/{}", frame_file(&name, locale)), &text)
            {
                failures.push(e);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "snapshots differ:\n{}",
        failures.join("\n")
    );
}

/// The chart and frame snapshots on disk are exactly the ones the tests above write: no
/// stale file, none missing, and a missing folder fails.
#[test]
fn no_stale_snapshots() {
    for (dir, ext) in [("charts", ".svg"), ("frames", ".html")] {
        let mut expected = BTreeSet::new();
        for (name, _) in cases() {
            for locale in Locale::ALL {
                if ext == ".svg" {
                    for width in WIDTHS {
                        expected.insert(chart_file(&name, locale, width));
                    }
                } else {
                    expected.insert(frame_file(&name, locale));
                }
            }
        }
        let path = format!("{}/tests/snapshots/{dir}", env!("CARGO_MANIFEST_DIR"));
        let found: BTreeSet<String> = std::fs::read_dir(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(ext))
            .collect();
        let stale: Vec<_> = found.difference(&expected).collect();
        let missing: Vec<_> = expected.difference(&found).collect();
        assert!(
            stale.is_empty() && missing.is_empty(),
            "{dir}: stale {stale:?}, missing {missing:?} (run with UPDATE_SNAPSHOTS=1)"
        );
    }
}

/// The page's style sheet sets the chart text classes to the kit's sizes (the layouts
/// measure text at those sizes; a different size in the CSS would make labels collide).
#[test]
fn the_style_sheet_uses_the_kits_type_sizes() {
    use jingjin_aid::core::charts::text::size;
    let css = fixture::read("styles/graphic.css");
    for (class, px) in [
        ("t-label", size::LABEL),
        ("t-value", size::LABEL),
        ("t-axis", size::AXIS),
    ] {
        let rule = css
            .split(&format!(".jj .{class} {{"))
            .nth(1)
            .and_then(|r| r.split('}').next())
            .unwrap_or_else(|| panic!("no .jj .{class} rule in styles/graphic.css"));
        assert!(
            rule.contains(&format!("font-size: {px}px")),
            ".{class}: {rule} (the kit says {px}px)"
        );
    }
}
