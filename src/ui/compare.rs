//! The four comparisons, as tabs: Beijing vs Tianjin, city vs city, county vs county,
//! before vs after. Each states its takeaway in one generated sentence.

use yew::prelude::*;

use super::Shared;
use super::chart::Chart;
use super::refs::{SourceRefsProps, confidence_badge, source_refs};
use super::store::{story, use_view};
use crate::core::charts::cities::{self, CityMetric};
use crate::core::charts::registry::ChartKind;
use crate::core::county_compare::compare;
use crate::core::keys::{Key, step_in_tabs};
use crate::core::model::Dataset;
use crate::core::state::{Action, CompareMode, MAX_PICKED};
use crate::core::story_text::story_text;
use crate::core::strings::strings;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub data: Shared<Dataset>,
}

#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let Some(state) = use_view(story) else {
        return html! {};
    };
    let locale = state.locale;
    let t = story_text(locale);
    let mode = state.mode;
    // The tab stop follows the selected tab a frame late: a new tabindex on the focused
    // tab (the one just clicked) would make the browser lay out the page in the click's
    // task, before the new panel is even built.
    let tab_stop = use_state_eq(|| mode);
    {
        let tab_stop = tab_stop.clone();
        use_effect_with(mode, move |&mode| {
            crate::browser::after_paint(move || tab_stop.set(mode));
        });
    }
    let select = |m: CompareMode| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetMode(m)))
    };
    // Arrow keys move between tabs (and select), as in the ARIA tabs pattern.
    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            let all = CompareMode::ALL;
            let i = all.iter().position(|m| *m == mode).unwrap_or(0);
            let Some(next) = Key::from_name(&e.key())
                .and_then(|k| step_in_tabs(i, k, all.len()))
                .and_then(|j| all.get(j).copied())
            else {
                return;
            };
            e.prevent_default();
            state.dispatch(Action::SetMode(next));
            crate::browser::focus_id(&format!("tab-{}", next.id()));
        })
    };
    // A panel once built stays, hidden while another tab is selected (its layout kept, see
    // `.compare__mode--off`), so a tab switch shows a panel rather than building one. The
    // others are built one at a time when the browser is idle; the page from the server
    // holds the selected one only.
    let built = use_reducer_eq(|| Built(vec![mode]));
    {
        let built = built.clone();
        use_effect_with((mode, built.0.len()), move |&(mode, _)| {
            if !built.0.contains(&mode) {
                built.dispatch(mode);
            } else if let Some(&next) = CompareMode::ALL.iter().find(|m| !built.0.contains(m)) {
                let add = built.dispatcher();
                crate::browser::when_idle(move || add.dispatch(next));
            }
        });
    }
    let panel = |m: CompareMode| match m {
        CompareMode::Partners => html! { <PartnersPanel data={props.data.clone()} /> },
        CompareMode::Cities => html! { <CitiesPanel data={props.data.clone()} /> },
        CompareMode::Counties => html! { <CountiesPanel data={props.data.clone()} /> },
    };
    html! {
        <div class="compare">
            <div class="tabs" role="tablist" aria-label={t.heading(crate::core::state::Section::Compare)} {onkeydown}>
                { for CompareMode::ALL.iter().map(|&m| {
                    let selected = m == mode;
                    html! {
                        <button type="button" role="tab" class="tabs__tab" id={format!("tab-{}", m.id())}
                                aria-selected={if selected { "true" } else { "false" }}
                                aria-controls="compare-panel" tabindex={if m == *tab_stop { "0" } else { "-1" }}
                                data-mode={m.id()} onclick={select(m)}>
                            { t.mode(m) }
                        </button>
                    }
                }) }
            </div>
            <div class="compare__panel" role="tabpanel" id="compare-panel" aria-labelledby={format!("tab-{}", mode.id())}>
                { for CompareMode::ALL.iter().filter(|m| **m == mode || built.0.contains(m)).map(|&m| html! {
                    <div key={m.id()} data-mode={m.id()}
                         class={classes!("compare__mode", (m != mode).then_some("compare__mode--off"))}>
                        { panel(m) }
                    </div>
                }) }
            </div>
        </div>
    }
}

/// The comparison panels built so far, in the order they were.
#[derive(PartialEq)]
struct Built(Vec<CompareMode>);

impl Reducible for Built {
    type Action = CompareMode;

    fn reduce(self: std::rc::Rc<Self>, mode: CompareMode) -> std::rc::Rc<Self> {
        if self.0.contains(&mode) {
            return self;
        }
        std::rc::Rc::new(Built([&self.0[..], &[mode]].concat()))
    }
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    data: Shared<Dataset>,
}

