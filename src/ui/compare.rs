//! Pinned scenarios side by side with the current one.

use super::charts::legend;
use super::context::{use_env, ByPtr, OnScreen};
use super::controls::{fixed, fixed_class};
use super::draw::{draw_chart, Background};
use crate::app::chart_data::Chart;
use crate::app::compare::{
    assumption_differences, family_share_chart, money_rows, target_rows, target_rows_with_chances,
    Column, Pins, Row,
};
use crate::i18n::{Lang, Text};
use std::rc::Rc;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub on_screen: OnScreen,
    pub pins: ByPtr<Pins>,
    pub on_unpin: Callback<usize>,
    /// A pinned scenario gets a name of the user's own.
    pub on_rename: Callback<(usize, String)>,
    /// Opens the memo of the comparison.
    pub on_memo: Callback<()>,
}

fn table(caption: &str, heads: &[String], rows: &[Row]) -> Html {
    super::controls::table_box(
        caption.to_string(),
        html! {
            <table class="compare-table">
                <caption>{ caption.to_string() }</caption>
                <thead><tr><th scope="col"><span class="visually-hidden">{ caption.to_string() }</span></th>{ for heads.iter().map(|h| html! { <th scope="col" class="num">{ h.clone() }</th> }) }</tr></thead>
                <tbody>{ for rows.iter().map(|r| html! {
                    <tr><th scope="row">{ r.label.clone() }</th>{ for r.cells.iter().map(|c| html! { <td class="num">{ c.clone() }</td> }) }</tr>
                }) }</tbody>
            </table>
        },
    )
}

/// The scenario on screen, then the pinned ones, as the comparison's columns.
/// The scenario on screen under `label`, then the pins at `kept`.
fn columns<'a>(
    on_screen: &'a OnScreen,
    pins: &'a Pins,
    label: &'a str,
    kept: &[usize],
) -> Vec<Column<'a>> {
    let mut columns = vec![Column {
        label,
        scenario: &on_screen.scenario.0,
        projection: &on_screen.projection.0,
    }];
    columns.extend(kept.iter().map(|&i| {
        let p = &pins.items[i];
        Column {
            label: &p.label,
            scenario: &p.scenario,
            projection: &p.projection,
        }
    }));
    columns
}

/// A canvas with `chart` drawn on it at the size it is shown, redrawn when the chart, the
/// language or the size changes.
#[hook]
fn use_chart_canvas(chart: Chart, lang: Lang) -> NodeRef {
    let canvas = use_node_ref();
    let background = use_mut_ref(|| None as Background);
    let (sizes, resized) = super::events::use_element_sizes(vec![canvas.clone()]);
    {
        let canvas = canvas.clone();
        use_effect_with((chart, lang, resized), move |(chart, lang, _)| {
            if let Some(c) = canvas.cast::<HtmlCanvasElement>() {
                if let Some(size) = super::events::canvas_size(&c, &mut sizes.borrow_mut()[0]) {
                    let _ = draw_chart(&c, chart, *lang, &mut background.borrow_mut(), size, 1.0);
                }
            }
        });
    }
    canvas
}

#[derive(Properties, PartialEq)]
struct PinNameProps {
    index: usize,
    label: String,
    rename: Callback<(usize, String)>,
    aria_label: String,
}

/// A pinned scenario's name, as the user types it: the text being typed is the component's own
/// until it is confirmed (Enter or leaving the field), so a render of the comparison meanwhile
/// (a chance or chart that finishes) does not put the old name back under the user's fingers.
#[component]
fn PinName(props: &PinNameProps) -> Html {
    let draft = use_state(|| props.label.clone());
    {
        let draft = draft.clone();
        use_effect_with(props.label.clone(), move |label| draft.set(label.clone()));
    }
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            draft.set(input.value());
        })
    };
    let onchange = {
        let (rename, index) = (props.rename.clone(), props.index);
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let name = input.value().trim().to_string();
            if !name.is_empty() {
                rename.emit((index, name));
            }
        })
    };
    html! {
        <input type="text" class="pin-name" id={format!("pin-name-{}", props.index)} value={(*draft).clone()}
            aria-label={props.aria_label.clone()} {oninput} {onchange} />
    }
}

