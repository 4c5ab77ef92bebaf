//! Uncertainty in the app: the Monte Carlo and the tornado, computed off the input path in
//! slices between frames, and the panel that shows them and edits the ranges.
//!
//! A lever move never waits for the Monte Carlo: the job starts once the levers have been still
//! for [`QUIET_MS`], runs in slices of at most [`SLICE_MS`] with a yield to the browser between
//! them, and is dropped as soon as a newer scenario arrives. Until then the previous bands stay
//! on screen, marked as being updated.

use super::context::{send, use_env, ByPtr, Env, Fields, McState};
use super::controls::{
    col_head, described_by, dom_id, error_view, fixed, fixed_class, source_badge,
};
use super::timing;
use crate::analysis::montecarlo::{default_seed, Sampler, DEFAULT_RUNS};
use crate::analysis::sensitivity::{sensitivity, Sensitivity, Swing};
use crate::app::state::AppState;
use crate::app::state::{Action, Origin};
use crate::i18n::{field_label, Lang, Text};
use crate::scenario::fields::RangeEnd;
use crate::scenario::Scenario;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// How long the levers must be still before the Monte Carlo starts.
const QUIET_MS: u32 = 120;
/// The longest slice of runs between two yields to the browser.
const SLICE_MS: f64 = 4.0;

use gloo_timers::future::TimeoutFuture;

/// Runs the Monte Carlo and the tornado for each new scenario, in slices, after the levers
/// have been still for a moment.
#[hook]
pub fn use_uncertainty(scenario: ByPtr<Scenario>) -> McState {
    let state = use_state(|| McState {
        result: None,
        tornado: None,
        done: 0,
    });
    let generation = use_mut_ref(|| 0u64);
    {
        let state = state.clone();
        use_effect_with(scenario, move |scenario| {
            let mine = {
                let mut g = generation.borrow_mut();
                *g += 1;
                *g
            };
            let scenario = scenario.clone();
            let previous = (*state).clone();
            if !scenario.0.uncertainty.is_empty() {
                wasm_bindgen_futures::spawn_local(async move {
                    TimeoutFuture::new(QUIET_MS).await;
                    if *generation.borrow() != mine {
                        return;
                    }
                    let started = timing::now();
                    let s = &scenario.0;
                    let tornado = ByPtr(Rc::new(sensitivity(s)));
                    let mut sampler = Sampler::new(s, DEFAULT_RUNS, default_seed(s));
                    let mut compute = timing::now() - started;
                    let mut last_progress = started;
                    loop {
                        let slice = timing::now();
                        while !sampler.is_finished() && timing::now() - slice < SLICE_MS {
                            sampler.run(10);
                        }
                        compute += timing::now() - slice;
                        if *generation.borrow() != mine {
                            return;
                        }
                        if sampler.is_finished() {
                            timing::record("mcComputeTimes", compute);
                            timing::record("mcWallTimes", timing::now() - started);
                            state.set(McState {
                                result: sampler
                                    .result()
                                    .map(|r| (scenario.clone(), ByPtr(Rc::new(r)))),
                                tornado: Some(tornado),
                                done: 0,
                            });
                            return;
                        }
                        // Progress only when the job takes longer than a few frames.
                        if timing::now() - last_progress > 100.0 {
                            last_progress = timing::now();
                            state.set(McState {
                                done: sampler.done(),
                                ..previous.clone()
                            });
                        }
                        TimeoutFuture::new(0).await;
                    }
                });
            }
        });
    }
    (*state).clone()
}

/// The status line: how the bands were computed, or that they are being updated.
fn status_line(state: &AppState, mc: &McState) -> Html {
    let lang = state.lang;
    let scenario = &state.scenario;
    let text = if scenario.uncertainty.is_empty() {
        Text::ThisScenarioHasNoRanges.get(lang).to_string()
    } else if mc.is_stale(scenario) {
        if mc.done > 0 {
            crate::i18n::messages::ranges_progress(mc.done, DEFAULT_RUNS, lang)
        } else {
            Text::UpdatingRanges.get(lang).to_string()
        }
    } else {
        let n = scenario.uncertainty.len();
        let runs = crate::i18n::format::format_count(f64::from(DEFAULT_RUNS), lang);
        crate::i18n::messages::bands_explained(&runs, n, lang)
    };
    let busy = mc.is_stale(scenario);
    html! {
        <p class={classes!("mc-status", busy.then_some("busy"))} id="mc-status" role="status"
            aria-busy={busy.to_string()}>{ text }</p>
    }
}

#[derive(Properties, PartialEq)]
struct TornadoProps {
    tornado: ByPtr<Sensitivity>,
    lang: Lang,
}

