//! The pairing chart's tests.

use super::*;
use crate::core::charts::check::dataset;
use crate::core::charts::partners::tests::extents;

#[test]
fn takeaway_names_the_widest_gap_in_three_languages() {
    let d = dataset();
    let want = [
        "京津240个乡镇与受援县297个乡镇结对，受援县一方多出57个，差距在各项中最大。",
        "京津240個鄉鎮與受援縣297個鄉鎮結對，受援縣一方多出57個，差距在各項中最大。",
        "Beijing and Tianjin's 240 townships are paired with 297 townships in the aided counties, 57 more: the widest gap of any pairing.",
    ];
    for (l, w) in Locale::ALL.into_iter().zip(want) {
        assert_eq!(takeaway(&d, l).as_deref(), Some(w), "{l:?}");
        assert_eq!(spec(&d, l, 720.0).takeaway.as_deref(), Some(w));
    }
}

#[test]
fn takeaway_follows_the_data() {
    // Schools become the widest gap.
    let mut d = dataset();
    d.figures
        .iter_mut()
        .find(|f| f.id == "hebei_schools")
        .unwrap()
        .value = 400.0;
    assert_eq!(
        takeaway(&d, Locale::ZhHans).as_deref(),
        Some("京津309所学校与受援县400所学校结对，受援县一方多出91所，差距在各项中最大。")
    );
    // No Hebei side larger: the first pairing, plainly.
    for f in d.figures.iter_mut() {
        if f.id.starts_with("hebei_")
            || (f.id.ends_with("_villages") && f.id != "paired_strong_villages")
        {
            f.value = 1.0;
        }
    }
    assert_eq!(
        takeaway(&d, Locale::En).as_deref(),
        Some(
            "Beijing and Tianjin's 240 townships are paired with 1 townships in the aided counties."
        )
    );
    assert_eq!(
        takeaway(&d, Locale::ZhHant).as_deref(),
        Some("京津240個鄉鎮與受援縣1個鄉鎮結對。")
    );
    // A pairing without nouns falls back to the labels.
    let mut d = dataset();
    d.figures
        .iter_mut()
        .find(|f| f.id == "paired_townships")
        .unwrap()
        .id = "paired_towns".into();
    assert_eq!(
        takeaway(&d, Locale::ZhHans).as_deref(),
        Some("京津结对乡镇240个，受援县结对乡镇297个，相差57个，差距在各项中最大。")
    );
}

#[test]
fn rows_follow_the_counterparts() {
    let d = dataset();
    let rows = series(&d, Locale::ZhHans);
    let ids: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r.upper_fig.id.as_str(), r.lower_fig.id.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            ("paired_townships", "hebei_townships"),
            ("paired_strong_villages", "hebei_poor_villages"),
            ("paired_schools", "hebei_schools"),
            ("paired_hospitals", "hebei_hospitals"),
            ("paired_enterprises", "enterprise_villages"),
            ("social_organisations", "organisation_villages"),
        ]
    );
    // Split where the article splits, one undivided bar where it does not.
    let parts: Vec<usize> = rows.iter().map(|r| r.upper.segs.len()).collect();
    assert_eq!(parts, [2, 2, 2, 2, 1, 1]);
    assert_eq!(rows[4].upper.segs[0].label, "京津");
    assert_eq!(rows[4].upper.segs[0].tone, None);
}

#[test]
fn one_common_scale_and_proportional_parts() {
    let d = dataset();
    let rows = series(&d, Locale::En);
    for width in [300.0, 320.0, 720.0, 1000.0, 1100.0] {
        let l = place(&rows, Some("note"), width);
        assert_eq!(l.max, 568.0);
        let px = l.plot_w / l.max;
        assert!(l.plot_w > 100.0, "{width}");
        for (r, (up, low, _)) in rows.iter().zip(&l.rows) {
            let up_len: f64 = up.segs.iter().map(|s| s.w).sum();
            assert!((up_len - r.upper_fig.value * px).abs() < 1e-9);
            assert!((low.segs[0].w - r.lower_fig.value * px).abs() < 1e-9);
            assert!((up.segs[0].x - l.x0).abs() < 1e-9 && (low.segs[0].x - l.x0).abs() < 1e-9);
            if let Some(split) = &r.upper_fig.split {
                assert!((up.segs[0].w - split.beijing.value * px).abs() < 1e-9);
                assert!((up.segs[1].w - split.tianjin.value * px).abs() < 1e-9);
                assert!((up.segs[1].x - up.segs[0].x - up.segs[0].w).abs() < 1e-9);
            }
        }
    }
}

