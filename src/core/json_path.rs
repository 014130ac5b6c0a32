//! The JSON path of a parse error (`counties[3].partner`), found by re-reading the text up to
//! the error's position.
//!
//! Why not track the path while deserialising (as `serde_path_to_error` does)? That wraps
//! every visitor of every type, which made a seventh of the app's WebAssembly and slowed the
//! happy path of every load. Errors are rare; this scan runs only when one happens, and costs
//! one pass over the text.

/// Where the reader is inside one open object or array.
enum Frame {
    /// The last key read, if any.
    Object(Option<String>),
    /// The index of the current element.
    Array(usize),
}

/// The path of the value being read at byte `offset` of `text`, written as
/// `serde_path_to_error` writes it: `counties[3].partner`, `polygons[0][1]`; empty at the top
/// level. Never panics, whatever the text and offset.
pub fn path_at(text: &str, offset: usize) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => {
                if let Some(Frame::Array(index)) = stack.last_mut() {
                    *index += 1;
                }
            }
            b'"' => {
                let close = string_end(bytes, i + 1);
                if let Some(Frame::Object(key)) = stack.last_mut()
                    && is_key(bytes, close + 1)
                {
                    *key = text.get(i + 1..close).map(str::to_owned);
                }
                i = close;
            }
            _ => {}
        }
        i += 1;
    }
    render(&stack)
}

/// The path of the value a serde_json error is about.
pub fn error_path(text: &str, e: &serde_json::Error) -> String {
    // serde_json counts the line from 1 and the column as the bytes read on that line.
    let line_start = text
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let mut offset = line_start + e.column();
    // A syntax error points at the offending byte; a closer there (`"a": }`) has not closed
    // anything yet.
    if e.classify() == serde_json::error::Category::Syntax
        && matches!(
            text.as_bytes().get(offset.wrapping_sub(1)),
            Some(b'}' | b']')
        )
    {
        offset -= 1;
    }
    path_at(text, offset)
}

/// Index of the quote closing the string whose contents start at `from` (or the text's end).
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// Whether the string that ended just before `from` is an object key (a colon follows).
fn is_key(bytes: &[u8], from: usize) -> bool {
    bytes
        .get(from..)
        .unwrap_or_default()
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        == Some(&b':')
}

fn render(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Array(index) => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            // An object whose first key is not read yet adds nothing.
            Frame::Object(None) => {}
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, marker: &str) -> String {
        path_at(text, text.find(marker).expect("marker") + marker.len())
    }

    #[test]
    fn names_keys_and_indices() {
        let text = r#"{"counties": [{"code": "1"}, {"code": 2, "name": "x"}], "n": 1}"#;
        assert_eq!(at(text, "\"1\""), "counties[0].code");
        assert_eq!(at(text, "2"), "counties[1].code");
        assert_eq!(at(text, "\"x\""), "counties[1].name");
        assert_eq!(at(text, "\"n\": 1"), "n");
        assert_eq!(path_at(text, 0), "");
    }

    #[test]
    fn a_closed_object_is_its_parents_element() {
        // serde reports a missing field after the object's closing brace.
        let text = r#"{"counties": [{"code": "1"}, {"name": "x"}]}"#;
        assert_eq!(at(text, "\"x\"}"), "counties[1]");
    }

    #[test]
    fn strings_with_brackets_quotes_and_commas_do_not_confuse_it() {
        let text = r#"{"a": ["[,{\"}", "b"], "c": {"d,": [1, [2, 3]]}}"#;
        assert_eq!(at(text, "\"b\""), "a[1]");
        assert_eq!(at(text, "3"), "c.d,[1][1]");
    }

    #[test]
    fn line_and_column_as_serde_json_counts_them() {
        let text = "{\n  \"a\": [\n    1,\n    \"x\"\n  ]\n}";
        let e = serde_json::from_str::<std::collections::HashMap<String, Vec<u8>>>(text)
            .expect_err("a string in a list of numbers");
        assert_eq!(error_path(text, &e), "a[1]");
        let text = "{\"a\": {\"b\": }}";
        let e = serde_json::from_str::<serde_json::Value>(text).expect_err("no value");
        assert_eq!(error_path(text, &e), "a.b");
    }

    #[test]
    fn never_panics_on_odd_offsets_or_text() {
        for text in ["", "\"", "{\"a", "[[[", "}}]]", "{\"é\":\"\\", "é"] {
            for offset in 0..text.len() + 3 {
                let _ = path_at(text, offset);
            }
        }
    }
}
