//! Exact decimal numbers for formatting and for checking the dataset against the article.
//!
//! Why not f64 arithmetic: `62.85 * 1e8` is not exactly `6285000000.0`, and a news graphic
//! must print `62.85亿` for 6,285,000,000, never `62.849999亿`. A [`Decimal`] is an integer
//! mantissa and a power of ten, read from the shortest round-trip text of an f64, so every
//! shift into 万 / 亿 / K / M / B is exact.

use std::cmp::Ordering;

/// `mantissa × 10^exp`, with a sign. Normalised so that the mantissa has no trailing zeros.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    pub negative: bool,
    pub mantissa: u128,
    pub exp: i32,
}

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        negative: false,
        mantissa: 0,
        exp: 0,
    };

    /// The exact decimal value of an f64's shortest text form; `None` for NaN and infinities,
    /// and for magnitudes the formatter does not handle (at or above 1e30).
    pub fn from_f64(v: f64) -> Option<Decimal> {
        if !v.is_finite() || v.abs() >= 1e30 {
            return None;
        }
        Decimal::parse(&format!("{v}"))
    }

    /// The f64 whose shortest text is these digits: the inverse of [`Decimal::from_f64`].
    /// Exact in one multiplication or division of two exact f64s where the mantissa is below
    /// 2^53 and the exponent within ±22, as for every figure of the dataset. Beyond that the
    /// estimate is stepped to the neighbour that gives this decimal back, or left within an
    /// ulp when no f64 does (more than 17 digits). Not `str::parse::<f64>`: its tables and
    /// code cost the wasm about 7 KB gzip for the two places that turned decimals into f64.
    pub fn to_f64(self) -> f64 {
        const POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
        ];
        let m = self.mantissa as f64;
        let exact = self.mantissa < 1 << 53 && self.exp.unsigned_abs() < 23;
        let magnitude = if exact && self.exp >= 0 {
            m * POW10[self.exp as usize]
        } else if exact {
            m / POW10[self.exp.unsigned_abs() as usize]
        } else {
            // Positive and finite here, so the neighbours are one bit pattern apart.
            let mut bits = (m * 10f64.powi(self.exp)).to_bits();
            let target = self.abs();
            for _ in 0..8 {
                match Decimal::from_f64(f64::from_bits(bits)).map(|d| d.cmp(&target)) {
                    Some(Ordering::Less) => bits += 1,
                    Some(Ordering::Greater) => bits -= 1,
                    _ => break,
                }
            }
            f64::from_bits(bits)
        };
        if self.negative { -magnitude } else { magnitude }
    }

    /// Parses `-12.340`, `0.5`, `7`. No exponent, no grouping. `None` for anything else.
    pub fn parse(s: &str) -> Option<Decimal> {
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) || (body.contains('.') && frac.is_empty()) {
            return None;
        }
        if int.len() + frac.len() > 36 {
            return None;
        }
        let digits = format!("{int}{frac}");
        let mantissa: u128 = digits.parse().ok()?;
        let exp = -(frac.len() as i32);
        Some(Decimal::new(negative, mantissa, exp))
    }

    /// A normalised value (no trailing zeros in the mantissa; zero is never negative).
    pub fn new(negative: bool, mut mantissa: u128, mut exp: i32) -> Decimal {
        if mantissa == 0 {
            return Decimal::ZERO;
        }
        while mantissa.is_multiple_of(10) {
            mantissa /= 10;
            exp += 1;
        }
        Decimal {
            negative,
            mantissa,
            exp,
        }
    }

    pub fn is_zero(&self) -> bool {
        self.mantissa == 0
    }

    pub fn abs(self) -> Decimal {
        Decimal {
            negative: false,
            ..self
        }
    }

    /// Multiplies by `10^k` (exact).
    pub fn shift(self, k: i32) -> Decimal {
        if self.is_zero() {
            return self;
        }
        Decimal {
            exp: self.exp + k,
            ..self
        }
    }

    /// Number of digits before the decimal point of |self| (0 for values below 1).
    pub fn int_digits(&self) -> i32 {
        if self.is_zero() {
            return 0;
        }
        (digit_count(self.mantissa) as i32 + self.exp).max(0)
    }

    /// Number of digits after the decimal point needed to write it exactly.
    pub fn frac_digits(&self) -> u32 {
        if self.exp < 0 { (-self.exp) as u32 } else { 0 }
    }

    /// Rounds half away from zero to `places` digits after the point.
    pub fn round_to(self, places: i32) -> Decimal {
        if self.is_zero() || self.exp >= -places {
            return self;
        }
        let drop = (-places - self.exp) as u32;
        if drop > 38 {
            return Decimal::ZERO;
        }
        let p = 10u128.pow(drop);
        let mut m = self.mantissa / p;
        if self.mantissa % p >= p / 2 {
            m += 1;
        }
        Decimal::new(self.negative, m, -places)
    }

    /// Rounds to `sig` significant digits, half away from zero.
    pub fn round_sig(self, sig: u32) -> Decimal {
        if self.is_zero() {
            return self;
        }
        let magnitude = digit_count(self.mantissa) as i32 + self.exp; // position of first digit
        self.round_to(sig as i32 - magnitude)
    }

    /// True when it is a whole multiple of `10^k`.
    pub fn is_multiple_of_pow10(&self, k: i32) -> bool {
        self.is_zero() || self.exp >= k
    }

    /// Plain text with exactly its own digits: `1234.5`, `-0.25`, `7000`.
    pub fn plain(&self) -> String {
        self.with_grouping(None)
    }

    /// Plain text with the integer part grouped in threes by `sep`.
    pub fn with_grouping(&self, sep: Option<char>) -> String {
        let digits = self.mantissa.to_string();
        let (int, frac) = if self.exp >= 0 {
            (
                format!("{digits}{}", "0".repeat(self.exp as usize)),
                String::new(),
            )
        } else {
            let places = (-self.exp) as usize;
            if digits.len() > places {
                let (i, f) = digits.split_at(digits.len() - places);
                (i.to_owned(), f.to_owned())
            } else {
                (
                    "0".to_owned(),
                    format!("{}{}", "0".repeat(places - digits.len()), digits),
                )
            }
        };
        let int = match sep {
            Some(sep) => group(&int, sep),
            None => int,
        };
        let sign = if self.negative { "-" } else { "" };
        if frac.is_empty() {
            format!("{sign}{int}")
        } else {
            format!("{sign}{int}.{frac}")
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => return Ordering::Greater,
            (true, false) => return Ordering::Less,
            _ => {}
        }
        let mag = cmp_magnitude(self, other);
        if self.negative { mag.reverse() } else { mag }
    }
}

