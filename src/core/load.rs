//! Reading `data/dataset.json`: size and encoding checks, typed parsing with the JSON path of
//! any error, the schema version, then the semantic checks of [`super::validate`].

use super::dataset_read;
use super::error::DataError;
use super::json::{Json, Path, Reader, reword};
use super::json_path;
use super::model::{Dataset, SCHEMA_VERSION};
use super::validate;

/// Larger files are refused before parsing: the real dataset is about 135 KB, and a runaway
/// paste of tens of megabytes must not freeze a reader's phone.
pub const MAX_DATASET_BYTES: usize = 2 * 1024 * 1024;

/// Parses and validates the dataset. On failure, every problem found (at least one).
pub fn parse_dataset(text: &str, file: &str) -> Result<Dataset, Vec<DataError>> {
    checked(read_dataset(text, file)?, file)
}

/// Reads the dataset's model, as strictly as [`parse_dataset`], without its semantic
/// checks: for a text this build has checked already (the first view's binary passes the
/// text on only when it held no fault; see `browser::load_dataset`), or with [`checked`]
/// to follow, in a task of its own.
pub fn read_dataset(text: &str, file: &str) -> Result<Dataset, Vec<DataError>> {
    let text = check_text(text, file, MAX_DATASET_BYTES).map_err(|e| vec![e])?;
    // The tree lives only while the model is read from it.
    let reader = Reader { file };
    let tree = parse_tree(text, file).map_err(|e| vec![e])?;
    check_schema_version(&reader, &tree).map_err(|e| vec![e])?;
    dataset_read::dataset(&reader, &tree).map_err(|e| vec![e])
}

/// The dataset [`read_dataset`] read, once the semantic checks find nothing wrong with it.
pub fn checked(dataset: Dataset, file: &str) -> Result<Dataset, Vec<DataError>> {
    let errors = validate::dataset(&dataset, file);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// Turns the bytes a server sent into text: the size is checked first (nothing is decoded
/// past the bound), then UTF-8 strictly. The browser reads the response as bytes and comes
/// through here too, so a file saved in another encoding (GBK, Latin-1) is refused with the
/// place of its first bad byte instead of being shown with replacement characters.
pub fn decode_utf8(bytes: Vec<u8>, file: &str, max_bytes: usize) -> Result<String, DataError> {
    check_size(bytes.len(), file, max_bytes)?;
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        let before = bytes.get(..at).unwrap_or_default();
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        // The last character begun but not finished: the file was cut off (a dropped
        // connection, a partial copy), not saved in another encoding.
        if e.utf8_error().error_len().is_none() {
            return DataError::new(
                file,
                "",
                format!(
                    "the file ends too early (line {line}), in the middle of a character: \
                     was it cut off?"
                ),
            );
        }
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let column = 1 + String::from_utf8_lossy(before.get(line_start..).unwrap_or_default())
            .chars()
            .count();
        let shown: Vec<String> = bytes
            .iter()
            .skip(at)
            .take(4)
            .map(|b| format!("{b:02X}"))
            .collect();
        DataError::new(
            file,
            "",
            format!(
                "expected UTF-8 text, found bytes that are not UTF-8 at line {line}, column \
                 {column} (byte {at}: {}): save the file as UTF-8",
                shown.join(" ")
            ),
        )
    })
}

fn check_size(len: usize, file: &str, max_bytes: usize) -> Result<(), DataError> {
    if len > max_bytes {
        return Err(DataError::new(
            file,
            "",
            format!(
                "expected a file of at most {} KB, found {} KB",
                max_bytes / 1024,
                len.div_ceil(1024)
            ),
        ));
    }
    Ok(())
}

