//! What any text field may hold: plain, visible, bounded text without markup or invisible
//! controls, and for the three-language texts the same numbers in both Chinese scripts.

use super::{Checker, MAX_TEXT_CHARS};
use crate::core::model::Text;

impl Checker<'_> {
    pub(super) fn plain_text(&mut self, path: &str, s: &str, required: bool) {
        let chars = s.chars().count();
        if required && s.is_empty() {
            self.err(path, "expected non-empty text");
        } else if required && !s.chars().any(is_visible) {
            self.err(
                path,
                "expected text with visible characters (found only spaces or invisible ones)",
            );
        } else if chars > MAX_TEXT_CHARS {
            self.err(
                path,
                format!("expected at most {MAX_TEXT_CHARS} characters, found {chars}"),
            );
        } else if s.contains(['<', '>']) {
            self.err(
                path,
                "expected plain text without markup: remove the < and > characters",
            );
        } else if s.chars().any(|c| c.is_control() && c != '\n') {
            self.err(path, "expected text without control characters");
        } else if let Some(c) = s.chars().find(|&c| is_bidi_control(c)) {
            // U+202E at the end of a name would turn the source line around on screen.
            self.err(
                path,
                format!(
                    "expected text without direction controls, found U+{:04X}",
                    u32::from(c)
                ),
            );
        } else if let Some(c) = s.chars().find(|&c| is_noncharacter(c)) {
            // Not valid in XML: the SVG and PNG downloads would break.
            self.err(
                path,
                format!(
                    "expected text without Unicode noncharacters, found U+{:04X}",
                    u32::from(c)
                ),
            );
        }
    }

    pub(super) fn text(&mut self, path: &str, t: &Text) {
        for (locale, s) in t.each() {
            self.plain_text(&format!("{path}.{}", locale.tag()), s, true);
        }
        // The Simplified text is a transcription of the Traditional one, digit for digit: a
        // number typed differently in one of them would show readers two different figures.
        let (simplified, traditional) = (numbers_in(&t.zh_hans), numbers_in(&t.zh_hant));
        if simplified != traditional {
            let first = simplified
                .iter()
                .zip(traditional.iter())
                .position(|(a, b)| a != b)
                .unwrap_or(simplified.len().min(traditional.len()));
            let shown = |v: &[String]| v.get(first).map_or("nothing".to_owned(), |n| n.clone());
            self.err(
                format!("{path}.zh-Hans"),
                format!(
                    "expected the same numbers as zh-Hant, in the same order; found {} where \
                     zh-Hant has {}",
                    shown(&simplified),
                    shown(&traditional)
                ),
            );
        }
    }
}

/// The numbers written in Arabic digits in `s`, in order (`62.85`, `2356`), full-width
/// digits (`２０１８`) read as the ASCII ones they look like.
fn numbers_in(s: &str) -> Vec<String> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (u32::from(c) - u32::from('０')) as u8),
            '．' => '.',
            c => c,
        })
        .collect();
    ascii
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|n| n.trim_matches('.'))
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Direction controls (embeddings, overrides, isolates, marks): they reorder what is
/// shown without showing themselves.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Unicode's noncharacters (U+FDD0..U+FDEF and the last two of each plane).
fn is_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// A character that shows something: not a space, not a zero-width or format character.
fn is_visible(c: char) -> bool {
    !c.is_whitespace()
        && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{034F}' | '\u{180E}')
        && !is_bidi_control(c)
}
