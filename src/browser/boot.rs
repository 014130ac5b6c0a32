//! The hand-off from `boot.js`, which answers the map before the WebAssembly runs: it marks
//! a tapped county or a chosen layer at once and keeps the reader's last choice, which the
//! app takes here when the map starts answering (`map_dom::attach`). After the hand-off
//! `boot.js` stops listening, so nothing is applied twice.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// What the reader chose on the map before the app ran; the last choice of each kind.
#[derive(Debug, Default, PartialEq)]
pub struct EarlyChoice {
    /// `Some(Some(code))`: a county was opened; `Some(None)`: the open one was closed.
    pub county: Option<Option<String>>,
    pub layer: Option<String>,
}

/// Takes the early choice from `window.jingjinBoot.take()`, if `boot.js` is on the page.
pub fn take_early_choice() -> Option<EarlyChoice> {
    let boot = boot_object()?;
    let take: js_sys::Function = js_sys::Reflect::get(&boot, &JsValue::from_str("take"))
        .ok()?
        .dyn_into()
        .ok()?;
    let choice = take.call0(&boot).ok()?;
    if !choice.is_object() {
        return None;
    }
    let field = |name: &str| js_sys::Reflect::get(&choice, &JsValue::from_str(name)).ok();
    let county = field("county").and_then(|v| {
        if v.is_undefined() {
            None
        } else {
            Some(v.as_string())
        }
    });
    let layer = field("layer").and_then(|v| v.as_string());
    Some(EarlyChoice { county, layer })
}

/// The request for `file` that `boot.js` made at the start (`jingjinBoot.takeData`), taken
/// once: the promised response and the controller that aborts it.
pub fn take_early_fetch(file: &str) -> Option<(js_sys::Promise, web_sys::AbortController)> {
    let boot = boot_object()?;
    let take: js_sys::Function = js_sys::Reflect::get(&boot, &JsValue::from_str("takeData"))
        .ok()?
        .dyn_into()
        .ok()?;
    let taken = take.call1(&boot, &JsValue::from_str(file)).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&taken, &JsValue::from_str(name)).ok();
    let response = field("response")?.dyn_into().ok()?;
    let controller = field("controller")?.dyn_into().ok()?;
    Some((response, controller))
}

/// Calls `window.jingjinBoot[name]()` if `boot.js` offers it: `mapReady` (the first view
/// answers; load the rest when it is wanted) or `loadWhole` (the first view could not
/// start; load the whole graphic now).
pub fn call(name: &str) {
    let Some(boot) = boot_object() else {
        return;
    };
    if let Some(text) = HELD_TEXT.with(|held| held.borrow_mut().take()) {
        leave("datasetText", &JsValue::from_str(&text));
    }
    if let Some(f) = js_sys::Reflect::get(&boot, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = f.call0(&boot);
    }
}

/// Leaves the first view's failure to read the dataset for the whole graphic's binary
/// (`window.jingjinBoot.failure`), so that it shows those errors instead of fetching the
/// file a second time: one request per load and per Retry, never a silent retry.
pub fn leave_failure(errors: &[crate::core::error::DataError]) {
    let list = js_sys::Array::new();
    for e in errors {
        let item = js_sys::Array::of3(
            &JsValue::from_str(&e.file),
            &JsValue::from_str(&e.path),
            &JsValue::from_str(&e.expected),
        );
        list.push(&item);
    }
    leave("failure", &list);
}

/// The errors the first view left (see [`leave_failure`]), taken once.
pub fn take_failure() -> Option<Vec<crate::core::error::DataError>> {
    let list: js_sys::Array = take("failure")?.dyn_into().ok()?;
    let text = |item: &js_sys::Array, i: u32| item.get(i).as_string().unwrap_or_default();
    let errors: Vec<_> = list
        .iter()
        .filter_map(|item| item.dyn_into::<js_sys::Array>().ok())
        .map(|item| crate::core::error::DataError {
            file: text(&item, 0),
            path: text(&item, 1),
            expected: text(&item, 2),
        })
        .collect();
    (!errors.is_empty()).then_some(errors)
}

thread_local! {
    /// The dataset's text, held for the whole graphic's binary until it is asked for.
    static HELD_TEXT: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Leaves the dataset's text, as the first view's binary read and checked it, for the
/// whole graphic's binary (`window.jingjinBoot.datasetText`): it reads the same text
/// instead of downloading the file again. Held here until [`call`] asks for that binary:
/// turning the text into a JS string costs some 8 ms at 4x CPU, which the first view's
/// way to ready need not pay.
pub fn leave_dataset_text(text: String) {
    HELD_TEXT.with(|held| *held.borrow_mut() = Some(text));
}

/// The dataset's text left by the first view (see [`leave_dataset_text`]), taken once.
pub fn take_dataset_text() -> Option<String> {
    take("datasetText")?.as_string()
}

/// Resolves once the map's markup has been parsed whole (`window.jingjinBoot.mapParsed`),
/// which may be well before the rest of the page is; without `boot.js`, once the page is.
pub async fn map_parsed() {
    let promise = boot_object()
        .and_then(|boot| js_sys::Reflect::get(&boot, &JsValue::from_str("mapParsed")).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    match promise {
        Some(promise) => {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        }
        None => super::parsed().await,
    }
}

/// Sets `window.jingjinBoot[key]`, for the other binary to [`take`].
fn leave(key: &str, value: &JsValue) {
    if let Some(boot) = boot_object() {
        let _ = js_sys::Reflect::set(&boot, &JsValue::from_str(key), value);
    }
}

/// Reads and removes `window.jingjinBoot[key]`: what one binary left, taken once.
fn take(key: &str) -> Option<JsValue> {
    let boot = boot_object()?;
    let key = JsValue::from_str(key);
    let value = js_sys::Reflect::get(&boot, &key)
        .ok()
        .filter(|v| !v.is_undefined())?;
    let _ = js_sys::Reflect::delete_property(boot.unchecked_ref::<js_sys::Object>(), &key);
    Some(value)
}

/// `window.jingjinBoot`, if `boot.js` is on the page.
fn boot_object() -> Option<JsValue> {
    js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("jingjinBoot"))
        .ok()
        .filter(JsValue::is_object)
}
