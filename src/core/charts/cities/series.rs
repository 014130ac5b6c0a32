//! What the bars show: the rows and segments read from the dataset, and the takeaway.

use super::*;

/// What a segment holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Cat {
    Partner(Partner),
    Deep(bool),
    Year(u16),
    District(String),
    Unknown,
}

pub(super) type Paired<'a> = (&'a County, &'a Pairing);

pub(super) struct Segment<'a> {
    pub(super) cat: Cat,
    pub(super) counties: Vec<Paired<'a>>,
}

pub(super) struct CityRow<'a> {
    pub(super) city: &'a City,
    pub(super) total: usize,
    pub(super) segments: Vec<Segment<'a>>,
}

pub(super) fn cat_of(metric: CityMetric, p: &Pairing) -> Cat {
    let known = match metric {
        CityMetric::Paired => p.partner.value.map(Cat::Partner),
        CityMetric::DeepPoverty => p.deep_poverty.value.map(Cat::Deep),
        CityMetric::ExitYears => p.exit_year.value.map(Cat::Year),
        CityMetric::Partners => p.district.value.clone().map(Cat::District),
    };
    known.unwrap_or(Cat::Unknown)
}

/// The partner of a district segment (from `districts`), if known.
pub(super) fn district_partner(d: &Dataset, cat: &Cat) -> Option<Partner> {
    match cat {
        Cat::District(id) => d.district(id).map(|x| x.partner),
        Cat::Partner(p) => Some(*p),
        _ => None,
    }
}

/// Sort key of a segment inside a bar: Beijing before Tianjin, deep first, years ascending,
/// districts by partner then size, unknown last.
pub(super) fn order(d: &Dataset, s: &Segment, first_seen: usize) -> (u8, u32, usize, usize) {
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

pub(super) fn series(d: &Dataset, metric: CityMetric) -> Vec<CityRow<'_>> {
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
pub(super) fn categories(d: &Dataset, rows: &[CityRow], metric: CityMetric) -> Vec<Cat> {
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

pub(super) fn num(n: usize, locale: Locale) -> String {
    format::number(n as f64, locale, Style::Exact)
}

pub(super) fn counted(n: usize, one: &str, many: &str, locale: Locale) -> String {
    fill(if n == 1 { one } else { many }, &[&num(n, locale)])
}

pub(super) fn year_text(y: u16, locale: Locale) -> String {
    format::amount(f64::from(y), Unit::Year, None, None, locale, Style::Exact)
}

pub(super) fn names(cities: &[&City], locale: Locale) -> String {
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
pub(super) fn leaders<'a>(
    rows: &[CityRow<'a>],
    value: impl Fn(&CityRow) -> usize,
) -> (Vec<&'a City>, usize) {
    let max = rows.iter().map(&value).max().unwrap_or(0);
    let cities = rows
        .iter()
        .filter(|r| value(r) == max)
        .map(|r| r.city)
        .collect();
    (cities, max)
}

pub(super) fn count_in(row: &CityRow, pred: impl Fn(&Cat) -> bool) -> usize {
    row.segments
        .iter()
        .filter(|s| pred(&s.cat))
        .map(|s| s.counties.len())
        .sum()
}

pub(super) fn unknown_in(rows: &[CityRow]) -> usize {
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