/// Checks size, byte-order mark, emptiness and damaged characters; returns the text to parse.
pub fn check_text<'a>(text: &'a str, file: &str, max_bytes: usize) -> Result<&'a str, DataError> {
    check_size(text.len(), file, max_bytes)?;
    if text.starts_with('\u{feff}') {
        return Err(DataError::new(
            file,
            "",
            "expected UTF-8 JSON without a byte-order mark (save the file as \"UTF-8\", not \"UTF-8 with BOM\")",
        ));
    }
    if text.trim().is_empty() {
        return Err(DataError::new(
            file,
            "",
            "expected JSON, found an empty file",
        ));
    }
    if let Some(at) = text.find('\u{fffd}') {
        let (line, column) = line_column(text, at);
        return Err(DataError::new(
            file,
            "",
            format!(
                "expected readable text, found the replacement character \u{fffd} (U+FFFD) at \
                 line {line}, column {column}: the text was damaged by a wrong encoding before it \
                 was saved; restore it from a good copy"
            ),
        ));
    }
    Ok(text)
}

/// Line and column (1-based, in characters) of byte offset `at` in `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = text.get(..at).unwrap_or(text);
    let line = 1 + before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = 1 + before.get(start..).unwrap_or_default().chars().count();
    (line, column)
}

/// Parses `text` into a JSON tree (strings borrowed from it), reporting a syntax error or
/// a repeated key with its line, column and JSON path. The typed model is read from the
/// tree (`core::dataset_read`, `core::geo::decode`).
pub fn parse_tree<'a>(text: &'a str, file: &str) -> Result<Json<'a>, DataError> {
    serde_json::from_str(text).map_err(|e| json_error(file, text, &e))
}

/// A serde_json error as a reader's message: the JSON path of the value being read (found
/// only now, see [`crate::core::json_path`]) and what was expected there.
fn json_error(file: &str, text: &str, e: &serde_json::Error) -> DataError {
    DataError::new(file, json_path::error_path(text, e), describe(e, text))
}

/// Checks `schema_version` before anything else, so a file written for another version
/// gets one clear message instead of a list of field errors.
fn check_schema_version(r: &Reader, tree: &Json) -> Result<(), DataError> {
    let o = r.fields(tree, &Path::Root, "struct Dataset")?;
    match o.get("schema_version") {
        Some(Json::Unsigned(n)) if *n == u64::from(SCHEMA_VERSION) => Ok(()),
        Some(other) => Err(DataError::new(
            r.file,
            "schema_version",
            format!(
                "expected schema version {SCHEMA_VERSION}, found {}",
                other.brief()
            ),
        )),
        None => Err(DataError::new(
            r.file,
            "schema_version",
            format!("expected a schema_version field (this build reads version {SCHEMA_VERSION})"),
        )),
    }
}

/// `\uD800`-`\uDFFF`: half of a UTF-16 surrogate pair, which JSON text may only write
/// in pairs.
fn is_surrogate_escape(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    lower
        .strip_prefix("\\ud")
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| matches!(c, '8'..='9' | 'a'..='f'))
}

/// serde_json's message, reworded for editors: syntax errors keep their line and column
/// (in characters, as an editor counts them) and show the text found there.
fn describe(e: &serde_json::Error, text: &str) -> String {
    use serde_json::error::Category;
    let msg = e.to_string();
    // serde_json appends " at line L column C"; keep it only where it helps (syntax, EOF).
    let bare = match msg.rfind(" at line ") {
        Some(i) => msg.get(..i).unwrap_or(&msg).to_owned(),
        None => msg.clone(),
    };
    match e.classify() {
        Category::Eof => format!(
            "the file ends too early (line {}): expected more JSON; was it cut off?",
            e.line()
        ),
        Category::Syntax => {
            let (column, token) = near(text, e.line(), e.column());
            let line = e.line();
            let word = token.trim_matches('`').trim_start_matches(['-', '+']);
            if bare == "number out of range" {
                format!(
                    "expected a finite number, found {token} at line {line}, column {column}, \
                     which is too large to be read as a number"
                )
            } else if is_surrogate_escape(word) {
                format!(
                    "expected text, found {token} at line {line}, column {column}: an escaped \
                     half of a UTF-16 pair without its other half stands for no character; write \
                     the character itself"
                )
            } else if ["NaN", "nan", "Infinity", "inf", "infinity"].contains(&word) {
                format!(
                    "expected a number, found {token} at line {line}, column {column}: JSON has \
                     no NaN or Infinity; write the figure as printed, or null where a value is \
                     unknown"
                )
            } else {
                format!(
                    "expected valid JSON, found a syntax error at line {line}, column {column} \
                     (at {}): {bare}",
                    if token.is_empty() {
                        "the end of the line"
                    } else {
                        &token
                    }
                )
            }
        }
        Category::Data | Category::Io => reword(&bare),
    }
}