#[component]
fn PartnersPanel(props: &PanelProps) -> Html {
    let Some(state) = use_view(story) else {
        return html! {};
    };
    let locale = state.locale;
    let t = story_text(locale);
    let d = &props.data;
    let set_shares = |v: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetShares(v)))
    };
    let on_metric = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                state.dispatch(Action::SetMetric(select.value()));
            }
        })
    };
    let split: Vec<_> = d.figures.iter().filter(|f| f.split.is_some()).collect();
    let focus = state
        .metric
        .clone()
        .or_else(|| split.first().map(|f| f.id.clone()));
    let controls = html! {
        <>
            <div class="toggle" role="group" aria-label={format!("{} / {}", t.absolute, t.shares)}>
                <button type="button" class="toggle__button" aria-pressed={if state.shares { "false" } else { "true" }}
                        onclick={set_shares(false)}>{ t.absolute }</button>
                <button type="button" class="toggle__button" aria-pressed={if state.shares { "true" } else { "false" }}
                        onclick={set_shares(true)}>{ t.shares }</button>
            </div>
            <label class="picker">
                <span class="picker__label">{ t.metric }</span>
                <select class="picker__select" onchange={on_metric}>
                    { for split.iter().map(|f| html! {
                        <option value={f.id.clone()} selected={focus.as_deref() == Some(f.id.as_str())}>
                            { f.label.get(locale) }
                        </option>
                    }) }
                </select>
            </label>
        </>
    };
    html! {
        <Chart data={props.data.clone()} {locale} controls={controls}
               kind={ChartKind::Partners { shares: state.shares, focus }} />
    }
}

#[component]
fn CitiesPanel(props: &PanelProps) -> Html {
    let Some(state) = use_view(story) else {
        return html! {};
    };
    let locale = state.locale;
    let t = story_text(locale);
    let metric = state
        .city_metric
        .as_deref()
        .and_then(CityMetric::from_id)
        .unwrap_or(CityMetric::ALL[0]);
    let on_metric = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                state.dispatch(Action::SetCityMetric(select.value()));
            }
        })
    };
    let controls = html! {
        <label class="picker">
            <span class="picker__label">{ t.city_metric }</span>
            <select class="picker__select" onchange={on_metric}>
                { for CityMetric::ALL.iter().map(|m| html! {
                    <option value={m.id()} selected={*m == metric}>{ cities::label(*m, locale) }</option>
                }) }
            </select>
        </label>
    };
    html! {
        <Chart data={props.data.clone()} {locale} controls={controls} kind={ChartKind::Cities { metric }} />
    }
}

