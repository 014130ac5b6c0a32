//! All browser glue in one place: fetching the data files, the console, downloads, element
//! sizes and (see `history`) the URL. Components call these; nothing else in the crate
//! touches those browser APIs.

pub mod download;
pub mod history;
pub mod resize;

use crate::core::error::DataError;

/// Fetches `file` (a path such as `data/dataset.json`) relative to `base` (empty for the
/// page itself; the script embed passes its own folder) as text. Every way this can fail
/// becomes a [`DataError`] naming `file` and saying what happened in words an editor can
/// act on.
pub async fn fetch_text(base: &str, file: &str) -> Result<String, DataError> {
    use gloo::net::http::Request;
    let fail = |what: String| DataError::new(file, "", what);
    let url = format!("{base}{file}");
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| fail(format!("could not be fetched (network error: {e})")))?;
    let status = response.status();
    let body = response
        .text()
        .await
        .map_err(|e| fail(format!("the download broke off before the end ({e})")))?;
    if !(200..300).contains(&status) {
        return Err(fail(format!(
            "expected the file, but the server answered {status} {}",
            response.status_text()
        )));
    }
    if body.trim_start().starts_with('<') {
        return Err(fail(
            "expected JSON, but the server sent a web page (is the file missing or misnamed?)"
                .to_owned(),
        ));
    }
    Ok(body)
}

/// Writes each error to the browser console, so editors see the same words as readers.
pub fn log_errors(errors: &[DataError]) {
    for e in errors {
        gloo::console::error!(e.to_string());
    }
}

/// Marks the page's language, so screen readers and fonts follow the reader's choice.
pub fn set_document_lang(tag: &str) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", tag);
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

/// Both data files, fetched in parallel and checked; see [`Bundle::from_texts`].
pub async fn load_bundle(base: &str) -> Result<crate::core::bundle::Bundle, Vec<DataError>> {
    load_bundle_with_fingerprint(base).await.0
}

/// As [`load_bundle`], with the fingerprint of the two texts when both arrived.
pub async fn load_bundle_with_fingerprint(
    base: &str,
) -> (
    Result<crate::core::bundle::Bundle, Vec<DataError>>,
    Option<String>,
) {
    use crate::core::bundle::{Bundle, DATASET_FILE, GEOMETRY_FILE, fingerprint};
    let (dataset, geometry) = futures::join!(
        fetch_text(base, DATASET_FILE),
        fetch_text(base, GEOMETRY_FILE)
    );
    let printed = match (&dataset, &geometry) {
        (Ok(d), Ok(g)) => Some(fingerprint(d, g)),
        _ => None,
    };
    let result = Bundle::from_texts(dataset, geometry);
    match &result {
        Ok(bundle) => {
            if let Err(errors) = &bundle.map {
                log_errors(errors);
            }
        }
        Err(errors) => log_errors(errors),
    }
    (result, printed)
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
