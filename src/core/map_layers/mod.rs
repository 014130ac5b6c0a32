//! What the map colours by: the layers a reader can switch between, and how each one
//! classifies the 51 units ([`classify`]): a fill class, a legend entry and the text the
//! tooltip shows for every unit. Unknown stays unknown: a paired county without a value is
//! "no data" (hatched), never zero or the lowest class; a unit that is not one of the paired
//! counties is "not paired" (muted).

use crate::core::locale::Locale;
use crate::core::model::Dataset;

/// A map layer: what the 51 units are coloured by. County figures, which one or two
/// counties each have, are not layers: they are in each county's panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MapLayer {
    /// Who helped whom: the partner city's colour, and the partner districts' links.
    #[default]
    Partner,
    ExitYear,
    PovertyStatus,
    DeepPoverty,
}

impl MapLayer {
    pub const ALL: [MapLayer; 4] = [
        MapLayer::Partner,
        MapLayer::ExitYear,
        MapLayer::PovertyStatus,
        MapLayer::DeepPoverty,
    ];

    /// The id used in the URL, in the map's `data-layer` and in its class prefixes.
    pub fn id(self) -> &'static str {
        match self {
            MapLayer::Partner => "partner",
            MapLayer::ExitYear => "exit",
            MapLayer::PovertyStatus => "status",
            MapLayer::DeepPoverty => "deep",
        }
    }

    /// Position in the string tables.
    pub fn index(self) -> usize {
        match self {
            MapLayer::Partner => 0,
            MapLayer::ExitYear => 1,
            MapLayer::PovertyStatus => 2,
            MapLayer::DeepPoverty => 3,
        }
    }

    /// Reads an id written by [`MapLayer::id`]; `None` for anything else. Links shared
    /// before the district layer joined the partner layer say `district`: they open it.
    /// Those naming a county-figure layer (`fig.…`) fall back to the default.
    pub fn from_id(id: &str) -> Option<MapLayer> {
        Some(match id {
            "partner" | "district" => MapLayer::Partner,
            "exit" => MapLayer::ExitYear,
            "status" => MapLayer::PovertyStatus,
            "deep" => MapLayer::DeepPoverty,
            _ => return None,
        })
    }
}

// ---------------------------------------------------------------------------------------
// Fill classes. Each is a modifier of `map__unit` in `styles/map.css`; the legend swatch of
// a class is the same modifier on `legend__swatch` (see [`swatch_class`]).

pub const BEIJING: &str = "map__unit--beijing";
pub const TIANJIN: &str = "map__unit--tianjin";
/// Not one of the paired counties: the muted fill.
pub const UNPAIRED: &str = "map__unit--unpaired";
/// A paired county whose value is unknown: hatched, never a colour of the scale.
pub const NO_DATA: &str = "map__unit--nodata";
/// Exit years 2016 to 2020, light to dark in one hue (purple).
pub const EXIT: [&str; 5] = [
    "map__unit--exit-0",
    "map__unit--exit-1",
    "map__unit--exit-2",
    "map__unit--exit-3",
    "map__unit--exit-4",
];
/// The first exit year of the scale ([`EXIT`]`[0]`).
pub const FIRST_EXIT_YEAR: u16 = 2016;
/// Poverty status and deep poverty: four steps light to dark in one hue (ochre).
pub const SEVERITY: [&str; 4] = [
    "map__unit--sev-1",
    "map__unit--sev-2",
    "map__unit--sev-3",
    "map__unit--sev-4",
];
/// Fills too light for white labels: labels on them are drawn in dark ink.
const LIGHT: [&str; 6] = [
    UNPAIRED,
    NO_DATA,
    EXIT[0],
    EXIT[1],
    SEVERITY[0],
    SEVERITY[1],
];

/// The legend swatch class of a fill class: `map__unit--exit-1` → `legend__swatch--exit-1`.
pub fn swatch_class(class: &str) -> String {
    let modifier = class.strip_prefix("map__unit--").unwrap_or(class);
    format!("legend__swatch--{modifier}")
}

