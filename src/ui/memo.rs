//! The decision memo: a print-ready A4 page (the browser prints it to PDF) with the summary,
//! targets, charts, every assumption with its source, what differs from the plan, the share
//! link and the engine version.

use super::app::AppContext;
use super::h::{attrs, el};
use super::results::targets_table;
use crate::i18n::Lang;
use crate::memo::{assumptions, ranges, summary, AssumptionRow};
use crate::share::{describe_changes, encode};
use yew::prelude::*;

fn today(lang: Lang) -> String {
    let date = js_sys::Date::new_0();
    let locale = match lang {
        Lang::Nl => "nl-NL",
        Lang::En => "en-GB",
    };
    date.to_locale_date_string(locale, &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

pub fn memo_view(ctx: &AppContext, on_close: Callback<MouseEvent>) -> Html {
    let state = &ctx.state.0;
    let lang = state.lang;
    let s = &state.scenario;
    let p = &ctx.projection.0;
    let link = {
        let location = web_sys::window().map(|w| w.location());
        let base = location
            .map(|l| {
                format!(
                    "{}{}",
                    l.origin().unwrap_or_default(),
                    l.pathname().unwrap_or_default()
                )
            })
            .unwrap_or_default();
        format!("{base}#{}", encode(s, state.preset_id.as_deref()))
    };
    let changes = describe_changes(s, state.preset_id.as_deref(), lang);
    let chance = crate::summary::headline(s, p, lang)
        .target_index
        .and_then(|i| {
            let mc = ctx.mc.result_for(&state.scenario)?;
            crate::summary::chance_sentence(mc, p, i, lang)
        });
    let range_rows = ranges(s, lang);
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let row_table = |head: [&'static str; 4], rows: Vec<AssumptionRow>| {
        let mut thead = el("tr", &[]);
        for h in head {
            thead = thead.e(el("th", attrs!("scope" => "col")).t(h));
        }
        let body = rows
            .into_iter()
            .map(|r| {
                el("tr", &[])
                    .e(el("th", attrs!("scope" => "row")).s(r.label))
                    .e(el("td", &[]).s(r.value))
                    .e(el("td", &[]).s(r.kind))
                    .e(el("td", attrs!("class" => "note")).s(r.note))
                    .h()
            })
            .collect();
        el("table", attrs!("class" => "memo-assumptions"))
            .e(el("thead", &[]).e(thead))
            .e(el("tbody", &[]).cs(body))
    };
    let differs = if state.preset_id.is_none() {
        el("p", &[]).t(lang.pick(
            "Dit scenario is niet op een plan gebaseerd.",
            "This scenario is not based on a plan.",
        ))
    } else if changes.is_empty() {
        el("p", &[]).t(lang.pick(
            "Niets: dit is het plan zoals het in zothuis staat.",
            "Nothing: this is the plan as zothuis holds it.",
        ))
    } else {
        el("ul", &[]).cs(changes
            .into_iter()
            .map(|c| el("li", &[]).s(c).h())
            .collect())
    };
    let ranges_section = (!range_rows.is_empty()).then(|| {
        el("section", &[])
            .e(el("h2", &[]).t(lang.pick("Bandbreedtes voor de kansberekening", "Ranges for the chances")))
            .e(el("p", &[]).t(lang.pick(
                "Elke kans en elke P10–P90-band komt uit 2.000 trekkingen: elke aanname hieronder uit een driehoeksverdeling tussen de laagste en hoogste waarde, met de waarde van het scenario als meest waarschijnlijk.",
                "Every chance and every P10–P90 band comes from 2,000 draws: each assumption below from a triangular distribution between its low and high value, with the scenario's value as most likely.")))
            .e(row_table(
                [
                    lang.pick("Aanname", "Assumption"),
                    lang.pick("Bandbreedte", "Range"),
                    lang.pick("Herkomst", "Origin"),
                    lang.pick("Bron en toelichting", "Source and note"),
                ],
                range_rows,
            ))
            .h()
    });
    el("article", attrs!("class" => "memo", "id" => "memo"))
        .e(el("div", attrs!("class" => "memo-actions"))
            .e(
                el("button", attrs!("type" => "button", "id" => "memo-print"))
                    .click(print)
                    .t(lang.pick("Afdrukken of als PDF bewaren", "Print or save as PDF")),
            )
            .e(el(
                "button",
                attrs!("type" => "button", "class" => "small", "id" => "memo-close"),
            )
            .click(on_close)
            .t(lang.pick("Terug naar de planner", "Back to the planner"))))
        .e(el("header", attrs!("class" => "memo-head"))
            .e(el("p", attrs!("class" => "memo-kind")).t(lang.pick(
                "Beslisnotitie — scenario jeugdzorg met verblijf",
                "Decision memo — youth care scenario",
            )))
            .e(el("h1", &[]).s(s.name.clone()))
            .e(el("p", attrs!("class" => "memo-meta")).s(format!(
                "{}: {} · {}: {} · {}: {}–{}",
                lang.pick("Regio", "Region"),
                s.region,
                lang.pick("Datum", "Date"),
                today(lang),
                lang.pick("Periode", "Period"),
                s.start_year,
                s.last_year()
            ))))
        .e(el("section", &[])
            .e(el("h2", &[]).t(lang.pick("Samenvatting", "Summary")))
            .e(el("p", attrs!("class" => "memo-summary")).s(summary(s, p, lang)))
            .opt(chance.map(|c| {
                el(
                    "p",
                    attrs!("class" => "memo-summary", "id" => "memo-chance"),
                )
                .s(format!("{c}."))
                .h()
            })))
        .e(el("section", &[]).c(targets_table(ctx)))
        .e(el("section", attrs!("class" => "memo-charts"))
            .e(el("h2", &[]).t(lang.pick("Grafieken", "Charts")))
            .c(html! { <super::charts::Charts /> }))
        .e(el("section", &[])
            .e(el("h2", &[])
                .t(lang.pick("Wat verschilt van het plan", "What differs from the plan")))
            .e(differs))
        .e(el("section", &[])
            .e(el("h2", &[]).t(lang.pick(
                "Alle aannames en hun bron",
                "Every assumption and its source",
            )))
            .e(row_table(
                [
                    lang.pick("Gegeven", "Figure"),
                    lang.pick("Waarde", "Value"),
                    lang.pick("Herkomst", "Origin"),
                    lang.pick("Bron en toelichting", "Source and note"),
                ],
                assumptions(s, lang),
            )))
        .opt(ranges_section)
        .e(el("footer", attrs!("class" => "memo-foot"))
            .e(el("p", &[])
                .t(lang.pick("Link naar dit scenario: ", "Link to this scenario: "))
                .e(el("span", attrs!("class" => "memo-link", "id" => "memo-link")).s(link)))
            .e(el("p", &[]).s(format!(
                "{} zothuis {} (MODEL v1).",
                lang.pick("Berekend met", "Computed with"),
                crate::ENGINE_VERSION
            ))))
        .h()
}
