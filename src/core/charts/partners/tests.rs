//! The partners chart's tests.

use super::*;
use crate::core::charts::check::{dataset, text_of};
use crate::core::charts::text as measure;

/// The horizontal extent of every rect and text in `nodes` (texts by estimated width).
pub(in crate::core::charts) fn extents(nodes: &[Node]) -> Vec<(String, f64, f64)> {
    let mut out = Vec::new();
    for n in nodes {
        let Node::Element(e) = n else { continue };
        let num = |k: &str| e.get(k).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
        match e.tag {
            "rect" => out.push(("rect".into(), num("x"), num("x") + num("width"))),
            "text" => {
                let (s, w) = text_of(e, FONT, false);
                let x = num("x");
                let (l, r) = match e.get("text-anchor") {
                    Some("end") => (x - w, x),
                    Some("middle") => (x - w / 2.0, x + w / 2.0),
                    _ => (x, x + w),
                };
                out.push((s, l, r));
            }
            _ => out.extend(extents(&e.children)),
        }
    }
    out
}

#[test]
fn takeaways_in_three_languages() {
    let d = dataset();
    let cases: [(&str, bool, [&str; 3]); 4] = [
        (
            "paired_schools",
            false,
            [
                "北京结对学校245所，是天津64所的3.8倍。",
                "北京結對學校245所，是天津64所的3.8倍。",
                "Beijing paired 245 schools, 3.8 times Tianjin's 64.",
            ],
        ),
        (
            "paired_schools",
            true,
            [
                "结对学校中，北京占79.3%，天津占20.7%。",
                "結對學校中，北京佔79.3%，天津佔20.7%。",
                "Beijing accounts for 79.3% of paired schools, Tianjin 20.7%.",
            ],
        ),
        (
            "new_enterprises",
            false,
            [
                "北京引进落地企业235家，是天津31家的7.6倍。",
                "北京引進落地企業235家，是天津31家的7.6倍。",
                "Beijing supplied 235 of the enterprises brought in, 7.6 times Tianjin's 31.",
            ],
        ),
        (
            "new_enterprises",
            true,
            [
                "引进落地企业中，北京占88.3%，天津占11.7%。",
                "引進落地企業中，北京佔88.3%，天津佔11.7%。",
                "Beijing accounts for 88.3% of the enterprises brought in, Tianjin 11.7%.",
            ],
        ),
    ];
    for (id, shares, want) in cases {
        for (l, w) in Locale::ALL.into_iter().zip(want) {
            assert_eq!(
                takeaway(&d, l, id, shares).as_deref(),
                Some(w),
                "{id} {l:?}"
            );
        }
    }
}

#[test]
fn takeaways_for_every_split_measure() {
    let d = dataset();
    let counts = [
        (
            "workers_returned",
            "北京“点对点”返岗贫困劳动力3256名，是天津2181名的1.5倍。",
            "北京「點對點」返崗貧困勞動力3256名，是天津2181名的1.5倍。",
            "Beijing took back 3,256 poor workers, 1.5 times Tianjin's 2,181.",
        ),
        (
            "paired_townships",
            "北京结对乡镇216个，是天津24个的9倍。",
            "北京結對鄉鎮216個，是天津24個的9倍。",
            "Beijing paired 216 townships, 9 times Tianjin's 24.",
        ),
        (
            "paired_strong_villages",
            "北京结对经济强村532个，是天津29个的18.3倍。",
            "北京結對經濟強村532個，是天津29個的18.3倍。",
            "Beijing paired 532 economically strong villages, 18.3 times Tianjin's 29.",
        ),
        (
            "paired_hospitals",
            "北京结对医院283所，是天津23所的12.3倍。",
            "北京結對醫院283所，是天津23所的12.3倍。",
            "Beijing paired 283 hospitals, 12.3 times Tianjin's 23.",
        ),
    ];
    for (id, hans, hant, en) in counts {
        assert_eq!(
            takeaway(&d, Locale::ZhHans, id, false).as_deref(),
            Some(hans)
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant, id, false).as_deref(),
            Some(hant)
        );
        assert_eq!(takeaway(&d, Locale::En, id, false).as_deref(), Some(en));
    }
    let shares = [
        (
            "workers_returned",
            "“点对点”返岗贫困劳动力中，北京占59.9%，天津占40.1%。",
            "「點對點」返崗貧困勞動力中，北京佔59.9%，天津佔40.1%。",
            "Beijing accounts for 59.9% of the poor workers taken back to jobs, Tianjin 40.1%.",
        ),
        (
            "paired_townships",
            "结对乡镇中，北京占90%，天津占10%。",
            "結對鄉鎮中，北京佔90%，天津佔10%。",
            "Beijing accounts for 90% of paired townships, Tianjin 10%.",
        ),
        (
            "paired_strong_villages",
            "结对经济强村中，北京占94.8%，天津占5.2%。",
            "結對經濟強村中，北京佔94.8%，天津佔5.2%。",
            "Beijing accounts for 94.8% of paired economically strong villages, Tianjin 5.2%.",
        ),
        (
            "paired_hospitals",
            "结对医院中，北京占92.5%，天津占7.5%。",
            "結對醫院中，北京佔92.5%，天津佔7.5%。",
            "Beijing accounts for 92.5% of paired hospitals, Tianjin 7.5%.",
        ),
    ];
    for (id, hans, hant, en) in shares {
        assert_eq!(
            takeaway(&d, Locale::ZhHans, id, true).as_deref(),
            Some(hans)
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant, id, true).as_deref(),
            Some(hant)
        );
        assert_eq!(takeaway(&d, Locale::En, id, true).as_deref(), Some(en));
    }
}

