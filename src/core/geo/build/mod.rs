//! The build-time converter: GeoJSON in, `data/geometry.json` out (run by the `geodata`
//! binary). It cleans, repairs, builds the shared-border topology, simplifies and quantizes.
//! None of it runs in the page, and it is not compiled for wasm32, so the page cannot grow
//! by using it by accident: the page reads the file with [`super::decode`] alone.

pub mod clean;
pub mod convert;
pub mod quantize;
#[cfg(test)]
mod real_file;
pub mod repair;
pub mod simplify;
pub mod source;
pub mod summary;
pub mod topology;
mod write;
