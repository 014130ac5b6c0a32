//! Text measurement without a browser: CJK characters are one em wide, Latin letters and
//! digits about 0.55 em. Good enough to reserve label space and wrap lines; the page's real
//! fonts differ by a few per cent, which the layouts leave room for.

/// Estimated width of `s` at `size` pixels.
pub fn width(s: &str, size: f64) -> f64 {
    s.chars().map(|c| char_em(c) * size).sum()
}

fn char_em(c: char) -> f64 {
    match c {
        ' ' => 0.28,
        '.' | ',' | ':' | ';' | '\'' | '|' | 'i' | 'l' | 'j' | '!' => 0.3,
        'm' | 'w' | 'M' | 'W' => 0.85,
        '%' => 0.8,
        c if c.is_ascii_uppercase() => 0.65,
        c if c.is_ascii() => 0.55,
        // CJK, full-width punctuation and the like.
        _ => 1.0,
    }
}

/// Splits `s` into lines no wider than `max` at `size` px: between words in English, between
/// any two characters in Chinese (never before closing punctuation).
pub fn wrap(s: &str, size: f64, max: f64) -> Vec<String> {
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
