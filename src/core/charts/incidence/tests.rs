//! The incidence chart's tests.

use super::super::check::{assert_fits, dataset, keys};
use super::*;

#[test]
fn rows_follow_the_before_links() {
    let d = dataset();
    let rows = series(&d, Locale::ZhHans);
    let pairs: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| (r.before.id.as_str(), r.after.id.as_str(), r.label.as_str()))
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("incidence_before", "incidence_after", "28个受援县"),
            (
                "fuping_incidence_before",
                "fuping_incidence_after",
                "阜平县"
            ),
        ]
    );
    let en = series(&d, Locale::En);
    assert_eq!(en[0].label, "28 aided counties");
    assert_eq!(en[1].label, "Fuping County");
    assert_eq!(series(&d, Locale::ZhHant)[1].label, "阜平縣");
    assert_eq!(rows[0].drop.plain(), "16.24");
    assert_eq!(rows[1].drop.plain(), "20.46");
}

#[test]
fn exact_differences() {
    let dec = |s: &str| Decimal::parse(s).unwrap();
    assert_eq!(sub(dec("16.24"), dec("0")).plain(), "16.24");
    assert_eq!(sub(dec("0.3"), dec("0.1")).plain(), "0.2");
    assert_eq!(sub(dec("20.46"), dec("16.24")).plain(), "4.22");
    assert_eq!(sub(dec("1"), dec("2.5")).plain(), "-1.5");
    assert_eq!(sub(dec("2.5"), dec("2.5")), Decimal::ZERO);
}

#[test]
fn short_labels() {
    assert_eq!(
        short_label("阜平县贫困发生率（现在）", "贫困发生率"),
        "阜平县"
    );
    assert_eq!(
        short_label(
            "Poverty incidence, Fuping County (now)",
            "Poverty incidence, "
        ),
        "Fuping County"
    );
    // A label without the metric stays whole (minus its parenthesis).
    assert_eq!(short_label("别的指标（现在）", "贫困发生率"), "别的指标");
    assert_eq!(short_label("贫困发生率", "贫困发生率"), "贫困发生率");
}

#[test]
fn nice_axes() {
    assert_eq!(nice_axis(20.46, 5), (25.0, 5.0));
    assert_eq!(nice_axis(20.46, 3), (30.0, 10.0));
    assert_eq!(nice_axis(20.0, 5), (20.0, 5.0));
    assert_eq!(nice_axis(0.0, 5), (1.0, 1.0));
    assert_eq!(nice_axis(0.7, 4), (0.8, 0.2));
}

#[test]
fn placement_shares_one_axis() {
    let d = dataset();
    let rows = series(&d, Locale::ZhHans);
    let l = place(&rows, Locale::ZhHans, 720.0);
    // Both "after" ends (0%) sit on the axis' zero; Fuping's start is right of the 28's.
    assert_eq!(l.rows[0].x_after, l.rows[1].x_after);
    assert_eq!(l.ticks[0].1, l.rows[0].x_after);
    assert!(l.rows[1].x_before > l.rows[0].x_before);
    let (max, x_max) = *l.ticks.last().unwrap();
    assert_eq!(max, 25.0);
    let x0 = l.ticks[0].1;
    let want = x0 + 16.24 / 25.0 * (x_max - x0);
    assert!((l.rows[0].x_before - want).abs() < 1e-9);
    // Wide: labels beside; narrow: above.
    assert!(l.rows[0].label.1 > l.rows[0].y - 18.0);
    let n = place(&rows, Locale::ZhHans, 320.0);
    assert_eq!(n.rows[0].label.0, 0.0);
    assert!(n.rows[0].label.1 < n.rows[0].y - 10.0);
}

#[test]
fn fits_narrow_and_wide() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in [300.0, 320.0, 360.0, 720.0, 1000.0, 1100.0] {
            assert_fits(&spec(&d, locale, width));
        }
    }
}

#[test]
fn marks_are_the_ends_in_reading_order() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 720.0);
    let ks: Vec<String> = spec.marks.iter().map(|m| m.key.clone()).collect();
    assert_eq!(
        ks,
        vec![
            "incidence_before",
            "incidence_after",
            "fuping_incidence_before",
            "fuping_incidence_after"
        ]
    );
    assert_eq!(keys(&spec), ks);
    assert_eq!(spec.marks[0].title, "28个受援县");
    assert_eq!(spec.marks[0].lines[0], "起点，年份未说明：16.24%");
    assert_eq!(spec.marks[1].lines[0], "截至2020年12月：0%");
    assert_eq!(spec.marks[3].lines[1], "较起点下降20.46个百分点");
    let xml = Node::from(spec.svg()).to_xml();
    assert!(
        xml.contains("起点，年份未说明"),
        "the baseline is said on the chart"
    );
    assert!(xml.contains("注：文章未说明起点年份"));
    assert_eq!(xml.matches("文章未说明起点年份").count(), 1, "one note");
}

#[test]
fn table_has_raw_values() {
    let d = dataset();
    let spec = spec(&d, Locale::En, 720.0);
    assert_eq!(
        spec.table.columns,
        vec![
            "Area",
            "start, year not stated",
            "to December 2020",
            "Fall (percentage points)"
        ]
    );
    assert_eq!(
        spec.table.rows,
        vec![
            vec!["28 aided counties", "16.24%", "0%", "16.24"],
            vec!["Fuping County", "20.46%", "0%", "20.46"],
        ]
    );
    assert_eq!(
        spec.table.raw[1],
        vec![
            None,
            Some("20.46".to_owned()),
            Some("0".to_owned()),
            Some("20.46".to_owned())
        ]
    );
    assert_eq!(
        spec.summary,
        "28 aided counties: from 16.24% to 0%, Fuping County: from 20.46% to 0%. Highest: Fuping County (20.46%, start, year not stated); lowest: 28 aided counties (0%, to December 2020)."
    );
    assert_eq!(spec.source, "Source: Hebei Daily, December 19, 2020");
}

#[test]
fn takeaways_in_three_languages() {
    let d = dataset();
    assert_eq!(
        takeaway(&d, Locale::ZhHans).unwrap(),
        "28个受援县的贫困发生率由16.24%降到0%，降幅最大的阜平县下降了20.46个百分点。"
    );
    assert_eq!(
        takeaway(&d, Locale::ZhHant).unwrap(),
        "28個受援縣的貧困發生率由16.24%降到0%，降幅最大的阜平縣下降了20.46個百分點。"
    );
    assert_eq!(
        takeaway(&d, Locale::En).unwrap(),
        "Poverty incidence in 28 aided counties fell from 16.24% to 0%; it fell most in Fuping County, by 20.46 percentage points."
    );
}

#[test]
fn takeaway_without_a_bigger_drop_or_rows() {
    let mut d = dataset();
    d.figures
        .iter_mut()
        .find(|f| f.id == "fuping_incidence_before")
        .unwrap()
        .value = 10.5;
    assert_eq!(
        takeaway(&d, Locale::ZhHans).unwrap(),
        "28个受援县的贫困发生率由16.24%降到0%，下降了16.24个百分点。"
    );
    for f in &mut d.figures {
        f.before = None;
    }
    assert_eq!(takeaway(&d, Locale::En), None);
    let spec = spec(&d, Locale::En, 360.0);
    assert!(spec.marks.is_empty());
    assert_fits(&spec);
}
