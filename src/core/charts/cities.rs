//! City against city (张家口 / 承德 / 保定) on the county facts: one horizontal bar per city,
//! as long as its number of paired counties, cut into segments by the chosen metric: the
//! partner city, deep poverty, the exit year or the partner district. Every bar partitions
//! the same counties, so switching metric keeps the bar lengths and only recuts them.
//! Unknown facts get their own dashed "unknown" segment, never a zero.

use super::palette::{self, Tone};
use super::source::{id_ranges, source_line};
use super::text;
use super::timeline::{LEGEND_SWATCH_GAP, LegendSlot, legend_flow};
use super::{ChartSpec, Mark};
use crate::core::format::{self, Style};
use crate::core::locale::Locale;
use crate::core::model::{City, County, Dataset, Pairing, Partner, Unit};
use crate::core::sort;
use crate::core::strings::{fill, strings};
use crate::core::svg::{self, Element, Node, el};
use crate::core::table::Table;

/// What the bars are cut by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CityMetric {
    /// Paired counties by partner city (Beijing / Tianjin).
    Paired,
    /// Deep-poverty counties among the paired.
    DeepPoverty,
    /// Paired counties by exit year.
    ExitYears,
    /// Paired counties by partner district.
    Partners,
}

impl CityMetric {
    pub const ALL: [CityMetric; 4] = [
        CityMetric::Paired,
        CityMetric::DeepPoverty,
        CityMetric::ExitYears,
        CityMetric::Partners,
    ];

    /// Stable id for the URL and file names.
    pub fn id(self) -> &'static str {
        match self {
            CityMetric::Paired => "paired",
            CityMetric::DeepPoverty => "deep",
            CityMetric::ExitYears => "exit",
            CityMetric::Partners => "partners",
        }
    }

    pub fn from_id(id: &str) -> Option<CityMetric> {
        CityMetric::ALL.into_iter().find(|m| m.id() == id)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// The name of `metric` for the metric picker.
pub fn label(metric: CityMetric, locale: Locale) -> &'static str {
    words(locale).labels[metric.index()]
}

/// The chart's fixed words. No digits: numbers and years come from the dataset.
struct Words {
    labels: [&'static str; 4],
    title: &'static str,
    subtitles: [&'static str; 4],
    city_col: &'static str,
    total_col: &'static str,
    counties: &'static str,
    counties_one: &'static str,
    deep_end: &'static str,
    deep_end_one: &'static str,
    districts: &'static str,
    districts_one: &'static str,
    not_deep: &'static str,
    /// `{0}` = year.
    exit_in: &'static str,
    beijing_districts: &'static str,
    tianjin_districts: &'static str,
    /// `{0}` = name, `{1}` = count.
    times: &'static str,
    /// `{0}` = a segment, `{1}` = its count.
    seg_item: &'static str,
    title_sep: &'static str,
    n_districts_col: &'static str,
    districts_col: &'static str,
    unknown_district_col: &'static str,
    /// A fact no source gives: `{0}` = the fact ("结对区未知", "Partner district not known").
    unknown_fact: &'static str,
    /// `{0}` = metric, `{1}` = items, `{2}`/`{3}` = most, `{4}`/`{5}` = fewest.
    summary: &'static str,
    /// `{0}` = city, `{1}` = its segments.
    summary_item: &'static str,
    /// `{0}` = city, `{1}` = its paired counties.
    paired_lead: &'static str,
    /// `{0}` = partner city.
    paired_all: &'static str,
    /// `{0}` = the parts.
    paired_mix: &'static str,
    /// `{0}` = partner city, `{1}` = count.
    paired_mix_item: &'static str,
    /// `{0}` = count.
    paired_mix_unknown: &'static str,
    /// `{0}` = partner city, `{1}` = its counties, `{2}` = the one city they are all in.
    paired_only_city: &'static str,
    /// `{0}` = deep-poverty counties, `{1}` = city, `{2}` = its deep-poverty counties.
    deep: &'static str,
    exit: &'static str,
    partners: &'static str,
    partners_unknown: &'static str,
    most: &'static str,
    unknown_clause: &'static str,
    end: &'static str,
    and: &'static str,
    /// `{0}` = value, `{1}` = what qualifies it.
    paren: &'static str,
}

const ZH_HANS: Words = Words {
    labels: ["结对城市", "深度贫困县", "摘帽年份", "结对区"],
    title: "各市受援县对比",
    subtitles: [
        "每条的长度是该市的受援县数，按结对城市分段",
        "每条的长度是该市的受援县数，其中的深度贫困县",
        "每条的长度是该市的受援县数，按脱贫摘帽年份分段",
        "每条的长度是该市的受援县数，每段是一个结对区",
    ],
    city_col: "城市",
    total_col: "受援县",
    counties: "{0}个县",
    counties_one: "{0}个县",
    deep_end: "{0}个深度贫困县",
    deep_end_one: "{0}个深度贫困县",
    districts: "{0}个结对区",
    districts_one: "{0}个结对区",
    not_deep: "其他受援县",
    exit_in: "{0}摘帽",
    beijing_districts: "北京的区",
    tianjin_districts: "天津的区",
    times: "{0}×{1}",
    seg_item: "{0}{1}个",
    title_sep: " · ",
    n_districts_col: "结对区数",
    districts_col: "结对区",
    unknown_district_col: "结对区未知的县",
    unknown_fact: "{0}未知",
    summary: "按{0}：{1}。最多的是{2}（{3}），最少的是{4}（{5}）。",
    summary_item: "{0}{1}",
    paired_lead: "{0}的受援县最多，有{1}个",
    paired_all: "，全部由{0}结对",
    paired_mix: "，其中{0}",
    paired_mix_item: "{0}结对{1}个",
    paired_mix_unknown: "结对城市未知{0}个",
    paired_only_city: "；{0}结对的{1}个县都在{2}",
    deep: "{0}个深度贫困县中，{1}占{2}个",
    exit: "最后一批（{0}）摘帽的{1}个县中，{2}占{3}个",
    partners: "{0}的受援县结对区最多，有{1}个",
    partners_unknown: "；共有{0}个受援县的结对区尚无来源",
    most: "，最多",
    unknown_clause: "；另有{0}个县的情况未知",
    end: "。",
    and: "、",
    paren: "{0}（{1}）",
};

const ZH_HANT: Words = Words {
    labels: ["結對城市", "深度貧困縣", "摘帽年份", "結對區"],
    title: "各市受援縣對比",
    subtitles: [
        "每條的長度是該市的受援縣數，按結對城市分段",
        "每條的長度是該市的受援縣數，其中的深度貧困縣",
        "每條的長度是該市的受援縣數，按脫貧摘帽年份分段",
        "每條的長度是該市的受援縣數，每段是一個結對區",
    ],
    city_col: "城市",
    total_col: "受援縣",
    counties: "{0}個縣",
    counties_one: "{0}個縣",
    deep_end: "{0}個深度貧困縣",
    deep_end_one: "{0}個深度貧困縣",
    districts: "{0}個結對區",
    districts_one: "{0}個結對區",
    not_deep: "其他受援縣",
    exit_in: "{0}摘帽",
    beijing_districts: "北京的區",
    tianjin_districts: "天津的區",
    times: "{0}×{1}",
    seg_item: "{0}{1}個",
    title_sep: " · ",
    n_districts_col: "結對區數",
    districts_col: "結對區",
    unknown_district_col: "結對區未知的縣",
    unknown_fact: "{0}未知",
    summary: "按{0}：{1}。最多的是{2}（{3}），最少的是{4}（{5}）。",
    summary_item: "{0}{1}",
    paired_lead: "{0}的受援縣最多，有{1}個",
    paired_all: "，全部由{0}結對",
    paired_mix: "，其中{0}",
    paired_mix_item: "{0}結對{1}個",
    paired_mix_unknown: "結對城市未知{0}個",
    paired_only_city: "；{0}結對的{1}個縣都在{2}",
    deep: "{0}個深度貧困縣中，{1}佔{2}個",
    exit: "最後一批（{0}）摘帽的{1}個縣中，{2}佔{3}個",
    partners: "{0}的受援縣結對區最多，有{1}個",
    partners_unknown: "；共有{0}個受援縣的結對區尚無來源",
    most: "，最多",
    unknown_clause: "；另有{0}個縣的情況未知",
    end: "。",
    and: "、",
    paren: "{0}（{1}）",
};

const EN: Words = Words {
    labels: [
        "Partner city",
        "Deep poverty",
        "Exit year",
        "Partner districts",
    ],
    title: "The aided counties, city by city",
    subtitles: [
        "Each bar is a city's aided counties, by partner city",
        "Each bar is a city's aided counties; the deep-poverty counties among them",
        "Each bar is a city's aided counties, by the year they left the poverty list",
        "Each bar is a city's aided counties; each segment is a partner district",
    ],
    city_col: "City",
    total_col: "Aided counties",
    counties: "{0} counties",
    counties_one: "{0} county",
    deep_end: "{0} deep-poverty counties",
    deep_end_one: "{0} deep-poverty county",
    districts: "{0} partner districts",
    districts_one: "{0} partner district",
    not_deep: "Other aided counties",
    exit_in: "Left in {0}",
    beijing_districts: "Beijing districts",
    tianjin_districts: "Tianjin districts",
    times: "{0} ×{1}",
    seg_item: "{0}: {1}",
    title_sep: " · ",
    n_districts_col: "Partner districts",
    districts_col: "Districts",
    unknown_district_col: "Counties, district unknown",
    unknown_fact: "{0} not known",
    summary: "By {0}: {1}. Most: {2} ({3}); fewest: {4} ({5}).",
    summary_item: "{0}: {1}",
    paired_lead: "{0} has the most aided counties, {1}",
    paired_all: ", all paired with {0}",
    paired_mix: ", of which {0}",
    paired_mix_item: "{1} paired with {0}",
    paired_mix_unknown: "{0} with the partner unknown",
    paired_only_city: "; all {1} counties paired with {0} are in {2}",
    deep: "Of the {0} deep-poverty counties, {2} are in {1}",
    exit: "Of the {1} counties in the last batch ({0}), {3} are in {2}",
    partners: "{0} has the most partner districts, {1}",
    partners_unknown: "; for {0} aided counties no source names the district yet",
    most: ", more than in any other city",
    unknown_clause: "; for {0} counties this is not known",
    end: ".",
    and: " and ",
    paren: "{0} ({1})",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::ZhHans => &ZH_HANS,
        Locale::ZhHant => &ZH_HANT,
        Locale::En => &EN,
    }
}

// ---------------------------------------------------------------------------------------
// 1. Series
// ---------------------------------------------------------------------------------------

/// What a segment holds.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Cat {
    Partner(Partner),
    Deep(bool),
    Year(u16),
    District(String),
    Unknown,
}

