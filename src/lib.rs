//! 京津帮扶助力河北脱贫攻坚: an interactive news graphic of Beijing's and Tianjin's paired aid to
//! 28 counties of Zhangjiakou, Chengde and Baoding, 2016-2020.

// No unwrap, expect or panic outside tests: see `[lints]` in Cargo.toml.
pub mod browser;
pub mod core;
#[cfg(all(feature = "csr", feature = "hydration"))]
pub mod start;
pub mod ui;
