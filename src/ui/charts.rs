//! The charts (four, plus places needed and children under 12 where the scenario has them): canvases drawn together in one effect after each render that changed their
//! data, each with an HTML legend and a "toon als tabel" alternative with the exact figures.

use super::context::{use_env, ByPtr};
use super::draw::{css_colour, draw_chart};
use super::events::canvas_size;
use super::timing;
use crate::analysis::montecarlo::MonteCarlo;
use crate::app::chart_data::{all_charts_on, chart_table_on, Chart, ChartId, MAX_CHARTS};
use crate::engine::Projection;
use crate::i18n::{Lang, Text};
use crate::scenario::CountingBasis;
use crate::scenario::Scenario;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

/// Per-chart drawing times for the benchmark's breakdown.
const CHART_TIMES: [&str; MAX_CHARTS] = [
    "chart0Times",
    "chart1Times",
    "chart2Times",
    "chart3Times",
    "chart4Times",
    "chart5Times",
];

/// A chart's legend: its series with their colours, the target marks and the bands.
pub fn legend(chart: &Chart, class: &'static str, lang: Lang) -> Html {
    html! {
        <ul class={class}>
            { for chart.series.iter().map(|s| html! {
                <li><svg class="swatch" viewBox="0 0 1 1" aria-hidden="true"><rect width="1" height="1" fill={css_colour(s.colour)} /></svg>{ s.label.clone() }</li>
            }) }
            if !chart.markers.is_empty() {
                <li><span class="swatch target-swatch"></span>{ Text::TargetWord.get(lang) }</li>
            }
            if !chart.bands.is_empty() && chart.kind == crate::app::chart_data::ChartKind::Lines {
                <li><span class="swatch band-swatch"></span>{ Text::P10P90ThinLineP50.get(lang) }</li>
            } else if !chart.bands.is_empty() {
                <li><span class="swatch whisker-swatch"></span>{ Text::P10P90WideTickP50.get(lang) }</li>
            }
        </ul>
    }
}