type Paired<'a> = (&'a County, &'a Pairing);

struct Segment<'a> {
    cat: Cat,
    counties: Vec<Paired<'a>>,
}

struct CityRow<'a> {
    city: &'a City,
    total: usize,
    segments: Vec<Segment<'a>>,
}

fn cat_of(metric: CityMetric, p: &Pairing) -> Cat {
    let known = match metric {
        CityMetric::Paired => p.partner.value.map(Cat::Partner),
        CityMetric::DeepPoverty => p.deep_poverty.value.map(Cat::Deep),
        CityMetric::ExitYears => p.exit_year.value.map(Cat::Year),
        CityMetric::Partners => p.district.value.clone().map(Cat::District),
    };
    known.unwrap_or(Cat::Unknown)
}

/// The partner of a district segment (from `districts`), if known.
fn district_partner(d: &Dataset, cat: &Cat) -> Option<Partner> {
    match cat {
        Cat::District(id) => d.district(id).map(|x| x.partner),
        Cat::Partner(p) => Some(*p),
        _ => None,
    }
}

/// Sort key of a segment inside a bar: Beijing before Tianjin, deep first, years ascending,
/// districts by partner then size, unknown last.
fn order(d: &Dataset, s: &Segment, first_seen: usize) -> (u8, u32, usize, usize) {
    match &s.cat {
        Cat::Partner(p) => (*p as u8, 0, 0, first_seen),
        Cat::Deep(b) => (u8::from(!b), 0, 0, first_seen),
        Cat::Year(y) => (0, u32::from(*y), 0, first_seen),
        Cat::District(_) => {
            let rank = district_partner(d, &s.cat).map_or(2, |p| p as u8);
            (rank, 0, usize::MAX - s.counties.len(), first_seen)
        }
        Cat::Unknown => (9, 0, 0, first_seen),
    }
}

fn series(d: &Dataset, metric: CityMetric) -> Vec<CityRow<'_>> {
    let mut rows: Vec<CityRow> = d
        .cities
        .iter()
        .map(|city| {
            let mut segments: Vec<Segment> = Vec::new();
            for (c, p) in d.paired().filter(|(c, _)| c.city == city.id) {
                let cat = cat_of(metric, p);
                match segments.iter_mut().find(|s| s.cat == cat) {
                    Some(s) => s.counties.push((c, p)),
                    None => segments.push(Segment {
                        cat,
                        counties: vec![(c, p)],
                    }),
                }
            }
            let mut keyed: Vec<_> = segments
                .into_iter()
                .enumerate()
                .map(|(i, s)| (order(d, &s, i), s))
                .collect();
            sort::sort_by_key(&mut keyed, |a| a.0);
            let segments: Vec<Segment> = keyed.into_iter().map(|(_, s)| s).collect();
            CityRow {
                city,
                total: segments.iter().map(|s| s.counties.len()).sum(),
                segments,
            }
        })
        .collect();
    // Most paired counties first; the dataset's city order breaks ties. The same for every
    // metric, so switching metric does not reorder the bars.
    sort::sort_by_key(&mut rows, |r| std::cmp::Reverse(r.total));
    rows
}