#[component]
fn CountiesPanel(props: &PanelProps) -> Html {
    let Some(state) = use_view(story) else {
        return html! {};
    };
    let locale = state.locale;
    let s = strings(locale);
    let t = story_text(locale);
    let d = &props.data;
    let cmp = compare(d, &state.picked, locale);
    // Every cell cites its own sources: the article is not this table's source.
    let source = t.compare_sources.to_owned();
    let download = {
        let table = cmp.table(t.compare_table_title, &source, t.fact);
        Callback::from(move |_: MouseEvent| save_csv(&table.to_csv()))
    };
    html! {
        <div class="counties">
            <CountyPicker data={props.data.clone()} />
            // Always there, empty until two counties are picked: a live region announces
            // changes to its content, not its own arrival.
            <p class={classes!("chart__takeaway", "counties__takeaway", cmp.takeaway.is_none().then_some("counties__takeaway--empty"))}
               id="counties-takeaway" aria-live="polite">
                { cmp.takeaway.clone().unwrap_or_default() }
            </p>
            if cmp.codes.len() >= 2 {
                <div class="counties__scroll">
                    <table class="counties__table">
                        <caption>{ t.compare_table_title }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t.fact }</th>
                                { for cmp.names.iter().map(|n| html! { <th scope="col">{ n }</th> }) }
                            </tr>
                        </thead>
                        <tbody>
                            { for cmp.rows.iter().map(|row| html! {
                                <tr data-fact={row.key}>
                                    <th scope="row">{ &row.label }</th>
                                    { for row.cells.iter().map(|c| html! {
                                        <td class={classes!((!c.known).then_some("counties__cell--unknown"))}>
                                            <span class="counties__value">{ &c.text }</span>
                                            { confidence_badge(c.confidence, locale) }
                                            { source_refs(&SourceRefsProps { data: props.data.clone(), ids: c.sources.clone(), locale }) }
                                        </td>
                                    }) }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </div>
                <div class="chart__foot">
                    <p class="chart__source">{ source }</p>
                    <div class="chart__actions">
                        <button type="button" class="chart__button" data-download="csv" onclick={download}>{ s.download_csv }</button>
                    </div>
                </div>
            }
        </div>
    }
}

#[cfg(target_arch = "wasm32")]
fn save_csv(csv: &str) {
    if let Err(e) =
        crate::browser::download::text_file("jingjin-counties.csv", "text/csv;charset=utf-8", csv)
    {
        crate::browser::log_error(&e);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn save_csv(_csv: &str) {}

/// Search the 51 units by name in any of the three languages, add up to four, remove any.
#[component]
fn CountyPicker(props: &PanelProps) -> Html {
    let query = use_state(String::new);
    let Some(state) = use_view(story) else {
        return html! {};
    };
    let locale = state.locale;
    let t = story_text(locale);
    let d = &props.data;
    // Case matters only in the English names, which are ASCII (and ASCII case mapping keeps
    // Unicode's case tables out of the WebAssembly).
    let q = query.trim().to_ascii_lowercase();
    let mut sorted: Vec<_> = d
        .counties
        .iter()
        .filter(|c| !state.picked.contains(&c.code))
        .filter(|c| {
            q.is_empty()
                || c.name
                    .each()
                    .iter()
                    .any(|(_, n)| n.to_ascii_lowercase().contains(&q))
                || c.code.starts_with(&q)
        })
        .collect();
    // Paired counties first: they are what readers compare.
    crate::core::sort::sort_by(&mut sorted, |a, b| {
        (a.pairing.is_none(), &a.code) < (b.pairing.is_none(), &b.code)
    });
    let shown: Vec<_> = sorted
        .into_iter()
        .take(if q.is_empty() { 8 } else { 12 })
        .collect();
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                query.set(input.value());
            }
        })
    };
    // Adding a county empties the search and returns to it; removing one moves to the next
    // chip's remove button (or the search): the clicked button is gone after either.
    let add = |code: String| {
        let state = state.clone();
        let query = query.clone();
        Callback::from(move |e: MouseEvent| {
            query.set(String::new());
            crate::browser::refocus(&e, ".pick", &[".pick__input"]);
            state.dispatch(Action::Pick(code.clone()))
        })
    };
    let remove = |code: String| {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            crate::browser::refocus(&e, ".pick", &[".pick__remove", ".pick__input"]);
            state.dispatch(Action::Pick(code.clone()))
        })
    };
    let clear = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            crate::browser::refocus(&e, ".pick", &[".pick__input"]);
            state.dispatch(Action::ClearPicked)
        })
    };
    html! {
        <div class="pick">
            <h3 class="pick__title">{ t.pick_title }</h3>
            <p class="pick__hint">{ if state.picked.len() >= MAX_PICKED { t.pick_full } else { t.pick_hint } }</p>
            <ul class="pick__chosen" aria-label={t.pick_title}>
                { for state.picked.iter().filter_map(|code| d.county(code)).map(|c| html! {
                    <li class="pick__chip" data-code={c.code.clone()}>
                        <span>{ c.name.get(locale) }</span>
                        // The name is text, not an aria-label: the "×" is a symbol, not a label.
                        <button type="button" class="pick__remove" onclick={remove(c.code.clone())}>
                            <span aria-hidden="true">{ "×" }</span>
                            <span class="visually-hidden">{ format!("{} {}", t.pick_remove, c.name.get(locale)) }</span>
                        </button>
                    </li>
                }) }
                if !state.picked.is_empty() {
                    <li><button type="button" class="pick__clear" onclick={clear}>{ t.pick_clear }</button></li>
                }
            </ul>
            <label class="pick__search">
                <span class="visually-hidden">{ t.pick_search }</span>
                <input type="search" class="pick__input" placeholder={t.pick_search}
                       value={(*query).clone()} {oninput} />
            </label>
            <ul class="pick__options">
                if shown.is_empty() { <li class="pick__none">{ t.pick_none }</li> }
                { for shown.iter().map(|c| html! {
                    <li>
                        <button type="button" class="pick__option" data-code={c.code.clone()} onclick={add(c.code.clone())}
                                aria-label={format!("{} {}", t.pick_add, c.name.get(locale))}>
                            <span class="pick__plus" aria-hidden="true">{ "+" }</span>{ c.name.get(locale) }
                        </button>
                    </li>
                }) }
            </ul>
        </div>
    }
}
