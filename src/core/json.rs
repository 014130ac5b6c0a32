//! A JSON tree and a reader over it that names the path of every problem.
//!
//! The dataset is read in two steps: serde_json parses the text into [`Json`] (syntax
//! errors, with line and column), then hand-written readers (`core::dataset_read`) build
//! the typed model from the tree. Deriving `Deserialize` for every type instead
//! monomorphised serde_json's deserializer for each struct and each list: about a third of
//! the wasm's serde code. One parse into a tree is a single instance.
//!
//! Messages are worded as serde's and then reworded ([`reword`]) as serde_json's own errors
//! are in `core::load`, so readers see the same text whichever step found the problem.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::error::DataError;

/// A JSON value. Objects keep their keys in file order; a key given twice in one object is
/// refused while parsing (serde's `duplicate field` message, at the second key).
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    /// A whole number that fits u64.
    Unsigned(u64),
    /// A negative whole number.
    Signed(i64),
    Float(f64),
    /// Borrowed from the file's text unless it has escapes.
    Str(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Json<'de>, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Json<'de>, E> {
        Ok(Json::Unsigned(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Json<'de>, E> {
        Ok(if v >= 0 {
            Json::Unsigned(v as u64)
        } else {
            Json::Signed(v)
        })
    }
    fn visit_f64<E>(self, v: f64) -> Result<Json<'de>, E> {
        Ok(Json::Float(v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Json<'de>, E> {
        Ok(Json::Str(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let mut fields: Vec<(Cow<'de, str>, Json<'de>)> = Vec::new();
        while let Some(Key(key)) = map.next_key()? {
            if fields.iter().any(|(k, _)| *k == key) {
                // Raised before the value is read, where serde's derive raises it, so the
                // error's position (and so its path) names the second key.
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
            let value = map.next_value()?;
            fields.push((key, value));
        }
        Ok(Json::Object(fields))
    }
}

/// An object's key, borrowed from the text where it can be (serde's `Cow<str>` always
/// copies).
struct Key<'de>(Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Key<'de>, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
        }
        d.deserialize_str(KeyVisitor)
    }
}

/// Where a value sits, e.g. `counties[31].pairing.figures[0].value`: built on the stack as
/// the reader descends, written out only for an error.
#[derive(Clone, Copy)]
pub enum Path<'p> {
    Root,
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

impl Json<'_> {
    /// What a value is, as serde says it in "invalid type" messages: `string "x"`,
    /// ``integer `5` ``, `map`.
    pub fn unexpected(&self) -> String {
        match self {
            Json::Null => "unit value".to_owned(),
            Json::Bool(b) => format!("boolean `{b}`"),
            Json::Unsigned(n) => format!("integer `{n}`"),
            Json::Signed(n) => format!("integer `{n}`"),
            Json::Float(f) => {
                let mut text = f.to_string();
                if !text.contains(['.', 'e', 'E']) && f.is_finite() {
                    text.push_str(".0");
                }
                format!("floating point `{text}`")
            }
            Json::Str(s) => format!("string {s:?}"),
            Json::Array(_) => "sequence".to_owned(),
            Json::Object(_) => "map".to_owned(),
        }
    }

    /// The value as a JSON-like text for messages (`2`, `"1"`, `true`).
    pub fn brief(&self) -> String {
        match self {
            Json::Null => "null".to_owned(),
            Json::Bool(b) => b.to_string(),
            Json::Unsigned(n) => n.to_string(),
            Json::Signed(n) => n.to_string(),
            // Written with a point (or an exponent): not the whole number it equals.
            Json::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.1}"),
            Json::Float(f) => brief_number(*f),
            Json::Str(s) => format!("{s:?}"),
            Json::Array(_) => "a list".to_owned(),
            Json::Object(_) => "an object".to_owned(),
        }
    }
}

/// A number as a message shows it: plainly where it is short (`20.46`, `266`), in exponent
/// form where it is huge or tiny (`1e308`, not 309 digits).
pub fn brief_number(v: f64) -> String {
    if v.abs() >= 1e15 || (v != 0.0 && v.abs() < 1e-6) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}

/// Reads typed values out of a [`Json`] tree; every error names the file and the path.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    pub file: &'a str,
}