/// Every category present, in legend order.
fn categories(d: &Dataset, rows: &[CityRow], metric: CityMetric) -> Vec<Cat> {
    let mut cats: Vec<Cat> = Vec::new();
    for s in rows.iter().flat_map(|r| &r.segments) {
        if !cats.contains(&s.cat) {
            cats.push(s.cat.clone());
        }
    }
    if metric == CityMetric::Partners {
        // The legend names the districts' partner cities, not every district.
        let mut out: Vec<Cat> = [Partner::Beijing, Partner::Tianjin]
            .into_iter()
            .filter(|p| cats.iter().any(|c| district_partner(d, c) == Some(*p)))
            .map(Cat::Partner)
            .collect();
        if cats.contains(&Cat::Unknown) {
            out.push(Cat::Unknown);
        }
        return out;
    }
    let seg = |c: &Cat| Segment {
        cat: c.clone(),
        counties: Vec::new(),
    };
    sort::sort_by_key(&mut cats, |c| order(d, &seg(c), 0));
    cats
}

fn num(n: usize, locale: Locale) -> String {
    format::number(n as f64, locale, Style::Exact)
}

fn counted(n: usize, one: &str, many: &str, locale: Locale) -> String {
    fill(if n == 1 { one } else { many }, &[&num(n, locale)])
}

fn year_text(y: u16, locale: Locale) -> String {
    format::amount(f64::from(y), Unit::Year, None, None, locale, Style::Exact)
}

fn names(cities: &[&City], locale: Locale) -> String {
    let w = words(locale);
    let names: Vec<&str> = cities.iter().map(|c| c.name.get(locale)).collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => {
            let s = strings(locale);
            format!("{}{}{}", rest.join(s.list_sep), w.and, last)
        }
        _ => names.concat(),
    }
}

/// The cities with the largest `value` (all of them on a tie) and that value.
fn leaders<'a>(rows: &[CityRow<'a>], value: impl Fn(&CityRow) -> usize) -> (Vec<&'a City>, usize) {
    let max = rows.iter().map(&value).max().unwrap_or(0);
    let cities = rows
        .iter()
        .filter(|r| value(r) == max)
        .map(|r| r.city)
        .collect();
    (cities, max)
}

fn count_in(row: &CityRow, pred: impl Fn(&Cat) -> bool) -> usize {
    row.segments
        .iter()
        .filter(|s| pred(&s.cat))
        .map(|s| s.counties.len())
        .sum()
}

fn unknown_in(rows: &[CityRow]) -> usize {
    rows.iter()
        .map(|r| count_in(r, |c| *c == Cat::Unknown))
        .sum()
}

/// The generated takeaway for `metric`; `None` when the data has nothing to say.
pub fn takeaway(d: &Dataset, locale: Locale, metric: CityMetric) -> Option<String> {
    let s = strings(locale);
    let w = words(locale);
    let rows = series(d, metric);
    let mut out = match metric {
        CityMetric::Paired => {
            let (lead, n) = leaders(&rows, |r| r.total);
            if n == 0 {
                return None;
            }
            let mut out = fill(w.paired_lead, &[&names(&lead, locale), &num(n, locale)]);
            let lead_rows: Vec<&CityRow> = rows
                .iter()
                .filter(|r| lead.iter().any(|c| std::ptr::eq(*c, r.city)))
                .collect();
            let part =
                |cat: Cat| -> usize { lead_rows.iter().map(|r| count_in(r, |c| *c == cat)).sum() };
            let parts: Vec<(Cat, usize)> = [
                Cat::Partner(Partner::Beijing),
                Cat::Partner(Partner::Tianjin),
                Cat::Unknown,
            ]
            .into_iter()
            .map(|c| (c.clone(), part(c)))
            .filter(|(_, n)| *n > 0)
            .collect();
            match parts.as_slice() {
                [(Cat::Partner(p), _)] => {
                    out.push_str(&fill(w.paired_all, &[s.partner_name(*p)]));
                }
                _ => {
                    let items: Vec<String> = parts
                        .iter()
                        .map(|(c, n)| match c {
                            Cat::Partner(p) => {
                                fill(w.paired_mix_item, &[s.partner_name(*p), &num(*n, locale)])
                            }
                            _ => fill(w.paired_mix_unknown, &[&num(*n, locale)]),
                        })
                        .collect();
                    out.push_str(&fill(w.paired_mix, &[&items.join(s.list_sep)]));
                }
            }
            // The partner with fewer counties, if they all lie in one city.
            let by_partner = |p: Partner| -> Vec<&City> {
                rows.iter()
                    .filter(|r| count_in(r, |c| *c == Cat::Partner(p)) > 0)
                    .map(|r| r.city)
                    .collect()
            };
            let total = |p: Partner| -> usize {
                rows.iter()
                    .map(|r| count_in(r, |c| *c == Cat::Partner(p)))
                    .sum()
            };
            let (b, t) = (total(Partner::Beijing), total(Partner::Tianjin));
            let minority = match b.cmp(&t) {
                std::cmp::Ordering::Less if b > 0 => Some((Partner::Beijing, b)),
                std::cmp::Ordering::Greater if t > 0 => Some((Partner::Tianjin, t)),
                _ => None,
            };
            if let Some((p, n)) = minority
                && let [city] = by_partner(p).as_slice()
            {
                out.push_str(&fill(
                    w.paired_only_city,
                    &[s.partner_name(p), &num(n, locale), city.name.get(locale)],
                ));
            }
            out
        }
        CityMetric::DeepPoverty => {
            let deep = |r: &CityRow| count_in(r, |c| *c == Cat::Deep(true));
            let all: usize = rows.iter().map(deep).sum();
            if all == 0 {
                return None;
            }
            let (lead, n) = leaders(&rows, deep);
            let mut out = fill(
                w.deep,
                &[&num(all, locale), &names(&lead, locale), &num(n, locale)],
            );
            if lead.len() == 1 {
                out.push_str(w.most);
            }
            out
        }
        CityMetric::ExitYears => {
            let last = rows
                .iter()
                .flat_map(|r| &r.segments)
                .filter_map(|s| match s.cat {
                    Cat::Year(y) => Some(y),
                    _ => None,
                })
                .max()?;
            let in_last = |r: &CityRow| count_in(r, |c| *c == Cat::Year(last));
            let all: usize = rows.iter().map(in_last).sum();
            let (lead, n) = leaders(&rows, in_last);
            fill(
                w.exit,
                &[
                    &year_text(last, locale),
                    &num(all, locale),
                    &names(&lead, locale),
                    &num(n, locale),
                ],
            )
        }
        CityMetric::Partners => {
            let districts = |r: &CityRow| {
                r.segments
                    .iter()
                    .filter(|s| matches!(s.cat, Cat::District(_)))
                    .count()
            };
            let (lead, n) = leaders(&rows, districts);
            if n == 0 {
                return None;
            }
            let mut out = fill(w.partners, &[&names(&lead, locale), &num(n, locale)]);
            let unknown = unknown_in(&rows);
            if unknown > 0 {
                out.push_str(&fill(w.partners_unknown, &[&num(unknown, locale)]));
            }
            out.push_str(w.end);
            return Some(out);
        }
    };
    let unknown = unknown_in(&rows);
    if unknown > 0 {
        out.push_str(&fill(w.unknown_clause, &[&num(unknown, locale)]));
    }
    out.push_str(w.end);
    Some(out)
}

