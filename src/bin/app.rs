//! The browser entry point: mounts the app into `#jj-app` (or `<body>`).

use jingjin_aid::browser::detect_locale;
use jingjin_aid::ui::app::{App, AppProps};

fn main() {
    let props = AppProps {
        bundle: None,
        errors: None,
        locale: Some(detect_locale()),
    };
    let root = gloo::utils::document().get_element_by_id("jj-app");
    match root {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}
