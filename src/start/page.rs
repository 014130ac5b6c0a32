//! The start-up flows: render the whole graphic, or hydrate a prerendered page's islands
//! (all of them, the map's alone, or all but the map's). Each step is a task of its own.

use wasm_bindgen::JsCast;
use web_sys::Element;

use super::{bridge, install_hook};
use crate::browser::islands::hydrate_lazily;
use crate::browser::{load_dataset, mark_state, start_graphic, yield_now, yield_urgent};
use crate::core::error::DataError;
use crate::core::locale::Locale;
use crate::core::model::Dataset;
use crate::core::state::AppState;
use crate::ui::Shared;
use crate::ui::app::{App, AppProps};
use crate::ui::islands::{IslandKind, IslandProps, hydrate};
use crate::ui::store::StoreHandle;

/// Renders the whole graphic into `root`, fetching both files (a page without prerendered
/// markup, or one whose markup is out of date with the data).
pub fn render_whole(root: Element, state: AppState, ambient: Locale) {
    root.set_inner_html("");
    let props = AppProps {
        state: Some(state),
        ambient,
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    install_hook();
}

/// Replaces the page with the error box: the server-rendered figures may be out of date
/// with the data that failed to load, so they do not stay up.
fn show_errors(root: Element, errors: Vec<DataError>, ambient: Locale) {
    root.set_inner_html("");
    let props = AppProps {
        errors: Some(Shared::from(errors)),
        ambient,
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    install_hook();
}

/// Mounts the whole graphic into a script embed's `element`. `base` is the URL of the
/// folder the app was loaded from, ending in `/`; `lang` a language tag, or empty to detect
/// one. Each embed keeps its own state; none touches the host's address or `<html lang>`.
pub fn mount(element: Element, base: String, lang: String) {
    super::guard(Some(&element));
    let ambient = Locale::from_tag(&lang).unwrap_or_else(crate::browser::detect_locale);
    // Rendered at once, in its loading state: the data is fetched once for all the embeds
    // of the page (`browser::shared_load`), with the slow-connection notice and Retry.
    let props = AppProps {
        ambient,
        base: base.into(),
        embedded: true,
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(element, props).render();
    install_hook();
}

/// Why a prerendered page cannot be hydrated.
enum NotHydrated {
    /// The dataset failed: the reader must see the errors, not the old figures.
    Failed(Vec<DataError>),
    /// The dataset changed since the page was built, or the markup is not the graphic's.
    Stale,
}

/// A prerendered page whose dataset has been read and matches its markup.
struct Page {
    graphic: Element,
    props: IslandProps,
    islands: Vec<Element>,
}

/// The dataset read, or why not, with its fingerprint.
type Loaded = Result<(Dataset, String), Vec<DataError>>;

/// Reads the dataset for the whole graphic's binary (the first view's reads it earlier: see
/// `start::map_main`).
async fn read(root: &Element, state: &AppState) -> Result<(Page, AppState), NotHydrated> {
    page_of(root, state, load_dataset(false).await)
}

/// The page, once its dataset has been read, if its markup was rendered from that data.
fn page_of(
    root: &Element,
    state: &AppState,
    loaded: Loaded,
) -> Result<(Page, AppState), NotHydrated> {
    let (dataset, print) = loaded.map_err(NotHydrated::Failed)?;
    // Hydrating markup rendered from other data would mix two versions of the page.
    if !crate::browser::built_from(root, &print) {
        return Err(NotHydrated::Stale);
    }
    let graphic = root
        .query_selector(".jj")
        .ok()
        .flatten()
        .ok_or(NotHydrated::Stale)?;
    let locale = graphic
        .get_attribute("lang")
        .and_then(|t| Locale::from_tag(&t))
        .ok_or(NotHydrated::Stale)?;
    let data = Shared::from(dataset);
    let state = AppState {
        locale,
        ..state.clone()
    };
    let islands = graphic
        .query_selector_all("[data-island]")
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
                .collect()
        })
        .unwrap_or_default();
    let title = graphic
        .query_selector(".graphic__title")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    let props = IslandProps {
        data,
        store: StoreHandle::new(AppState::default()),
        hydrating: Some(locale),
        on_ready: None,
        embedded: false,
        title: title.into(),
    };
    Ok((
        Page {
            graphic,
            props,
            islands,
        },
        state,
    ))
}

fn is_panel(el: &Element) -> bool {
    el.get_attribute("data-island").as_deref() == Some("panel")
}

/// The map answering, its panel written (`browser::map_dom`): the page is `ready`. No Yew
/// runs for the map, so the first view's binary carries none of its renderer. Returns the
/// other islands.
fn start_map(page: &Page, ambient: Locale) -> Vec<Element> {
    // For the page's lifetime: the address kept in step, the map answering.
    std::mem::forget(start_graphic(
        &page.props.store,
        page.props.data.clone(),
        false,
        ambient,
        Some(page.graphic.clone()),
    ));
    mark_state(&page.graphic, "ready");
    install_hook();
    page.islands
        .iter()
        .filter(|el| !is_panel(el))
        .cloned()
        .collect()
}

/// Every island as it comes near or the browser is idle.
fn start_rest(page: &Page, islands: Vec<Element>) {
    // The binary that lays out the charts reads the reader's text spacing (each binary has
    // its own memory, so the map's would not reach them). For the page's lifetime.
    std::mem::forget(crate::browser::spacing::watch(&page.graphic));
    let props = page.props.clone();
    let data = props.data.clone();
    let locale = props.hydrating.unwrap_or_default();
    let hydrate_one = move |wrapper: &Element| {
        hydrate(wrapper, props.clone());
        install_hook();
    };
    wasm_bindgen_futures::spawn_local(async move {
        let islands = warm_up(&data, locale, islands, &hydrate_one).await;
        hydrate_lazily(islands, hydrate_one);
    });
}

/// V8 compiles a WebAssembly function the first time it is called, on the main thread, so
/// the first island to hydrate would also compile Yew's hydration and the chart kit: one
/// task of 70-100 ms at 4x CPU. Two short tasks go first and take that cost apart: a
/// chart's layout (the chart kit, thrown away), then the smallest island, the embed dialog
/// (Yew's hydration). Returns the islands left.
async fn warm_up(
    data: &Dataset,
    locale: Locale,
    mut islands: Vec<Element>,
    hydrate_one: &impl Fn(&Element),
) -> Vec<Element> {
    use crate::core::charts::registry::{ChartKind, DEFAULT_WIDTH, build};
    yield_now().await;
    drop(build(&ChartKind::Incidence, data, locale, DEFAULT_WIDTH));
    yield_now().await;
    let embed = islands
        .iter()
        .position(|w| w.get_attribute("data-island").as_deref() == Some(IslandKind::Embed.id()));
    if let Some(at) = embed {
        hydrate_one(&islands.remove(at));
        yield_now().await;
    }
    islands
}

fn with_store(mut page: Page, state: AppState) -> Page {
    page.props.store = StoreHandle::new(state);
    page
}

/// `app` alone on a prerendered page: every island.
pub async fn hydrate_whole(root: Element, state: AppState, ambient: Locale) {
    // The first view's binary already read the dataset and failed: show its errors.
    if let Some(errors) = crate::browser::boot::take_failure() {
        show_errors(root, errors, ambient);
        return;
    }
    match read(&root, &state).await {
        Ok((page, state)) => {
            let page = with_store(page, state);
            yield_urgent().await;
            let rest = start_map(&page, ambient);
            start_rest(&page, rest);
        }
        Err(NotHydrated::Failed(errors)) => show_errors(root, errors, ambient),
        Err(NotHydrated::Stale) => render_whole(root, state, ambient),
    }
}

/// `map` on a prerendered page: the map and its panel; `app` follows for the rest. Where
/// the page cannot be hydrated, `app` is asked for at once and does what `hydrate_whole`
/// does (show the errors, or render afresh).
pub async fn hydrate_map(root: Element, state: AppState, ambient: Locale, loaded: Loaded) {
    // The dataset was read in the task before; connecting and attaching (some 40 ms at 4x
    // CPU) are the next one, ahead of the page's other tasks.
    yield_urgent().await;
    let (page, state) = match page_of(&root, &state, loaded) {
        Ok(read) => read,
        Err(failed) => {
            if let NotHydrated::Failed(errors) = failed {
                crate::browser::boot::leave_failure(&errors);
            }
            crate::browser::boot::call("loadWhole");
            return;
        }
    };
    let page = with_store(page, state);
    bridge::announce_map();
    bridge::connect(&page.props.store, &root, ambient, bridge::Side::Map);
    start_map(&page, ambient);
    // The story's binary is asked for once the frame after ready has been drawn: a tap made
    // before ready opens its county's panel in that frame (`map_dom` writes it after the
    // selection's), and the story's start-up tasks (reading, the first island) must not
    // come before it.
    crate::browser::after_paint(|| {
        crate::browser::after_paint(|| crate::browser::boot::call("mapReady"));
    });
}

/// `app` beside a running `map`: every island but the map's, with the state the map has.
pub async fn hydrate_story(root: Element, state: AppState, ambient: Locale) {
    let (page, state) = match read(&root, &state).await {
        Ok(read) => read,
        Err(NotHydrated::Failed(errors)) => {
            // The map read the same file a moment ago; say so rather than go quiet.
            crate::browser::log_errors(&errors);
            return;
        }
        Err(NotHydrated::Stale) => return,
    };
    let page = with_store(page, state);
    bridge::connect(&page.props.store, &root, ambient, bridge::Side::Story);
    let rest: Vec<Element> = page
        .islands
        .iter()
        .filter(|w| !is_panel(w))
        .cloned()
        .collect();
    start_rest(&page, rest);
}
