//! The results: headline, key figures, warnings and the targets table.

pub use super::charts::Charts;
use super::context::{use_env, ByPtr, Env, Screen};
use super::controls::{col_head, fixed, fixed_class, list_item};
use crate::app::state::{Action, Origin};
use crate::app::summary::{headline, key_figures, target_rows, Status};
use crate::i18n::{warning_message, Text};
use crate::scenario::Scenario;
use yew::prelude::*;

pub fn headline_view(ctx: &Screen) -> Html {
    let (state, projection) = (&ctx.state, &ctx.projection.0);
    let lang = state.0.lang;
    let h = headline(&state.0.scenario, projection, lang);
    let chance = h.target_index.and_then(|i| {
        let mc = ctx.mc.result_for(&state.0.scenario)?;
        crate::app::summary::chance_sentence(mc, projection, i, lang)
    });
    let stale = ctx.mc.is_stale(&state.0.scenario);
    let why = crate::app::summary::why_not_from(&ctx.reasons.0, &state.0.scenario, &h, lang);
    let (class, mark) = match h.status {
        Status::Met => ("headline met", "✓"),
        Status::Missed => ("headline missed", "✗"),
        Status::NoTarget => ("headline none", ""),
    };
    html! {
        <div class={class} aria-live="polite" id="headline">
            <p class="headline-subject">
                <span>{ h.subject.clone() }</span>
                // "Wat is er nodig?" one tap from the answer (issue 24: on a phone the question
                // sat some 8,000 px down): the focus goes to the headline target's goal seek.
                // On the subject's line, so that the answer keeps its height on a laptop.
                if let (Some(index), Status::Missed) = (h.target_index, h.status) {
                    <button type="button" class="small headline-needed" id="headline-needed" onclick={go_to_goal_seek(index)}>
                        { Text::ColNeeded.get(lang) }</button>
                }
            </p>
            <p class="headline-main">
                <span class="headline-actual">{ h.actual.clone() }</span>
                <span class="headline-verdict">
                    if !mark.is_empty() { <span class="mark" aria-hidden="true">{ mark }</span> }
                    { h.verdict.clone() }
                </span>
            </p>
            if let Some(chance) = chance {
                <p class={classes!("headline-chance", stale.then_some("stale"))} id="headline-chance">{ chance }</p>
            }
            if let Some(why) = why {
                <p class="headline-why" id="headline-why">{ why }</p>
            }
        </div>
    }
}

/// Scrolls to the goal seek of target `index` and gives its lever list the focus.
fn go_to_goal_seek(index: usize) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let list = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&format!("goalseek-{index}")))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(list) = list {
            list.scroll_into_view();
            let _ = list.focus();
        }
    })
}

/// The answer in one line, pinned to the top of the levers on a phone or tablet so that a lever
/// move shows its effect without scrolling back (hidden on wider screens by the style sheet).
/// The full headline above stays the one that screen readers announce.
pub fn compact_answer(ctx: &Screen) -> Html {
    let (state, projection) = (&ctx.state, &ctx.projection.0);
    let h = headline(&state.0.scenario, projection, state.0.lang);
    let (class, mark) = match h.status {
        Status::Met => ("compact-answer met", "✓ "),
        Status::Missed => ("compact-answer missed", "✗ "),
        Status::NoTarget => ("compact-answer none", ""),
    };
    html! {
        <p class={class} id="compact-answer" aria-hidden="true">
            <span class="compact-subject">{ h.subject }{ ": " }</span>
            <strong class="compact-actual">{ h.actual }</strong>{ " " }
            <span class="compact-verdict">{ mark }{ h.verdict }</span>
        </p>
    }
}