/// "Tellen: kinderen in het jaar | op 31 december": the shares on the plan's basis (marked as
/// the plan's) or on the other one.
fn basis_switch(
    shown: CountingBasis,
    plans: CountingBasis,
    choose: UseStateHandle<Option<CountingBasis>>,
    lang: Lang,
) -> Html {
    let button = |basis: CountingBasis, label: Text| {
        let choose = choose.clone();
        // The chart's title says which basis is the plan's; the button only marks it.
        let plan_mark = (basis == plans).then(|| Text::AsThePlanCounts.get(lang));
        html! {
            <button type="button" class="small" aria-pressed={(shown == basis).to_string()}
                title={plan_mark} onclick={Callback::from(move |_| choose.set(Some(basis)))}>
                { label.get(lang) }{ if basis == plans { " (plan)" } else { "" } }
            </button>
        }
    };
    html! {
        <div class="basis-switch" role="group" aria-label={Text::CountOn.get(lang)}>
            <span class="basis-label" aria-hidden="true">{ Text::CountOn.get(lang) }{ ":" }</span>
            { button(CountingBasis::Users, Text::CountUsers) }
            { button(CountingBasis::Stock, Text::CountStock) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    pub scenario: ByPtr<Scenario>,
    pub projection: ByPtr<Projection>,
    /// The latest Monte Carlo, for the bands (none without ranges).
    pub mc: Option<ByPtr<MonteCarlo>>,
}

#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let lang = use_env().lang;
    let scenario = props.scenario.0.clone();
    let projection = props.projection.0.clone();
    let mc = props.mc.clone();
    // The shares on the plan's counting basis unless the user switches to the other one.
    let chosen_basis = use_state(|| None::<CountingBasis>);
    let basis = chosen_basis.unwrap_or(scenario.counting_basis());
    let charts = use_memo(
        (
            props.scenario.clone(),
            props.projection.clone(),
            lang,
            mc.clone(),
            basis,
        ),
        |(s, p, lang, mc, basis)| {
            all_charts_on(&s.0, &p.0, mc.as_ref().map(|m| &*m.0), *basis, *lang)
        },
    );
    // A canvas for the most charts a scenario can have (hooks are never conditional); the
    // parent remounts this component when the set of charts changes, so that the size
    // observer watches every canvas on screen.
    let canvases = use_memo((), |_| {
        (0..MAX_CHARTS)
            .map(|_| NodeRef::default())
            .collect::<Vec<_>>()
    })
    .to_vec();
    // The charts shown as their tables.
    let tables = use_state(Vec::<ChartId>::new);
    let backgrounds = use_mut_ref(|| vec![None; MAX_CHARTS]);
    let (sizes, resized) = super::events::use_element_sizes(canvases.clone());
    {
        let canvases = canvases.clone();
        let backgrounds = backgrounds.clone();
        use_effect_with(
            (ByPtr(charts.clone()), (*tables).clone(), resized, lang),
            move |(charts, as_tables, _, lang)| {
                let started = timing::now();
                let mut backgrounds = backgrounds.borrow_mut();
                let mut sizes = sizes.borrow_mut();
                for (i, chart) in charts.0.iter().enumerate() {
                    if as_tables.contains(&chart.id) {
                        continue;
                    }
                    let Some(canvas) = canvases[i].cast::<HtmlCanvasElement>() else {
                        continue;
                    };
                    if let Some(size) = canvas_size(&canvas, &mut sizes[i]) {
                        let one = timing::now();
                        if let Err(e) =
                            draw_chart(&canvas, chart, *lang, &mut backgrounds[i], size, 1.0)
                        {
                            web_sys::console::warn_1(&format!("chart {i}: {e}").into());
                        }
                        timing::record(CHART_TIMES[i], timing::now() - one);
                    }
                }
                timing::charts_drawn(timing::now() - started);
            },
        );
    }

    html! {
        <div class="charts">
            { for charts.iter().enumerate().map(|(i, chart)| {
                let id = chart.id;
                let toggle = {
                    let tables = tables.clone();
                    Callback::from(move |_| {
                        let mut next = (*tables).clone();
                        match next.iter().position(|&t| t == id) {
                            Some(k) => { next.remove(k); }
                            None => next.push(id),
                        }
                        tables.set(next);
                    })
                };
                let showing_table = tables.contains(&id);
                let table = showing_table.then(|| chart_table_on(id, &scenario, &projection, mc.as_ref().map(|m| &*m.0), basis, lang));
                html! {
                    <figure class="chart" id={format!("chart-{i}")}>
                        <figcaption>
                            <span class="chart-title">{ chart.title.clone() }</span>
                            <span class="chart-buttons">
                                <button type="button" class="small" aria-pressed={showing_table.to_string()} onclick={toggle}>
                                    { if showing_table { Text::ShowChart.get(lang) } else { Text::ShowTable.get(lang) } }
                                </button>
                                <button type="button" class="small png" hidden={showing_table}
                                    aria-label={format!("{}: {}", chart.title, Text::SavePng.get(lang))}
                                    onclick={{
                                        let canvas = canvases[i].clone();
                                        let (scenario_name, title) = (scenario.name.clone(), chart.title.clone());
                                        Callback::from(move |_| {
                                            let name = format!("{}-{}.png", crate::formats::csv::file_stem(&scenario_name), crate::formats::csv::file_stem(&title));
                                            save_png(&canvas, &name)
                                        })
                                    }}>{ "PNG" }</button>
                            </span>
                        </figcaption>
                        if id == ChartId::Shares {
                            { basis_switch(basis, scenario.counting_basis(), chosen_basis.clone(), lang) }
                            if let Some(why) = crate::app::chart_data::shares_not_applicable(&projection, lang) {
                                <p class="chart-note" id="shares-not-applicable">{ why }</p>
                            }
                        }
                        <div class="chart-body" hidden={showing_table}>
                            <canvas ref={canvases[i].clone()} role="img"
                                aria-label={describe(chart, lang)} />
                            { legend(chart, "legend", lang) }
                        </div>
                        if let Some(t) = table {
                            { super::controls::table_box(t.caption.clone(), html! { <table class="chart-table">
                                <caption class="visually-hidden">{ t.caption.clone() }</caption>
                                <thead><tr>{ for t.headers.iter().map(|h| html! { <th scope="col">{ h.clone() }</th> }) }</tr></thead>
                                <tbody>
                                    { for t.rows.iter().map(|row| html! {
                                        <tr>{ for row.iter().enumerate().map(|(k, c)| if k == 0 {
                                            html! { <th scope="row">{ c.clone() }</th> }
                                        } else {
                                            html! { <td class="num">{ c.clone() }</td> }
                                        }) }</tr>
                                    }) }
                                </tbody>
                            </table> }) }
                        }
                    </figure>
                }
            }) }
        </div>
    }
}

/// Offers a chart's canvas as a PNG download.
fn save_png(canvas: &NodeRef, file_name: &str) {
    let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else {
        return;
    };
    let Ok(url) = canvas.to_data_url_with_type("image/png") else {
        return;
    };
    let anchor = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(anchor) = anchor {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
}

/// A text alternative for the canvas: title, series, and where to find the figures.
fn describe(chart: &Chart, lang: Lang) -> String {
    let series: Vec<&str> = chart.series.iter().map(|s| s.label.as_str()).collect();
    let hint = Text::ChartTableHint.get(lang);
    format!("{} ({}). {}", chart.title, series.join(", "), hint)
}
