//! The root component: one reducer over `AppState`, the projection derived from it, and the
//! page layout. State flows one way: event → `Action` → `state::reduce` → scenario →
//! `use_memo(project)` → views.

use super::context::{send, use_env, ByPtr, Env, Fields, Reduce, Screen, Shared};
use super::controls::{
    col_head, fixed, fixed_class, language_switch, source_badge, text_field, FieldSpec,
};
use super::results::{headline_view, key_figures_view, targets_table, warnings_view, Charts};
use crate::app::compare::{PinAction, Pins};
use crate::app::edit::ScenarioView;
use crate::app::levers::{assumption_groups, lever_groups, Lever};
use crate::app::state::{reduce, Action, AppState};
use crate::engine::project;
use crate::i18n::{Lang, Text};
use crate::presets;
use crate::scenario::fields::{FieldId, TargetPart};
use crate::scenario::Metric;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

impl Reduce for AppState {
    type Action = Action;
    fn next(&self, action: Action) -> AppState {
        let started = super::timing::now();
        let next = reduce(self, action);
        super::timing::record("reduceTimes", super::timing::now() - started);
        next
    }
}

impl Reduce for Pins {
    type Action = PinAction;
    fn next(&self, action: PinAction) -> Pins {
        self.reduce(action)
    }
}

/// What fills the window: the planner, or one of the full-page views over it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Page {
    Planner,
    Memo,
    CompareMemo,
    OwnRegion,
    Presentation,
}

