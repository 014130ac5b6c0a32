//! The article's figures and projects: each figure appears, as printed, in the sentence it
//! cites and says the same number as its `value` (read by [`read_stated`]); Beijing's and
//! Tianjin's parts add up to the total; projects name places, sentences and figures that
//! exist.

use super::Checker;
use crate::core::decimal::Decimal;
use crate::core::json::brief_number;
use crate::core::model::*;

impl Checker<'_> {
    pub(super) fn figures(&mut self, d: &Dataset) {
        self.ids("figures", d.figures.iter().map(|f| f.id.as_str()));
        self.unique("figures", d.figures.iter().map(|f| f.id.as_str()));
        for (i, f) in d.figures.iter().enumerate() {
            let p = format!("figures[{i}]");
            self.text(&format!("{p}.label"), &f.label);
            self.amount(&format!("{p}.value"), f.value);
            if let Some(n) = &f.note {
                self.text(&format!("{p}.note"), n);
            }
            let Some(sentence) = d.sentence(&f.sentence) else {
                self.err(
                    format!("{p}.sentence"),
                    format!(
                        "expected the id of an entry in article.sentences, found \"{}\"",
                        f.sentence
                    ),
                );
                continue;
            };
            let original = &sentence.text.zh_hant;
            self.stated(
                &format!("{p}.stated"),
                &f.stated,
                f.value,
                f.unit,
                f.qualifier,
                original,
            );
            if let Some(split) = &f.split {
                for (who, part) in [("beijing", &split.beijing), ("tianjin", &split.tianjin)] {
                    let pp = format!("{p}.split.{who}");
                    self.amount(&format!("{pp}.value"), part.value);
                    self.stated(
                        &format!("{pp}.stated"),
                        &part.stated,
                        part.value,
                        f.unit,
                        None,
                        original,
                    );
                }
                let sum = split.beijing.value + split.tianjin.value;
                if sum.is_finite() && (sum - f.value).abs() > 1e-9 * f.value.abs().max(1.0) {
                    self.err(
                        format!("{p}.split"),
                        format!(
                            "expected Beijing + Tianjin to add up to the stated total {}, found {} + {} = {}",
                            brief_number(f.value),
                            brief_number(split.beijing.value),
                            brief_number(split.tianjin.value),
                            brief_number(sum)
                        ),
                    );
                }
            }
            for (field, target) in [("counterpart", &f.counterpart), ("before", &f.before)] {
                if let Some(id) = target
                    && (d.figure(id).is_none() || id == &f.id)
                {
                    self.err(
                        format!("{p}.{field}"),
                        format!("expected the id of another figure, found \"{id}\""),
                    );
                }
            }
        }
    }

    /// `stated` must occur in the article sentence and say the same number as `value`.
    fn stated(
        &mut self,
        path: &str,
        stated: &str,
        value: f64,
        unit: Unit,
        qualifier: Option<Qualifier>,
        sentence: &str,
    ) {
        if stated.is_empty() || !sentence.contains(stated) {
            self.err(
                path,
                format!("expected text that occurs in the cited sentence, found \"{stated}\""),
            );
            return;
        }
        let Some(read) = read_stated(stated) else {
            self.err(
                path,
                format!("expected a number in the stated text, found \"{stated}\""),
            );
            return;
        };
        let scaled = if unit == Unit::Percent {
            Some(read.number)
        } else {
            Some(read.number.shift(read.power))
        };
        if scaled != Decimal::from_f64(value) {
            let shown = scaled.map(|d| d.plain()).unwrap_or_default();
            self.err(
                path,
                format!("expected \"{stated}\" to equal the value {value}, but it says {shown}"),
            );
        }
        if read.more_than != (qualifier == Some(Qualifier::MoreThan)) {
            self.err(
                path,
                format!(
                    "expected the qualifier more_than exactly when the text says 多 (\"{stated}\")"
                ),
            );
        }
    }

    pub(super) fn projects(&mut self, d: &Dataset) {
        self.ids("projects", d.projects.iter().map(|x| x.id.as_str()));
        self.unique("projects", d.projects.iter().map(|x| x.id.as_str()));
        for (i, x) in d.projects.iter().enumerate() {
            let p = format!("projects[{i}]");
            self.text(&format!("{p}.name"), &x.name);
            if let Some(city) = &x.city
                && d.city(city).is_none()
            {
                self.err(
                    format!("{p}.city"),
                    format!("expected the id of an entry in cities, found \"{city}\""),
                );
            }
            if let Some(code) = &x.county {
                match d.county(code) {
                    None => self.err(
                        format!("{p}.county"),
                        format!("expected the code of an entry in counties, found \"{code}\""),
                    ),
                    Some(c) if x.city.as_deref() != Some(c.city.as_str()) => self.err(
                        format!("{p}.county"),
                        format!(
                            "expected a county of the project's city, found \"{code}\" in {}",
                            c.city
                        ),
                    ),
                    Some(_) => {}
                }
            }
            if d.sentence(&x.sentence).is_none() {
                self.err(
                    format!("{p}.sentence"),
                    format!(
                        "expected the id of an entry in article.sentences, found \"{}\"",
                        x.sentence
                    ),
                );
            }
            if let Some(id) = &x.figure
                && d.figure(id).is_none()
            {
                self.err(
                    format!("{p}.figure"),
                    format!("expected the id of an entry in figures, found \"{id}\""),
                );
            }
            if let Some(n) = &x.note {
                self.text(&format!("{p}.note"), n);
            }
        }
    }
}

