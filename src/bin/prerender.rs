//! Static first: after `trunk build`, writes the server-rendered page of each language and
//! each view into `dist/`, so figures, map and charts show before the WebAssembly arrives
//! and without JavaScript; the app then hydrates that markup.
//!
//! `cargo run --release --features ssr --bin prerender -- dist` (run by `cargo xtask build`).
//!
//! It also replaces trunk's inline loader with `boot.js` (a strict CSP forbids inline
//! scripts), writes `boot.js` and `script.js` from the templates in `src/embed/` with the
//! build's hashed file names, and copies `embed.js`, `shadow.css` and the demo page.

use std::fs;
use std::path::{Path, PathBuf};

use jingjin_aid::core::bundle::{Bundle, DATASET_FILE, GEOMETRY_FILE, fingerprint};
use jingjin_aid::core::embed::{page_file, without_comment_lines};
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::page_text::{dek, headline};
use jingjin_aid::core::state::{AppState, Section};
use jingjin_aid::ui::Shared;
use jingjin_aid::ui::app::{App, AppProps};

fn main() {
    let dist = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "dist".to_owned()));
    if let Err(e) = run(&dist) {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The part of `s` between `start` and the next `end` (exclusive), if any.
fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = s.find(start)? + start.len();
    let to = s[from..].find(end)? + from;
    Some(&s[from..to])
}

/// What trunk wrote into `index.html`: the loader's module and wasm, and the stylesheets.
struct Build {
    template: String,
    app_js: String,
    app_wasm: String,
    /// The first view's binary (`cargo xtask build` puts it beside trunk's), if built.
    map_js: String,
    map_wasm: String,
    css: Vec<String>,
}

/// The first view's binary in `dist/`: `map-<hash>.js` and `map-<hash>_bg.wasm`.
fn find_map_binary(dist: &Path) -> (String, String) {
    let mut js = String::new();
    let mut wasm = String::new();
    if let Ok(entries) = fs::read_dir(dist) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("map-") && name.ends_with("_bg.wasm") {
                wasm = name;
            } else if name.starts_with("map-") && name.ends_with(".js") {
                js = name;
            }
        }
    }
    if js.is_empty() || wasm.is_empty() {
        (String::new(), String::new())
    } else {
        (js, wasm)
    }
}

fn read_build(dist: &Path) -> Result<Build, String> {
    let index = dist.join("index.html");
    let mut template = read(&index)?;
    // A second run reads its own output: start again from trunk's copy.
    let pristine = dist.join(".trunk-index.html");
    if template.contains("data-prerendered") {
        template = read(&pristine)?;
    } else {
        write(&pristine, &template)?;
    }
    let script = between(&template, "<script type=\"module\">", "</script>")
        .ok_or("dist/index.html has no trunk loader script; run trunk build first")?;
    let app_js = between(script, "from '", "'").ok_or("no module in the loader")?;
    let app_wasm = between(script, "module_or_path: '", "'").ok_or("no wasm in the loader")?;
    let mut css = Vec::new();
    let mut rest = template.as_str();
    while let Some(href) = between(rest, "<link rel=\"stylesheet\" href=\"", "\"") {
        css.push(href.to_owned());
        let at = rest.find(href).map_or(rest.len(), |i| i + href.len());
        rest = &rest[at..];
    }
    let (map_js, map_wasm) = find_map_binary(dist);
    Ok(Build {
        app_js: app_js.to_owned(),
        app_wasm: app_wasm.to_owned(),
        map_js,
        map_wasm,
        css,
        template,
    })
}

/// The server-rendered app in `locale`, as hydration expects it.
fn render(bundle: &Shared<Bundle>, locale: Locale) -> String {
    let props = AppProps {
        bundle: Some(bundle.clone()),
        state: Some(AppState {
            locale,
            ..AppState::default()
        }),
        ambient: locale,
        ..AppProps::default()
    };
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(true)
            .render(),
    );
    // The page is not interactive until it hydrates: say "loading" until then (hydration
    // updates attributes in place; only the structure must match).
    html.replacen("data-state=\"ready\"", "data-state=\"loading\"", 1)
}

