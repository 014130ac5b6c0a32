//! The pure core: no yew, web-sys, gloo or wasm-bindgen in here (a test enforces it).
//! Data model and validation, number formatting, i18n, projection and SVG paths, layout.

pub mod announce;
pub mod bundle;
pub mod charts;
pub mod county_compare;
pub mod dataset_read;
pub mod decimal;
pub mod embed;
pub mod error;
pub mod format;
pub mod geo;
pub mod json;
pub mod json_path;
pub mod keys;
pub mod load;
pub mod locale;
pub mod map_layers;
pub mod map_model;
pub mod map_partners;
pub mod map_targets;
pub mod map_view;
pub mod model;
pub mod page_text;
pub mod panel;
pub mod refs;
pub mod sort;
pub mod source_text;
pub mod state;
pub mod store;
pub mod story_text;
pub mod strings;
pub mod svg;
pub mod table;
pub mod url;
pub mod validate;
pub mod words;