#[component]
pub fn App() -> Html {
    super::timing::render_started();
    // A share link in the address bar opens its scenario; a broken one says why. A comparison
    // link opens its first scenario on screen and pins the others (issue 24).
    let opening = use_memo((), |_| {
        let fragment = super::share::opening_fragment();
        let comparison = crate::formats::comparison::is_comparison(&fragment)
            .then(|| crate::formats::comparison::decode(&fragment));
        (fragment, comparison)
    });
    let state = {
        let opening = opening.clone();
        use_reducer(move || {
            Shared(Rc::new(match &opening.1 {
                Some(Ok(entries)) => AppState::from_link(&entries[0].link, Lang::Nl),
                Some(Err(error)) => {
                    let mut state = AppState::from_link("", Lang::Nl);
                    state.notice = Some(crate::app::state::Notice::Comparison(error.clone()));
                    state
                }
                None => AppState::from_link(&opening.0, Lang::Nl),
            }))
        })
    };
    let snapshot = state.by_ptr();
    let scenario = ByPtr(snapshot.0.scenario.clone());
    let projection = use_memo(scenario.clone(), |s| {
        let started = super::timing::now();
        let p = project(&s.0);
        super::timing::record("projectTimes", super::timing::now() - started);
        p
    });
    let view = use_memo(scenario.clone(), |s| ScenarioView::new(&s.0));
    let reasons = {
        let projection = projection.clone();
        use_memo(scenario.clone(), move |s| {
            crate::app::summary::miss_reasons(&s.0, &projection)
        })
    };
    let plan = use_memo(snapshot.0.plan, |id| crate::app::changes::plan_view(*id));
    let plan_scenario = ByPtr(use_memo(snapshot.0.plan, |id| id.map(|p| p.scenario())));
    // The page's title says "(gewijzigd)" once anything differs from the plan, as the memo's
    // (compared as the fields the badges read).
    let changed = plan.as_ref().as_ref().is_some_and(|p| *p != *view);
    let unbudgeted = use_memo((scenario.clone(), plan_scenario), |(s, plan)| {
        crate::app::unbudgeted::unbudgeted(&s.0, plan.0.as_ref().as_ref())
    });
    let mc = super::uncertainty::use_uncertainty(scenario.clone());
    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let lang = snapshot.0.lang;

    super::share::use_address_follows(scenario.clone(), snapshot.0.plan);
    super::events::use_undo_keys(dispatch.clone());
    use_effect_with(lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(Text::PageTitle.get(*lang));
        }
    });
    let env = Env {
        lang,
        dispatch: dispatch.clone(),
    };
    let ctx = Screen {
        state: snapshot,
        projection: ByPtr(projection),
        view: ByPtr(view),
        plan: ByPtr(plan),
        dispatch: dispatch.clone(),
        mc,
        reasons: ByPtr(reasons),
        unbudgeted: ByPtr(unbudgeted),
    };
    let ctx = &ctx;
    let page = use_state(|| Page::Planner);
    let go = |to: Page| open_page(&page, to);
    // The own regions kept in this browser, read again on each return to the planner (after
    // the form has kept one).
    let regions = use_memo(*page == Page::Planner, |_| super::saved::kept_regions());
    // Pinned scenarios are kept for this tab, so a reload (or the update's "Nu opnieuw laden")
    // keeps them; a new tab starts without.
    let pins = {
        let opening = opening.clone();
        use_reducer(move || {
            Shared(Rc::new(match &opening.1 {
                Some(Ok(entries)) => Pins::from_comparison(entries),
                _ => read_pins(),
            }))
        })
    };
    // A comparison opened from a link pasted into an open page or from a file.
    let open_comparison = {
        let (pins, dispatch) = (pins.clone(), dispatch.clone());
        Callback::from(move |entries: Vec<crate::formats::comparison::Entry>| {
            if let Some(first) = entries.first() {
                dispatch.emit(Action::OpenLink(first.link.clone()));
                pins.dispatch(PinAction::Replace(Pins::from_comparison(&entries)));
            }
        })
    };
    use_effect_with(pins.by_ptr(), |pins| write_pins(&pins.0));
    let pin = {
        let (pins, ctx) = (pins.clone(), ctx.clone());
        Callback::from(move |_| {
            pins.dispatch(PinAction::Pin {
                scenario: ctx.state.0.scenario.clone(),
                projection: ctx.projection.0.clone(),
                plan: ctx.state.0.plan,
                lang: ctx.state.0.lang,
            })
        })
    };
    // A saved scenario pinned by its name: its link decoded as any link (issue 24).
    let pin_saved = {
        let pins = pins.clone();
        Callback::from(move |(label, link): (String, String)| {
            if let Ok((scenario, plan)) = crate::formats::link::decode(&link) {
                pins.dispatch(PinAction::PinNamed {
                    label,
                    scenario: Rc::new(scenario),
                    plan,
                });
            }
        })
    };
    let unpin = {
        let pins = pins.clone();
        Callback::from(move |i: usize| pins.dispatch(PinAction::Unpin(i)))
    };
    let rename = {
        let pins = pins.clone();
        Callback::from(move |(i, label): (usize, String)| {
            pins.dispatch(PinAction::Rename(i, label))
        })
    };
    super::share::use_hash_links(dispatch.clone(), open_comparison.clone());
    let pin_count = pins.0.len();
    // Pinning shows where the comparison is: it scrolls into view when a scenario is added.
    {
        let shown = use_mut_ref(|| 0usize);
        use_effect_with(pin_count, move |count| {
            if *count > *shown.borrow() {
                if let Some(section) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("comparison"))
                {
                    section.scroll_into_view();
                }
            }
            *shown.borrow_mut() = *count;
        });
    }
    // Back from the presentation, the focus returns to its button.
    {
        let was = use_mut_ref(|| Page::Planner);
        use_effect_with(*page, move |now| {
            if *was.borrow() == Page::Presentation && *now != Page::Presentation {
                if let Some(button) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("present-open"))
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
                {
                    let _ = button.focus();
                }
            }
            *was.borrow_mut() = *now;
        });
    }
    let on_screen = ctx.on_screen();
    let bands = ctx.mc.bands_for(&ctx.state.0.scenario);
    // Every hook above; the full-page views below.
    let full_page = match *page {
        Page::CompareMemo if pin_count > 0 => Some(html! {
            <super::compare::CompareMemo on_screen={on_screen.clone()} pins={pins.by_ptr()} on_close={go(Page::Planner)} />
        }),
        Page::OwnRegion => Some(html! {
            <super::own_region::OwnRegionForm on_close={go(Page::Planner)} />
        }),
        Page::Presentation => Some(html! {
            <super::present::Presentation on_screen={on_screen.clone()} fields={ctx.fields()} unbudgeted={ctx.unbudgeted.clone()} mc={bands.clone()} pins={pins.by_ptr()} on_close={go(Page::Planner)} />
        }),
        Page::Memo => Some(super::memo::memo_view(ctx, open_page(&page, Page::Planner))),
        Page::Planner | Page::CompareMemo => None,
    };
    if let Some(view) = full_page {
        return html! { <ContextProvider<Env> context={env}>{ view }</ContextProvider<Env>> };
    }
    // A new set of charts is a new component: every canvas observed, no table toggle carried
    // over to another chart. One key per combination of the two optional charts.
    let (places, under12) = crate::app::chart_data::optional_charts(&ctx.projection.0);
    let charts_key = usize::from(places) * 2 + usize::from(under12);
    let state = &ctx.state.0;
    html! {
        <ContextProvider<Env> context={env}>
            <a class="skip-link" href="#results" onclick={skip_to_results()}>{ Text::SkipToResults.get(lang) }</a>
            <header class="top">
                <div class="brand">
                    <p class="logo">{ "zothuis" }</p>
                    { fixed_class("p", "subtitle", Text::AppSubtitle.get(lang)) }
                </div>
                { preset_picker(ctx, &regions, go(Page::OwnRegion)) }
                <super::share::ShareButton scenario={on_screen.scenario.clone()} plan={on_screen.plan} />
                <button type="button" class="memo-button" id="memo-open" onclick={open_page(&page, Page::Memo)}>{ "Memo" }</button>
                <button type="button" class="memo-button" id="present-open" onclick={open_page(&page, Page::Presentation)}>{ Text::Presentation.get(lang) }</button>
                { language_switch(ctx) }
            </header>
            { super::share::notice_view(ctx) }
            <super::offline::UpdateNotice />
            // The answer comes first in the page: on a phone or tablet it is the first screen;
            // on a laptop or projector the levers sit beside it in their own sticky column.
            <main class="layout">
                <section id="results" class="answer" aria-labelledby="results-title" tabindex="-1">
                    <h1 id="results-title" class="visually-hidden">{ crate::app::memo::title(&state.scenario, changed, lang) }</h1>
                    { headline_view(ctx) }
                    { key_figures_view(ctx) }
                    { warnings_view(ctx) }
                </section>
                { levers_panel(ctx) }
                <section class="results" aria-label={Text::ResultsDetails.get(lang)}>
                    <Charts key={charts_key} scenario={on_screen.scenario.clone()} projection={ctx.projection.clone()} mc={bands} />
                    { targets_table(ctx) }
                    <div class="toolbar">
                        { super::files::files_toolbar(ctx, open_comparison.clone()) }
                        <button type="button" class="small" id="pin" onclick={pin} disabled={pins.0.is_full()}>
                            { crate::i18n::messages::pin_button(pin_count, crate::app::compare::MAX_PINNED, lang) }
                        </button>
                    </div>
                    <super::saved::SavedPanel scenario={on_screen.scenario.clone()} plan={on_screen.plan} on_pin={pin_saved} pins_full={pins.0.is_full()} />
                    if pin_count > 0 {
                        <super::compare::Comparison on_screen={on_screen.clone()} pins={pins.by_ptr()} on_unpin={unpin} on_rename={rename} on_memo={go(Page::CompareMemo)} />
                    }
                    <super::uncertainty::UncertaintyPanel fields={ctx.fields()} mc={ctx.mc.clone()} projection={ctx.projection.clone()} />
                </section>
            </main>
            // In a landmark of its own, as every part of the page (axe "region").
            <section class="assumptions-region" aria-label={Text::Assumptions.get(lang)}>
                <AssumptionsPanel fields={ctx.fields()} projection={ctx.projection.clone()} />
            </section>
        </ContextProvider<Env>>
    }
}

