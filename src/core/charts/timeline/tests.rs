//! The timeline chart's tests.

use super::super::check::{assert_fits, dataset, keys};
use super::*;

#[test]
fn columns_follow_the_exit_years_in_the_data() {
    let d = dataset();
    let cols = series(&d, &[]);
    let years: Vec<Option<u16>> = cols.iter().map(|c| c.year).collect();
    let mut want: Vec<Option<u16>> = d.paired().map(|(_, p)| p.exit_year.value).collect();
    want.sort();
    want.dedup();
    assert_eq!(years, want);
    assert_eq!(
        cols.iter().map(|c| c.chips.len()).sum::<usize>(),
        d.paired().count()
    );
    // Elimination or below-high confidence makes a chip tentative.
    for chip in cols.iter().flat_map(|c| &c.chips) {
        let f = &chip.pairing.exit_year;
        assert_eq!(
            chip.tentative,
            f.method == Some(Method::Elimination) || f.confidence != Some(Confidence::High)
        );
    }
}

#[test]
fn fits_narrow_and_wide() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in [300.0, 320.0, 360.0, 720.0, 1000.0, 1100.0] {
            let spec = spec(&d, locale, width, &[]);
            assert_fits(&spec);
            assert!(spec.height > 100.0, "{locale:?} {width}");
        }
    }
}

#[test]
fn columns_when_wide_rows_when_narrow() {
    let d = dataset();
    let cols = series(&d, &[]);
    let wide = place(&cols, Locale::ZhHans, 1000.0);
    assert!(wide.headers.iter().all(|h| h.rule.is_some()));
    // Column headers side by side on one line.
    let ys: Vec<f64> = wide.headers.iter().map(|h| h.y).collect();
    assert!(ys.windows(2).all(|w| w[0] == w[1]));
    let narrow = place(&cols, Locale::ZhHans, 320.0);
    assert!(narrow.headers.iter().all(|h| h.rule.is_none()));
    let ys: Vec<f64> = narrow.headers.iter().map(|h| h.y).collect();
    assert!(ys.windows(2).all(|w| w[0] < w[1]));
    // In columns every chip is as wide as its column.
    let col_w = (1000.0 - COL_GAP * (cols.len() as f64 - 1.0)) / cols.len() as f64;
    for b in wide.chips.iter().flatten() {
        assert_eq!(b.w, col_w);
    }
}

#[test]
fn one_mark_per_county_with_its_key() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 720.0, &[]);
    assert_eq!(spec.marks.len(), d.paired().count());
    let mark_keys: Vec<String> = spec.marks.iter().map(|m| m.key.clone()).collect();
    assert_eq!(keys(&spec), mark_keys);
    let fuping = spec.marks.iter().find(|m| m.key == "130624").unwrap();
    assert_eq!(fuping.title, "阜平县");
    assert!(fuping.lines.contains(&"保定市".to_owned()));
    assert!(fuping.lines.contains(&"结对城市：北京".to_owned()));
    assert!(fuping.lines.contains(&"脱贫摘帽：2020年".to_owned()));
    assert!(fuping.lines.iter().any(|l| l.starts_with("2019年度批次")));
    assert!(
        fuping
            .lines
            .contains(&"可信度：高（来源直接说明）".to_owned())
    );
    assert!(fuping.lines.contains(&"来源：S05、S09、S18".to_owned()));
    assert_eq!(fuping.tone, Some(Tone::Beijing));
    // Reading order: by year, then dataset order.
    let years: Vec<u16> = spec
        .marks
        .iter()
        .map(|m| d.county(&m.key).unwrap().pairing.as_ref().unwrap())
        .map(|p| p.exit_year.value.unwrap())
        .collect();
    assert!(years.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn highlight_mutes_the_others() {
    let d = dataset();
    let spec = spec(&d, Locale::En, 720.0, &["130624".to_owned()]);
    let muted = spec
        .marks
        .iter()
        .filter(|m| m.tone == Some(Tone::Muted))
        .count();
    assert_eq!(muted, d.paired().count() - 1);
    let xml = Node::from(spec.svg()).to_xml();
    assert!(xml.contains(r#"data-key="130624"><rect x="#));
    assert!(xml.contains("c-muted"));
}

#[test]
fn table_lists_every_county_with_raw_years() {
    let d = dataset();
    let spec = spec(&d, Locale::En, 720.0, &[]);
    assert_eq!(spec.table.rows.len(), d.paired().count());
    assert_eq!(spec.table.columns.len(), 6);
    let row = spec
        .table
        .rows
        .iter()
        .position(|r| r[0] == "Fuping County")
        .unwrap();
    assert_eq!(
        spec.table.rows[row],
        vec![
            "Fuping County",
            "Baoding",
            "Beijing",
            "2020",
            "high",
            "S05, S09, S18"
        ]
    );
    assert_eq!(spec.table.raw[row][3].as_deref(), Some("2020"));
    let zh = super::spec(&d, Locale::ZhHans, 720.0, &[]);
    assert!(zh.table.rows.iter().any(|r| r[3] == "2020年"));
}

#[test]
fn takeaway_counts_the_last_batch() {
    let d = dataset();
    assert_eq!(
        takeaway(&d, Locale::ZhHans).unwrap(),
        "13个县在最后一批（2020年）摘帽，其中包括全部10个深度贫困县。"
    );
    assert_eq!(
        takeaway(&d, Locale::ZhHant).unwrap(),
        "13個縣在最後一批（2020年）摘帽，其中包括全部10個深度貧困縣。"
    );
    assert_eq!(
        takeaway(&d, Locale::En).unwrap(),
        "13 counties left the poverty list in the last batch (2020), including all 10 deep-poverty counties."
    );
}

#[test]
fn summary_and_source() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 720.0, &[]);
    assert_eq!(
        spec.summary,
        "28个结对县按摘帽年份：2017年1个、2018年2个、2019年12个、2020年13个。最多的是2020年（13个县），最少的是2017年（1个县）。"
    );
    assert!(
        spec.source
            .starts_with("来源：河北日报，2020年12月19日；县级资料：S01至")
    );
    assert!(!spec.source.contains("H00"));
    assert_eq!(spec.title, "28个结对县的脱贫摘帽年份");
}

#[test]
fn unknown_exit_year_gets_its_own_column() {
    let mut d = dataset();
    let county = d.counties.iter_mut().find(|c| c.code == "130624").unwrap();
    let p = county.pairing.as_mut().unwrap();
    p.exit_year.value = None;
    p.exit_year.sources.clear();
    p.exit_year.confidence = None;
    p.exit_year.note = None;
    let spec = spec(&d, Locale::ZhHans, 720.0, &[]);
    assert_fits(&spec);
    let last = spec.marks.last().unwrap();
    assert_eq!(last.key, "130624");
    assert!(last.lines.contains(&"脱贫摘帽：未知".to_owned()));
    let row = spec.table.rows.last().unwrap();
    assert_eq!(row[3], "未知");
    assert_eq!(spec.table.raw.last().unwrap()[3], None);
    // Never counted as an exit year; the takeaway now finds 9 of 10 in the last batch.
    assert_eq!(
        takeaway(&d, Locale::ZhHans).unwrap(),
        "12个县在最后一批（2020年）摘帽，其中有9个深度贫困县（共10个）。"
    );
    let xml = Node::from(spec.svg()).to_xml();
    assert!(xml.contains(">未知</text>"));
    assert_fits(&super::spec(&d, Locale::En, 320.0, &[]));
}
