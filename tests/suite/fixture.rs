//! What the test modules share: the real data files, and one snapshot check.

use jingjin_aid::core::bundle::Bundle;
use jingjin_aid::core::charts::ChartSpec;
use jingjin_aid::core::load::parse_dataset;
use jingjin_aid::core::model::Dataset;
use jingjin_aid::core::svg::Node;

/// A file of the repository, by its path from the root.
pub fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// `data/dataset.json`, read and checked.
pub fn dataset() -> Dataset {
    parse_dataset(&read("data/dataset.json"), "data/dataset.json").expect("real data loads")
}

/// Both real files, as the page loads them.
pub fn bundle() -> Bundle {
    Bundle::from_texts(
        Ok(read("data/dataset.json")),
        Ok(read("data/geometry.json")),
    )
    .expect("real data loads")
}

/// A chart as its snapshot holds it: the SVG, one element per line (so diffs read well),
/// then the takeaway as an XML comment (open the file in a browser to look at it).
pub fn chart_text(spec: &ChartSpec) -> String {
    let xml = Node::from(spec.svg()).to_xml().replace("><", ">\n<");
    let takeaway = spec.takeaway.as_deref().unwrap_or("").replace("--", "- -");
    format!("{xml}\n<!-- takeaway: {takeaway} -->\n")
}

/// Compares `text` with `tests/snapshots/<name>`, or writes it when `UPDATE_SNAPSHOTS` is
/// set. A mismatch leaves the new output beside the snapshot as `<name>.changed`.
pub fn snapshot(name: &str, text: &str) -> Result<(), String> {
    let path = format!("{}/tests/snapshots/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        if let Some(dir) = std::path::Path::new(&path).parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(&path, text).unwrap();
        return Ok(());
    }
    let want = std::fs::read_to_string(&path)
        .map_err(|_| format!("no snapshot {path}; run with UPDATE_SNAPSHOTS=1"))?;
    if want != text {
        let changed = format!("{path}.changed");
        std::fs::write(&changed, text).unwrap();
        return Err(format!(
            "{name} differs from its snapshot; the new output is in {changed}"
        ));
    }
    Ok(())
}

/// Every chart case against its snapshot under `tests/snapshots/charts/`, all mismatches
/// reported at once.
pub fn check_charts(cases: &[(String, ChartSpec)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(name, spec)| snapshot(&format!("charts/{name}"), &chart_text(spec)).err())
        .collect();
    assert!(
        failures.is_empty(),
        "snapshots differ:\n{}",
        failures.join("\n")
    );
}
