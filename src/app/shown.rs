//! How a field is shown, in one place: the text a box shows (what was typed, or the value as a
//! person types it), its message if refused, the badge that says where the figure comes from
//! (plan, assumption, own input, or changed from the plan), a lever's value, and a range's ends.
//! The UI's controls render these and compute nothing themselves (pure; native-tested).

use crate::app::edit::{field_kind, FieldKind, ScenarioView};
use crate::app::levers::Lever;
use crate::app::state::{draft_message, is_numeric, range_path, AppState};
use crate::i18n::format::{typed_amount, typed_number, typed_number_ungrouped};
use crate::i18n::{Lang, Text};
use crate::scenario::fields::RangeEnd;
use crate::scenario::SourceKind;
use serde_json::Value;

/// The text a field shows when the user has not typed in it: the scenario's value written the
/// way the user types it (`319,5`, `225,00`; no unit, no grouping below 10.000).
pub fn display_text(view: &crate::app::edit::ScenarioView, path: &str, lang: Lang) -> String {
    // A field the file leaves out at its default (the v3 fields) shows that default.
    let value = view
        .get(path)
        .cloned()
        .or_else(|| crate::scenario::fields::by_path(path).and_then(|f| f.id.default_value()));
    match value {
        Some(Value::Number(n)) => typed_number(n.as_f64().unwrap_or(0.0), lang),
        Some(Value::String(t)) if field_kind(path) == Some(FieldKind::Money) => {
            typed_amount(&t, lang)
        }
        Some(Value::String(t)) => t,
        _ => String::new(),
    }
}

/// What the input for one end of a range shows: the draft if any, else the value in the user's
/// format (money with two decimals).
pub fn range_text(state: &AppState, key: &str, end: RangeEnd) -> String {
    if let Some(draft) = state.draft(&range_path(key, end)) {
        return draft.text.clone();
    }
    let Some(range) = state.scenario.uncertainty.get(key) else {
        return String::new();
    };
    let x = match end {
        RangeEnd::Low => range.low,
        RangeEnd::High => range.high,
    };
    if crate::scenario::ranges::is_money(key) {
        typed_amount(&crate::money::euro_text_from_f64(x), state.lang)
    } else {
        typed_number_ungrouped(x, state.lang)
    }
}

/// The scenario's own value of a ranged assumption, as shown beside its range: one value, or
/// the years' values when they differ ("0 / −5").
pub fn range_scenario_value(state: &AppState, key: &str) -> String {
    let s = &state.scenario;
    let Some(slot) = crate::analysis::uncertainty::slot_of(key) else {
        return String::new();
    };
    if slot.is_money() {
        return crate::i18n::format::format_euro_cents(
            crate::money::euro_from_f64_cents(slot.get(s, 0)),
            state.lang,
        );
    }
    let values: Vec<f64> = (0..slot.len(s)).map(|i| slot.get(s, i)).collect();
    let show = |x: f64| crate::i18n::format::format_plain_number(x, state.lang);
    if values.iter().all(|v| *v == values[0]) {
        show(values[0])
    } else {
        values.into_iter().map(show).collect::<Vec<_>>().join(" / ")
    }
}

/// The lever's value as a number: for a scalar, the field; for a per-year lever, year `year`
/// (a missing tail is 0).
pub fn lever_value(view: &ScenarioView, path: &str, year: Option<usize>) -> f64 {
    // A level array's missing tail is its last entry (MODEL.md §3).
    let level = crate::scenario::fields::by_path(path)
        .is_some_and(|f| f.per_year == crate::scenario::fields::PerYear::Level);
    let year = match (year, level) {
        (Some(y), true) => {
            let len = view
                .get(path)
                .and_then(serde_json::Value::as_array)
                .map_or(0, Vec::len);
            Some(y.min(len.saturating_sub(1)))
        }
        (year, _) => year,
    };
    let path = match year {
        Some(y) => format!("{path}[{y}]"),
        None => path.to_string(),
    };
    match view.get(&path) {
        Some(serde_json::Value::Number(n)) => n.as_f64().unwrap_or(0.0),
        Some(serde_json::Value::String(t)) => crate::money::parse_plain_f64(t).unwrap_or(0.0),
        _ => 0.0,
    }
}

