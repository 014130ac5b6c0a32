//! Every integration test in one crate: one build and one link step instead of ten (each
//! test binary is about 60 MB of debug code linked against the whole library). Each module
//! is one subject; `cargo test --test suite <module>` runs one of them.
//!
//! Tests may unwrap, expect and panic: a failure here is a failed test, not a reader's.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable
)]

mod calibration;
mod charts;
mod contrast;
mod corpus;
mod dataset;
mod fixture;
mod map_layers;
mod proptest_dataset;
mod purity;
mod render;
