//! The corpus of broken data files in `tests/corpus/`: for each one, the exact first error a
//! reader (and the console) gets, through the same path as the app
//! ([`Bundle::from_bytes`], which decodes and then calls `Bundle::from_texts`), and no panic.
//!
//! Every file is the real `data/dataset.json` or `data/geometry.json` with one thing broken,
//! made by [`cases`] below. The two big ones (a 1 MB string, a 20 MB file) are made at test
//! time and never committed; the others are committed, so the test reads exactly the bytes
//! a server would send. After a deliberate change to the real files or to a case, rewrite the
//! committed files with
//!
//! ```sh
//! cargo test --test suite corpus -- --ignored write_corpus
//! ```
//!
//! and check the expectations below (line and column numbers follow the real files).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use jingjin_aid::core::bundle::{Bundle, DATASET_FILE, GEOMETRY_FILE};
use jingjin_aid::core::error::DataError;
use serde_json::{Value, json};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Slot {
    Dataset,
    Geometry,
}

/// One broken file and the first error it must give.
struct Case {
    /// File name in `tests/corpus/`: what is wrong with it.
    name: &'static str,
    slot: Slot,
    /// Committed (read from `tests/corpus/`), or made at test time (too big to commit).
    stored: bool,
    /// Makes the file from the real dataset and geometry texts.
    make: fn(&Real) -> Vec<u8>,
    /// The JSON path of the first error.
    path: &'static str,
    /// Its `expected` text, exactly.
    expected: &'static str,
}