/// For a per-year lever: the one value every year has, or `None` when the years differ.
pub fn uniform_value(view: &ScenarioView, path: &str) -> Option<f64> {
    let values: Vec<f64> = (0..view.years)
        .map(|y| lever_value(view, path, Some(y)))
        .collect();
    let first = *values.first()?;
    values.iter().all(|&v| v == first).then_some(first)
}

/// What a typed box shows for the field at `path`.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldShown {
    pub path: String,
    /// What the user typed (still shown), else the scenario's value as a person types it.
    pub text: String,
    /// Why the typed text was refused, in the user's language.
    pub error: Option<String>,
    /// Whether the box takes a number (for `inputmode`).
    pub numeric: bool,
}

/// The field at `path` as its box shows it; `all_years`: the one box of a per-year lever, empty
/// when the years differ.
pub fn field(state: &AppState, view: &ScenarioView, path: &str, all_years: bool) -> FieldShown {
    let draft = state.draft(path);
    let text = match draft {
        Some(d) => d.text.clone(),
        None if all_years => uniform_value(view, path)
            .map(|_| display_text(view, &format!("{path}[0]"), state.lang))
            .unwrap_or_default(),
        None => display_text(view, path, state.lang),
    };
    FieldShown {
        path: path.to_string(),
        text,
        error: draft
            .and_then(|d| d.error.as_ref())
            .map(|e| draft_message(path, e, state.lang)),
        numeric: is_numeric(path),
    }
}

/// One end of the range of `key` as its box shows it.
pub fn range_field(state: &AppState, key: &str, end: RangeEnd) -> FieldShown {
    let path = range_path(key, end);
    FieldShown {
        text: range_text(state, key, end),
        error: state
            .draft(&path)
            .and_then(|d| d.error.as_ref())
            .map(|e| draft_message(&path, e, state.lang)),
        numeric: true,
        path,
    }
}

/// Where a figure comes from, as its badge says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadgeKind {
    /// The user changed it: no longer the plan's, whatever its note says.
    Changed,
    /// Typed in "Eigen regio".
    Own,
    /// A file without a plan calls it the plan's: the app cannot tell, so "uit bestand".
    File,
    Plan,
    Assumption,
}

/// The badge beside a figure: its kind, its text and the source note it opens.
#[derive(Clone, Debug, PartialEq)]
pub struct Badge {
    pub kind: BadgeKind,
    /// A word or two of a fixed size: "gewijzigd", "uit het plan", "aanname".
    pub text: String,
    /// For a changed figure, the plan's value on a line of its own below the control:
    /// "plan: 34, 33, 33, 33 gezinnen per jaar" (issue 24: in the badge it grew to five lines
    /// at 320 px and pushed the slider from under the pointer).
    pub plan: Option<String>,
    /// The note of the figure's source (or its parent's), if it has one.
    pub note: Option<String>,
    /// Whether the note is the plan's own Dutch text (a preset's), so that it is marked Dutch.
    pub note_in_dutch: bool,
}

/// The badge of the figure at `path`; `None` for a figure without a source that nobody changed.
pub fn badge(
    state: &AppState,
    view: &ScenarioView,
    plan: Option<&ScenarioView>,
    path: &str,
) -> Option<Badge> {
    let lang = state.lang;
    let source = state.scenario.source_of(path);
    let changed = crate::app::changes::changed_from_plan(view, plan, path, lang);
    let (kind, text) = match (&changed, source.map(|s| s.kind)) {
        (Some(_), _) => (BadgeKind::Changed, Text::ChangedWord.get(lang).to_string()),
        (None, Some(SourceKind::Plan))
            if source.is_some_and(crate::app::own_region::is_own_input) =>
        {
            (BadgeKind::Own, Text::SourceOwn.get(lang).to_string())
        }
        (None, Some(SourceKind::Assumption))
            if source.is_some_and(crate::app::own_region::is_guide_value) =>
        {
            (
                BadgeKind::Assumption,
                Text::SourceGuide.get(lang).to_string(),
            )
        }
        (None, Some(SourceKind::Plan)) if state.plan.is_none() => {
            (BadgeKind::File, Text::SourceFile.get(lang).to_string())
        }
        (None, Some(SourceKind::Plan)) => (BadgeKind::Plan, Text::SourcePlan.get(lang).to_string()),
        (None, Some(SourceKind::Assumption)) => (
            BadgeKind::Assumption,
            Text::SourceAssumption.get(lang).to_string(),
        ),
        (None, None) => return None,
    };
    Some(Badge {
        kind,
        text,
        plan: changed.map(|was| crate::i18n::messages::plan_value(&was, lang)),
        note: source.map(|s| s.note.clone()),
        note_in_dutch: state.plan.is_some(),
    })
}

