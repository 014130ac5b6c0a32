//! Placement of the county map: everything the map component draws, computed once per
//! dataset and geometry (SVG path strings, meshes, label positions), so rendering does no
//! geometry work and hovering never rebuilds a path.
//!
//! Coordinates are the geometry file's integer grid (y down). The SVG `viewBox` adds
//! [`MapModel::PAD`] on every side so strokes at the edge are not clipped.

use super::error::DataError;
use super::geo::Geometry;
use super::locale::Locale;
use super::map_partners::PartnerMap;
use super::model::{County, Dataset, Method, Partner};

/// How a unit is filled on the partner-city layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fill {
    Beijing,
    Tianjin,
    Unpaired,
}

/// One county-level unit, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub code: String,
    /// Index of the unit's county in `Dataset::counties`.
    pub county: usize,
    /// SVG path data; shared, so every layer that draws the unit (fills, hatching, veil,
    /// highlight) takes it without a copy.
    pub d: std::rc::Rc<str>,
    pub fill: Fill,
    /// The unit's membership of the 28 rests on inference, not on a source naming it.
    pub inferred: bool,
    /// Where its label and tooltip anchor sit.
    pub anchor: (i32, i32),
    /// How far the anchor lies from the unit's outline (grid units): the room its label
    /// and its tap target have.
    pub room: i32,
}

/// A city name placed on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct CityLabel {
    pub city: String,
    pub at: (i32, i32),
}

/// The whole map, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct MapModel {
    pub width: i32,
    pub height: i32,
    /// In dataset order of the geometry's units (sorted by code).
    pub shapes: Vec<Shape>,
    /// Borders between two units of the same city.
    pub county_borders: String,
    /// Borders between cities and the outer edge of the three cities.
    pub city_borders: String,
    pub city_labels: Vec<CityLabel>,
    /// For each shape, the indices of the shapes that share a border with it.
    pub neighbours: Vec<Vec<usize>>,
    /// Beijing's and Tianjin's districts and the links to their counties (empty for a
    /// geometry without them).
    pub partners: PartnerMap,
}

impl MapModel {
    /// Margin around the grid in the `viewBox`, in grid units.
    pub const PAD: i32 = 40;