pub type Read<T> = Result<T, DataError>;

impl Reader<'_> {
    /// An error at `path`, worded from serde's `message`.
    pub fn error(&self, path: &Path, message: &str) -> DataError {
        DataError::new(self.file, path.to_string(), reword(message))
    }

    /// serde's "invalid type" error for `value`, which should have been `expected`.
    pub fn wrong_type(&self, path: &Path, value: &Json, expected: &str) -> DataError {
        self.error(
            path,
            &format!("invalid type: {}, expected {expected}", value.unexpected()),
        )
    }

    pub fn string(&self, v: &Json, path: &Path) -> Read<String> {
        match v {
            Json::Str(s) => Ok(s.as_ref().to_owned()),
            other => Err(self.wrong_type(path, other, "a string")),
        }
    }

    pub fn boolean(&self, v: &Json, path: &Path) -> Read<bool> {
        match v {
            Json::Bool(b) => Ok(*b),
            other => Err(self.wrong_type(path, other, "a boolean")),
        }
    }

    pub fn number(&self, v: &Json, path: &Path) -> Read<f64> {
        match v {
            Json::Unsigned(n) => Ok(*n as f64),
            Json::Signed(n) => Ok(*n as f64),
            Json::Float(f) => Ok(*f),
            other => Err(self.wrong_type(path, other, "f64")),
        }
    }

    /// A whole number of at most `max`; `name` is serde's name of the type (`u16`).
    pub fn whole(&self, v: &Json, path: &Path, max: u64, name: &str) -> Read<u64> {
        match v {
            Json::Unsigned(n) if *n <= max => Ok(*n),
            Json::Unsigned(_) | Json::Signed(_) => Err(self.error(
                path,
                &format!("invalid value: {}, expected {name}", v.unexpected()),
            )),
            other => Err(self.wrong_type(path, other, name)),
        }
    }

    /// A whole number that fits i64 (serde's `i64`).
    pub fn integer(&self, v: &Json, path: &Path) -> Read<i64> {
        match v {
            Json::Signed(n) => Ok(*n),
            Json::Unsigned(n) => i64::try_from(*n).map_err(|_| {
                self.error(
                    path,
                    &format!("invalid value: {}, expected i64", v.unexpected()),
                )
            }),
            other => Err(self.wrong_type(path, other, "i64")),
        }
    }

    pub fn list<T>(
        &self,
        v: &Json,
        path: &Path,
        item: &dyn Fn(&Json, &Path) -> Read<T>,
    ) -> Read<Vec<T>> {
        match v {
            Json::Array(items) => items
                .iter()
                .enumerate()
                .map(|(i, x)| item(x, &Path::Index(path, i)))
                .collect(),
            other => Err(self.wrong_type(path, other, "a sequence")),
        }
    }

    /// The fields of an object, whatever other keys it has.
    pub fn fields<'j, 'p>(
        &self,
        v: &'j Json<'j>,
        path: &Path<'p>,
        what: &str,
    ) -> Read<Object<'j, '_, 'p>> {
        match v {
            Json::Object(fields) => Ok(Object {
                fields,
                path: *path,
                reader: *self,
            }),
            other => Err(self.wrong_type(path, other, what)),
        }
    }

    /// The fields of an object that may hold only `names` (the first other key, in file
    /// order, is an error), for reading them one by one.
    pub fn object<'j, 'p>(
        &self,
        v: &'j Json<'j>,
        path: &Path<'p>,
        what: &str,
        names: &'static [&'static str],
    ) -> Read<Object<'j, '_, 'p>> {
        let Json::Object(fields) = v else {
            return Err(self.wrong_type(path, v, what));
        };
        if let Some((key, _)) = fields.iter().find(|(k, _)| !names.contains(&k.as_ref())) {
            return Err(self.error(
                &Path::Key(path, key),
                &format!("unknown field `{key}`, expected {}", one_of(names)),
            ));
        }
        Ok(Object {
            fields,
            path: *path,
            reader: *self,
        })
    }
}

