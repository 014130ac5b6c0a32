//! The frame every chart sits in: title, takeaway, the SVG with a tooltip that follows the
//! mouse, a tap or the arrow keys, a table view, downloads (CSV, SVG, PNG) and the source.
//!
//! The chart itself is a pure [`ChartSpec`]; this component only shows it. Hover is local.

use yew::prelude::*;

use super::Shared;
use super::positioned::Positioned;
use super::svg::to_html;
use crate::core::charts::{ChartSpec, Mark};
use crate::core::keys::{Key, step_in_chart};
use crate::core::locale::Locale;
use crate::core::strings::{fill, strings};

#[derive(Properties, PartialEq)]
pub struct ChartFrameProps {
    pub spec: Shared<ChartSpec>,
    pub locale: Locale,
    /// Controls shown between the takeaway and the chart (toggles, pickers).
    #[prop_or_default]
    pub controls: Option<Html>,
    /// Prefix for the element ids, for a chart shown twice on one page.
    #[prop_or_default]
    pub scope: AttrValue,
    /// The chart laid out for a phone's column too, until it is laid out for its own width
    /// (see `ui::chart`): the style sheet shows it in a narrow column instead of `spec`'s.
    #[prop_or_default]
    pub narrow: Option<Shared<ChartSpec>>,
}

#[component]
pub fn ChartFrame(props: &ChartFrameProps) -> Html {
    let spec = &props.spec;
    let s = strings(props.locale);
    let active = use_state_eq(|| None::<usize>);
    let table_open = use_state_eq(|| false);
    // A key that no longer exists (after a data or language change) simply shows nothing.
    let current: Option<&Mark> = (*active).and_then(|i| spec.marks.get(i));

    let key_at = |e: &Event| -> Option<String> {
        let target = e.target_dyn_into::<web_sys::Element>()?;
        target
            .closest("[data-key]")
            .ok()??
            .get_attribute("data-key")
    };
    let index_of = {
        let spec = spec.clone();
        move |key: &str| spec.marks.iter().position(|m| m.key == key)
    };
    // Escape closes a tooltip the mouse opened, wherever the focus is (WCAG 1.4.13).
    {
        let active = active.clone();
        let open = active.is_some();
        use_effect_with(open, move |open| {
            let listener = open.then(|| crate::browser::on_escape(move || active.set(None)));
            move || drop(listener)
        });
    }
    let onmouseover = {
        let active = active.clone();
        let index_of = index_of.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(i) = key_at(&e).and_then(|k| index_of(&k)) {
                active.set(Some(i));
            }
        })
    };
    let onclick = {
        let active = active.clone();
        Callback::from(move |e: MouseEvent| active.set(key_at(&e).and_then(|k| index_of(&k))))
    };
    let onmouseleave = {
        let active = active.clone();
        Callback::from(move |_: MouseEvent| active.set(None))
    };
    let count = spec.marks.len();
    let onkeydown = {
        let active = active.clone();
        Callback::from(move |e: KeyboardEvent| {
            if count == 0 {
                return;
            }
            let Some(next) =
                Key::from_name(&e.key()).and_then(|k| step_in_chart(*active, k, count))
            else {
                return;
            };
            e.prevent_default();
            active.set(next);
        })
    };
    let onfocus = {
        let active = active.clone();
        Callback::from(move |_: FocusEvent| {
            if active.is_none() && count > 0 {
                active.set(Some(0));
            }
        })
    };
    let onblur = {
        let active = active.clone();
        Callback::from(move |_: FocusEvent| active.set(None))
    };
    let toggle_table = {
        let table_open = table_open.clone();
        Callback::from(move |_: MouseEvent| table_open.set(!*table_open))
    };

    let id = spec.id;
    let uid = if props.scope.is_empty() {
        id.to_owned()
    } else {
        format!("{}-{id}", props.scope)
    };
    let title_id = format!("chart-{uid}-title");
    let desc_id = format!("chart-{uid}-desc");
    let table_id = format!("table-{uid}");
    let end_id = format!("chart-{uid}-end");
    let svg = to_html(&spec.svg(), current.map(|m| m.key.as_str()));
    html! {
        <figure class={classes!("chart", format!("chart--{id}"))} id={format!("chart-{uid}")}>
            <figcaption class="chart__head">
                <h3 class="chart__title" id={title_id.clone()}>{ &spec.title }</h3>
                if let Some(sub) = &spec.subtitle { <p class="chart__subtitle">{ sub }</p> }
                if let Some(t) = &spec.takeaway {
                    <p class="chart__takeaway" aria-live="polite">{ t }</p>
                }
            </figcaption>
            if let Some(controls) = &props.controls { <div class="chart__controls">{ controls.clone() }</div> }
            // For reading mode, as Highcharts does: what the chart is and shows (range,
            // largest and smallest), and a link past it. The drawing is an application
            // (screen readers pass the arrow keys to it); on focus it says its title and how
            // to walk it (a description from hidden text: nothing is read twice).
            <div class="chart__sr">
                <p class="visually-hidden">{ fill(s.chart_intro, &[&spec.title]) }{ " " }{ &spec.summary }</p>
                <a class="chart__skip visually-hidden" href={format!("#{end_id}")}>{ s.chart_skip }</a>
            </div>
            <span hidden=true id={desc_id.clone()}>{ s.chart_keys }</span>
            <div class="chart__plot" tabindex="0" role="application" aria-roledescription={s.chart_role}
                 aria-labelledby={title_id} aria-describedby={desc_id}
                 {onkeydown} {onfocus} {onblur} {onmouseover} {onmouseleave} {onclick}>
                { svg }
                if let Some(narrow) = &props.narrow {
                    <div class="chart__narrow">{ to_html(&narrow.svg(), None) }</div>
                }
                if let Some(m) = current { { tip(&TipProps { mark: m.clone(), width: spec.width, height: spec.height }) } }
                <p class="chart__live" aria-live="polite">
                    { current.map(|m| format!("{}: {}", m.title, m.lines.join("; "))).unwrap_or_default() }
                </p>
            </div>
            <div class="chart__foot">
                <p class="chart__source">{ &spec.source }</p>
                <div class="chart__actions">
                    <button type="button" class="chart__button" aria-expanded={if *table_open { "true" } else { "false" }}
                            aria-controls={table_id.clone()} onclick={toggle_table}>
                        { if *table_open { s.hide_table } else { s.show_table } }
                    </button>
                    { downloads(&DownloadsProps { spec: spec.clone(), locale: props.locale }) }
                </div>
            </div>
            if *table_open { <DataTable spec={spec.clone()} id={table_id} /> }
            <span class="visually-hidden" id={end_id} tabindex="-1">{ s.chart_end }</span>
        </figure>
    }
}