struct Real {
    dataset: String,
    geometry: String,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpus_dir() -> PathBuf {
    root().join("tests/corpus")
}

fn real() -> Real {
    use super::fixture::read;
    Real {
        dataset: read("data/dataset.json"),
        geometry: read("data/geometry.json"),
    }
}

/// `text` with the one occurrence of `from` replaced by `to` (fails if not exactly one, so a
/// case never silently edits the wrong place after the real file changes).
fn edit(text: &str, from: &str, to: &str) -> Vec<u8> {
    assert_eq!(text.matches(from).count(), 1, "anchor {from:?}");
    text.replacen(from, to, 1).into_bytes()
}

/// As [`edit`], for the first occurrence of `from` after the one occurrence of `after`.
fn edit_after(text: &str, after: &str, from: &str, to: &str) -> Vec<u8> {
    assert_eq!(text.matches(after).count(), 1, "anchor {after:?}");
    let start = text.find(after).unwrap();
    let at = start + text[start..].find(from).expect("anchor after anchor");
    format!("{}{to}{}", &text[..at], &text[at + from.len()..]).into_bytes()
}

/// As [`edit`], replacing with raw bytes (for encodings other than UTF-8).
fn edit_bytes(text: &str, from: &str, to: &[u8]) -> Vec<u8> {
    assert_eq!(text.matches(from).count(), 1, "anchor {from:?}");
    let at = text.find(from).unwrap();
    let mut out = text.as_bytes()[..at].to_vec();
    out.extend_from_slice(to);
    out.extend_from_slice(&text.as_bytes()[at + from.len()..]);
    out
}

/// The first half of `text`, cut at a character boundary.
fn cut_in_half(text: &str) -> Vec<u8> {
    let mut end = text.len() / 2;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.as_bytes()[..end].to_vec()
}

/// The geometry, changed as a JSON value (it is one long line: text anchors would be
/// fragile) and written back compactly.
fn geometry(r: &Real, change: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_str(&r.geometry).unwrap();
    change(&mut v);
    serde_json::to_vec(&v).unwrap()
}

/// Adds a small bow-tie after the second point of arc `arc`: the segment out of that point
/// and the one two further on cross, so every ring that uses the arc crosses itself.
fn bow_tie(v: &mut Value, arc: usize) {
    let flat = v["arcs"][arc].as_array_mut().unwrap();
    assert!(flat.len() >= 6, "arc {arc} has at least 3 points");
    let d = 3;
    let tie = [d, d, 0, -d, -d, d, 0, -d].map(|n| json!(n));
    // After x0, y0, dx1, dy1 (the second point), before dx2, dy2.
    flat.splice(4..4, tie);
}

const D: Slot = Slot::Dataset;
const G: Slot = Slot::Geometry;

/// What `Kangbao`'s simplified name is in the real file (one occurrence).
const KANGBAO: &str = "\"zh-Hans\": \"康保县\"";
/// The `new_enterprises` figure: 266 in all, split 235 Beijing + 31 Tianjin.
const ENTERPRISES: &str = "\"value\": 266,";
/// A county figure (Kangbao's registered poor at the end of 2013).
const POOR: &str = "\"value\": 88000,";
/// Source S05's title.
const S05_TITLE: &str = "\"title\": \"我省对围场等13个县";

fn cases() -> Vec<Case> {
    vec![
        // --- the file as a whole ---
        Case {
            name: "dataset-empty.json",
            slot: D,
            stored: true,
            make: |_| Vec::new(),
            path: "",
            expected: "expected JSON, found an empty file",
        },
        Case {
            name: "dataset-truncated.json",
            slot: D,
            stored: true,
            make: |r| cut_in_half(&r.dataset),
            path: "counties[19]",
            expected: "the file ends too early (line 2579): expected more JSON; was it cut off?",
        },
        // Cut inside a three-byte character (the browser test of a truncated body cut
        // there, and it was called "not UTF-8 ... save the file as UTF-8").
        Case {
            name: "dataset-cut-mid-character.json",
            slot: D,
            stored: false,
            make: |r| {
                let at = r.dataset.find("推动返岗转移就业").unwrap() + 1;
                r.dataset.as_bytes()[..at].to_vec()
            },
            path: "",
            expected: "the file ends too early (line 113), in the middle of a character: was it cut off?",
        },
        Case {
            name: "dataset-utf8-bom.json",
            slot: D,
            stored: true,
            make: |r| [&b"\xef\xbb\xbf"[..], r.dataset.as_bytes()].concat(),
            path: "",
            expected: "expected UTF-8 JSON without a byte-order mark (save the file as \"UTF-8\", not \"UTF-8 with BOM\")",
        },
        Case {
            name: "dataset-invalid-utf8-gbk-name.json",
            slot: D,
            stored: true,
            // 康保县 as a GBK editor saves it.
            make: |r| {
                edit_bytes(
                    &r.dataset,
                    KANGBAO,
                    b"\"zh-Hans\": \"\xbf\xb5\xb1\xa3\xcf\xd8\"",
                )
            },
            path: "",
            expected: "expected UTF-8 text, found bytes that are not UTF-8 at line 3187, column 17 (byte 81955: BF B5 B1 A3): save the file as UTF-8",
        },
        Case {
            name: "dataset-replacement-characters.json",
            slot: D,
            stored: true,
            // What a lenient decoder (or an editor) leaves of those bytes.
            make: |r| {
                edit(
                    &r.dataset,
                    KANGBAO,
                    "\"zh-Hans\": \"\u{fffd}\u{fffd}\u{fffd}\"",
                )
            },
            path: "",
            expected: "expected readable text, found the replacement character � (U+FFFD) at line 3187, column 17: the text was damaged by a wrong encoding before it was saved; restore it from a good copy",
        },
        Case {
            name: "dataset-html-error-page.json",
            slot: D,
            stored: true,
            make: |_| {
                b"<!doctype html>\n<html><head><title>404 Not Found</title></head>\n<body><h1>Not Found</h1></body></html>\n"
                    .to_vec()
            },
            path: "",
            expected: "expected valid JSON, found a syntax error at line 1, column 1 (at `<!doctype`): expected value",
        },
        Case {
            name: "dataset-trailing-garbage.json",
            slot: D,
            stored: true,
            make: |r| format!("{}\n}}\n", r.dataset.trim_end()).into_bytes(),
            path: "",
            expected: "expected valid JSON, found a syntax error at line 5390, column 1 (at `}`): trailing characters",
        },
        Case {
            name: "dataset-20mb.json",
            slot: D,
            stored: false,
            // A runaway paste: the real file padded to exactly 20 MB.
            make: |r| {
                let mut b = r.dataset.clone().into_bytes();
                b.resize(20 * 1024 * 1024, b'\n');
                b
            },
            path: "",
            expected: "expected a file of at most 2048 KB, found 20480 KB",
        },
        Case {
            name: "dataset-schema-version-2.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"schema_version\": 1,",
                    "\"schema_version\": 2,",
                )
            },
            path: "schema_version",
            expected: "expected schema version 1, found 2",
        },
        Case {
            name: "dataset-schema-version-missing.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, "\n \"schema_version\": 1,", ""),
            path: "schema_version",
            expected: "expected a schema_version field (this build reads version 1)",
        },
        // --- types and fields ---
        Case {
            name: "dataset-wrong-type-number-as-text.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, ENTERPRISES, "\"value\": \"266家\","),
            path: "figures[19].value",
            expected: "expected a number, found string \"266家\"",
        },
        Case {
            name: "dataset-wrong-type-boolean-as-text.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"membership\": {\n     \"value\": true,\n     \"sources\": [\n      \"S15\",\n      \"S16\"",
                    "\"membership\": {\n     \"value\": \"yes\",\n     \"sources\": [\n      \"S15\",\n      \"S16\"",
                )
            },
            path: "counties[31].pairing.membership.value",
            expected: "expected true or false, found string \"yes\"",
        },
        Case {
            name: "dataset-missing-field.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, "\n   \"stated\": \"266家\",", ""),
            path: "figures[19]",
            expected: "expected a field `stated`, which is missing",
        },
        Case {
            name: "dataset-extra-field.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    ENTERPRISES,
                    "\"value\": 266,\n   \"valeu\": 267,",
                )
            },
            path: "figures[19].valeu",
            expected: "expected one of `id`, `section`, `label`, `value`, `unit`, `measure`, `qualifier`, `period`, `stated`, `sentence`, `split`, `counterpart`, `before`, `note`; found the unknown field `valeu`",
        },
        Case {
            name: "dataset-duplicate-field.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    ENTERPRISES,
                    "\"value\": 266,\n   \"value\": 267,",
                )
            },
            path: "figures[19].value",
            expected: "expected each field once, found `value` twice in the same object",
        },
        Case {
            name: "dataset-unknown-enum-value.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"id\": \"cities\",\n   \"section\": \"totals\",",
                    "\"id\": \"cities\",\n   \"section\": \"total\",",
                )
            },
            path: "figures[0].section",
            expected: "expected one of `totals`, `projects`, `results`, `development`, `industry`, `labour`, `pairing`, found `total`",
        },
        // --- codes and references ---
        Case {
            name: "dataset-duplicate-county-code.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, "\"code\": \"130723\",", "\"code\": \"130722\","),
            path: "counties[31]",
            expected: "expected a unique code, found \"130722\" a second time",
        },
        Case {
            name: "dataset-malformed-county-code.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, "\"code\": \"130723\",", "\"code\": \"13O723\","),
            path: "counties[31].code",
            expected: "expected a six-digit GB/T 2260 code starting with 1306, 1307 or 1308, found \"13O723\"",
        },
        Case {
            name: "dataset-unknown-county-code.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"county\": \"130722\",",
                    "\"county\": \"130799\",",
                )
            },
            path: "projects[0].county",
            expected: "expected the code of an entry in counties, found \"130799\"",
        },
        Case {
            name: "dataset-unknown-source.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"membership\": {\n     \"value\": true,\n     \"sources\": [\n      \"S15\",\n      \"S16\"",
                    "\"membership\": {\n     \"value\": true,\n     \"sources\": [\n      \"S99\",\n      \"S16\"",
                )
            },
            path: "counties[31].pairing.membership.sources[0]",
            expected: "expected the id of an entry in sources, found \"S99\"",
        },
        Case {
            // Without its script, a Simplified title would be read with the wrong voice and
            // font on Traditional pages.
            name: "dataset-title-script-missing.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "贫困村\",\n   \"title_script\": \"zh-Hans\",",
                    "贫困村\",",
                )
            },
            path: "sources[1].title_script",
            expected: "expected title_script (\"zh-Hans\" or \"zh-Hant\") for an outlet, reporter or title with Chinese characters",
        },
        Case {
            // The word "reporter" is the page's, in the reader's language: typed into the
            // data, an English word would show on the Chinese pages.
            name: "dataset-reporter-with-word.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"reporter\": \"秦启涵\"",
                    "\"reporter\": \"reporter 秦启涵\"",
                )
            },
            path: "sources[3].reporter",
            expected: "expected the reporter's name alone, without the word \"reporter\" (the page adds it in its language), found \"reporter 秦启涵\"",
        },
        Case {
            // Words about a date go in date_note, which each page says in its language.
            name: "dataset-source-date-with-words.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"date\": \"2020-03\",",
                    "\"date\": \"2020-03 (approx.)\",",
                )
            },
            path: "sources[31].date",
            expected: "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"2020-03 (approx.)\"",
        },
        Case {
            // One source cited twice for a fact would read as two confirmations.
            name: "dataset-source-cited-twice.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"membership\": {\n     \"value\": true,\n     \"sources\": [\n      \"S15\",\n      \"S16\"",
                    "\"membership\": {\n     \"value\": true,\n     \"sources\": [\n      \"S15\",\n      \"S15\"",
                )
            },
            path: "counties[31].pairing.membership.sources[1]",
            expected: "expected each source once, found \"S15\" again",
        },
        Case {
            name: "dataset-empty-id.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, "\"id\": \"new_enterprises\",", "\"id\": \"\","),
            path: "figures[19].id",
            expected: "expected an id of 1 to 64 lowercase letters, digits and _, found \"\"",
        },
        // --- numbers ---
        Case {
            name: "dataset-split-does-not-add-up.json",
            slot: D,
            stored: true,
            // Tianjin's part pasted over with Beijing's: each part still matches the
            // sentence, but 235 + 235 is not the 266 the article states.
            make: |r| {
                edit(
                    &r.dataset,
                    "\"value\": 31,\n     \"stated\": \"天津31家\"",
                    "\"value\": 235,\n     \"stated\": \"北京235家\"",
                )
            },
            path: "figures[19].split",
            expected: "expected Beijing + Tianjin to add up to the stated total 266, found 235 + 235 = 470",
        },
        Case {
            name: "dataset-value-differs-from-stated.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, ENTERPRISES, "\"value\": 267,"),
            path: "figures[19].stated",
            expected: "expected \"266家\" to equal the value 267, but it says 266",
        },
        Case {
            name: "dataset-negative-number.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, POOR, "\"value\": -88000,"),
            path: "counties[31].pairing.figures[0].value",
            expected: "expected a number of zero or more, found -88000",
        },
        Case {
            name: "dataset-nan-as-text.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, POOR, "\"value\": \"NaN\","),
            path: "counties[31].pairing.figures[0].value",
            expected: "expected a number, found string \"NaN\"",
        },
        Case {
            name: "dataset-nan-bare-token.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, POOR, "\"value\": NaN,"),
            path: "counties[31].pairing.figures[0].value",
            expected: "expected a number, found `NaN` at line 3270, column 16: JSON has no NaN or Infinity; write the figure as printed, or null where a value is unknown",
        },
        Case {
            name: "dataset-infinite-1e999.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, POOR, "\"value\": 1e999,"),
            path: "counties[31].pairing.figures[0].value",
            expected: "expected a finite number, found `1e999` at line 3270, column 16, which is too large to be read as a number",
        },
        Case {
            name: "dataset-absurdly-large-number.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, POOR, "\"value\": 1e300,"),
            path: "counties[31].pairing.figures[0].value",
            expected: "expected a number below 10^15, found 1e300",
        },
        Case {
            name: "dataset-year-too-large-for-a-year.json",
            slot: D,
            stored: true,
            make: |r| {
                edit_after(
                    &r.dataset,
                    KANGBAO,
                    "\"exit_year\": {\n     \"value\": 2020,",
                    "\"exit_year\": {\n     \"value\": 70000,",
                )
            },
            path: "counties[31].pairing.exit_year.value",
            expected: "expected a whole number from 0 to 65535, found integer `70000`",
        },
        Case {
            name: "dataset-percentage-over-100.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, "\"value\": 36.04,", "\"value\": 136.04,"),
            path: "counties[31].pairing.figures[1].value",
            expected: "expected a percentage up to 100, found 136.04",
        },
        // --- texts ---
        Case {
            name: "dataset-number-differs-between-scripts.json",
            slot: D,
            stored: true,
            // A sentence's Simplified text says 62.86, its Traditional original 62.85.
            make: |r| edit(&r.dataset, "资金62.85亿元", "资金62.86亿元"),
            path: "article.sentences[0].text.zh-Hans",
            expected: "expected the same numbers as zh-Hant, in the same order; found 62.86 where zh-Hant has 62.85",
        },
        Case {
            name: "dataset-empty-string.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, KANGBAO, "\"zh-Hans\": \"\""),
            path: "counties[31].name.zh-Hans",
            expected: "expected non-empty text",
        },
        Case {
            name: "dataset-1mb-string.json",
            slot: D,
            stored: false,
            make: |r| {
                let long = "京".repeat(1024 * 1024 / 3);
                edit(&r.dataset, S05_TITLE, &format!("\"title\": \"{long}"))
            },
            path: "sources[5].title",
            expected: "expected at most 2000 characters, found 349540",
        },
        Case {
            name: "dataset-markup-in-name.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, KANGBAO, "\"zh-Hans\": \"<b>康保县</b>\""),
            path: "counties[31].name.zh-Hans",
            expected: "expected plain text without markup: remove the < and > characters",
        },
        Case {
            name: "dataset-script-in-source.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    S05_TITLE,
                    "\"title\": \"<script>alert(document.cookie)</script>我省对围场等13个县",
                )
            },
            path: "sources[5].title",
            expected: "expected plain text without markup: remove the < and > characters",
        },
        Case {
            name: "dataset-javascript-url.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"url\": \"http://hbrb.hebnews.cn/pc/paper/c/202002/21/content_26933.html\",",
                    "\"url\": \"javascript:alert(1)\",",
                )
            },
            path: "sources[5].url",
            expected: "expected an http(s) address, found \"javascript:alert(1)\"",
        },
        Case {
            name: "dataset-control-character.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"en\": \"Kangbao County\"",
                    "\"en\": \"Kangbao\\u0007 County\"",
                )
            },
            path: "counties[31].name.en",
            expected: "expected text without control characters",
        },
        // Invisible and direction-changing characters (issue 17): refused where text is shown.
        Case {
            name: "dataset-bidi-override.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"zh-Hans\": \"河北日报\"",
                    "\"zh-Hans\": \"河北日报\\u202e\"",
                )
            },
            path: "article.outlet.zh-Hans",
            expected: "expected text without direction controls, found U+202E",
        },
        Case {
            name: "dataset-invisible-name.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"en\": \"Kangbao County\"",
                    "\"en\": \"\\u200b\\u200d \"",
                )
            },
            path: "counties[31].name.en",
            expected: "expected text with visible characters (found only spaces or invisible ones)",
        },
        Case {
            name: "dataset-noncharacter.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"en\": \"Kangbao County\"",
                    "\"en\": \"Kangbao\\uffff County\"",
                )
            },
            path: "counties[31].name.en",
            expected: "expected text without Unicode noncharacters, found U+FFFF",
        },
        Case {
            name: "dataset-full-width-digits-differ.json",
            slot: D,
            stored: true,
            make: |r| {
                edit_after(
                    &r.dataset,
                    "\"code\": \"130623\"",
                    "\"zh-Hant\": \"2018年度批次",
                    "\"zh-Hant\": \"２０１９年度批次",
                )
            },
            path: "counties[5].pairing.exit_year.note.zh-Hans",
            expected: "expected the same numbers as zh-Hant, in the same order; found 2018 where zh-Hant has 2019",
        },
        // A county figure must print as its source prints it (issue 17).
        Case {
            name: "dataset-figure-float-noise.json",
            slot: D,
            stored: true,
            make: |r| {
                edit(
                    &r.dataset,
                    "\"value\": 36.04,",
                    "\"value\": 36.03999999999999,",
                )
            },
            path: "counties[31].pairing.figures[1].value",
            expected: "expected a number with at most 4 decimals, as its source prints it, found 36.03999999999999",
        },
        Case {
            name: "dataset-figure-tiny.json",
            slot: D,
            stored: true,
            make: |r| edit(&r.dataset, "\"value\": 36.04,", "\"value\": 1e-40,"),
            path: "counties[31].pairing.figures[1].value",
            expected: "expected a number with at most 4 decimals, as its source prints it, found 1e-40",
        },
        // --- geometry ---
        Case {
            name: "geometry-truncated.json",
            slot: G,
            stored: true,
            make: |r| cut_in_half(&r.geometry),
            path: "arcs[145][5]",
            expected: "the file ends too early (line 1): expected more JSON; was it cut off?",
        },
        Case {
            name: "geometry-utf8-bom.json",
            slot: G,
            stored: true,
            make: |r| [&b"\xef\xbb\xbf"[..], r.geometry.as_bytes()].concat(),
            path: "",
            expected: "expected UTF-8 JSON without a byte-order mark (save the file as \"UTF-8\", not \"UTF-8 with BOM\")",
        },
        Case {
            name: "geometry-wrong-format.json",
            slot: G,
            stored: true,
            make: |r| geometry(r, |v| v["format"] = json!("topojson")),
            path: "format",
            expected: "expected \"jingjin-geo/1\", found \"topojson\"",
        },
        Case {
            name: "geometry-self-crossing-ring.json",
            slot: G,
            stored: true,
            make: |r| geometry(r, |v| bow_tie(v, 0)),
            path: "units[0].polygons[0][0]",
            expected: "expected a ring that does not cross itself; its segments 1 and 3 cross or overlap near (1273, 3524)",
        },
        Case {
            name: "geometry-empty-polygon.json",
            slot: G,
            stored: true,
            make: |r| geometry(r, |v| v["units"][5]["polygons"] = json!([[]])),
            path: "units[5].polygons[0]",
            expected: "expected a polygon of at least one ring (empty polygon)",
        },
        Case {
            name: "geometry-no-polygons.json",
            slot: G,
            stored: true,
            make: |r| geometry(r, |v| v["units"][5]["polygons"] = json!([])),
            path: "units[5].polygons",
            expected: "expected at least one polygon",
        },
        Case {
            name: "geometry-arc-index-out-of-range.json",
            slot: G,
            stored: true,
            make: |r| geometry(r, |v| v["units"][5]["polygons"][0][0][0] = json!(99999)),
            path: "units[5].polygons[0][0][0]",
            expected: "expected an arc reference from -194 to 193 (arc index out of range), found 99999",
        },
        Case {
            name: "geometry-nan-coordinate.json",
            slot: G,
            stored: true,
            make: |r| geometry(r, |v| v["arcs"][3][0] = json!("NaN")),
            path: "arcs[3][0]",
            expected: "expected a whole number, found string \"NaN\"",
        },
        Case {
            name: "geometry-code-not-in-dataset.json",
            slot: G,
            stored: true,
            make: |r| geometry(r, |v| v["units"][5]["code"] = json!("130699")),
            path: "units[5].code",
            expected: "expected the code of a county in the dataset, found \"130699\"",
        },
        Case {
            name: "geometry-shapes-swapped-with-dataset-units.json",
            slot: G,
            stored: true,
            // Two units' codes swapped: each shape would show its neighbour's facts.
            make: |r| {
                geometry(r, |v| {
                    let a = v["units"][5]["code"].clone();
                    let b = v["units"][6]["code"].clone();
                    v["units"][5]["code"] = b;
                    v["units"][6]["code"] = a;
                })
            },
            path: "units[5].name",
            expected: "expected the shape of 130624 阜平县 as in the dataset, found one named 涞水县",
        },
        Case {
            name: "geometry-missing-unit.json",
            slot: G,
            stored: true,
            make: |r| geometry(r, |v| drop(v["units"].as_array_mut().unwrap().remove(5))),
            path: "units",
            expected: "expected a shape for 130623 (涞水县), found none",
        },
    ]
}

