//! The browser entry point: reads the state from the address and mounts the app into
//! `#jj-app` (or `<body>`).

use jingjin_aid::browser::{detect_locale, history};
use jingjin_aid::core::url::from_hash;
use jingjin_aid::ui::app::{App, AppProps};

fn main() {
    let ambient = detect_locale();
    let (state, _) = from_hash(&history::hash(), ambient);
    let props = AppProps {
        state: Some(state),
        ambient,
        ..AppProps::default()
    };
    match gloo::utils::document().get_element_by_id("jj-app") {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}