struct TipProps {
    mark: Mark,
    width: f64,
    height: f64,
}

fn tip(props: &TipProps) -> Html {
    let (x, y) = props.mark.anchor;
    let left = (x / props.width * 1000.0).round() / 10.0;
    let top = (y / props.height * 1000.0).round() / 10.0;
    let side = if left > 60.0 {
        "chart__tip--left"
    } else {
        "chart__tip--right"
    };
    let tone = props
        .mark
        .tone
        .map(|t| format!("chart__tip--{}", t.fill_class()));
    html! {
        <Positioned class={classes!("chart__tip", side, tone)} {left} {top} hidden_from_readers=true>
            <strong>{ &props.mark.title }</strong>
            { for props.mark.lines.iter().map(|l| html! { <span>{ l }</span> }) }
        </Positioned>
    }
}

#[derive(Properties, PartialEq)]
struct TableProps {
    spec: Shared<ChartSpec>,
    id: String,
}

#[component]
fn DataTable(props: &TableProps) -> Html {
    let t = &props.spec.table;
    html! {
        <div class="chart__table-wrap" id={props.id.clone()}>
            <table class="chart__table">
                <caption>{ &t.title }</caption>
                <thead><tr>{ for t.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }</tr></thead>
                <tbody>
                    { for t.rows.iter().map(|row| html! {
                        <tr>{ for row.iter().enumerate().map(|(i, c)| if i == 0 {
                            html! { <th scope="row">{ c }</th> }
                        } else {
                            html! { <td>{ c }</td> }
                        }) }</tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

struct DownloadsProps {
    spec: Shared<ChartSpec>,
    locale: Locale,
}

fn downloads(props: &DownloadsProps) -> Html {
    let s = strings(props.locale);
    let click = |kind: &'static str| {
        let spec = props.spec.clone();
        let locale = props.locale;
        Callback::from(move |_: MouseEvent| download(&spec, locale, kind))
    };
    html! {
        <span class="chart__downloads" role="group" aria-label={s.download}>
            <span class="chart__downloads-label">{ s.download }</span>
            <button type="button" class="chart__button" data-download="csv" onclick={click("csv")}>{ s.download_csv }</button>
            <button type="button" class="chart__button" data-download="svg" onclick={click("svg")}>{ s.download_svg }</button>
            <button type="button" class="chart__button" data-download="png" onclick={click("png")}>{ s.download_png }</button>
        </span>
    }
}

/// The font stack written into downloaded SVG files, by language.
fn font_family(locale: Locale) -> &'static str {
    match locale {
        Locale::ZhHans => "PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif",
        Locale::ZhHant => "PingFang TC, Microsoft JhengHei, Noto Sans CJK TC, sans-serif",
        Locale::En => "Helvetica Neue, Arial, Noto Sans, sans-serif",
    }
}

#[cfg(target_arch = "wasm32")]
fn download(spec: &ChartSpec, locale: Locale, kind: &str) {
    use crate::browser::download::{png_from_svg, text_file};
    use crate::core::charts::standalone_svg;
    let stem = format!("{}-{}", spec.file_stem(), locale.tag());
    let result = match kind {
        "csv" => text_file(
            &format!("{stem}.csv"),
            "text/csv;charset=utf-8",
            &spec.table.to_csv(),
        ),
        "svg" => text_file(
            &format!("{stem}.svg"),
            "image/svg+xml;charset=utf-8",
            &standalone_svg(spec, font_family(locale)),
        ),
        _ => {
            let svg = standalone_svg(spec, font_family(locale));
            let (w, h) = crate::core::charts::standalone_size(spec);
            png_from_svg(&format!("{stem}.png"), &svg, w, h, 2.0)
        }
    };
    if let Err(e) = result {
        crate::browser::log_error(&e);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn download(_spec: &ChartSpec, locale: Locale, _kind: &str) {
    let _ = font_family(locale);
}
