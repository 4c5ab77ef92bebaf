//! What a scenario changes against its plan, in plain language, for the share panel and the memo.

use crate::formats::link::{fields, Kind};
use crate::i18n::{Lang, Text};
use crate::presets::PlanRef;
use crate::scenario::view::ScenarioView;
use crate::scenario::Scenario;
use serde_json::Value;

/// One line per field the scenario changes relative to its preset, in plain language:
/// "Werving pleeggezinnen: 40 per jaar (plan: 35)".
pub fn describe_changes(scenario: &Scenario, plan: Option<PlanRef>, lang: Lang) -> Vec<String> {
    let Some(preset) = plan else {
        return Vec::new();
    };
    let base = ScenarioView::new(&preset.scenario());
    let current = ScenarioView::new(scenario);
    // "plan" in both languages.
    let plan = "plan";
    let base_scenario = preset.scenario();
    let mut lines: Vec<String> = fields()
        .filter(|(_, path, kind)| *kind != Kind::Ranges && current.get(path) != base.get(path))
        .map(|(_, path, kind)| {
            let show = |v: Option<&Value>| -> String {
                match v {
                    None | Some(Value::Null) => "—".into(),
                    Some(v) => match kind {
                        Kind::Lines | Kind::Targets => crate::i18n::messages::lines_count(
                            v.as_array().map_or(0, Vec::len),
                            lang,
                        ),
                        _ => display(v, lang),
                    },
                }
            };
            // Each value with its unit: "−2 % per jaar (plan: 0 % per jaar)".
            let unit = crate::scenario::fields::by_path(path)
                .and_then(|f| crate::i18n::unit_text(f.unit))
                .map(|u| u.get(lang));
            let with_unit = |v: Option<&Value>| -> String {
                let text = show(v);
                match (unit, v) {
                    (Some(u), Some(Value::Number(_) | Value::Array(_) | Value::String(_))) => {
                        format!("{text} {u}")
                    }
                    _ => text,
                }
            };
            format!(
                "{}: {} ({plan}: {})",
                crate::i18n::field_label(path, lang),
                with_unit(current.get(path)),
                with_unit(base.get(path))
            )
        })
        .collect();
    lines.extend(describe_range_changes(scenario, &base_scenario, lang));
    lines
}

/// The paths of the fields `scenario` changes against its plan (ranges apart), in the link's
/// field order; none without a plan.
pub fn changed_paths(scenario: &Scenario, plan: Option<PlanRef>) -> Vec<&'static str> {
    let Some(preset) = plan else {
        return Vec::new();
    };
    let (base, current) = (
        ScenarioView::new(&preset.scenario()),
        ScenarioView::new(scenario),
    );
    fields()
        .filter(|(_, path, kind)| *kind != Kind::Ranges && current.get(path) != base.get(path))
        .map(|(_, path, _)| path)
        .collect()
}

/// The plan's fields by path: the preset a scenario was opened from, at the version it was
/// opened from, for the "gewijzigd — plan: …" badges. `None` for a scenario without a preset.
pub fn plan_view(plan: Option<PlanRef>) -> Option<ScenarioView> {
    plan.map(|p| ScenarioView::new(&p.scenario()))
}

/// The plan's value of the figure at `path`, as people read it, when the scenario's value
/// differs from it ("35 per jaar"); `None` when it is the plan's own (or there is no plan).
/// A badge then says "gewijzigd — plan: 35 per jaar" instead of "uit het plan".
pub fn changed_from_plan(
    current: &ScenarioView,
    plan: Option<&ScenarioView>,
    path: &str,
    lang: Lang,
) -> Option<String> {
    let plan = plan?;
    // Ranges and notes are listed apart (their keys hold dots of their own).
    if path.starts_with(crate::scenario::fields::FieldId::Uncertainty.path()) {
        return None;
    }
    let (now, was) = (current.get(path), plan.get(path));
    if now == was {
        return None;
    }
    let unit = crate::scenario::fields::of_path(path)
        .and_then(|f| crate::i18n::unit_text(f.unit))
        .map(|u| u.get(lang));
    Some(match was {
        None | Some(Value::Null) => Text::NoneWord.get(lang).to_string(),
        Some(Value::Array(items)) if items.iter().any(Value::is_object) => {
            crate::i18n::messages::lines_count(items.len(), lang)
        }
        Some(v) => match unit {
            Some(u) => format!("{} {u}", display(v, lang)),
            None => display(v, lang),
        },
    })
}

