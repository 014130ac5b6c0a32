//! What the map colours by: the layers a reader can switch between, and how each one
//! classifies the 51 units ([`classify`]): a fill class, a legend entry and the text the
//! tooltip shows for every unit. Unknown stays unknown: a paired county without a value is
//! "no data" (hatched), never zero or the lowest class; a unit that is not one of the paired
//! counties is "not paired" (muted).

use super::format::{Style, amount};
use super::locale::Locale;
use super::model::{Confidence, CountyFigure, Dataset, Pairing, Partner, PovertyStatus, Unit};
use super::strings::{fill, list_with_and, strings};

/// A map layer. `Figure` layers show one sourced county figure (ids from
/// `pairing.figures[].id` in the dataset).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MapLayer {
    #[default]
    Partner,
    District,
    ExitYear,
    PovertyStatus,
    DeepPoverty,
    Figure(String),
}

impl MapLayer {
    /// The id used in the URL: `partner`, `district`, `exit`, `status`, `deep`, `fig.<id>`.
    pub fn id(&self) -> String {
        match self {
            MapLayer::Partner => "partner".to_owned(),
            MapLayer::District => "district".to_owned(),
            MapLayer::ExitYear => "exit".to_owned(),
            MapLayer::PovertyStatus => "status".to_owned(),
            MapLayer::DeepPoverty => "deep".to_owned(),
            MapLayer::Figure(id) => format!("fig.{id}"),
        }
    }

