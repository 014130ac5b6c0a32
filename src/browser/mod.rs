//! All browser glue in one place: fetching the data files, the console, downloads, element
//! sizes and (see `history`) the URL. Components call these; nothing else in the crate
//! touches those browser APIs.

pub mod download;
pub mod history;
pub mod resize;

use crate::core::error::DataError;

/// Fetches `file` (a path relative to the page) as text. Every way this can fail becomes a
/// [`DataError`] that says what happened in words an editor can act on.
pub async fn fetch_text(file: &str) -> Result<String, DataError> {
    use gloo::net::http::Request;
    let fail = |what: String| DataError::new(file, "", what);
    let response = Request::get(file)
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