fn cmp_magnitude(a: &Decimal, b: &Decimal) -> Ordering {
    if a.is_zero() || b.is_zero() {
        return a.mantissa.cmp(&b.mantissa);
    }
    let ea = digit_count(a.mantissa) as i32 + a.exp;
    let eb = digit_count(b.mantissa) as i32 + b.exp;
    if ea != eb {
        return ea.cmp(&eb);
    }
    // Same magnitude: compare mantissas aligned to the same exponent.
    let e = a.exp.min(b.exp);
    let scale = |d: &Decimal| d.mantissa * 10u128.pow((d.exp - e) as u32);
    scale(a).cmp(&scale(b))
}

fn digit_count(mut m: u128) -> u32 {
    let mut n = 1;
    while m >= 10 {
        m /= 10;
        n += 1;
    }
    n
}

fn group(int: &str, sep: char) -> String {
    let bytes = int.as_bytes();
    let mut out = String::with_capacity(int.len() + int.len() / 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && (bytes.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(*b as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn parses_and_prints_exactly() {
        for s in ["0", "7", "62.85", "-0.25", "24221930000", "0.0001"] {
            assert_eq!(d(s).plain(), s);
        }
        assert_eq!(d("12.340").plain(), "12.34");
        assert_eq!(
            Decimal::from_f64(6285000000.0).unwrap().plain(),
            "6285000000"
        );
        assert_eq!(Decimal::from_f64(16.24).unwrap().plain(), "16.24");
        assert_eq!(Decimal::from_f64(-0.0).unwrap().plain(), "0");
        for bad in ["", "-", "1.", ".5", "1e5", "1,000", "12a", "--1"] {
            assert_eq!(Decimal::parse(bad), None, "{bad}");
        }
        assert_eq!(Decimal::from_f64(f64::NAN), None);
        assert_eq!(Decimal::from_f64(f64::INFINITY), None);
        assert_eq!(Decimal::from_f64(1e30), None);
    }

    #[test]
    fn turns_back_into_the_same_f64() {
        for v in [
            0.0,
            7.0,
            62.85,
            -0.25,
            2.79,
            16.24,
            24221930000.0,
            0.0001,
            1.0 / 3.0,
            0.1 + 0.2,
            123456789.123,
            1e25,
            9.87654321e-20,
            -4.4e-9,
            9007199254740993.0,
        ] {
            let d = Decimal::from_f64(v).unwrap();
            assert_eq!(d.to_f64().to_bits(), v.to_bits(), "{v}");
        }
        for s in ["20.0", "17.21", "0.07", "-12.5", "123456789012345678901234"] {
            assert_eq!(d(s).to_f64(), s.parse::<f64>().unwrap(), "{s}");
        }
    }

    #[test]
    fn shifts_exactly() {
        assert_eq!(d("6285000000").shift(-8).plain(), "62.85");
        assert_eq!(d("24221930000").shift(-8).plain(), "242.2193");
        assert_eq!(d("1293000").shift(-4).plain(), "129.3");
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(d("9.9995").round_sig(3).plain(), "10");
        assert_eq!(d("11.8807").round_sig(3).plain(), "11.9");
        assert_eq!(d("2.25").round_to(1).plain(), "2.3");
        assert_eq!(d("-2.25").round_to(1).plain(), "-2.3");
        assert_eq!(d("0.004").round_to(2).plain(), "0");
        assert_eq!(d("123456").round_sig(2).plain(), "120000");
    }

    #[test]
    fn groups_in_threes() {
        assert_eq!(d("1234567.5").with_grouping(Some(',')), "1,234,567.5");
        assert_eq!(d("999").with_grouping(Some(',')), "999");
        assert_eq!(d("1000").with_grouping(Some(',')), "1,000");
    }

    #[test]
    fn orders_by_value() {
        assert!(d("10") > d("9.99"));
        assert!(d("-1") < d("0"));
        assert!(d("-2") < d("-1.5"));
        assert_eq!(d("1.50").cmp(&d("1.5")), Ordering::Equal);
    }
}
