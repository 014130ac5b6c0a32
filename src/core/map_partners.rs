//! Who helped whom on the map: Beijing's and Tianjin's districts beside the three cities,
//! and a link from each district to the county or counties it is paired with.
//!
//! Everything is computed from the dataset (a county's `district` fact and its confidence)
//! and the geometry's `partners`, once, like the rest of [`super::map_model`]: SVG path
//! data in integer grid units, so server-rendered and browser markup are identical.

use std::rc::Rc;

use super::error::DataError;
use super::geo::Geometry;
use super::locale::Locale;
use super::map_model::missing_shape;
use super::model::{Confidence, Dataset, Partner};
use super::strings::{fill, list_with_and, strings};

/// How a link is drawn, from the confidence of the district fact it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStyle {
    /// The source confidence is high, medium-high or medium.
    Solid,
    /// Weaker (low-medium, low) or not given.
    Dashed,
}

impl LinkStyle {
    pub fn of(confidence: Option<Confidence>) -> LinkStyle {
        match confidence {
            Some(Confidence::High | Confidence::MediumHigh | Confidence::Medium) => {
                LinkStyle::Solid
            }
            Some(Confidence::LowMedium | Confidence::Low) | None => LinkStyle::Dashed,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            LinkStyle::Solid => "solid",
            LinkStyle::Dashed => "dashed",
        }
    }
}

/// One district of Beijing or Tianjin, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct DistrictShape {
    /// GB/T 2260 code (1101xx, 1201xx).
    pub code: String,
    /// Index in `Dataset::districts`.
    pub district: usize,
    pub partner: Partner,
    pub d: Rc<str>,
    /// Where its links start (the pole of inaccessibility of its largest polygon).
    pub anchor: (i32, i32),
    /// The counties (indices in `Dataset::counties`) whose `district` fact names it.
    pub counties: Vec<usize>,
}

/// A link from a district to a county it is paired with.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// The district's code.
    pub district: String,
    /// The county's code.
    pub county: String,
    pub partner: Partner,
    pub style: LinkStyle,
    /// A quadratic Bézier from the district's anchor to the county's, integers only.
    pub d: String,
}

impl Link {
    /// `data-link`: `<district code>-<county code>`.
    pub fn key(&self) -> String {
        format!("{}-{}", self.district, self.county)
    }
}

/// Where a partner city's name goes.
#[derive(Debug, Clone, PartialEq)]
pub struct CityMark {
    pub partner: Partner,
    pub at: (i32, i32),
}

/// The districts, the links and what the legend says about them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PartnerMap {
    /// Sorted by code.
    pub districts: Vec<DistrictShape>,
    /// In dataset order of the counties.
    pub links: Vec<Link>,
    pub cities: Vec<CityMark>,
    /// Per partner city (Beijing first), how many of its paired counties have no known
    /// district; cities with none are left out.
    pub unknown: Vec<(Partner, usize)>,
}

fn partner_of_code(code: &str) -> Option<Partner> {
    match code.get(..4) {
        Some("1101") => Some(Partner::Beijing),
        Some("1201") => Some(Partner::Tianjin),
        _ => None,
    }
}

/// A gentle curve from `a` to `b`: a quadratic Bézier whose control point lies off the
/// middle of the chord by a fifth of its length, to the left going from `a` to `b`.
pub fn curve(a: (i32, i32), b: (i32, i32)) -> String {
    let (dx, dy) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
    let (mx, my) = (f64::from(a.0 + b.0) / 2.0, f64::from(a.1 + b.1) / 2.0);
    let (cx, cy) = ((mx + dy * 0.2).round(), (my - dx * 0.2).round());
    format!(
        "M{} {}Q{} {} {} {}",
        a.0, a.1, cx as i32, cy as i32, b.0, b.1
    )
}

