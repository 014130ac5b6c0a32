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

/// `html` with the inside of every chart plot (`<svg class="chart__svg ...">`) left out: the
/// plots are stored once, in `tests/snapshots/charts/`. The opening tag stays, so a change
/// of a plot's size still shows in the page's snapshot.
pub fn without_plots(html: &str) -> String {
    const OPEN: &str = "<svg class=\"chart__svg";
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(OPEN) {
        let tag_end = i + rest[i..].find('>').expect("a closed tag") + 1;
        out.push_str(&rest[..tag_end]);
        // Nested <svg> elements close before the plot does.
        let mut depth = 1;
        let mut at = tag_end;
        while depth > 0 {
            let next_open = rest[at..].find("<svg").map(|k| at + k);
            let next_close = at + rest[at..].find("</svg>").expect("a closed plot");
            match next_open {
                Some(o) if o < next_close => {
                    depth += 1;
                    at = o + 4;
                }
                _ => {
                    depth -= 1;
                    at = next_close + 6;
                }
            }
        }
        out.push_str("<!-- plot: tests/snapshots/charts/ --></svg>");
        rest = &rest[at..];
    }
    out.push_str(rest);
    out
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
