//! All browser glue in one place: fetching the data files (`fetch`), the console, downloads, element
//! sizes, the URL (`history`), the map's listeners and attributes (`map_dom`), the
//! hand-off from `boot.js` (`boot`) and the islands' hydration (`islands`). Components call
//! these; nothing else in the crate touches those browser APIs.

pub mod boot;
pub mod download;
mod fetch;
pub mod history;
pub mod islands;
pub mod map_dom;
pub mod resize;
pub mod spacing;
pub mod tips;

pub use fetch::{FETCH_TIMEOUT_MS, SLOW_AFTER_MS, fetch_bytes};

use std::rc::Rc;

use crate::core::bundle::Bundle;
use crate::core::error::DataError;

/// Writes each error to the browser console, so editors see the same words as readers.
pub fn log_errors(errors: &[DataError]) {
    for e in errors {
        gloo::console::error!(e.to_string());
    }
}

/// A failure the reader is not shown (a download the browser refused), in the console.
pub fn log_error(message: &str) {
    gloo::console::error!(message);
}

/// Moves the keyboard focus to the element with `id`, if the page has one.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Sets an element's `left` and `top` in per cent of its frame, through the CSSOM: a strict
/// CSP allows that where it blocks a `style` attribute.
pub fn place_percent(el: &web_sys::Element, left: f64, top: f64) {
    use wasm_bindgen::JsCast;
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let style = el.style();
        let _ = style.set_property("left", &format!("{left}%"));
        let _ = style.set_property("top", &format!("{top}%"));
    }
}

/// Sets `data-state` on an element no Yew tree owns (an island's wrapper, the prerendered
/// page's root).
pub fn mark_state(el: &web_sys::Element, state: &str) {
    let _ = el.set_attribute("data-state", state);
}

/// Marks the page's language, so screen readers and fonts follow the reader's choice.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", tag);
    }
}

/// The page's title (the tab, bookmarks) and description (link previews), in the reader's
/// language.
pub fn set_document_head(title: &str, description: &str) {
    let document = gloo::utils::document();
    document.set_title(title);
    if let Ok(Some(meta)) = document.query_selector("meta[name=\"description\"]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// The reader's language: the host page's `lang`, then the browser's languages.
pub fn detect_locale() -> crate::core::locale::Locale {
    use crate::core::locale::Locale;
    let page = gloo::utils::document()
        .document_element()
        .and_then(|e| e.get_attribute("lang"));
    let browser = gloo::utils::window().navigator().language();
    page.iter()
        .chain(browser.iter())
        .find_map(|tag| Locale::from_tag(tag))
        .unwrap_or_default()
}

/// Both data files, fetched in parallel and checked; see [`Bundle::from_bytes`].
pub async fn load_bundle(base: &str) -> Result<Bundle, Vec<DataError>> {
    load_bundle_with(base, false).await
}

/// As [`load_bundle`], asking caches to revalidate (the Retry button).
pub async fn reload_bundle(base: &str) -> Result<Bundle, Vec<DataError>> {
    load_bundle_with(base, true).await
}

/// Both files, fetched in parallel and checked (see [`Bundle::from_bytes`]); errors are
/// written to the console.
async fn load_bundle_with(base: &str, fresh: bool) -> Result<Bundle, Vec<DataError>> {
    use crate::core::bundle::{DATASET_FILE, GEOMETRY_FILE, MAX_GEOMETRY_BYTES};
    use crate::core::load::MAX_DATASET_BYTES;
    let (dataset, geometry) = futures::join!(
        fetch_bytes(base, DATASET_FILE, MAX_DATASET_BYTES, fresh),
        fetch_bytes(base, GEOMETRY_FILE, MAX_GEOMETRY_BYTES, fresh)
    );
    let result = Bundle::from_bytes(dataset, geometry);
    match &result {
        Ok(bundle) => {
            if let Err(errors) = &bundle.map {
                log_errors(errors);
            }
        }
        Err(errors) => log_errors(errors),
    }
    result
}

/// The dataset alone, as the prerendered page needs it (its map is in its markup): the
/// file's text checked and read, with the fingerprint of that text.
///
/// `share`: the first view's binary leaves the text for the whole graphic's, which follows;
/// its steps are the ones a reader waits on, so they yield as `user-blocking` tasks.
pub async fn load_dataset(
    share: bool,
) -> Result<(crate::core::model::Dataset, String), Vec<DataError>> {
    use crate::core::bundle::{DATASET_FILE, fingerprint};
    use crate::core::load::{self, MAX_DATASET_BYTES, decode_utf8, read_dataset};
    let result = async {
        // The first view's binary read it a moment ago: the same text, not a second download,
        // and checked already (it is passed on only without faults).
        let (text, checked) = match boot::take_dataset_text() {
            Some(text) => (text, true),
            None => {
                let bytes = fetch_bytes("", DATASET_FILE, MAX_DATASET_BYTES, false)
                    .await
                    .map_err(|e| vec![e])?;
                let text =
                    decode_utf8(bytes, DATASET_FILE, MAX_DATASET_BYTES).map_err(|e| vec![e])?;
                (text, false)
            }
        };
        // Reading, then checking, each in a task of its own (in one task they took some 60
        // ms at 4x CPU), not in the one that received the bytes.
        yield_for(share).await;
        let print = fingerprint(&text);
        // A text whose fingerprint a prerendered page carries is the text that page's
        // build read and checked (the build stops on any fault): its checks are not run
        // again on the way to the map's first answer.
        let checked = checked
            || gloo::utils::document()
                .get_element_by_id("jj-app")
                .is_some_and(|root| built_from(&root, &print));
        let read = match read_dataset(&text, DATASET_FILE) {
            Ok(dataset) if !checked => {
                yield_for(share).await;
                load::checked(dataset, DATASET_FILE)
            }
            read => read,
        }
        .map(|d| (d, print));
        if share && read.is_ok() {
            boot::leave_dataset_text(text);
        }
        read
    }
    .await;
    if let Err(errors) = &result {
        log_errors(errors);
    }
    result
}

/// Whether the prerendered page at `root` (`#jj-app`) was built from the dataset text with
/// fingerprint `print` (see `prerender`, which writes `data-fingerprint` only after the
/// dataset passed every check): its markup may be hydrated with that text, and the text
/// need not be checked again. `false` for a page rendered in the browser. The checks catch
/// an editor's mistakes, which change the fingerprint (64 bits: an accidental match is out
/// of reach); they are no guard against a forger, who could as well write a file that
/// passes them with other figures.
pub fn built_from(root: &web_sys::Element, print: &str) -> bool {
    root.get_attribute("data-fingerprint")
        .is_some_and(|built| built == print)
}

/// Moves the keyboard focus after the change a click made has been drawn: to the first
/// element matching one of `selectors` inside the clicked element's closest `scope`. A
/// control that removes itself (an added county's option, a chip's ×, the panel's Close)
/// would otherwise leave the focus on `<body>`.
pub fn refocus(event: &web_sys::Event, scope: &str, selectors: &'static [&'static str]) {
    use wasm_bindgen::JsCast;
    let Some(scope) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(scope).ok().flatten())
    else {
        return;
    };
    after(0, move || {
        for selector in selectors {
            if let Some(el) = scope
                .query_selector(selector)
                .ok()
                .flatten()
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = el.focus();
                return;
            }
        }
    })
    .forget();
}

