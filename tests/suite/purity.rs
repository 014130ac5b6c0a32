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