/// A callback that opens a page (or goes back to the planner).
fn open_page<T>(page: &UseStateHandle<Page>, to: Page) -> Callback<T> {
    let page = page.clone();
    Callback::from(move |_| page.set(to))
}

/// The value of the picker's last option, which opens the "Eigen regio" form.
const OWN_REGION: &str = "eigen-regio";

/// The session-storage key of the pinned scenarios (the saved list's format).
const PINS_KEY: &str = "zothuis.pins.v1";

/// The pins kept for this tab; none where session storage is blocked or holds nothing usable.
fn read_pins() -> Pins {
    use gloo_storage::Storage;
    let available =
        web_sys::window().is_some_and(|w| w.session_storage().is_ok_and(|s| s.is_some()));
    if !available {
        return Pins::default();
    }
    gloo_storage::SessionStorage::get::<serde_json::Value>(PINS_KEY)
        .ok()
        .and_then(|v| crate::formats::saved::SavedList::from_stored(Some(v)).ok())
        .map_or_else(Pins::default, |list| Pins::from_list(&list))
}

/// Keeps the pins for this tab (nothing where session storage is blocked: pins are a
/// convenience of the meeting, the scenarios themselves are in the address and the saved list).
fn write_pins(pins: &Pins) {
    use gloo_storage::Storage;
    let available =
        web_sys::window().is_some_and(|w| w.session_storage().is_ok_and(|s| s.is_some()));
    if available {
        let _ = gloo_storage::SessionStorage::set(PINS_KEY, pins.to_list().to_stored());
    }
}