/// Calls `f` when Escape is pressed anywhere on the page, for as long as the returned
/// listener lives: a tooltip opened by the mouse must close with the keyboard too (WCAG
/// 1.4.13), though the focus is elsewhere.
pub fn on_escape(f: impl Fn() + 'static) -> gloo::events::EventListener {
    gloo::events::EventListener::new(&gloo::utils::document(), "keydown", move |e| {
        use wasm_bindgen::JsCast;
        if e.dyn_ref::<web_sys::KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape" || k.key() == "Esc")
        {
            f();
        }
    })
}

/// Lets the browser run other tasks (paint, input) before going on.
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Like [`yield_now`], for the steps a reader is waiting on (the map starting to answer):
/// the rest runs as a `user-blocking` task (`scheduler.postTask`), ahead of the parser's
/// and the story's tasks queued meanwhile, while input and painting still come first. A
/// `setTimeout(0)` continuation waited behind every chunk of the parsing page and its
/// layout (tests/e2e/bench/NOTES.md). Where there is no `scheduler`, as [`yield_now`].
pub async fn yield_urgent() {
    use wasm_bindgen::{JsCast, JsValue};
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = gloo::utils::window();
        let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
        let posted = get(&window, "scheduler")
            .filter(JsValue::is_object)
            .and_then(|scheduler| {
                let post = get(&scheduler, "postTask")?
                    .dyn_into::<js_sys::Function>()
                    .ok()?;
                let options = js_sys::Object::new();
                js_sys::Reflect::set(&options, &"priority".into(), &"user-blocking".into()).ok()?;
                post.call2(&scheduler, &resolve, &options).ok()
            });
        if posted.is_none() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// [`yield_urgent`] for the first view's steps, else [`yield_now`].
async fn yield_for(first_view: bool) {
    if first_view {
        yield_urgent().await;
    } else {
        yield_now().await;
    }
}

/// Resolves once the page has been parsed (at once if it already is): a binary that starts
/// while the browser still parses the prerendered page reads its data first and waits here
/// for the markup it attaches to.
pub async fn parsed() {
    let document = gloo::utils::document();
    if document.ready_state() != "loading" {
        return;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = document.add_event_listener_with_callback_and_add_event_listener_options(
            "DOMContentLoaded",
            &resolve,
            &options,
        );
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Calls `f` once after `ms` milliseconds, unless the returned timer is dropped first.
pub fn after(ms: u32, f: impl FnOnce() + 'static) -> gloo::timers::callback::Timeout {
    // Boxed, here and below: one closure shim in the binary for all callers, not one each.
    let f: Box<dyn FnOnce()> = Box::new(f);
    gloo::timers::callback::Timeout::new(ms, f)
}

/// Calls `f` when the browser is next idle (within 2 s), or in 200 ms where it has no
/// idle callback.
pub fn when_idle(f: impl FnOnce() + 'static) {
    let f: Box<dyn FnOnce()> = Box::new(f);
    when_idle_js(&wasm_bindgen::closure::Closure::once_into_js(f));
}

fn when_idle_js(step: &wasm_bindgen::JsValue) {
    use wasm_bindgen::JsCast;
    let window = gloo::utils::window();
    let request = js_sys::Reflect::get(&window, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match request {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &2000.into());
            let _ = request.call2(&window, step, &options);
        }
        None => {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(step.unchecked_ref(), 200);
        }
    }
}

/// Calls `f` once the next frame has been drawn: a zero timeout set in the next animation
/// frame's callbacks runs after that frame's paint. For work that should not hold up the
/// frame that shows a reader's input (its feedback paints first).
pub fn after_paint(f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let f: Box<dyn FnOnce()> = Box::new(f);
    let after_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        gloo::timers::callback::Timeout::new(0, f).forget();
    });
    let _ = gloo::utils::window().request_animation_frame(after_frame.unchecked_ref());
}

