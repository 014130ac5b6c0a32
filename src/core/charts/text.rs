//! Text measurement without a browser: CJK characters are one em wide, Latin letters and
//! digits about 0.55 em. Good enough to reserve label space and wrap lines; the page's real
//! fonts differ by a few per cent, which the layouts leave room for.
//!
//! The reader may space text wider (WCAG 1.4.12: a style sheet or bookmarklet that sets
//! `letter-spacing: 0.12em; word-spacing: 0.16em`). The browser glue reads the spacing off
//! the page and sets it here ([`set_spacing`]); every width includes it, so the layouts
//! give labels the room they then take, and charts lay out again when it changes
//! ([`watch_spacing`]). On the server and in tests it is zero.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The charts' type sizes in CSS px, set here only: every chart lays out with them, the
/// standalone SVG's style sheet (`palette::stylesheet`) writes them, and a test checks that
/// the page's style sheet (`.t-label`, `.t-value`, `.t-axis`) says the same.
pub mod size {
    /// Labels and values (`.t-label`, `.t-value`), legends, direct labels.
    pub const LABEL: f64 = 12.0;
    /// Axis ticks and the letters on short segments (`.t-axis`).
    pub const AXIS: f64 = 11.0;
    /// A heading inside a plot.
    pub const HEAD: f64 = 16.0;
    /// A large value inside a plot.
    pub const BIG_VALUE: f64 = 18.0;
    /// The title of a downloaded SVG.
    pub const TITLE: f64 = 20.0;
}

/// Room left beyond a measured width where text must not touch what is beside it, or
/// wraps to a width: a reader's fonts may set a line a few per cent wider than the page's
/// fonts that [`measure`] is calibrated to (the fallback fonts of a system without Noto).
/// One factor for every chart, so the layouts and their tests agree.
pub const ROOM: f64 = 1.05;

/// Extra space the page adds, in em: after every character, and after every space.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Spacing {
    pub letter: f64,
    pub word: f64,
}

impl Spacing {
    /// A key that changes when the spacing does (thousandths of an em each).
    pub fn key(self) -> (i32, i32) {
        (
            (self.letter * 1000.0).round() as i32,
            (self.word * 1000.0).round() as i32,
        )
    }
}

type Listener = (u32, Rc<dyn Fn()>);

thread_local! {
    static SPACING: Cell<Spacing> = Cell::new(Spacing::default());
    static LISTENERS: RefCell<(u32, Vec<Listener>)> = RefCell::new((0, Vec::new()));
}

/// The text spacing widths include now.
pub fn spacing() -> Spacing {
    SPACING.get()
}

/// Sets the page's text spacing (negative values count as none) and, if it changed, tells
/// every watcher.
pub fn set_spacing(s: Spacing) {
    let s = Spacing {
        letter: s.letter.max(0.0),
        word: s.word.max(0.0),
    };
    if s.key() == SPACING.get().key() {
        return;
    }
    SPACING.set(s);
    let listeners: Vec<Rc<dyn Fn()>> =
        LISTENERS.with_borrow(|(_, l)| l.iter().map(|(_, f)| f.clone()).collect());
    for f in listeners {
        f();
    }
}

/// Calls `f` whenever the spacing changes, until the returned watch is dropped.
pub fn watch_spacing(f: impl Fn() + 'static) -> SpacingWatch {
    LISTENERS.with_borrow_mut(|(next, l)| {
        *next += 1;
        l.push((*next, Rc::new(f)));
        SpacingWatch(*next)
    })
}

/// Stops its listener when dropped.
pub struct SpacingWatch(u32);

impl Drop for SpacingWatch {
    fn drop(&mut self) {
        let id = self.0;
        LISTENERS.with_borrow_mut(|(_, l)| l.retain(|(i, _)| *i != id));
    }
}

/// The page's fonts (Noto Sans and Noto Sans CJK, or the reader's system sans) set Latin
/// letters, digits and punctuation about 5% wider than the em values of [`char_em`]
/// (the median over every chart label on the page, read with `getComputedTextLength`);
/// CJK characters are one em in both weights.
const LATIN_SCALE: f64 = 1.05;
/// Bold Latin text over regular (median 1.18; CJK advances do not change with weight).
const BOLD_LATIN: f64 = 1.18;

