//! The numbers behind a chart as a table: shown as the chart's table view and downloaded as
//! CSV, with the title and source in the file so a copy never loses where it came from.

use super::decimal::Decimal;

/// A chart's data, already in the reader's language.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub title: String,
    pub source: String,
    pub columns: Vec<String>,
    /// Display text of each cell, as on the page.
    pub rows: Vec<Vec<String>>,
    /// Raw values for the CSV: `None` keeps the display text.
    pub raw: Vec<Vec<Option<String>>>,
}

impl Table {
    pub fn new(title: impl Into<String>, source: impl Into<String>, columns: Vec<String>) -> Table {
        Table {
            title: title.into(),
            source: source.into(),
            columns,
            rows: Vec::new(),
            raw: Vec::new(),
        }
    }

    /// Adds a row of `(shown, raw)` cells; `raw` is what the CSV gets (e.g. `6285000000`
    /// for `62.85亿元`), `None` to use the shown text.
    pub fn push(&mut self, cells: Vec<(String, Option<String>)>) {
        let (shown, raw) = cells.into_iter().unzip();
        self.rows.push(shown);
        self.raw.push(raw);
    }

    /// RFC 4180 CSV, UTF-8 with a byte-order mark so spreadsheet programs read Chinese
    /// correctly. The first lines carry the title and source as `#` comments.
    pub fn to_csv(&self) -> String {
        let mut out = String::from("\u{feff}");
        out.push_str(&csv_line(&[format!("# {}", self.title)]));
        out.push_str(&csv_line(&[format!("# {}", self.source)]));
        out.push_str(&csv_line(&self.columns));
        for (shown, raw) in self.rows.iter().zip(&self.raw) {
            let cells: Vec<String> = shown
                .iter()
                .zip(raw.iter().chain(std::iter::repeat(&None)))
                .map(|(s, r)| r.clone().unwrap_or_else(|| s.clone()))
                .collect();
            out.push_str(&csv_line(&cells));
        }
        out
    }
}

fn csv_line(cells: &[String]) -> String {
    let mut line = cells
        .iter()
        .map(|c| {
            // A leading = + - @ would run as a formula in a spreadsheet: prefix a quote
            // (a plain negative number stays a number).
            let c = if c.starts_with(['=', '+', '-', '@']) && Decimal::parse(c).is_none() {
                format!("'{c}")
            } else {
                c.clone()
            };
            if c.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_csv_with_title_source_and_raw_values() {
        let mut t = Table::new(
            "结对学校",
            "来源：河北日报, 2020-12-19",
            vec!["城市".into(), "学校".into()],
        );
        t.push(vec![
            ("北京".into(), None),
            ("245所".into(), Some("245".into())),
        ]);
        t.push(vec![
            ("天津, \"津\"".into(), None),
            ("64所".into(), Some("64".into())),
        ]);
        t.push(vec![("=cmd".into(), None), ("-3".into(), None)]);
        assert_eq!(
            t.to_csv(),
            "\u{feff}# 结对学校\r\n\"# 来源：河北日报, 2020-12-19\"\r\n城市,学校\r\n北京,245\r\n\"天津, \"\"津\"\"\",64\r\n'=cmd,-3\r\n"
        );
    }
}
