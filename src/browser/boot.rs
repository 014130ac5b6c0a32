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