/// An object's fields, read by name.
pub struct Object<'j, 'a, 'p> {
    fields: &'j [(Cow<'j, str>, Json<'j>)],
    path: Path<'p>,
    reader: Reader<'a>,
}

impl<'j> Object<'j, '_, '_> {
    /// The value of `key`, if the object has it.
    pub fn get(&self, key: &str) -> Option<&'j Json<'j>> {
        self.fields.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A field that must be there.
    pub fn req<T>(&self, key: &str, read: &dyn Fn(&Json, &Path) -> Read<T>) -> Read<T> {
        match self.get(key) {
            Some(v) => read(v, &Path::Key(&self.path, key)),
            None => Err(self
                .reader
                .error(&self.path, &format!("missing field `{key}`"))),
        }
    }

    /// A field that may be missing (then the default; null is not a default).
    pub fn def<T: Default>(&self, key: &str, read: &dyn Fn(&Json, &Path) -> Read<T>) -> Read<T> {
        match self.get(key) {
            None => Ok(T::default()),
            Some(v) => read(v, &Path::Key(&self.path, key)),
        }
    }

    /// A field that may be missing or null.
    pub fn opt<T>(&self, key: &str, read: &dyn Fn(&Json, &Path) -> Read<T>) -> Read<Option<T>> {
        match self.get(key) {
            None | Some(Json::Null) => Ok(None),
            Some(v) => read(v, &Path::Key(&self.path, key)).map(Some),
        }
    }
}

/// The names as serde lists them: `` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``.
pub fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} or {}", quoted[0], quoted[1]),
        _ => format!("one of {}", quoted.join(", ")),
    }
}

/// A serde-worded data error ("invalid type: string \"x\", expected f64") in the
/// reader's words ("expected a number, found string \"x\""). Shared by serde_json's errors
/// (`core::load`) and the readers here, so both read the same.
pub fn reword(message: &str) -> String {
    let phrase = expected_phrase(message);
    // Custom errors (the geometry's format tag) already say what was expected.
    if phrase.starts_with("expected ") {
        phrase
    } else {
        format!("expected {phrase}")
    }
}

