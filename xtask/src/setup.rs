//! Installs what a fresh machine lacks, and nothing it already has. Every step checks
//! first, so a warm machine pays a few milliseconds.
//!
//! Pinned: trunk 0.21.14 (0.22 needs a newer rustc than 1.95), wasm-bindgen-cli equal to the
//! `wasm-bindgen` version in Cargo.lock, binaryen 132 (Debian's 108 cannot read what rustc
//! 1.95 emits) and playwright-core from `tests/e2e/package-lock.json`.

use std::path::Path;

use crate::util::{Cmd, cargo_bin, root, step};

const TRUNK_VERSION: &str = "0.21.14";

/// Installs the build tools, and the browser too when `browser` is set.
pub fn all(browser: bool) -> Result<(), String> {
    step("setup: checking tools");
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    node_modules()?;
    if browser {
        chromium()?;
    }
    Ok(())
}

fn wasm_target() -> Result<(), String> {
    let installed = Cmd::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return Ok(());
    }
    Cmd::new("rustup")
        .args(["target", "add", "wasm32-unknown-unknown"])
        .run()
}

fn tool_version(program: &str) -> Option<String> {
    let path = cargo_bin().join(program);
    let program = if path.exists() {
        path.to_string_lossy().into_owned()
    } else {
        program.to_owned()
    };
    Cmd::new(&program).args(["--version"]).output()
}

fn trunk() -> Result<(), String> {
    if tool_version("trunk").is_some_and(|v| v.contains(TRUNK_VERSION)) {
        return Ok(());
    }
    eprintln!("installing trunk {TRUNK_VERSION} (about 7 minutes on 2 cores)");
    Cmd::new("cargo")
        .args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"])
        .run()
}

/// The `wasm-bindgen` version Cargo.lock resolved; the CLI must match it exactly.
fn locked_wasm_bindgen() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(v.trim_end_matches('"').to_owned());
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".to_owned())
}

fn wasm_bindgen() -> Result<(), String> {
    let want = locked_wasm_bindgen()?;
    if tool_version("wasm-bindgen").is_some_and(|v| v.split_whitespace().nth(1) == Some(&want)) {
        return Ok(());
    }
    eprintln!("installing wasm-bindgen-cli {want} (about 4 minutes)");
    // No --locked: it fails against this registry (see README).
    Cmd::new("cargo")
        .args(["install", "wasm-bindgen-cli", "--version", &want])
        .run()
}

fn node_modules() -> Result<(), String> {
    npm_ci("tests/e2e")
}

/// The benchmark's own packages (the ECharts peer's libraries, Lighthouse), kept out of
/// the test command's install.
pub fn bench_modules() -> Result<(), String> {
    npm_ci("tests/e2e/bench")
}

/// `npm ci` in `folder` unless its node_modules is newer than its lock file.
fn npm_ci(folder: &str) -> Result<(), String> {
    let dir = root().join(folder);
    let marker = dir.join("node_modules/.package-lock.json");
    let lock = dir.join("package-lock.json");
    if is_newer(&marker, &lock) {
        return Ok(());
    }
    Cmd::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .dir(&dir)
        .run()
}

/// True when `a` exists and is at least as new as `b`.
fn is_newer(a: &Path, b: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(a), modified(b)) {
        (Some(a), Some(b)) => a >= b,
        _ => false,
    }
}

/// Debian's Chromium and CJK fonts (for readable screenshots). Playwright's own browser
/// download does not work here, so the tests drive this one.
fn chromium() -> Result<(), String> {
    let have_browser = Path::new("/usr/bin/chromium").exists();
    let have_fonts = Path::new("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").exists();
    if have_browser && have_fonts {
        return Ok(());
    }
    let root_user = Cmd::new("id")
        .args(["-u"])
        .output()
        .is_some_and(|u| u.trim() == "0");
    let apt = |args: &[&str]| {
        let cmd = if root_user {
            Cmd::new("apt-get")
        } else {
            Cmd::new("sudo").args(["apt-get"])
        };
        cmd.args(args).env("DEBIAN_FRONTEND", "noninteractive")
    };
    apt(&["update"]).run()?;
    apt(&[
        "install",
        "-y",
        "--no-install-recommends",
        "chromium",
        "fonts-noto-cjk",
    ])
    .run()
}