    /// Places the map, after checking that every shape matches a unit of the dataset and
    /// every unit has a shape.
    pub fn new(d: &Dataset, g: &Geometry, file: &str) -> Result<MapModel, Vec<DataError>> {
        let mut errors = Vec::new();
        for (i, u) in g.units.iter().enumerate() {
            match d.county(&u.code) {
                None => errors.push(DataError::new(
                    file,
                    format!("units[{i}].code"),
                    format!(
                        "expected the code of a county in the dataset, found \"{}\"",
                        u.code
                    ),
                )),
                // A shape under the right code but another name was drawn for another unit
                // (codes swapped, or an old division): it would put a county's facts on its
                // neighbour's shape.
                Some(c) if c.name.zh_hans != u.name => errors.push(DataError::new(
                    file,
                    format!("units[{i}].name"),
                    format!(
                        "expected the shape of {} {} as in the dataset, found one named {}",
                        c.code, c.name.zh_hans, u.name
                    ),
                )),
                Some(_) => {}
            }
        }
        for c in &d.counties {
            if g.index_of(&c.code).is_none() {
                errors.push(missing_shape(file, "units", &c.code, &c.name.zh_hans));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let county_index = |code: &str| d.counties.iter().position(|c| c.code == code);
        let shapes: Vec<Shape> = g
            .units
            .iter()
            .enumerate()
            .filter_map(|(i, u)| {
                let ci = county_index(&u.code)?;
                let c = &d.counties[ci];
                Some(Shape {
                    code: u.code.clone(),
                    county: ci,
                    d: g.unit_path(i).into(),
                    fill: fill_of(c),
                    inferred: is_inferred(c),
                    anchor: u.label,
                    room: super::geo::label::label_room(g, i).round() as i32,
                })
            })
            .collect();
        let city_of = |i: usize| d.counties[shapes[i].county].city.as_str();
        let county_borders = g.mesh(|a, b| b.is_some_and(|b| city_of(a) == city_of(b)));
        let city_borders = g.mesh(|a, b| b.is_none_or(|b| city_of(a) != city_of(b)));
        let city_labels = d
            .cities
            .iter()
            .filter_map(|city| {
                // The city's name sits among its unlabelled units (districts and counties
                // outside the aid): at the centre of all its units it covered a county's
                // label (保定 over 顺平).
                let anchors = |paired: Option<bool>| -> Vec<(i32, i32)> {
                    shapes
                        .iter()
                        .filter(|s| d.counties[s.county].city == city.id)
                        .filter(|s| {
                            paired.is_none_or(|p| d.counties[s.county].pairing.is_some() == p)
                        })
                        .map(|s| s.anchor)
                        .collect()
                };
                centre(&anchors(Some(false)))
                    .or_else(|| centre(&anchors(None)))
                    .map(|at| CityLabel {
                        city: city.id.clone(),
                        at,
                    })
            })
            .collect();
        let neighbours = (0..shapes.len()).map(|i| g.neighbours(i)).collect();
        let anchor = |code: &str| shapes.iter().find(|s| s.code == code).map(|s| s.anchor);
        let partners = PartnerMap::new(d, g, anchor, file)?;
        Ok(MapModel {
            width: g.width as i32,
            height: g.height as i32,
            shapes,
            county_borders,
            city_borders,
            city_labels,
            neighbours,
            partners,
        })
    }

    /// The SVG `viewBox`.
    pub fn view_box(&self) -> String {
        let p = Self::PAD;
        format!(
            "{} {} {} {}",
            -p,
            -p,
            self.width + 2 * p,
            self.height + 2 * p
        )
    }

    /// Where a grid point falls, as percentages of the frame (for HTML overlays).
    pub fn percent(&self, (x, y): (i32, i32)) -> (f64, f64) {
        let p = Self::PAD;
        let fx = f64::from(x + p) / f64::from(self.width + 2 * p) * 100.0;
        let fy = f64::from(y + p) / f64::from(self.height + 2 * p) * 100.0;
        ((fx * 100.0).round() / 100.0, (fy * 100.0).round() / 100.0)
    }

    pub fn index_of(&self, code: &str) -> Option<usize> {
        self.shapes.iter().position(|s| s.code == code)
    }

    /// The unit a keyboard arrow leads to from unit `from`: the neighbour lying most nearly
    /// in direction (`dx`, `dy`) (y down), within 60° of it; failing that, the nearest unit
    /// within 45° anywhere on the map (to cross gaps such as the one between Zhangjiakou and
    /// Baoding); `None` at the edge.
    pub fn step(&self, from: usize, dx: i32, dy: i32) -> Option<usize> {
        let origin = self.shapes.get(from)?.anchor;
        let score = |to: usize, max_tan: f64| -> Option<f64> {
            let (x, y) = self.shapes[to].anchor;
            let (vx, vy) = (f64::from(x - origin.0), f64::from(y - origin.1));
            let along = vx * f64::from(dx) + vy * f64::from(dy);
            let across = (vx * f64::from(dy) - vy * f64::from(dx)).abs();
            (to != from && along > 0.0 && across <= along * max_tan)
                .then(|| (along * along + across * across).sqrt() * (1.0 + across / along))
        };
        let best = |candidates: &mut dyn Iterator<Item = usize>, max_tan: f64| {
            candidates
                .filter_map(|to| score(to, max_tan).map(|s| (s, to)))
                .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)))
                .map(|(_, to)| to)
        };
        let tan60 = 3f64.sqrt();
        best(&mut self.neighbours.get(from)?.iter().copied(), tan60)
            .or_else(|| best(&mut (0..self.shapes.len()), 1.0))
    }

    /// Units in reading order: top to bottom in bands, left to right within a band.
    pub fn reading_order(&self) -> Vec<usize> {
        let band = (self.height / 12).max(1);
        let mut order: Vec<usize> = (0..self.shapes.len()).collect();
        super::sort::sort_by_key(&mut order, |&i| {
            let (x, y) = self.shapes[i].anchor;
            (y / band, x)
        });
        order
    }
}

/// The error for a unit of the dataset that the geometry's list `list` has no shape for.
pub(super) fn missing_shape(file: &str, list: &str, code: &str, name: &str) -> DataError {
    DataError::new(
        file,
        list,
        format!("expected a shape for {code} ({name}), found none"),
    )
}

