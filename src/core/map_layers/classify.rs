//! [`classify`]: every unit of the dataset on one layer, with the legend and the layer's
//! takeaway ("北京结对的23个县：…"). One arm per layer says what its legend holds and where
//! each county's value comes from; the rest (no data, not paired, confidences) is shared.

use super::*;
use crate::core::format::{Style, amount};
use crate::core::model::{Confidence, Pairing, Partner, PovertyStatus, Unit};
use crate::core::strings::{fill, list_with_and, strings};

/// Legend entries in order, then each unit's entry.
struct Builder {
    legend: Vec<LegendEntry>,
    units: Vec<UnitStyle>,
}

impl Builder {
    fn new(n: usize) -> Builder {
        Builder {
            legend: Vec::new(),
            units: vec![
                UnitStyle {
                    class: NO_DATA,
                    legend_key: None,
                    value_text: None,
                    light: true,
                };
                n
            ],
        }
    }

    fn entry(&mut self, key: impl Into<String>, label: impl Into<String>, class: &'static str) {
        let key = key.into();
        if !self.legend.iter().any(|e| e.key == key) {
            self.legend.push(LegendEntry {
                key,
                label: label.into(),
                class,
                count: 0,
            });
        }
    }

    fn put(&mut self, unit: usize, key: &str, value_text: Option<String>) {
        let Some(e) = self.legend.iter_mut().find(|e| e.key == key) else {
            return;
        };
        e.count += 1;
        self.units[unit] = UnitStyle {
            class: e.class,
            legend_key: Some(e.key.clone()),
            value_text,
            light: LIGHT.contains(&e.class),
        };
    }

    fn finish(mut self, layer: MapLayer, title: String, note: Option<String>) -> LayerView {
        self.legend.retain(|e| e.count > 0);
        LayerView {
            layer,
            title,
            legend: self.legend,
            units: self.units,
            note: note.filter(|n| !n.is_empty()),
            takeaway: None,
        }
    }
}

/// A paired county's value on a layer: its legend key and tooltip text, or `None` when the
/// fact is unknown.
type ValueOf<'a> = Box<dyn FnMut(usize, &Pairing) -> Option<(String, String)> + 'a>;

/// Classifies every unit of the dataset on `layer`.
pub fn classify(d: &Dataset, layer: MapLayer, locale: Locale) -> LayerView {
    let s = strings(locale);
    let t = layer_strings(locale);
    let mut b = Builder::new(d.counties.len());
    let with_confidence = |value: &str, c: Option<Confidence>| match c {
        Some(c) => {
            let conf = format!("{}{}{}", s.confidence, s.colon, s.confidence_name(c));
            format!("{value}{}", fill(t.confidence_wrap, &[&conf]))
        }
        None => value.to_owned(),
    };
    let title = layer_title(layer, locale).to_owned();
    let note = Some(t.notes[layer.index()].to_owned());
    let mut value_of: ValueOf<'_> = match layer {
        MapLayer::Partner => {
            b.entry("beijing", s.legend_beijing, BEIJING);
            b.entry("tianjin", s.legend_tianjin, TIANJIN);
            Box::new(|_, p| {
                let partner = p.partner.value?;
                Some((
                    partner_key(partner).to_owned(),
                    with_confidence(s.partner_name(partner), p.partner.confidence),
                ))
            })
        }
        MapLayer::ExitYear => {
            let mut years: Vec<u16> = d.paired().filter_map(|(_, p)| p.exit_year.value).collect();
            crate::core::sort::sort(&mut years);
            years.dedup();
            for y in &years {
                let step = usize::from(y.saturating_sub(FIRST_EXIT_YEAR)).min(EXIT.len() - 1);
                b.entry(y.to_string(), year_label(*y, locale), EXIT[step]);
            }
            Box::new(|_, p| {
                let y = p.exit_year.value?;
                Some((
                    y.to_string(),
                    with_confidence(&year_label(y, locale), p.exit_year.confidence),
                ))
            })
        }
        MapLayer::PovertyStatus => {
            for (st, class) in [
                (PovertyStatus::NationalKeyAndArea, SEVERITY[3]),
                (PovertyStatus::NationalKey, SEVERITY[2]),
                (PovertyStatus::NationalArea, SEVERITY[1]),
                (PovertyStatus::Provincial, SEVERITY[0]),
            ] {
                b.entry(status_key(st), s.status_name(st), class);
            }
            Box::new(|_, p| {
                let st = p.poverty_status.value?;
                Some((
                    status_key(st).to_owned(),
                    with_confidence(s.status_name(st), p.poverty_status.confidence),
                ))
            })
        }
        MapLayer::DeepPoverty => {
            b.entry("yes", t.deep_yes, SEVERITY[3]);
            b.entry("no", t.deep_no, SEVERITY[0]);
            Box::new(|_, p| {
                let deep = p.deep_poverty.value?;
                let (key, text) = if deep { ("yes", s.yes) } else { ("no", s.no) };
                Some((
                    key.to_owned(),
                    with_confidence(text, p.deep_poverty.confidence),
                ))
            })
        }
    };
    b.entry(KEY_NO_DATA, t.no_data, NO_DATA);
    b.entry(KEY_UNPAIRED, s.legend_unpaired, UNPAIRED);
    for (i, c) in d.counties.iter().enumerate() {
        match &c.pairing {
            None => b.put(i, KEY_UNPAIRED, None),
            Some(p) => match value_of(i, p) {
                Some((key, text)) => b.put(i, &key, Some(text)),
                None => b.put(i, KEY_NO_DATA, Some(t.no_data.to_owned())),
            },
        }
    }
    drop(value_of);
    let mut view = b.finish(layer, title, note);
    view.takeaway = layer_takeaway(d, layer, locale);
    view
}