/// The bytes of a case as the server would send them.
fn bytes_of(case: &Case, r: &Real) -> Vec<u8> {
    if case.stored {
        let path = corpus_dir().join(case.name);
        std::fs::read(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e} (write the corpus: cargo test --test suite corpus -- --ignored write_corpus)",
                path.display()
            )
        })
    } else {
        (case.make)(r)
    }
}

/// The first error the app shows for a case, with the file it names.
fn first_error(case: &Case, bytes: Vec<u8>, r: &Real) -> Option<DataError> {
    let real_dataset = r.dataset.clone().into_bytes();
    let real_geometry = r.geometry.clone().into_bytes();
    match case.slot {
        Slot::Dataset => Bundle::from_bytes(Ok(bytes), Ok(real_geometry))
            .err()
            .and_then(|e| e.into_iter().next()),
        Slot::Geometry => match Bundle::from_bytes(Ok(real_dataset), Ok(bytes)) {
            Ok(bundle) => bundle.map.err().and_then(|e| e.into_iter().next()),
            Err(e) => panic!("the real dataset failed: {e:?}"),
        },
    }
}

#[test]
fn every_broken_file_gives_its_error_and_nothing_panics() {
    let r = real();
    let mut report = Vec::new();
    let mut wrong = 0;
    for case in cases() {
        let bytes = bytes_of(&case, &r);
        let result = catch_unwind(AssertUnwindSafe(|| first_error(&case, bytes, &r)));
        let want_file = match case.slot {
            Slot::Dataset => DATASET_FILE,
            Slot::Geometry => GEOMETRY_FILE,
        };
        let line = match result {
            Err(_) => {
                wrong += 1;
                format!("PANIC {}", case.name)
            }
            Ok(None) => {
                wrong += 1;
                format!("NO ERROR {}", case.name)
            }
            Ok(Some(e)) => {
                let ok = e.file == want_file && e.path == case.path && e.expected == case.expected;
                if !ok {
                    wrong += 1;
                }
                format!(
                    "{} {}\n    file {:?}\n    path {:?}\n    expected {:?}",
                    if ok { "ok" } else { "WRONG" },
                    case.name,
                    e.file,
                    e.path,
                    e.expected
                )
            }
        };
        report.push(line);
    }
    let report = report.join("\n");
    println!("{report}");
    assert_eq!(wrong, 0, "{wrong} case(s) differ:\n{report}");
}

