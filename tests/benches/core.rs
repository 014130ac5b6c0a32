//! Micro-benchmarks of the pure core, so a regression shows without a browser:
//! `cargo bench --bench core` (part of `cargo xtask bench`).

// The real files are known good: a benchmark that cannot read them may stop.
#![allow(clippy::expect_used)]

use divan::Bencher;
use jingjin_aid::core::charts;
use jingjin_aid::core::geo::Geometry;
use jingjin_aid::core::load::parse_dataset;
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::map_layers::{MapLayer, classify};
use jingjin_aid::core::map_model::MapModel;

fn main() {
    divan::main();
}

const DATASET: &str = include_str!("../../data/dataset.json");
const GEOMETRY: &str = include_str!("../../data/geometry.json");

#[divan::bench]
fn dataset_parse_and_validate() {
    divan::black_box(parse_dataset(divan::black_box(DATASET), "data/dataset.json").is_ok());
}

#[divan::bench]
fn geometry_parse() {
    divan::black_box(Geometry::parse(divan::black_box(GEOMETRY), "data/geometry.json").is_ok());
}

/// Projection, arcs to SVG paths for all 51 units, meshes and neighbours.
#[divan::bench]
fn map_placement(bencher: Bencher) {
    let dataset = parse_dataset(DATASET, "data/dataset.json").expect("dataset");
    let geometry = Geometry::parse(GEOMETRY, "data/geometry.json").expect("geometry");
    bencher.bench(|| MapModel::new(&dataset, &geometry, "data/geometry.json").is_ok());
}

#[divan::bench]
fn map_layer_classification(bencher: Bencher) {
    let d = parse_dataset(DATASET, "data/dataset.json").expect("dataset");
    bencher.bench(|| {
        classify(&d, MapLayer::ExitYear, Locale::ZhHans)
            .legend
            .len()
    });
}

#[divan::bench(args = [360.0, 720.0, 1100.0])]
fn chart_placement(bencher: Bencher, width: f64) {
    // The dataset alone (the bundle shares it in an `Rc`, which divan's threads cannot).
    let d = &parse_dataset(DATASET, "data/dataset.json").expect("dataset");
    bencher.bench(|| {
        let l = Locale::ZhHans;
        divan::black_box(charts::partners::spec(d, l, width, false, None).marks.len())
            + divan::black_box(charts::pairing::spec(d, l, width).marks.len())
            + divan::black_box(charts::incidence::spec(d, l, width).marks.len())
            + divan::black_box(charts::industry::spec(d, l, width).marks.len())
            + divan::black_box(charts::labour::spec(d, l, width).marks.len())
            + divan::black_box(charts::vocational::spec(d, l, width).marks.len())
            + divan::black_box(charts::timeline::spec(d, l, width, &[]).marks.len())
            + divan::black_box(
                charts::cities::spec(d, l, width, charts::cities::CityMetric::Paired)
                    .marks
                    .len(),
            )
    });
}
