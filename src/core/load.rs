//! Reading `data/dataset.json`: size and encoding checks, typed parsing with the JSON path of
//! any error, the schema version, then the semantic checks of [`super::validate`].

use serde::Deserialize;

use super::error::DataError;
use super::model::{Dataset, SCHEMA_VERSION};
use super::validate;

/// Larger files are refused before parsing: the real dataset is about 60 KB, and a runaway
/// paste of tens of megabytes must not freeze a reader's phone.
pub const MAX_DATASET_BYTES: usize = 2 * 1024 * 1024;

/// Parses and validates the dataset. On failure, every problem found (at least one).
pub fn parse_dataset(text: &str, file: &str) -> Result<Dataset, Vec<DataError>> {
    let text = check_text(text, file, MAX_DATASET_BYTES).map_err(|e| vec![e])?;
    check_schema_version(text, file).map_err(|e| vec![e])?;
    let dataset: Dataset = parse_typed(text, file).map_err(|e| vec![e])?;
    let errors = validate::dataset(&dataset, file);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

/// Checks size, byte-order mark and emptiness; returns the text to parse.
pub fn check_text<'a>(text: &'a str, file: &str, max_bytes: usize) -> Result<&'a str, DataError> {
    if text.len() > max_bytes {
        return Err(DataError::new(
            file,
            "",
            format!(
                "expected a file of at most {} KB, found {} KB",
                max_bytes / 1024,
                text.len() / 1024
            ),
        ));
    }
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
    Ok(text)
}

/// Deserialises `text` into `T`, reporting the JSON path of the first error.
pub fn parse_typed<T: for<'de> Deserialize<'de>>(text: &str, file: &str) -> Result<T, DataError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        DataError::new(
            file,
            if path == "." { String::new() } else { path },
            describe(&inner),
        )
    })?;
    de.end()
        .map_err(|e| DataError::new(file, "", describe(&e)))?;
    Ok(value)
}

/// Reads only `schema_version`, so a file written for another version gets one clear message
/// instead of a list of field errors.
fn check_schema_version(text: &str, file: &str) -> Result<(), DataError> {
    #[derive(Deserialize)]
    struct Version {
        schema_version: Option<serde_json::Value>,
    }
    let v: Version = parse_typed(text, file)?;
    match v.schema_version {
        Some(serde_json::Value::Number(n)) if n.as_u64() == Some(SCHEMA_VERSION as u64) => Ok(()),
        Some(other) => Err(DataError::new(
            file,
            "schema_version",
            format!("expected schema version {SCHEMA_VERSION}, found {other}"),
        )),
        None => Err(DataError::new(
            file,
            "schema_version",
            format!("expected a schema_version field (this build reads version {SCHEMA_VERSION})"),
        )),
    }
}

/// serde_json's message, reworded for editors: syntax errors keep their line and column.
fn describe(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let msg = e.to_string();
    // serde_json appends " at line L column C"; keep it only where it helps (syntax, EOF).
    let bare = match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.clone(),
    };
    match e.classify() {
        Category::Eof => format!(
            "the file ends too early (line {}, column {}): expected more JSON; was it cut off?",
            e.line(),
            e.column()
        ),
        Category::Syntax => format!(
            "expected valid JSON, found a syntax error at line {}, column {}: {bare}",
            e.line(),
            e.column()
        ),
        Category::Data | Category::Io => format!("expected {}", expected_phrase(&bare)),
    }
}

/// Turns serde's "invalid type: string \"x\", expected u16" into "a whole number ... ".
fn expected_phrase(msg: &str) -> String {
    let friendly = msg
        .replace("expected u16", "expected a whole number")
        .replace("expected u32", "expected a whole number")
        .replace("expected f64", "expected a number")
        .replace("expected a string", "expected text")
        .replace("expected a boolean", "expected true or false");
    // "invalid type: X, expected Y" → "Y, found X"
    if let Some(rest) = friendly.strip_prefix("invalid type: ") {
        if let Some((found, want)) = rest.split_once(", expected ") {
            return format!("{want}, found {found}");
        }
    }
    if let Some(rest) = friendly.strip_prefix("invalid value: ") {
        if let Some((found, want)) = rest.split_once(", expected ") {
            return format!("{want}, found {found}");
        }
    }
    if let Some(rest) = friendly.strip_prefix("unknown variant ") {
        if let Some((found, want)) = rest.split_once(", expected ") {
            return format!("{want}, found {found}");
        }
    }
    if let Some(rest) = friendly.strip_prefix("unknown field ") {
        if let Some((found, want)) = rest.split_once(", expected ") {
            return format!("{want}; found the unknown field {found}");
        }
    }
    if let Some(field) = friendly.strip_prefix("missing field ") {
        return format!("a field {field}, which is missing");
    }
    friendly
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
