//! Layer 1: what the chart shows, read from the dataset.

use super::*;

/// One dumbbell: an "after" figure and the "before" figure it names.
pub(super) struct Row<'a> {
    pub(super) before: &'a Figure,
    pub(super) after: &'a Figure,
    pub(super) label: String,
    /// before - after, exact.
    pub(super) drop: Decimal,
}

/// `a - b`, exactly.
pub(super) fn sub(a: Decimal, b: Decimal) -> Decimal {
    let e = a.exp.min(b.exp);
    let signed = |d: Decimal| -> i128 {
        let m = (d.mantissa * 10u128.pow((d.exp - e) as u32)) as i128;
        if d.negative { -m } else { m }
    };
    let r = signed(a) - signed(b);
    Decimal::new(r < 0, r.unsigned_abs(), e)
}

/// "28个受援县贫困发生率（现在）" → "28个受援县"; the label itself if the metric is not in it.
pub(super) fn short_label(label: &str, metric: &str) -> String {
    let mut s = label.trim();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(inner) = s.strip_suffix(close)
            && let Some(i) = inner.rfind(open)
        {
            s = inner[..i].trim_end();
        }
    }
    let metric_trim = metric.trim();
    let short = s
        .strip_suffix(metric_trim)
        .or_else(|| s.strip_prefix(metric))
        .unwrap_or(s)
        .trim();
    if short.is_empty() { s } else { short }.to_owned()
}

pub(super) fn series<'a>(d: &'a Dataset, locale: Locale) -> Vec<Row<'a>> {
    let w = words(locale);
    d.figures
        .iter()
        .filter(|f| f.unit == Unit::Percent)
        .filter_map(|after| {
            let before = d.figure(after.before.as_deref()?)?;
            if before.unit != Unit::Percent {
                return None;
            }
            let drop = sub(
                Decimal::from_f64(before.value)?,
                Decimal::from_f64(after.value)?,
            );
            Some(Row {
                before,
                after,
                label: short_label(after.label.get(locale), w.metric),
                drop,
            })
        })
        .collect()
}

pub(super) fn value(f: &Figure, locale: Locale) -> String {
    crate::core::page_text::stated(f, locale)
}

pub(super) fn points(d: Decimal, locale: Locale) -> String {
    format::number(d.abs().to_f64(), locale, Style::Exact)
}

/// The takeaway: the first group's fall, and the group that fell most if it is another one.
pub fn takeaway(d: &Dataset, locale: Locale) -> Option<String> {
    let w = words(locale);
    let rows = series(d, locale);
    let first = rows.first()?;
    let (b, a) = (value(first.before, locale), value(first.after, locale));
    if first.drop <= Decimal::ZERO {
        return Some(fill(w.takeaway_change, &[&first.label, &b, &a]));
    }
    let most = rows
        .iter()
        .enumerate()
        .max_by(|(i, x), (j, y)| x.drop.cmp(&y.drop).then(j.cmp(i)))
        .map(|(_, r)| r)?;
    Some(if std::ptr::eq(most, first) || most.drop == first.drop {
        fill(
            w.takeaway_one,
            &[&first.label, &b, &a, &points(first.drop, locale)],
        )
    } else {
        fill(
            w.takeaway_two,
            &[
                &first.label,
                &b,
                &a,
                &most.label,
                &points(most.drop, locale),
            ],
        )
    })
}
