//! The chart's tests.

use super::super::check::{assert_fits, dataset, keys};
use super::*;

#[test]
fn ids_round_trip() {
    for m in CityMetric::ALL {
        assert_eq!(CityMetric::from_id(m.id()), Some(m));
        for l in Locale::ALL {
            assert!(!label(m, l).is_empty());
        }
    }
    assert_eq!(CityMetric::from_id("nope"), None);
    let ids: Vec<&str> = CityMetric::ALL.iter().map(|m| m.id()).collect();
    assert_eq!(ids, vec!["paired", "deep", "exit", "partners"]);
    assert_eq!(label(CityMetric::ExitYears, Locale::En), "Exit year");
}

#[test]
fn bars_partition_the_paired_counties() {
    let d = dataset();
    for m in CityMetric::ALL {
        let rows = series(&d, m);
        let order: Vec<&str> = rows.iter().map(|r| r.city.id.as_str()).collect();
        assert_eq!(order, vec!["zhangjiakou", "baoding", "chengde"], "{m:?}");
        let totals: Vec<usize> = rows.iter().map(|r| r.total).collect();
        assert_eq!(totals, vec![12, 9, 7], "{m:?}");
        for r in &rows {
            let per_city = d.paired().filter(|(c, _)| c.city == r.city.id).count();
            assert_eq!(r.total, per_city);
        }
    }
    let paired = series(&d, CityMetric::Paired);
    let chengde: Vec<(Cat, usize)> = paired[2]
        .segments
        .iter()
        .map(|s| (s.cat.clone(), s.counties.len()))
        .collect();
    assert_eq!(
        chengde,
        vec![
            (Cat::Partner(Partner::Beijing), 2),
            (Cat::Partner(Partner::Tianjin), 5)
        ]
    );
    let exit = series(&d, CityMetric::ExitYears);
    let cats: Vec<Cat> = exit[1].segments.iter().map(|s| s.cat.clone()).collect();
    assert_eq!(
        cats,
        vec![
            Cat::Year(2017),
            Cat::Year(2018),
            Cat::Year(2019),
            Cat::Year(2020)
        ]
    );
    // Partners: districts by partner and size, the unknown last.
    let partners = series(&d, CityMetric::Partners);
    let zjk = &partners[0];
    assert_eq!(zjk.segments[0].cat, Cat::District("shunyi".into()));
    assert_eq!(zjk.segments[0].counties.len(), 2);
    assert_eq!(zjk.segments.last().unwrap().cat, Cat::Unknown);
    assert_eq!(zjk.segments.last().unwrap().counties.len(), 2);
}

#[test]
fn placement_scales_every_bar_alike() {
    let d = dataset();
    for m in CityMetric::ALL {
        let rows = series(&d, m);
        let l = place(&d, &rows, m, Locale::ZhHans, 720.0);
        let unit = |r: &RowBox, row: &CityRow| {
            let last = r.segs.last().unwrap();
            (last.x + last.w - r.segs[0].x) / row.total as f64
        };
        let u0 = unit(&l.rows[0], &rows[0]);
        for (b, r) in l.rows.iter().zip(&rows) {
            assert!((unit(b, r) - u0).abs() < 1e-9, "{m:?}");
            // Segments are in order and do not overlap.
            for w in b.segs.windows(2) {
                assert!(w[0].x + w[0].w <= w[1].x);
            }
        }
        // Wide: city names left of the bars; narrow: above them.
        assert!(l.rows[0].segs[0].x > 0.0);
        let n = place(&d, &rows, m, Locale::ZhHans, 320.0);
        assert_eq!(n.rows[0].segs[0].x, 0.0);
        assert!(n.rows[0].name.1 < n.rows[0].bar_y);
    }
}

#[test]
fn fits_narrow_and_wide() {
    let d = dataset();
    for m in CityMetric::ALL {
        for locale in Locale::ALL {
            for width in [300.0, 320.0, 360.0, 720.0, 1000.0, 1100.0] {
                assert_fits(&spec(&d, locale, width, m));
            }
        }
    }
}