impl PartnerMap {
    /// Places the districts and links. `county_anchor` gives a county's label anchor by
    /// code. A geometry without `partners` gives an empty map; otherwise every shape must
    /// match a district of the dataset (code and name) and every district have a shape.
    pub fn new(
        d: &Dataset,
        g: &Geometry,
        county_anchor: impl Fn(&str) -> Option<(i32, i32)>,
        file: &str,
    ) -> Result<PartnerMap, Vec<DataError>> {
        if g.partners.is_empty() {
            return Ok(PartnerMap::default());
        }
        let mut errors = Vec::new();
        let mut districts = Vec::with_capacity(g.partners.len());
        for (i, u) in g.partners.iter().enumerate() {
            let found = d.districts.iter().position(|x| x.code == u.code);
            let partner = partner_of_code(&u.code);
            match (found, partner) {
                (Some(k), Some(partner)) if d.districts[k].name.zh_hans == u.name => {
                    let counties = d
                        .counties
                        .iter()
                        .enumerate()
                        .filter(|(_, c)| {
                            c.pairing.as_ref().is_some_and(|p| {
                                p.district.value.as_deref() == Some(d.districts[k].id.as_str())
                            })
                        })
                        .map(|(ci, _)| ci)
                        .collect();
                    districts.push(DistrictShape {
                        code: u.code.clone(),
                        district: k,
                        partner,
                        d: g.partner_path(i).into(),
                        anchor: u.label,
                        counties,
                    });
                }
                (Some(k), Some(_)) => errors.push(DataError::new(
                    file,
                    format!("partners[{i}].name"),
                    format!(
                        "expected the shape of {} {} as in the dataset, found one named {}",
                        u.code, d.districts[k].name.zh_hans, u.name
                    ),
                )),
                _ => errors.push(DataError::new(
                    file,
                    format!("partners[{i}].code"),
                    format!(
                        "expected the code of a Beijing or Tianjin district in the dataset, \
                         found \"{}\"",
                        u.code
                    ),
                )),
            }
        }
        for x in &d.districts {
            if !g.partners.iter().any(|u| u.code == x.code) {
                errors.push(missing_shape(file, "partners", &x.code, &x.name.zh_hans));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut links = Vec::new();
        let mut unknown: Vec<(Partner, usize)> = Vec::new();
        for c in &d.counties {
            let Some(p) = &c.pairing else {
                continue;
            };
            let Some(id) = p.district.value.as_deref() else {
                if let Some(partner) = p.partner.value {
                    match unknown.iter_mut().find(|(q, _)| *q == partner) {
                        Some((_, n)) => *n += 1,
                        None => unknown.push((partner, 1)),
                    }
                }
                continue;
            };
            let from = districts.iter().find(|s| d.districts[s.district].id == id);
            let (Some(from), Some(to)) = (from, county_anchor(&c.code)) else {
                continue;
            };
            links.push(Link {
                district: from.code.clone(),
                county: c.code.clone(),
                partner: from.partner,
                style: LinkStyle::of(p.district.confidence),
                d: curve(from.anchor, to),
            });
        }
        super::sort::sort_by_key(&mut unknown, |&(p, _)| p != Partner::Beijing);
        let cities = [Partner::Beijing, Partner::Tianjin]
            .into_iter()
            .filter_map(|partner| city_mark(&districts, partner).map(|at| CityMark { partner, at }))
            .collect();
        Ok(PartnerMap {
            districts,
            links,
            cities,
            unknown,
        })
    }

    /// A district's accessible name: its name and city, and the counties it is paired with.
    pub fn district_label(&self, d: &Dataset, i: usize, locale: Locale) -> String {
        let s = strings(locale);
        let Some(shape) = self.districts.get(i) else {
            return String::new();
        };
        let name = d.districts[shape.district].name.get(locale);
        let city = partner_name(shape.partner, locale);
        if shape.counties.is_empty() {
            return fill(s.district_name, &[name, city]);
        }
        let counties: Vec<&str> = shape
            .counties
            .iter()
            .map(|&c| d.counties[c].name.get(locale))
            .collect();
        let list = list_with_and(&counties, s.list_sep, s.list_and);
        fill(s.district_pairs, &[name, city, &list])
    }

    /// The legend lines on counties without a known district: "7 counties: Beijing
    /// district not yet known".
    pub fn unknown_lines(&self, locale: Locale) -> Vec<String> {
        let s = strings(locale);
        self.unknown
            .iter()
            .map(|&(partner, n)| {
                let template = if n == 1 {
                    s.links_unknown_one
                } else {
                    s.links_unknown
                };
                fill(template, &[&n.to_string(), partner_name(partner, locale)])
            })
            .collect()
    }
}

/// 北京 / 天津 / Beijing / Tianjin.
pub fn partner_name(partner: Partner, locale: Locale) -> &'static str {
    let s = strings(locale);
    match partner {
        Partner::Beijing => s.beijing,
        Partner::Tianjin => s.tianjin,
    }
}

/// The city's name goes on the district without links nearest the middle of all its
/// districts, so that it does not sit where the links start.
fn city_mark(districts: &[DistrictShape], partner: Partner) -> Option<(i32, i32)> {
    let own: Vec<&DistrictShape> = districts.iter().filter(|s| s.partner == partner).collect();
    let n = own.len() as i64;
    if n == 0 {
        return None;
    }
    let (sx, sy) = own.iter().fold((0i64, 0i64), |(x, y), s| {
        (x + i64::from(s.anchor.0), y + i64::from(s.anchor.1))
    });
    let (mx, my) = (sx / n, sy / n);
    let distance = |s: &DistrictShape| {
        let (dx, dy) = (i64::from(s.anchor.0) - mx, i64::from(s.anchor.1) - my);
        dx * dx + dy * dy
    };
    own.iter()
        .filter(|s| s.counties.is_empty())
        .min_by_key(|s| (distance(s), s.code.clone()))
        .or_else(|| own.iter().min_by_key(|s| (distance(s), s.code.clone())))
        .map(|s| s.anchor)
}

/// "Tianjin's 5 counties are all in Chengde", when every county paired with `partner`
/// lies in one city: the number of counties and that city's id.
pub fn all_in_one_city(d: &Dataset, partner: Partner) -> Option<(usize, &str)> {
    let cities: Vec<&str> = d
        .counties
        .iter()
        .filter(|c| {
            c.pairing
                .as_ref()
                .is_some_and(|p| p.partner.value == Some(partner))
        })
        .map(|c| c.city.as_str())
        .collect();
    let first = *cities.first()?;
    cities
        .iter()
        .all(|&c| c == first)
        .then_some((cities.len(), first))
}

/// The map's annotation: what [`all_in_one_city`] finds for Tianjin, in words.
pub fn annotation(d: &Dataset, locale: Locale) -> Option<String> {
    let (n, city) = all_in_one_city(d, Partner::Tianjin)?;
    let city = d.city(city)?.name.get(locale);
    let tianjin = partner_name(Partner::Tianjin, locale);
    Some(fill(
        strings(locale).all_in_city,
        &[tianjin, &n.to_string(), city],
    ))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::core::bundle::Bundle;
    use crate::core::geo::build::convert::PARTNER_CODES;

    fn real() -> (Rc<Dataset>, Rc<super::super::map_model::MapModel>) {
        let b = Bundle::from_texts(
            Ok(include_str!("../../data/dataset.json").to_owned()),
            Ok(include_str!("../../data/geometry.json").to_owned()),
        )
        .expect("the real dataset loads");
        let map = b.map.clone().expect("the real geometry places");
        (b.dataset.clone(), map)
    }

    #[test]
    fn every_district_code_is_present_once() {
        let (_, m) = real();
        let codes: Vec<&str> = m
            .partners
            .districts
            .iter()
            .map(|s| s.code.as_str())
            .collect();
        assert_eq!(codes, PARTNER_CODES.to_vec());
        let unique: BTreeSet<&str> = codes.iter().copied().collect();
        assert_eq!(unique.len(), 32);
        for s in &m.partners.districts {
            let expected = if s.code.starts_with("1101") {
                Partner::Beijing
            } else {
                Partner::Tianjin
            };
            assert_eq!(s.partner, expected, "{}", s.code);
            assert!(s.d.starts_with('M'), "{} has no path", s.code);
        }
    }

    #[test]
    fn one_link_per_named_district_and_county_with_existing_ends() {
        let (d, m) = real();
        let pairs: Vec<(String, String)> = d
            .counties
            .iter()
            .filter_map(|c| {
                let id = c.pairing.as_ref()?.district.value.as_deref()?;
                let district = d.district(id)?;
                Some((district.code.clone(), c.code.clone()))
            })
            .collect();
        assert_eq!(m.partners.links.len(), pairs.len());
        assert_eq!(m.partners.links.len(), 21);
        let keys: BTreeSet<String> = m.partners.links.iter().map(Link::key).collect();
        assert_eq!(keys.len(), pairs.len(), "a link twice");
        for (district, county) in &pairs {
            assert!(keys.contains(&format!("{district}-{county}")));
        }
        for link in &m.partners.links {
            let from = m
                .partners
                .districts
                .iter()
                .find(|s| s.code == link.district)
                .expect("the district exists");
            let to = m
                .shapes
                .iter()
                .find(|s| s.code == link.county)
                .expect("the county exists");
            // The curve starts at the district's anchor and ends at the county's.
            let start = format!("M{} {}Q", from.anchor.0, from.anchor.1);
            let end = format!(" {} {}", to.anchor.0, to.anchor.1);
            assert!(link.d.starts_with(&start), "{}", link.d);
            assert!(link.d.ends_with(&end), "{}", link.d);
            assert!(!link.d.contains('.'), "not integers: {}", link.d);
        }
    }

    #[test]
    fn links_are_solid_or_dashed_by_confidence() {
        let (_, m) = real();
        let style = |key: &str| {
            m.partners
                .links
                .iter()
                .find(|l| l.key() == key)
                .map(|l| l.style)
        };
        // 东丽区 -> 承德县, high; 顺义区 -> 沽源县, high since S40.
        assert_eq!(style("120110-130821"), Some(LinkStyle::Solid));
        assert_eq!(style("110113-130724"), Some(LinkStyle::Solid));
        // 延庆区 -> 宣化区 and 密云区 -> 蔚县, low-medium; 门头沟区 -> 涿鹿县, low-medium.
        assert_eq!(style("110119-130705"), Some(LinkStyle::Dashed));
        assert_eq!(style("110118-130726"), Some(LinkStyle::Dashed));
        assert_eq!(style("110109-130731"), Some(LinkStyle::Dashed));
        // No link where no source names the district (尚义县).
        assert!(m.partners.links.iter().all(|l| l.county != "130725"));
        assert_eq!(
            LinkStyle::of(Some(Confidence::MediumHigh)),
            LinkStyle::Solid
        );
        assert_eq!(LinkStyle::of(Some(Confidence::Low)), LinkStyle::Dashed);
        assert_eq!(LinkStyle::of(None), LinkStyle::Dashed);
    }

    #[test]
    fn legend_and_annotation_are_computed() {
        let (d, m) = real();
        assert_eq!(m.partners.unknown, vec![(Partner::Beijing, 7)]);
        assert_eq!(
            m.partners.unknown_lines(Locale::En),
            vec!["7 counties: Beijing district not yet known"]
        );
        assert_eq!(
            m.partners.unknown_lines(Locale::ZhHans),
            vec!["7个县：北京结对区尚无来源"]
        );
        assert_eq!(all_in_one_city(&d, Partner::Tianjin), Some((5, "chengde")));
        assert_eq!(all_in_one_city(&d, Partner::Beijing), None);
        assert_eq!(
            annotation(&d, Locale::ZhHans).as_deref(),
            Some("天津结对的5个县全在承德市")
        );
        assert_eq!(
            annotation(&d, Locale::En).as_deref(),
            Some("All 5 counties paired with Tianjin are in Chengde")
        );
        let shunyi = m
            .partners
            .districts
            .iter()
            .position(|s| s.code == "110113")
            .unwrap();
        assert_eq!(
            m.partners.district_label(&d, shunyi, Locale::ZhHans),
            "顺义区（北京），结对万全区和沽源县"
        );
        let shijingshan = m
            .partners
            .districts
            .iter()
            .position(|s| s.code == "110107")
            .unwrap();
        assert_eq!(
            m.partners.district_label(&d, shijingshan, Locale::En),
            "Shijingshan District, Beijing"
        );
        assert_eq!(m.partners.cities.len(), 2);
    }

    #[test]
    fn curves_are_integer_and_bend() {
        assert_eq!(curve((0, 0), (100, 0)), "M0 0Q50 -20 100 0");
        assert_eq!(curve((10, 10), (10, 60)), "M10 10Q20 35 10 60");
    }
}
