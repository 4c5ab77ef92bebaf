//! The decision memo: a print-ready A4 page (the browser prints it to PDF) with the summary,
//! targets, charts, every assumption with its source, what differs from the plan, the share
//! link and the engine version.

use super::context::Screen;
use super::controls::{col_head, fixed, fixed_class, list_item};
use super::results::targets_table;
use crate::app::changes::describe_changes;
use crate::app::memo::{assumptions, ranges, summary, AssumptionRow};
use crate::formats::link::encode;
use crate::i18n::{Lang, Text};
use yew::prelude::*;

/// Today as the memo writes it: "3 december 2026", "3 December 2026".
pub(super) fn today(lang: Lang) -> String {
    let date = js_sys::Date::new_0();
    crate::i18n::format::long_date(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
        lang,
    )
}

/// A memo table of figures with their value, origin and source: every assumption, or every range.
fn source_table(label: &str, heads: [&'static str; 4], rows: Vec<AssumptionRow>) -> Html {
    super::controls::table_box(
        label.to_string(),
        html! {
            <table class="memo-assumptions">
                <thead><tr>{ for heads.iter().map(|h| col_head(h)) }</tr></thead>
                <tbody>
                    { for rows.into_iter().map(|r| html! {
                        <tr><th scope="row">{ r.label }</th><td>{ r.value }</td><td>{ r.kind }</td><td class="note">{ r.note }</td></tr>
                    }) }
                </tbody>
            </table>
        },
    )
}

pub fn memo_view(ctx: &Screen, on_close: Callback<MouseEvent>) -> Html {
    let state = &ctx.state.0;
    let lang = state.lang;
    let s = &state.scenario;
    let p = &ctx.projection.0;
    let link = {
        match encode(s, state.plan) {
            Ok(fragment) => format!("{}#{fragment}", super::share::page_address()),
            Err(error) => format!(
                "{} ({})",
                Text::LinkEncodeFailed.get(lang),
                crate::i18n::field_label(error.path, lang)
            ),
        }
    };
    let changes = describe_changes(s, state.plan, lang);
    let chance = crate::app::summary::headline(s, p, lang)
        .target_index
        .and_then(|i| {
            let mc = ctx.mc.result_for(&state.scenario)?;
            crate::app::summary::chance_sentence(mc, p, i, lang)
        });
    let range_rows = ranges(s, state.plan.is_some(), lang);
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <main class="memo-page"><article class="memo" id="memo">
            <div class="memo-actions">
                <button type="button" onclick={print} id="memo-print">{ Text::PrintOrSaveAsPdf.get(lang) }</button>
                <button type="button" class="small" onclick={on_close} id="memo-close">{ Text::BackToThePlanner.get(lang) }</button>
            </div>
            <header class="memo-head">
                { fixed_class("p", "memo-kind", Text::DecisionMemoYouthCareScenario.get(lang)) }
                <h1>{ crate::app::memo::title(s, !describe_changes(s, state.plan, lang).is_empty(), lang) }</h1>
                <p class="memo-meta">
                    { Text::Region.get(lang) }{ ": " }<bdi class="memo-region">{ s.region.clone() }</bdi>{ " · " }
                    { Text::Date.get(lang) }{ ": " }{ today(lang) }{ " · " }
                    { Text::Period.get(lang) }{ ": " }{ format!("{}–{}", s.start_year, s.last_year()) }
                </p>
            </header>
            // The core the college reads (two pages), then the appendices.
            <section class="memo-core">
                { fixed("h2", Text::MemoOccasion.get(lang)) }
                <p class="memo-occasion" id="memo-occasion">{ crate::app::memo::occasion(s, state.plan, lang) }</p>
                { fixed("h2", Text::MemoScenario.get(lang)) }
                <p><strong><bdi>{ crate::app::memo::file_name(s, state.plan, lang) }</bdi></strong></p>
                if state.plan.is_none() {
                    { fixed("p", Text::ThisScenarioIsNotBased.get(lang)) }
                } else if changes.is_empty() {
                    { fixed("p", Text::NothingThisIsThePlan.get(lang)) }
                } else {
                    <p>{ Text::WhatDiffersFromThePlan.get(lang) }{ ":" }</p>
                    <ul>{ for changes.into_iter().map(list_item) }</ul>
                }
                { fixed("h2", Text::MemoAchieves.get(lang)) }
                <p class="memo-summary">{ summary(s, p, lang) }</p>
                if let Some(chance) = chance {
                    <p class="memo-summary" id="memo-chance">{ chance }{ "." }</p>
                }
                { targets_table(ctx) }
                if let Some(need) = state.need() {
                    { fixed("h2", Text::MemoNeed.get(lang)) }
                    <p class="memo-need" id="memo-need">{ crate::app::goal::describe_package(&need.answer, s, lang).0 }</p>
                    if need.answer.package.bounded {
                        { fixed("p", Text::MemoNeedBounds.get(lang)) }
                    }
                }
                { fixed("h2", Text::MemoFinance.get(lang)) }
                <table class="memo-finance" id="memo-finance">
                    { fixed_class("caption", "visually-hidden", Text::MemoFinance.get(lang)) }
                    <tbody>{ for crate::app::memo::finance_rows(p, lang).into_iter().map(|(label, value)| html! {
                        <tr><th scope="row">{ label }</th><td class="num">{ value }</td></tr>
                    }) }</tbody>
                </table>
                { for ctx.unbudgeted.0.iter().map(|u| html! {
                    <p class="memo-summary memo-unbudgeted">{ crate::app::unbudgeted::note(u, lang) }</p>
                }) }
                { fixed("h2", Text::MemoRisks.get(lang)) }
                { match ctx.mc.tornado.as_ref().filter(|_| !s.uncertainty.is_empty()) {
                    Some(t) => html! { <>
                        { fixed("p", Text::MemoRisksIntro.get(lang)) }
                        <ul id="memo-risks">{ for crate::app::memo::risks(&t.0, lang).into_iter().map(list_item) }</ul>
                    </> },
                    None => html! { { fixed("p", Text::MemoNoRisks.get(lang)) } },
                } }
                <Proposal />
            </section>
            <section class="memo-appendix memo-charts">
                <h2>{ Text::MemoAppendix.get(lang) }{ ": " }{ Text::Charts.get(lang) }</h2>
                <super::charts::Charts scenario={super::context::ByPtr(state.scenario.clone())}
                    projection={ctx.projection.clone()} mc={ctx.mc.bands_for(&state.scenario)} />
            </section>
            <footer class="memo-foot">
                <p>{ Text::LinkToThisScenario.get(lang) }<span class="memo-link" id="memo-link">{ link.clone() }</span></p>
                <p>{ format!("{} zothuis {} ({} v{}).", Text::ComputedWith.get(lang), crate::ENGINE_VERSION, Text::ModelWord.get(lang), crate::scenario::SCHEMA_VERSION) }</p>
            </footer>
            // The figures behind it all, as an appendix on pages of their own.
            <section class="memo-assumptions-section">
                { fixed("h2", Text::AppendixAssumptions.get(lang)) }
                { source_table(
                    Text::AppendixAssumptions.get(lang),
                    [
                        Text::Figure.get(lang),
                        Text::Value.get(lang),
                        Text::Origin.get(lang),
                        if state.plan.is_some() { Text::SourceAndNoteInDutch } else { Text::SourceAndNote }.get(lang),
                    ],
                    assumptions(s, ctx.plan.0.as_ref().as_ref(), lang),
                ) }
            </section>
            <section id="memo-bounds">
                { fixed("h2", Text::BoundsTitle.get(lang)) }
                { fixed("p", Text::BoundsIntro.get(lang)) }
                { source_table(
                    Text::BoundsTitle.get(lang),
                    [Text::BoundLever.get(lang), Text::BoundColumn.get(lang), Text::BoundBasisColumn.get(lang), Text::SourceAndNote.get(lang)],
                    crate::app::memo::bound_rows(s, lang),
                ) }
            </section>
            if !range_rows.is_empty() {
                <section>
                    { fixed("h2", Text::RangesForTheChances.get(lang)) }
                    { fixed("p", Text::EveryChanceAndEveryP10.get(lang)) }
                    { source_table(
                        Text::RangesForTheChances.get(lang),
                        [
                            Text::Assumption.get(lang),
                            Text::Range.get(lang),
                            Text::Origin.get(lang),
                            if state.plan.is_some() { Text::SourceAndNoteInDutch } else { Text::SourceAndNote }.get(lang),
                        ],
                        range_rows,
                    ) }
                </section>
            }
        </article></main>
    }
}

/// The officer's proposal to the college, typed in the memo and printed with it; kept for
/// the tab (session storage), so that a reload or a look back at the planner keeps it.
#[component]
fn Proposal() -> Html {
    const KEY: &str = "zothuis.proposal.v1";
    // The text as it is, without JSON around it (nothing to encode for a plain string).
    let storage = || web_sys::window().and_then(|w| w.session_storage().ok().flatten());
    let lang = super::context::use_env().lang;
    let text = use_state(|| {
        storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .unwrap_or_default()
    });
    let oninput = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            let area: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
            let value = area.value();
            if let Some(s) = storage() {
                let _ = s.set_item(KEY, &value);
            }
            text.set(value);
        })
    };
    let empty = text.trim().is_empty();
    html! {
        <div class={classes!("memo-proposal", empty.then_some("empty"))}>
            { fixed("h2", Text::MemoProposal.get(lang)) }
            <label for="memo-proposal-text" class="memo-screen-only">{ Text::MemoProposalHint.get(lang) }</label>
            <textarea id="memo-proposal-text" class="memo-screen-only" rows="4" value={(*text).clone()} {oninput} />
            <p class="memo-print-only" id="memo-proposal-print">{ (*text).clone() }</p>
        </div>
    }
}