/// The tornado as HTML bars: each row names the assumption, its range, and the outcome at both
/// ends; the numbers are in the chart itself, so it needs no table alternative. A component of
/// its own, so that a lever move (which does not change the tornado) skips it.
#[component]
fn Tornado(props: &TornadoProps) -> Html {
    let lang = props.lang;
    let tornado = props.tornado.0.clone();
    let by_cost = use_state(|| false);
    let on_metric = {
        let by_cost = by_cost.clone();
        Callback::from(move |cost: bool| by_cost.set(cost))
    };
    // A share no assumption moves: the tornado on cost, with the reason (issue 24).
    let share_moves = crate::app::chart_data::tornado_moves_share(&tornado);
    let by_cost = *by_cost || !share_moves;
    let swings = if by_cost {
        &tornado.by_total_cost
    } else {
        &tornado.by_family_share
    };
    let value = |w: &Swing, high: bool| -> f64 {
        let o = if high { &w.at_high } else { &w.at_low };
        if by_cost {
            o.total_cost.to_f64_lossy()
        } else {
            o.family_share_pct
        }
    };
    let base = if by_cost {
        tornado.base.total_cost.to_f64_lossy()
    } else {
        tornado.base.family_share_pct
    };
    let show = |x: f64, w: &Swing, high: bool| -> String {
        if by_cost {
            let o = if high { &w.at_high } else { &w.at_low };
            crate::i18n::format::format_euro_short(o.total_cost.to_f64_lossy(), lang)
        } else {
            crate::i18n::format::format_pct(x, lang)
        }
    };
    let reach = swings
        .iter()
        .flat_map(|w| [value(w, false), value(w, true)])
        .map(|x| (x - base).abs())
        .fold(0.0, f64::max)
        .max(1e-9);
    let base_text = if by_cost {
        crate::i18n::format::format_euro_short(base, lang)
    } else {
        crate::i18n::format::format_pct(base, lang)
    };
    let title = match (by_cost, lang) {
        (true, _) => Text::TornadoOnCost.get(lang).to_string(),
        (false, _) => crate::i18n::messages::tornado_on_share(tornado.year, lang),
    };
    let choose = |cost: bool| {
        let on_metric = on_metric.clone();
        Callback::from(move |_| on_metric.emit(cost))
    };
    html! {
        <figure class="tornado" id="tornado">
            <figcaption>
                { fixed_class("span", "chart-title", Text::WhatMattersMost.get(lang)) }
                <span class="chart-buttons" role="group" aria-label={Text::EffectOn.get(lang)}>
                    <button type="button" class="small" aria-pressed={(!by_cost).to_string()} onclick={choose(false)}
                        disabled={!share_moves}>
                        { Text::FamilyShare.get(lang) }</button>
                    <button type="button" class="small" aria-pressed={by_cost.to_string()} onclick={choose(true)}>
                        { Text::Cost.get(lang) }</button>
                </span>
            </figcaption>
            if !share_moves {
                <p class="chart-note" id="tornado-share-still">{ Text::TornadoShareStill.get(lang) }</p>
            }
            <p class="tornado-title">{ title }{ " — " }{ Text::Scenario2.get(lang) }{ ": " }<strong>{ base_text }</strong></p>
            <ul class="tornado-rows">
                { for swings.iter().map(|w| {
                    let (lo, hi) = (value(w, false), value(w, true));
                    let range = crate::i18n::format::range_text(
                        &w.key,
                        crate::scenario::Range { low: w.low, high: w.high },
                        lang,
                    );
                    let label = field_label(&w.key, lang);
                    let segments = crate::analysis::sensitivity::tornado_segments(base, lo, hi, reach);
                    html! {
                        <li class="tornado-row">
                            <span class="tornado-label">{ label }<span class="tornado-range">{ range }</span></span>
                            // SVG attributes, not style attributes: the page's CSP allows no inline style.
                            <svg class="tornado-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                { for segments.iter().filter(|(_, _, width)| *width > 0.0).map(|(end, left, width)| html! {
                                    <rect class={classes!("tornado-bar", if *end == crate::analysis::sensitivity::End::Low { "low" } else { "high" })}
                                        x={crate::i18n::format::format_fixed(*left, 2, Lang::En)} y="1.5" height="7"
                                        width={crate::i18n::format::format_fixed(width.max(0.4), 2, Lang::En)} />
                                }) }
                                <line class="tornado-axis" x1="50" x2="50" y1="0" y2="10" />
                            </svg>
                            <span class="tornado-values">
                                { Text::Low.get(lang) }{ ": " }{ show(lo, w, false) }{ " · " }
                                { Text::High.get(lang) }{ ": " }{ show(hi, w, true) }
                            </span>
                        </li>
                    }
                }) }
            </ul>
            <p class="legend-note"><span class="swatch tornado-low"></span>{ Text::AssumptionAtItsLowEnd.get(lang) }
                <span class="swatch tornado-high"></span>{ Text::AtItsHighEnd.get(lang) }</p>
        </figure>
    }
}