/// A lever as its control shows it: everything the slider, its box, the per-year boxes and the
/// badge display, so that the control re-renders only when one of these changes.
#[derive(Clone, Debug, PartialEq)]
pub struct LeverShown {
    /// The slider's value: the one value of every year, or the first year's when they differ.
    pub current: f64,
    /// The value with its unit, for screen readers.
    pub value_text: String,
    /// The years' values when they differ ("34 · 33 · 33 · 33").
    pub differs: Option<String>,
    /// The lever's box (for a per-year lever: every year at once).
    pub main: FieldShown,
    /// A per-year lever's boxes, one a year, with the year.
    pub years: Vec<(i32, FieldShown)>,
    pub badge: Option<Badge>,
    /// "Werving boven het plan is niet begroot (…)" when the lever goes beyond the plan and
    /// its unit cost is € 0 ([`crate::app::unbudgeted`]).
    pub unbudgeted: Option<String>,
    /// "Ongebruikelijk: …" (true) when the setting lies beyond what has been seen, or the
    /// compounding of a fall of the inflow ([`crate::app::goal::plausibility`]).
    pub plausibility: Option<(bool, String)>,
}

/// The lever `lever` as its control shows it; `unbudgeted`: the scenario's levers beyond the
/// plan without a price.
pub fn lever(
    state: &AppState,
    view: &ScenarioView,
    plan: Option<&ScenarioView>,
    lever: &Lever,
    unbudgeted: &[crate::app::unbudgeted::Unbudgeted],
) -> LeverShown {
    let (lang, path, s) = (state.lang, lever.path(), &state.scenario);
    let per_year = lever.per_year();
    let uniform = per_year.then(|| uniform_value(view, path)).flatten();
    let current = match per_year {
        true => uniform.unwrap_or_else(|| lever_value(view, path, Some(0))),
        false => lever_value(view, path, None),
    };
    let unit = lever.unit().map_or("", |u| u.get(lang));
    let show = |x: f64| crate::i18n::format::format_plain_number(x, lang);
    let years = if per_year {
        (0..s.years as usize)
            .map(|y| {
                let year = s.start_year + y as i32;
                (year, field(state, view, &format!("{path}[{y}]"), false))
            })
            .collect()
    } else {
        Vec::new()
    };
    LeverShown {
        current,
        value_text: format!("{} {unit}", show(current)),
        differs: (per_year && uniform.is_none()).then(|| {
            (0..s.years as usize)
                .map(|y| show(lever_value(view, path, Some(y))))
                .collect::<Vec<_>>()
                .join(" · ")
        }),
        main: field(state, view, path, per_year),
        years,
        badge: badge(state, view, plan, path),
        unbudgeted: unbudgeted
            .iter()
            .find(|u| u.lever == lever.id)
            .map(|u| crate::app::unbudgeted::note(u, lang)),
        plausibility: crate::analysis::goalseek::GoalLever::ALL
            .into_iter()
            .find(|g| g.applies_to(s) && crate::app::goal::lever_field(*g, s).0 == path)
            .and_then(|g| crate::app::goal::plausibility(g, s, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::scenario::fields::FieldPath;
    use std::rc::Rc;

    #[test]
    fn ranged_values_show_per_year_when_they_differ() {
        let s = AppState::new("gelderland-jeugdzorgplus", Lang::Nl);
        assert_eq!(
            range_scenario_value(&s, "inflow.change_pct[1]"),
            "\u{2212}5"
        );
        assert_eq!(
            range_scenario_value(&s, "cost.per_day.residential"),
            "€\u{a0}450,00"
        );
        let mut z = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        assert_eq!(range_scenario_value(&z, "inflow.change_pct"), "0");
        Rc::make_mut(&mut z.scenario).inflow.change_pct = vec![0.0, -2.5, -2.5, -2.5];
        assert_eq!(
            range_scenario_value(&z, "inflow.change_pct"),
            "0 / \u{2212}2,5 / \u{2212}2,5 / \u{2212}2,5"
        );
    }

    #[test]
    fn range_ends_show_as_typed() {
        let s = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        assert_eq!(
            range_text(&s, "cost.per_day.residential", RangeEnd::Low),
            "150,00"
        );
        assert_eq!(range_text(&s, "inflow.trend_pct", RangeEnd::Low), "-3");
        assert_eq!(range_text(&s, "inflow.trend_pct", RangeEnd::High), "4,1");
        assert_eq!(
            range_text(&s, "foster.children_per_family", RangeEnd::Low),
            ""
        );
        let en = AppState {
            lang: Lang::En,
            ..s
        };
        assert_eq!(
            range_text(&en, "cost.per_day.residential", RangeEnd::High),
            "300.00"
        );
    }

    #[test]
    fn fields_show_values_as_typed() {
        let s = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        let v = crate::app::edit::ScenarioView::new(&s.scenario);
        assert_eq!(display_text(&v, "inflow.per_year", Lang::Nl), "162,25");
        assert_eq!(display_text(&v, "inflow.per_year", Lang::En), "162.25");
        assert_eq!(display_text(&v, "cost.per_day.foster", Lang::Nl), "55,00");
        assert_eq!(display_text(&v, "budget.amounts[0]", Lang::Nl), "275000,00");
        assert_eq!(display_text(&v, "budget.amounts[3]", Lang::Nl), "");
        assert_eq!(display_text(&v, "name", Lang::Nl), s.scenario.name);
        // What is shown reads back to the same value.
        for path in [
            "inflow.per_year",
            "cost.per_day.foster",
            "foster.children_per_family",
            "start_year",
        ] {
            let text = display_text(&v, path, Lang::Nl);
            let again =
                crate::app::edit::apply_text(&s.scenario, &FieldPath::of(path), &text, Lang::Nl)
                    .unwrap();
            assert_eq!(&again, &*s.scenario, "{path}");
        }
    }

    #[test]
    fn a_lever_moved_from_the_plan_says_so_and_its_boxes_follow() {
        let mut state = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        let plan = ScenarioView::new(&state.scenario);
        let recruit = crate::app::levers::lever_groups(&state.scenario)[1].levers[0];
        let before = lever(&state, &plan, Some(&plan), &recruit, &[]);
        assert_eq!(
            before.badge.as_ref().map(|b| b.kind),
            Some(BadgeKind::Assumption)
        );
        assert_eq!(before.differs.as_deref(), Some("34 · 33 · 33 · 33"));
        assert_eq!(before.main.text, "");
        assert_eq!(before.years.len(), 4);
        assert_eq!(
            (before.years[0].0, before.years[0].1.text.as_str()),
            (2019, "34")
        );
        Rc::make_mut(&mut state.scenario).foster.recruit_per_year = vec![60; 4];
        let view = ScenarioView::new(&state.scenario);
        let after = lever(&state, &view, Some(&plan), &recruit, &[]);
        let badge = after.badge.unwrap();
        assert_eq!(badge.kind, BadgeKind::Changed);
        assert_eq!(badge.text, "gewijzigd");
        assert_eq!(
            badge.plan.as_deref(),
            Some("plan: 34, 33, 33, 33 gezinnen per jaar")
        );
        assert_eq!((after.current, after.main.text.as_str()), (60.0, "60"));
        assert_eq!(after.differs, None);
        assert_eq!(after.value_text, "60 gezinnen per jaar");
    }
}
