//! The core stays pure: no browser or framework crate in `src/core/`, and nothing of the
//! layers above it (`ui`, `browser`, `start`), so it tests with plain `cargo test` and could
//! move into its own crate unchanged.

use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn core_uses_no_browser_or_framework_crate() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"),
        &mut files,
    );
    assert!(files.len() > 5);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for banned in ["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys"] {
                assert!(
                    !code.contains(&format!("{banned}::"))
                        && !code.contains(&format!("use {banned}")),
                    "{}:{}: the core must not use {banned}",
                    file.display(),
                    n + 1
                );
            }
            for layer in ["crate::ui", "crate::browser", "crate::start"] {
                assert!(
                    !code.contains(layer),
                    "{}:{}: the core must not reach up into {layer}",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

/// The ui's modules depend on each other one way: no module reaches, through `super::`,
/// a module that reaches back to it. A cycle would tie the page's parts into one knot
/// (as `app -> graphic -> story -> app` once did).
#[test]
fn ui_modules_form_no_cycle() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let name = |p: &Path| p.file_stem().unwrap().to_string_lossy().into_owned();
    let modules: Vec<String> = files.iter().map(|p| name(p)).collect();
    let uses: std::collections::BTreeMap<String, Vec<String>> = files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let mut to: Vec<String> = modules
                .iter()
                .filter(|m| *m != "mod" && text.contains(&format!("super::{m}::")))
                .cloned()
                .collect();
            to.sort();
            (name(p), to)
        })
        .collect();
    // Depth-first search from every module; a module met again on the current path is a
    // cycle.
    fn visit(
        m: &str,
        uses: &std::collections::BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) {
        if let Some(at) = path.iter().position(|p| p == m) {
            panic!(
                "ui modules form a cycle: {} -> {m}",
                path[at..].join(" -> ")
            );
        }
        if !done.insert(m.to_owned()) {
            return;
        }
        path.push(m.to_owned());
        for next in uses.get(m).into_iter().flatten() {
            visit(next, uses, path, done);
        }
        path.pop();
    }
    let mut done = std::collections::BTreeSet::new();
    for m in uses.keys() {
        visit(m, &uses, &mut Vec::new(), &mut done);
    }
    assert!(uses.len() > 10);
}
