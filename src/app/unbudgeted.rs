//! Levers moved beyond the plan whose unit cost is € 0 (issue 24).
//!
//! Gooi en Vechtstreek pays its recruitment from a programme line, not per family, so its
//! cost per extra recruited family is € 0. Recruiting 76 families a year instead of the plan's
//! 34 then saves care cost while the programme spends nothing more: the extra effort is not
//! budgeted. Where a lever goes beyond the plan (or, without a plan, beyond the status quo) in
//! any year and the unit cost that would pay for it is € 0, the lever, the programme tile and
//! the memo say so.

use crate::i18n::{Lang, Text};
use crate::money::Euro;
use crate::scenario::fields::FieldId;
use crate::scenario::{Scenario, SourceKind};

/// A lever beyond its reference with a unit cost of € 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unbudgeted {
    /// The lever's field (`foster.recruit_per_year`).
    pub lever: FieldId,
    /// The unit cost that is € 0 (`programme.cost_per_recruited_family`).
    pub cost: FieldId,
    /// Beyond the plan (else beyond the status quo: the scenario has no plan).
    pub beyond_plan: bool,
    /// The € 0 is the plan's own figure (else an assumption or the user's).
    pub cost_from_plan: bool,
}

/// Each policy lever with the unit cost that pays for its effort, and how far it goes in year
/// `y` (larger is more effort).
type Effort = fn(&Scenario, usize) -> f64;

const LEVERS: [(FieldId, FieldId, Effort); 6] = [
    (FieldId::Recruit, FieldId::CostPerRecruitedFamily, |s, y| {
        f64::from(s.recruit(y))
    }),
    (FieldId::NewHomes, FieldId::CostPerNewHome, |s, y| {
        f64::from(s.new_homes(y))
    }),
    (
        FieldId::InflowChange,
        FieldId::CostPerPreventedPlacement,
        |s, y| -s.change_pct(y),
    ),
    (
        FieldId::InflowSubstitution,
        FieldId::CostPerSubstitutedChild,
        |s, y| s.substitution_pct(y),
    ),
    (
        FieldId::Under12Substitution,
        FieldId::CostPerSubstitutedChild,
        |s, y| s.substitution_under12_pct(y),
    ),
    (
        FieldId::AttritionChange,
        FieldId::CostPerRetainedFamily,
        |s, y| -s.attrition_change(y),
    ),
];

fn unit_cost(s: &Scenario, cost: FieldId) -> Euro {
    let p = &s.programme;
    match cost {
        FieldId::CostPerRecruitedFamily => p.cost_per_recruited_family,
        FieldId::CostPerNewHome => p.cost_per_new_home,
        FieldId::CostPerPreventedPlacement => p.cost_per_prevented_placement,
        FieldId::CostPerSubstitutedChild => p.cost_per_substituted_child,
        _ => p.cost_per_retained_family,
    }
}

/// The status quo's effort for a lever: the recruitment without new policy, else nothing.
fn status_quo_effort(s: &Scenario, lever: FieldId) -> f64 {
    match lever {
        FieldId::Recruit => f64::from(s.foster.status_quo_recruit_per_year),
        _ => 0.0,
    }
}

/// The levers of `s` beyond `plan` (or beyond the status quo without one) in some year whose
/// unit cost is € 0, in the levers' order.
pub fn unbudgeted(s: &Scenario, plan: Option<&Scenario>) -> Vec<Unbudgeted> {
    LEVERS
        .iter()
        .filter(|(lever, _, _)| *lever != FieldId::Under12Substitution || s.under12.is_some())
        .filter(|(_, cost, _)| unit_cost(s, *cost).is_zero())
        .filter(|(lever, _, effort)| {
            (0..s.years as usize).any(|y| {
                let reference = match plan {
                    Some(p) => effort(p, y.min((p.years as usize).saturating_sub(1))),
                    None => status_quo_effort(s, *lever),
                };
                effort(s, y) > reference + 1e-9
            })
        })
        .map(|&(lever, cost, _)| Unbudgeted {
            lever,
            cost,
            beyond_plan: plan.is_some(),
            cost_from_plan: s
                .source_of(cost.path())
                .is_some_and(|src| src.kind == SourceKind::Plan),
        })
        .collect()
}

fn effort_text(lever: FieldId) -> Text {
    match lever {
        FieldId::Recruit => Text::EffortRecruit,
        FieldId::NewHomes => Text::EffortNewHomes,
        FieldId::InflowChange => Text::EffortPrevention,
        FieldId::InflowSubstitution => Text::EffortSubstitution,
        FieldId::Under12Substitution => Text::EffortSubstitutionUnder12,
        _ => Text::EffortRetention,
    }
}

/// "Werving boven het plan is niet begroot (kosten per extra geworven pleeggezin € 0 —
/// aanname)."
pub fn note(u: &Unbudgeted, lang: Lang) -> String {
    let what = effort_text(u.lever);
    let cost = crate::i18n::field_label(u.cost.path(), lang);
    crate::i18n::messages::unbudgeted(what.get(lang), &cost, u.beyond_plan, u.cost_from_plan, lang)
}

/// The programme tile's line: "Niet begroot: werving en substitutie boven het plan"; `None`
/// when every lever beyond the plan has a price.
pub fn tile_text(found: &[Unbudgeted], lang: Lang) -> Option<String> {
    let first = found.first()?;
    let names: Vec<&str> = found
        .iter()
        .map(|u| effort_text(u.lever).get(lang))
        .collect();
    Some(crate::i18n::messages::unbudgeted_tile(
        &names,
        first.beyond_plan,
        lang,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recruiting_beyond_gooi_s_plan_is_not_budgeted() {
        let plan = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        assert!(unbudgeted(&plan, Some(&plan)).is_empty());
        let mut s = plan.clone();
        s.foster.recruit_per_year = vec![76; 4];
        let found = unbudgeted(&s, Some(&plan));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].lever, FieldId::Recruit);
        assert_eq!(
            note(&found[0], Lang::Nl),
            "Werving boven het plan is niet begroot (kosten per extra geworven pleeggezin €\u{a0}0 — aanname)."
        );
        assert_eq!(
            tile_text(&found, Lang::Nl).unwrap(),
            "Niet begroot: werving boven het plan"
        );
        // Fewer recruits than the plan: nothing to say.
        s.foster.recruit_per_year = vec![20; 4];
        assert!(unbudgeted(&s, Some(&plan)).is_empty());
        // A lever with a price: budgeted.
        let mut s = plan.clone();
        s.inflow.substitution_pct = vec![20.0];
        assert!(unbudgeted(&s, Some(&plan)).is_empty());
        s.programme.cost_per_substituted_child = Euro::ZERO;
        let found = unbudgeted(&s, Some(&plan));
        assert_eq!(found[0].lever, FieldId::InflowSubstitution);
        assert!(
            note(&found[0], Lang::En).starts_with("Substitution beyond the plan is not budgeted")
        );
    }

    #[test]
    fn without_a_plan_the_status_quo_is_the_reference() {
        let mut s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        s.sources.clear();
        s.family_home.new_per_year = vec![0; 4];
        s.foster.recruit_per_year = vec![s.foster.status_quo_recruit_per_year; 4];
        assert!(unbudgeted(&s, None).is_empty());
        s.foster.recruit_per_year[2] += 1;
        let found = unbudgeted(&s, None);
        assert!(!found[0].beyond_plan);
        assert!(note(&found[0], Lang::Nl).starts_with("Werving boven de status quo"));
    }
}
