//! The decision memo's words and lists (pure; native-tested): the summary sentence and every
//! assumption with its value and source. The app lays them out as a print-ready A4 page.

use crate::app::edit::ScenarioView;
use crate::app::levers::{assumption_groups, lever_groups};
use crate::app::shown::display_text;
use crate::app::summary::format_threshold;
use crate::engine::Projection;
use crate::i18n::format::{format_euro, format_pct};
use crate::i18n::{field_label, Lang};
use crate::scenario::fields::FieldId;
use crate::scenario::{Metric, Scenario, SourceKind};

/// The summary sentence: where the family share ends, whether its target is met, residential
/// care, and the money. "Met deze aannames verblijft in 2022 63,5 % in een gezinsvorm; het doel
/// van ≥ 70 % wordt niet gehaald. …"
pub fn summary(s: &Scenario, p: &Projection, lang: Lang) -> String {
    let Some(last) = p.years.last() else {
        return String::new();
    };
    let latest = |metric: Metric| {
        p.targets
            .iter()
            .filter(|t| t.metric == metric)
            .max_by_key(|t| t.year)
    };
    let mut out = String::new();
    // The plan's counting basis: children during the year where its targets count them so.
    let users = s.counting_basis() == crate::scenario::CountingBasis::Users;
    let (family_metric, residential_metric) = if users {
        (
            Metric::FamilyShareUsersPct,
            Metric::ResidentialShareUsersPct,
        )
    } else {
        (Metric::FamilySharePct, Metric::ResidentialSharePct)
    };
    let family = latest(family_metric);
    let (year, share) = match family {
        Some(t) => (t.year, crate::app::precision::shown_actual(t, lang)),
        None => (
            last.year,
            format_pct(last.shares(s.counting_basis()).family, lang),
        ),
    };
    use crate::i18n::messages;
    out.push_str(&messages::memo_family_share(year, &share, users, lang));
    match family {
        Some(t) => out.push_str(&messages::memo_family_target(
            &format_threshold(t.metric, t.target().op, t.value, lang),
            t.met,
            lang,
        )),
        None => out.push('.'),
    }
    if let Some(t) = latest(residential_metric) {
        out.push_str(&messages::memo_residential(
            t.year,
            &crate::app::precision::shown_actual(t, lang),
            &format_threshold(t.metric, t.target().op, t.value, lang),
            t.met,
            lang,
        ));
    }
    let period = format!("{}–{}", s.start_year, s.last_year());
    let savings = p.total_status_quo_care_cost - p.total_care_cost;
    let k = crate::app::summary::key_figures(p, lang);
    out.push_str(&messages::memo_money(
        &messages::MemoMoney {
            period: &period,
            care_cost: &format_euro(p.total_care_cost, lang),
            difference: &format_euro(crate::money::Euro(savings.0.abs()), lang),
            costs_more: savings.0.is_sign_negative(),
            programme: &format_euro(p.total_programme_cost, lang),
            budget: p
                .budget_known()
                .then(|| format_euro(p.total_budget, lang))
                .as_deref(),
            shortfall: crate::app::summary::budget_shortfall(p)
                .map(|e| format_euro(e, lang))
                .as_deref(),
            regular: k.regular_cost.as_deref(),
        },
        lang,
    ));
    // v3: what comes after the horizon, and how much of a saving is only timing.
    out.push(' ');
    out.push_str(&k.committed);
    out.push(' ');
    out.push_str(&messages::memo_net_with_committed(
        &k.net_with_committed.1,
        s.last_year(),
        lang,
    ));
    if let Some(timing) = &k.timing {
        out.push(' ');
        out.push_str(timing);
    }
    out
}

/// One assumption as the memo lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct AssumptionRow {
    pub label: String,
    pub value: String,
    /// "uit het plan" / "aanname" / "geen bron".
    pub kind: String,
    pub note: String,
}