#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let lang = use_env().lang;
    let every: Vec<usize> = (0..props.pins.0.items.len()).collect();
    let columns = columns(
        &props.on_screen,
        &props.pins.0,
        Text::CurrentScenario.get(lang),
        &every,
    );
    let heads: Vec<String> = columns
        .iter()
        .map(|c| crate::i18n::format::isolated(c.label))
        .collect();
    let chart = family_share_chart(&columns, lang);
    let targets = target_rows(&columns, lang);
    let money = money_rows(&columns, lang);
    let differences = assumption_differences(&columns, lang);
    let canvas = use_chart_canvas(chart.clone(), lang);
    // The comparison as a link and a file (issue 24), made on click: a lever move should not
    // pay for four links. A link made before a change is taken away with it.
    let link = use_state_eq(|| None::<String>);
    {
        let link = link.clone();
        use_effect_with(
            (props.on_screen.scenario.clone(), props.pins.clone()),
            move |_| link.set(None),
        );
    }
    let entries = {
        let (on_screen, pins) = (props.on_screen.clone(), props.pins.clone());
        move || {
            pins.0
                .comparison(&on_screen.scenario.0, on_screen.plan, lang)
        }
    };
    let make_link = {
        let (link, entries) = (link.clone(), entries.clone());
        Callback::from(move |_| {
            let fragment = crate::formats::comparison::encode(&entries());
            link.set(Some(format!("{}{fragment}", super::share::page_address())));
        })
    };
    let save_file = {
        let entries = entries.clone();
        Callback::from(move |_| {
            super::files::download(
                "vergelijking.json",
                "application/json",
                &crate::formats::comparison::to_file(&entries()),
            );
        })
    };
    let select_all = super::share::select_on_focus();
    html! {
        <section class="comparison" id="comparison" aria-labelledby="comparison-title">
            <h2 id="comparison-title">{ Text::Comparison.get(lang) }</h2>
            <ul class="pins">
                { for props.pins.0.items.iter().enumerate().map(|(i, p)| {
                    let unpin = props.on_unpin.clone();
                    let rename = props.on_rename.clone();
                    html! { <li>
                        <PinName index={i} label={p.label.clone()} {rename}
                            aria_label={crate::i18n::messages::pin_name_label(i + 1, lang)} />{ " " }
                        <button type="button" class="small" onclick={Callback::from(move |_| unpin.emit(i))}>
                            { Text::Unpin.get(lang) }</button></li> }
                }) }
            </ul>
            <figure class="chart">
                <figcaption><span class="chart-title">{ chart.title.clone() }</span></figcaption>
                <canvas ref={canvas} role="img" aria-label={format!("{} ({})", chart.title, heads.join(", "))} />
                { legend(&chart, "legend", lang) }
            </figure>
            if !targets.is_empty() { { table(Text::TargetsPerScenario.get(lang), &heads, &targets) } }
            { table(Text::MoneyAndFamilyTypeCare.get(lang), &heads, &money) }
            if differences.is_empty() {
                { fixed("p", Text::TheScenariosHaveTheSame.get(lang)) }
            } else {
                { table(Text::AssumptionsThatDiffer.get(lang), &heads, &differences) }
            }
            <div class="toolbar">
                <button type="button" class="memo-button" id="compare-memo-open" onclick={{
                    let on_memo = props.on_memo.clone();
                    Callback::from(move |_| on_memo.emit(()))
                }}>{ Text::CompareMemo.get(lang) }</button>
                <button type="button" class="small" id="comparison-link-make" onclick={make_link}>{ Text::ComparisonLink.get(lang) }</button>
                <button type="button" class="small" id="comparison-save" onclick={save_file}>{ Text::ComparisonSave.get(lang) }</button>
            </div>
            if let Some(link) = (*link).clone() {
                <div class="comparison-share">
                    <label for="comparison-link">{ Text::ComparisonLink.get(lang) }</label>
                    <input id="comparison-link" type="text" readonly=true value={link} onfocus={select_all} />
                    { fixed_class("p", "hint", Text::ComparisonLinkHint.get(lang)) }
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareMemoProps {
    pub on_screen: OnScreen,
    pub pins: ByPtr<Pins>,
    pub on_close: Callback<()>,
}

/// The comparison as a print-ready memo: the scenarios, the family share of each, every target
/// with each scenario's result and chance, the money, and what differs between them.
#[component]
pub fn CompareMemo(props: &CompareMemoProps) -> Html {
    use crate::analysis::montecarlo::{default_seed, monte_carlo, MonteCarlo, DEFAULT_RUNS};
    let lang = use_env().lang;
    // The scenario on screen under its own name; a pin that is the same scenario once.
    let (current_label, kept) = crate::app::compare::memo_labels(
        &props.on_screen.scenario.0,
        props.on_screen.plan,
        &props.pins.0,
        lang,
    );
    let columns = columns(&props.on_screen, &props.pins.0, &current_label, &kept);
    // Each scenario's own link, printed beside its name.
    let plans: Vec<Option<crate::presets::PlanRef>> = std::iter::once(props.on_screen.plan)
        .chain(kept.iter().map(|&i| props.pins.0.items[i].plan))
        .collect();
    let base = super::share::page_address();
    // Each scenario's chances on its own ranges and seed, as its own memo shows them (computed
    // once when the memo opens: at most four Monte Carlos).
    let chances = use_memo(props.pins.clone(), {
        let current = props.on_screen.scenario.0.clone();
        let kept = kept.clone();
        move |pins| {
            std::iter::once(current)
                .chain(kept.iter().map(|&i| pins.0.items[i].scenario.clone()))
                .map(|s| {
                    (!s.uncertainty.is_empty())
                        .then(|| Rc::new(monte_carlo(&s, DEFAULT_RUNS, default_seed(&s))))
                })
                .collect::<Vec<Option<Rc<MonteCarlo>>>>()
        }
    });
    let chance_refs: Vec<Option<&MonteCarlo>> = chances.iter().map(|c| c.as_deref()).collect();
    let heads: Vec<String> = columns
        .iter()
        .map(|c| crate::i18n::format::isolated(c.label))
        .collect();
    let chart = family_share_chart(&columns, lang);
    let targets = target_rows_with_chances(&columns, &chance_refs, lang);
    let money = money_rows(&columns, lang);
    let differences = assumption_differences(&columns, lang);
    let canvas = use_chart_canvas(chart.clone(), lang);
    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let close = {
        let on_close = props.on_close.clone();
        Callback::from(move |_| on_close.emit(()))
    };
    let date = super::memo::today(lang);
    html! {
        <main class="memo-page"><article class="memo compare-memo" id="compare-memo">
            <div class="memo-actions">
                <button type="button" onclick={print} id="compare-memo-print">{ Text::PrintOrSaveAsPdf.get(lang) }</button>
                <button type="button" class="small" onclick={close} id="compare-memo-close">{ Text::BackToThePlanner.get(lang) }</button>
            </div>
            { fixed_class("p", "memo-kind", Text::CompareMemoKind.get(lang)) }
            <h1>{ Text::CompareMemoTitle.get(lang) }</h1>
            <p class="memo-meta">{ format!("{}: {}", Text::Date.get(lang), date) }</p>
            { fixed("h2", Text::CompareMemoScenarios.get(lang)) }
            <ol class="compare-names">
                // "(plan)" only for a scenario that is still the plan (as in the memo's title).
                { for columns.iter().zip(&plans).enumerate().map(|(i, (c, plan))| {
                    let changed = !crate::app::changes::describe_changes(c.scenario, *plan, lang).is_empty();
                    let link = crate::formats::link::encode(c.scenario, *plan)
                        .map(|l| format!("{base}#{l}"))
                        .unwrap_or_default();
                    html! {
                        <li><strong><bdi>{ c.label.to_string() }</bdi></strong>{ ": " }{ crate::app::memo::title(c.scenario, changed, lang) }
                            <br /><span class="memo-link" id={format!("compare-memo-link-{i}")}>{ link }</span></li>
                    }
                }) }
            </ol>
            <figure class="chart">
                <figcaption><span class="chart-title">{ chart.title.clone() }</span></figcaption>
                <canvas ref={canvas} role="img" aria-label={format!("{} ({})", chart.title, heads.join(", "))} />
                { legend(&chart, "legend", lang) }
            </figure>
            if !targets.is_empty() {
                { table(Text::TargetsPerScenario.get(lang), &heads, &targets) }
                { fixed_class("p", "memo-note", Text::CompareMemoChances.get(lang)) }
            }
            { table(Text::MoneyAndFamilyTypeCare.get(lang), &heads, &money) }
            if differences.is_empty() {
                { fixed("p", Text::TheScenariosHaveTheSame.get(lang)) }
            } else {
                { table(Text::AssumptionsThatDiffer.get(lang), &heads, &differences) }
            }
            <footer class="memo-foot">
                <p>{ format!("{} zothuis {} ({} v{}).", Text::ComputedWith.get(lang), crate::ENGINE_VERSION, Text::ModelWord.get(lang), crate::scenario::SCHEMA_VERSION) }</p>
            </footer>
        </article></main>
    }
}
