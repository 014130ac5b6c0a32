//! The panic hook: a panic replaces every root of the graphic with a readable error.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::core::locale::Locale;
use crate::core::strings::strings;

thread_local! {
    /// Every element the app renders into (the page's `#jj-app`, each script embed's mount):
    /// what the panic hook replaces.
    static ROOTS: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    /// The reload button's listener, made before anything can panic.
    static RELOAD: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

static HOOK: std::sync::Once = std::sync::Once::new();

/// Installs the panic hook (once) and remembers `root` as an element to replace.
///
/// Release builds abort on panic (`panic = "abort"`; wasm32 always aborts): the hook runs
/// first, and is the last Rust code that runs. It logs the panic to the console and
/// replaces every root with a readable error in the root's language (`role="alert"`, a
/// Reload button), instead of leaving a frozen graphic that no longer answers clicks.
pub fn guard(root: Option<&web_sys::Element>) {
    HOOK.call_once(|| {
        let reload = Closure::<dyn Fn()>::new(|| {
            let _ = gloo::utils::window().location().reload();
        });
        let reload: js_sys::Function = reload.into_js_value().unchecked_into();
        RELOAD.with(|r| {
            if let Ok(mut r) = r.try_borrow_mut() {
                *r = Some(reload);
            }
        });
        // Through Yew, so that its renderer does not put its own hook in place of this one.
        yew::set_custom_panic_hook(Box::new(|info| on_panic(&info.to_string())));
    });
    install_hook();
    if let Some(root) = root {
        ROOTS.with(|roots| {
            if let Ok(mut roots) = roots.try_borrow_mut() {
                roots.retain(|r| r.is_connected());
                roots.push(root.clone());
            }
        });
    }
}

/// (Re)installs the hook. Called again after every render and hydration: Yew's renderer
/// may put its own console-only hook in place when it starts.
pub fn install_hook() {
    std::panic::set_hook(Box::new(|info| on_panic(&info.to_string())));
}

fn on_panic(message: &str) {
    web_sys::console::error_1(&format!("jingjin: the graphic stopped: {message}").into());
    let roots = ROOTS.with(|r| r.try_borrow().map(|r| r.clone()).unwrap_or_default());
    let reload = RELOAD.with(|r| r.try_borrow().ok().and_then(|r| r.clone()));
    for root in roots {
        let _ = show_crash(&root, reload.as_ref());
    }
}

/// Replaces `root`'s content with the error box (plain DOM calls: Yew is not to be trusted
/// after a panic).
fn show_crash(root: &web_sys::Element, reload: Option<&js_sys::Function>) -> Option<()> {
    let doc = root.owner_document()?;
    let tag = root
        .query_selector(".jj[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .or_else(|| doc.document_element()?.get_attribute("lang"));
    let locale = tag.and_then(|t| Locale::from_tag(&t)).unwrap_or_default();
    let s = strings(locale);
    let el = |name: &str, class: &str, text: &str| -> Option<web_sys::Element> {
        let e = doc.create_element(name).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        e.set_text_content(Some(text));
        Some(e)
    };
    let wrapper = el("div", "jj", "")?;
    wrapper.set_attribute("data-state", "error").ok()?;
    wrapper.set_attribute("lang", locale.tag()).ok()?;
    let alert = el("div", "jj__error jj-crash", "")?;
    alert.set_attribute("role", "alert").ok()?;
    let title = el("h2", "jj__error-title", s.crash_title)?;
    alert.append_child(&title).ok()?;
    let help = el("p", "", s.crash_help)?;
    alert.append_child(&help).ok()?;
    let button = el("button", "jj__button", s.reload)?;
    button.set_attribute("type", "button").ok()?;
    button.set_attribute("data-jj-reload", "").ok()?;
    if let Some(reload) = reload {
        button
            .add_event_listener_with_callback("click", reload)
            .ok()?;
    }
    alert.append_child(&button).ok()?;
    wrapper.append_child(&alert).ok()?;
    root.replace_children_with_node_1(&wrapper);
    Some(())
}

/// Panics on purpose, to prove the hook (browser tests call it from the module). It does
/// nothing a host page's script could not do anyway: remove the graphic.
#[wasm_bindgen]
#[allow(clippy::panic)]
pub fn panic_for_test() {
    panic!("a test asked the graphic to stop");
}
