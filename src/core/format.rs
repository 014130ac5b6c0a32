//! Number formatting for the three languages.
//!
//! - Chinese groups by myriads: 万 = 10⁴ and 亿 = 10⁸ (萬 / 億 in Traditional script). Numbers
//!   below 10,000 are written without separators, as the article does (`2356个`).
//! - English uses K / M / B and comma grouping.
//! - [`Style::Exact`] prints every digit the data holds (`242.2193亿元`, `24.22193B`), for
//!   cards, tooltips and tables, where the reader should see the article's figure as printed.
//! - [`Style::Compact`] rounds to three significant digits (`11.9万`, `118.8K`) for axis ticks
//!   and tight labels. Rounding that reaches the next unit moves into it: 99,995 → `10万`,
//!   99,999,999 → `1亿`, 999,999 → `1M`.
//!
//! Not-a-number and infinities print as an em dash: a graphic must never print "NaN".

use super::decimal::Decimal;
use super::locale::Locale;
use super::model::{Measure, Qualifier, Unit};

/// How many digits to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Every digit the value has.
    Exact,
    /// Every digit, and in Chinese every value from 1万 up in 万 (9.057万 beside 8.8万, not
    /// 90570 beside 8.8万): for sets of county figures read side by side. English as `Exact`.
    ExactWan,
    /// Three significant digits in the largest fitting unit.
    Compact,
    /// For reading in prose and headline figures: in the largest fitting unit (万/亿,
    /// million/billion written out), three significant digits or one decimal, whichever
    /// keeps more (242.2亿, 11.9万, 24.2 billion, 1.29 million); below ten thousand every
    /// digit, and in Chinese a value of at most four digits as printed (62.85亿). Exact
    /// values stay in tables, tooltips and downloads.
    Reading,
}

/// Rounds a value already in its display unit for [`Style::Reading`].
fn for_reading(scaled: Decimal) -> Decimal {
    let sig = scaled.round_sig(3);
    let one = scaled.round_to(1);
    if one.plain().len() > sig.plain().len() {
        one
    } else {
        sig
    }
}

/// Shown for values that cannot be printed (NaN, infinities): never "NaN".
pub const MISSING: &str = "—";

const WAN: i32 = 4;
const YI: i32 = 8;

/// The English name of month `m` (1 = January), for dates written out in English.
pub fn english_month(m: usize) -> Option<&'static str> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    MONTHS.get(m.wrapping_sub(1)).copied()
}

/// Formats a plain number.
pub fn number(value: f64, locale: Locale, style: Style) -> String {
    let Some(d) = Decimal::from_f64(value) else {
        return MISSING.to_owned();
    };
    match locale {
        Locale::En => english(d, style),
        Locale::ZhHans | Locale::ZhHant => chinese(d, locale, style),
    }
}

/// Formats a percentage given in percent units (16.24 → `16.24%`).
pub fn percent(value: f64, locale: Locale, style: Style) -> String {
    let Some(d) = Decimal::from_f64(value) else {
        return MISSING.to_owned();
    };
    let d = match style {
        Style::Exact | Style::ExactWan | Style::Reading => d,
        Style::Compact => d.round_to(1),
    };
    let sep = matches!(locale, Locale::En).then_some(',');
    format!("{}%", d.with_grouping(sep))
}

/// Formats an amount with its unit, measure word and qualifier, e.g. `62.85亿元`,
/// `2000多位`, `2,000+`, `6.285B yuan`, `16.24%`, `2018年`.
pub fn amount(
    value: f64,
    unit: Unit,
    measure: Option<Measure>,
    qualifier: Option<Qualifier>,
    locale: Locale,
    style: Style,
) -> String {
    if !value.is_finite() {
        return MISSING.to_owned();
    }
    let more = qualifier == Some(Qualifier::MoreThan);
    let n = match unit {
        Unit::Percent => percent(value, locale, style),
        Unit::Year => Decimal::from_f64(value).map_or(MISSING.to_owned(), |d| d.plain()),
        Unit::Yuan | Unit::Count => number(value, locale, style),
    };
    match locale {
        // A rate is "over 50%", never "50%+" or "50%多".
        Locale::En if more && unit == Unit::Percent => format!("over {n}"),
        Locale::ZhHans | Locale::ZhHant if more && unit == Unit::Percent => format!("{n}以上"),
        Locale::En => {
            let plus = if more { "+" } else { "" };
            match unit {
                Unit::Yuan => format!("{n}{plus} yuan"),
                _ => format!("{n}{plus}"),
            }
        }
        Locale::ZhHans | Locale::ZhHant => {
            let duo = if more { "多" } else { "" };
            let word = match unit {
                Unit::Yuan => "元",
                Unit::Year => "年",
                Unit::Percent => "",
                Unit::Count => measure.map_or("", |m| measure_word(m, locale)),
            };
            format!("{n}{duo}{word}")
        }
    }
}