pub fn key_figures_view(ctx: &Screen) -> Html {
    let (state, projection) = (&ctx.state, &ctx.projection.0);
    let lang = state.0.lang;
    let k = key_figures(projection, lang);
    let s = &state.0.scenario;
    let period = format!("{}–{}", s.start_year, s.last_year());
    html! {
        <dl class="key-figures">
            <div><dt>{ Text::CareCostTotal.get(lang) }{ " " }{ period.clone() }</dt>
                 <dd id="kf-care-cost">{ k.care_cost }</dd>
                 <dd class="sub">{ Text::StatusQuo.get(lang) }{ ": " }{ k.status_quo_care_cost }</dd>
                 <dd class="sub" id="kf-committed">{ k.committed_short[0].clone() }{ " " }<span class="nowrap">{ k.committed_short[1].clone() }</span>{ " " }<span class="nowrap">{ k.committed_short[2].clone() }</span></dd></div>
            <div><dt>{ Text::Savings.get(lang) }{ " " }{ period.clone() }</dt>
                 <dd id="kf-savings">{ k.savings }</dd>
                 <dd class="sub" id="kf-payback">{ k.payback }</dd>
                 <dd class="sub" id="kf-net-committed">{ k.net_with_committed.0 }{ " " }<span class="nowrap">{ k.net_with_committed.1 }</span></dd>
                 if let Some(timing) = k.timing_short {
                     <dd class="sub timing warn" id="kf-timing">{ timing }</dd>
                 }</div>
            <div class={classes!(k.shortfall.is_some().then_some("over-budget"))}><dt>{ Text::ProgrammeCost.get(lang) }{ " " }{ period }</dt>
                 <dd id="kf-programme">{ k.programme_cost }</dd>
                 if let Some(text) = crate::app::unbudgeted::tile_text(&ctx.unbudgeted.0, lang) {
                     <dd class="sub timing warn" id="kf-unbudgeted">{ text }</dd>
                 }
                 if let Some(regular) = k.regular_cost {
                     <dd class="sub" id="kf-regular">{ Text::RegularBudget.get(lang) }{ ": " }{ regular }</dd>
                 }
                 <dd class="sub" id="kf-budget">{ Text::Budget.get(lang) }{ ": " }{ k.budget }</dd>
                 if let Some(short) = k.shortfall.clone() {
                     <dd class="sub shortfall warn" id="kf-shortfall">{ short }</dd>
                 }</div>
            // The final year's children: placed for lack of a family place, then how many used
            // care during the year, admissions to residential care, placements per 1,000.
            <div><dt>{ Text::Mismatch.get(lang) }{ " " }{ s.last_year() }</dt>
                 <dd id="kf-mismatch">{ k.mismatch_last_year }{ " " }{ fixed_class("span", "unit", Text::UnitChildren.get(lang)) }</dd>
                 <dd class="sub">{ Text::ChildrenDuringYear.get(lang) }{ ": " }<span id="kf-users">{ k.users_last_year }</span></dd>
                 <dd class="sub">{ Text::ResidentialAdmissions.get(lang) }{ ": " }<span id="kf-admissions">{ k.residential_admissions_last_year }</span></dd>
                 if let Some(per_1000) = k.per_1000_last_year {
                     <dd class="sub">{ Text::MetricPlacementsPer1000.get(lang) }{ ": " }<span id="kf-per-1000">{ per_1000 }</span></dd>
                 }
                 </div>
        </dl>
    }
}

pub fn warnings_view(ctx: &Screen) -> Html {
    let (state, projection) = (&ctx.state, &ctx.projection.0);
    let lang = state.0.lang;
    let illustrative = state
        .0
        .scenario
        .source_of(crate::scenario::fields::FieldId::Stock.path())
        .is_some_and(|s| s.note.starts_with("Illustratief"));
    let printed = crate::app::summary::printed_total_notes(&state.0.scenario, lang);
    let at_status_quo = crate::app::summary::levers_at_status_quo(&state.0.scenario);
    if !illustrative && projection.warnings.is_empty() && printed.is_empty() && !at_status_quo {
        return html! {};
    }
    html! {
        <div class="notes" role="note">
            { fixed_class("p", "notes-title", Text::Warnings.get(lang)) }
            <ul>
                if at_status_quo { <li id="note-status-quo">{ Text::LeversAtStatusQuo.get(lang) }</li> }
                if illustrative { <li>{ Text::Illustrative.get(lang) }</li> }
                { for projection.warnings.iter().map(|w| list_item(warning_message(w, lang))) }
                { for printed.into_iter().map(list_item) }
            </ul>
        </div>
    }
}