/// The skip link moves the focus to the results without following its `#results` (the
/// address holds the scenario's link, which a reload opens; issue 22).
fn skip_to_results() -> Callback<MouseEvent> {
    Callback::from(|e: MouseEvent| {
        e.prevent_default();
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("results"))
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
        if let Some(results) = target {
            results.scroll_into_view();
            let _ = results.focus();
        }
    })
}

fn preset_picker(
    ctx: &Screen,
    regions: &[crate::formats::saved::SavedScenario],
    open_own: Callback<()>,
) -> Html {
    let (state, dispatch) = (&ctx.state, ctx.dispatch.clone());
    let lang = state.0.lang;
    // A kept region's option holds its link ("region:v1/…").
    let onchange = Callback::from(move |e: Event| {
        let select: HtmlSelectElement = e.target_unchecked_into();
        let value = select.value();
        if value == OWN_REGION {
            open_own.emit(());
        } else if let Some(link) = value.strip_prefix("region:") {
            dispatch.emit(Action::OpenLink(link.to_string()));
        } else {
            dispatch.emit(Action::LoadPreset(value));
        }
    });
    // A kept region is "on screen" when no plan is and the region's name is its.
    let kept = state
        .0
        .plan
        .is_none()
        .then(|| {
            regions
                .iter()
                .position(|r| r.name == state.0.scenario.region)
        })
        .flatten();
    let current = state.0.plan.map(|p| p.id()).unwrap_or_default();
    html! {
        <div class="preset-picker">
            <label for="preset">{ Text::PresetLabel.get(lang) }</label>
            <select id="preset" {onchange}>
                if current.is_empty() && kept.is_none() {
                    <option value="" selected=true disabled=true>{ Text::OwnScenario.get(lang) }</option>
                }
                { for presets::all().iter().map(|p| html! {
                    <option value={p.id} selected={p.id == current}>{ match lang { Lang::Nl => p.region, Lang::En => p.region_en } }</option>
                }) }
                if !regions.is_empty() {
                    <optgroup label={Text::KeptRegions.get(lang)}>
                        { for regions.iter().enumerate().map(|(i, r)| html! {
                            <option value={format!("region:{}", r.link)} selected={kept == Some(i)}>{ r.name.clone() }</option>
                        }) }
                    </optgroup>
                }
                <option value={OWN_REGION}>{ Text::OwnRegionOption.get(lang) }</option>
            </select>
        </div>
    }
}