// ---------------------------------------------------------------------------------------
// 2. Placement
// ---------------------------------------------------------------------------------------

const SIZE: f64 = 12.0;
const BAR_H: f64 = 26.0;
const ROW_GAP: f64 = 16.0;
const SEG_GAP: f64 = 2.0;
const MIN_BAR: f64 = 260.0;
const SWATCH_W: f64 = 22.0;

/// How a segment is painted: fill class or inline colour, stroke, and its text class.
#[derive(Debug, Clone, PartialEq)]
struct Paint {
    class: String,
    fill: Option<String>,
    dashed: bool,
    text: &'static str,
}

impl Paint {
    fn class(class: &str, text: &'static str) -> Paint {
        Paint {
            class: class.to_owned(),
            fill: None,
            dashed: false,
            text,
        }
    }

    fn unknown() -> Paint {
        Paint {
            class: "c-muted s-hebei".to_owned(),
            fill: None,
            dashed: true,
            text: "t-label",
        }
    }

    fn rect(&self, x: f64, y: f64, w: f64, h: f64) -> Element {
        let r = el("rect")
            .attr("x", x)
            .attr("y", y)
            .attr("width", w)
            .attr("height", h)
            .attr_opt("class", (!self.class.is_empty()).then_some(&self.class))
            .attr_opt("fill", self.fill.as_deref());
        if self.dashed {
            r.attr("stroke-dasharray", "3 2").attr("stroke-width", 1.2)
        } else {
            r
        }
    }
}

fn rgb(hex: &str) -> [f64; 3] {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0);
    [(v >> 16) & 255, (v >> 8) & 255, v & 255].map(f64::from)
}

fn luminance(c: [f64; 3]) -> f64 {
    let lin = |v: f64| {
        let v = v / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}

/// Step `i` of `n` of the exit-year scale: from a light tint of the Hebei neutral to the
/// Hebei colour itself (the last step uses its class). Later years are darker.
fn year_paint(i: usize, n: usize) -> Paint {
    if i + 1 >= n {
        return Paint::class("c-hebei", "t-on-dark");
    }
    let t = (i + 1) as f64 / n as f64;
    let (a, b) = (rgb(palette::MUTED), rgb(palette::HEBEI));
    let c = [0, 1, 2].map(|k| (a[k] + (b[k] - a[k]) * t).round());
    let hex = format!("#{:02x}{:02x}{:02x}", c[0] as u8, c[1] as u8, c[2] as u8);
    let l = luminance(c);
    let on_white = 1.05 / (l + 0.05);
    let on_ink = (l + 0.05) / (luminance(rgb(palette::INK)) + 0.05);
    Paint {
        class: String::new(),
        fill: Some(hex),
        dashed: false,
        text: if on_white > on_ink {
            "t-on-dark"
        } else {
            "t-value"
        },
    }
}

fn paint(d: &Dataset, cat: &Cat, years: &[u16]) -> Paint {
    match cat {
        Cat::Partner(_) | Cat::District(_) => match district_partner(d, cat) {
            Some(Partner::Beijing) => Paint::class("c-beijing", "t-on-dark"),
            Some(Partner::Tianjin) => Paint::class("c-tianjin", "t-on-dark"),
            None => Paint::class("c-hebei", "t-on-dark"),
        },
        Cat::Deep(true) => Paint::class("c-hebei", "t-on-dark"),
        Cat::Deep(false) => Paint::class("c-muted", "t-label"),
        Cat::Year(y) => {
            let i = years.iter().position(|v| v == y).unwrap_or(0);
            year_paint(i, years.len())
        }
        Cat::Unknown => Paint::unknown(),
    }
}

fn tone(d: &Dataset, cat: &Cat) -> Tone {
    match cat {
        Cat::Partner(_) | Cat::District(_) => match district_partner(d, cat) {
            Some(Partner::Beijing) => Tone::Beijing,
            Some(Partner::Tianjin) => Tone::Tianjin,
            None => Tone::Hebei,
        },
        Cat::Deep(true) | Cat::Year(_) => Tone::Hebei,
        Cat::Deep(false) | Cat::Unknown => Tone::Muted,
    }
}

fn letter(p: Option<Partner>, locale: Locale) -> &'static str {
    match (p, locale) {
        (Some(Partner::Beijing), Locale::En) => "B",
        (Some(Partner::Tianjin), Locale::En) => "T",
        (Some(Partner::Beijing), _) => "京",
        (Some(Partner::Tianjin), _) => "津",
        (None, _) => "?",
    }
}

/// The name of a category (legend, tooltip title, table column).
fn cat_name(d: &Dataset, cat: &Cat, metric: CityMetric, locale: Locale) -> String {
    let s = strings(locale);
    let w = words(locale);
    match cat {
        Cat::Partner(p) if metric == CityMetric::Partners => match p {
            Partner::Beijing => w.beijing_districts.to_owned(),
            Partner::Tianjin => w.tianjin_districts.to_owned(),
        },
        Cat::Partner(Partner::Beijing) => s.legend_beijing.to_owned(),
        Cat::Partner(Partner::Tianjin) => s.legend_tianjin.to_owned(),
        Cat::Deep(true) => s.deep_poverty.to_owned(),
        Cat::Deep(false) => w.not_deep.to_owned(),
        Cat::Year(y) => year_text(*y, locale),
        Cat::District(id) => d
            .district(id)
            .map_or_else(|| id.clone(), |x| x.name.get(locale).to_owned()),
        Cat::Unknown => {
            let fact = match metric {
                CityMetric::Paired => s.partner,
                CityMetric::DeepPoverty => s.deep_poverty,
                CityMetric::ExitYears => s.exit_year,
                CityMetric::Partners => s.district,
            };
            fill(words(locale).unknown_fact, &[fact])
        }
    }
}

/// Label candidates inside a segment, longest first; the first that fits is drawn.
fn seg_labels(d: &Dataset, cat: &Cat, n: usize, locale: Locale) -> Vec<String> {
    let s = strings(locale);
    let w = words(locale);
    let n_text = num(n, locale);
    let with_n = |name: &str| fill(w.seg_item, &[name, &n_text]);
    let times = |name: &str| {
        if n == 1 {
            name.to_owned()
        } else {
            fill(w.times, &[name, &n_text])
        }
    };
    let partner = district_partner(d, cat);
    match cat {
        Cat::Partner(p) => vec![
            format!("{} {}", s.partner_name(*p), n_text),
            format!("{} {}", letter(Some(*p), locale), n_text),
            letter(Some(*p), locale).to_owned(),
        ],
        // The legend names the two; the end label says how many are deep-poverty counties.
        Cat::Deep(_) => vec![n_text],
        Cat::Year(y) => vec![with_n(&year_text(*y, locale)), n_text],
        Cat::District(_) => {
            let name = cat_name(d, cat, CityMetric::Partners, locale);
            let short = ["区", "區", " District"]
                .iter()
                .find_map(|suffix| name.strip_suffix(suffix))
                .unwrap_or(&name)
                .to_owned();
            // The short name first, so every segment reads alike ("Shunyi ×2" beside
            // "Yanqing"); the full name is in the tooltip and the table.
            let l = letter(partner, locale);
            vec![times(&short), times(l), l.to_owned()]
        }
        Cat::Unknown => vec![with_n(s.unknown), format!("? {n_text}"), "?".to_owned()],
    }
}

