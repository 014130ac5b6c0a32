//! The labour chart's tests.

use super::super::check::{assert_fits, assert_whole_pixels, dataset, keys};
use super::*;

const WIDTHS: [f64; 6] = [320.0, 390.0, 559.0, 640.0, 1000.0, 1100.0];

#[test]
fn fits_from_phone_to_desktop() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = spec(&d, locale, width);
            assert_fits(&spec);
            assert!(spec.height > 60.0, "{locale:?} {width}");
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
fn one_scale_for_every_bar() {
    let d = dataset();
    for width in [320.0, 640.0, 1100.0] {
        let rows = series(&d, Locale::ZhHans);
        let l = place(&rows, None, width);
        let len = |p: &crate::core::charts::bars::BarPlace| p.segs.iter().map(|s| s.w).sum::<f64>();
        let (a, b) = (&l.rows[0], &l.rows[1]);
        let want = rows[0].fig.value / rows[1].fig.value;
        assert!((len(a) / len(b) - want).abs() < 0.02, "{width}");
        // Beijing's and Tianjin's parts touch and keep their ratio.
        let [bj, tj] = [&a.segs[0], &a.segs[1]];
        assert_eq!(bj.x + bj.w, tj.x);
        let split = rows[0].fig.split.as_ref().unwrap();
        let want = split.beijing.value / split.tianjin.value;
        assert!((bj.w / tj.w - want).abs() < 0.05, "{width}");
    }
}

#[test]
fn keys_marks_and_words() {
    let d = dataset();
    let spec = spec(&d, Locale::En, 640.0);
    assert_eq!(
        keys(&spec),
        [
            "workers_returned:beijing",
            "workers_returned:tianjin",
            "trainees",
            "new_placements"
        ]
    );
    assert_eq!(spec.marks.len(), 4);
    assert_eq!(
        spec.marks[0].lines,
        ["3,256", "59.9% of the total 5,437", "period not stated"]
    );
    assert_eq!(spec.marks[2].lines, ["14,080", "period not stated"]);
    let xml: String = spec.body.iter().map(Node::to_xml).collect();
    assert!(xml.contains(">Beijing 3,256<") && xml.contains(">Tianjin 2,181<"));
    assert!(xml.contains(">Training classes held: 425<"), "{xml}");
    assert_eq!(
        spec.takeaway.as_deref(),
        Some(
            "425 training classes trained 14,080 people; 5,437 poor workers were taken back to jobs in Beijing and Tianjin, 3,256 of them to Beijing and 2,181 to Tianjin."
        )
    );
    let zh = super::spec(&d, Locale::ZhHans, 390.0);
    assert_eq!(
        zh.takeaway.as_deref(),
        Some(
            "举办培训班425期，培训14080人；“点对点”返岗京津的贫困劳动力5437名，其中北京3256名、天津2181名。"
        )
    );
    let zh_xml: String = zh.body.iter().map(Node::to_xml).collect();
    assert!(zh_xml.contains("1.408万人"), "{zh_xml}");
    assert_eq!(
        zh.summary,
        "劳务协作的3项人数，同一比例尺。最多的是培训人数（14080人），最少的是新增组织到京津就业的贫困人口（4097名）。"
    );
    let hant = super::spec(&d, Locale::ZhHant, 1100.0);
    assert!(hant.takeaway.unwrap().starts_with("舉辦培訓班425期"));
}

#[test]
fn table_lists_every_labour_figure_but_the_students() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 640.0);
    let firsts: Vec<&str> = spec.table.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        firsts,
        [
            "“点对点”返岗京津的贫困劳动力",
            "举办培训班",
            "培训人数",
            "新增组织到京津就业的贫困人口"
        ]
    );
    assert_eq!(spec.table.rows[0][1..4], ["5437名", "3256名", "2181名"]);
    assert_eq!(spec.table.rows[1][1], "425期");
    let csv = spec.table.to_csv();
    assert!(csv.contains(",5437,3256,2181,"), "{csv}");
    assert!(csv.contains(",14080,,,"), "{csv}");
}
