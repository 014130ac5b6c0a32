//! Reads the reader's text spacing off the page (WCAG 1.4.12) for the chart layouts
//! (`core::charts::text::set_spacing`). A hidden probe inside the graphic carries whatever
//! letter and word spacing the page's style sheets, or the reader's, give its text; when
//! they change, the probe's width changes, and its observer reads them again.

use web_sys::Element;

use super::resize::{WidthWatch, watch_width};
use crate::core::charts::text::{self, Spacing};

/// The probe's font size: spacing is read in px and turned into em.
const PROBE_PX: f64 = 50.0;

/// Keeps the probe and its observer; dropping it removes both.
pub struct SpacingProbe {
    probe: Element,
    _watch: Option<WidthWatch>,
}

impl Drop for SpacingProbe {
    fn drop(&mut self) {
        self.probe.remove();
    }
}

/// `6px` as 0.12 (em of the 50 px probe); `normal`, or anything unreadable, as 0.
fn em(value: &str) -> f64 {
    value
        .strip_suffix("px")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|v| v.is_finite())
        .map_or(0.0, |px| (px / PROBE_PX * 100.0).round() / 100.0)
}

fn read(probe: &Element) {
    let Ok(Some(style)) = gloo::utils::window().get_computed_style(probe) else {
        return;
    };
    let value = |name: &str| style.get_property_value(name).unwrap_or_default();
    text::set_spacing(Spacing {
        letter: em(&value("letter-spacing")),
        word: em(&value("word-spacing")),
    });
}

/// Starts reading the spacing inside `root` (the graphic's `.jj` element).
pub fn watch(root: &Element) -> Option<SpacingProbe> {
    let probe = gloo::utils::document().create_element("span").ok()?;
    probe.set_class_name("jj-spacing-probe");
    let _ = probe.set_attribute("aria-hidden", "true");
    probe.set_text_content(Some("Aa Bb 京津"));
    root.append_child(&probe).ok()?;
    // Not read here: that would make the browser work out the page's styles in this task.
    // The observer's first call (after the next layout, before its paint) reads it; until
    // then the charts keep the spacing they were rendered with, as hydration needs.
    let watched = probe.clone();
    let watch = watch_width(&probe, move |_| read(&watched));
    Some(SpacingProbe {
        probe,
        _watch: watch,
    })
}
