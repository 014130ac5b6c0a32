//! The vocational chart's tests.

use super::super::check::{assert_fits, assert_whole_pixels, dataset, keys};
use super::*;
use crate::core::svg::Element;

const WIDTHS: [f64; 4] = [320.0, 390.0, 640.0, 1100.0];

/// The squares of a path: (x, y, size) of each `M x y h s v s h-s z`.
fn squares(d: &str) -> Vec<(u32, u32, u32)> {
    d.split('M')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (xy, rest) = p.split_once('h').expect("h");
            let (x, y) = xy.split_once(' ').expect("x y");
            let s = rest.split_once('v').expect("v").0;
            (x.parse().unwrap(), y.parse().unwrap(), s.parse().unwrap())
        })
        .collect()
}

fn path_of<'a>(spec: &'a ChartSpec, key: &str) -> &'a Element {
    spec.body
        .iter()
        .find_map(|n| match n {
            Node::Element(e) if e.get("data-key") == Some(key) => match &e.children[0] {
                Node::Element(p) => Some(p),
                Node::Text(_) => None,
            },
            _ => None,
        })
        .expect("a path")
}

#[test]
fn one_square_per_student_and_the_employed_filled() {
    let d = dataset();
    let students = d.figure(STUDENTS).unwrap().value as usize;
    let employed = d.figure(EMPLOYED).unwrap().value as usize;
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = spec(&d, locale, width);
            let filled = squares(path_of(&spec, "employed").get("d").unwrap());
            let other = squares(path_of(&spec, "students").get("d").unwrap());
            assert_eq!(filled.len(), employed, "{locale:?} {width}");
            assert_eq!(filled.len() + other.len(), students, "{locale:?} {width}");
            assert_eq!(
                path_of(&spec, "employed").get("class"),
                Some(Tone::Hebei.fill_class())
            );
            // No two squares share a place.
            let mut all: Vec<(u32, u32)> = filled
                .iter()
                .chain(&other)
                .map(|&(x, y, _)| (x, y))
                .collect();
            all.sort_unstable();
            all.dedup();
            assert_eq!(all.len(), students);
        }
    }
    // Read from the data: another count gives another number of squares.
    let mut d = dataset();
    d.figures
        .iter_mut()
        .find(|f| f.id == EMPLOYED)
        .unwrap()
        .value = 7.0;
    let spec = spec(&d, Locale::En, 640.0);
    assert_eq!(
        squares(path_of(&spec, "employed").get("d").unwrap()).len(),
        7
    );
}

#[test]
fn fits_from_phone_to_desktop() {
    let d = dataset();
    for locale in Locale::ALL {
        for width in WIDTHS {
            let spec = spec(&d, locale, width);
            assert_fits(&spec);
            for key in ["employed", "students"] {
                for (x, y, s) in squares(path_of(&spec, key).get("d").unwrap()) {
                    assert!(
                        f64::from(x + s) <= spec.width && f64::from(y + s) <= spec.height,
                        "{locale:?} {width}: square at {x},{y}"
                    );
                }
            }
            assert_eq!(spec.width.fract(), 0.0);
            assert_eq!(spec.height.fract(), 0.0);
            assert!(spec.height < 400.0, "{locale:?} {width}: {}", spec.height);
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
fn words_in_three_languages() {
    let d = dataset();
    let want = [
        (
            Locale::ZhHans,
            "828人中，90人已实现就业",
            "到京津就读职业院校的贫困家庭学生有828人，其中90人已实现就业；文章未说明其余学生是否仍在读。",
        ),
        (
            Locale::ZhHant,
            "828人中，90人已實現就業",
            "到京津就讀職業院校的貧困家庭學生有828人，其中90人已實現就業；文章未說明其餘學生是否仍在讀。",
        ),
        (
            Locale::En,
            "90 of 828 in work",
            "Of the 828 students from poor families at vocational schools in Beijing and Tianjin, 90 have found jobs; the article does not say whether the others are still at school.",
        ),
    ];
    for (locale, annotation, takeaway) in want {
        let spec = spec(&d, locale, 640.0);
        let xml: String = spec.body.iter().map(Node::to_xml).collect();
        assert!(
            xml.contains(&format!(">{annotation}<")),
            "{locale:?}: {xml}"
        );
        assert_eq!(spec.takeaway.as_deref(), Some(takeaway));
        assert_eq!(keys(&spec), ["employed", "students"]);
        assert_eq!(spec.marks.len(), 2);
        assert!(spec.summary.contains("10.9%"), "{}", spec.summary);
    }
    let en = spec(&d, Locale::En, 390.0);
    assert_eq!(
        en.marks[0].lines,
        ["90", "10.9% of the 828 students", "period not stated"]
    );
}

#[test]
fn table_holds_the_exact_figures() {
    let d = dataset();
    let spec = spec(&d, Locale::ZhHans, 640.0);
    assert_eq!(spec.table.rows.len(), 2);
    assert_eq!(spec.table.rows[0][1], "828人");
    assert_eq!(spec.table.rows[1][1], "90人");
    assert_eq!(spec.table.rows[1][2], "10.9%");
    let csv = spec.table.to_csv();
    assert!(csv.contains(",828,,") && csv.contains(",90,10.9,"), "{csv}");
    assert_eq!(spec.source, "来源：河北日报，2020年12月19日");
}