#[test]
fn no_takeaway_without_a_split() {
    let d = dataset();
    for l in Locale::ALL {
        assert_eq!(takeaway(&d, l, "hebei_schools", false), None);
        assert_eq!(takeaway(&d, l, "donations", true), None);
        assert_eq!(takeaway(&d, l, "no_such_figure", false), None);
    }
}

#[test]
fn takeaway_puts_the_larger_city_first_and_handles_unknown_measures() {
    let mut d = dataset();
    let f = d
        .figures
        .iter_mut()
        .find(|f| f.id == "paired_schools")
        .unwrap();
    f.id = "paired_kindergartens".into();
    let split = f.split.as_mut().unwrap();
    std::mem::swap(&mut split.beijing, &mut split.tianjin);
    assert_eq!(
        takeaway(&d, Locale::ZhHans, "paired_kindergartens", false).as_deref(),
        Some("京津结对学校：天津245所，是北京64所的3.8倍。")
    );
    assert_eq!(
        takeaway(&d, Locale::En, "paired_kindergartens", false).as_deref(),
        Some("Beijing and Tianjin schools in pairings: Tianjin 245, 3.8 times Beijing's 64.")
    );
    let mut d = dataset();
    let f = d
        .figures
        .iter_mut()
        .find(|f| f.id == "paired_schools")
        .unwrap();
    f.split.as_mut().unwrap().tianjin.value = 245.0;
    assert_eq!(
        takeaway(&d, Locale::ZhHans, "paired_schools", false).as_deref(),
        Some("北京和天津结对学校各245所。")
    );
    assert_eq!(
        takeaway(&d, Locale::En, "paired_schools", false).as_deref(),
        Some("Beijing and Tianjin each paired 245 schools.")
    );
}

/// The numbers mode draws counts, not the shares' full-length bars: each city its own
/// bar on the row's scale, the larger full length, the smaller in proportion.
#[test]
fn numbers_mode_draws_each_city_to_scale() {
    let d = dataset();
    for width in [300.0, 560.0, 1100.0] {
        let rows = series(&d, Locale::ZhHans, false);
        let l = place(&rows, width, "paired_schools", false);
        for (r, p) in rows.iter().zip(&l.rows) {
            let [b, t] = [&p.segs[0], &p.segs[1]];
            assert!((b.x - l.x0).abs() < 1e-9 && (t.x - l.x0).abs() < 1e-9);
            assert!(t.y > b.y, "{}: two bars, one under the other", r.fig.id);
            assert!((b.w.max(t.w) - l.bar_w).abs() < 1e-9);
            let want = r.parts[0].value / r.parts[1].value;
            assert!((b.w / t.w - want).abs() < 1e-9, "{}", r.fig.id);
        }
        // And so the two modes differ.
        let shares = place(
            &series(&d, Locale::ZhHans, true),
            width,
            "paired_schools",
            true,
        );
        assert_ne!(shares.rows[0].segs, l.rows[0].segs);
    }
}