/// What a page's `<head>` says about it, in its language.
struct Head<'a> {
    title: &'a str,
    description: &'a str,
}

/// Text for HTML: `&`, `<` and `>` escaped.
fn escape_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn page(
    build: &Build,
    body: &str,
    head: &Head,
    fingerprint: &str,
    locale: Locale,
    view: Option<Section>,
) -> Result<String, String> {
    let t = &build.template;
    let script_start = t.find("<script type=\"module\">").ok_or("no loader")?;
    let script_end = t[script_start..].find("</script>").ok_or("no loader end")? + script_start + 9;
    // The loader goes first in <head>, ahead of the style sheets: an async module runs as
    // soon as it arrives, so asked for first it can start the downloads before the browser
    // is busy laying out the page.
    let mut html = format!("{}{}", &t[..script_start], &t[script_end..]);
    let charset = "<meta charset=\"utf-8\">";
    let at = html
        .find(charset)
        .ok_or("no <meta charset> in index.html")?
        + charset.len();
    html.insert_str(
        at,
        "\n  <script type=\"module\" async src=\"./boot.js\"></script>",
    );
    html = html.replacen(
        "<html lang=\"zh-Hans\">",
        &format!("<html lang=\"{}\">", locale.tag()),
        1,
    );
    // Trunk's preload hints name the whole graphic's binary, which the first view does not
    // need; ours follow.
    html = remove_tags(&html, "<link rel=\"modulepreload\"");
    html = remove_tags(&html, "<link rel=\"preload\"");
    if view.is_none() {
        html = with_first_view_hints(&html, build)?;
    }
    let old = between(&html, "<title>", "</title>")
        .unwrap_or_default()
        .to_owned();
    html = html.replacen(
        &format!("<title>{old}</title>"),
        &format!("<title>{}</title>", escape_text(head.title)),
        1,
    );
    // The description search engines and link previews show, in the page's language (the
    // template's is Simplified Chinese).
    let meta = "<meta name=\"description\" content=\"";
    if let Some(at) = html.find(meta) {
        let start = at + meta.len();
        let end = html[start..].find('"').ok_or("unterminated description")? + start;
        html.replace_range(
            start..end,
            &escape_text(head.description).replace('"', "&quot;"),
        );
    }
    let root_open = "<div id=\"jj-app\">";
    let at = html.find(root_open).ok_or("no #jj-app in index.html")?;
    let close = html[at..].find("</div>").ok_or("no end of #jj-app")? + at + 6;
    // The template's note is in all three languages (for `trunk serve`); a page says it in
    // its own.
    let noscript = format!(
        "<p>{}</p>",
        escape_text(jingjin_aid::core::strings::strings(locale).no_script)
    );
    let view_attr = view.map_or(String::new(), |v| format!(" data-view=\"{}\"", v.id()));
    html = format!(
        "{}<div id=\"jj-app\" data-prerendered=\"{}\" data-fingerprint=\"{fingerprint}\"{view_attr}>{body}</div>\n  <noscript class=\"jj-noscript\">{noscript}</noscript>{}",
        &html[..at],
        locale.tag(),
        &html[close..]
    );
    Ok(html)
}

