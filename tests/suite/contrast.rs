//! WCAG 2.2 AA contrast of the palette, in the light and the dark theme.
//!
//! The light palette is the `.jj` block of the app and map parts of `styles/graphic.css`;
//! the dark palette is the second argument of each `light-dark(light, dark)` in its theme part
//! (whose first argument must repeat the light value). Every pair below names what it is and
//! its minimum: 4.5:1 for text, 3:1 for marks, outlines and large text. A failing pair is
//! reported with both colours and its ratio.
//!
//! `cargo test --test suite contrast -- --nocapture` prints every ratio.

use std::collections::BTreeMap;

const CSS: &str = include_str!("../../styles/graphic.css");

/// One part of the style sheet: from its marker line (`/* == app.css == */`) to the next.
fn part(name: &str) -> &'static str {
    let marker = format!("/* == {name}.css == */");
    let start = CSS
        .find(&marker)
        .unwrap_or_else(|| panic!("styles/graphic.css has no part {name}"))
        + marker.len();
    let end = CSS[start..].find("/* == ").map_or(CSS.len(), |i| start + i);
    &CSS[start..end]
}

fn app_css() -> &'static str {
    part("app")
}

fn map_css() -> &'static str {
    part("map")
}

fn theme_css() -> &'static str {
    part("theme")
}

const TEXT: f64 = 4.5;
const GRAPHIC: f64 = 3.0;
/// Beijing and Tianjin carry white (light) or black (dark) labels at 4.5:1, which caps how far
/// apart they can be; 1.6:1 keeps them two greys, and the dots tell them apart beyond that.
const PARTNERS_APART: f64 = 1.6;

