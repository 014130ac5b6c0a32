//! The map on every layer, rendered on the server with the real data: each of the 51 county
//! paths carries a fill class of the layer, the legend lists the layer's entries with counts
//! that add up to 51, and unknown values are "no data", never a colour of the scale.

use jingjin_aid::core::bundle::Bundle;
use jingjin_aid::core::locale::Locale;
use jingjin_aid::core::map_layers::{self, MapLayer, NO_DATA, classify, layers};
use jingjin_aid::core::state::AppState;
use jingjin_aid::ui::Shared;
use jingjin_aid::ui::app::{App, AppProps};

fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn bundle() -> Bundle {
    Bundle::from_texts(
        Ok(read("data/dataset.json")),
        Ok(read("data/geometry.json")),
    )
    .expect("real data loads")
}

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

#[tokio::test]
async fn every_layer_fills_every_county_and_lists_its_legend() {
    let b = Shared::from(bundle());
    let d = &b.dataset;
    let all = layers(d);
    assert!(all.len() > 5, "the real data has county figures");
    for layer in all {
        let html = render(&b, layer.clone(), Locale::ZhHans).await;
        let id = layer.id();
        let view = classify(d, &layer, Locale::ZhHans);
        let figure = tags_with(&html, "class=\"map\"");
        assert_eq!(attr(figure[0], "data-layer"), Some(id.as_str()));
        // 51 county paths, each filled with its class on this layer.
        let options = tags_with(&html, "role=\"option\"");
        assert_eq!(options.len(), 51, "{id}");
        for tag in &options {
            let code = attr(tag, "data-code").unwrap();
            let county = d.counties.iter().position(|c| c.code == code).unwrap();
            let want = view.units[county].class;
            assert_eq!(
                attr(tag, "class"),
                Some(format!("map__unit {want}").as_str()),
                "{id} {code}"
            );
            if d.counties[county].pairing.is_none() {
                assert_eq!(want, map_layers::UNPAIRED);
            }
        }
        // The legend: one button per entry, in order, with its count; counts add to 51.
        let keys: Vec<&str> = tags_with(&html, "class=\"legend__entry\"")
            .iter()
            .filter_map(|t| attr(t, "data-key"))
            .collect();
        let want: Vec<&str> = view.legend.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, want, "{id}");
        let labels = texts(&html, "legend__label");
        let counts: Vec<usize> = texts(&html, "legend__count")
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
            assert!(html.contains("legend__swatch legend__swatch--nodata"));
        }
        // The inferred hatching only on the partner layer.
        assert_eq!(
            html.contains("map__inferred"),
            layer == MapLayer::Partner,
            "{id}"
        );
        // The switcher shows the layer picked.
        let pressed = tags_with(&html, "class=\"layers__button\"")
            .into_iter()
            .filter(|t| attr(t, "aria-pressed") == Some("true"))
            .filter_map(|t| attr(t, "data-layer"))
            .collect::<Vec<_>>();
        match layer {
            MapLayer::Figure(_) => assert!(pressed.is_empty(), "{id}"),
            _ => assert_eq!(pressed, [id.as_str()]),
        }
    }
}

#[tokio::test]
async fn partner_layer_keeps_the_first_view_and_shows_the_projects() {
    let b = Shared::from(bundle());
    let d = &b.dataset;
    let html = render(&b, MapLayer::Partner, Locale::ZhHans).await;
    assert_eq!(html.matches("map__unit--tianjin").count(), 5);
    assert_eq!(html.matches("map__unit--beijing").count(), 23);
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
    // Not on the other layers.
    let exit = render(&b, MapLayer::ExitYear, Locale::ZhHans).await;
    assert!(!exit.contains("map__marker"));
    assert!(!exit.contains("显示合作项目"));
}

#[tokio::test]
async fn other_languages_render_every_layer() {
    let b = Shared::from(bundle());
    for locale in [Locale::ZhHant, Locale::En] {
        for layer in [MapLayer::District, MapLayer::ExitYear] {
            let html = render(&b, layer.clone(), locale).await;
            let view = classify(&b.dataset, &layer, locale);
            assert!(html.contains(&view.title), "{locale:?} {}", layer.id());
            assert_eq!(tags_with(&html, "role=\"option\"").len(), 51);
        }
    }
    let en = render(&b, MapLayer::DeepPoverty, Locale::En).await;
    assert!(en.contains("Not a deep-poverty county"));
}