/// The graphic answering the reader: the address in step with the store (on its own page),
/// and the map's listeners. Dropping it stops both.
pub struct Live {
    _url: Option<history::UrlSync>,
    _map: Option<map_dom::MapController>,
    _tips: Option<tips::SourceTips>,
}

/// Starts the graphic inside `root` (its `.jj` element) once its data is shown: quietly
/// drops from the state what the data does not know (a stale link), keeps the address and
/// the page's language and title in step with the store unless `embedded`, and lets the map
/// answer.
pub fn start_graphic(
    store: &crate::ui::store::StoreHandle,
    data: crate::ui::Shared<crate::core::model::Dataset>,
    embedded: bool,
    ambient: crate::core::locale::Locale,
    root: Option<web_sys::Element>,
) -> Option<Live> {
    use crate::core::state::Action;
    let clean = (*store.0.state()).clone().sanitised(&data);
    if clean != *store.0.state() {
        store.dispatch(Action::Restore(Box::new(clean)));
    }
    let url = (!embedded).then(|| history::UrlSync::start(store, ambient, data.clone()));
    let tips = root.as_ref().map(tips::attach);
    let map = root.and_then(|root| map_dom::attach(&root, store, data));
    Some(Live {
        _url: url,
        _map: map,
        _tips: tips,
    })
}

/// What a load gives every embed that shares it.
pub type Loaded = Result<Rc<Bundle>, Rc<Vec<DataError>>>;

type SharedLoad = futures::future::Shared<futures::future::LocalBoxFuture<'static, Loaded>>;

thread_local! {
    /// One fetch of the data per base URL, shared by every embed on the page (ten script
    /// embeds make two requests, not twenty).
    static LOADS: std::cell::RefCell<Vec<(String, SharedLoad)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The data for `base`, fetched once for the page and shared (see [`load_bundle`]).
pub fn shared_load(base: &str) -> SharedLoad {
    use futures::FutureExt;
    LOADS.with(|loads| {
        let Ok(mut loads) = loads.try_borrow_mut() else {
            // Not reachable (no await inside the borrow); a private load is still correct.
            let owned = base.to_owned();
            return async move { load_bundle(&owned).await.map(Rc::new).map_err(Rc::new) }
                .boxed_local()
                .shared();
        };
        if let Some((_, f)) = loads.iter().find(|(b, _)| b == base) {
            return f.clone();
        }
        let owned = base.to_owned();
        let f = async move { load_bundle(&owned).await.map(Rc::new).map_err(Rc::new) }
            .boxed_local()
            .shared();
        loads.push((base.to_owned(), f.clone()));
        f
    })
}

/// The URL of the folder this page was loaded from, ending in `/` (for embed snippets).
pub fn page_base() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    let without_hash = href.split('#').next().unwrap_or_default();
    let without_query = without_hash.split('?').next().unwrap_or_default();
    match without_query.rfind('/') {
        Some(i) => without_query[..=i].to_owned(),
        None => String::new(),
    }
}

/// Copies `text` to the clipboard; `false` when the browser refuses (the text stays
/// selectable on the page).
pub async fn copy_text(text: &str) -> bool {
    use wasm_bindgen::JsCast;
    let navigator = gloo::utils::window().navigator();
    let run = || -> Option<js_sys::Promise> {
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
        let write: js_sys::Function = write.dyn_into().ok()?;
        write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()
    };
    match run() {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