/// The column (in characters) of serde_json's (byte) position, and the JSON token there,
/// quoted and cut to 24 characters: `NaN`, `1e999`, `}`.
fn near(text: &str, line: usize, byte_column: usize) -> (usize, String) {
    let Some(row) = text.split('\n').nth(line.saturating_sub(1)) else {
        return (byte_column, String::new());
    };
    let mut at = byte_column.saturating_sub(1).min(row.len());
    while !row.is_char_boundary(at) {
        at -= 1;
    }
    let column = 1 + row.get(..at).unwrap_or_default().chars().count();
    let structural = |c: char| c.is_whitespace() || ",:[]{}\"".contains(c);
    let start = row
        .get(..at)
        .unwrap_or_default()
        .char_indices()
        .rev()
        .find(|&(_, c)| structural(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let rest = row.get(start..).unwrap_or_default();
    let mut token: String = rest
        .chars()
        .take_while(|&c| !structural(c))
        .take(24)
        .collect();
    if token.is_empty() {
        token = rest.chars().take(1).collect();
    }
    let column = if start < at {
        1 + row.get(..start).unwrap_or_default().chars().count()
    } else {
        column
    };
    if token.is_empty() {
        (column, token)
    } else {
        (column, format!("`{token}`"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "data/dataset.json";

    fn first_error(text: &str) -> DataError {
        parse_dataset(text, FILE).unwrap_err().remove(0)
    }

    #[test]
    fn refuses_empty_bom_and_huge_files() {
        assert!(first_error("").expected.contains("empty"));
        assert!(
            first_error("\u{feff}{}")
                .expected
                .contains("byte-order mark")
        );
        let huge = " ".repeat(MAX_DATASET_BYTES + 1);
        assert!(first_error(&huge).expected.contains("at most 2048 KB"));
    }

    /// Issue 17, robustness 10: messages that said nothing ("found 1" for 1.0, 309 digits
    /// for 1e308, "unexpected end of hex escape").
    #[test]
    fn numbers_and_escapes_are_named_as_written() {
        let real = include_str!("../../data/dataset.json");
        let with = |from: &str, to: &str| first_error(&real.replacen(from, to, 1)).expected;
        let v = "\"schema_version\": 1,";
        assert!(with(v, "\"schema_version\": 1.0,").ends_with("found 1.0"));
        assert!(with(v, "\"schema_version\": 1e308,").ends_with("found 1e308"));
        let e = with("\"reporter\": \"潘文静\"", "\"reporter\": \"\\ud800\"");
        assert!(e.contains("found `\\ud800`"), "{e}");
        assert!(e.contains("half of a UTF-16 pair"), "{e}");
    }

    #[test]
    fn names_line_and_column_of_syntax_errors() {
        let e = first_error("{\"schema_version\": 1,\n \"article\": }");
        assert_eq!(e.path, "article");
        assert!(e.expected.contains("line 2"), "{e}");
        let e = first_error("{\"schema_version\": 1, \"article\": {");
        assert!(e.expected.contains("ends too early"), "{e}");
    }

    #[test]
    fn checks_schema_version_first() {
        let e = first_error("{\"schema_version\": 2}");
        assert_eq!(e.path, "schema_version");
        assert!(
            e.expected.contains("expected schema version 1, found 2"),
            "{e}"
        );
        let e = first_error("{}");
        assert!(e.expected.contains("schema_version"), "{e}");
        let e = first_error("{\"schema_version\": \"1\"}");
        assert!(e.expected.contains("found \"1\""), "{e}");
    }

    #[test]
    fn names_the_path_of_type_errors() {
        let e = first_error("{\"schema_version\": 1, \"article\": {\"source\": 5}}");
        assert_eq!(e.path, "article.source");
        assert!(
            e.expected.starts_with("expected text, found integer `5`"),
            "{e}"
        );
    }
}