/// Turns serde's "invalid type: string \"x\", expected u16" into "a whole number ... ".
fn expected_phrase(msg: &str) -> String {
    let friendly = msg
        .replace("expected u16", "expected a whole number from 0 to 65535")
        .replace("expected u32", "expected a whole number")
        .replace("expected i64", "expected a whole number")
        .replace("expected f64", "expected a number")
        .replace("expected a string", "expected text")
        .replace("expected a boolean", "expected true or false");
    // "invalid type: X, expected Y" → "Y, found X" (also for values and variants)
    for prefix in ["invalid type: ", "invalid value: ", "unknown variant "] {
        let parts = friendly.strip_prefix(prefix);
        if let Some((found, want)) = parts.and_then(|rest| rest.split_once(", expected ")) {
            return format!("{want}, found {found}");
        }
    }
    if let Some(rest) = friendly.strip_prefix("unknown field ")
        && let Some((found, want)) = rest.split_once(", expected ")
    {
        return format!("{want}; found the unknown field {found}");
    }
    if let Some(field) = friendly.strip_prefix("missing field ") {
        return format!("a field {field}, which is missing");
    }
    if let Some(field) = friendly.strip_prefix("duplicate field ") {
        return format!("each field once, found {field} twice in the same object");
    }
    friendly
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Json<'_>, serde_json::Error> {
        serde_json::from_str(text)
    }

    const R: Reader = Reader { file: "f.json" };

    /// Field `key` of the object `j`.
    fn get<'j>(j: &'j Json<'j>, key: &str) -> Option<&'j Json<'j>> {
        R.fields(j, &Path::Root, "map").unwrap().get(key)
    }

    #[test]
    fn keeps_key_order_and_refuses_duplicates() {
        let j = parse(r#"{"b": 1, "a": [true, null, -2, 1.5, "x"]}"#).unwrap();
        let Json::Object(fields) = &j else { panic!() };
        assert_eq!(fields[0].0, "b");
        assert_eq!(
            get(&j, "a"),
            Some(&Json::Array(vec![
                Json::Bool(true),
                Json::Null,
                Json::Signed(-2),
                Json::Float(1.5),
                Json::Str("x".into())
            ]))
        );
        let e = parse(r#"{"a": 1, "a": 2}"#).unwrap_err();
        assert!(e.to_string().starts_with("duplicate field `a`"), "{e}");
    }

    #[test]
    fn writes_paths_as_the_corpus_names_them() {
        let counties = Path::Key(&Path::Root, "counties");
        let county = Path::Index(&counties, 31);
        let pairing = Path::Key(&county, "pairing");
        assert_eq!(
            Path::Key(&pairing, "figures").to_string(),
            "counties[31].pairing.figures"
        );
        assert_eq!(Path::Root.to_string(), "");
    }

    #[test]
    fn borrows_strings_without_escapes() {
        let j = parse(r#"{"a": "plain", "b": "esc\\aped"}"#).unwrap();
        assert!(matches!(
            get(&j, "a"),
            Some(Json::Str(Cow::Borrowed("plain")))
        ));
        assert!(matches!(get(&j, "b"), Some(Json::Str(Cow::Owned(_)))));
    }

    #[test]
    fn says_what_a_value_is_as_serde_does() {
        assert_eq!(Json::Str("266家".into()).unexpected(), "string \"266家\"");
        assert_eq!(Json::Unsigned(5).unexpected(), "integer `5`");
        assert_eq!(Json::Float(1.0).unexpected(), "floating point `1.0`");
        assert_eq!(Json::Float(1.5).unexpected(), "floating point `1.5`");
        assert_eq!(Json::Null.unexpected(), "unit value");
    }

    #[test]
    fn names_paths_of_missing_unknown_and_mistyped_fields() {
        let r = R;
        let j = parse(r#"{"a": {"x": "1", "y": 2}}"#).unwrap();
        let a = get(&j, "a").unwrap();
        let o = r
            .object(
                a,
                &Path::Key(&Path::Root, "a"),
                "struct A",
                &["x", "y", "z"],
            )
            .unwrap();
        assert_eq!(o.req("y", &|v, p| r.number(v, p)).unwrap(), 2.0);
        let e = o.req("x", &|v, p| r.number(v, p)).unwrap_err();
        assert_eq!(
            (e.path.as_str(), e.expected.as_str()),
            ("a.x", "expected a number, found string \"1\"")
        );
        let e = o.req("z", &|v, p| r.number(v, p)).unwrap_err();
        assert_eq!(
            (e.path.as_str(), e.expected.as_str()),
            ("a", "expected a field `z`, which is missing")
        );
        assert_eq!(o.opt("z", &|v, p| r.number(v, p)).unwrap(), None);
        let e = r
            .object(a, &Path::Key(&Path::Root, "a"), "struct A", &["x"])
            .err()
            .unwrap();
        assert_eq!(
            (e.path.as_str(), e.expected.as_str()),
            ("a.y", "expected `x`; found the unknown field `y`")
        );
        let e = r
            .whole(&Json::Unsigned(70000), &Path::Root, 65535, "u16")
            .unwrap_err();
        assert_eq!(
            e.expected,
            "expected a whole number from 0 to 65535, found integer `70000`"
        );
    }
}