/// Estimated width of regular text `s` at `size` pixels, with the page's text spacing.
pub fn width(s: &str, size: f64) -> f64 {
    measure(s, size, false)
}

/// Estimated width of `s` at `size` pixels in regular or `bold` weight, with the page's
/// text spacing: the one measure every chart lays out and tests with.
pub fn measure(s: &str, size: f64, bold: bool) -> f64 {
    let sp = SPACING.get();
    let latin = LATIN_SCALE * if bold { BOLD_LATIN } else { 1.0 };
    s.chars()
        .map(|c| {
            let em = if c.is_ascii() {
                char_em(c) * latin
            } else {
                char_em(c)
            };
            let word = if c == ' ' { sp.word } else { 0.0 };
            (em + sp.letter + word) * size
        })
        .sum()
}

fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.28,
        '.' | ',' | ':' | ';' | '\'' | '|' | 'i' | 'l' | 'j' | '!' => 0.3,
        'm' | 'w' | 'M' | 'W' => 0.85,
        // Measured by the calibration test: "0%" at 11 px is 17.5 px in the page's fonts.
        '%' => 0.95,
        c if c.is_ascii_uppercase() => 0.65,
        c if c.is_ascii() => 0.55,
        // CJK, full-width punctuation and the like.
        _ => 1.0,
    }
}

/// Splits `s` into lines no wider than `max` at `size` px: between words in English, between
/// any two characters in Chinese (never before closing punctuation).
pub fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
    wrap_styled(s, size, max, false)
}

/// [`wrap`] for regular or `bold` text.
pub fn wrap_styled(s: &str, size: f64, max: f64, bold: bool) -> Vec<String> {
    let width = |t: &str, size: f64| measure(t, size, bold);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut line_w = 0.0;
    for token in tokens(s) {
        let w = width(&token, size);
        let closing =
            token.starts_with(['，', '。', '、', '；', '：', '）', '》', '%', ',', '.', ')']);
        if line_w + w > max && !line.is_empty() && !closing {
            lines.push(line.trim_end().to_owned());
            line = token.trim_start().to_owned();
            line_w = width(&line, size);
        } else {
            line.push_str(&token);
            line_w += w;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// Words (with their following space) for Latin text, single characters for CJK.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            word.push(c);
            if c == ' ' {
                out.push(std::mem::take(&mut word));
            }
        } else {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spacing_widens_every_character_and_space() {
        let plain = width("Lai 36%", 10.0);
        let watched = Rc::new(Cell::new(0));
        let seen = watched.clone();
        let watch = watch_spacing(move || seen.set(seen.get() + 1));
        set_spacing(Spacing {
            letter: 0.12,
            word: 0.16,
        });
        // Seven characters, one space.
        assert!((width("Lai 36%", 10.0) - plain - 7.0 * 1.2 - 1.6).abs() < 1e-9);
        set_spacing(spacing());
        assert_eq!(
            watched.get(),
            1,
            "told once, not again for the same spacing"
        );
        drop(watch);
        set_spacing(Spacing::default());
        assert_eq!(watched.get(), 1, "a dropped watch hears nothing");
        assert_eq!(width("Lai 36%", 10.0), plain);
    }

    #[test]
    fn bold_widens_latin_only() {
        assert_eq!(measure("北京", 12.0, true), measure("北京", 12.0, false));
        assert!(measure("Tianjin 29", 12.0, true) > 1.15 * width("Tianjin 29", 12.0));
    }

    #[test]
    fn measures_cjk_wider_than_latin() {
        assert_eq!(width("北京", 12.0), 24.0);
        assert!(width("Beijing", 12.0) < 50.0);
    }

    #[test]
    fn wraps_chinese_and_english() {
        assert_eq!(
            wrap("北京结对学校二百四十五所", 10.0, 60.0),
            vec!["北京结对学校", "二百四十五所"]
        );
        assert_eq!(
            wrap("Beijing paired 245 schools", 10.0, 80.0),
            vec!["Beijing paired", "245 schools"]
        );
        // Closing punctuation stays on its line.
        assert_eq!(
            wrap("北京结对，天津", 10.0, 40.0),
            vec!["北京结对，", "天津"]
        );
        assert!(wrap("", 10.0, 40.0).is_empty());
    }
}
