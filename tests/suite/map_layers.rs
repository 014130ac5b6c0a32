//! The map rendered on the server with the real data, every layer in its markup: each of
//! the 51 county paths carries its fill class on every layer, each layer's legend lists its
//! entries with counts that add up to 51, and unknown values are "no data", never a colour
//! of the scale.

use jingjin_aid::core::bundle::Bundle;
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::map_layers::{self, MapLayer, NO_DATA, classify};
use jingjin_aid::core::state::AppState;
use jingjin_aid::ui::Shared;
use jingjin_aid::ui::app::{App, AppProps};

use super::fixture::bundle;

async fn render(bundle: &Shared<Bundle>, layer: MapLayer, locale: Locale) -> String {
    yew::LocalServerRenderer::<App>::with_props(AppProps {
        bundle: Some(bundle.clone()),
        state: Some(AppState {
            layer,
            locale,
            ..AppState::default()
        }),
        ambient: locale,
        ..AppProps::default()
    })
    .hydratable(false)
    .render()
    .await
}

/// The opening tags that contain `needle`.
fn tags_with<'a>(html: &'a str, needle: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(needle) {
        let at = from + i;
        let start = html[..at].rfind('<').unwrap();
        let end = at + html[at..].find('>').unwrap();
        out.push(&html[start..=end]);
        from = end;
    }
    out
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

/// Text between `<tag class="{class}"...>` and the next `<`.
fn texts<'a>(html: &'a str, class: &str) -> Vec<&'a str> {
    let needle = format!("class=\"{class}\"");
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = html[from..].find(&needle) {
        let at = from + i;
        let open_end = at + html[at..].find('>').unwrap() + 1;
        let close = open_end + html[open_end..].find('<').unwrap();
        out.push(&html[open_end..close]);
        from = close;
    }
    out
}

/// The opening tag of the element carrying `data-for="<layer>"` and class `class`, and the
/// markup up to the next element of the same class (or the end).
fn block<'a>(html: &'a str, class: &str, layer: &str) -> &'a str {
    let needle = format!("data-for=\"{layer}\" class=\"{class}\"");
    let at = html.find(&needle).unwrap_or_else(|| panic!("{needle}"));
    let rest = &html[at + needle.len()..];
    let end = rest
        .find(&format!("class=\"{class}\""))
        .unwrap_or(rest.len());
    &rest[..end]
}

#[tokio::test]
async fn every_unit_carries_its_fill_on_every_layer_and_every_legend_is_there() {
    let b = Shared::from(bundle());
    let d = &b.dataset;
    let html = render(&b, MapLayer::Partner, Locale::ZhHans).await;
    let figure = tags_with(&html, "class=\"map\"");
    assert_eq!(attr(figure[0], "data-layer"), Some("partner"));
    // 51 county paths, each with one fill class per layer.
    let options = tags_with(&html, "role=\"option\"");
    assert_eq!(options.len(), 51);
    for layer in MapLayer::ALL {
        let id = layer.id();
        let view = classify(d, layer, Locale::ZhHans);
        for tag in &options {
            let code = attr(tag, "data-code").unwrap();
            let county = d.counties.iter().position(|c| c.code == code).unwrap();
            let modifier = view.units[county]
                .class
                .strip_prefix("map__unit--")
                .unwrap();
            let class = attr(tag, "class").unwrap();
            assert!(
                class.split(' ').any(|c| c == format!("{id}--{modifier}")),
                "{id} {code}: {class}"
            );
            if d.counties[county].pairing.is_none() {
                assert_eq!(view.units[county].class, map_layers::UNPAIRED);
            }
        }
        // The layer's legend: one button per entry, in order, with its count; counts add
        // to 51.
        let legend = block(&html, "legend", id);
        let keys: Vec<&str> = tags_with(legend, "class=\"legend__entry\"")
            .iter()
            .filter_map(|t| attr(t, "data-key"))
            .collect();
        let want: Vec<&str> = view.legend.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, want, "{id}");
        let labels = texts(legend, "legend__label");
        let counts: Vec<usize> = texts(legend, "legend__count")
            .iter()
            .map(|c| c.parse().unwrap())
            .collect();
        assert_eq!(counts.iter().sum::<usize>(), 51, "{id}");
        for (e, (label, n)) in view.legend.iter().zip(labels.iter().zip(&counts)) {
            assert_eq!(e.label, *label, "{id}");
            assert_eq!(e.count, *n, "{id}");
        }
        // No data is its own entry, and hatched.
        if let Some(e) = view.legend.iter().find(|e| e.class == NO_DATA) {
            assert_eq!(e.label, "无数据");
            assert!(legend.contains("legend__swatch legend__swatch--nodata"));
        }
        // Its takeaway is written, for the style sheet to show.
        assert!(html.contains(&format!("data-for=\"{id}\" class=\"map__takeaway\"")));
    }
    // The switcher shows the default layer picked.
    let pressed = tags_with(&html, "class=\"layers__button\"")
        .into_iter()
        .filter(|t| attr(t, "aria-pressed") == Some("true"))
        .filter_map(|t| attr(t, "data-layer"))
        .collect::<Vec<_>>();
    assert_eq!(pressed, ["partner"]);
}

#[tokio::test]
async fn partner_layer_shows_the_projects() {
    let b = Shared::from(bundle());
    let d = &b.dataset;
    let html = render(&b, MapLayer::Partner, Locale::ZhHans).await;
    assert_eq!(html.matches("partner--tianjin").count(), 5);
    assert_eq!(html.matches("partner--beijing").count(), 23);
    assert!(html.contains("显示合作项目"));
    // A marker per project placed in a county; the others listed as not on the map, with
    // the reason the data gives.
    let placed: Vec<_> = d.projects.iter().filter(|p| p.county.is_some()).collect();
    assert_eq!(tags_with(&html, "class=\"map__marker ").len(), placed.len());
    assert!(
        html.contains("map__marker map__marker--none"),
        "张北藜麦 has no partner"
    );
    assert_eq!(
        tags_with(&html, "class=\"projects__item").len(),
        placed.len()
    );
    for p in d.projects.iter().filter(|p| p.county.is_none()) {
        let note = p.note.as_ref().unwrap().zh_hans.as_str();
        assert!(html.contains(note), "{note}");
    }
}

#[tokio::test]
async fn other_languages_render_every_layer() {
    let b = Shared::from(bundle());
    for locale in [Locale::ZhHant, Locale::En] {
        let html = render(&b, MapLayer::Partner, locale).await;
        for layer in MapLayer::ALL {
            let view = classify(&b.dataset, layer, locale);
            assert!(html.contains(&view.title), "{locale:?} {}", layer.id());
        }
        assert_eq!(tags_with(&html, "role=\"option\"").len(), 51);
    }
    let en = render(&b, MapLayer::Partner, Locale::En).await;
    assert!(en.contains("Not a deep-poverty county"));
}