/// (foreground, background, minimum, what). A colour is a variable (`--ink`) or a variable
/// laid at some opacity over another (`--beijing@0.16/--paper`).
#[rustfmt::skip]
const PAIRS: &[(&str, &str, f64, &str)] = &[
    // Body text, labels, tables, links (sources, refs), the chart text classes.
    ("--ink", "--paper", TEXT, "body text, t-value, t-ink, table text"),
    ("--ink", "--soft", TEXT, "text on soft panels (quotes, active legend entry)"),
    ("--ink-mid", "--paper", TEXT, "dek, card and figure labels, notes"),
    ("--ink-mid", "--soft", TEXT, "notes on soft panels"),
    ("--ink-2", "--paper", TEXT, "secondary text, links, t-label, t-axis"),
    ("--ink-2", "--soft", TEXT, "secondary text on soft panels"),
    ("--beijing-ink", "--paper", TEXT, "t-beijing, Beijing key text"),
    ("--beijing-ink", "--soft", TEXT, "t-beijing on soft panels"),
    ("--tianjin-ink", "--paper", TEXT, "t-tianjin, Tianjin key text"),
    ("--tianjin-ink", "--soft", TEXT, "t-tianjin on soft panels"),
    ("--beijing-ink", "--beijing@0.16/--paper", TEXT, "tentative Beijing chip text"),
    ("--tianjin-ink", "--tianjin@0.16/--paper", TEXT, "tentative Tianjin chip text"),
    ("--badge-high", "--paper", TEXT, "badge: high confidence"),
    ("--badge-medium", "--paper", TEXT, "badge: medium confidence"),
    ("--badge-low", "--paper", TEXT, "badge: low confidence"),
    ("--paper", "--ink", TEXT, "pressed buttons, chips (paper on ink)"),
    // Text drawn on marks: t-on-dark and the map's county labels.
    ("--on-fill", "--beijing", TEXT, "t-on-dark / county label on Beijing"),
    ("--on-fill", "--tianjin", TEXT, "t-on-dark / county label on Tianjin"),
    ("--on-fill", "--hebei", TEXT, "t-on-dark on Hebei bars"),
    ("--on-fill", "--ink", TEXT, "t-on-dark on the Beijing+Tianjin (ink) bar"),
    ("--ink-2", "--unpaired", TEXT, "t-label on muted chips and bars"),
    ("--on-fill", "--jj-exit-2", TEXT, "county label on exit step 3"),
    ("--on-fill", "--jj-exit-3", TEXT, "county label on exit step 4"),
    ("--on-fill", "--jj-exit-4", TEXT, "county label on exit step 5"),
    ("--on-fill", "--jj-sev-3", TEXT, "county label on severity step 3"),
    ("--on-fill", "--jj-sev-4", TEXT, "county label on severity step 4"),
    ("--on-fill", "--jj-seq-3", TEXT, "county label on figure step 3"),
    ("--on-fill", "--jj-seq-4", TEXT, "county label on figure step 4"),
    ("--on-fill", "--jj-seq-5", TEXT, "county label on figure step 5"),
    ("--jj-on-light", "--jj-exit-0", TEXT, "county label on exit step 1"),
    ("--jj-on-light", "--jj-exit-1", TEXT, "county label on exit step 2"),
    ("--jj-on-light", "--jj-sev-1", TEXT, "county label on severity step 1"),
    ("--jj-on-light", "--jj-sev-2", TEXT, "county label on severity step 2"),
    ("--jj-on-light", "--jj-seq-1", TEXT, "county label on figure step 1"),
    ("--jj-on-light", "--jj-seq-2", TEXT, "county label on figure step 2"),
    ("--jj-on-light", "--jj-nodata-ground", TEXT, "county label on no-data hatch (ground)"),
    ("--jj-on-light", "--jj-nodata-line", TEXT, "county label on no-data hatch (stripe)"),
    ("--jj-on-light", "--jj-beijing-pale", TEXT, "label on Beijing, district unknown (ground)"),
    ("--jj-on-light", "--jj-beijing-stripe", TEXT, "label on Beijing, district unknown (stripe)"),
    ("--jj-on-light", "--jj-tianjin-pale", TEXT, "label on Tianjin, district unknown (ground)"),
    ("--jj-on-light", "--jj-tianjin-stripe", TEXT, "label on Tianjin, district unknown (stripe)"),
    // Marks, map fills, borders and the focus ring against the paper.
    ("--beijing", "--paper", GRAPHIC, "Beijing bars and map fill"),
    ("--tianjin", "--paper", GRAPHIC, "Tianjin bars and map fill"),
    ("--hebei", "--paper", GRAPHIC, "Hebei bars, markers"),
    ("--ink", "--paper", GRAPHIC, "Beijing+Tianjin bar, selected county outline"),
    ("--jj-exit-0", "--paper", GRAPHIC, "exit-year fill, step 1"),
    ("--jj-exit-1", "--paper", GRAPHIC, "exit-year fill, step 2"),
    ("--jj-exit-2", "--paper", GRAPHIC, "exit-year fill, step 3"),
    ("--jj-exit-3", "--paper", GRAPHIC, "exit-year fill, step 4"),
    ("--jj-exit-4", "--paper", GRAPHIC, "exit-year fill, step 5"),
    ("--jj-sev-1", "--paper", GRAPHIC, "severity fill, step 1"),
    ("--jj-sev-2", "--paper", GRAPHIC, "severity fill, step 2"),
    ("--jj-sev-3", "--paper", GRAPHIC, "severity fill, step 3"),
    ("--jj-sev-4", "--paper", GRAPHIC, "severity fill, step 4"),
    ("--jj-seq-1", "--paper", GRAPHIC, "county-figure fill, step 1"),
    ("--jj-seq-2", "--paper", GRAPHIC, "county-figure fill, step 2"),
    ("--jj-seq-3", "--paper", GRAPHIC, "county-figure fill, step 3"),
    ("--jj-seq-4", "--paper", GRAPHIC, "county-figure fill, step 4"),
    ("--jj-seq-5", "--paper", GRAPHIC, "county-figure fill, step 5"),
    ("--jj-nodata-line", "--paper", GRAPHIC, "no-data hatch stripe"),
    ("--jj-beijing-stripe", "--paper", GRAPHIC, "Beijing district-unknown stripe"),
    ("--jj-tianjin-stripe", "--paper", GRAPHIC, "Tianjin district-unknown stripe"),
    ("--jj-city-border", "--paper", GRAPHIC, "city borders, legend line"),
    // Textures over the partner fills: Tianjin's dots and the inferred-partner stripes.
    ("--jj-hatch@1/--beijing", "--beijing", GRAPHIC, "inferred stripe on Beijing"),
    ("--jj-hatch@1/--tianjin", "--tianjin", GRAPHIC, "Tianjin dots, inferred stripe on Tianjin"),
    // Beijing and Tianjin apart in lightness too, so they differ in greyscale (with the dots).
    ("--beijing", "--tianjin", PARTNERS_APART, "Beijing fill beside Tianjin fill"),
    ("--focus", "--paper", GRAPHIC, "focus ring"),
];

// ---------------------------------------------------------------------------------------
// A small CSS reader: comments out, then declarations of custom properties.

fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = match rest[i + 2..].find("*/") {
            Some(j) => &rest[i + 2 + j + 2..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// The body of the first top-level rule whose selector is exactly `selector`.
fn rule_body<'a>(css: &'a str, selector: &str) -> Option<&'a str> {
    let mut depth = 0usize;
    let mut start = 0usize;
    for (i, c) in css.char_indices() {
        match c {
            '{' => {
                if depth == 0 && css[start..i].trim() == selector {
                    let body_start = i + 1;
                    let mut d = 1usize;
                    for (j, c) in css[body_start..].char_indices() {
                        match c {
                            '{' => d += 1,
                            '}' => {
                                d -= 1;
                                if d == 0 {
                                    return Some(&css[body_start..body_start + j]);
                                }
                            }
                            _ => {}
                        }
                    }
                    return None;
                }
                depth += 1;
            }
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    start = i + 1;
                }
            }
            ';' if depth == 0 => start = i + 1,
            _ => {}
        }
    }
    None
}