/// One line per range that differs from the plan's: "Bandbreedte prijs per dag residentieel:
/// € 200,00 – € 300,00 (plan: € 150,00 – € 300,00)"; "geen" where one side has none.
fn describe_range_changes(scenario: &Scenario, base: &Scenario, lang: Lang) -> Vec<String> {
    let show = |key: &str, range: Option<&crate::scenario::Range>| match range {
        Some(range) => crate::i18n::format::range_text(key, *range, lang),
        None => Text::NoneWord.get(lang).to_string(),
    };
    let mut keys: Vec<&String> = scenario
        .uncertainty
        .keys()
        .chain(base.uncertainty.keys())
        .collect();
    crate::sort::sort(&mut keys);
    keys.dedup();
    keys.into_iter()
        .filter(|key| scenario.uncertainty.get(key) != base.uncertainty.get(key))
        .map(|key| {
            let path =
                crate::scenario::entry_path(crate::scenario::fields::FieldId::Uncertainty, key);
            format!(
                "{}: {} (plan: {})",
                crate::i18n::field_label(&path, lang),
                show(key, scenario.uncertainty.get(key)),
                show(key, base.uncertainty.get(key))
            )
        })
        .collect()
}

/// A value as people read it: numbers in the language's format, arrays as "35, 35, 40, 35".
fn display(v: &Value, lang: Lang) -> String {
    use crate::i18n::format::format_plain_number;
    match v {
        Value::Number(n) => format_plain_number(n.as_f64().unwrap_or(0.0), lang),
        Value::String(t) if crate::money::parse_money(t).is_ok() => {
            crate::i18n::format::format_euro_cents(
                crate::money::Euro(crate::money::parse_money(t).unwrap_or_default()),
                lang,
            )
        }
        Value::String(t) => t.clone(),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().map(|x| display(x, lang)).collect();
            // The same value every year is said once; the unit says "per jaar".
            if parts.len() > 1 && parts.iter().all(|p| p == &parts[0]) {
                parts[0].clone()
            } else {
                parts.join(", ")
            }
        }
        Value::Null => "—".into(),
        other => crate::scenario::json_text(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describes_changes_in_dutch() {
        let mut s = crate::presets::default_preset().scenario();
        s.foster.recruit_per_year = vec![40; 4];
        s.cost.per_day.residential = crate::money::Euro(rust_decimal::Decimal::new(25000, 2));
        let lines = describe_changes(&s, PlanRef::of("gooi-en-vechtstreek"), Lang::Nl);
        assert_eq!(
            lines,
            vec![
                "Werving pleeggezinnen: 40 gezinnen per jaar (plan: 34, 33, 33, 33 gezinnen per jaar)",
                "Prijs per dag residentieel: €\u{a0}250,00 per dag (plan: €\u{a0}225,00 per dag)",
            ]
        );
        // Ranges: changed, added and removed ones, each on its own line.
        s.uncertainty
            .get_mut("cost.per_day.residential")
            .unwrap()
            .low = 200.0;
        s.uncertainty.insert(
            "foster.children_per_family".into(),
            crate::scenario::Range {
                low: 1.0,
                high: 1.5,
            },
        );
        s.uncertainty.remove("stay_months.other");
        let lines = describe_changes(&s, PlanRef::of("gooi-en-vechtstreek"), Lang::Nl);
        assert_eq!(
            lines[2..],
            [
                "Bandbreedte prijs per dag residentieel: €\u{a0}200,00 – €\u{a0}300,00 per dag (plan: €\u{a0}150,00 – €\u{a0}300,00 per dag)",
                "Bandbreedte kinderen per pleeggezin: 1 – 1,5 kinderen (plan: geen)",
                "Bandbreedte verblijfsduur overig: geen (plan: 4 – 9 maanden)",
            ]
        );
    }

    #[test]
    fn a_changed_figure_names_the_plans_value() {
        let plan = plan_view(PlanRef::of("gooi-en-vechtstreek"));
        let mut s = crate::presets::default_preset().scenario();
        let same = ScenarioView::new(&s);
        assert_eq!(
            changed_from_plan(&same, plan.as_ref(), "foster.recruit_per_year", Lang::Nl),
            None
        );
        s.foster.recruit_per_year = vec![150; 4];
        s.cost.per_day.residential = crate::money::Euro(rust_decimal::Decimal::new(25000, 2));
        s.inflow.substitution_pct = vec![30.0];
        let now = ScenarioView::new(&s);
        let changed = |path: &str| changed_from_plan(&now, plan.as_ref(), path, Lang::Nl);
        assert_eq!(
            changed("foster.recruit_per_year").as_deref(),
            Some("34, 33, 33, 33 gezinnen per jaar")
        );
        assert_eq!(
            changed("cost.per_day.residential").as_deref(),
            Some("€\u{a0}225,00 per dag")
        );
        assert_eq!(changed("inflow.substitution_pct").as_deref(), Some("0 %"));
        assert_eq!(changed("cost.per_day.foster"), None);
        // Without a plan nothing is "changed".
        assert_eq!(
            changed_from_plan(&now, None, "foster.recruit_per_year", Lang::Nl),
            None
        );
    }
}
