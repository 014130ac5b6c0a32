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
    let window = gloo::utils::window();
    let boot = js_sys::Reflect::get(&window, &JsValue::from_str("jingjinBoot")).ok()?;
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

/// Calls `window.jingjinBoot[name]()` if `boot.js` offers it: `mapReady` (the first view
/// answers; load the rest when it is wanted) or `loadWhole` (the first view could not
/// start; load the whole graphic now).
pub fn call(name: &str) {
    let window = gloo::utils::window();
    let Ok(boot) = js_sys::Reflect::get(&window, &JsValue::from_str("jingjinBoot")) else {
        return;
    };
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
    let Ok(boot) = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("jingjinBoot"))
    else {
        return;
    };
    if !boot.is_object() {
        return;
    }
    let list = js_sys::Array::new();
    for e in errors {
        let item = js_sys::Array::of3(
            &JsValue::from_str(&e.file),
            &JsValue::from_str(&e.path),
            &JsValue::from_str(&e.expected),
        );
        list.push(&item);
    }
    let _ = js_sys::Reflect::set(&boot, &JsValue::from_str("failure"), &list);
}

/// The errors the first view left (see [`leave_failure`]), taken once.
pub fn take_failure() -> Option<Vec<crate::core::error::DataError>> {
    let boot = js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("jingjinBoot"))
        .ok()
        .filter(JsValue::is_object)?;
    let key = JsValue::from_str("failure");
    let list: js_sys::Array = js_sys::Reflect::get(&boot, &key).ok()?.dyn_into().ok()?;
    let _ = js_sys::Reflect::delete_property(boot.unchecked_ref::<js_sys::Object>(), &key);
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

/// Leaves the dataset's text, as the first view's binary read and checked it, for the
/// whole graphic's binary (`window.jingjinBoot.datasetText`): it reads the same text
/// instead of downloading the file again.
pub fn leave_dataset_text(text: &str) {
    if let Some(boot) = boot_object() {
        let _ = js_sys::Reflect::set(&boot, &JsValue::from_str("datasetText"), &text.into());
    }
}

/// The dataset's text left by the first view (see [`leave_dataset_text`]), taken once.
pub fn take_dataset_text() -> Option<String> {
    let boot = boot_object()?;
    let key = JsValue::from_str("datasetText");
    let text = js_sys::Reflect::get(&boot, &key).ok()?.as_string()?;
    let _ = js_sys::Reflect::delete_property(boot.unchecked_ref::<js_sys::Object>(), &key);
    Some(text)
}

/// `window.jingjinBoot`, if `boot.js` is on the page.
fn boot_object() -> Option<JsValue> {
    js_sys::Reflect::get(&gloo::utils::window(), &JsValue::from_str("jingjinBoot"))
        .ok()
        .filter(JsValue::is_object)
}
