//! Presentation mode: the whole screen, one slide at a time (the answer, a chart, the targets),
//! for the scenario on screen and the pinned ones. Keys as in [`crate::app::present::navigate`];
//! buttons for a mouse or a finger. Leaving full screen (the browser's own Escape) closes it too.

use super::context::{use_env, ByPtr, OnScreen};
use super::controls::{col_head, fixed_class};
use super::draw::{draw_chart, Background};
use crate::analysis::montecarlo::MonteCarlo;
use crate::app::chart_data::all_charts;
use crate::app::compare::Pins;
use crate::app::present::{chart_zoom, navigate, slides, Move, Position, Slide};
use crate::app::summary::{headline, key_figures, target_rows, Status};
use crate::i18n::Text;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentationProps {
    pub on_screen: OnScreen,
    /// The fields of the scenario on screen, for the live levers on its answer slide.
    pub fields: super::context::Fields,
    pub unbudgeted: ByPtr<Vec<crate::app::unbudgeted::Unbudgeted>>,
    /// The Monte Carlo of the scenario on screen, for its chances.
    pub mc: Option<ByPtr<MonteCarlo>>,
    pub pins: ByPtr<Pins>,
    pub on_close: Callback<()>,
}

#[component]
pub fn Presentation(props: &PresentationProps) -> Html {
    let lang = use_env().lang;
    let current = &props.on_screen;
    let at = use_state(Position::default);
    let root = use_node_ref();
    let canvas = use_node_ref();
    let background = use_mut_ref(|| None as Background);
    let (sizes, resized) = super::events::use_element_sizes(vec![canvas.clone()]);

    // The scenarios: the one on screen, then the pinned ones.
    let mut shows: Vec<(
        String,
        Rc<crate::scenario::Scenario>,
        Rc<crate::engine::Projection>,
    )> = vec![(
        // "(plan)" only while nothing differs from the plan, as in the memo.
        crate::app::memo::title(
            &current.scenario.0,
            !crate::app::changes::describe_changes(&current.scenario.0, current.plan, lang)
                .is_empty(),
            lang,
        ),
        current.scenario.0.clone(),
        current.projection.0.clone(),
    )];
    shows.extend(
        props
            .pins
            .0
            .items
            .iter()
            .map(|p| (p.label.clone(), p.scenario.clone(), p.projection.clone())),
    );
    let scenario_count = shows.len();
    let who = at.scenario.min(scenario_count - 1);
    let (label, scenario, projection) = shows[who].clone();
    // The chances: the scenario on screen has its running Monte Carlo; a pinned one gets its own
    // (its ranges, its seed, as its memo shows it), computed once when its slides are shown.
    let pinned_mc = use_memo((who, ByPtr(scenario.clone())), |(who, s)| {
        use crate::analysis::montecarlo::{default_seed, monte_carlo, DEFAULT_RUNS};
        (*who > 0 && !s.0.uncertainty.is_empty())
            .then(|| monte_carlo(&s.0, DEFAULT_RUNS, default_seed(&s.0)))
    });
    let mc = match who {
        0 => props.mc.as_ref().map(|m| &*m.0),
        _ => pinned_mc.as_ref().as_ref(),
    };
    let charts = all_charts(&scenario, &projection, mc, lang);
    let rows = target_rows(&projection, lang);
    let all = slides(charts.len(), !rows.is_empty());
    let index = at.slide.min(all.len() - 1);
    let slide = all[index];

    // Keys, on the window so that they work wherever the focus is inside the presentation.
    {
        let (at, on_close) = (at.clone(), props.on_close.clone());
        let (slide_count, position) = (
            all.len(),
            Position {
                scenario: who,
                slide: index,
            },
        );
        super::events::use_window_key(Callback::from(move |e: web_sys::KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            // A button has focus: Enter and space press it, as everywhere. A live lever has the
            // focus: the arrows move it, not the slides.
            let tag = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                .map(|el| el.tag_name());
            let key = e.key();
            if tag.as_deref() == Some("BUTTON") && (key == "Enter" || key == " ") {
                return;
            }
            if matches!(tag.as_deref(), Some("INPUT" | "SELECT")) && key != "Escape" {
                return;
            }
            match navigate(&key, e.shift_key(), position, slide_count, scenario_count) {
                Some(Move::Go(next)) => {
                    e.prevent_default();
                    at.set(next);
                }
                Some(Move::Close) => {
                    e.prevent_default();
                    on_close.emit(());
                }
                None => {}
            }
        }));
    }
    // Full screen on opening (where the browser allows it) with the focus inside; leaving full
    // screen by the browser's own key closes the presentation; closing leaves full screen.
    {
        let on_close = props.on_close.clone();
        super::events::use_listener(
            super::events::On::Document,
            "fullscreenchange",
            Callback::from(move |_| {
                let document = web_sys::window().and_then(|w| w.document());
                if document.is_some_and(|d| d.fullscreen_element().is_none()) {
                    on_close.emit(());
                }
            }),
        );
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
                let _ = el.request_fullscreen();
            }
            move || {
                let document = web_sys::window().and_then(|w| w.document());
                if let Some(d) = document.filter(|d| d.fullscreen_element().is_some()) {
                    d.exit_fullscreen();
                }
            }
        });
    }
    // The chart of a chart slide, lettered for the room.
    {
        let (canvas, chart) = (
            canvas.clone(),
            match slide {
                Slide::Chart(i) => charts.get(i).cloned(),
                _ => None,
            },
        );
        use_effect_with((who, index, lang, resized, chart.clone()), move |_| {
            if let (Some(c), Some(chart)) = (canvas.cast::<HtmlCanvasElement>(), chart) {
                // At the slide's own size, measured at each draw: charts differ in their
                // legends, so the same canvas is another size on the next slide (issue 24: a
                // size kept from the first chart stretched the others on a phone).
                let measured = (c.client_width(), c.client_height());
                sizes.borrow_mut()[0] = measured;
                if let Some(size) = (measured.0 > 0 && measured.1 > 0).then_some(measured) {
                    let zoom = web_sys::window()
                        .and_then(|w| w.inner_width().ok())
                        .and_then(|v| v.as_f64())
                        .map_or(1.0, |w| chart_zoom(w as i32));
                    let _ = draw_chart(&c, &chart, lang, &mut background.borrow_mut(), size, zoom);
                }
            }
        });
    }

    let go = |next: Position| {
        let at = at.clone();
        Callback::from(move |_| at.set(next))
    };
    let prev = go(Position {
        scenario: who,
        slide: index.saturating_sub(1),
    });
    let next = go(Position {
        scenario: who,
        slide: (index + 1).min(all.len() - 1),
    });
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let body = match slide {
        Slide::Answer => {
            let h = headline(&scenario, &projection, lang);
            let chance = mc
                .zip(h.target_index)
                .and_then(|(mc, i)| crate::app::summary::chance_sentence(mc, &projection, i, lang));
            // The same answer block for every scenario (issue 24): verdict, chance, why not.
            let why = crate::app::summary::why_not(&scenario, &projection, &h, lang);
            let fields = &props.fields;
            let live = if who == 0 {
                crate::app::present::live_levers(&scenario)
            } else {
                Vec::new()
            };
            let k = key_figures(&projection, lang);
            let period = format!(" {}–{}", scenario.start_year, scenario.last_year());
            let class = match h.status {
                Status::Met => "present-answer met",
                Status::Missed => "present-answer missed",
                Status::NoTarget => "present-answer",
            };
            html! {
                <div class={class}>
                    <p class="present-subject">{ h.subject.clone() }</p>
                    <p class="present-figure" id="present-figure">{ h.actual.clone() }</p>
                    <p class="present-verdict">
                        <span aria-hidden="true">{ match h.status { Status::Met => "✓ ", Status::Missed => "✗ ", Status::NoTarget => "" } }</span>
                        { h.verdict.clone() }
                    </p>
                    if let Some(chance) = chance { <p class="present-chance" id="present-chance">{ chance }</p> }
                    if let Some(why) = why { <p class="present-why" id="present-why">{ why }</p> }
                    <dl class="present-keys">
                        <div><dt>{ Text::CareCostTotal.get(lang) }{ period.clone() }</dt><dd>{ k.care_cost }</dd></div>
                        <div><dt>{ Text::Savings.get(lang) }{ period.clone() }</dt><dd>{ k.savings }</dd></div>
                        <div><dt>{ Text::ProgrammeCost.get(lang) }{ period }</dt><dd>{ k.programme_cost }
                            if let Some(short) = k.shortfall { <span class="present-shortfall">{ " ⚠ " }{ short }</span> }
                        </dd></div>
                    </dl>
                    if let Some(timing) = k.timing { <p class="present-timing">{ timing }</p> }
                    if !live.is_empty() {
                        <div class="present-levers" id="present-levers" role="group" aria-label={Text::PresentLiveLevers.get(lang)}>
                            { for live.iter().map(|lever| super::controls::lever_control(fields, &props.unbudgeted.0, lever)) }
                        </div>
                    }
                </div>
            }
        }
        Slide::Chart(i) => {
            let chart = &charts[i];
            html! {
                <figure class="present-chart">
                    <figcaption class="present-title">{ chart.title.clone() }</figcaption>
                    <canvas ref={canvas.clone()} role="img" aria-label={chart.title.clone()} />
                    { super::charts::legend(chart, "legend present-legend", lang) }
                </figure>
            }
        }
        Slide::Targets => html! {
            <div class="present-targets">
                { fixed_class("p", "present-title", Text::TargetsTitle.get(lang)) }
                <table>
                    <thead><tr>
                        { col_head(Text::ColYear.get(lang)) }
                        { col_head(Text::ColMetric.get(lang)) }
                        { col_head(Text::ColTarget.get(lang)) }
                        <th scope="col" class="num">{ Text::ColActual.get(lang) }</th>
                        { col_head(Text::ColStatus.get(lang)) }
                    </tr></thead>
                    <tbody>{ for rows.iter().map(|r| html! {
                        <tr class={if r.met { "met" } else { "missed" }}>
                            <td>{ r.year }</td><td>{ r.metric.clone() }</td><td>{ r.threshold.clone() }</td>
                            <td class="num">{ r.actual.clone() }</td>
                            <td class="status"><span aria-hidden="true">{ if r.met { "✓ " } else { "✗ " } }</span>
                                { if r.met { Text::TargetMet.get(lang) } else { Text::TargetMissed.get(lang) } }</td>
                        </tr>
                    }) }</tbody>
                </table>
            </div>
        },
    };
    html! {
        <div class="presentation" id="presentation" ref={root} tabindex="-1" role="dialog" aria-modal="true"
            aria-label={Text::Presentation.get(lang)}>
            <div class="present-bar">
                <p class="present-scenario" id="present-scenario">
                    if scenario_count > 1 { { format!("{}/{} · ", who + 1, scenario_count) } }
                    <bdi>{ label }</bdi>
                </p>
                <p class="present-count" id="present-count" aria-live="polite">{ format!("{} / {}", index + 1, all.len()) }</p>
            </div>
            // Focusable: a slide longer than the screen scrolls by the keyboard too.
            <div class="present-slide" id="present-slide" tabindex="0" role="region" aria-label={format!("{} {} / {}", Text::Slide.get(lang), index + 1, all.len())}>{ body }</div>
            <div class="present-controls">
                <button type="button" onclick={prev} disabled={index == 0}>{ "← " }{ Text::Previous.get(lang) }</button>
                <button type="button" onclick={next} disabled={index + 1 == all.len()}>{ Text::Next.get(lang) }{ " →" }</button>
                <p class="present-keys-hint">{ if scenario_count > 1 { Text::PresentKeysPinned.get(lang) } else { Text::PresentKeys.get(lang) } }</p>
                <button type="button" id="present-close" onclick={close}>{ Text::ClosePresentation.get(lang) }</button>
            </div>
        </div>
    }
}