/// The plausibility bounds for the scenario's levers (issue 25), as the memo's appendix lists
/// them: the lever, its bound, what the bound rests on and the national figure with its source.
pub fn bound_rows(s: &Scenario, lang: Lang) -> Vec<AssumptionRow> {
    use crate::analysis::plausible::{bounds, seen_row, BoundBasis};
    use crate::i18n::Text;
    bounds(s)
        .into_iter()
        .map(|b| {
            let seen = b.seen.and_then(seen_row);
            let (kind, note) = match (b.basis, seen) {
                (BoundBasis::Seen, Some(row)) => (
                    Text::BoundSeen,
                    format!(
                        "{} ({})",
                        match lang {
                            Lang::Nl => row.seen_nl,
                            Lang::En => row.seen_en,
                        },
                        row.source
                    ),
                ),
                (BoundBasis::PlanPolicy, _) => (Text::BoundPlanPolicy, String::new()),
                _ => (Text::BoundAssumed, String::new()),
            };
            AssumptionRow {
                label: crate::i18n::goal_lever_text(b.lever).get(lang).to_string(),
                value: b.max.map_or(String::from("—"), |max| {
                    crate::i18n::messages::bound_value(b.lever, max, lang)
                }),
                kind: kind.get(lang).to_string(),
                note,
            }
        })
        .collect()
}

/// "uit het plan" / "aanname" / "geen bron".
/// `has_plan`: the scenario came from a plan (a preset, or a link or file naming one); without
/// one, what a file calls "plan" is the file's word for it: "uit bestand" (issue 24).
fn kind_text(source: Option<&crate::scenario::Source>, has_plan: bool, lang: Lang) -> String {
    use crate::i18n::Text;
    match source.map(|x| x.kind) {
        Some(SourceKind::Plan) if source.is_some_and(crate::app::own_region::is_own_input) => {
            Text::SourceOwn.get(lang)
        }
        Some(SourceKind::Assumption)
            if source.is_some_and(crate::app::own_region::is_guide_value) =>
        {
            Text::SourceGuide.get(lang)
        }
        Some(SourceKind::Plan) if has_plan => Text::SourcePlan.get(lang),
        Some(SourceKind::Plan) => Text::SourceFile.get(lang),
        Some(SourceKind::Assumption) => Text::SourceAssumption.get(lang),
        None => Text::SourceNone.get(lang),
    }
    .to_string()
}

/// The memo's title: the scenario's name, with "(plan)" dropped once anything differs from the
/// plan (`changed`): a changed scenario is no longer the plan.
pub fn title(s: &Scenario, changed: bool, lang: Lang) -> String {
    match s.name.strip_suffix(" (plan)") {
        Some(name) if changed => format!(
            "{} ({})",
            crate::i18n::format::isolated(name),
            crate::i18n::Text::ChangedWord.get(lang)
        ),
        _ => crate::i18n::format::isolated(&s.name),
    }
}