    /// Reads an id written by [`MapLayer::id`]; `None` for anything else. Figure ids are
    /// checked against the dataset elsewhere (an unknown one falls back to the default).
    pub fn from_id(id: &str) -> Option<MapLayer> {
        Some(match id {
            "partner" => MapLayer::Partner,
            "district" => MapLayer::District,
            "exit" => MapLayer::ExitYear,
            "status" => MapLayer::PovertyStatus,
            "deep" => MapLayer::DeepPoverty,
            other => {
                let fig = other.strip_prefix("fig.")?;
                let ok = !fig.is_empty()
                    && fig.len() <= 64
                    && fig
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
                if !ok {
                    return None;
                }
                MapLayer::Figure(fig.to_owned())
            }
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
/// Partner city known, district unknown: hatched in the partner's colour.
pub const BEIJING_UNKNOWN: &str = "map__unit--beijing-unknown";
pub const TIANJIN_UNKNOWN: &str = "map__unit--tianjin-unknown";
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
/// County figures: five steps light to dark in one hue (teal).
pub const SEQUENTIAL: [&str; 5] = [
    "map__unit--seq-1",
    "map__unit--seq-2",
    "map__unit--seq-3",
    "map__unit--seq-4",
    "map__unit--seq-5",
];

/// Fills too light for white labels: labels on them are drawn in dark ink.
const LIGHT: [&str; 10] = [
    UNPAIRED,
    NO_DATA,
    BEIJING_UNKNOWN,
    TIANJIN_UNKNOWN,
    EXIT[0],
    EXIT[1],
    SEVERITY[0],
    SEVERITY[1],
    SEQUENTIAL[0],
    SEQUENTIAL[1],
];

/// Which steps of [`SEQUENTIAL`] `k` classes use, spread light to dark.
const STEPS: [&[usize]; 5] = [&[2], &[1, 3], &[0, 2, 4], &[0, 1, 3, 4], &[0, 1, 2, 3, 4]];

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
    /// Titles of the five fixed layers, in the order of [`layers`].
    pub titles: [&'static str; 5],
    /// Short names on the switcher's buttons, same order.
    pub buttons: [&'static str; 5],
    /// One sentence under the legend per fixed layer (empty = none).
    pub notes: [&'static str; 5],
    /// Under a figure layer whose counties share one period; `{0}` = the period.
    pub figure_note_period: &'static str,
    /// Under a figure layer whose counties' periods differ.
    pub figure_note: &'static str,
    /// Name of the switcher (its `aria-label`).
    pub switcher: &'static str,
    /// The figure layers' menu, and its first (empty) choice.
    pub figures: &'static str,
    pub figures_pick: &'static str,
    /// `{0}` = a layer title, `{1}` = how many counties have it.
    pub figure_option: &'static str,
    /// The same for a figure one county has.
    pub figure_option_one: &'static str,
    pub no_data: &'static str,
    /// `{0}` = the partner city.
    pub district_unknown: &'static str,
    pub deep_yes: &'static str,
    pub deep_no: &'static str,
    /// Around a confidence after a value: `{0}` = "可信度：高".
    pub confidence_wrap: &'static str,
    /// Between a value and its period.
    pub sep: &'static str,
    /// A class of values: `{0}` = lowest, `{1}` = highest.
    pub range: &'static str,
    pub legend_hint: &'static str,
    pub legend_clear: &'static str,
    pub show_projects: &'static str,
    pub projects: &'static str,
    pub not_on_map: &'static str,
    pub partner_unstated: &'static str,
    /// `{0}` = a sentence id of the article.
    pub sentence: &'static str,
    pub project: &'static str,
    /// A legend label quoted in a sentence: `{0}` = the label.
    pub quote: &'static str,
    /// The takeaway of a layer of groups: `{0}` = counties with a known value, `{1}` = the
    /// largest group(s), `{2}` = its count, `{3}` = the smallest group(s), `{4}` = its count.
    pub groups_most: &'static str,
    /// A count shared by tied groups: `{0}` = the count ("各3" → "各3个", "3 each").
    pub each: &'static str,
    /// Before the last of several quoted labels ("、" / " and ").
    pub last_sep: &'static str,
    /// The same when every county with a known value is in one group: `{0}`, `{1}` as above.
    pub groups_one: &'static str,
    /// The takeaway of a figure layer: `{0}` = counties with the figure, `{1}` = the highest
    /// county (or counties), `{2}` = its value, `{3}` = the lowest, `{4}` = its value.
    pub figure_most: &'static str,
    /// The same when one county has the figure: `{0}` = the county, `{1}` = its value.
    pub figure_one: &'static str,
}

pub const ZH_HANS: LayerStrings = LayerStrings {
    titles: [
        "结对城市",
        "结对区",
        "脱贫摘帽年份",
        "贫困县类别",
        "深度贫困县",
    ],
    buttons: ["结对城市", "结对区", "摘帽年份", "贫困县类别", "深度贫困"],
    notes: [
        "",
        "按结对城市着色；图例列出各结对区及其结对的县数。",
        "河北省政府批准该县退出贫困县序列的年份。",
        "国定贫困县分扶贫开发工作重点县和连片特困地区县，有的县两者都是。",
        "河北省确定的深度贫困县。",
    ],
    figure_note_period: "只有找到来源的县着色；时间：{0}。",
    figure_note: "只有找到来源的县着色；各县数字的时间不同，见县资料。",
    switcher: "地图显示",
    figures: "县级数字",
    figures_pick: "选择县级数字……",
    figure_option: "{0} · {1}个县",
    figure_option_one: "{0} · {1}个县",
    no_data: "无数据",
    district_unknown: "{0}：结对区未知",
    deep_yes: "深度贫困县",
    deep_no: "非深度贫困县",
    confidence_wrap: "（{0}）",
    sep: " · ",
    range: "{0}—{1}",
    legend_hint: "悬停或点击图例，突出显示相应的县；再点一次或按Esc键取消。",
    legend_clear: "取消筛选",
    show_projects: "显示合作项目",
    projects: "文章提到的合作项目",
    not_on_map: "不在地图上",
    partner_unstated: "合作方未说明",
    sentence: "原文{0}",
    project: "合作项目",
    quote: "“{0}”",
    groups_most: "有记录的{0}个县中，{1}最多，{2}个；{3}最少，{4}个。",
    each: "各{0}",
    last_sep: "和",
    groups_one: "有记录的{0}个县都是{1}。",
    figure_most: "有来源的{0}个县中，{1}最高（{2}），{3}最低（{4}）。",
    figure_one: "只有{0}有来源：{1}。",
};

pub const ZH_HANT: LayerStrings = LayerStrings {
    titles: [
        "結對城市",
        "結對區",
        "脫貧摘帽年份",
        "貧困縣類別",
        "深度貧困縣",
    ],
    buttons: ["結對城市", "結對區", "摘帽年份", "貧困縣類別", "深度貧困"],
    notes: [
        "",
        "按結對城市著色；圖例列出各結對區及其結對的縣數。",
        "河北省政府批准該縣退出貧困縣序列的年份。",
        "國定貧困縣分扶貧開發工作重點縣和連片特困地區縣，有的縣兩者都是。",
        "河北省確定的深度貧困縣。",
    ],
    figure_note_period: "只有找到來源的縣著色；時間：{0}。",
    figure_note: "只有找到來源的縣著色；各縣數字的時間不同，見縣資料。",
    switcher: "地圖顯示",
    figures: "縣級數字",
    figures_pick: "選擇縣級數字……",
    figure_option: "{0} · {1}個縣",
    figure_option_one: "{0} · {1}個縣",
    no_data: "無數據",
    district_unknown: "{0}：結對區未知",
    deep_yes: "深度貧困縣",
    deep_no: "非深度貧困縣",
    confidence_wrap: "（{0}）",
    sep: " · ",
    range: "{0}—{1}",
    legend_hint: "懸停或點擊圖例，突出顯示相應的縣；再點一次或按Esc鍵取消。",
    legend_clear: "取消篩選",
    show_projects: "顯示合作項目",
    projects: "文章提到的合作項目",
    not_on_map: "不在地圖上",
    partner_unstated: "合作方未說明",
    sentence: "原文{0}",
    project: "合作項目",
    quote: "「{0}」",
    groups_most: "有記錄的{0}個縣中，{1}最多，{2}個；{3}最少，{4}個。",
    each: "各{0}",
    last_sep: "和",
    groups_one: "有記錄的{0}個縣都是{1}。",
    figure_most: "有來源的{0}個縣中，{1}最高（{2}），{3}最低（{4}）。",
    figure_one: "只有{0}有來源：{1}。",
};

pub const EN: LayerStrings = LayerStrings {
    titles: [
        "Partner city",
        "Partner district",
        "Year it left the poverty list",
        "Poverty-county status",
        "Deep-poverty county",
    ],
    buttons: [
        "Partner city",
        "District",
        "Exit year",
        "Poverty status",
        "Deep poverty",
    ],
    notes: [
        "",
        "Coloured by partner city; the legend lists each partner district and how many counties it paired with.",
        "The year the Hebei government approved the county's exit from the list of poverty counties.",
        "National poverty counties are key counties of poverty-relief work, counties in a contiguous poor area, or both.",
        "The deep-poverty counties named by Hebei province.",
    ],
    figure_note_period: "Only counties with a sourced figure are coloured; period: {0}.",
    figure_note: "Only counties with a sourced figure are coloured; the counties' periods differ, see each county's facts.",
    switcher: "Map shows",
    figures: "County figures",
    figures_pick: "Pick a county figure…",
    figure_option: "{0} · {1} counties",
    figure_option_one: "{0} · {1} county",
    no_data: "No data",
    district_unknown: "{0}: district unknown",
    deep_yes: "Deep-poverty county",
    deep_no: "Not a deep-poverty county",
    confidence_wrap: " ({0})",
    sep: " · ",
    range: "{0}–{1}",
    legend_hint: "Hover over or click a legend entry to pick out its counties; click again or press Esc to clear.",
    legend_clear: "Clear",
    show_projects: "Show cooperation projects",
    projects: "Cooperation projects in the article",
    not_on_map: "Not on the map",
    partner_unstated: "partner not stated",
    sentence: "article, {0}",
    project: "Cooperation project",
    quote: "“{0}”",
    groups_most: "Of the {0} counties with a known value, the largest group is {1} ({2}) and the smallest {3} ({4}).",
    each: "{0} each",
    last_sep: " and ",
    groups_one: "All {0} counties with a known value are {1}.",
    figure_most: "Of the {0} counties with a sourced figure, {1} has the highest ({2}) and {3} the lowest ({4}).",
    figure_one: "Only {0} has a sourced figure: {1}.",
};

/// The layer strings of `locale`.
pub fn layer_strings(locale: Locale) -> &'static LayerStrings {
    match locale {
        Locale::ZhHans => &ZH_HANS,
        Locale::ZhHant => &ZH_HANT,
        Locale::En => &EN,
    }
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

/// Every layer of the dataset: the five fixed ones, then one per county figure id, in the
/// order the ids first appear.
pub fn layers(d: &Dataset) -> Vec<MapLayer> {
    let mut out = vec![
        MapLayer::Partner,
        MapLayer::District,
        MapLayer::ExitYear,
        MapLayer::PovertyStatus,
        MapLayer::DeepPoverty,
    ];
    for (_, p) in d.paired() {
        for f in &p.figures {
            let layer = MapLayer::Figure(f.id.clone());
            if !out.contains(&layer) {
                out.push(layer);
            }
        }
    }
    out
}

/// Position of a fixed layer in the string tables; `None` for figure layers.
pub fn fixed_index(layer: &MapLayer) -> Option<usize> {
    match layer {
        MapLayer::Partner => Some(0),
        MapLayer::District => Some(1),
        MapLayer::ExitYear => Some(2),
        MapLayer::PovertyStatus => Some(3),
        MapLayer::DeepPoverty => Some(4),
        MapLayer::Figure(_) => None,
    }
}

/// The first figure with id `id` of each county that has one, in dataset order.
fn figures_with<'a>(d: &'a Dataset, id: &str) -> Vec<(usize, &'a CountyFigure)> {
    d.counties
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let p = c.pairing.as_ref()?;
            p.figures.iter().find(|f| f.id == id).map(|f| (i, f))
        })
        .collect()
}

/// How many counties have the figure `id`.
pub fn figure_count(d: &Dataset, id: &str) -> usize {
    figures_with(d, id).len()
}

/// A layer's title: the fixed title, or the label of the figure (its id if no county has it).
pub fn layer_title(d: &Dataset, layer: &MapLayer, locale: Locale) -> String {
    match layer {
        MapLayer::Figure(id) => figures_with(d, id)
            .first()
            .map(|(_, f)| f.label.get(locale).to_owned())
            .unwrap_or_else(|| id.clone()),
        fixed => layer_strings(locale).titles[fixed_index(fixed).unwrap_or(0)].to_owned(),
    }
}

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

    fn finish(mut self, layer: &MapLayer, title: String, note: Option<String>) -> LayerView {
        self.legend.retain(|e| e.count > 0);
        LayerView {
            layer: layer.clone(),
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

const KEY_UNPAIRED: &str = "unpaired";
const KEY_NO_DATA: &str = "nodata";

/// Classifies every unit of the dataset on `layer`.
pub fn classify(d: &Dataset, layer: &MapLayer, locale: Locale) -> LayerView {
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
    let title = layer_title(d, layer, locale);
    let mut note = fixed_index(layer).map(|i| t.notes[i].to_owned());
    let mut figure_takeaway = None;
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
        MapLayer::District => {
            for partner in [Partner::Beijing, Partner::Tianjin] {
                for x in d.districts.iter().filter(|x| x.partner == partner) {
                    b.entry(
                        format!("d.{}", x.id),
                        x.name.get(locale),
                        partner_class(partner),
                    );
                }
                let (key, class) = match partner {
                    Partner::Beijing => ("unknown.beijing", BEIJING_UNKNOWN),
                    Partner::Tianjin => ("unknown.tianjin", TIANJIN_UNKNOWN),
                };
                b.entry(
                    key,
                    fill(t.district_unknown, &[s.partner_name(partner)]),
                    class,
                );
            }
            Box::new(|_, p| {
                let district = p.district.value.as_deref().and_then(|id| d.district(id));
                match (district, p.partner.value) {
                    (Some(x), _) => Some((
                        format!("d.{}", x.id),
                        with_confidence(x.name.get(locale), p.district.confidence),
                    )),
                    (None, Some(partner)) => Some((
                        format!("unknown.{}", partner_key(partner)),
                        format!("{}{}{}", s.unknown, t.sep, s.partner_name(partner)),
                    )),
                    (None, None) => None,
                }
            })
        }
        MapLayer::ExitYear => {
            let mut years: Vec<u16> = d.paired().filter_map(|(_, p)| p.exit_year.value).collect();
            super::sort::sort(&mut years);
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
        MapLayer::Figure(id) => {
            let found = figures_with(d, id);
            let mut periods: Vec<&str> = found.iter().map(|(_, f)| f.period.get(locale)).collect();
            periods.dedup();
            note = Some(match periods.as_slice() {
                [one] => fill(t.figure_note_period, &[one]),
                _ => t.figure_note.to_owned(),
            });
            figure_takeaway = figure_extremes(d, &found, locale);
            let values: Vec<f64> = found.iter().map(|(_, f)| f.value).collect();
            let (class_of, k) = breaks(&values);
            let steps = STEPS[k.clamp(1, STEPS.len()) - 1];
            for (c, step) in steps.iter().enumerate().take(k) {
                // Lowest and highest member of the class, by value.
                let members = || found.iter().zip(&class_of).filter(|(_, cl)| **cl == c);
                let lo = members()
                    .map(|((_, f), _)| *f)
                    .min_by(|a, b| by_value(a, b));
                let hi = members()
                    .map(|((_, f), _)| *f)
                    .max_by(|a, b| by_value(a, b));
                let (Some(lo), Some(hi)) = (lo, hi) else {
                    continue;
                };
                let label = if lo.value == hi.value {
                    figure_value(lo, locale)
                } else {
                    fill(
                        t.range,
                        &[&figure_value(lo, locale), &figure_value(hi, locale)],
                    )
                };
                b.entry(format!("c{c}"), label, SEQUENTIAL[*step]);
            }
            let class_at: Vec<(usize, usize, &CountyFigure)> = found
                .iter()
                .zip(&class_of)
                .map(|((i, f), c)| (*i, *c, *f))
                .collect();
            Box::new(move |i, _| {
                let (_, c, f) = class_at.iter().find(|(at, _, _)| *at == i)?;
                let text = format!(
                    "{}{}{}",
                    figure_value(f, locale),
                    t.sep,
                    f.period.get(locale)
                );
                Some((format!("c{c}"), with_confidence(&text, Some(f.confidence))))
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
    view.takeaway = match layer {
        MapLayer::Figure(_) => figure_takeaway,
        // One entry per district, nearly all of one county each: nothing stands out.
        MapLayer::District => None,
        _ => groups_extremes(&view.legend, locale),
    };
    view
}

/// Labels quoted and listed: `“A”、“B”和“C”` / `“A”, “B” and “C”`.
fn quoted<'a>(labels: impl Iterator<Item = &'a str>, locale: Locale) -> String {
    let t = layer_strings(locale);
    let quoted: Vec<String> = labels.map(|l| fill(t.quote, &[l])).collect();
    list_with_and(&quoted, strings(locale).list_sep, t.last_sep)
}

/// The largest and smallest groups of a layer of groups (ties named together), among the
/// counties with a known value.
fn groups_extremes(legend: &[LegendEntry], locale: Locale) -> Option<String> {
    let t = layer_strings(locale);
    let groups: Vec<&LegendEntry> = legend
        .iter()
        .filter(|e| e.key != KEY_NO_DATA && e.key != KEY_UNPAIRED)
        .collect();
    let known: usize = groups.iter().map(|e| e.count).sum();
    let max = groups.iter().map(|e| e.count).max()?;
    let min = groups.iter().map(|e| e.count).min()?;
    let with = |n: usize| -> Vec<&str> {
        groups
            .iter()
            .filter(|e| e.count == n)
            .map(|e| e.label.as_str())
            .collect()
    };
    let named = |n: usize| quoted(with(n).into_iter(), locale);
    let count = |n: usize| {
        if with(n).len() > 1 {
            fill(t.each, &[&n.to_string()])
        } else {
            n.to_string()
        }
    };
    match groups.len() {
        1 => Some(fill(t.groups_one, &[&known.to_string(), &named(max)])),
        _ if max == min => None,
        _ => Some(fill(
            t.groups_most,
            &[
                &known.to_string(),
                &named(max),
                &count(max),
                &named(min),
                &count(min),
            ],
        )),
    }
}

/// The highest and lowest county of a figure layer (ties named together); values as
/// printed, qualifiers included.
fn figure_extremes(
    d: &Dataset,
    found: &[(usize, &CountyFigure)],
    locale: Locale,
) -> Option<String> {
    let t = layer_strings(locale);
    let (_, hi) = found.iter().max_by(|a, b| by_value(a.1, b.1))?;
    let (_, lo) = found.iter().min_by(|a, b| by_value(a.1, b.1))?;
    let names = |f: &CountyFigure| {
        let list: Vec<&str> = found
            .iter()
            .filter(|(_, g)| by_value(g, f).is_eq())
            .map(|(i, _)| d.counties[*i].name.get(locale))
            .collect();
        list.join(strings(locale).list_sep)
    };
    if found.len() == 1 {
        return Some(fill(t.figure_one, &[&names(hi), &figure_value(hi, locale)]));
    }
    if by_value(hi, lo).is_eq() {
        return None;
    }
    Some(fill(
        t.figure_most,
        &[
            &found.len().to_string(),
            &names(hi),
            &figure_value(hi, locale),
            &names(lo),
            &figure_value(lo, locale),
        ],
    ))
}

fn partner_key(p: Partner) -> &'static str {
    match p {
        Partner::Beijing => "beijing",
        Partner::Tianjin => "tianjin",
    }
}

fn partner_class(p: Partner) -> &'static str {
    match p {
        Partner::Beijing => BEIJING,
        Partner::Tianjin => TIANJIN,
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

/// County figures in order of value; at an equal value, one with a qualifier ("over 20%")
/// ranks above the bare one.
fn by_value(a: &CountyFigure, b: &CountyFigure) -> std::cmp::Ordering {
    a.value
        .total_cmp(&b.value)
        .then(a.qualifier.is_some().cmp(&b.qualifier.is_some()))
}

/// A county figure as printed, with its qualifier (`20%以上`, `over 20%`).
fn figure_value(f: &CountyFigure, locale: Locale) -> String {
    amount(f.value, f.unit, None, f.qualifier, locale, Style::ExactWan)
}

/// Classes for `values`: one per distinct value when there are at most five distinct
/// values, else three to five quantile classes (more distinct values, more classes) whose
/// breaks never separate equal values. Returns each value's class (0 = lowest) and the
/// number of classes.
pub fn breaks(values: &[f64]) -> (Vec<usize>, usize) {
    let mut order: Vec<usize> = (0..values.len()).collect();
    super::sort::sort_by(&mut order, |&a, &b| values[a].total_cmp(&values[b]).is_lt());
    let mut distinct: Vec<f64> = order.iter().map(|&i| values[i]).collect();
    distinct.dedup();
    let n = distinct.len();
    let mut class = vec![0; values.len()];
    if n <= 5 {
        for (i, v) in values.iter().enumerate() {
            class[i] = distinct.iter().position(|x| x == v).unwrap_or(0);
        }
        return (class, n);
    }
    let k = (n / 3).clamp(3, 5);
    let len = order.len();
    let mut previous: Option<(f64, usize)> = None;
    for (rank, &i) in order.iter().enumerate() {
        let tentative = rank * k / len;
        let c = match previous {
            // Equal values stay in the class of the first of them.
            Some((v, c)) if v == values[i] => c,
            _ => tentative,
        };
        class[i] = c;
        previous = Some((values[i], c));
    }
    // Renumber without gaps.
    let mut used: Vec<usize> = class.clone();
    super::sort::sort(&mut used);
    used.dedup();
    for c in &mut class {
        *c = used.iter().position(|u| u == c).unwrap_or(0);
    }
    (class, used.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for l in [
            MapLayer::Partner,
            MapLayer::District,
            MapLayer::ExitYear,
            MapLayer::PovertyStatus,
            MapLayer::DeepPoverty,
            MapLayer::Figure("poor_population_end2013".into()),
        ] {
            assert_eq!(MapLayer::from_id(&l.id()), Some(l));
        }
        for bad in ["", "fig.", "fig.<script>", "Partner", "fig.a b"] {
            assert_eq!(MapLayer::from_id(bad), None, "{bad}");
        }
    }

    fn real() -> Dataset {
        crate::core::load::parse_dataset(
            include_str!("../../data/dataset.json"),
            "data/dataset.json",
        )
        .unwrap()
    }

    fn all_layers(d: &Dataset) -> Vec<(MapLayer, Locale, LayerView)> {
        let mut out = Vec::new();
        for layer in layers(d) {
            for locale in Locale::ALL {
                let view = classify(d, &layer, locale);
                out.push((layer.clone(), locale, view));
            }
        }
        out
    }

    #[test]
    fn layers_are_the_fixed_five_then_each_figure_once() {
        let d = real();
        let ls = layers(&d);
        assert_eq!(
            ls[..5],
            [
                MapLayer::Partner,
                MapLayer::District,
                MapLayer::ExitYear,
                MapLayer::PovertyStatus,
                MapLayer::DeepPoverty,
            ]
        );
        let figures: Vec<&MapLayer> = ls[5..].iter().collect();
        assert!(figures.iter().all(|l| matches!(l, MapLayer::Figure(_))));
        // Distinct, in dataset order, and each id survives the URL.
        let mut want: Vec<String> = Vec::new();
        for (_, p) in d.paired() {
            for f in &p.figures {
                if !want.contains(&f.id) {
                    want.push(f.id.clone());
                }
            }
        }
        let got: Vec<String> = figures.iter().map(|l| l.id()).collect();
        let want: Vec<String> = want.iter().map(|id| format!("fig.{id}")).collect();
        assert_eq!(got, want);
        for l in &ls {
            assert_eq!(MapLayer::from_id(&l.id()).as_ref(), Some(l));
        }
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
                    MapLayer::District => p.district.value.is_some() || p.partner.value.is_some(),
                    MapLayer::ExitYear => p.exit_year.value.is_some(),
                    MapLayer::PovertyStatus => p.poverty_status.value.is_some(),
                    MapLayer::DeepPoverty => p.deep_poverty.value.is_some(),
                    MapLayer::Figure(id) => p.figures.iter().any(|f| f.id == *id),
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
        // The real data: eight paired counties' districts are unknown, all Beijing's.
        let view = classify(&d, &MapLayer::District, Locale::ZhHans);
        let unknown = view.legend.iter().find(|e| e.key == "unknown.beijing");
        assert_eq!(unknown.map(|e| e.class), Some(BEIJING_UNKNOWN));
        assert!(view.legend.iter().all(|e| e.key != "unknown.tianjin"));
        let with_district = d
            .paired()
            .filter(|(_, p)| p.district.value.is_some())
            .count();
        let listed: usize = view
            .legend
            .iter()
            .filter(|e| e.key.starts_with("d."))
            .map(|e| e.count)
            .sum();
        assert_eq!(listed, with_district);
        assert_eq!(
            unknown.map(|e| e.count),
            Some(d.paired().count() - with_district)
        );
    }

    #[test]
    fn fixed_layers_on_the_real_data() {
        let d = real();
        let partner = classify(&d, &MapLayer::Partner, Locale::ZhHans);
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
        let exit = classify(&d, &MapLayer::ExitYear, Locale::En);
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
        let status = classify(&d, &MapLayer::PovertyStatus, Locale::ZhHans);
        assert_eq!(status.legend.len(), 5);
        let deep = classify(&d, &MapLayer::DeepPoverty, Locale::ZhHant);
        let yes = deep.legend.iter().find(|e| e.key == "yes").unwrap();
        let want = d
            .paired()
            .filter(|(_, p)| p.deep_poverty.value == Some(true))
            .count();
        assert_eq!(yes.count, want);
        assert_eq!(yes.label, "深度貧困縣");
    }

    #[test]
    fn figure_layers_on_the_real_data() {
        let d = real();
        // Two counties, two values: one class each, lighter for the lower value.
        let v = classify(
            &d,
            &MapLayer::Figure("single_project_aid_yuan".into()),
            Locale::ZhHans,
        );
        let legend: Vec<(&str, &str, usize)> = v
            .legend
            .iter()
            .map(|e| (e.label.as_str(), e.class, e.count))
            .collect();
        assert_eq!(
            legend,
            [
                ("1083万元", SEQUENTIAL[1], 1),
                ("1459.92万元", SEQUENTIAL[3], 1),
                ("无数据", NO_DATA, 26),
                ("未结对的县区", UNPAIRED, 23),
            ]
        );
        assert_eq!(v.title, "单个项目帮扶资金");
        // A lower bound says so, in the legend and the tooltip.
        let v = classify(
            &d,
            &MapLayer::Figure("poverty_incidence_2013_pct".into()),
            Locale::ZhHans,
        );
        assert_eq!(v.legend[0].label, "20%以上");
        let i = d.counties.iter().position(|c| c.code == "130722").unwrap();
        let text = v.units[i].value_text.as_deref().unwrap();
        assert!(text.starts_with("20%以上 · "), "{text}");
        assert!(text.contains("可信度"), "{text}");
        let en = classify(
            &d,
            &MapLayer::Figure("poverty_incidence_2013_pct".into()),
            Locale::En,
        );
        assert_eq!(en.legend[0].label, "over 20%");
        // Every figure layer: valued units get a step of the scale, others none.
        for layer in layers(&d).into_iter().skip(5) {
            let v = classify(&d, &layer, Locale::En);
            for u in &v.units {
                assert!(
                    SEQUENTIAL.contains(&u.class) || u.class == NO_DATA || u.class == UNPAIRED,
                    "{}",
                    layer.id()
                );
            }
        }
    }

    #[test]
    fn breaks_keep_equal_values_together() {
        assert_eq!(breaks(&[]), (vec![], 0));
        assert_eq!(breaks(&[5.0]), (vec![0], 1));
        assert_eq!(breaks(&[3.0, 1.0, 3.0, 2.0]), (vec![2, 0, 2, 1], 3));
        // Six distinct values: three classes of two.
        let (c, k) = breaks(&[6.0, 1.0, 5.0, 2.0, 4.0, 3.0]);
        assert_eq!((c, k), (vec![2, 0, 2, 0, 1, 1], 3));
        // Fifteen distinct values: five classes, in order.
        let values: Vec<f64> = (1..=15).map(f64::from).collect();
        let (c, k) = breaks(&values);
        assert_eq!(k, 5);
        assert!(c.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(c[0], 0);
        assert_eq!(c[14], 4);
        // Ties never straddle a break.
        let values = [1.0, 2.0, 3.0, 4.0, 4.0, 4.0, 4.0, 5.0, 6.0, 7.0];
        let (c, _) = breaks(&values);
        assert!(c[3..7].iter().all(|x| *x == c[3]));
    }

    #[test]
    fn many_values_get_range_labels_from_the_data() {
        let mut d = real();
        let template = d
            .paired()
            .flat_map(|(_, p)| p.figures.iter())
            .find(|f| f.id == "poor_villages")
            .cloned()
            .unwrap();
        let mut n = 0;
        for c in d.counties.iter_mut() {
            if let Some(p) = &mut c.pairing {
                p.figures.retain(|f| f.id != "poor_villages");
                n += 1;
                let mut f = template.clone();
                f.value = f64::from(n * 10);
                p.figures.push(f);
            }
        }
        let v = classify(&d, &MapLayer::Figure("poor_villages".into()), Locale::En);
        let classes: Vec<&LegendEntry> =
            v.legend.iter().filter(|e| e.key.starts_with('c')).collect();
        assert_eq!(classes.len(), 5);
        assert_eq!(classes[0].label, "10–60");
        assert_eq!(classes.last().unwrap().label, "240–280");
        assert_eq!(classes.iter().map(|e| e.count).sum::<usize>(), 28);
        let steps: Vec<&str> = classes.iter().map(|e| e.class).collect();
        assert_eq!(steps, SEQUENTIAL);
    }

    #[test]
    fn swatch_classes_mirror_fill_classes() {
        assert_eq!(swatch_class(EXIT[1]), "legend__swatch--exit-1");
        assert_eq!(swatch_class(NO_DATA), "legend__swatch--nodata");
    }

    /// Numbers come from the dataset: no digit is typed into a string table.
    #[test]
    fn no_typed_numbers_in_the_tables() {
        let src = include_str!("map_layers.rs");
        let start = src.find("pub const ZH_HANS: LayerStrings").unwrap();
        let end = src.find("/// The layer strings of `locale`.").unwrap();
        for line in src[start..end].lines() {
            let raw: String = line.split('"').skip(1).step_by(2).collect();
            let bare = (0..5).fold(raw, |acc, i| acc.replace(&format!("{{{i}}}"), ""));
            assert!(!bare.chars().any(|c| c.is_ascii_digit()), "{line}");
        }
        for l in Locale::ALL {
            let t = layer_strings(l);
            for s in t.titles.iter().chain(&t.buttons) {
                assert!(!s.is_empty());
            }
            assert!(t.range.contains("{0}") && t.range.contains("{1}"));
            assert!(t.district_unknown.contains("{0}"));
        }
    }

    #[test]
    fn takeaways_name_the_largest_and_smallest_from_the_data() {
        let d = real();
        let take = |layer: MapLayer, l: Locale| classify(&d, &layer, l).takeaway;
        assert_eq!(
            take(MapLayer::Partner, Locale::ZhHans).as_deref(),
            Some("有记录的28个县中，“北京结对”最多，23个；“天津结对”最少，5个。")
        );
        assert_eq!(
            take(MapLayer::Partner, Locale::ZhHant).as_deref(),
            Some("有記錄的28個縣中，「北京結對」最多，23個；「天津結對」最少，5個。")
        );
        assert_eq!(
            take(MapLayer::ExitYear, Locale::En).as_deref(),
            Some(
                "Of the 28 counties with a known value, the largest group is “2020” (13) and the smallest “2017” (1)."
            )
        );
        // Ties are named together, with their shared count.
        let en = take(MapLayer::PovertyStatus, Locale::En).unwrap();
        assert!(
            en.ends_with(" and “Provincial poverty county” (3 each)."),
            "{en}"
        );
        assert_eq!(
            take(MapLayer::PovertyStatus, Locale::ZhHans).as_deref(),
            Some(
                "有记录的28个县中，“国定：重点县及连片特困地区县”最多，16个；“国定：扶贫开发工作重点县”和“省定贫困县”最少，各3个。"
            )
        );
        // Figures: as printed, qualifiers and stated precision kept.
        assert_eq!(
            take(
                MapLayer::Figure("poor_population_end2013".into()),
                Locale::En
            )
            .as_deref(),
            Some(
                "Of the 2 counties with a sourced figure, Zhangbei County has the highest (90,570) and Kangbao County the lowest (88,000)."
            )
        );
        // In Chinese both in 万, not 90570 beside 8.8万.
        assert_eq!(
            take(
                MapLayer::Figure("poor_population_end2013".into()),
                Locale::ZhHans
            )
            .as_deref(),
            Some("有来源的2个县中，张北县最高（9.057万），康保县最低（8.8万）。")
        );
        assert_eq!(
            take(
                MapLayer::Figure("poverty_incidence_peak_pct".into()),
                Locale::ZhHans
            )
            .as_deref(),
            Some("只有阜平县有来源：50%以上。")
        );
        // One entry per district: nothing stands out, nothing is claimed.
        assert_eq!(take(MapLayer::District, Locale::En), None);
    }

    #[test]
    fn no_takeaway_when_all_groups_or_values_are_equal() {
        let legend = |counts: &[usize]| -> Vec<LegendEntry> {
            counts
                .iter()
                .enumerate()
                .map(|(i, n)| LegendEntry {
                    key: format!("k{i}"),
                    label: format!("L{i}"),
                    class: BEIJING,
                    count: *n,
                })
                .collect()
        };
        assert_eq!(groups_extremes(&legend(&[3, 3]), Locale::En), None);
        assert_eq!(groups_extremes(&legend(&[]), Locale::En), None);
        assert_eq!(
            groups_extremes(&legend(&[4]), Locale::En).as_deref(),
            Some("All 4 counties with a known value are “L0”.")
        );
        let d = real();
        let mut f = d.counties[0]
            .pairing
            .as_ref()
            .and_then(|p| p.figures.first())
            .cloned();
        if let Some(f) = f.as_mut() {
            let found = [(0, &*f), (1, &*f)];
            assert_eq!(figure_extremes(&d, &found, Locale::En), None);
        }
        assert_eq!(figure_extremes(&d, &[], Locale::En), None);
    }
}
