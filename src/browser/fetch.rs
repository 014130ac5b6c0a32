//! Fetching a data file: within a time limit and a size limit, refusing what is not JSON,
//! every failure a [`DataError`] in words an editor can act on.

use std::rc::Rc;

use crate::core::error::DataError;

/// How long one file may take, headers and body, before its fetch is abandoned with a
/// message (and the Retry button). A 10-second response still arrives; a server that never
/// answers costs the reader 15 seconds, not a spinner for ever.
pub const FETCH_TIMEOUT_MS: u32 = 15_000;

/// After this long without data, the loading message says the connection seems slow.
pub const SLOW_AFTER_MS: u32 = 4_000;

/// Content types accepted for a data file. JSON's own, and the generic ones that static
/// servers send for files they do not know (the body is checked as JSON anyway); a web
/// page, a script or an image under the data file's name is refused before it is read.
fn acceptable_type(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    essence.is_empty()
        || essence == "application/json"
        || essence == "text/json"
        || (essence.starts_with("application/") && essence.ends_with("+json"))
        || essence == "text/plain"
        || essence == "application/octet-stream"
}

/// Fetches `file` (a path such as `data/dataset.json`) relative to `base` (empty for the
/// page itself; the script embed passes its own folder) as bytes, within
/// [`FETCH_TIMEOUT_MS`] and `max_bytes`. `fresh` asks caches to revalidate (a retry). Every
/// way this can fail becomes a [`DataError`] naming `file` and saying what happened in
/// words an editor can act on.
pub async fn fetch_bytes(
    base: &str,
    file: &str,
    max_bytes: usize,
    fresh: bool,
) -> Result<Vec<u8>, DataError> {
    use gloo::net::http::Request;
    use std::cell::Cell;
    let fail = |what: String| DataError::new(file, "", what);
    let url = format!("{base}{file}");
    // The page's own file may have been asked for by `boot.js` already, at the start (a
    // retry asks afresh).
    let early = if fresh || !base.is_empty() {
        None
    } else {
        super::boot::take_early_fetch(file)
    };
    // The timer aborts the request (headers or body) and marks why; dropping it at the
    // end of this function cancels it.
    let controller = match &early {
        Some((_, c)) => Some(c.clone()),
        None => web_sys::AbortController::new().ok(),
    };
    let timed_out = Rc::new(Cell::new(false));
    let _timer = controller.clone().map(|c| {
        let timed_out = timed_out.clone();
        gloo::timers::callback::Timeout::new(FETCH_TIMEOUT_MS, move || {
            timed_out.set(true);
            c.abort();
        })
    });
    let late = || {
        fail(format!(
            "did not arrive within {} seconds: the connection is slow or broken",
            FETCH_TIMEOUT_MS / 1000
        ))
    };
    let sent = match early {
        Some((promise, _)) => wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map_err(|e| js_message(&e))
            .and_then(|r| {
                wasm_bindgen::JsCast::dyn_into::<web_sys::Response>(r)
                    .map(gloo::net::http::Response::from)
                    .map_err(|_| "not a response".to_owned())
            }),
        None => {
            let signal = controller.as_ref().map(|c| c.signal());
            let mut request = Request::get(&url).abort_signal(signal.as_ref());
            if fresh {
                request = request.cache(web_sys::RequestCache::NoCache);
            }
            request.send().await.map_err(|e| e.to_string())
        }
    };
    let response = sent.map_err(|e| {
        if timed_out.get() {
            late()
        } else {
            // The browser hides the reason from the page (a security rule): say what it
            // usually is.
            fail(format!(
                "could not be fetched ({e}): the browser does not say why; usually the \
                 connection is down, the file is on another site that does not allow this page \
                 to read it (CORS), or its address redirects in a loop"
            ))
        }
    })?;
    let status = response.status();
    if !(200..300).contains(&status) {
        // Not read: an error page is not worth the reader's data.
        return Err(fail(format!(
            "expected the file, but the server answered {status} {}",
            response.status_text()
        )));
    }
    let headers = response.headers();
    let content_type = headers.get("content-type").unwrap_or_default();
    if !acceptable_type(&content_type) {
        let shown: String = content_type.chars().take(60).collect();
        return Err(fail(format!(
            "expected JSON, but the server sent {shown:?}{}",
            if shown.contains("html") {
                " (a web page: is the file missing, or is a login or error page in the way?)"
            } else {
                ""
            }
        )));
    }
    let announced = headers
        .get("content-length")
        .and_then(|n| n.trim().parse::<u64>().ok());
    // Content-Length counts compressed bytes; only a size too big even compressed is
    // refused before the download.
    if let Some(n) = announced.filter(|&n| n > max_bytes as u64) {
        return Err(fail(format!(
            "expected a file of at most {} KB, found {} KB",
            max_bytes / 1024,
            n.div_ceil(1024)
        )));
    }
    let broke = |e: String| {
        if timed_out.get() {
            late()
        } else {
            fail(format!(
                "the download broke off before the end ({e}): the connection was interrupted, \
                 or the server labelled the file as compressed (Content-Encoding) when it was not"
            ))
        }
    };
    let body = match response.body() {
        // Read piece by piece and stopped at the limit, whatever the headers said: a small
        // compressed body can inflate to gigabytes, and wasm memory never shrinks.
        Some(stream) => read_capped(stream, max_bytes)
            .await
            .map_err(|e| match e {
                Capped::TooBig => {
                    if let Some(c) = &controller {
                        c.abort();
                    }
                    fail(format!(
                        "expected a file of at most {} KB, but it goes on past that (reading stopped there)",
                        max_bytes / 1024
                    ))
                }
                Capped::Broke(e) => broke(e),
            })?,
        None => response.binary().await.map_err(|e| broke(e.to_string()))?,
    };
    let start = body.iter().position(|b| !b.is_ascii_whitespace());
    if start.and_then(|i| body.get(i)) == Some(&b'<') {
        return Err(fail(
            "expected JSON, but the server sent a web page (is the file missing or misnamed?)"
                .to_owned(),
        ));
    }
    Ok(body)
}

/// What a JS failure says: an `Error`'s message, or the string thrown.
fn js_message(e: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// Why a capped read stopped.
enum Capped {
    TooBig,
    Broke(String),
}

/// The stream's bytes, read chunk by chunk; stops (and cancels the stream) as soon as they
/// pass `max_bytes`, so no more than one chunk past the limit is ever held.
async fn read_capped(stream: web_sys::ReadableStream, max_bytes: usize) -> Result<Vec<u8>, Capped> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let reader: web_sys::ReadableStreamDefaultReader = stream
        .get_reader()
        .dyn_into()
        .map_err(|_| Capped::Broke("the body could not be read".to_owned()))?;
    let mut body = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|e| Capped::Broke(js_message(&e)))?;
        let field = |k: &str| js_sys::Reflect::get(&chunk, &k.into()).unwrap_or_default();
        if field("done").is_truthy() {
            return Ok(body);
        }
        let Ok(bytes) = field("value").dyn_into::<js_sys::Uint8Array>() else {
            return Err(Capped::Broke("the body was not bytes".to_owned()));
        };
        if body.len() + bytes.length() as usize > max_bytes {
            let _ = reader.cancel();
            return Err(Capped::TooBig);
        }
        let start = body.len();
        body.resize(start + bytes.length() as usize, 0);
        if let Some(dst) = body.get_mut(start..) {
            bytes.copy_to(dst);
        }
    }
}
