//! The selected county's facts, each with its sources and confidence. Unknown values say
//! "unknown"; conflicting values are shown side by side, never resolved.

use yew::prelude::*;

use super::Shared;
use super::compare::toggle_label;
use super::refs::{SourceRefsProps, confidence_badge, source_refs};
use super::store::{use_view, whole};
use crate::core::format::{Style, amount};
use crate::core::locale::Locale;
use crate::core::model::{Dataset, Fact, Pairing};
use crate::core::page_text::count;
use crate::core::state::{Action, CompareMode};
use crate::core::strings::{Strings, fill, strings};

#[derive(Properties, PartialEq)]
pub struct DetailsProps {
    pub data: Shared<Dataset>,
}

#[component]
pub fn Details(props: &DetailsProps) -> Html {
    let Some(state) = use_view(whole) else {
        return html! {};
    };
    let locale = state.locale;
    let s = strings(locale);
    let d = &props.data;
    let Some(county) = state.selected.as_deref().and_then(|code| d.county(code)) else {
        return html! {
            <aside class="details details--empty">
                <p class="details__hint">{ s.details_hint }</p>
            </aside>
        };
    };
    let close = {
        let state = state.clone();
        Callback::from(move |e: MouseEvent| {
            // Back to the map, where the county was picked.
            crate::browser::refocus(&e, ".map", &[".map__frame"]);
            state.dispatch(Action::Clear)
        })
    };
    let picked = state.picked.contains(&county.code);
    let toggle_compare = {
        let state = state.clone();
        let code = county.code.clone();
        Callback::from(move |_: MouseEvent| {
            if !picked {
                state.dispatch(Action::SetMode(CompareMode::Counties));
            }
            state.dispatch(Action::Pick(code.clone()));
        })
    };
    let city = d
        .city(&county.city)
        .map(|c| c.name.get(locale))
        .unwrap_or_default();
    // The bare number: the templates carry their own measure word ("属于{0}个受援县").
    let paired_n = count(d, "paired_counties", locale);
    html! {
        <aside class="details" data-code={county.code.clone()}>
            <header class="details__head">
                <h3 class="details__name">{ county.name.get(locale) }</h3>
                <button type="button" class="details__close" onclick={close}>
                    <span aria-hidden="true">{ "×" }</span><span class="visually-hidden">{ s.close }</span>
                </button>
                <p class="details__meta">
                    { format!("{city} · {} · {}", s.kind_name(county.kind), county.code) }
                </p>
            </header>
            {
                match &county.pairing {
                    Some(p) => pairing_facts(&props.data, p, locale, s, &paired_n),
                    None => html! { <p class="details__unpaired">{ fill(s.not_paired, &[&paired_n]) }</p> },
                }
            }
            <p class="details__actions">
                <button type="button" class="jj__button details__compare" aria-pressed={if picked { "true" } else { "false" }}
                        onclick={toggle_compare}>{ toggle_label(locale, picked) }</button>
            </p>
            if let Some(note) = &county.note {
                <p class="details__note">
                    { note.text.get(locale) }
                    { source_refs(&SourceRefsProps { data: props.data.clone(), ids: note.sources.clone(), locale }) }
                </p>
            }
        </aside>
    }
}

fn pairing_facts(
    data: &Shared<Dataset>,
    p: &Pairing,
    locale: Locale,
    s: &Strings,
    paired_n: &str,
) -> Html {
    let d = &**data;
    let year = |y: &u16| format!("{y}{}", s.year_suffix);
    let yes_no = |b: &bool| if *b { s.yes } else { s.no }.to_owned();
    let district = |id: &String| {
        d.district(id)
            .map(|x| x.name.get(locale).to_owned())
            .unwrap_or_else(|| id.clone())
    };
    html! {
        <>
            <dl class="facts">
                { fact_row(data, locale, s, &fill(s.membership, &[paired_n]), &p.membership, |_| s.member.to_owned()) }
                { fact_row(data, locale, s, s.partner, &p.partner, |x| s.partner_name(*x).to_owned()) }
                { fact_row(data, locale, s, s.district, &p.district, district) }
                { fact_row(data, locale, s, s.poverty_status, &p.poverty_status, |x| s.status_name(*x).to_owned()) }
                { fact_row(data, locale, s, s.deep_poverty, &p.deep_poverty, yes_no) }
                { fact_row(data, locale, s, s.exit_year, &p.exit_year, year) }
                { fact_row(data, locale, s, s.start_year, &p.start_year, year) }
            </dl>
            <h4 class="details__sub">{ s.county_figures }</h4>
            if p.figures.is_empty() {
                <p class="details__none">{ s.no_county_figures }</p>
            } else {
                <dl class="facts facts--figures">
                    { for p.figures.iter().map(|f| html! {
                        <div class="facts__row" data-figure={f.id.clone()}>
                            <dt>{ f.label.get(locale) }</dt>
                            <dd>
                                <span class="facts__value">{ amount(f.value, f.unit, None, f.qualifier, locale, Style::ExactWan) }</span>
                                <span class="facts__period">{ f.period.get(locale) }</span>
                                { confidence_badge(Some(f.confidence), locale) }
                                { source_refs(&SourceRefsProps { data: data.clone(), ids: vec![f.source.clone()], locale }) }
                                if let Some(n) = &f.note { <span class="facts__note">{ n.get(locale) }</span> }
                            </dd>
                        </div>
                    }) }
                </dl>
            }
            { for p.notes.iter().map(|n| html! {
                <p class="details__note">
                    { n.text.get(locale) }
                    { source_refs(&SourceRefsProps { data: data.clone(), ids: n.sources.clone(), locale }) }
                </p>
            }) }
        </>
    }
}

/// One fact: its value (or "unknown"), how it was established, confidence, sources, note and
/// any conflicting values.
fn fact_row<T>(
    data: &Shared<Dataset>,
    locale: Locale,
    s: &Strings,
    label: &str,
    fact: &Fact<T>,
    show: impl Fn(&T) -> String,
) -> Html {
    let value = fact.value.as_ref().map(&show);
    let unknown = value.is_none();
    html! {
        <div class={classes!("facts__row", unknown.then_some("facts__row--unknown"))}>
            <dt>{ label }</dt>
            <dd>
                <span class="facts__value">{ value.unwrap_or_else(|| s.unknown.to_owned()) }</span>
                if let Some(m) = fact.method {
                    <span class="facts__method">{ s.method_name(m) }</span>
                }
                { confidence_badge(fact.confidence, locale) }
                { source_refs(&SourceRefsProps { data: data.clone(), ids: fact.sources.clone(), locale }) }
                if let Some(n) = &fact.note { <span class="facts__note">{ n.get(locale) }</span> }
                { for fact.conflicts.iter().map(|c| html! {
                    <span class="facts__conflict">
                        { format!("{}{}{}", s.conflict, s.colon, show(&c.value)) }
                        { confidence_badge(Some(c.confidence), locale) }
                        { source_refs(&SourceRefsProps { data: data.clone(), ids: c.sources.clone(), locale }) }
                    </span>
                }) }
            </dd>
        </div>
    }
}