#[test]
fn one_mark_per_segment() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 720.0, CityMetric::Paired);
    let ks: Vec<String> = spec.marks.iter().map(|m| m.key.clone()).collect();
    assert_eq!(
        ks,
        vec![
            "zhangjiakou:beijing",
            "baoding:beijing",
            "chengde:beijing",
            "chengde:tianjin"
        ]
    );
    assert_eq!(keys(&spec), ks);
    let tj = &spec.marks[3];
    assert_eq!(tj.title, "承德市 · 天津结对");
    assert_eq!(tj.lines[0], "5个县");
    assert_eq!(
        tj.lines[1],
        "承德县、兴隆县、隆化县、围场满族蒙古族自治县、平泉市"
    );
    assert_eq!(tj.lines[2], "来源：S01至S03");
    assert_eq!(tj.tone, Some(Tone::Tianjin));

    let partners = super::spec(&d, Locale::En, 720.0, CityMetric::Partners);
    let segs: usize = series(&d, CityMetric::Partners)
        .iter()
        .map(|r| r.segments.len())
        .sum();
    assert_eq!(partners.marks.len(), segs);
    let unknown = partners
        .marks
        .iter()
        .find(|m| m.key == "zhangjiakou:unknown")
        .unwrap();
    assert_eq!(unknown.title, "Zhangjiakou · Partner district not known");
    assert_eq!(unknown.lines[0], "2 counties");
    assert_eq!(unknown.tone, Some(Tone::Muted));
    let exit = super::spec(&d, Locale::ZhHant, 720.0, CityMetric::ExitYears);
    assert!(
        exit.marks
            .iter()
            .any(|m| m.title == "張家口市 · 2020年摘帽")
    );
}

#[test]
fn tables_per_metric() {
    let d = dataset();
    let t = spec(&d, Locale::ZhHans, 720.0, CityMetric::Paired).table;
    assert_eq!(t.columns, vec!["城市", "北京结对", "天津结对", "受援县"]);
    assert_eq!(
        t.rows,
        vec![
            vec!["张家口市", "12", "0", "12"],
            vec!["保定市", "9", "0", "9"],
            vec!["承德市", "2", "5", "7"],
        ]
    );
    assert_eq!(t.raw[2][2].as_deref(), Some("5"));
    let t = spec(&d, Locale::En, 720.0, CityMetric::DeepPoverty).table;
    assert_eq!(
        t.columns,
        vec![
            "City",
            "Deep-poverty county",
            "Other aided counties",
            "Aided counties"
        ]
    );
    assert_eq!(t.rows[0], vec!["Zhangjiakou", "5", "7", "12"]);
    let t = spec(&d, Locale::ZhHans, 720.0, CityMetric::ExitYears).table;
    assert_eq!(
        t.columns,
        vec!["城市", "2017年", "2018年", "2019年", "2020年", "受援县"]
    );
    assert_eq!(t.rows[0], vec!["张家口市", "0", "0", "4", "8", "12"]);
    let t = spec(&d, Locale::ZhHans, 720.0, CityMetric::Partners).table;
    assert_eq!(
        t.columns,
        vec!["城市", "结对区数", "结对区", "结对区未知的县", "受援县"]
    );
    assert_eq!(t.rows[0][1], "9");
    assert!(t.rows[0][2].starts_with("顺义区×2、"));
    assert_eq!(t.rows[0][3], "2");
    assert_eq!(t.rows[1][3], "5");
    assert_eq!(t.rows[2][3], "0");
}

#[test]
fn takeaways_paired() {
    let d = dataset();
    let m = CityMetric::Paired;
    assert_eq!(
        takeaway(&d, Locale::ZhHans, m).unwrap(),
        "张家口市的受援县最多，有12个，全部由北京结对；天津结对的5个县都在承德市。"
    );
    assert_eq!(
        takeaway(&d, Locale::ZhHant, m).unwrap(),
        "張家口市的受援縣最多，有12個，全部由北京結對；天津結對的5個縣都在承德市。"
    );
    assert_eq!(
        takeaway(&d, Locale::En, m).unwrap(),
        "Zhangjiakou has the most aided counties, 12, all paired with Beijing; all 5 counties paired with Tianjin are in Chengde."
    );
}