/// Where a group of counties is, biggest share first (ties in the dataset's city order):
/// "张家口8个、承德3个和保定2个" / "8 in Zhangjiakou, 3 in Chengde and 2 in Baoding".
fn by_city<'a>(d: &Dataset, counties: impl Iterator<Item = &'a str>, locale: Locale) -> String {
    let mut counts: Vec<(usize, usize)> = (0..d.cities.len()).map(|i| (i, 0)).collect();
    for city in counties {
        if let Some(i) = d.cities.iter().position(|c| c.id == city) {
            counts[i].1 += 1;
        }
    }
    counts.retain(|&(_, n)| n > 0);
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let t = layer_strings(locale);
    let parts: Vec<String> = counts
        .iter()
        .map(|&(i, n)| {
            fill(
                t.city_count,
                &[d.cities[i].name.get(locale), &n.to_string()],
            )
        })
        .collect();
    let s = strings(locale);
    list_with_and(&parts, s.list_sep, s.list_and)
}

/// What a layer shows, in a sentence an editor would write: the group that carries the
/// layer's point, counted and placed by city. `None` when that group is empty.
fn layer_takeaway(d: &Dataset, layer: MapLayer, locale: Locale) -> Option<String> {
    let t = layer_strings(locale);
    let cities_of = |keep: &dyn Fn(&Pairing) -> bool| -> Vec<&str> {
        d.paired()
            .filter(|(_, p)| keep(p))
            .map(|(c, _)| c.city.as_str())
            .collect()
    };
    let sentence = |template: &str, lead: &[&str], cities: &[&str]| {
        let place = by_city(d, cities.iter().copied(), locale);
        let mut args: Vec<&str> = lead.to_vec();
        args.push(&place);
        fill(template, &args)
    };
    match layer {
        MapLayer::Partner => {
            // The partner with more counties: the other's are named by the map's note.
            let [beijing, tianjin] = [Partner::Beijing, Partner::Tianjin]
                .map(|partner| cities_of(&|p: &Pairing| p.partner.value == Some(partner)));
            let (partner, cities) = if beijing.len() >= tianjin.len() {
                (Partner::Beijing, beijing)
            } else {
                (Partner::Tianjin, tianjin)
            };
            (!cities.is_empty()).then(|| {
                let name = crate::core::map_partners::partner_name(partner, locale);
                sentence(
                    t.partner_takeaway,
                    &[name, &cities.len().to_string()],
                    &cities,
                )
            })
        }
        MapLayer::ExitYear => {
            let last = d.paired().filter_map(|(_, p)| p.exit_year.value).max()?;
            let cities = cities_of(&|p: &Pairing| p.exit_year.value == Some(last));
            let year = year_label(last, locale);
            Some(sentence(
                t.exit_takeaway,
                &[&cities.len().to_string(), &year],
                &cities,
            ))
        }
        MapLayer::PovertyStatus => {
            let both = Some(PovertyStatus::NationalKeyAndArea);
            let cities = cities_of(&|p: &Pairing| p.poverty_status.value == both);
            (!cities.is_empty())
                .then(|| sentence(t.status_takeaway, &[&cities.len().to_string()], &cities))
        }
        MapLayer::DeepPoverty => {
            let cities = cities_of(&|p: &Pairing| p.deep_poverty.value == Some(true));
            (!cities.is_empty())
                .then(|| sentence(t.deep_takeaway, &[&cities.len().to_string()], &cities))
        }
    }
}

fn partner_key(p: Partner) -> &'static str {
    match p {
        Partner::Beijing => "beijing",
        Partner::Tianjin => "tianjin",
    }
}

fn status_key(st: PovertyStatus) -> &'static str {
    match st {
        PovertyStatus::NationalKeyAndArea => "key_area",
        PovertyStatus::NationalKey => "key",
        PovertyStatus::NationalArea => "area",
        PovertyStatus::Provincial => "provincial",
    }
}

fn year_label(y: u16, locale: Locale) -> String {
    amount(f64::from(y), Unit::Year, None, None, locale, Style::Exact)
}