/// "Ongedaan maken" and "Opnieuw" (also Ctrl+Z and Ctrl+Y).
fn undo_redo(ctx: &Screen) -> Html {
    let lang = ctx.state.0.lang;
    let history = &ctx.state.0.history;
    let (undo, redo) = (ctx.dispatch.clone(), ctx.dispatch.clone());
    html! {
        <div class="undo-redo">
            <button type="button" class="small" id="undo" aria-keyshortcuts="Control+Z"
                disabled={!history.can_undo()} onclick={Callback::from(move |_| undo.emit(Action::Undo))}>
                <span aria-hidden="true">{ "↶ " }</span>{ Text::Undo.get(lang) }
            </button>
            <button type="button" class="small" id="redo" aria-keyshortcuts="Control+Y"
                disabled={!history.can_redo()} onclick={Callback::from(move |_| redo.emit(Action::Redo))}>
                <span aria-hidden="true">{ "↷ " }</span>{ Text::Redo.get(lang) }
            </button>
        </div>
    }
}

/// A lever's control with what it shows.
fn lever_control(ctx: &Screen, lever: &Lever) -> Html {
    super::controls::lever_control(&ctx.fields(), &ctx.unbudgeted.0, lever)
}

fn levers_panel(ctx: &Screen) -> Html {
    let (state, projection) = (&ctx.state, &ctx.projection.0);
    let lang = state.0.lang;
    let s = &state.0.scenario;
    let groups = lever_groups(s);
    let inflows: Vec<String> = projection
        .years
        .iter()
        .map(|y| crate::i18n::format::format_count(y.inflow, lang))
        .collect();
    html! {
        <aside class="levers-panel" aria-labelledby="levers-title">
            { super::results::compact_answer(ctx) }
            <h2 id="levers-title">{ Text::Levers.get(lang) }</h2>
            { fixed_class("p", "intro", Text::LeversIntro.get(lang)) }
            { undo_redo(ctx) }
            { for groups.iter().map(|g| html! {
                <fieldset class="lever-group">
                    { fixed("legend", g.title.get(lang)) }
                    if let Some(why) = g.not_applicable {
                        { fixed_class("p", "hint", why.get(lang)) }
                        <details class="set-anyway">
                            { fixed("summary", Text::SetAnyway.get(lang)) }
                            { for g.levers.iter().map(|l| lever_control(ctx, l)) }
                        </details>
                    } else {
                        { for g.levers.iter().map(|l| lever_control(ctx, l)) }
                    }
                    if g.title == Text::LeverInflow {
                        <p class="derived" id="resulting-inflow">
                            { Text::ResultingInflow.get(lang) }{ ": " }
                            { inflows.join(" → ") }
                            { format!(" ({}–{})", s.start_year, s.last_year()) }
                        </p>
                    }
                    if g.title == Text::LeverRecruitment && g.not_applicable.is_none() {
                        <p class="derived">
                            { Text::LeverRecruitmentHelp.get(lang) }{ " " }
                            { s.foster.status_quo_recruit_per_year }{ " " }{ Text::UnitFamiliesPerYear.get(lang) }
                        </p>
                    }
                </fieldset>
            }) }
        </aside>
    }
}

#[derive(Properties, PartialEq)]
struct AssumptionsPanelProps {
    fields: Fields,
    projection: ByPtr<crate::engine::Projection>,
}