struct SegBox {
    x: f64,
    w: f64,
    /// The label and its font size.
    label: Option<(String, f64)>,
}

/// A segment's first (most telling) label may drop to this size before a shorter one is
/// tried: "Dongcheng" in 11 px rather than the partner's letter alone.
const SEG_SMALL: f64 = 11.0;

struct RowBox {
    name: (f64, f64),
    end: (f64, f64, &'static str),
    bar_y: f64,
    segs: Vec<SegBox>,
}

struct Layout {
    legend: Vec<LegendSlot>,
    rows: Vec<RowBox>,
    height: f64,
}

fn end_label(row: &CityRow, metric: CityMetric, locale: Locale) -> String {
    let w = words(locale);
    match metric {
        CityMetric::Paired | CityMetric::ExitYears => {
            counted(row.total, w.counties_one, w.counties, locale)
        }
        CityMetric::DeepPoverty => counted(
            count_in(row, |c| *c == Cat::Deep(true)),
            w.deep_end_one,
            w.deep_end,
            locale,
        ),
        CityMetric::Partners => counted(
            row.segments
                .iter()
                .filter(|s| matches!(s.cat, Cat::District(_)))
                .count(),
            w.districts_one,
            w.districts,
            locale,
        ),
    }
}

fn bold(s: &str) -> f64 {
    text::measure(s, SIZE, true)
}

fn legend_labels(
    d: &Dataset,
    cats: &[Cat],
    metric: CityMetric,
    locale: Locale,
) -> Vec<(f64, String)> {
    cats.iter()
        .map(|c| (SWATCH_W, cat_name(d, c, metric, locale)))
        .collect()
}

fn place(d: &Dataset, rows: &[CityRow], metric: CityMetric, locale: Locale, width: f64) -> Layout {
    let cats = categories(d, rows, metric);
    let (legend, legend_h) = legend_flow(&legend_labels(d, &cats, metric, locale), width);
    let top = if legend.is_empty() {
        0.0
    } else {
        legend_h + 16.0
    };
    let name_w = rows
        .iter()
        .map(|r| bold(r.city.name.get(locale)))
        .fold(0.0, f64::max);
    let ends: Vec<String> = rows.iter().map(|r| end_label(r, metric, locale)).collect();
    // Real fonts run a few per cent wider than the estimate: leave room.
    let end_w = ends
        .iter()
        .map(|e| text::width(e, SIZE) * 1.08)
        .fold(0.0, f64::max);
    let side = name_w + 10.0 + MIN_BAR + 6.0 + end_w <= width;
    let (x0, x1) = if side {
        (name_w + 10.0, width - end_w - 6.0)
    } else {
        (0.0, width)
    };
    let max_total = rows.iter().map(|r| r.total).max().unwrap_or(0);
    let unit = if max_total == 0 {
        0.0
    } else {
        (x1 - x0) / max_total as f64
    };
    let mut y = top;
    let mut boxes = Vec::new();
    for (r, end) in rows.iter().zip(&ends) {
        let bar_end = x0 + r.total as f64 * unit;
        let (name, end_pos, bar_y) = if side {
            let base = y + BAR_H / 2.0 + 4.0;
            ((0.0, base), (bar_end + 6.0, base, "start"), y)
        } else if bold(r.city.name.get(locale)) + 8.0 + text::width(end, SIZE) <= width {
            ((0.0, y + 13.0), (width, y + 13.0, "end"), y + 20.0)
        } else {
            // Too narrow for both on one line: the end label goes under the name.
            ((0.0, y + 13.0), (0.0, y + 29.0, "start"), y + 36.0)
        };
        let mut segs = Vec::new();
        let mut x = x0;
        let n_segs = r.segments.len();
        for (i, s) in r.segments.iter().enumerate() {
            let full = s.counties.len() as f64 * unit;
            let w = if i + 1 < n_segs {
                (full - SEG_GAP).max(1.0)
            } else {
                full
            };
            let fits = |l: &str, size: f64| bold(l) * size / SIZE + 8.0 <= w;
            let label = seg_labels(d, &s.cat, s.counties.len(), locale)
                .into_iter()
                .enumerate()
                .find_map(|(k, l)| {
                    if fits(&l, SIZE) {
                        Some((l, SIZE))
                    } else if k == 0 && fits(&l, SEG_SMALL) {
                        Some((l, SEG_SMALL))
                    } else {
                        None
                    }
                });
            segs.push(SegBox { x, w, label });
            x += full;
        }
        boxes.push(RowBox {
            name,
            end: end_pos,
            bar_y,
            segs,
        });
        y = bar_y + BAR_H + ROW_GAP;
    }
    Layout {
        legend,
        rows: boxes,
        height: (y - ROW_GAP + 4.0).ceil(),
    }
}

// ---------------------------------------------------------------------------------------
// 3. Render
// ---------------------------------------------------------------------------------------

fn fact_sources(metric: CityMetric, p: &Pairing) -> Vec<&str> {
    let fact = match metric {
        CityMetric::Paired => &p.partner.sources,
        CityMetric::DeepPoverty => &p.deep_poverty.sources,
        CityMetric::ExitYears => &p.exit_year.sources,
        CityMetric::Partners => &p.district.sources,
    };
    p.membership
        .sources
        .iter()
        .chain(fact)
        .map(String::as_str)
        .collect()
}

/// The cities compared on `metric`.
pub fn spec(d: &Dataset, locale: Locale, width: f64, metric: CityMetric) -> ChartSpec {
    let s = strings(locale);
    let w = words(locale);
    let rows = series(d, metric);
    let layout = place(d, &rows, metric, locale, width);
    let cats = categories(d, &rows, metric);
    let mut years: Vec<u16> = cats
        .iter()
        .filter_map(|c| match c {
            Cat::Year(y) => Some(*y),
            _ => None,
        })
        .collect();
    sort::sort(&mut years);

    let mut body: Vec<Node> = Vec::new();
    for (cat, slot) in cats.iter().zip(&layout.legend) {
        let p = paint(d, cat, &years);
        let mut g = el("g").attr("class", "legend").child(p.rect(
            slot.x + 0.6,
            slot.y + 1.6,
            SWATCH_W - 1.2,
            12.8,
        ));
        if let Cat::Partner(partner) = cat {
            g = g.child(
                el("text")
                    .attr("x", slot.x + SWATCH_W / 2.0)
                    .attr("y", slot.y + 12.0)
                    .attr("text-anchor", "middle")
                    .attr("class", p.text)
                    .attr("font-size", 11)
                    .attr("font-weight", 700)
                    .child(svg::text(letter(Some(*partner), locale))),
            );
        }
        g = g.children(slot.text_nodes(slot.x + SWATCH_W + LEGEND_SWATCH_GAP));
        body.push(g.into());
    }

    let mut marks = Vec::new();
    for (r, b) in rows.iter().zip(&layout.rows) {
        let city = r.city.name.get(locale);
        body.push(
            el("text")
                .attr("x", b.name.0)
                .attr("y", b.name.1)
                .attr("class", "t-value")
                .child(svg::text(city))
                .into(),
        );
        let (ex, ey, anchor) = b.end;
        body.push(
            el("text")
                .attr("x", ex)
                .attr("y", ey)
                .attr("text-anchor", anchor)
                .attr("class", "t-label")
                .child(svg::text(end_label(r, metric, locale)))
                .into(),
        );
        for (seg, sb) in r.segments.iter().zip(&b.segs) {
            let p = paint(d, &seg.cat, &years);
            let key_part = match &seg.cat {
                Cat::Partner(Partner::Beijing) => "beijing".to_owned(),
                Cat::Partner(Partner::Tianjin) => "tianjin".to_owned(),
                Cat::Deep(true) => "deep".to_owned(),
                Cat::Deep(false) => "not-deep".to_owned(),
                Cat::Year(y) => y.to_string(),
                Cat::District(id) => id.clone(),
                Cat::Unknown => "unknown".to_owned(),
            };
            let key = format!("{}:{}", r.city.id, key_part);
            let mut g = el("g")
                .attr("data-key", &key)
                .child(p.rect(sb.x, b.bar_y, sb.w, BAR_H));
            if let Some((l, size)) = &sb.label {
                g = g.child(
                    el("text")
                        .attr("x", sb.x + sb.w / 2.0)
                        .attr("y", b.bar_y + BAR_H / 2.0 + 4.0)
                        .attr("text-anchor", "middle")
                        .attr("class", p.text)
                        .attr("font-size", *size)
                        .attr("font-weight", 700)
                        .child(svg::text(l)),
                );
            }
            body.push(g.into());

            let n = seg.counties.len();
            let mut lines = vec![counted(n, w.counties_one, w.counties, locale)];
            if let Cat::District(_) = seg.cat
                && let Some(p) = district_partner(d, &seg.cat)
            {
                lines[0] = format!("{}{}{}", lines[0], s.list_sep, s.partner_name(p));
            }
            let county_names: Vec<&str> = seg
                .counties
                .iter()
                .map(|(c, _)| c.name.get(locale))
                .collect();
            lines.push(county_names.join(s.list_sep));
            let ids: Vec<&str> = seg
                .counties
                .iter()
                .flat_map(|(_, p)| fact_sources(metric, p))
                .collect();
            let ids = id_ranges(
                &ids.into_iter()
                    .filter(|id| *id != d.article.source)
                    .collect::<Vec<_>>(),
                locale,
            );
            if !ids.is_empty() {
                lines.push(format!("{}{}{}", s.sources, s.colon, ids));
            }
            let what = match seg.cat {
                Cat::Year(y) => fill(w.exit_in, &[&year_text(y, locale)]),
                _ => cat_name(d, &seg.cat, metric, locale),
            };
            marks.push(Mark {
                key,
                title: format!("{}{}{}", city, w.title_sep, what),
                lines,
                anchor: (sb.x + sb.w / 2.0, b.bar_y),
                tone: Some(tone(d, &seg.cat)),
            });
        }
    }

    let title = w.title.to_owned();
    let ids: Vec<&str> = d
        .paired()
        .flat_map(|(_, p)| fact_sources(metric, p))
        .collect();
    let source = source_line(d, locale, &ids);
    let table = table(d, &rows, &cats, metric, locale, &title, &source);
    let summary = summary(d, &rows, metric, locale, &title);

    ChartSpec {
        id: "cities",
        title,
        subtitle: Some(w.subtitles[metric.index()].to_owned()),
        takeaway: takeaway(d, locale, metric),
        source,
        width,
        height: layout.height,
        body,
        marks,
        table,
        summary,
    }
}

fn table(
    d: &Dataset,
    rows: &[CityRow],
    cats: &[Cat],
    metric: CityMetric,
    locale: Locale,
    title: &str,
    source: &str,
) -> Table {
    let s = strings(locale);
    let w = words(locale);
    let cell = |n: usize| (num(n, locale), Some(n.to_string()));
    if metric == CityMetric::Partners {
        let mut t = Table::new(
            title,
            source,
            vec![
                w.city_col.to_owned(),
                w.n_districts_col.to_owned(),
                w.districts_col.to_owned(),
                w.unknown_district_col.to_owned(),
                w.total_col.to_owned(),
            ],
        );
        for r in rows {
            let known: Vec<&Segment> = r
                .segments
                .iter()
                .filter(|s| matches!(s.cat, Cat::District(_)))
                .collect();
            let list: Vec<String> = known
                .iter()
                .map(|sg| {
                    let name = cat_name(d, &sg.cat, metric, locale);
                    if sg.counties.len() == 1 {
                        name
                    } else {
                        fill(w.times, &[&name, &num(sg.counties.len(), locale)])
                    }
                })
                .collect();
            t.push(vec![
                (r.city.name.get(locale).to_owned(), None),
                cell(known.len()),
                (list.join(s.list_sep), None),
                cell(count_in(r, |c| *c == Cat::Unknown)),
                cell(r.total),
            ]);
        }
        return t;
    }
    let mut columns = vec![w.city_col.to_owned()];
    columns.extend(cats.iter().map(|c| cat_name(d, c, metric, locale)));
    columns.push(w.total_col.to_owned());
    let mut t = Table::new(title, source, columns);
    for r in rows {
        let mut cells = vec![(r.city.name.get(locale).to_owned(), None)];
        cells.extend(cats.iter().map(|cat| cell(count_in(r, |c| c == cat))));
        cells.push(cell(r.total));
        t.push(cells);
    }
    t
}

fn summary(
    d: &Dataset,
    rows: &[CityRow],
    metric: CityMetric,
    locale: Locale,
    title: &str,
) -> String {
    let s = strings(locale);
    let w = words(locale);
    let items: Vec<String> = rows
        .iter()
        .map(|r| {
            let segs: Vec<String> = r
                .segments
                .iter()
                .map(|sg| {
                    fill(
                        w.seg_item,
                        &[
                            &cat_name(d, &sg.cat, metric, locale),
                            &num(sg.counties.len(), locale),
                        ],
                    )
                })
                .collect();
            fill(
                w.summary_item,
                &[
                    r.city.name.get(locale),
                    &fill(
                        w.paren,
                        &[&end_label(r, metric, locale), &segs.join(s.list_sep)],
                    ),
                ],
            )
        })
        .collect();
    let key = |r: &CityRow| -> usize {
        match metric {
            CityMetric::Paired | CityMetric::ExitYears => r.total,
            CityMetric::DeepPoverty => count_in(r, |c| *c == Cat::Deep(true)),
            CityMetric::Partners => r
                .segments
                .iter()
                .filter(|s| matches!(s.cat, Cat::District(_)))
                .count(),
        }
    };
    // The first city on a tie for most, the last for fewest.
    let most = rows.iter().rev().max_by_key(|r| key(r));
    let fewest = rows.iter().rev().min_by_key(|r| key(r));
    match (most, fewest) {
        (Some(m), Some(f)) => fill(
            w.summary,
            &[
                &label(metric, locale).to_ascii_lowercase(),
                &items.join(s.list_sep),
                m.city.name.get(locale),
                &end_label(m, metric, locale),
                f.city.name.get(locale),
                &end_label(f, metric, locale),
            ],
        ),
        _ => title.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::timeline::check::{assert_fits, assert_no_typed_digits, dataset, keys};
    use super::*;

    #[test]
    fn ids_round_trip() {
        for m in CityMetric::ALL {
            assert_eq!(CityMetric::from_id(m.id()), Some(m));
            for l in Locale::ALL {
                assert!(!label(m, l).is_empty());
            }
        }
        assert_eq!(CityMetric::from_id("nope"), None);
        let ids: Vec<&str> = CityMetric::ALL.iter().map(|m| m.id()).collect();
        assert_eq!(ids, vec!["paired", "deep", "exit", "partners"]);
        assert_eq!(label(CityMetric::ExitYears, Locale::En), "Exit year");
    }

    #[test]
    fn bars_partition_the_paired_counties() {
        let d = dataset();
        for m in CityMetric::ALL {
            let rows = series(&d, m);
            let order: Vec<&str> = rows.iter().map(|r| r.city.id.as_str()).collect();
            assert_eq!(order, vec!["zhangjiakou", "baoding", "chengde"], "{m:?}");
            let totals: Vec<usize> = rows.iter().map(|r| r.total).collect();
            assert_eq!(totals, vec![12, 9, 7], "{m:?}");
            for r in &rows {
                let per_city = d.paired().filter(|(c, _)| c.city == r.city.id).count();
                assert_eq!(r.total, per_city);
            }
        }
        let paired = series(&d, CityMetric::Paired);
        let chengde: Vec<(Cat, usize)> = paired[2]
            .segments
            .iter()
            .map(|s| (s.cat.clone(), s.counties.len()))
            .collect();
        assert_eq!(
            chengde,
            vec![
                (Cat::Partner(Partner::Beijing), 2),
                (Cat::Partner(Partner::Tianjin), 5)
            ]
        );
        let exit = series(&d, CityMetric::ExitYears);
        let cats: Vec<Cat> = exit[1].segments.iter().map(|s| s.cat.clone()).collect();
        assert_eq!(
            cats,
            vec![
                Cat::Year(2017),
                Cat::Year(2018),
                Cat::Year(2019),
                Cat::Year(2020)
            ]
        );
        // Partners: districts by partner and size, the unknown last.
        let partners = series(&d, CityMetric::Partners);
        let zjk = &partners[0];
        assert_eq!(zjk.segments[0].cat, Cat::District("shunyi".into()));
        assert_eq!(zjk.segments[0].counties.len(), 2);
        assert_eq!(zjk.segments.last().unwrap().cat, Cat::Unknown);
        assert_eq!(zjk.segments.last().unwrap().counties.len(), 2);
    }

    #[test]
    fn placement_scales_every_bar_alike() {
        let d = dataset();
        for m in CityMetric::ALL {
            let rows = series(&d, m);
            let l = place(&d, &rows, m, Locale::ZhHans, 720.0);
            let unit = |r: &RowBox, row: &CityRow| {
                let last = r.segs.last().unwrap();
                (last.x + last.w - r.segs[0].x) / row.total as f64
            };
            let u0 = unit(&l.rows[0], &rows[0]);
            for (b, r) in l.rows.iter().zip(&rows) {
                assert!((unit(b, r) - u0).abs() < 1e-9, "{m:?}");
                // Segments are in order and do not overlap.
                for w in b.segs.windows(2) {
                    assert!(w[0].x + w[0].w <= w[1].x);
                }
            }
            // Wide: city names left of the bars; narrow: above them.
            assert!(l.rows[0].segs[0].x > 0.0);
            let n = place(&d, &rows, m, Locale::ZhHans, 320.0);
            assert_eq!(n.rows[0].segs[0].x, 0.0);
            assert!(n.rows[0].name.1 < n.rows[0].bar_y);
        }
    }

    #[test]
    fn fits_narrow_and_wide() {
        let d = dataset();
        for m in CityMetric::ALL {
            for locale in Locale::ALL {
                for width in [300.0, 320.0, 360.0, 720.0, 1000.0, 1100.0] {
                    assert_fits(&spec(&d, locale, width, m));
                }
            }
        }
    }

    #[test]
    fn one_mark_per_segment() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 720.0, CityMetric::Paired);
        let ks: Vec<String> = spec.marks.iter().map(|m| m.key.clone()).collect();
        assert_eq!(
            ks,
            vec![
                "zhangjiakou:beijing",
                "baoding:beijing",
                "chengde:beijing",
                "chengde:tianjin"
            ]
        );
        assert_eq!(keys(&spec), ks);
        let tj = &spec.marks[3];
        assert_eq!(tj.title, "承德市 · 天津结对");
        assert_eq!(tj.lines[0], "5个县");
        assert_eq!(
            tj.lines[1],
            "承德县、兴隆县、隆化县、围场满族蒙古族自治县、平泉市"
        );
        assert_eq!(tj.lines[2], "来源：S01至S03");
        assert_eq!(tj.tone, Some(Tone::Tianjin));

        let partners = super::spec(&d, Locale::En, 720.0, CityMetric::Partners);
        let segs: usize = series(&d, CityMetric::Partners)
            .iter()
            .map(|r| r.segments.len())
            .sum();
        assert_eq!(partners.marks.len(), segs);
        let unknown = partners
            .marks
            .iter()
            .find(|m| m.key == "zhangjiakou:unknown")
            .unwrap();
        assert_eq!(unknown.title, "Zhangjiakou · Partner district not known");
        assert_eq!(unknown.lines[0], "2 counties");
        assert_eq!(unknown.tone, Some(Tone::Muted));
        let exit = super::spec(&d, Locale::ZhHant, 720.0, CityMetric::ExitYears);
        assert!(
            exit.marks
                .iter()
                .any(|m| m.title == "張家口市 · 2020年摘帽")
        );
    }