pub fn targets_table(ctx: &Screen) -> Html {
    let (state, projection) = (&ctx.state, &ctx.projection.0);
    let lang = state.0.lang;
    let rows = target_rows(projection, lang);
    let mc = ctx
        .mc
        .result_for(&state.0.scenario)
        .filter(|mc| crate::analysis::montecarlo::bands_fit(mc, projection));
    let stale = ctx.mc.is_stale(&state.0.scenario);
    let chance = |index: usize| -> String {
        match mc.and_then(|mc| mc.targets.get(index)) {
            Some(t) => crate::app::summary::format_chance(t.probability, lang),
            None if stale => "…".to_string(),
            None => "—".to_string(),
        }
    };
    if rows.is_empty() {
        return html! { { fixed_class("p", "no-targets", Text::NoTargets.get(lang)) } };
    }
    let last_year = state.0.scenario.last_year();
    html! {
        // On a narrow screen the table scrolls inside its own labelled box, never the page.
        <div class="table-scroll" role="region" aria-labelledby="targets-caption" tabindex="0">
        <table class="targets" id="targets-table">
            <caption id="targets-caption">{ Text::TargetsTitle.get(lang) }</caption>
            <thead><tr>
                { col_head(Text::ColYear.get(lang)) }
                { col_head(Text::ColMetric.get(lang)) }
                { col_head(Text::ColTarget.get(lang)) }
                <th scope="col" class="num">{ Text::ColActual.get(lang) }</th>
                { col_head(Text::ColStatus.get(lang)) }
                <th scope="col" class="num">{ Text::ColMargin.get(lang) }</th>
                <th scope="col" class="num"><abbr title={Text::ChanceThatTheTargetIs.get(lang)}>{ Text::Chance.get(lang) }</abbr></th>
                { col_head(Text::ColFirstMet.get(lang)) }
                <th scope="col" class="needed">{ Text::ColNeeded.get(lang) }</th>
            </tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr class={if r.met { "met" } else { "missed" }}>
                        // `data-label`: a phone shows each row as a card with these labels.
                        <td data-label={Text::ColYear.get(lang)}>{ r.year }</td>
                        <td data-label={Text::ColMetric.get(lang)}>{ r.metric.clone() }</td>
                        <td data-label={Text::ColTarget.get(lang)}>{ r.threshold.clone() }</td>
                        <td class="num" data-label={Text::ColActual.get(lang)}>{ r.actual.clone() }</td>
                        <td class="status" data-label={Text::ColStatus.get(lang)}>
                            <span aria-hidden="true">{ if r.met { "✓ " } else { "✗ " } }</span>
                            { if r.met { Text::TargetMet.get(lang) } else { Text::TargetMissed.get(lang) } }
                        </td>
                        <td class="num" data-label={Text::ColMargin.get(lang)}>{ r.margin.clone() }</td>
                        <td class={classes!("num", "chance", stale.then_some("stale"))} data-label={Text::Chance.get(lang)}>{ chance(r.index) }</td>
                        <td data-label={Text::ColFirstMet.get(lang)}>{ r.first_met.map(|y| y.to_string()).unwrap_or_else(|| crate::i18n::messages::not_before_end(last_year, lang)) }</td>
                        <td class="needed">
                            // Every missed target says why (issue 23), folded so the table stays a
                            // table; in the row's full-width part, beside what it would take.
                            if let (Some(Some(reason)), Some(target)) = (ctx.reasons.0.get(r.index), state.0.scenario.targets.get(r.index)) {
                                <details class="why">
                                    { fixed("summary", Text::WhyNot.get(lang)) }
                                    <p>{ crate::app::summary::reason_text(reason, target, lang) }</p>
                                </details>
                            }
                            // A target not met: what it takes. A target met: what gives it a chance
                            // the user asks for (only with ranges, the chances' source).
                            // (Rendered for a met target too, so that "Toepassen" keeps its place
                            // and the focus when it meets the target.)
                            <GoalSeekCell scenario={ByPtr(ctx.state.0.scenario.clone())} index={r.index} met={r.met}
                                target_name={format!("{} {} {}", r.year, r.metric, r.threshold)} />
                        </td>
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct GoalSeekCellProps {
    pub scenario: ByPtr<Scenario>,
    pub index: usize,
    /// The target is met: only the chance goal seek is offered.
    pub met: bool,
    /// "2022 Aandeel gezinsvormen ≥ 70 %": what the cell's controls are for, to a screen reader.
    pub target_name: String,
}

/// "Wat is er nodig?" for one target: choose a lever or a combination of levers, compute,
/// apply with one click.
#[component]
pub fn GoalSeekCell(props: &GoalSeekCellProps) -> Html {
    use crate::analysis::goalseek::{goal_seek, GoalLever};
    use crate::analysis::package::default_levers;
    use crate::app::goal::{GoalAnswer, PackageAnswer, Running, Started};
    let Env { lang, dispatch } = use_env();
    let scenario = &props.scenario.0;
    // The lever asked, or `None`: "Combinatie van hendels".
    let lever = use_state(|| Some(GoalLever::Recruitment));
    // The levers the user took out of the combination (default: every policy lever in it).
    let unticked = use_state(Vec::<GoalLever>::new);
    // `_eq`: clearing an answer that is already clear must not render the cell again (this
    // runs on every lever move).
    let answer = use_state_eq(|| None::<GoalAnswer>);
    // The chance goal seek: the level asked (in %), its progress, and a generation that a newer
    // search or a changed scenario bumps, which stops the running one. `busy`: a package
    // search before its first figure.
    let level = use_state(|| 80u32);
    let progress = use_state_eq(|| None::<(u32, u32)>);
    let busy = use_state_eq(|| false);
    let generation = use_mut_ref(|| 0u32);
    // After "Toepassen" the cell says what was applied and keeps the focus; the answer itself
    // belongs to the scenario it was computed for.
    let applied = use_state_eq(|| None::<String>);
    // Whether the answer on screen was put in the memo.
    let noted = use_state_eq(|| false);
    let applying = use_mut_ref(|| None::<String>);
    let answer_ref = use_node_ref();
    let focus_next = use_mut_ref(|| false);
    {
        let (answer, progress, generation) = (answer.clone(), progress.clone(), generation.clone());
        let (applied, applying, focus_next) =
            (applied.clone(), applying.clone(), focus_next.clone());
        let busy = busy.clone();
        use_effect_with(props.scenario.clone(), move |_| {
            *generation.borrow_mut() += 1;
            answer.set(None);
            progress.set(None);
            busy.set(false);
            match applying.borrow_mut().take() {
                Some(text) => {
                    applied.set(Some(text));
                    *focus_next.borrow_mut() = true;
                }
                None => applied.set(None),
            }
        });
    }
    // A new answer (or what was applied) takes the focus, in its live region.
    {
        let (answer_ref, focus_next) = (answer_ref.clone(), focus_next.clone());
        use_effect_with(((*answer).clone(), (*applied).clone()), move |_| {
            if std::mem::take(&mut *focus_next.borrow_mut()) {
                if let Some(el) = answer_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let id = format!("goalseek-{}", props.index);
    let ticked: Vec<GoalLever> = default_levers(scenario)
        .into_iter()
        .filter(|l| !unticked.contains(l))
        .collect();
    // The lists as they stand when a button is pressed: a choice made just before the click is
    // the one computed, even if the cell has not rendered it yet.
    let lever_list = use_node_ref();
    let level_list = use_node_ref();
    let chosen_lever = {
        let (list, lever) = (lever_list.clone(), *lever);
        move || {
            list.cast::<web_sys::HtmlSelectElement>()
                .map(|s| GoalLever::from_key(&s.value()))
                .unwrap_or(lever)
        }
    };
    let chosen_level = {
        let (list, level) = (level_list.clone(), *level);
        move || {
            list.cast::<web_sys::HtmlSelectElement>()
                .and_then(|s| s.value().parse::<u32>().ok())
                .unwrap_or(level)
        }
    };
    let on_lever = {
        let lever = lever.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            lever.set(GoalLever::from_key(&select.value()));
        })
    };
    // Starts a search: a new generation (a running one stops), the focus for its answer, and
    // `busy` until `job` has given it; the job runs after the page has painted "Zoeken …".
    let start = {
        let (answer, progress, generation) = (answer.clone(), progress.clone(), generation.clone());
        let (focus_next, busy, noted) = (focus_next.clone(), busy.clone(), noted.clone());
        move |job: Box<dyn FnOnce() -> Started>| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            progress.set(None);
            answer.set(None);
            noted.set(false);
            busy.set(true);
            let (answer, progress, generation) =
                (answer.clone(), progress.clone(), generation.clone());
            let (focus_next, busy) = (focus_next.clone(), busy.clone());
            // One Monte Carlo per task, yielding in between: the progress line paints and the
            // page stays responsive.
            wasm_bindgen_futures::spawn_local(async move {
                gloo_timers::future::TimeoutFuture::new(20).await;
                let mut started = job();
                busy.set(false);
                if let Started::Running(search) = &mut started {
                    loop {
                        if *generation.borrow() != mine {
                            return;
                        }
                        progress.set(Some(search.progress()));
                        gloo_timers::future::TimeoutFuture::new(1).await;
                        if *generation.borrow() != mine {
                            return;
                        }
                        if !search.step() {
                            break;
                        }
                    }
                }
                if *generation.borrow() != mine {
                    return;
                }
                progress.set(None);
                *focus_next.borrow_mut() = true;
                answer.set(Some(match started {
                    Started::Running(search) => search.finish(),
                    Started::Answer(answer) => answer,
                }));
            });
        }
    };
    let point = |bounded: bool| {
        let (scenario, index, start) = (scenario.clone(), props.index, start.clone());
        let (chosen_lever, ticked) = (chosen_lever.clone(), ticked.clone());
        Callback::from(move |_| {
            let (scenario, lever, ticked) = (scenario.clone(), chosen_lever(), ticked.clone());
            start(Box::new(move || {
                Started::Answer(match lever {
                    Some(lever) => match goal_seek(&scenario, index, lever) {
                        Ok(r) => GoalAnswer::Setting(r),
                        Err(e) => GoalAnswer::Refused(e),
                    },
                    None => match crate::analysis::package::package_seek(
                        &scenario, index, &ticked, bounded,
                    ) {
                        Ok(p) => GoalAnswer::Package(Box::new(PackageAnswer::point(p, &scenario))),
                        Err(e) => GoalAnswer::Refused(e),
                    },
                })
            }))
        })
    };
    let compute = point(true);
    let compute_unbounded = point(false);
    let on_level = {
        let level = level.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Ok(l) = select.value().parse::<u32>() {
                level.set(l);
            }
        })
    };
    let compute_chance = {
        let (scenario, index, start) = (scenario.clone(), props.index, start.clone());
        let ticked = ticked.clone();
        Callback::from(move |_| {
            use crate::analysis::goalseek::ChanceSearch;
            use crate::analysis::montecarlo::{default_seed, DEFAULT_RUNS};
            use crate::analysis::package::ChancePackageSearch;
            let (lever, level) = (chosen_lever(), f64::from(chosen_level()) / 100.0);
            let (scenario, ticked) = (scenario.clone(), ticked.clone());
            start(Box::new(move || {
                let seed = default_seed(&scenario);
                let search = match lever {
                    Some(lever) => {
                        let step = crate::app::goal::slider_step(lever, &scenario);
                        ChanceSearch::new(
                            &scenario,
                            index,
                            lever,
                            level,
                            DEFAULT_RUNS,
                            seed,
                            Some(step),
                        )
                        .map(|s| Running::Lever(Box::new(s)))
                    }
                    None => ChancePackageSearch::new(
                        &scenario,
                        index,
                        &ticked,
                        true,
                        level,
                        DEFAULT_RUNS,
                        seed,
                    )
                    .map(|s| Running::Package(Box::new(s))),
                };
                match search {
                    Ok(running) => Started::Running(running),
                    Err(e) => Started::Answer(GoalAnswer::Refused(e)),
                }
            }))
        })
    };
    let level_id = format!("goalseek-level-{}", props.index);
    let with_ranges = !scenario.uncertainty.is_empty();
    let applied_text = answer.as_ref().and_then(|a| a.applied(scenario, lang));
    let offers_unbounded = answer.as_ref().is_some_and(GoalAnswer::offers_unbounded);
    // A package answer can go into the memo ("Wat ervoor nodig is").
    let for_memo = match answer.as_ref() {
        Some(GoalAnswer::Package(p)) => Some(p.clone()),
        _ => None,
    };
    let answer = answer.as_ref().map(|a| a.describe(scenario, lang));
    let name = &props.target_name;
    let for_id = format!("goalseek-for-{}", props.index);
    // A met target without ranges has nothing to ask; the cell only says what was applied.
    let asks = !props.met || with_ranges;
    let package = lever.is_none();
    html! {
        <span class="goalseek">
            if asks {
                // On a phone each row is a card: the question is written in it.
                <span class="needed-label" aria-hidden="true">{ Text::ColNeeded.get(lang) }</span>
                <label for={id.clone()} class="visually-hidden">{ Text::ColNeeded.get(lang) }{ " — " }{ name.clone() }</label>
                // Which target the buttons and the chance list are for, to a screen reader.
                <span class="visually-hidden" id={for_id.clone()}>{ name.clone() }</span>
                <select id={id} ref={lever_list} onchange={on_lever}>
                    { for GoalLever::ALL.into_iter().filter(|l| l.applies_to(scenario)).map(|l| html! {
                        <option value={l.key()} selected={*lever == Some(l)}>{ crate::i18n::goal_lever_text(l).get(lang) }</option>
                    }) }
                    <option value="package" selected={package}>{ Text::PackageOption.get(lang) }</option>
                </select>
                if package {
                    <fieldset class="package-levers">
                        { fixed("legend", Text::PackageLevers.get(lang)) }
                        { for default_levers(scenario).into_iter().map(|l| {
                            let unticked = unticked.clone();
                            let toggle = Callback::from(move |_| {
                                let mut out = (*unticked).clone();
                                match out.iter().position(|x| *x == l) {
                                    Some(i) => { out.remove(i); }
                                    None => out.push(l),
                                }
                                unticked.set(out);
                            });
                            html! {
                                <label><input type="checkbox" checked={ticked.contains(&l)} onchange={toggle} />
                                    { crate::i18n::goal_lever_text(l).get(lang) }</label>
                            }
                        }) }
                    </fieldset>
                }
            }
            if !props.met {
                <button type="button" class="small goalseek-plain" onclick={compute}
                    disabled={*busy || (package && ticked.is_empty())}
                    aria-describedby={for_id.clone()}>{ Text::Compute.get(lang) }</button>
            }
            if with_ranges {
                <label for={level_id.clone()} class="visually-hidden">{ Text::ChanceToAim.get(lang) }</label>
                <select id={level_id} ref={level_list} class="goalseek-level" onchange={on_level} aria-describedby={for_id.clone()}>
                    { for [50u32, 67, 80, 90, 95].into_iter().map(|l| html! {
                        <option value={l.to_string()} selected={*level == l}>
                            { format!("{} {}", crate::app::summary::format_chance(f64::from(l) / 100.0, lang), Text::ChanceSuffix.get(lang)) }
                        </option>
                    }) }
                </select>
                <button type="button" class="small goalseek-chance" onclick={compute_chance}
                    disabled={progress.is_some() || *busy || (package && ticked.is_empty())}
                    aria-describedby={for_id.clone()}>
                    { Text::ComputeForChance.get(lang) }
                </button>
            }
            if *busy {
                <span class="goalseek-progress" role="status">{ Text::Searching.get(lang) }</span>
            }
            if let Some((done, total)) = *progress {
                <span class="goalseek-progress" role="status">
                    { crate::i18n::messages::chance_progress(done, total, crate::analysis::montecarlo::DEFAULT_RUNS, lang) }
                </span>
            }
            if let Some(text) = &*applied {
                <span class="goalseek-answer goalseek-applied" role="status" tabindex="-1" ref={answer_ref.clone()}>
                    { text.clone() }</span>
            }
            if let Some((text, actions)) = answer {
                <span class={classes!("goalseek-answer", text.contains('\n').then_some("lines"))} role="status" tabindex="-1" ref={answer_ref.clone()}>{ text }</span>
                if !actions.is_empty() {
                    <button type="button" class="small goalseek-apply" onclick={{
                        let (dispatch, applying, text) = (dispatch.clone(), applying.clone(), applied_text.clone());
                        let edits: Vec<_> = actions.into_iter().filter_map(|(p, v)| Some((crate::scenario::fields::FieldPath::parse(p)?, v))).collect();
                        Callback::from(move |_| {
                            *applying.borrow_mut() = text.clone();
                            dispatch.emit(Action::SetAllYearsOfEach { edits: edits.clone(), origin: Origin::Applied })
                        })
                    }}>{ Text::Apply.get(lang) }</button>
                }
                if let Some(package) = for_memo.clone() {
                    <button type="button" class="small goalseek-memo" disabled={*noted} onclick={{
                        let (dispatch, noted) = (dispatch.clone(), noted.clone());
                        Callback::from(move |_| {
                            noted.set(true);
                            dispatch.emit(Action::NeedToMemo(package.clone()))
                        })
                    }}>{ if *noted { Text::InMemo } else { Text::ToMemo }.get(lang) }</button>
                }
                if offers_unbounded {
                    <button type="button" class="small goalseek-unbounded" onclick={compute_unbounded}
                        aria-describedby={for_id.clone()}>{ Text::PackageUnbounded.get(lang) }</button>
                }
            }
        </span>
    }
}