#[test]
fn the_corpus_has_at_least_30_files_and_each_has_a_case() {
    let cases = cases();
    assert!(cases.len() >= 30, "{} cases", cases.len());
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    on_disk.sort();
    let mut stored: Vec<String> = cases
        .iter()
        .filter(|c| c.stored)
        .map(|c| c.name.to_owned())
        .collect();
    stored.sort();
    assert_eq!(on_disk, stored, "tests/corpus/ and the cases differ");
    let mut names: Vec<&str> = cases.iter().map(|c| c.name).collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), cases.len(), "two cases share a name");
    // The big ones are made here, never committed.
    for c in cases.iter().filter(|c| !c.stored) {
        assert!(
            !corpus_dir().join(c.name).exists(),
            "{} is committed",
            c.name
        );
    }
}

/// Each committed file is what its case makes from today's real files: a corpus made from
/// last week's data would test last week's data. After a change to `data/`, rewrite them
/// (see the module docs).
#[test]
fn the_committed_corpus_is_made_from_todays_data() {
    let r = real();
    let stale: Vec<&str> = cases()
        .iter()
        .filter(|c| c.stored)
        .filter(|c| std::fs::read(corpus_dir().join(c.name)).ok() != Some((c.make)(&r)))
        .map(|c| c.name)
        .collect();
    assert!(
        stale.is_empty(),
        "stale corpus files (run `cargo test --test suite corpus -- --ignored write_corpus`): {stale:?}"
    );
}

/// Writes the committed corpus files (run by hand, see the module docs).
#[test]
#[ignore]
fn write_corpus() {
    let r = real();
    std::fs::create_dir_all(corpus_dir()).unwrap();
    for case in cases().iter().filter(|c| c.stored) {
        let path: &Path = &corpus_dir().join(case.name);
        std::fs::write(path, (case.make)(&r)).unwrap();
    }
}