    #[test]
    fn tables_per_metric() {
        let d = dataset();
        let t = spec(&d, Locale::ZhHans, 720.0, CityMetric::Paired).table;
        assert_eq!(t.columns, vec!["城市", "北京结对", "天津结对", "受援县"]);
        assert_eq!(
            t.rows,
            vec![
                vec!["张家口市", "12", "0", "12"],
                vec!["保定市", "9", "0", "9"],
                vec!["承德市", "2", "5", "7"],
            ]
        );
        assert_eq!(t.raw[2][2].as_deref(), Some("5"));
        let t = spec(&d, Locale::En, 720.0, CityMetric::DeepPoverty).table;
        assert_eq!(
            t.columns,
            vec![
                "City",
                "Deep-poverty county",
                "Other aided counties",
                "Aided counties"
            ]
        );
        assert_eq!(t.rows[0], vec!["Zhangjiakou", "5", "7", "12"]);
        let t = spec(&d, Locale::ZhHans, 720.0, CityMetric::ExitYears).table;
        assert_eq!(
            t.columns,
            vec!["城市", "2017年", "2018年", "2019年", "2020年", "受援县"]
        );
        assert_eq!(t.rows[0], vec!["张家口市", "0", "0", "4", "8", "12"]);
        let t = spec(&d, Locale::ZhHans, 720.0, CityMetric::Partners).table;
        assert_eq!(
            t.columns,
            vec!["城市", "结对区数", "结对区", "结对区未知的县", "受援县"]
        );
        assert_eq!(t.rows[0][1], "9");
        assert!(t.rows[0][2].starts_with("顺义区×2、"));
        assert_eq!(t.rows[0][3], "2");
        assert_eq!(t.rows[1][3], "5");
        assert_eq!(t.rows[2][3], "0");
    }

