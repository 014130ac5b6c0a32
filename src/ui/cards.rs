//! The headline figures of the article as cards, each with its label and period.

use yew::prelude::*;

use super::Shared;
use crate::core::locale::Locale;
use crate::core::model::Dataset;
use crate::core::page_text::{bare, readable};
use crate::core::strings::{fill, strings};

#[derive(PartialEq)]
pub struct CardsProps {
    pub data: Shared<Dataset>,
    pub locale: Locale,
}

/// One card: the big number, what it counts, and an optional second line.
struct Card {
    id: &'static str,
    value: String,
    label: String,
    sub: Option<String>,
}

fn cards(d: &Dataset, locale: Locale) -> Vec<Card> {
    let s = strings(locale);
    let fig = |id: &str| d.figure(id);
    let mut out = Vec::new();
    let simple = |id: &'static str| {
        fig(id).map(|f| Card {
            id,
            value: readable(f, locale),
            label: f.label.get(locale).to_owned(),
            sub: None,
        })
    };
    out.extend(simple("fiscal_aid"));
    out.extend(simple("aid_projects"));
    if let (Some(inv), Some(ent)) = (fig("enterprise_investment"), fig("investing_enterprises")) {
        out.push(Card {
            id: "enterprise_investment",
            value: readable(inv, locale),
            label: inv.label.get(locale).to_owned(),
            sub: Some(fill(s.card_investment_sub, &[&bare(ent, locale)])),
        });
    }
    out.extend(simple("cadres_and_staff"));
    out
}

pub fn card_grid(props: &CardsProps) -> Html {
    let d = &props.data;
    html! {
        <ul class="cards">
            { for cards(d, props.locale).into_iter().map(|c| html! {
                <li class="cards__card" data-figure={c.id}>
                    <span class="cards__value">{ c.value }</span>
                    <span class="cards__label">{ c.label }</span>
                    if let Some(sub) = c.sub { <span class="cards__sub">{ sub }</span> }
                </li>
            }) }
        </ul>
    }
}