/// The Chinese measure word in the given script ("" for English).
pub fn measure_word(m: Measure, locale: Locale) -> &'static str {
    let hant = locale == Locale::ZhHant;
    match (m, locale) {
        (_, Locale::En) => "",
        (Measure::Ge, _) => {
            if hant {
                "個"
            } else {
                "个"
            }
        }
        (Measure::Zhong, _) => {
            if hant {
                "種"
            } else {
                "种"
            }
        }
        (Measure::Jia, _) => "家",
        (Measure::Ren, _) => "人",
        (Measure::Ming, _) => "名",
        (Measure::Suo, _) => "所",
        (Measure::Qi, _) => "期",
        (Measure::Wei, _) => "位",
        (Measure::Shi, _) => "市",
        (Measure::Nian, _) => "年",
    }
}

/// A ratio with one decimal, for sentences like "3.8倍" / "3.8 times".
pub fn ratio(a: f64, b: f64) -> Option<String> {
    if !(a.is_finite() && b.is_finite()) || b == 0.0 {
        return None;
    }
    let r = Decimal::from_f64(a / b)?.round_to(1);
    Some(r.plain())
}

/// A share in percent with one decimal (`87.8%`), or `None` when the total is zero.
pub fn share(part: f64, total: f64, locale: Locale) -> Option<String> {
    if !(part.is_finite() && total.is_finite()) || total == 0.0 {
        return None;
    }
    Some(percent(part / total * 100.0, locale, Style::Compact))
}

fn chinese(d: Decimal, locale: Locale, style: Style) -> String {
    let (wan, yi) = if locale == Locale::ZhHant {
        ("萬", "億")
    } else {
        ("万", "亿")
    };
    let abs = d.abs();
    let ten_thousand = Decimal::new(false, 1, WAN);
    let hundred_million = Decimal::new(false, 1, YI);
    match style {
        Style::Exact | Style::ExactWan => {
            let in_wan = style == Style::ExactWan || d.is_multiple_of_pow10(2);
            if abs >= hundred_million && d.is_multiple_of_pow10(4) {
                format!("{}{yi}", d.shift(-YI).plain())
            } else if abs >= ten_thousand && in_wan {
                format!("{}{wan}", d.shift(-WAN).plain())
            } else {
                d.plain()
            }
        }
        Style::Reading => {
            if abs < ten_thousand {
                return d.plain();
            }
            let (exp, suffix) = if abs >= hundred_million {
                (YI, yi)
            } else {
                (WAN, wan)
            };
            // A value the article prints short (62.85亿, 129.3万) stays as printed.
            let scaled = d.shift(-exp);
            let digits = scaled
                .plain()
                .trim_start_matches(['-', '0', '.'])
                .replace('.', "");
            let shown = if digits.len() <= 4 {
                scaled
            } else {
                for_reading(scaled)
            };
            format!("{}{suffix}", shown.plain())
        }
        Style::Compact => {
            if abs < ten_thousand {
                return d.round_to(2).plain();
            }
            let (mut scaled, mut exp) = if abs >= hundred_million {
                (d.shift(-YI), YI)
            } else {
                (d.shift(-WAN), WAN)
            };
            scaled = scaled.round_sig(3.max(scaled.int_digits() as u32));
            // 9999.95万 rounds to 10000万: say 1亿 instead.
            if exp == WAN && scaled.abs() >= ten_thousand {
                scaled = scaled.shift(-WAN).round_sig(3);
                exp = YI;
            }
            let suffix = if exp == YI { yi } else { wan };
            format!("{}{suffix}", scaled.plain())
        }
    }
}

