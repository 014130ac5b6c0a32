//! Spherical Albers equal-area conic projection and the fit onto the integer grid.
//!
//! Equal-area because the graphic compares counties by size and colour: a conic projection
//! centred on the region keeps both areas and shapes honest at this latitude (Snyder,
//! *Map Projections: A Working Manual*, formulas 14-1 to 14-6, on the unit sphere).

/// Central meridian of the map's projection, degrees east.
pub const LON0: f64 = 116.5;
/// Latitude of origin of the map's projection, degrees north.
pub const LAT0: f64 = 40.0;
/// Standard parallels of the map's projection, degrees north.
pub const PARALLELS: [f64; 2] = [39.0, 42.0];

/// A spherical Albers equal-area conic projection on the unit sphere.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Albers {
    /// Central meridian, degrees east.
    pub lon0: f64,
    /// Latitude of the origin, degrees north.
    pub lat0: f64,
    /// The two standard parallels, degrees north.
    pub parallels: [f64; 2],
    n: f64,
    c: f64,
    rho0: f64,
}

impl Albers {
    /// A projection with the given parameters (degrees), or `None` when they do not define one:
    /// non-finite values, latitudes outside ±90°, or parallels symmetric about the equator
    /// (the cone constant would be zero).
    pub fn new(lon0: f64, lat0: f64, parallels: [f64; 2]) -> Option<Albers> {
        let finite = [lon0, lat0, parallels[0], parallels[1]]
            .iter()
            .all(|v| v.is_finite());
        let latitudes_ok = [lat0, parallels[0], parallels[1]]
            .iter()
            .all(|v| v.abs() <= 90.0);
        if !finite || !latitudes_ok {
            return None;
        }
        let (phi1, phi2) = (parallels[0].to_radians(), parallels[1].to_radians());
        let n = (phi1.sin() + phi2.sin()) / 2.0;
        if n.abs() < 1e-9 {
            return None;
        }
        let c = phi1.cos().powi(2) + 2.0 * n * phi1.sin();
        let rho0 = (c - 2.0 * n * lat0.to_radians().sin()).max(0.0).sqrt() / n;
        Some(Albers {
            lon0,
            lat0,
            parallels,
            n,
            c,
            rho0,
        })
    }

    /// Projected `(x, y)` on the unit sphere, x east and y **north** (mathematical orientation);
    /// the origin `(lon0, lat0)` maps to `(0, 0)`.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let rho = (self.c - 2.0 * self.n * lat.to_radians().sin())
            .max(0.0)
            .sqrt()
            / self.n;
        let theta = self.n * (lon - self.lon0).to_radians();
        (rho * theta.sin(), self.rho0 - rho * theta.cos())
    }
}

/// How projected unit-sphere coordinates map onto the integer grid:
/// `grid_x = (x - x0) * scale`, `grid_y = (y0 - y) * scale` (y points down, as in SVG).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridFit {
    /// Grid units per unit of the projected unit sphere.
    pub scale: f64,
    /// Projected x of the grid's left edge.
    pub x0: f64,
    /// Projected y of the grid's top edge.
    pub y0: f64,
}

impl GridFit {
    /// The fit that maps the bounding box `[min_x, max_x] × [min_y, max_y]` onto a grid
    /// `width` units wide with the top-left corner at `(0, 0)`; also returns the grid height
    /// (rounded up so that every point lands inside).
    pub fn to_width(min_x: f64, max_x: f64, min_y: f64, max_y: f64, width: u32) -> (GridFit, u32) {
        let scale = f64::from(width) / (max_x - min_x);
        let height = ((max_y - min_y) * scale).ceil();
        let fit = GridFit {
            scale,
            x0: min_x,
            y0: max_y,
        };
        (fit, height as u32)
    }

    /// Grid coordinates (not rounded) of a projected point.
    pub fn apply(&self, (x, y): (f64, f64)) -> (f64, f64) {
        ((x - self.x0) * self.scale, (self.y0 - y) * self.scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    fn map_projection() -> Albers {
        Albers::new(LON0, LAT0, PARALLELS).unwrap()
    }

    #[test]
    fn origin_maps_to_zero() {
        let albers = map_projection();
        let (x, y) = albers.project(116.5, 40.0);
        assert!(close(x, 0.0) && close(y, 0.0), "({x}, {y})");
    }

    #[test]
    fn known_point_matches_closed_form() {
        // Closed form written out independently for 118°E, 41°N.
        let d = std::f64::consts::PI / 180.0;
        let n = ((39.0 * d).sin() + (42.0 * d).sin()) / 2.0;
        let c = (39.0 * d).cos().powi(2) + 2.0 * n * (39.0 * d).sin();
        let rho0 = (c - 2.0 * n * (40.0 * d).sin()).sqrt() / n;
        let rho = (c - 2.0 * n * (41.0 * d).sin()).sqrt() / n;
        let theta = n * 1.5 * d;
        let (x, y) = map_projection().project(118.0, 41.0);
        assert!(close(x, rho * theta.sin()));
        assert!(close(y, rho0 - rho * theta.cos()));
        // East and north of the origin: positive x, positive y, about 1.5° and 1° of arc.
        assert!(x > 0.0 && y > 0.0);
        assert!((x / d - 1.5 * (41.0 * d).cos()).abs() < 0.02);
        assert!((y / d - 1.0).abs() < 0.02);
    }

    #[test]
    fn equal_area_on_the_standard_parallel() {
        // On a standard parallel the scale is true in both directions: one degree of
        // longitude is cos(lat) degrees of arc long.
        let albers = map_projection();
        let (xa, _) = albers.project(116.0, 42.0);
        let (xb, _) = albers.project(117.0, 42.0);
        let arc = (1.0f64).to_radians() * (42.0f64).to_radians().cos();
        assert!(((xb - xa) / arc - 1.0).abs() < 1e-3);
    }

    #[test]
    fn rejects_degenerate_parameters() {
        assert!(Albers::new(0.0, 0.0, [-30.0, 30.0]).is_none());
        assert!(Albers::new(f64::NAN, 0.0, [30.0, 40.0]).is_none());
        assert!(Albers::new(0.0, 95.0, [30.0, 40.0]).is_none());
    }

    #[test]
    fn grid_fit_puts_y_down() {
        let (fit, height) = GridFit::to_width(-1.0, 1.0, -0.5, 0.5, 4000);
        assert_eq!(height, 2000);
        assert_eq!(fit.apply((-1.0, 0.5)), (0.0, 0.0));
        assert_eq!(fit.apply((1.0, -0.5)), (4000.0, 2000.0));
    }
}
