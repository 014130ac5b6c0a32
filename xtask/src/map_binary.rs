//! The first view's binary (`src/bin/map.rs`), built beside trunk's `app`: trunk builds one
//! main binary per page, so this one goes through the same three tools by hand, with the
//! same versions and options: cargo (same profile and features as trunk's build, so it
//! shares its compiled crates), wasm-bindgen (`--target web`) and binaryen's wasm-opt with
//! the parameters `index.html` gives trunk. The files land in `dist/` with a content hash
//! in their names, as trunk names its own; `prerender` finds them there.

use std::path::Path;

use crate::util::{Cmd, root, step};

const FEATURES: &str = "csr,hydration";

pub fn build() -> Result<(), String> {
    step("first-view binary (map)");
    let root = root();
    Cmd::new("cargo")
        .args([
            "build",
            "--release",
            "--offline",
            "--target",
            "wasm32-unknown-unknown",
            "--features",
            FEATURES,
            "--bin",
            "map",
        ])
        .dir(&root)
        .run()?;
    let out = root.join("target/map-bindgen");
    let _ = std::fs::remove_dir_all(&out);
    let input = root.join("target/wasm32-unknown-unknown/release/map.wasm");
    Cmd::new("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-dir",
            &out.to_string_lossy(),
            &input.to_string_lossy(),
        ])
        .dir(&root)
        .tools_path()
        .run()?;
    let (level, params) = wasm_opt_options(&root)?;
    let optimised = out.join("map_bg.opt.wasm");
    Cmd::new("wasm-opt")
        .args([format!("-O{level}")])
        .args(params.split_whitespace())
        .args([
            &*out.join("map_bg.wasm").to_string_lossy(),
            "-o",
            &*optimised.to_string_lossy(),
        ])
        .dir(&root)
        .tools_path()
        .run()?;
    let wasm = read(&optimised)?;
    let js = String::from_utf8(read(&out.join("map.js"))?).map_err(|e| e.to_string())?;
    let hash = format!("{:016x}", fnv(&wasm) ^ fnv(js.as_bytes()));
    let dist = root.join("dist");
    write(&dist.join(format!("map-{hash}_bg.wasm")), &wasm)?;
    // The glue's default wasm URL names the unhashed file; boot.js passes the hashed one.
    write(
        &dist.join(format!("map-{hash}.js")),
        js.replace("map_bg.wasm", &format!("map-{hash}_bg.wasm"))
            .as_bytes(),
    )?;
    eprintln!("map binary: dist/map-{hash}_bg.wasm ({} bytes)", wasm.len());
    Ok(())
}

/// The level and parameters of `data-wasm-opt` and `data-wasm-opt-params` in `index.html`,
/// so both binaries are optimised alike.
fn wasm_opt_options(root: &Path) -> Result<(String, String), String> {
    let html = String::from_utf8(read(&root.join("index.html"))?).map_err(|e| e.to_string())?;
    let attr = |name: &str| -> Option<String> {
        let key = format!("{name}=\"");
        let at = html.find(&key)? + key.len();
        Some(html[at..at + html[at..].find('"')?].to_owned())
    };
    let level = attr("data-wasm-opt").ok_or("index.html: no data-wasm-opt")?;
    let params = attr("data-wasm-opt-params").unwrap_or_default();
    Ok((level, params))
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