/// The full pages (`index*.html`, where readers land) ask for the first view's glue, wasm
/// and dataset in their `<head>`, right after the style sheet, so the downloads start when
/// the browser reads the head, not when `boot.js` gets to run (after the first layout): on a
/// phone network (1.6 Mbit/s, 150 ms) the map answers about half a second sooner
/// (tests/e2e/bench/NOTES.md). The section pages, which embeds use, have no hints: there
/// `boot.js` starts the downloads, and a static embed (`?static=1`) fetches nothing.
fn with_first_view_hints(html: &str, build: &Build) -> Result<String, String> {
    if !build.map_js.starts_with("map-") {
        return Ok(html.to_owned());
    }
    let sheet = html
        .find("<link rel=\"stylesheet\"")
        .ok_or("no style sheet link in index.html")?;
    let at = html[sheet..]
        .find('>')
        .ok_or("unterminated style sheet link")?
        + sheet
        + 1;
    // `crossorigin` (anonymous): the mode and credentials of boot.js's `fetch` and of the
    // app's, so the responses are used, not fetched again.
    let hints = format!(
        "\n  <link rel=\"modulepreload\" href=\"./{}\">\n  <link rel=\"preload\" href=\"./{}\" as=\"fetch\" crossorigin>\n  <link rel=\"preload\" href=\"{DATASET_FILE}\" as=\"fetch\" crossorigin>",
        build.map_js, build.map_wasm
    );
    let mut out = html.to_owned();
    out.insert_str(at, &hints);
    Ok(out)
}

/// Removes every tag that starts with `start` (up to its `>`).
fn remove_tags(html: &str, start: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(start) {
        out.push_str(&rest[..i]);
        match rest[i..].find('>') {
            Some(j) => rest = &rest[i + j + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn fill_template(text: &str, build: &Build) -> String {
    let css = format!(
        "[{}]",
        build
            .css
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(",")
    );
    text.replace("__APP_JS__", &build.app_js)
        .replace("__MAP_JS__", &build.map_js)
        .replace("__MAP_WASM__", &build.map_wasm)
        .replace("__APP_WASM__", &build.app_wasm)
        .replace("__APP_CSS__", &css)
        // The prerendered page carries its map: only the dataset is read again.
        .replace("__DATASET_FILE__", DATASET_FILE)
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
    for entry in fs::read_dir(from).map_err(|e| format!("cannot list {}: {e}", from.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            fs::copy(entry.path(), &target)
                .map_err(|e| format!("cannot copy {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

fn run(dist: &Path) -> Result<(), String> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let build = read_build(dist)?;
    let dataset_text = read(&dist.join(DATASET_FILE))?;
    let geometry_text = read(&dist.join(GEOMETRY_FILE))?;
    let print = fingerprint(&dataset_text);
    let bundle = Bundle::from_texts(Ok(dataset_text), Ok(geometry_text)).map_err(|errors| {
        errors
            .iter()
            .map(|e| e.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    if let Err(errors) = &bundle.map {
        return Err(format!("the map does not load: {}", errors[0]));
    }
    let bundle = Shared::from(bundle);
    let mut written = 0;
    for locale in Locale::ALL {
        let body = render(&bundle, locale);
        let title = headline(&bundle.dataset, locale);
        let description = dek(&bundle.dataset, locale);
        for view in std::iter::once(None).chain(Section::ALL.into_iter().map(Some)) {
            let head = Head {
                title: &title,
                description: &description,
            };
            let html = page(&build, &body, &head, &print, locale, view)?;
            write(&dist.join(page_file(locale, view)), &html)?;
            written += 1;
        }
    }
    let embed = repo.join("src/embed");
    for (template, out) in [("boot.js", "boot.js"), ("script.js", "script.js")] {
        let text = read(&embed.join(template))?;
        write(
            &dist.join(out),
            &without_comment_lines(&fill_template(&text, &build)),
        )?;
    }
    for plain in ["embed.js", "shadow.css"] {
        fs::copy(embed.join(plain), dist.join(plain))
            .map_err(|e| format!("cannot copy {plain}: {e}"))?;
    }
    let demo = repo.join("tests/demo");
    if demo.exists() {
        copy_dir(&demo, &dist.join("demo"))?;
    }
    eprintln!(
        "prerender: wrote {written} pages ({} languages x {} views) and boot.js, script.js, embed.js into {}",
        Locale::ALL.len(),
        Section::ALL.len() + 1,
        dist.display()
    );
    Ok(())
}