    #[test]
    fn takeaways_paired() {
        let d = dataset();
        let m = CityMetric::Paired;
        assert_eq!(
            takeaway(&d, Locale::ZhHans, m).unwrap(),
            "张家口市的受援县最多，有12个，全部由北京结对；天津结对的5个县都在承德市。"
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant, m).unwrap(),
            "張家口市的受援縣最多，有12個，全部由北京結對；天津結對的5個縣都在承德市。"
        );
        assert_eq!(
            takeaway(&d, Locale::En, m).unwrap(),
            "Zhangjiakou has the most aided counties, 12, all paired with Beijing; all 5 counties paired with Tianjin are in Chengde."
        );
    }

    #[test]
    fn takeaways_deep() {
        let d = dataset();
        let m = CityMetric::DeepPoverty;
        assert_eq!(
            takeaway(&d, Locale::ZhHans, m).unwrap(),
            "10个深度贫困县中，张家口市占5个，最多。"
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant, m).unwrap(),
            "10個深度貧困縣中，張家口市佔5個，最多。"
        );
        assert_eq!(
            takeaway(&d, Locale::En, m).unwrap(),
            "Of the 10 deep-poverty counties, 5 are in Zhangjiakou, more than in any other city."
        );
    }

    #[test]
    fn takeaways_exit() {
        let d = dataset();
        let m = CityMetric::ExitYears;
        assert_eq!(
            takeaway(&d, Locale::ZhHans, m).unwrap(),
            "最后一批（2020年）摘帽的13个县中，张家口市占8个。"
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant, m).unwrap(),
            "最後一批（2020年）摘帽的13個縣中，張家口市佔8個。"
        );
        assert_eq!(
            takeaway(&d, Locale::En, m).unwrap(),
            "Of the 13 counties in the last batch (2020), 8 are in Zhangjiakou."
        );
    }

    #[test]
    fn takeaways_partners() {
        let d = dataset();
        let m = CityMetric::Partners;
        assert_eq!(
            takeaway(&d, Locale::ZhHans, m).unwrap(),
            "张家口市的受援县结对区最多，有9个；共有7个受援县的结对区尚无来源。"
        );
        assert_eq!(
            takeaway(&d, Locale::ZhHant, m).unwrap(),
            "張家口市的受援縣結對區最多，有9個；共有7個受援縣的結對區尚無來源。"
        );
        assert_eq!(
            takeaway(&d, Locale::En, m).unwrap(),
            "Zhangjiakou has the most partner districts, 9; for 7 aided counties no source names the district yet."
        );
    }

    #[test]
    fn unknown_facts_get_an_unknown_segment() {
        let mut d = dataset();
        for c in d.counties.iter_mut().filter(|c| c.code == "130821") {
            let p = c.pairing.as_mut().unwrap();
            p.partner.value = None;
            p.deep_poverty.value = None;
            p.exit_year.value = None;
        }
        for m in [
            CityMetric::Paired,
            CityMetric::DeepPoverty,
            CityMetric::ExitYears,
        ] {
            let spec = spec(&d, Locale::ZhHans, 360.0, m);
            assert_fits(&spec);
            let mark = spec
                .marks
                .iter()
                .find(|mk| mk.key == "chengde:unknown")
                .unwrap_or_else(|| panic!("{m:?}"));
            assert_eq!(mark.lines[0], "1个县");
            assert_eq!(mark.lines[1], "承德县");
            assert_eq!(mark.tone, Some(Tone::Muted));
            // The table has an unknown column, and the unknown is never counted as zero
            // in a known column.
            let last = spec.table.columns.len() - 2;
            assert!(spec.table.columns[last].ends_with("未知"), "{m:?}");
            assert_eq!(spec.table.rows[2][last], "1");
            assert!(spec.takeaway.unwrap().contains("另有1个县的情况未知"));
        }
        assert_eq!(
            takeaway(&d, Locale::ZhHans, CityMetric::Paired).unwrap(),
            "张家口市的受援县最多，有12个，全部由北京结对；天津结对的4个县都在承德市；另有1个县的情况未知。"
        );
    }

    #[test]
    fn exit_steps_darken_and_keep_text_readable() {
        let paints: Vec<Paint> = (0..4).map(|i| year_paint(i, 4)).collect();
        assert_eq!(paints[3], Paint::class("c-hebei", "t-on-dark"));
        let lum: Vec<f64> = paints[..3]
            .iter()
            .map(|p| luminance(rgb(p.fill.as_deref().unwrap())))
            .collect();
        assert!(lum.windows(2).all(|w| w[0] > w[1]));
        assert_eq!(paints[0].text, "t-value");
        assert_eq!(year_paint(0, 1), Paint::class("c-hebei", "t-on-dark"));
    }

    #[test]
    fn summary_names_most_and_fewest() {
        let d = dataset();
        let spec = spec(&d, Locale::ZhHans, 720.0, CityMetric::Paired);
        assert_eq!(
            spec.summary,
            "按结对城市：张家口市12个县（北京结对12个）、保定市9个县（北京结对9个）、承德市7个县（北京结对2个、天津结对5个）。最多的是张家口市（12个县），最少的是承德市（7个县）。"
        );
        assert!(spec.source.contains("；县级资料：S01至S"));
    }

    #[test]
    fn no_digits_in_the_words() {
        assert_no_typed_digits(
            include_str!("cities.rs"),
            "const ZH_HANS: Words",
            "fn words(",
        );
    }
}