// ---------------------------------------------------------------------------------------
// Strings of the layers, the layer switcher, the legend and the project markers.

/// The fixed strings of the map layers in one language. No digits: numbers come from the
/// dataset; `{0}`, `{1}` are filled by [`fill`].
#[derive(Debug)]
pub struct LayerStrings {
    /// Titles of the layers, in the order of [`MapLayer::ALL`].
    pub titles: [&'static str; 4],
    /// Short names on the switcher's buttons, same order.
    pub buttons: [&'static str; 4],
    /// One sentence under the legend per layer (empty = none).
    pub notes: [&'static str; 4],
    /// Name of the switcher (its `aria-label`).
    pub switcher: &'static str,
    pub no_data: &'static str,
    pub deep_yes: &'static str,
    pub deep_no: &'static str,
    /// Around a confidence after a value: `{0}` = "可信度：高".
    pub confidence_wrap: &'static str,
    /// Between a value and its period.
    pub sep: &'static str,
    pub legend_hint: &'static str,
    /// The same for touch screens.
    pub legend_hint_touch: &'static str,
    pub legend_clear: &'static str,
    pub show_projects: &'static str,
    pub projects: &'static str,
    pub not_on_map: &'static str,
    pub partner_unstated: &'static str,
    /// `{0}` = a sentence id of the article.
    pub sentence: &'static str,
    pub project: &'static str,
    /// Under each layer, what it shows, as an editor would say it. `{0}` = a partner city,
    /// `{1}` = its counties, `{2}` = where they are ([`LayerStrings::city_count`] listed).
    pub partner_takeaway: &'static str,
    /// `{0}` = how many counties left the list last, `{1}` = that year, `{2}` = where.
    pub exit_takeaway: &'static str,
    /// `{0}` = counties both national key counties and in a contiguous poor area, `{1}` = where.
    pub status_takeaway: &'static str,
    /// `{0}` = deep-poverty counties, `{1}` = where.
    pub deep_takeaway: &'static str,
    /// One city's share of a group: `{0}` = the city, `{1}` = how many.
    pub city_count: &'static str,
}

/// The layer strings of `locale`.
pub fn layer_strings(locale: Locale) -> &'static LayerStrings {
    crate::core::words::layers(locale)
}

// ---------------------------------------------------------------------------------------
// Classification.

/// One entry of a layer's legend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegendEntry {
    /// Stable within the layer; units point at it through [`UnitStyle::legend_key`].
    pub key: String,
    pub label: String,
    /// The fill class of its units (a `map__unit--*` class).
    pub class: &'static str,
    /// How many of the 51 units it holds.
    pub count: usize,
}

/// How one unit looks on a layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitStyle {
    pub class: &'static str,
    /// The legend entry it belongs to.
    pub legend_key: Option<String>,
    /// What the tooltip says for this layer, with the confidence where the fact has one;
    /// `None` for a unit that is not paired (the tooltip says so in its own words).
    pub value_text: Option<String>,
    /// The fill is light: labels on it are drawn in dark ink.
    pub light: bool,
}

/// A layer classified for drawing: title, legend and one style per county.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayerView {
    pub layer: MapLayer,
    pub title: String,
    /// Only entries with units; the counts add up to the number of units.
    pub legend: Vec<LegendEntry>,
    /// Aligned with `Dataset::counties`.
    pub units: Vec<UnitStyle>,
    pub note: Option<String>,
    /// One generated sentence saying what the colours show (largest and smallest group, or
    /// highest and lowest county); `None` where nothing stands out (e.g. all equal).
    pub takeaway: Option<String>,
}

impl LayerView {
    /// A summary for screen readers: the layer and every legend entry with its count, e.g.
    /// "结对城市：北京结对 23；天津结对 5；未结对的县区 23。"
    pub fn summary(&self, locale: Locale) -> String {
        let (colon, sep, end) = match locale {
            Locale::En => (": ", "; ", "."),
            _ => ("：", "；", "。"),
        };
        let entries: Vec<String> = self
            .legend
            .iter()
            .map(|e| format!("{} {}", e.label, e.count))
            .collect();
        format!("{}{colon}{}{end}", self.title, entries.join(sep))
    }
}