#[test]
fn takeaways_deep() {
    let d = dataset();
    let m = CityMetric::DeepPoverty;
    assert_eq!(
        takeaway(&d, Locale::ZhHans, m).unwrap(),
        "10个深度贫困县中，张家口市占5个，最多。"
    );
    assert_eq!(
        takeaway(&d, Locale::ZhHant, m).unwrap(),
        "10個深度貧困縣中，張家口市佔5個，最多。"
    );
    assert_eq!(
        takeaway(&d, Locale::En, m).unwrap(),
        "Of the 10 deep-poverty counties, 5 are in Zhangjiakou, more than in any other city."
    );
}

#[test]
fn takeaways_exit() {
    let d = dataset();
    let m = CityMetric::ExitYears;
    assert_eq!(
        takeaway(&d, Locale::ZhHans, m).unwrap(),
        "最后一批（2020年）摘帽的13个县中，张家口市占8个。"
    );
    assert_eq!(
        takeaway(&d, Locale::ZhHant, m).unwrap(),
        "最後一批（2020年）摘帽的13個縣中，張家口市佔8個。"
    );
    assert_eq!(
        takeaway(&d, Locale::En, m).unwrap(),
        "Of the 13 counties in the last batch (2020), 8 are in Zhangjiakou."
    );
}

#[test]
fn takeaways_partners() {
    let d = dataset();
    let m = CityMetric::Partners;
    assert_eq!(
        takeaway(&d, Locale::ZhHans, m).unwrap(),
        "张家口市的受援县结对区最多，有9个；共有7个受援县的结对区尚无来源。"
    );
    assert_eq!(
        takeaway(&d, Locale::ZhHant, m).unwrap(),
        "張家口市的受援縣結對區最多，有9個；共有7個受援縣的結對區尚無來源。"
    );
    assert_eq!(
        takeaway(&d, Locale::En, m).unwrap(),
        "Zhangjiakou has the most partner districts, 9; for 7 aided counties no source names the district yet."
    );
}

#[test]
fn unknown_facts_get_an_unknown_segment() {
    let mut d = dataset();
    for c in d.counties.iter_mut().filter(|c| c.code == "130821") {
        let p = c.pairing.as_mut().unwrap();
        p.partner.value = None;
        p.deep_poverty.value = None;
        p.exit_year.value = None;
    }
    for m in [
        CityMetric::Paired,
        CityMetric::DeepPoverty,
        CityMetric::ExitYears,
    ] {
        let spec = spec(&d, Locale::ZhHans, 360.0, m);
        assert_fits(&spec);
        let mark = spec
            .marks
            .iter()
            .find(|mk| mk.key == "chengde:unknown")
            .unwrap_or_else(|| panic!("{m:?}"));
        assert_eq!(mark.lines[0], "1个县");
        assert_eq!(mark.lines[1], "承德县");
        assert_eq!(mark.tone, Some(Tone::Muted));
        // The table has an unknown column, and the unknown is never counted as zero
        // in a known column.
        let last = spec.table.columns.len() - 2;
        assert!(spec.table.columns[last].ends_with("未知"), "{m:?}");
        assert_eq!(spec.table.rows[2][last], "1");
        assert!(spec.takeaway.unwrap().contains("另有1个县的情况未知"));
    }
    assert_eq!(
        takeaway(&d, Locale::ZhHans, CityMetric::Paired).unwrap(),
        "张家口市的受援县最多，有12个，全部由北京结对；天津结对的4个县都在承德市；另有1个县的情况未知。"
    );
}

#[test]
fn exit_steps_darken_and_keep_text_readable() {
    let paints: Vec<Paint> = (0..4).map(|i| year_paint(i, 4)).collect();
    assert_eq!(paints[3], Paint::class("c-hebei", "t-on-dark"));
    let lum: Vec<f64> = paints[..3]
        .iter()
        .map(|p| luminance(rgb(p.fill.as_deref().unwrap())))
        .collect();
    assert!(lum.windows(2).all(|w| w[0] > w[1]));
    assert_eq!(paints[0].text, "t-value");
    assert_eq!(year_paint(0, 1), Paint::class("c-hebei", "t-on-dark"));
}

#[test]
fn summary_names_most_and_fewest() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 720.0, CityMetric::Paired);
    assert_eq!(
        spec.summary,
        "按结对城市：张家口市12个县（北京结对12个）、保定市9个县（北京结对9个）、承德市7个县（北京结对2个、天津结对5个）。最多的是张家口市（12个县），最少的是承德市（7个县）。"
    );
    assert!(spec.source.contains("；县级资料：S01至S"));
}