#[component]
fn AssumptionsPanel(props: &AssumptionsPanelProps) -> Html {
    let dispatch = use_env().dispatch;
    let fields = &props.fields;
    let state = &fields.state;
    let projection = &props.projection.0;
    let (open, ontoggle) = super::events::use_details_open();
    let lang = state.0.lang;
    let s = state.0.scenario.clone();
    let years: Vec<i32> = (s.start_year..=s.last_year()).collect();
    let money_row = |path_of: &dyn Fn(usize) -> String| -> Html {
        years
            .iter()
            .enumerate()
            .map(|(y, year)| {
                html! {
                    <td>{ text_field(fields, &dispatch, FieldSpec::new(path_of(y)).label(year.to_string()).hide_label()) }</td>
                }
            })
            .collect::<Html>()
    };
    let add_line = send(&dispatch, Action::AddProgrammeLine);
    let add_target = send(&dispatch, Action::AddTarget);
    html! {
        <details class="assumptions" {ontoggle} id="assumptions">
            <summary>{ fixed("h2", Text::Assumptions.get(lang)) }</summary>
            if open {
                { fixed_class("p", "intro", Text::AssumptionsIntro.get(lang)) }
                <div class="assumption-groups">
                    <fieldset class="assumption-group">
                        { fixed("legend", Text::Scenario.get(lang)) }
                        { text_field(fields, &dispatch, FieldSpec::new(FieldId::Name.path()).label(Text::Name.get(lang))) }
                        { text_field(fields, &dispatch, FieldSpec::new(FieldId::Region.path()).label(Text::Region.get(lang))) }
                    </fieldset>
                    { for assumption_groups(&state.0.scenario).into_iter().map(|g| html! {
                        <fieldset class="assumption-group">
                            { fixed("legend", g.title.get(lang)) }
                            { for g.fields.iter().map(|f| html! {
                                { text_field(fields, &dispatch, match f.unit {
                                    Some(unit) => FieldSpec::new(f.path()).unit(unit.get(lang)),
                                    None => FieldSpec::new(f.path()),
                                }.with_source()) }
                            }) }
                        </fieldset>
                    }) }
                </div>
                <div class="band-actions">
                    if s.under12.is_none() {
                        <button type="button" id="add-under12" onclick={send(&dispatch, Action::AddUnder12)}>{ Text::AddUnder12.get(lang) }</button>
                    } else {
                        <button type="button" class="small" id="remove-under12" onclick={send(&dispatch, Action::RemoveUnder12)}>{ Text::RemoveUnder12.get(lang) }</button>
                    }
                </div>
                <div class="money-tables">
                    { super::controls::table_box(Text::GroupProgramme.get(lang).to_string(), html! {
                    <table class="money-table">
                        <caption>{ Text::GroupProgramme.get(lang) }{ " " }{ source_badge(fields, FieldId::ProgrammeLines.path()) }</caption>
                        <thead><tr>
                            { col_head(Text::LineLabel.get(lang)) }
                            { for years.iter().map(|y| html! { <th scope="col">{ *y }</th> }) }
                            <th scope="col">{ fixed_class("span", "visually-hidden", Text::RemoveLine.get(lang)) }</th>
                        </tr></thead>
                        <tbody>
                            { for s.programme.lines.iter().enumerate().map(|(i, _)| {
                                let remove = send(&dispatch, Action::RemoveProgrammeLine(i));
                                html! {
                                    <tr>
                                        <td>{ text_field(fields, &dispatch, FieldSpec::new(format!("{}[{i}].label", FieldId::ProgrammeLines.path()))
                                            .label(format!("{} {}", Text::LineLabel.get(lang), i + 1)).hide_label()) }</td>
                                        { money_row(&|y| format!("{}[{i}].amounts[{y}]", FieldId::ProgrammeLines.path())) }
                                        <td><button type="button" class="small" onclick={remove}>{ Text::RemoveLine.get(lang) }</button></td>
                                    </tr>
                                }
                            }) }
                            <tr class="computed">
                                <th scope="row">{ Text::ProgrammeCost.get(lang) }</th>
                                { for projection.years.iter().map(|y| html! {
                                    <td class="num">{ crate::i18n::format::format_euro(y.programme_cost, lang) }</td>
                                }) }
                                <td></td>
                            </tr>
                            // A figure per year each: its label, the field of its source, the array.
                            { for [
                                (Text::PrintedTotal, FieldId::PrintedTotals, FieldId::PrintedTotals),
                                (Text::Budget, FieldId::Budget, FieldId::BudgetAmounts),
                                (Text::GroupCapacity, FieldId::ResidentialCapacity, FieldId::ResidentialCapacity),
                            ].into_iter().map(|(label, source, array)| html! {
                                <tr>
                                    <th scope="row">{ label.get(lang) }{ " " }{ source_badge(fields, source.path()) }</th>
                                    { money_row(&|y| format!("{}[{y}]", array.path())) }
                                    <td></td>
                                </tr>
                            }) }
                        </tbody>
                    </table> }) }
                    <button type="button" onclick={add_line}>{ Text::AddLine.get(lang) }</button>
                </div>
                { super::controls::table_box(Text::GroupTargets.get(lang).to_string(), targets_editor(fields, &dispatch)) }
                <button type="button" onclick={add_target}>{ Text::AddTarget.get(lang) }</button>
            }
        </details>
    }
}