/// The scenario's name as a file takes it: the memo's title without the isolation marks, so
/// that a changed plan is "Gooi en Vechtstreek (gewijzigd)", never "… (plan)".
pub fn file_name(s: &Scenario, plan: Option<crate::presets::PlanRef>, lang: Lang) -> String {
    let changed = !crate::app::changes::describe_changes(s, plan, lang).is_empty();
    title(s, changed, lang)
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// Every lever and assumption field, with its value and where it comes from: the plan, an
/// assumption, or changed (with the plan's value) against the plan `plan`.
pub fn assumptions(s: &Scenario, plan: Option<&ScenarioView>, lang: Lang) -> Vec<AssumptionRow> {
    let view = ScenarioView::new(s);
    // Each figure with its unit, so that a printed value is never a bare number.
    let mut paths: Vec<(&str, Option<crate::i18n::Text>)> = Vec::new();
    for group in lever_groups(s) {
        paths.extend(group.levers.iter().map(|l| (l.path(), l.unit())));
    }
    for group in assumption_groups(s) {
        paths.extend(group.fields.iter().map(|f| (f.path(), f.unit)));
    }
    paths.extend([
        (FieldId::ProgrammeLines.path(), None),
        (FieldId::BudgetAmounts.path(), None),
        (FieldId::Targets.path(), None),
    ]);
    // Once each (issue 24: the appendix listed some twice), and without the period, which the
    // memo's head gives ("Startjaar 2019 jaar — geen bron" said nothing).
    let mut seen: Vec<&str> = Vec::new();
    paths.retain(|(path, _)| {
        let keep = !seen.contains(path)
            && *path != FieldId::StartYear.path()
            && *path != FieldId::Years.path();
        seen.push(path);
        keep
    });
    // Counts as people say them: whole children, families, homes and places ("34 kinderen",
    // not "33,75"); the rest as typed.
    let whole = |path: &str| {
        crate::scenario::fields::by_path(path).is_some_and(|f| {
            use crate::scenario::fields::Unit as U;
            matches!(
                f.unit,
                U::Children
                    | U::ChildrenPerYear
                    | U::Families
                    | U::FamiliesPerYear
                    | U::Homes
                    | U::HomesPerYear
                    | U::Places
            )
        })
    };
    // Amounts as amounts (€ 275.000,00), not as the text a person types into a field.
    let shown = |path: &str| -> String {
        match view.get(path) {
            Some(serde_json::Value::String(t)) if crate::money::parse_money(t).is_ok() => {
                crate::i18n::format::format_euro_cents(
                    crate::money::Euro(crate::money::parse_money(t).unwrap_or_default()),
                    lang,
                )
            }
            Some(serde_json::Value::Number(n)) if whole(path) => {
                crate::i18n::format::format_count(n.as_f64().unwrap_or(0.0), lang)
            }
            _ => display_text(&view, path, lang),
        }
    };
    paths
        .into_iter()
        .map(|(path, unit)| {
            let value = match view.get(path) {
                Some(serde_json::Value::Array(items)) if path == FieldId::ProgrammeLines.path() => {
                    items
                        .iter()
                        .filter_map(|l| l.get("label").and_then(|x| x.as_str()).map(str::to_string))
                        .collect::<Vec<_>>()
                        .join("; ")
                }
                Some(serde_json::Value::Array(items)) if path == FieldId::Targets.path() => {
                    format!("{}", items.len())
                }
                Some(serde_json::Value::Array(items)) => (0..items.len())
                    .map(|i| shown(&format!("{path}[{i}]")))
                    .collect::<Vec<_>>()
                    .join(" / "),
                _ => shown(path),
            };
            // The unit after the number, unless the amount already carries its euro sign.
            let value = match unit.map(|u| u.get(lang)) {
                Some(u) if !value.is_empty() && !value.contains('€') => format!("{value} {u}"),
                Some(u) if u.contains("per") && value.contains('€') => {
                    format!("{value} {}", u.trim_start_matches('€').trim())
                }
                _ => value,
            };
            let source = s.source_of(path);
            let kind = match crate::app::changes::changed_from_plan(&view, plan, path, lang) {
                Some(was) => crate::i18n::messages::changed_badge(&was, lang),
                None => kind_text(source, plan.is_some(), lang),
            };
            AssumptionRow {
                label: field_label(path, lang),
                value,
                kind,
                note: source.map(|x| plain_note(&x.note)).unwrap_or_default(),
            }
        })
        .collect()
}

/// A source note as a reader of the memo takes it: without the model's section numbers
/// ("Kalibratie (MODEL §8)" is the engine's word for "derived from the starting figures").
pub fn plain_note(note: &str) -> String {
    let mut out = note.to_string();
    for (from, to) in [
        ("Kalibratie (MODEL §8, v3) op de ", "Afgeleid uit de "),
        ("Kalibratie (MODEL §8) op de ", "Afgeleid uit de "),
        ("Kalibratie (MODEL §8, v3)", "Afgeleid uit de beginstand"),
        ("Kalibratie (MODEL §8)", "Afgeleid uit de beginstand"),
        (" (kalibratie, MODEL §8)", ""),
        ("(MODEL §8, aanname: ", "(aanname: "),
    ] {
        out = out.replace(from, to);
    }
    // Any other reference to a section of the model.
    while let Some(at) = out.find(" (MODEL §") {
        match out[at..].find(')') {
            Some(end) => out.replace_range(at..at + end + 1, ""),
            None => break,
        }
    }
    out
}

/// The memo's "Aanleiding": what the region agreed and what this memo computes.
pub fn occasion(s: &Scenario, plan: Option<crate::presets::PlanRef>, lang: Lang) -> String {
    let period = format!("{}–{}", s.start_year, s.last_year());
    let region = crate::i18n::format::isolated(&s.region);
    crate::i18n::messages::memo_occasion(&region, plan.map(|p| p.preset.document), &period, lang)
}

/// The financial consequences in rows of label and amount: care cost and the status quo, the
/// saving, the programme against the fund, what the regular budget pays, and the costs after
/// the plan period (MODEL.md v3).
pub fn finance_rows(p: &Projection, lang: Lang) -> Vec<(String, String)> {
    use crate::i18n::Text;
    let k = crate::app::summary::key_figures(p, lang);
    let mut rows = vec![
        (
            Text::CareCostTotal.get(lang).to_string(),
            k.care_cost.clone(),
        ),
        (
            Text::StatusQuo.get(lang).to_string(),
            k.status_quo_care_cost.clone(),
        ),
        (Text::Savings.get(lang).to_string(), k.savings.clone()),
        (
            Text::ProgrammeCost.get(lang).to_string(),
            k.programme_cost.clone(),
        ),
        (Text::Budget.get(lang).to_string(), k.budget.clone()),
    ];
    if let Some(short) = &k.shortfall {
        // The amount alone: the row's label says what it is.
        let amount = short.split_once(": ").map_or(short.as_str(), |(_, a)| a);
        rows.push((
            Text::BudgetShortfallRow.get(lang).to_string(),
            amount.to_string(),
        ));
    }
    if let Some(regular) = k.regular_cost.clone() {
        rows.push((Text::RegularBudget.get(lang).to_string(), regular));
    }
    rows.push((
        Text::CommittedRow.get(lang).to_string(),
        k.committed_short[1].clone(),
    ));
    rows.push((
        k.net_with_committed.0.trim_end_matches(':').to_string(),
        k.net_with_committed.1.clone(),
    ));
    rows.push((Text::PaybackRow.get(lang).to_string(), k.payback.clone()));
    rows
}

/// The largest risks: the three ranges that move the total cost most, each with its range and
/// the cost at both ends.
pub fn risks(t: &crate::analysis::sensitivity::Sensitivity, lang: Lang) -> Vec<String> {
    t.by_total_cost
        .iter()
        .take(3)
        .map(|w| {
            let range = crate::i18n::format::range_text(
                &w.key,
                crate::scenario::Range {
                    low: w.low,
                    high: w.high,
                },
                lang,
            );
            crate::i18n::messages::memo_risk(
                &field_label(&w.key, lang),
                &range,
                &crate::i18n::format::format_euro_short(w.at_low.total_cost.to_f64_lossy(), lang),
                &crate::i18n::format::format_euro_short(w.at_high.total_cost.to_f64_lossy(), lang),
                lang,
            )
        })
        .collect()
}

/// Every range of the scenario as the memo lists it: the assumption, "€ 150,00 – € 300,00"
/// (with the scenario's own value), and where the range comes from.
pub fn ranges(s: &Scenario, has_plan: bool, lang: Lang) -> Vec<AssumptionRow> {
    s.uncertainty
        .iter()
        .map(|(key, range)| {
            let source = s.sources.get(&format!("uncertainty.{key}"));
            AssumptionRow {
                label: field_label(key, lang),
                value: crate::i18n::format::range_text(key, *range, lang),
                kind: kind_text(source, has_plan, lang),
                note: source.map(|x| plain_note(&x.note)).unwrap_or_default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    /// The memo's bounds: one row per lever of the scenario, from the table with its source.
    #[test]
    fn bound_rows_come_from_the_table() {
        let s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        let rows = bound_rows(&s, Lang::Nl);
        assert_eq!(rows.len(), crate::analysis::plausible::bounds(&s).len());
        let inflow = rows.iter().find(|r| r.label == "Instroom").unwrap();
        assert_eq!(inflow.value, "≤ 5 % minder instroom per jaar");
        assert_eq!(inflow.kind, "landelijk gezien");
        let row = crate::analysis::plausible::seen_row("inflow_change").unwrap();
        assert_eq!(inflow.note, format!("{} ({})", row.seen_nl, row.source));
        let sub = rows
            .iter()
            .find(|r| r.label == "Substitutie van residentiële zorg")
            .unwrap();
        assert!(sub.kind.starts_with("aanname van zothuis"), "{sub:?}");
    }

    use super::*;
    use crate::engine::project;

    #[test]
    fn ranges_are_listed_with_their_source() {
        let s = crate::presets::gooi_v1();
        let rows = ranges(&s, true, Lang::Nl);
        assert_eq!(rows.len(), 10);
        let price = rows
            .iter()
            .find(|r| r.label == "Prijs per dag residentieel")
            .unwrap();
        assert_eq!(price.value, "€\u{a0}150,00 – €\u{a0}300,00 per dag");
        assert_eq!(price.kind, "uit het plan");
        assert!(price.note.contains("Rapportage fase 2"));
        let change = rows
            .iter()
            .find(|r| r.label == "Verandering instroom per jaar")
            .unwrap();
        assert_eq!(change.value, "\u{2212}3 – 3 % per jaar");
    }
    use crate::presets::all;

    #[test]
    fn gooi_summary_in_dutch() {
        let s = crate::presets::gooi_v1();
        let text = summary(&s, &project(&s), Lang::Nl);
        assert_eq!(
            text,
            "Met deze aannames verblijft eind 2022 63,5 % van de kinderen in 24-uurszorg in een gezinsvorm; \
             het doel van ≥ 70 % wordt niet gehaald. Residentieel verblijft in 2022 26,1 % (doel ≤ 18 %: niet gehaald). \
             De zorgkosten over 2019–2022 zijn €\u{a0}110.052.521, €\u{a0}1.204.197 minder dan zonder nieuw beleid; \
             het programma kost €\u{a0}405.000 tegenover een transformatiebudget van €\u{a0}405.000. \
             Kinderen die eind 2022 nog in zorg zijn, kosten daarna nog €\u{a0}46.703.448 (status quo €\u{a0}42.674.222). \
             Het netto resultaat, met de kosten na 2022, is \u{2212}€\u{a0}3.230.029. \
             De besparing van €\u{a0}1.204.197 is alleen uitstel: de kinderen die eind 2022 nog in zorg zijn, \
             kosten daarna €\u{a0}4.029.226 meer dan zonder nieuw beleid."
        );
    }

    #[test]
    fn every_assumption_has_a_value_and_a_kind() {
        for p in all() {
            let s = p.scenario();
            let rows = assumptions(&s, None, Lang::Nl);
            assert!(rows.len() > 25, "{}", p.id);
            for r in &rows {
                assert!(
                    !r.label.contains('.') || r.label.starts_with("programme"),
                    "{}: unlabelled {}",
                    p.id,
                    r.label
                );
            }
            let recruit = rows
                .iter()
                .find(|r| r.label == "Werving pleeggezinnen")
                .unwrap();
            assert!(!recruit.note.is_empty());
            assert!(!summary(&s, &project(&s), Lang::En).is_empty());
        }
        let s = crate::presets::gooi_v1();
        let plan = crate::app::changes::plan_view(crate::presets::PlanRef::find(
            "gooi-en-vechtstreek",
            "1",
        ));
        let recruit_of = |plan: Option<&ScenarioView>| {
            assumptions(&s, plan, Lang::Nl)
                .into_iter()
                .find(|r| r.label == "Werving pleeggezinnen")
                .unwrap()
        };
        let recruit = recruit_of(plan.as_ref());
        assert_eq!(recruit.value, "35 / 35 / 35 / 35 gezinnen per jaar");
        assert_eq!(recruit.kind, "uit het plan");
        // The same figures from a file that names no plan: the file's word, not the plan's.
        assert_eq!(recruit_of(None).kind, "uit bestand");
        let rows = assumptions(&s, None, Lang::Nl);
        // Amounts as amounts, with their unit.
        let price = rows
            .iter()
            .find(|r| r.label == "Prijs per dag residentieel")
            .unwrap();
        assert_eq!(price.value, "€\u{a0}225,00 per dag");
        let budget = rows
            .iter()
            .find(|r| r.label == "Transformatiebudget")
            .unwrap();
        assert_eq!(budget.value, "€\u{a0}275.000,00 / €\u{a0}130.000,00");
    }

    #[test]
    fn the_core_of_the_memo_in_plain_words() {
        let plan = crate::presets::PlanRef::of("gooi-en-vechtstreek");
        let s = plan.unwrap().scenario();
        let p = crate::engine::project(&s);
        assert!(occasion(&s, plan, Lang::Nl)
            .starts_with("Gooi en Vechtstreek heeft in ‘Zo thuis mogelijk opgroeien"));
        let rows = finance_rows(&p, Lang::Nl);
        let shortfall = rows
            .iter()
            .find(|(l, _)| l == "Tekort op het transformatiebudget")
            .unwrap();
        assert!(shortfall.1.starts_with('€'), "{shortfall:?}");
        assert!(rows
            .iter()
            .any(|(l, _)| l.starts_with("Kosten na de planperiode")));
        let t = crate::analysis::sensitivity::sensitivity(&s);
        let risks = risks(&t, Lang::Nl);
        assert_eq!(risks.len(), 3);
        assert!(
            risks[0].contains(": de totale kosten liggen dan tussen "),
            "{}",
            risks[0]
        );
        assert_eq!(
            plain_note("Kalibratie (MODEL §8) op de illustratieve beginstand."),
            "Afgeleid uit de illustratieve beginstand."
        );
        assert_eq!(
            plain_note("Geschat (kalibratie, MODEL §8): 162"),
            "Geschat: 162"
        );
        assert_eq!(plain_note("Zie dit (MODEL §12) ook."), "Zie dit ook.");
        // The appendix: once each, no period, counts whole.
        let rows = assumptions(&s, crate::app::changes::plan_view(plan).as_ref(), Lang::Nl);
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        let mut unique = labels.clone();
        crate::sort::sort(&mut unique);
        unique.dedup();
        assert_eq!(labels.len(), unique.len());
        assert!(!labels.contains(&"Startjaar"), "{labels:?}");
        assert!(rows.iter().all(|r| !r.note.contains("MODEL §")));
        let foster = rows
            .iter()
            .find(|r| r.label == "Beginstand pleegzorg")
            .unwrap();
        assert!(!foster.value.contains(','), "{}", foster.value);
    }

    #[test]
    fn files_are_named_as_the_memo_names_the_scenario() {
        let plan = crate::presets::PlanRef::of("gooi-en-vechtstreek");
        let mut s = plan.unwrap().scenario();
        let name = s.name.clone();
        assert!(name.ends_with(" (plan)"));
        assert_eq!(file_name(&s, plan, Lang::Nl), name);
        s.foster.recruit_per_year = vec![80; 4];
        assert_eq!(
            file_name(&s, plan, Lang::Nl),
            name.replace(" (plan)", " (gewijzigd)")
        );
        s.name = "Ambitieus".into();
        assert_eq!(file_name(&s, plan, Lang::Nl), "Ambitieus");
        assert_eq!(
            crate::formats::csv::file_stem(&file_name(&s, plan, Lang::Nl)),
            "ambitieus"
        );
    }

    #[test]
    fn changed_figures_are_not_called_the_plans() {
        let plan =
            crate::app::changes::plan_view(crate::presets::PlanRef::of("gooi-en-vechtstreek"));
        let mut s = crate::presets::default_preset().scenario();
        let rows = assumptions(&s, plan.as_ref(), Lang::Nl);
        let kind = |rows: &[AssumptionRow], label: &str| {
            rows.iter()
                .find(|r| r.label == label)
                .map(|r| r.kind.clone())
                .unwrap()
        };
        // v3 marks the recruitment an assumption derived from the plan's +40 (PRESETS.md).
        assert_eq!(kind(&rows, "Werving pleeggezinnen"), "aanname");
        assert_eq!(title(&s, false, Lang::Nl), s.name);
        s.foster.recruit_per_year = vec![150; 4];
        let rows = assumptions(&s, plan.as_ref(), Lang::Nl);
        assert_eq!(
            kind(&rows, "Werving pleeggezinnen"),
            "gewijzigd — plan: 34, 33, 33, 33 gezinnen per jaar"
        );
        assert_eq!(
            title(&s, true, Lang::Nl),
            "Gooi en Vechtstreek — Zo thuis mogelijk opgroeien (gewijzigd)"
        );
    }
}