/// `--name: value;` declarations directly in a block (nested blocks skipped).
fn custom_properties(body: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut decl = String::new();
    for c in body.chars() {
        match c {
            '{' => {
                depth += 1;
                decl.clear();
            }
            '}' => {
                depth = depth.saturating_sub(1);
                decl.clear();
            }
            ';' if depth == 0 => {
                if let Some((name, value)) = decl.split_once(':') {
                    let name = name.trim();
                    if name.starts_with("--") {
                        out.push((name.to_owned(), value.trim().to_owned()));
                    }
                }
                decl.clear();
            }
            _ if depth == 0 => decl.push(c),
            _ => {}
        }
    }
    out
}

/// Splits `a, b` at its top-level comma.
fn split_args(s: &str) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => return Some((s[..i].trim(), s[i + 1..].trim())),
            _ => {}
        }
    }
    None
}

type Palette = BTreeMap<String, String>;

fn light_palette() -> Palette {
    let mut p = Palette::new();
    for (file, css) in [("app", app_css()), ("map", map_css())] {
        let css = strip_comments(css);
        let body = rule_body(&css, ".jj").unwrap_or_else(|| panic!("{file}: no `.jj {{` block"));
        for (k, v) in custom_properties(body) {
            p.insert(k, v);
        }
    }
    p
}

/// Every `--x: light-dark(light, dark);` of theme.css: (name, light, dark).
fn theme_values() -> Vec<(String, String, String)> {
    let css = strip_comments(theme_css());
    let mut out = Vec::new();
    for decl in css.split(';') {
        // The declaration after any selector or brace that precedes it.
        let decl = decl.rsplit(['{', '}']).next().unwrap_or(decl);
        let Some((name, value)) = decl.split_once(':') else {
            continue;
        };
        let (name, value) = (name.trim(), value.trim());
        if !name.starts_with("--") {
            continue;
        }
        let inner = value
            .strip_prefix("light-dark(")
            .and_then(|v| v.strip_suffix(')'))
            .unwrap_or_else(|| panic!("styles/theme.css: {name} is not light-dark(light, dark)"));
        let (l, d) = split_args(inner)
            .unwrap_or_else(|| panic!("styles/theme.css: {name}: light-dark needs two colours"));
        out.push((name.to_owned(), l.to_owned(), d.to_owned()));
    }
    out
}

fn dark_palette() -> Palette {
    theme_values()
        .into_iter()
        .map(|(name, _, dark)| (name, dark))
        .collect()
}

// ---------------------------------------------------------------------------------------
// Colours.

#[derive(Clone, Copy, Debug, PartialEq)]
struct Rgba([f64; 4]);

