//! The embed snippets an editor copies: an iframe that sizes itself, or a script that
//! mounts the graphic into the page. Pure string building, tested here.

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
}
