//! The converter's one-line report: what went in, what was repaired, what came out.

use std::fmt;

/// Figures for the one-line report.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Units written.
    pub units: usize,
    /// Partner districts written.
    pub partners: usize,
    /// Arcs written.
    pub arcs: usize,
    /// Points read (every ring position, closing points included).
    pub points_in: usize,
    /// Zero-length edges in the input.
    pub zero_length_in: usize,
    /// Points after removing duplicates and spikes, counted per ring.
    pub points_source: usize,
    /// Tiny loops cut out of the source rings.
    pub loops_cut: usize,
    /// Vertices inserted where a corner lay on another unit's edge.
    pub t_junctions: usize,
    /// Gaps between units given to a neighbour.
    pub gaps_filled: usize,
    /// Zero-width slits replaced by holes.
    pub slits_cut: usize,
    /// Polygons merged into another polygon of the same unit they share a border with.
    pub polygons_merged: usize,
    /// Source points moved off their nearest grid point to repair rounding defects.
    pub moved: usize,
    /// Points on the grid, counted per arc.
    pub points_cleaned: usize,
    /// Points written, counted per arc.
    pub points_out: usize,
    /// Points read for the partner districts (not in `points_in`).
    pub partner_points_in: usize,
    /// Points written for the partner districts, counted per arc (not in `points_out`).
    pub partner_points_out: usize,
    /// The threshold asked for (grid units²).
    pub threshold: f64,
    /// Arcs whose threshold had to be lowered to avoid crossings.
    pub lowered_arcs: usize,
    /// Simplify-and-check rounds.
    pub rounds: usize,
    /// Points kept only so that a ring keeps 4 distinct points.
    pub forced: usize,
    /// Grid width.
    pub width: u32,
    /// Grid height.
    pub height: u32,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} units, {} partner districts, {} arcs; points {} in ({} zero-length edges, {} tiny loops, {} T-junctions, {} gaps, {} slits, {} polygons merged), {} cleaned, {} on the grid \
             ({} moved to repair rounding), {} out; partner districts {} in, {} out; grid {}x{}, threshold {} units² ({} arcs \
             lowered in {} rounds, {} points forced)",
            self.units,
            self.partners,
            self.arcs,
            self.points_in,
            self.zero_length_in,
            self.loops_cut,
            self.t_junctions,
            self.gaps_filled,
            self.slits_cut,
            self.polygons_merged,
            self.points_source,
            self.points_cleaned,
            self.moved,
            self.points_out,
            self.partner_points_in,
            self.partner_points_out,
            self.width,
            self.height,
            self.threshold,
            self.lowered_arcs,
            self.rounds,
            self.forced
        )
    }
}