/// A number as the article prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stated {
    /// The digits as written (`62.85` in `62.85億元`).
    pub number: Decimal,
    /// Power of ten of the multiplier after it: 4 for 萬/万, 8 for 億/亿, else 0.
    pub power: i32,
    /// Followed by 多 ("more than").
    pub more_than: bool,
}

/// Reads the first number in `s`: Arabic digits with an optional decimal point and 萬/億,
/// or a single Chinese numeral (`連續三年`).
pub fn read_stated(s: &str) -> Option<Stated> {
    let start = s.find(|c: char| c.is_ascii_digit());
    let (number, rest) = match start {
        Some(i) => {
            let tail = &s[i..];
            let end = tail
                .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                .unwrap_or(tail.len());
            (Decimal::parse(&tail[..end])?, &tail[end..])
        }
        None => {
            let (i, c) = s
                .char_indices()
                .find(|(_, c)| chinese_digit(*c).is_some())?;
            let n = chinese_digit(c)?;
            (Decimal::new(false, n, 0), &s[i + c.len_utf8()..])
        }
    };
    let mut chars = rest.chars().peekable();
    let power = match chars.peek() {
        Some('萬' | '万') => 4,
        Some('億' | '亿') => 8,
        _ => 0,
    };
    if power > 0 {
        chars.next();
    }
    let more_than = chars.peek() == Some(&'多');
    Some(Stated {
        number,
        power,
        more_than,
    })
}

fn chinese_digit(c: char) -> Option<u128> {
    "〇一二三四五六七八九十"
        .chars()
        .position(|d| d == c)
        .map(|p| p as u128)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_as_printed() {
        let r = read_stated("62.85億元").unwrap();
        assert_eq!(
            (r.number.plain(), r.power, r.more_than),
            ("62.85".into(), 8, false)
        );
        let r = read_stated("129.3萬").unwrap();
        assert_eq!((r.number.plain(), r.power), ("129.3".into(), 4));
        let r = read_stated("北京235家").unwrap();
        assert_eq!((r.number.plain(), r.power), ("235".into(), 0));
        let r = read_stated("2000多位").unwrap();
        assert!(r.more_than);
        let r = read_stated("連續三年").unwrap();
        assert_eq!(r.number.plain(), "3");
        let r = read_stated("下降到0").unwrap();
        assert_eq!(r.number.plain(), "0");
        assert_eq!(read_stated("沒有數字"), None);
    }
}