/// A layer's title.
pub fn layer_title(layer: MapLayer, locale: Locale) -> &'static str {
    layer_strings(locale).titles[layer.index()]
}

/// Legend keys of the two entries every layer ends with.
const KEY_UNPAIRED: &str = "unpaired";
const KEY_NO_DATA: &str = "nodata";

mod classify;
pub use classify::classify;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for l in MapLayer::ALL {
            assert_eq!(MapLayer::from_id(l.id()), Some(l));
            assert_eq!(MapLayer::ALL[l.index()], l);
        }
        // Old links: the district layer is now the partner layer's links.
        assert_eq!(MapLayer::from_id("district"), Some(MapLayer::Partner));
        for bad in [
            "",
            "fig.",
            "fig.poor_villages",
            "fig.<script>",
            "Partner",
            "fig.a b",
        ] {
            assert_eq!(MapLayer::from_id(bad), None, "{bad}");
        }
    }

    fn real() -> Dataset {
        crate::core::load::parse_dataset(
            include_str!("../../../data/dataset.json"),
            "data/dataset.json",
        )
        .unwrap()
    }

    fn all_layers(d: &Dataset) -> Vec<(MapLayer, Locale, LayerView)> {
        let mut out = Vec::new();
        for layer in MapLayer::ALL {
            for locale in Locale::ALL {
                let view = classify(d, layer, locale);
                out.push((layer, locale, view));
            }
        }
        out
    }

    #[test]
    fn every_layer_classifies_every_unit_and_counts_add_up() {
        let d = real();
        assert_eq!(d.counties.len(), 51);
        for (layer, locale, view) in all_layers(&d) {
            let ctx = format!("{} {locale:?}", layer.id());
            assert_eq!(view.units.len(), 51, "{ctx}");
            let total: usize = view.legend.iter().map(|e| e.count).sum();
            assert_eq!(total, 51, "{ctx}");
            assert!(!view.title.is_empty(), "{ctx}");
            for e in &view.legend {
                assert!(e.count > 0 && !e.label.is_empty(), "{ctx}: {e:?}");
                let members: Vec<&UnitStyle> = view
                    .units
                    .iter()
                    .filter(|u| u.legend_key.as_deref() == Some(e.key.as_str()))
                    .collect();
                assert_eq!(members.len(), e.count, "{ctx}: {}", e.key);
                assert!(members.iter().all(|u| u.class == e.class), "{ctx}");
            }
            // Unpaired units are "not paired" on every layer, and only they are.
            for (c, u) in d.counties.iter().zip(&view.units) {
                assert_eq!(c.pairing.is_none(), u.class == UNPAIRED, "{ctx} {}", c.code);
                assert_eq!(c.pairing.is_none(), u.value_text.is_none(), "{ctx}");
                assert!(u.class.starts_with("map__unit--"), "{ctx}");
            }
        }
    }

    #[test]
    fn unknown_is_no_data_never_a_value() {
        let d = real();
        for (layer, _, view) in all_layers(&d) {
            for (c, u) in d.counties.iter().zip(&view.units) {
                let Some(p) = &c.pairing else { continue };
                let known = match &layer {
                    MapLayer::Partner => p.partner.value.is_some(),
                    MapLayer::ExitYear => p.exit_year.value.is_some(),
                    MapLayer::PovertyStatus => p.poverty_status.value.is_some(),
                    MapLayer::DeepPoverty => p.deep_poverty.value.is_some(),
                };
                assert_eq!(known, u.class != NO_DATA, "{} {}", layer.id(), c.code);
                if !known {
                    assert_eq!(u.legend_key.as_deref(), Some(KEY_NO_DATA));
                }
            }
            // The value classes count exactly the units with a value.
            let valued: usize = view
                .legend
                .iter()
                .filter(|e| e.key != KEY_NO_DATA && e.key != KEY_UNPAIRED)
                .map(|e| e.count)
                .sum();
            let with_value = view
                .units
                .iter()
                .filter(|u| u.class != NO_DATA && u.class != UNPAIRED)
                .count();
            assert_eq!(valued, with_value, "{}", layer.id());
        }
    }

    #[test]
    fn fixed_layers_on_the_real_data() {
        let d = real();
        let partner = classify(&d, MapLayer::Partner, Locale::ZhHans);
        let counts: Vec<(&str, usize)> = partner
            .legend
            .iter()
            .map(|e| (e.key.as_str(), e.count))
            .collect();
        assert_eq!(counts, [("beijing", 23), ("tianjin", 5), ("unpaired", 23)]);
        let i = d.counties.iter().position(|c| c.code == "130723").unwrap();
        assert_eq!(
            partner.units[i].value_text.as_deref(),
            Some("北京（可信度：高）")
        );
        let exit = classify(&d, MapLayer::ExitYear, Locale::En);
        let keys: Vec<(&str, &str, &str)> = exit
            .legend
            .iter()
            .map(|e| (e.key.as_str(), e.label.as_str(), e.class))
            .collect();
        assert_eq!(
            keys[..4],
            [
                ("2017", "2017", EXIT[1]),
                ("2018", "2018", EXIT[2]),
                ("2019", "2019", EXIT[3]),
                ("2020", "2020", EXIT[4]),
            ]
        );
        let status = classify(&d, MapLayer::PovertyStatus, Locale::ZhHans);
        assert_eq!(status.legend.len(), 5);
        let deep = classify(&d, MapLayer::DeepPoverty, Locale::ZhHant);
        let yes = deep.legend.iter().find(|e| e.key == "yes").unwrap();
        let want = d
            .paired()
            .filter(|(_, p)| p.deep_poverty.value == Some(true))
            .count();
        assert_eq!(yes.count, want);
        assert_eq!(yes.label, "深度貧困縣");
    }

    #[test]
    fn swatch_classes_mirror_fill_classes() {
        assert_eq!(swatch_class(EXIT[1]), "legend__swatch--exit-1");
        assert_eq!(swatch_class(NO_DATA), "legend__swatch--nodata");
    }

    /// Every layer has a title and a button in every language (the words module checks
    /// that no number is typed into them).
    #[test]
    fn every_layer_is_named() {
        for l in Locale::ALL {
            let t = layer_strings(l);
            for s in t.titles.iter().chain(&t.buttons) {
                assert!(!s.is_empty());
            }
        }
    }

    #[test]
    fn takeaways_count_and_place_the_group_that_makes_the_point() {
        let d = real();
        let take = |layer: MapLayer, l: Locale| classify(&d, layer, l).takeaway.unwrap();
        assert_eq!(
            take(MapLayer::Partner, Locale::ZhHans),
            "北京结对的23个县：张家口市12个、保定市9个和承德市2个。"
        );
        assert_eq!(
            take(MapLayer::ExitYear, Locale::En),
            "The last 13 counties left the list in 2020: 8 in Zhangjiakou, 3 in Chengde and 2 in Baoding."
        );
        assert_eq!(
            take(MapLayer::PovertyStatus, Locale::ZhHant),
            "16個縣既是國家扶貧開發工作重點縣，又在連片特困地區：張家口市8個、保定市4個和承德市4個。"
        );
        assert_eq!(
            take(MapLayer::DeepPoverty, Locale::ZhHans),
            "河北省确定的深度贫困县有10个：张家口市5个、承德市3个和保定市2个。"
        );
    }

    #[test]
    fn no_takeaway_for_an_empty_group() {
        let mut d = real();
        for c in &mut d.counties {
            if let Some(p) = &mut c.pairing {
                p.deep_poverty.value = Some(false);
                p.exit_year.value = None;
            }
        }
        assert_eq!(
            classify(&d, MapLayer::DeepPoverty, Locale::En).takeaway,
            None
        );
        assert_eq!(classify(&d, MapLayer::ExitYear, Locale::En).takeaway, None);
    }
}