fn parse_colour(s: &str) -> Option<Rgba> {
    let s = s.trim().to_ascii_lowercase();
    if let Some(hex) = s.strip_prefix('#') {
        let digits: Vec<u32> = hex.chars().map(|c| c.to_digit(16)).collect::<Option<_>>()?;
        let (r, g, b) = match digits.len() {
            3 => (digits[0] * 17, digits[1] * 17, digits[2] * 17),
            6 => (
                digits[0] * 16 + digits[1],
                digits[2] * 16 + digits[3],
                digits[4] * 16 + digits[5],
            ),
            _ => return None,
        };
        return Some(Rgba([f64::from(r), f64::from(g), f64::from(b), 1.0]));
    }
    let args = s
        .strip_prefix("rgba(")
        .or_else(|| s.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let v: Vec<f64> = args
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match v.as_slice() {
        [r, g, b] => Some(Rgba([*r, *g, *b, 1.0])),
        [r, g, b, a] => Some(Rgba([*r, *g, *b, *a])),
        _ => None,
    }
}

/// A variable's colour, following `var(--other)`.
fn resolve(p: &Palette, name: &str) -> Result<Rgba, String> {
    let mut value = p.get(name).ok_or(format!("{name} is not declared"))?;
    for _ in 0..8 {
        match value.strip_prefix("var(").and_then(|v| v.strip_suffix(')')) {
            Some(other) => {
                value = p
                    .get(other.trim())
                    .ok_or(format!("{other} is not declared"))?
            }
            None => return parse_colour(value).ok_or(format!("{name}: `{value}` is not a colour")),
        }
    }
    Err(format!("{name}: var() chain too long"))
}

fn over(top: Rgba, under: Rgba) -> Rgba {
    let a = top.0[3];
    let mix = |i: usize| top.0[i] * a + under.0[i] * (1.0 - a);
    Rgba([mix(0), mix(1), mix(2), 1.0])
}

/// `--x` or `--x@alpha/--under`, opaque (laid over the paper if it has an alpha).
fn colour(p: &Palette, expr: &str) -> Result<Rgba, String> {
    let paper = resolve(p, "--paper")?;
    let c = match expr.split_once('@') {
        Some((top, rest)) => {
            let (alpha, under) = rest
                .split_once('/')
                .ok_or(format!("bad pair colour {expr}"))?;
            let mut t = resolve(p, top)?;
            t.0[3] *= alpha.parse::<f64>().map_err(|e| format!("{expr}: {e}"))?;
            over(t, over(resolve(p, under)?, paper))
        }
        None => resolve(p, expr)?,
    };
    Ok(over(c, paper))
}

fn luminance(c: Rgba) -> f64 {
    let lin = |v: f64| {
        let v = v / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0[0]) + 0.7152 * lin(c.0[1]) + 0.0722 * lin(c.0[2])
}

fn ratio(a: Rgba, b: Rgba) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn hex(c: Rgba) -> String {
    let [r, g, b, _] = c.0.map(|v| v.round() as u8);
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn check(theme: &str, p: &Palette) -> Vec<String> {
    let mut failures = Vec::new();
    for &(fg, bg, min, what) in PAIRS {
        match (colour(p, fg), colour(p, bg)) {
            (Ok(f), Ok(b)) => {
                let r = ratio(f, b);
                println!(
                    "{theme:5} {r:6.2}:1 (min {min}) {fg} {} on {bg} {}  {what}",
                    hex(f),
                    hex(b)
                );
                if r < min {
                    failures.push(format!(
                        "{theme}: {what}: {fg} {} on {bg} {} is {r:.2}:1, below {min}:1",
                        hex(f),
                        hex(b)
                    ));
                }
            }
            (Err(e), _) | (_, Err(e)) => failures.push(format!("{theme}: {what}: {e}")),
        }
    }
    failures
}

#[test]
fn light_theme_meets_wcag_aa() {
    let failures = check("light", &light_palette());
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

#[test]
fn dark_theme_meets_wcag_aa() {
    let failures = check("dark", &dark_palette());
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

/// theme.css repeats each light value as the first argument of light-dark(): it must equal
/// the value in app.css / map.css, and every colour variable there must have a dark value.
#[test]
fn theme_repeats_the_light_palette_and_covers_it() {
    let light = light_palette();
    let theme = theme_values();
    let mut problems = Vec::new();
    let mut with_light = light.clone();
    for (name, l, _) in &theme {
        with_light.insert(format!("{name}#theme"), l.clone());
        match (
            resolve(&light, name),
            resolve(&with_light, &format!("{name}#theme")),
        ) {
            (Ok(a), Ok(b)) if a == b => {}
            (Ok(a), Ok(b)) => problems.push(format!(
                "{name}: theme.css light {} but app.css/map.css {}",
                hex(b),
                hex(a)
            )),
            (Err(e), _) | (_, Err(e)) => problems.push(e),
        }
    }
    for (name, value) in &light {
        let is_colour =
            value.starts_with('#') || value.starts_with("rgb") || value.starts_with("var(--");
        if is_colour && !theme.iter().any(|(n, _, _)| n == name) {
            problems.push(format!("{name} has no dark value in styles/theme.css"));
        }
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

/// "dark" is always dark; "auto" follows the reader's system through color-scheme.
#[test]
fn theme_css_selects_dark_and_auto() {
    let css = strip_comments(theme_css());
    for needle in [
        "[data-theme=\"dark\"] .jj",
        "color-scheme: dark",
        "[data-theme=\"auto\"] .jj",
        "color-scheme: light dark",
        ":is([data-theme=\"dark\"], [data-theme=\"auto\"]) .jj",
        "@media (forced-colors: active)",
    ] {
        assert!(
            css.contains(needle),
            "styles/theme.css should contain {needle}"
        );
    }
}

#[test]
fn the_reader_finds_colours() {
    assert_eq!(parse_colour("#fff"), Some(Rgba([255.0, 255.0, 255.0, 1.0])));
    assert_eq!(
        parse_colour("rgba(20, 19, 17, 0.9)"),
        Some(Rgba([20.0, 19.0, 17.0, 0.9]))
    );
    assert!(
        (ratio(parse_colour("#000").unwrap(), parse_colour("#fff").unwrap()) - 21.0).abs() < 1e-9
    );
    let body = rule_body(".a{--x:1} .jj { --y: #123; .n { --z: 2; } }", ".jj").unwrap();
    assert_eq!(
        custom_properties(body),
        vec![("--y".to_owned(), "#123".to_owned())]
    );
}
