//! Downloads made in the page: CSV and SVG as files, PNG by drawing the SVG on a canvas.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

fn blob(content: &str, mime: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &options)
}

fn save(url: &str, filename: &str) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let a: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(url);
    a.set_download(filename);
    a.set_attribute("hidden", "")?;
    let body = gloo::utils::body();
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    Ok(())
}

/// Saves `content` as a file named `filename`.
pub fn text_file(filename: &str, mime: &str, content: &str) -> Result<(), String> {
    let run = || -> Result<(), JsValue> {
        let url = Url::create_object_url_with_blob(&blob(content, mime)?)?;
        save(&url, filename)?;
        Url::revoke_object_url(&url)?;
        Ok(())
    };
    run().map_err(|e| format!("download failed: {e:?}"))
}

/// Saves a standalone SVG as a PNG at `scale` times its size.
pub fn png_from_svg(
    filename: &str,
    svg: &str,
    width: f64,
    height: f64,
    scale: f64,
) -> Result<(), String> {
    let run = || -> Result<(), JsValue> {
        let url = Url::create_object_url_with_blob(&blob(svg, "image/svg+xml")?)?;
        let image = HtmlImageElement::new()?;
        let name = filename.to_owned();
        let img = image.clone();
        let svg_url = url.clone();
        let onload = Closure::once(move || {
            let draw = || -> Result<(), JsValue> {
                let canvas: HtmlCanvasElement = gloo::utils::document()
                    .create_element("canvas")?
                    .dyn_into()?;
                canvas.set_width((width * scale).round() as u32);
                canvas.set_height((height * scale).round() as u32);
                let ctx: web_sys::CanvasRenderingContext2d = canvas
                    .get_context("2d")?
                    .ok_or_else(|| JsValue::from_str("no 2d context"))?
                    .dyn_into()?;
                ctx.scale(scale, scale)?;
                ctx.draw_image_with_html_image_element(&img, 0.0, 0.0)?;
                let data = canvas.to_data_url_with_type("image/png")?;
                save(&data, &name)?;
                Url::revoke_object_url(&svg_url)?;
                Ok(())
            };
            if let Err(e) = draw() {
                gloo::console::error!(format!("PNG download failed: {e:?}"));
            }
        });
        image.set_onload(Some(onload.as_ref().unchecked_ref()));
        onload.forget();
        image.set_src(&url);
        Ok(())
    };
    run().map_err(|e| format!("download failed: {e:?}"))
}
