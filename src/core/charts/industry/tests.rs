//! The industry chart's tests.

use super::super::check::{assert_fits, assert_whole_pixels, dataset, keys};
use super::*;

const WIDTHS: [f64; 6] = [320.0, 390.0, 599.0, 640.0, 1000.0, 1100.0];

#[test]
fn fits_from_phone_to_desktop() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = spec(&d, locale, width);
            assert_fits(&spec);
            assert!(spec.height > 100.0, "{locale:?} {width}");
        }
    }
}

#[test]
fn whole_pixel_coordinates() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in [320.0, 390.5, 640.0, 1100.0] {
            assert_whole_pixels(&spec(&d, locale, width));
        }
    }
}

#[test]
fn one_row_per_sentence_every_figure_once() {
    let d = dataset();
    let rows = series(&d, Locale::ZhHans);
    let ids: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.steps.iter().map(|s| s.fig.id.as_str()).collect())
        .collect();
    assert_eq!(
        ids,
        [
            vec![
                "new_enterprises",
                "investment_in_place",
                "investment_beneficiaries"
            ],
            vec!["industrial_parks", "park_enterprises", "park_jobs"],
            vec!["workshops", "workshop_jobs"],
            vec!["consumption_sales", "consumption_beneficiaries"],
        ]
    );
    for r in &rows {
        let s = &r.steps[0].fig.sentence;
        assert!(r.steps.iter().all(|st| &st.fig.sentence == s));
    }
    let spec = spec(&d, Locale::ZhHans, 640.0);
    assert_eq!(keys(&spec).len(), 10);
    assert_eq!(spec.table.rows.len(), 10);
}

#[test]
fn last_steps_share_the_last_column_when_wide() {
    let d = dataset();
    let rows = series(&d, Locale::En);
    let l = place(&rows, 1100.0);
    let last_x: Vec<f64> = l.rows.iter().map(|r| r.steps.last().unwrap().x).collect();
    assert!(last_x.iter().all(|x| *x == last_x[0]), "{last_x:?}");
    // Arrows only within a row: one fewer than its steps.
    for (r, p) in rows.iter().zip(&l.rows) {
        assert_eq!(p.arrows.len(), r.steps.len() - 1);
    }
    let narrow = place(&rows, 390.0);
    assert!(
        narrow
            .rows
            .iter()
            .all(|r| r.arrows.is_empty() && r.rule.is_some())
    );
}

#[test]
fn values_for_reading_exact_in_tooltip_and_table() {
    let d = dataset();
    let zh = spec(&d, Locale::ZhHans, 640.0);
    let xml: String = zh.body.iter().map(Node::to_xml).collect();
    for v in ["266家", "242.2亿元", "11.9万人", "北京 235", "天津 31"] {
        assert!(xml.contains(&format!(">{v}<")), "{v}: {xml}");
    }
    assert_eq!(
        zh.takeaway.as_deref(),
        Some("今年受援地区引进京津企业266家落地，到位投资242.2亿元，带动贫困人口11.9万人。")
    );
    assert_eq!(zh.marks[1].lines, ["242.2193亿元", "2020年"]);
    assert_eq!(
        zh.marks[0].lines,
        ["266家", "北京235家，天津31家", "2020年"]
    );
    let csv = zh.table.to_csv();
    assert!(csv.contains(",266,235,31,"), "{csv}");
    assert!(csv.contains(",24221930000,,,"), "{csv}");
    let en = spec(&d, Locale::En, 390.0);
    let xml: String = en.body.iter().map(Node::to_xml).collect();
    assert!(xml.contains("24.2 billion"), "{xml}");
    assert!(
        en.takeaway
            .unwrap()
            .contains("24.2 billion yuan of investment")
    );
}
