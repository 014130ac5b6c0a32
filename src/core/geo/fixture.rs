//! A tiny geometry file for the decoder and path tests.
//!
//! ```text
//!  A (0..4) | B (4..8)      C (10..20 × 0..10) with a hole 13..16 × 3..6 filled by D
//! ```
//! Arcs: 0 the border A|B, 1 the rest of A, 2 the rest of B, 3 C's outline, 4 the hole
//! (C walks it forwards, D backwards).

use serde_json::{Value, json};

/// The fixture as a JSON value, to be mutated by tests.
pub fn value() -> Value {
    json!({
        "format": "jingjin-geo/1",
        "source": "test",
        "projection": {"name": "albers", "lon0": 116.5, "lat0": 40, "parallels": [39, 42],
                       "scale": 1000.0, "x0": -0.01, "y0": 0.005},
        "width": 20,
        "height": 10,
        "arcs": [
            [4, 0, 0, 4],
            [4, 4, -4, 0, 0, -4, 4, 0],
            [4, 0, 4, 0, 0, 4, -4, 0],
            [10, 0, 10, 0, 0, 10, -10, 0, 0, -10],
            [13, 3, 0, 3, 3, 0, 0, -3, -3, 0]
        ],
        "units": [
            {"code": "110101", "name": "甲", "polygons": [[[0, 1]]], "label": [2, 2]},
            {"code": "110102", "name": "乙", "polygons": [[[2, -1]]], "label": [6, 2]},
            {"code": "110103", "name": "丙", "polygons": [[[3], [4]]], "label": [11, 5]},
            {"code": "110104", "name": "丁", "polygons": [[[-5]]], "label": [14, 4]}
        ]
    })
}

/// The fixture as compact JSON text.
pub fn text() -> String {
    value().to_string()
}