fn english(d: Decimal, style: Style) -> String {
    const UNITS: [(i32, &str); 3] = [(9, "B"), (6, "M"), (3, "K")];
    let abs = d.abs();
    match style {
        Style::Exact | Style::ExactWan => {
            for (exp, suffix) in UNITS[..2].iter() {
                if abs >= Decimal::new(false, 1, *exp) && d.is_multiple_of_pow10(exp - 5) {
                    return format!("{}{suffix}", d.shift(-exp).plain());
                }
            }
            d.with_grouping(Some(','))
        }
        Style::Reading => {
            for (exp, word) in [(9, " billion"), (6, " million")] {
                if abs >= Decimal::new(false, 1, exp) {
                    let scaled = for_reading(d.shift(-exp));
                    return format!("{}{word}", scaled.with_grouping(Some(',')));
                }
            }
            d.with_grouping(Some(','))
        }
        Style::Compact => {
            if abs < Decimal::new(false, 1, 4) {
                return d.round_to(2).with_grouping(Some(','));
            }
            let mut i = UNITS
                .iter()
                .position(|(exp, _)| abs >= Decimal::new(false, 1, *exp))
                .unwrap_or(UNITS.len() - 1);
            let mut scaled = d.shift(-UNITS[i].0).round_sig(3);
            // 999.95K rounds to 1000K: say 1M instead.
            while i > 0 && scaled.abs() >= Decimal::new(false, 1, 3) {
                i -= 1;
                scaled = d.shift(-UNITS[i].0).round_sig(3);
            }
            if i == 0 {
                // Billions are never promoted further; keep their integer digits.
                scaled = d
                    .shift(-UNITS[0].0)
                    .round_sig(3.max(d.shift(-UNITS[0].0).int_digits() as u32));
            }
            format!("{}{}", scaled.with_grouping(Some(',')), UNITS[i].1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Locale::*;
    use Style::*;

    #[test]
    fn chinese_compact_boundaries() {
        let cases: [(f64, &str, &str); 12] = [
            (0.0, "0", "0"),
            (9_999.0, "9999", "9999"),
            (10_000.0, "1万", "1萬"),
            (12_345.0, "1.23万", "1.23萬"),
            (99_995.0, "10万", "10萬"),
            (99_949.0, "9.99万", "9.99萬"),
            (118_807.0, "11.9万", "11.9萬"),
            (1_293_000.0, "129万", "129萬"),
            (99_999_999.0, "1亿", "1億"),
            (100_000_000.0, "1亿", "1億"),
            (6_285_000_000.0, "62.9亿", "62.9億"),
            (1_234_567_890_123.0, "12346亿", "12346億"),
        ];
        for (v, hans, hant) in cases {
            assert_eq!(number(v, ZhHans, Compact), hans, "{v}");
            assert_eq!(number(v, ZhHant, Compact), hant, "{v}");
        }
    }

    #[test]
    fn chinese_exact_keeps_every_digit() {
        let cases: [(f64, &str); 10] = [
            (2356.0, "2356"),
            (9_999.0, "9999"),
            (10_000.0, "1万"),
            (14_080.0, "14080"),
            (118_807.0, "118807"),
            (1_293_000.0, "129.3万"),
            (6_285_000_000.0, "62.85亿"),
            (30_046_000_000.0, "300.46亿"),
            (24_221_930_000.0, "242.2193亿"),
            (322_250_000.0, "3.2225亿"),
        ];
        for (v, want) in cases {
            assert_eq!(number(v, ZhHans, Exact), want, "{v}");
        }
        assert_eq!(number(9_364_890_000.0, ZhHant, Exact), "93.6489億");
    }

    #[test]
    fn reading_rounds_for_prose() {
        let cases: [(f64, &str, &str, &str); 9] = [
            (2356.0, "2356", "2356", "2,356"),
            (14_080.0, "1.408万", "1.408萬", "14,080"),
            (118_807.0, "11.9万", "11.9萬", "118,807"),
            (1_293_000.0, "129.3万", "129.3萬", "1.29 million"),
            (6_285_000_000.0, "62.85亿", "62.85億", "6.29 billion"),
            (24_221_930_000.0, "242.2亿", "242.2億", "24.2 billion"),
            (9_364_890_000.0, "93.6亿", "93.6億", "9.36 billion"),
            (30_046_000_000.0, "300.5亿", "300.5億", "30 billion"),
            (322_250_000.0, "3.22亿", "3.22億", "322.3 million"),
        ];
        for (v, hans, hant, en) in cases {
            assert_eq!(number(v, ZhHans, Reading), hans, "{v}");
            assert_eq!(number(v, ZhHant, Reading), hant, "{v}");
            assert_eq!(number(v, En, Reading), en, "{v}");
        }
        assert_eq!(percent(16.24, En, Reading), "16.24%");
    }

    #[test]
    fn english_boundaries() {
        let compact: [(f64, &str); 10] = [
            (9_999.0, "9,999"),
            (10_000.0, "10K"),
            (99_995.0, "100K"),
            (118_807.0, "119K"),
            (999_499.0, "999K"),
            (999_500.0, "1M"),
            (1_293_000.0, "1.29M"),
            (100_000_000.0, "100M"),
            (6_285_000_000.0, "6.29B"),
            (1_234_567_890_123.0, "1,235B"),
        ];
        for (v, want) in compact {
            assert_eq!(number(v, En, Compact), want, "{v}");
        }
        let exact: [(f64, &str); 6] = [
            (2356.0, "2,356"),
            (118_807.0, "118,807"),
            (1_293_000.0, "1.293M"),
            (6_285_000_000.0, "6.285B"),
            (24_221_930_000.0, "24.22193B"),
            (1_234_567.0, "1,234,567"),
        ];
        for (v, want) in exact {
            assert_eq!(number(v, En, Exact), want, "{v}");
        }
    }

    #[test]
    fn negatives_and_non_numbers() {
        assert_eq!(number(-12_345.0, ZhHans, Compact), "-1.23万");
        assert_eq!(number(-12_345.0, En, Compact), "-12.3K");
        assert_eq!(number(f64::NAN, ZhHans, Exact), MISSING);
        assert_eq!(number(f64::INFINITY, En, Compact), MISSING);
        assert_eq!(percent(f64::NAN, En, Exact), MISSING);
        assert_eq!(
            amount(f64::NEG_INFINITY, Unit::Yuan, None, None, En, Exact),
            MISSING
        );
    }

    #[test]
    fn percentages() {
        assert_eq!(percent(16.24, ZhHans, Exact), "16.24%");
        assert_eq!(percent(0.0, En, Exact), "0%");
        assert_eq!(percent(20.46, En, Compact), "20.5%");
        assert_eq!(share(235.0, 266.0, En).as_deref(), Some("88.3%"));
        assert_eq!(share(1.0, 0.0, En), None);
    }

    #[test]
    fn amounts_with_units() {
        let yuan = |l| amount(6_285_000_000.0, Unit::Yuan, None, None, l, Exact);
        assert_eq!(yuan(ZhHans), "62.85亿元");
        assert_eq!(yuan(ZhHant), "62.85億元");
        assert_eq!(yuan(En), "6.285B yuan");
        let adopters = |l| {
            amount(
                2000.0,
                Unit::Count,
                Some(Measure::Wei),
                Some(Qualifier::MoreThan),
                l,
                Exact,
            )
        };
        assert_eq!(adopters(ZhHans), "2000多位");
        assert_eq!(adopters(En), "2,000+");
        assert_eq!(
            amount(28.0, Unit::Count, Some(Measure::Ge), None, ZhHant, Exact),
            "28個"
        );
        assert_eq!(
            amount(2018.0, Unit::Year, None, None, ZhHans, Exact),
            "2018年"
        );
        assert_eq!(amount(2018.0, Unit::Year, None, None, En, Exact), "2018");
        assert_eq!(
            amount(16.24, Unit::Percent, None, None, ZhHans, Exact),
            "16.24%"
        );
    }

    #[test]
    fn rates_that_are_lower_bounds() {
        let over = |l| {
            amount(
                50.0,
                Unit::Percent,
                None,
                Some(Qualifier::MoreThan),
                l,
                Exact,
            )
        };
        assert_eq!(over(ZhHans), "50%以上");
        assert_eq!(over(En), "over 50%");
        let yuan = amount(
            140_000_000.0,
            Unit::Yuan,
            None,
            Some(Qualifier::MoreThan),
            ZhHans,
            Exact,
        );
        assert_eq!(yuan, "1.4亿多元");
    }

    #[test]
    fn ratios() {
        assert_eq!(ratio(245.0, 64.0).as_deref(), Some("3.8"));
        assert_eq!(ratio(1.0, 0.0), None);
        assert_eq!(ratio(f64::NAN, 1.0), None);
    }

    /// County figures read side by side keep one form in Chinese: 9.057万 beside 8.8万.
    #[test]
    fn exact_in_wan_for_county_figures() {
        let n = |v: f64, l: Locale| number(v, l, Style::ExactWan);
        assert_eq!(n(90570.0, Locale::ZhHans), "9.057万");
        assert_eq!(n(88000.0, Locale::ZhHant), "8.8萬");
        assert_eq!(n(9999.0, Locale::ZhHans), "9999");
        assert_eq!(n(200_000_000.0, Locale::ZhHans), "2亿");
        assert_eq!(n(90570.0, Locale::En), "90,570");
        assert_eq!(number(90570.0, Locale::ZhHans, Style::Exact), "90570");
    }
}
