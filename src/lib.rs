//! 京津帮扶助力河北脱贫攻坚: an interactive news graphic of Beijing's and Tianjin's paired aid to
//! 28 counties of Zhangjiakou, Chengde and Baoding, 2016-2020.

// No panics on data or browser paths: `unwrap`, `expect`, `panic!` and their kin are
// errors outside tests (`#[cfg(test)]` modules and `tests/` may unwrap). Failures become
// `DataError`s or quiet fallbacks instead; the panic hook in `src/bin/app.rs` covers the
// rest. Indexing (`clippy::indexing_slicing`) is not denied: the geometry and layout code
// index arrays whose bounds the decoder has proven (about 250 places), and the corpus,
// the property tests and the never-panics tests of `core::geo::decode` exercise those paths.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::todo,
        clippy::unimplemented,
        clippy::unreachable
    )
)]
pub mod browser;
pub mod core;
#[cfg(all(feature = "csr", feature = "hydration"))]
pub mod start;
pub mod ui;