#[test]
fn segments_are_proportional_and_fill_the_row() {
    let d = dataset();
    for width in [300.0, 320.0, 560.0, 1000.0, 1100.0] {
        let rows = series(&d, Locale::ZhHans, true);
        let l = place(&rows, width, "paired_schools", true);
        assert!(l.bar_w > 100.0, "{width}: bar {}", l.bar_w);
        for (r, p) in rows.iter().zip(&l.rows) {
            let [b, t] = [&p.segs[0], &p.segs[1]];
            assert!((b.x - l.x0).abs() < 1e-9);
            assert!((b.w + t.w - l.bar_w).abs() < 1e-9);
            assert!((t.x - (b.x + b.w)).abs() < 1e-9);
            let want = r.parts[0].value / r.parts[1].value;
            assert!((b.w / t.w - want).abs() < 1e-9, "{}", r.fig.id);
        }
    }
}

#[test]
fn nothing_overflows_the_width() {
    let d = dataset();
    for width in [300.0, 320.0, 360.0, 559.0, 560.0, 720.0, 1000.0, 1100.0] {
        for l in Locale::ALL {
            for shares in [false, true] {
                let spec = spec(&d, l, width, shares, None);
                for (what, a, b) in extents(&spec.body) {
                    assert!(
                        a >= -0.06 && b <= width + 0.06,
                        "{width} {l:?} {shares}: {what} spans {a}..{b}"
                    );
                }
                assert!(spec.height > 0.0);
            }
        }
    }
}

#[test]
fn labels_go_inside_when_they_fit_and_outside_in_order() {
    // Both fit.
    let (l, reach) = place_labels(&[(0.0, 100.0), (100.0, 100.0)], &[40.0, 40.0]);
    assert_eq!(reach, 0.0);
    assert_eq!(l[0].unwrap().anchor, Anchor::Start);
    assert_eq!(l[1].unwrap().x, 200.0 - PAD);
    // The second does not: after the end.
    let (l, reach) = place_labels(&[(0.0, 180.0), (180.0, 20.0)], &[40.0, 40.0]);
    assert!(l[0].unwrap().inside && !l[1].unwrap().inside);
    assert_eq!(l[1].unwrap().x, 200.0 + GAP);
    assert_eq!(reach, GAP + 40.0);
    // The first does not: both outside, in order.
    let (l, reach) = place_labels(&[(0.0, 20.0), (20.0, 180.0)], &[40.0, 30.0]);
    assert!(!l[0].unwrap().inside && !l[1].unwrap().inside);
    assert!(l[0].unwrap().x < l[1].unwrap().x);
    assert_eq!(reach, GAP + 40.0 + GAP + 30.0);
}

#[test]
fn marks_keys_and_anchors() {
    let d = dataset();
    let spec = spec(&d, Locale::En, 720.0, false, Some("paired_schools"));
    let keys: Vec<&str> = spec.marks.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "new_enterprises:beijing",
            "new_enterprises:tianjin",
            "workers_returned:beijing",
            "workers_returned:tianjin",
            "paired_townships:beijing",
            "paired_townships:tianjin",
            "paired_strong_villages:beijing",
            "paired_strong_villages:tianjin",
            "paired_schools:beijing",
            "paired_schools:tianjin",
            "paired_hospitals:beijing",
            "paired_hospitals:tianjin",
        ]
    );
    let xml = Node::from(spec.svg()).to_xml();
    for k in keys {
        assert_eq!(xml.matches(&format!("data-key=\"{k}\"")).count(), 1, "{k}");
    }
    let m = &spec.marks[8];
    assert_eq!(m.title, "Beijing and Tianjin schools in pairings · Beijing");
    assert_eq!(
        m.lines,
        ["245", "79.3% of the total 309", "to December 2020"]
    );
    assert_eq!(m.tone, Some(Tone::Beijing));
    assert!(m.anchor.0 > 0.0 && m.anchor.0 < 720.0 && m.anchor.1 < spec.height);
    let zh = super::spec(&d, Locale::ZhHans, 360.0, true, None);
    assert_eq!(
        zh.marks[9].lines,
        ["64所", "占合计309所的20.7%", "截至2020年12月"]
    );
    assert!(xml.contains(">Beijing 245<") && xml.contains(">Tianjin 64<"));
    assert!(zh.svg().children.len() == 6);
    let zh_xml = Node::from(zh.svg()).to_xml();
    assert!(zh_xml.contains(">北京 79.3%<") && zh_xml.contains(">天津 20.7%<"));
}