#[test]
fn nothing_overflows_the_width() {
    let d = dataset();
    for width in [300.0, 320.0, 360.0, 559.0, 560.0, 720.0, 1000.0, 1100.0] {
        for l in Locale::ALL {
            let spec = spec(&d, l, width);
            for (what, a, b) in extents(&spec.body) {
                assert!(
                    a >= -0.06 && b <= width + 0.06,
                    "{width} {l:?}: {what} spans {a}..{b}"
                );
            }
            assert!(spec.height > 100.0);
        }
    }
}

#[test]
fn marks_and_keys() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 360.0);
    let keys: Vec<&str> = spec.marks.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "paired_townships:beijing",
            "paired_townships:tianjin",
            "hebei_townships",
            "paired_strong_villages:beijing",
            "paired_strong_villages:tianjin",
            "hebei_poor_villages",
            "paired_schools:beijing",
            "paired_schools:tianjin",
            "hebei_schools",
            "paired_hospitals:beijing",
            "paired_hospitals:tianjin",
            "hebei_hospitals",
            "paired_enterprises",
            "enterprise_villages",
            "social_organisations",
            "organisation_villages",
            "donations",
        ]
    );
    let xml = Node::from(spec.svg()).to_xml();
    for k in &keys {
        assert_eq!(xml.matches(&format!("data-key=\"{k}\"")).count(), 1, "{k}");
    }
    assert_eq!(
        spec.marks[6].lines,
        ["245所", "占合计309所的79.3%", "截至2020年12月"]
    );
    assert_eq!(
        spec.marks[8].lines,
        ["362所", "比京津一方多53所", "截至2020年12月"]
    );
    assert_eq!(spec.marks[8].tone, Some(Tone::Hebei));
    assert_eq!(
        spec.marks[12].lines,
        ["463个", "文章未分列北京、天津的数字", "截至2020年12月"]
    );
    assert_eq!(spec.marks[16].lines, ["3.2225亿元", "截至2020年12月"]);
    assert!(xml.contains(">北京 245<") && xml.contains(">天津 64<"));
    assert!(xml.contains(">京津<"));
    assert!(xml.contains("社会组织累计捐资捐物3.2225亿元。"));
    assert_eq!(xml.matches("class=\"c-hebei\"").count(), 6);
    assert_eq!(xml.matches("class=\"c-jingjin\"").count(), 2);
    for m in &spec.marks {
        assert!(m.anchor.0 >= 0.0 && m.anchor.0 <= 360.0 && m.anchor.1 <= spec.height);
    }
}

#[test]
fn table_rows_and_raw_csv_values() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 720.0);
    let t = &spec.table;
    assert_eq!(t.rows.len(), 7);
    assert_eq!(
        t.rows[2],
        [
            "京津结对学校",
            "309所",
            "245所",
            "64所",
            "受援县结对学校",
            "362所"
        ]
    );
    assert_eq!(t.rows[4][2], "未分列");
    let csv = t.to_csv();
    assert!(csv.contains("京津结对学校,309,245,64,受援县结对学校,362\r\n"));
    assert!(csv.contains("京津结对帮扶企业,463,,,与企业结对的受援县村,466\r\n"));
    assert!(csv.contains("社会组织累计捐资捐物,322250000,,,,\r\n"));
    assert_eq!(t.source, "来源：河北日报，2020年12月19日");
    let en = super::spec(&d, Locale::En, 720.0);
    assert_eq!(en.table.rows[6][1], "322.25M yuan");
    assert_eq!(en.table.rows[4][2], "not split");
}

#[test]
fn summary_names_the_largest_and_smallest() {
    let d = dataset();
    assert_eq!(
        spec(&d, Locale::ZhHans, 720.0).summary,
        "6组结对中京津一方与受援县一方的数量，同一比例尺。最多的是受援县结对贫困村（568个），最少的是京津结对乡镇（240个）。"
    );
}