/// One end of a range as a typed field.
fn range_input(state: &AppState, dispatch: &Callback<Action>, key: &str, end: RangeEnd) -> Html {
    let lang = state.lang;
    let shown = crate::app::shown::range_field(state, key, end);
    let id = dom_id(&shown.path);
    let invalid = shown.error.is_some();
    let oninput = {
        let (dispatch, key) = (dispatch.clone(), key.to_string());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatch.emit(Action::SetRange {
                key: key.clone(),
                end,
                text: input.value(),
                origin: Origin::Typed,
            });
        })
    };
    let label = format!(
        "{}: {}",
        field_label(key, lang),
        if end == RangeEnd::Low {
            Text::LowEnd.get(lang)
        } else {
            Text::HighEnd.get(lang)
        }
    );
    html! {
        <div class={classes!("field", invalid.then_some("invalid"))}>
            <label for={id.clone()} class="visually-hidden">{ label }</label>
            <input id={id} type="text" inputmode="decimal" value={shown.text.clone()}
                aria-invalid={invalid.then_some("true")}
                aria-describedby={described_by(&shown)} {oninput} />
            { error_view(&shown) }
        </div>
    }
}

/// The ranges editor: one row per range, and a picker to add one.
fn ranges_editor(fields: &Fields, dispatch: &Callback<Action>) -> Html {
    let state = &fields.state.0;
    let lang = state.lang;
    let s = &state.scenario;
    let outside = crate::analysis::uncertainty::values_outside(s);
    let on_add = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let key = select.value();
            if !key.is_empty() {
                dispatch.emit(Action::AddRange(key));
                select.set_value("");
            }
        })
    };
    let addable: Vec<&str> = crate::analysis::uncertainty::fields_for(s)
        .map(|f| f.path)
        .filter(|p| !s.uncertainty.contains_key(p))
        .collect();
    html! {
        <div class="ranges">
            { super::controls::table_box(Text::Ranges.get(lang).to_string(), html! {
            <table class="ranges-table" id="ranges-table">
                { fixed("caption", Text::Ranges.get(lang)) }
                <thead><tr>
                    { col_head(Text::Assumption.get(lang)) }
                    { col_head(Text::Scenario.get(lang)) }
                    { col_head(Text::Low2.get(lang)) }
                    { col_head(Text::High2.get(lang)) }
                    <th scope="col">{ fixed_class("span", "visually-hidden", Text::Remove.get(lang)) }</th>
                </tr></thead>
                <tbody>
                    { for s.uncertainty.keys().map(|key| {
                        let remove = send(dispatch, Action::RemoveRange(key.clone()));
                        let current = crate::app::shown::range_scenario_value(state, key);
                        let note = outside.contains(key).then(|| Text::LiesOutsideTheRangeThe.get(lang));
                        html! {
                            <tr>
                                <th scope="row">{ field_label(key, lang) }{ " " }{ source_badge(fields, &format!("uncertainty.{key}")) }</th>
                                <td class="num">{ if current.is_empty() { "—".to_string() } else { current } }
                                    if let Some(note) = note { <span class="range-note">{ note }</span> }</td>
                                <td>{ range_input(state, dispatch, key, RangeEnd::Low) }</td>
                                <td>{ range_input(state, dispatch, key, RangeEnd::High) }</td>
                                <td><button type="button" class="small" onclick={remove}
                                    aria-label={format!("{}: {}", Text::RemoveRange.get(lang), field_label(key, lang))}>
                                    { Text::Remove.get(lang) }</button></td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table> }) }
            if !addable.is_empty() {
                <div class="field">
                    <label for="add-range">{ Text::AddARangeFor.get(lang) }</label>
                    <select id="add-range" onchange={on_add}>
                        <option value="" selected=true>{ Text::ChooseAnAssumption.get(lang) }</option>
                        { for addable.iter().map(|p| html! { <option value={*p}>{ field_label(p, lang) }</option> }) }
                    </select>
                </div>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct UncertaintyPanelProps {
    pub fields: Fields,
    pub mc: McState,
    pub projection: ByPtr<crate::engine::Projection>,
}

/// "Onzekerheid": the status of the bands, the tornado and the ranges (rendered only while
/// their details are open, so that a lever move does not diff a closed table).
#[component]
pub fn UncertaintyPanel(props: &UncertaintyPanelProps) -> Html {
    let Env { lang, dispatch } = use_env();
    let state = &props.fields.state.0;
    let (open, ontoggle) = super::events::use_details_open();
    html! {
        <section class="uncertainty" id="uncertainty" aria-labelledby="uncertainty-title">
            <h2 id="uncertainty-title">{ Text::Uncertainty.get(lang) }</h2>
            { status_line(state, &props.mc) }
            if let Some(why) = props.mc.result_for(&state.scenario).and_then(|mc| {
                crate::app::summary::band_offset(&state.scenario, &props.projection.0, mc, lang)
            }) {
                <p class="chart-note" id="band-offset">{ why }</p>
            }
            if let Some(tornado) = props.mc.tornado.clone().filter(|_| !state.scenario.uncertainty.is_empty()) {
                <Tornado {tornado} {lang} />
            }
            <details class="ranges-details" id="ranges" {ontoggle}>
                <summary>{ Text::ViewAndChangeTheRanges.get(lang) }
                    { format!(" ({})", state.scenario.uncertainty.len()) }</summary>
                if open { { ranges_editor(&props.fields, &dispatch) } }
            </details>
        </section>
    }
}
