//! What any text field may hold: plain, visible, bounded text without markup or invisible
//! controls, and for the three-language texts the same numbers in both Chinese scripts.

use super::{Checker, MAX_TEXT_CHARS};
use crate::core::model::Text;

impl Checker<'_> {
    pub(super) fn plain_text(&mut self, path: &str, s: &str, required: bool) {
        if let Some(fault) = text_fault(s, required) {
            self.err(path, fault);
        }
    }

    pub(super) fn text(&mut self, path: &str, t: &Text) {
        for (locale, s) in t.each() {
            // The field's path is written only for a fault: most texts have none, and the
            // dataset holds some thousand of them.
            if let Some(fault) = text_fault(s, true) {
                self.err(format!("{path}.{}", locale.tag()), fault);
            }
        }
        // The Simplified text is a transcription of the Traditional one, digit for digit: a
        // number typed differently in one of them would show readers two different figures.
        let (mut simplified, mut traditional) = (numbers_in(&t.zh_hans), numbers_in(&t.zh_hant));
        loop {
            let (a, b) = (simplified.next(), traditional.next());
            match (a, b) {
                (None, None) => break,
                (Some(a), Some(b)) if same_number(a, b) => {}
                _ => {
                    let shown = |n: Option<&str>| n.map_or("nothing".to_owned(), ascii_number);
                    self.err(
                        format!("{path}.zh-Hans"),
                        format!(
                            "expected the same numbers as zh-Hant, in the same order; found {} \
                             where zh-Hant has {}",
                            shown(a),
                            shown(b)
                        ),
                    );
                    break;
                }
            }
        }
    }
}

/// What is wrong with a text field's `s`, if anything: the first of the faults below, in
/// this order. One pass over the characters.
fn text_fault(s: &str, required: bool) -> Option<String> {
    let mut chars = 0usize;
    let mut visible = false;
    let mut markup = false;
    let mut control = false;
    let mut bidi = None;
    let mut noncharacter = None;
    for c in s.chars() {
        chars += 1;
        visible = visible || is_visible(c);
        markup = markup || c == '<' || c == '>';
        control = control || (c.is_control() && c != '\n');
        if bidi.is_none() && is_bidi_control(c) {
            bidi = Some(c);
        }
        if noncharacter.is_none() && is_noncharacter(c) {
            noncharacter = Some(c);
        }
    }
    if required && s.is_empty() {
        Some("expected non-empty text".to_owned())
    } else if required && !visible {
        Some(
            "expected text with visible characters (found only spaces or invisible ones)"
                .to_owned(),
        )
    } else if chars > MAX_TEXT_CHARS {
        Some(format!(
            "expected at most {MAX_TEXT_CHARS} characters, found {chars}"
        ))
    } else if markup {
        Some("expected plain text without markup: remove the < and > characters".to_owned())
    } else if control {
        Some("expected text without control characters".to_owned())
    } else if let Some(c) = bidi {
        // U+202E at the end of a name would turn the source line around on screen.
        Some(format!(
            "expected text without direction controls, found U+{:04X}",
            u32::from(c)
        ))
    } else {
        // Not valid in XML: the SVG and PNG downloads would break.
        noncharacter.map(|c| {
            format!(
                "expected text without Unicode noncharacters, found U+{:04X}",
                u32::from(c)
            )
        })
    }
}

/// A full-width digit or point (`２０１８`, `．`) read as the ASCII one it looks like.
fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (u32::from(c) - u32::from('０')) as u8),
        '．' => '.',
        c => c,
    }
}

/// The numbers written in Arabic digits in `s`, in order (`62.85`, `2356`, `２０１８`), as
/// they are written; [`same_number`] reads full-width digits as ASCII ones.
fn numbers_in(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| {
        let c = ascii_digit(c);
        !(c.is_ascii_digit() || c == '.')
    })
    .map(|n| n.trim_matches(|c: char| ascii_digit(c) == '.'))
    .filter(|n| !n.is_empty())
}

fn same_number(a: &str, b: &str) -> bool {
    a.chars().map(ascii_digit).eq(b.chars().map(ascii_digit))
}

fn ascii_number(n: &str) -> String {
    n.chars().map(ascii_digit).collect()
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