#[test]
fn focus_picks_the_takeaway_and_mutes_the_other_rows() {
    let d = dataset();
    let first = spec(&d, Locale::ZhHans, 720.0, false, None);
    assert_eq!(
        first.takeaway.as_deref(),
        Some("北京引进落地企业235家，是天津31家的7.6倍。")
    );
    let schools = spec(&d, Locale::ZhHans, 720.0, false, Some("paired_schools"));
    assert_eq!(
        schools.takeaway.as_deref(),
        Some("北京结对学校245所，是天津64所的3.8倍。")
    );
    let muted = |s: &ChartSpec| -> Vec<bool> {
        s.body
            .iter()
            .map(|n| match n {
                Node::Element(e) => e.get("class") == Some("chart__row"),
                Node::Text(_) => false,
            })
            .collect()
    };
    assert_eq!(muted(&schools), [true, true, true, true, false, true]);
    assert_eq!(muted(&first), [false, true, true, true, true, true]);
    // An unknown id falls back to the first row.
    let unknown = spec(&d, Locale::ZhHans, 720.0, false, Some("hebei_schools"));
    assert_eq!(unknown.takeaway, first.takeaway);
}

#[test]
fn table_rows_and_raw_csv_values() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 720.0, false, None);
    let t = &spec.table;
    assert_eq!(t.columns.len(), 7);
    assert_eq!(t.rows.len(), 6);
    assert_eq!(
        t.rows[4],
        [
            "京津结对学校",
            "245所",
            "64所",
            "309所",
            "79.3%",
            "20.7%",
            "截至2020年12月"
        ]
    );
    assert_eq!(t.source, "来源：河北日报，2020年12月19日");
    let csv = t.to_csv();
    assert!(csv.contains("京津结对学校,245,64,309,79.3,20.7,截至2020年12月\r\n"));
    assert!(csv.contains("“点对点”返岗京津的贫困劳动力,3256,2181,5437,59.9,40.1,时间未说明\r\n"));
    let en = super::spec(&d, Locale::En, 720.0, true, None);
    assert_eq!(en.table.rows[1][1], "3,256");
    assert!(en.table.to_csv().contains(",3256,2181,5437,"));
    assert_eq!(en.source, "Source: Hebei Daily, December 19, 2020");
    assert_eq!(
        super::spec(&d, Locale::ZhHant, 720.0, true, None).source,
        "來源：河北日報，2020年12月19日"
    );
}

#[test]
fn summary_names_the_largest_and_smallest_share() {
    let d = dataset();
    assert_eq!(
        spec(&d, Locale::ZhHans, 720.0, false, None).summary,
        "文章分列北京、天津数字的6项指标。北京所占份额最高的是京津结对经济强村（94.8%），最低的是“点对点”返岗京津的贫困劳动力（59.9%）。"
    );
}

/// The estimated width of a heading line as rendered.
fn heading_width(line: &HeadLine) -> f64 {
    let l = measure::width(&line.label, FONT);
    match &line.total {
        Some(t) if line.label.is_empty() => bold_width(t),
        Some(t) => l + SPACE + bold_width(t),
        None => l,
    }
}

#[test]
fn headings_wrap_and_keep_the_total() {
    let h = heading("京津结对学校", "309所", 200.0, false);
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].total.as_deref(), Some("309所"));
    let h = heading("京津结对学校", "309所", 80.0, false);
    assert_eq!(h.last().unwrap().label, "");
    assert!(h.iter().all(|l| heading_width(l) <= 80.0));
}
