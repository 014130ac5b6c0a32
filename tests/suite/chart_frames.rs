//! Server-side rendering of every chart in its frame (title, takeaway, SVG, source, table
//! and download buttons), in each language, against snapshots in `tests/snapshots/frames/`.
//! `UPDATE_SNAPSHOTS=1` rewrites them after an intended change.

use std::rc::Rc;

use jingjin_aid::core::charts::cities::CityMetric;
use jingjin_aid::core::charts::registry::{ChartKind, DEFAULT_WIDTH, build};
use jingjin_aid::core::locale::Locale;
use jingjin_aid::ui::Shared;
use jingjin_aid::ui::chart_frame::{ChartFrame, ChartFrameProps};

use super::fixture::{self, bundle};

fn kinds() -> Vec<(String, ChartKind)> {
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
            ChartKind::Timeline {
                highlight: vec!["130723".into()],
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

fn snapshot(name: &str, html: &str) {
    fixture::snapshot(&format!("frames/{name}"), &html.replace("><", ">\n<")).unwrap();
}

#[tokio::test]
async fn every_chart_in_every_language() {
    let b = bundle();
    for (name, kind) in kinds() {
        for locale in Locale::ALL {
            let spec = build(&kind, &b.dataset, locale, DEFAULT_WIDTH);
            assert!(!spec.marks.is_empty(), "{name}: no marks");
            assert!(!spec.table.rows.is_empty(), "{name}: no table rows");
            assert!(spec.takeaway.is_some(), "{name}: no takeaway");
            let props = ChartFrameProps {
                spec: Shared(Rc::new(spec)),
                locale,
                controls: None,
                scope: Default::default(),
                narrow: None,
            };
            let html = yew::LocalServerRenderer::<ChartFrame>::with_props(props)
                .hydratable(false)
                .render()
                .await;
            assert!(html.contains("chart__source"));
            snapshot(&format!("{name}.{}.html", locale.tag()), &html);
        }
    }
}