fn fill_of(c: &County) -> Fill {
    match c.pairing.as_ref().and_then(|p| p.partner.value) {
        Some(Partner::Beijing) => Fill::Beijing,
        Some(Partner::Tianjin) => Fill::Tianjin,
        None => Fill::Unpaired,
    }
}

fn is_inferred(c: &County) -> bool {
    c.pairing
        .as_ref()
        .is_some_and(|p| p.membership.method.is_some_and(|m| m != Method::Stated))
}

/// Integer mean of points, or `None` for none.
fn centre(points: &[(i32, i32)]) -> Option<(i32, i32)> {
    if points.is_empty() {
        return None;
    }
    let n = points.len() as i64;
    let (sx, sy) = points.iter().fold((0i64, 0i64), |(sx, sy), &(x, y)| {
        (sx + i64::from(x), sy + i64::from(y))
    });
    Some(((sx / n) as i32, (sy / n) as i32))
}

/// A county's name without its administrative suffix, for labels on the map:
/// 围场满族蒙古族自治县 → 围场, 康保县 → 康保, but 唐县 stays 唐县 (one character is too short),
/// Kangbao County → Kangbao.
pub fn short_name(c: &County, locale: Locale) -> String {
    let full = c.name.get(locale);
    match locale {
        Locale::En => {
            let cut = [" Manchu", " County", " District", " City", " Mining"]
                .iter()
                .filter_map(|s| full.find(s))
                .min()
                .unwrap_or(full.len());
            full[..cut].to_owned()
        }
        Locale::ZhHans | Locale::ZhHant => {
            let suffixes = [
                "满族蒙古族自治县",
                "滿族蒙古族自治縣",
                "满族自治县",
                "滿族自治縣",
                "矿区",
                "礦區",
                "县",
                "縣",
                "区",
                "區",
                "市",
            ];
            for s in suffixes {
                if let Some(stem) = full.strip_suffix(s)
                    && stem.chars().count() >= 2
                {
                    return stem.to_owned();
                }
            }
            full.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundle::Bundle;

    /// The map of the real files, as the app builds it.
    fn real() -> std::rc::Rc<MapModel> {
        Bundle::from_texts(
            Ok(include_str!("../../data/dataset.json").to_owned()),
            Ok(include_str!("../../data/geometry.json").to_owned()),
        )
        .expect("the real dataset loads")
        .map
        .expect("the real geometry places")
    }

    /// The four arrow keys as (key, dx, dy), y down.
    const ARROWS: [(&str, i32, i32); 4] = [
        ("ArrowUp", 0, -1),
        ("ArrowDown", 0, 1),
        ("ArrowLeft", -1, 0),
        ("ArrowRight", 1, 0),
    ];

    /// (along, across) of `to` seen from `from` in direction (dx, dy).
    fn offset(m: &MapModel, from: usize, to: usize, dx: i32, dy: i32) -> (i64, i64) {
        let (ax, ay) = m.shapes[from].anchor;
        let (bx, by) = m.shapes[to].anchor;
        let (vx, vy) = (i64::from(bx - ax), i64::from(by - ay));
        let (dx, dy) = (i64::from(dx), i64::from(dy));
        (vx * dx + vy * dy, (vx * dy - vy * dx).abs())
    }

    #[test]
    fn every_step_leads_the_way_of_its_arrow() {
        let m = real();
        assert_eq!(m.shapes.len(), 51);
        let mut edges = 0;
        for from in 0..m.shapes.len() {
            for (key, dx, dy) in ARROWS {
                let code = &m.shapes[from].code;
                match m.step(from, dx, dy) {
                    Some(to) => {
                        edges += 1;
                        assert_ne!(to, from, "{code} {key} stays put");
                        let (along, across) = offset(&m, from, to, dx, dy);
                        assert!(along > 0, "{code} {key} leads backwards");
                        if m.neighbours[from].contains(&to) {
                            // A bordering unit within 60° of the arrow.
                            assert!(
                                (across as f64) <= along as f64 * 3f64.sqrt(),
                                "{code} {key}: {} is off to the side",
                                m.shapes[to].code
                            );
                        } else {
                            // A jump across a gap: within 45°, and only when no bordering
                            // unit lies within 60°.
                            assert!(across <= along, "{code} {key}: jump off to the side");
                            assert!(
                                m.neighbours[from].iter().all(|&n| {
                                    let (a, c) = offset(&m, from, n, dx, dy);
                                    a <= 0 || c as f64 > a as f64 * 3f64.sqrt()
                                }),
                                "{code} {key} jumps past a bordering unit"
                            );
                        }
                    }
                    None => {
                        // The edge: no unit at all lies within 45° of the arrow.
                        for other in 0..m.shapes.len() {
                            let (along, across) = offset(&m, from, other, dx, dy);
                            assert!(
                                other == from || along <= 0 || across > along,
                                "{code} {key} finds nothing, but {} lies that way",
                                m.shapes[other].code
                            );
                        }
                    }
                }
            }
        }
        // Most arrows lead somewhere: the edge is the exception.
        assert!(
            edges > 51 * 4 * 3 / 4,
            "only {edges} arrow steps lead anywhere"
        );
    }

    #[test]
    fn bordering_units_are_mutual() {
        let m = real();
        for (i, ns) in m.neighbours.iter().enumerate() {
            assert!(!ns.is_empty(), "{} borders nothing", m.shapes[i].code);
            for &n in ns {
                assert!(m.neighbours[n].contains(&i));
            }
        }
    }

    #[test]
    fn every_unit_reaches_every_other_by_arrows() {
        let m = real();
        let n = m.shapes.len();
        for from in 0..n {
            let mut seen = vec![false; n];
            seen[from] = true;
            let mut stack = vec![from];
            while let Some(i) = stack.pop() {
                for (_, dx, dy) in ARROWS {
                    if let Some(j) = m.step(i, dx, dy)
                        && !std::mem::replace(&mut seen[j], true)
                    {
                        stack.push(j);
                    }
                }
            }
            let missing: Vec<&str> = (0..n)
                .filter(|&i| !seen[i])
                .map(|i| m.shapes[i].code.as_str())
                .collect();
            assert!(
                missing.is_empty(),
                "from {} the arrows never reach {missing:?}",
                m.shapes[from].code
            );
        }
    }

    #[test]
    fn reading_order_holds_every_unit_once() {
        let m = real();
        let mut order = m.reading_order();
        assert_eq!(order.len(), 51);
        // Top band first: 围场 (Weichang) is the northernmost label point.
        assert_eq!(m.shapes[order[0]].code, "130828");
        order.sort_unstable();
        order.dedup();
        assert_eq!(order, (0..51).collect::<Vec<_>>());
    }

    /// The route of the keyboard-only browser test (tests/e2e/specs/keyboard.test.mjs): the map
    /// takes the focus on 围场 (first in reading order), three steps west to 康保, then
    /// south through Zhangjiakou into Baoding and west to 阜平. Keep the two in step.
    const ROUTE: [(&str, &str); 10] = [
        ("ArrowLeft", "130826"), // 丰宁满族自治县
        ("ArrowLeft", "130724"), // 沽源县
        ("ArrowLeft", "130723"), // 康保县
        ("ArrowDown", "130722"), // 张北县
        ("ArrowDown", "130708"), // 万全区
        ("ArrowDown", "130728"), // 怀安县
        ("ArrowDown", "130727"), // 阳原县
        ("ArrowDown", "130726"), // 蔚县
        ("ArrowDown", "130630"), // 涞源县
        ("ArrowLeft", "130624"), // 阜平县
    ];

    #[test]
    fn arrows_walk_from_kangbao_south_to_fuping() {
        let m = real();
        let mut at = m.reading_order()[0];
        for (key, want) in ROUTE {
            let (_, dx, dy) = ARROWS.iter().find(|(k, _, _)| *k == key).copied().unwrap();
            at = m.step(at, dx, dy).expect("a step");
            assert_eq!(m.shapes[at].code, want, "{key}");
        }
        // From 康保 on the route only goes south or west (never north), and ends in 阜平.
        let kangbao = ROUTE.iter().position(|(_, c)| *c == "130723").unwrap();
        let mut y = m.shapes[m.index_of("130723").unwrap()].anchor.1;
        for (_, code) in &ROUTE[kangbao + 1..] {
            let next = m.shapes[m.index_of(code).unwrap()].anchor.1;
            assert!(next >= y, "{code} lies north of the step before");
            y = next;
        }
        assert_eq!(ROUTE.last().unwrap().1, "130624");
    }
}
