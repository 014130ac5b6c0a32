//! The page's own sentences built from the data: the headline, the standfirst, the source
//! line, and figures written as the article states them. Pure, so the server, the browser
//! and the tests build the same words.

use super::format::{Style, amount, number};
use super::locale::Locale;
use super::model::{Article, Dataset, Figure, Period};
use super::strings::{fill, strings};

/// A figure as the article states it, in the reader's language.
pub fn stated(f: &Figure, locale: Locale) -> String {
    amount(
        f.value,
        f.unit,
        f.measure,
        f.qualifier,
        locale,
        Style::Exact,
    )
}

/// A figure rounded for reading (242.2亿元, 24.2 billion yuan; see [`Style::Reading`]):
/// for headline cards and figure lists, whose exact value is one action away in the
/// article's sentence.
pub fn readable(f: &Figure, locale: Locale) -> String {
    amount(
        f.value,
        f.unit,
        f.measure,
        f.qualifier,
        locale,
        Style::Reading,
    )
}

/// A figure's number alone, for templates that carry their own measure word.
pub fn bare(f: &Figure, locale: Locale) -> String {
    number(f.value, locale, Style::Exact)
}

/// A figure's number from the dataset, formatted for `locale` without its measure word.
pub fn count(d: &Dataset, id: &str, locale: Locale) -> String {
    d.figure(id).map(|f| bare(f, locale)).unwrap_or_default()
}

/// The graphic's headline, with its numbers from the dataset (also the page title).
pub fn headline(d: &Dataset, locale: Locale) -> String {
    let fig = |id: &str| d.figure(id).map(|f| stated(f, locale)).unwrap_or_default();
    fill(
        strings(locale).headline,
        &[
            &count(d, "paired_counties", locale),
            &fig("incidence_before"),
            &fig("incidence_after"),
        ],
    )
}

/// The standfirst under the headline (also the page's description for search and sharing).
pub fn dek(d: &Dataset, locale: Locale) -> String {
    let s = strings(locale);
    fill(
        s.dek,
        &[
            &count(d, "paired_counties", locale),
            s.period_name(Period::FiveYears),
            &month_of(&d.article.date, locale),
        ],
    )
}

/// The month of an ISO date (`2020-12-19`) as a reader writes it: 2020年12月, December 2020.
fn month_of(date: &str, locale: Locale) -> String {
    let (Some(year), Some(month)) = (date.get(..4), date.get(5..7)) else {
        return date.to_owned();
    };
    let m: usize = month.parse().unwrap_or(0);
    match locale {
        Locale::En => match super::format::english_month(m) {
            Some(name) => format!("{name} {year}"),
            None => date.to_owned(),
        },
        Locale::ZhHans | Locale::ZhHant => format!("{year}年{m}月"),
    }
}

/// "来源：河北日报《…》，2020-12-19；记者…" in Chinese; "Source: Hebei Daily, “…”,
/// 2020-12-19; reporter …" in English, with English punctuation.
pub fn source_line(article: &Article, locale: Locale) -> String {
    let s = strings(locale);
    let (outlet, title, byline) = (
        article.outlet.get(locale),
        article.title.get(locale),
        article.byline.get(locale),
    );
    match locale {
        Locale::En => format!(
            "{}{}{outlet}, “{title}”, {}; {byline}",
            s.source_label, s.colon, article.date
        ),
        Locale::ZhHans | Locale::ZhHant => format!(
            "{}{}{outlet}《{title}》，{}；{byline}",
            s.source_label, s.colon, article.date
        ),
    }
}

/// "All sources (38)"; full-width brackets in Chinese: "全部来源（38）".
pub fn count_in_brackets(label: &str, n: usize, locale: Locale) -> String {
    match locale {
        Locale::En => format!("{label} ({n})"),
        Locale::ZhHans | Locale::ZhHant => format!("{label}（{n}）"),
    }
}
