//! Checks shared by every list: ids well formed and unique, amounts finite and written
//! as their source prints them.

use std::collections::HashSet;

use super::{Checker, MAX_ID_CHARS};
use crate::core::decimal::Decimal;
use crate::core::json::brief_number;

/// Decimals a figure may have: every source prints at most two (20.46%); four leave room.
const MAX_DECIMALS: i32 = 4;

impl Checker<'_> {
    pub(super) fn unique<'b>(&mut self, path: &str, ids: impl Iterator<Item = &'b str>) {
        let noun = if path == "counties" { "code" } else { "id" };
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.err(
                    format!("{path}[{i}]"),
                    format!("expected a unique {noun}, found \"{id}\" a second time"),
                );
            }
        }
    }

    /// Ids of figures, projects, places and sentences, at `{path}[i].id`.
    pub(super) fn ids<'b>(&mut self, path: &str, ids: impl Iterator<Item = &'b str>) {
        for (i, id) in ids.enumerate() {
            if !is_id(id) {
                let shown: String = id.chars().take(MAX_ID_CHARS + 1).collect();
                self.err(
                    format!("{path}[{i}].id"),
                    format!(
                        "expected an id of 1 to {MAX_ID_CHARS} lowercase letters, digits and _, \
                         found \"{shown}\""
                    ),
                );
            }
        }
    }

    pub(super) fn amount(&mut self, path: &str, v: f64) {
        if !v.is_finite() {
            self.err(path, "expected a finite number");
        } else if v < 0.0 {
            self.err(
                path,
                format!(
                    "expected a number of zero or more, found {}",
                    brief_number(v)
                ),
            );
        } else if v >= 1e15 {
            self.err(
                path,
                format!("expected a number below 10^15, found {}", brief_number(v)),
            );
        } else if Decimal::from_f64(v).is_none_or(|d| d.exp < -MAX_DECIMALS) {
            // Shown as written: 20.459999999999997 would print as such (the source says
            // 20.46), and 1e-40 as the sign for unknown.
            self.err(
                path,
                format!(
                    "expected a number with at most {MAX_DECIMALS} decimals, as its source prints it, found {}",
                    brief_number(v)
                ),
            );
        }
    }
}

/// Ids name figures, projects and places in links and the page's address: plain snake_case.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}