fn targets_editor(fields: &Fields, dispatch: &Callback<Action>) -> Html {
    let state = &fields.state;
    let lang = state.0.lang;
    let s = state.0.scenario.clone();
    html! {
        <table class="targets-editor">
            <caption>{ Text::GroupTargets.get(lang) }{ " " }{ source_badge(fields, FieldId::Targets.path()) }</caption>
            <thead><tr>
                { col_head(Text::ColYear.get(lang)) }
                { col_head(Text::ColMetric.get(lang)) }
                { col_head(Text::ColTarget.get(lang)) }
                <th scope="col">{ fixed_class("span", "visually-hidden", Text::RemoveTarget.get(lang)) }</th>
            </tr></thead>
            <tbody>
                { for s.targets.iter().enumerate().map(|(i, t)| {
                    let choose = |field: TargetPart| {
                        let dispatch = dispatch.clone();
                        Callback::from(move |e: Event| {
                            let select: HtmlSelectElement = e.target_unchecked_into();
                            dispatch.emit(Action::ChooseTarget { index: i, field, value: select.value() });
                        })
                    };
                    let remove = send(dispatch, Action::RemoveTarget(i));
                    let metric_id = format!("target-{i}-metric");
                    let op_id = format!("target-{i}-op");
                    html! {
                        <tr>
                            <td>{ text_field(fields, dispatch, FieldSpec::new(format!("{}[{i}].{}", FieldId::Targets.path(), TargetPart::Year.key()))
                                .label(format!("{} {}", Text::ColYear.get(lang), i + 1)).hide_label()) }</td>
                            <td>
                                <label for={metric_id.clone()} class="visually-hidden">{ Text::ColMetric.get(lang) }</label>
                                <select id={metric_id} onchange={choose(TargetPart::Metric)}>
                                    { for Metric::ALL.iter().map(|m| html! {
                                        <option value={m.key()} selected={*m == t.metric}>
                                            { crate::i18n::metric_text(*m).get(lang) }
                                        </option>
                                    }) }
                                </select>
                            </td>
                            <td class="target-threshold">
                                <label for={op_id.clone()} class="visually-hidden">{ Text::ColTarget.get(lang) }</label>
                                <select id={op_id} onchange={choose(TargetPart::Op)}>
                                    <option value=">=" selected={t.op.symbol() == ">="}>{ "≥" }</option>
                                    <option value="<=" selected={t.op.symbol() == "<="}>{ "≤" }</option>
                                </select>
                                { text_field(fields, dispatch, FieldSpec::new(format!("{}[{i}].{}", FieldId::Targets.path(), TargetPart::Value.key()))
                                    .label(format!("{} {}", Text::ColTarget.get(lang), i + 1)).hide_label()) }
                            </td>
                            <td><button type="button" class="small" onclick={remove}>{ Text::RemoveTarget.get(lang) }</button></td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}
