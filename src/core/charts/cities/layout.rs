//! Placement: values to pixels for a given width, colours, labels and the legend.

use super::*;

pub(super) const SIZE: f64 = text::size::LABEL;
pub(super) const BAR_H: f64 = 26.0;
pub(super) const ROW_GAP: f64 = 16.0;
pub(super) const SEG_GAP: f64 = 2.0;
pub(super) const MIN_BAR: f64 = 260.0;
pub(super) const SWATCH_W: f64 = 22.0;

/// How a segment is painted: fill class or inline colour, stroke, and its text class.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Paint {
    pub(super) class: String,
    pub(super) fill: Option<String>,
    pub(super) dashed: bool,
    pub(super) text: &'static str,
}

impl Paint {
    pub(super) fn class(class: &str, text: &'static str) -> Paint {
        Paint {
            class: class.to_owned(),
            fill: None,
            dashed: false,
            text,
        }
    }

    pub(super) fn unknown() -> Paint {
        Paint {
            class: "c-muted s-hebei".to_owned(),
            fill: None,
            dashed: true,
            text: "t-label",
        }
    }

    pub(super) fn rect(&self, x: f64, y: f64, w: f64, h: f64) -> Element {
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

pub(super) fn rgb(hex: &str) -> [f64; 3] {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0);
    [(v >> 16) & 255, (v >> 8) & 255, v & 255].map(f64::from)
}

pub(super) fn luminance(c: [f64; 3]) -> f64 {
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
pub(super) fn year_paint(i: usize, n: usize) -> Paint {
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

pub(super) fn paint(d: &Dataset, cat: &Cat, years: &[u16]) -> Paint {
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

pub(super) fn tone(d: &Dataset, cat: &Cat) -> Tone {
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

pub(super) fn letter(p: Option<Partner>, locale: Locale) -> &'static str {
    let [beijing, tianjin] = words(locale).letters;
    match p {
        Some(Partner::Beijing) => beijing,
        Some(Partner::Tianjin) => tianjin,
        None => "?",
    }
}

/// The name of a category (legend, tooltip title, table column).
pub(super) fn cat_name(d: &Dataset, cat: &Cat, metric: CityMetric, locale: Locale) -> String {
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
pub(super) fn seg_labels(d: &Dataset, cat: &Cat, n: usize, locale: Locale) -> Vec<String> {
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
            let short = name
                .strip_suffix(words(locale).district_suffix)
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

pub(super) struct SegBox {
    pub(super) x: f64,
    pub(super) w: f64,
    /// The label and its font size.
    pub(super) label: Option<(String, f64)>,
}

/// A segment's first (most telling) label may drop to this size before a shorter one is
/// tried: "Dongcheng" in 11 px rather than the partner's letter alone.
pub(super) const SEG_SMALL: f64 = 11.0;

pub(super) struct RowBox {
    pub(super) name: (f64, f64),
    pub(super) end: (f64, f64, &'static str),
    pub(super) bar_y: f64,
    pub(super) segs: Vec<SegBox>,
}

pub(super) struct Layout {
    pub(super) legend: Vec<LegendSlot>,
    pub(super) rows: Vec<RowBox>,
    pub(super) height: f64,
}

pub(super) fn end_label(row: &CityRow, metric: CityMetric, locale: Locale) -> String {
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

pub(super) fn bold(s: &str) -> f64 {
    text::measure(s, SIZE, true)
}

pub(super) fn legend_labels(
    d: &Dataset,
    cats: &[Cat],
    metric: CityMetric,
    locale: Locale,
) -> Vec<(f64, String)> {
    cats.iter()
        .map(|c| (SWATCH_W, cat_name(d, c, metric, locale)))
        .collect()
}

pub(super) fn place(
    d: &Dataset,
    rows: &[CityRow],
    metric: CityMetric,
    locale: Locale,
    width: f64,
) -> Layout {
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
        .map(|e| text::width(e, SIZE) * text::ROOM)
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
