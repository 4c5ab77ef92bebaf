//! Side-by-side comparison of up to three pinned scenarios and the current one (pure;
//! native-tested): targets per scenario, money columns, the family share lines overlaid, and the
//! assumptions in which they differ.

use crate::app::chart_data::{Chart, ChartId, ChartKind, Series, YUnit};
use crate::app::edit::ScenarioView;
use crate::app::levers::{assumption_groups, lever_groups};
use crate::app::shown::display_text;
use crate::app::summary::format_threshold;
use crate::engine::{evaluate_target, Projection};
use crate::formats::saved::{SavedList, SavedScenario};
use crate::i18n::format::{format_euro, format_pct};
use crate::i18n::{field_label, metric_text, Lang, Text};
use crate::presets::PlanRef;
use crate::scenario::fields::FieldId;
use crate::scenario::{Scenario, Target};

/// The most scenarios that can be pinned beside the current one.
pub const MAX_PINNED: usize = 3;

/// A scenario in the comparison: its label, the scenario and its projection.
pub struct Column<'a> {
    pub label: &'a str,
    pub scenario: &'a Scenario,
    pub projection: &'a Projection,
}

/// The name of a scenario pinned for comparison, as a person would write it (issue 24): its
/// own name when the user gave it one ("Ambitieus"), else what it changes against its plan,
/// the levers first, two at most ("Instroom −2 %/jaar, werving 60", "… + 2 meer"), or "Het
/// plan" when it changes nothing; unique among the names already pinned (`taken`).
pub fn pin_label(s: &Scenario, plan: Option<PlanRef>, taken: &[&str], lang: Lang) -> String {
    let named = plan.is_some_and(|p| p.scenario().name != s.name);
    let base = if named {
        s.name.clone()
    } else {
        let view = ScenarioView::new(s);
        let levers: Vec<&str> = lever_groups(s)
            .iter()
            .flat_map(|g| g.levers.iter().map(|l| l.path()))
            .collect();
        let changed = crate::app::changes::changed_paths(s, plan);
        // The levers first, in their panel's order; then the rest as the link lists them.
        let paths: Vec<&str> = levers
            .iter()
            .copied()
            .filter(|l| changed.contains(l))
            .chain(changed.iter().copied().filter(|p| !levers.contains(p)))
            .collect();
        let parts: Vec<String> = paths
            .iter()
            .take(2)
            .map(|path| short_change(&view, path, lang))
            .collect();
        match (parts.as_slice(), paths.len()) {
            ([], _) => match (plan, lang) {
                (Some(_), Lang::Nl) => "Het plan".to_string(),
                (Some(_), Lang::En) => "The plan".to_string(),
                (None, _) if !s.name.is_empty() => s.name.clone(),
                (None, _) => Text::Scenario.get(lang).to_string(),
            },
            (parts, n) => {
                let joined = capitalised(&parts.join(", "));
                if n > parts.len() {
                    crate::i18n::messages::and_more(&joined, n - parts.len(), lang)
                } else {
                    joined
                }
            }
        }
    };
    unique_label(base, taken)
}

/// `base`, or "base (2)", "base (3)", … when a pin already has that name.
fn unique_label(base: String, taken: &[&str]) -> String {
    let mut label = base.clone();
    let mut n = 2;
    while taken.contains(&label.as_str()) {
        label = format!("{base} ({n})");
        n += 1;
    }
    label
}

/// The first letter a capital (the names start with an ASCII letter; the browser build does
/// not carry Unicode's case tables).
fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// One change in a few words: "instroom −2 %/jaar", "werving 60", "werving 40–60" (per year
/// from the first to the last year), else the figure's name and value.
fn short_change(view: &ScenarioView, path: &str, lang: Lang) -> String {
    use crate::app::shown::{lever_value, uniform_value};
    let field = crate::scenario::fields::by_path(path);
    let per_year = field.is_some_and(|f| f.per_year != crate::scenario::fields::PerYear::No);
    let number = |x: f64| crate::i18n::format::format_plain_number(x, lang);
    let signed = |x: f64| {
        if x > 0.0 {
            format!("+{}", number(x))
        } else {
            number(x)
        }
    };
    let change = field.is_some_and(|f| {
        matches!(
            f.id,
            FieldId::InflowChange | FieldId::StayChangeResidential | FieldId::AttritionChange
        )
    });
    let show = |x: f64| if change { signed(x) } else { number(x) };
    let value = if per_year {
        match uniform_value(view, path) {
            Some(v) => show(v),
            None => {
                let last = view.years.saturating_sub(1);
                format!(
                    "{}\u{2013}{}",
                    show(lever_value(view, path, Some(0))),
                    show(lever_value(view, path, Some(last)))
                )
            }
        }
    } else if matches!(view.get(path), Some(serde_json::Value::Number(_))) {
        show(lever_value(view, path, None))
    } else {
        display_text(view, path, lang)
    };
    match field.and_then(|f| crate::i18n::messages::short_change(f.id, &value, lang)) {
        Some(short) => short,
        None => {
            let unit = field
                .and_then(|f| crate::i18n::unit_text(f.unit))
                .map(|u| format!(" {}", u.get(lang)))
                .unwrap_or_default();
            let mut label = field_label(path, lang);
            if let Some(first) = label.get_mut(0..1) {
                first.make_ascii_lowercase();
            }
            format!("{label} {value}{unit}")
        }
    }
}

/// A scenario pinned for comparison: its name, the scenario and its projection.
#[derive(Clone, Debug)]
pub struct Pinned {
    pub label: String,
    pub scenario: std::rc::Rc<Scenario>,
    pub projection: std::rc::Rc<Projection>,
    /// The plan it was opened from (its link is written against it).
    pub plan: Option<PlanRef>,
}

/// The pinned scenarios, in the order they were pinned, at most [`MAX_PINNED`].
#[derive(Clone, Debug, Default)]
pub struct Pins {
    pub items: Vec<Pinned>,
}

/// What the user does with the pins.
#[derive(Clone, Debug)]
pub enum PinAction {
    /// Pins the scenario on screen, named by what it changes against its plan.
    Pin {
        scenario: std::rc::Rc<Scenario>,
        projection: std::rc::Rc<Projection>,
        plan: Option<PlanRef>,
        lang: Lang,
    },
    /// Pins a scenario from the saved list (or a comparison link) under its own name.
    PinNamed {
        label: String,
        scenario: std::rc::Rc<Scenario>,
        plan: Option<PlanRef>,
    },
    Unpin(usize),
    /// A pinned scenario gets a name of the user's own.
    Rename(usize, String),
    /// The pins of a comparison link or file replace these.
    Replace(Pins),
}

impl Pins {
    /// The pins after `action` (pure). A pin beyond [`MAX_PINNED`] or an index that is not
    /// there changes nothing.
    pub fn reduce(&self, action: PinAction) -> Pins {
        let mut next = self.clone();
        match action {
            PinAction::Pin {
                scenario,
                projection,
                plan,
                lang,
            } => {
                if next.items.len() < MAX_PINNED {
                    let taken: Vec<&str> = next.items.iter().map(|p| p.label.as_str()).collect();
                    let label = pin_label(&scenario, plan, &taken, lang);
                    next.items.push(Pinned {
                        label,
                        scenario,
                        projection,
                        plan,
                    });
                }
            }
            PinAction::PinNamed {
                label,
                scenario,
                plan,
            } => {
                if next.items.len() < MAX_PINNED {
                    let taken: Vec<&str> = next.items.iter().map(|p| p.label.as_str()).collect();
                    next.items.push(Pinned {
                        label: unique_label(label, &taken),
                        projection: std::rc::Rc::new(crate::engine::project(&scenario)),
                        scenario,
                        plan,
                    });
                }
            }
            PinAction::Unpin(i) => {
                if i < next.items.len() {
                    next.items.remove(i);
                }
            }
            PinAction::Rename(i, label) => {
                if let Some(p) = next.items.get_mut(i) {
                    p.label = label;
                }
            }
            PinAction::Replace(pins) => next = pins,
        }
        next
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The pins as kept for the tab: each label with its share link, in the saved list's
    /// format, so that a reload (or "Nu opnieuw laden" after an update) keeps them. A pin
    /// whose scenario has no link (cannot happen for a valid one) is left out.
    pub fn to_list(&self) -> SavedList {
        SavedList {
            items: self
                .items
                .iter()
                .filter_map(|p| {
                    Some(SavedScenario {
                        name: p.label.clone(),
                        link: crate::formats::link::encode(&p.scenario, p.plan).ok()?,
                    })
                })
                .collect(),
        }
    }

    /// The pins of a kept list, each projected again; links that no longer open are skipped
    /// (every released link opens, so none is).
    pub fn from_list(list: &SavedList) -> Pins {
        Pins {
            items: list
                .items
                .iter()
                .take(MAX_PINNED)
                .filter_map(|item| {
                    let (scenario, plan) = crate::formats::link::decode(&item.link).ok()?;
                    Some(Pinned {
                        label: item.name.clone(),
                        projection: std::rc::Rc::new(crate::engine::project(&scenario)),
                        scenario: std::rc::Rc::new(scenario),
                        plan,
                    })
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The comparison as a link or file holds it: the scenario on screen first (named as a pin
    /// of it would be), then each pin with its name.
    pub fn comparison(
        &self,
        current: &Scenario,
        plan: Option<PlanRef>,
        lang: Lang,
    ) -> Vec<crate::formats::comparison::Entry> {
        use crate::formats::comparison::Entry;
        let taken: Vec<&str> = self.items.iter().map(|p| p.label.as_str()).collect();
        let first = crate::formats::link::encode(current, plan)
            .ok()
            .map(|link| Entry {
                name: pin_label(current, plan, &taken, lang),
                link,
            });
        first
            .into_iter()
            .chain(self.to_list().items.into_iter().map(|item| Entry {
                name: item.name,
                link: item.link,
            }))
            .collect()
    }

    /// The pins of a comparison's entries after the first (the scenario that was on screen).
    pub fn from_comparison(entries: &[crate::formats::comparison::Entry]) -> Pins {
        Pins::from_list(&SavedList {
            items: entries
                .iter()
                .skip(1)
                .map(|e| SavedScenario {
                    name: e.name.clone(),
                    link: e.link.clone(),
                })
                .collect(),
        })
    }

    pub fn is_full(&self) -> bool {
        self.items.len() >= MAX_PINNED
    }
}

/// A row of a comparison table: a label and one cell per column.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
}

/// Every target any of the scenarios has, with each scenario's result for it.
pub fn target_rows(columns: &[Column<'_>], lang: Lang) -> Vec<Row> {
    target_rows_with_chances(columns, &[], lang)
}

/// As [`target_rows`], each result with the chance that the target is met, from that column's
/// Monte Carlo in `chances` (same order as `columns`; none for a column without one).
pub fn target_rows_with_chances(
    columns: &[Column<'_>],
    chances: &[Option<&crate::analysis::montecarlo::MonteCarlo>],
    lang: Lang,
) -> Vec<Row> {
    let mut targets: Vec<Target> = Vec::new();
    for c in columns {
        for t in &c.scenario.targets {
            if !targets.contains(t) {
                targets.push(*t);
            }
        }
    }
    crate::sort::sort_by_key(&mut targets, |t| t.year);
    targets
        .iter()
        .map(|t| Row {
            label: format!(
                "{} {} {}",
                t.year,
                metric_text(t.metric).get(lang),
                format_threshold(t.metric, t.op, t.value, lang)
            ),
            cells: columns
                .iter()
                .enumerate()
                .map(|(k, c)| match c.projection.year(t.year) {
                    Some(y) => {
                        let r = evaluate_target(t, y);
                        let actual = crate::app::precision::shown_actual(&r, lang);
                        let chance = chances
                            .get(k)
                            .copied()
                            .flatten()
                            .zip(c.scenario.targets.iter().position(|x| x == t))
                            .and_then(|(mc, i)| mc.targets.iter().find(|x| x.index == i))
                            .map(|x| {
                                // Kept on one line where the column is narrow.
                                format!(
                                    " · {}\u{a0}{}",
                                    crate::i18n::Text::ChanceSuffix.get(lang),
                                    crate::app::summary::format_chance(x.probability, lang)
                                        .replace(' ', "\u{a0}")
                                )
                            })
                            .unwrap_or_default();
                        format!("{} {actual}{chance}", if r.met { "✓" } else { "✗" })
                    }
                    None => "—".to_string(),
                })
                .collect(),
        })
        .collect()
}

/// Money over each scenario's projection: care cost, savings, programme, budget, balance.
pub fn money_rows(columns: &[Column<'_>], lang: Lang) -> Vec<Row> {
    let row = |label: Text, f: &dyn Fn(&Projection) -> String| Row {
        label: label.get(lang).to_string(),
        cells: columns.iter().map(|c| f(c.projection)).collect(),
    };
    vec![
        row(Text::CareCostTotal, &|p| {
            format_euro(p.total_care_cost, lang)
        }),
        row(Text::Savings, &|p| {
            format_euro(p.total_status_quo_care_cost - p.total_care_cost, lang)
        }),
        row(Text::ProgrammeCost, &|p| {
            format_euro(p.total_programme_cost, lang)
        }),
        row(Text::RegularBudget, &|p| {
            format_euro(p.total_regular_cost(), lang)
        }),
        row(Text::Budget, &|p| crate::app::summary::budget_text(p, lang)),
        row(Text::CommittedAfter, &|p| {
            format_euro(p.committed_care_cost, lang)
        }),
        row(Text::NetWithCommitted, &|p| {
            format_euro(p.net_with_committed, lang)
        }),
        row(Text::BalanceCumulative, &|p| {
            // A negative balance is a shortfall, said in words too (not by colour alone).
            match crate::app::summary::budget_shortfall(p) {
                Some(short) => crate::i18n::messages::shortfall(&format_euro(short, lang), lang),
                None => p
                    .years
                    .last()
                    .map(|y| format_euro(y.budget_balance_cumulative, lang))
                    .unwrap_or_default(),
            }
        }),
        Row {
            label: Text::FamilyForms.get(lang).to_string(),
            // Each scenario's share on its own plan's counting basis, which the cell says.
            cells: columns
                .iter()
                .map(|c| {
                    let basis = c.scenario.counting_basis();
                    c.projection
                        .years
                        .last()
                        .map(|y| {
                            let during = match basis {
                                crate::scenario::CountingBasis::Users => {
                                    format!(", {}", Text::DuringTheYear.get(lang))
                                }
                                crate::scenario::CountingBasis::Stock => String::new(),
                            };
                            format!(
                                "{} ({}{during})",
                                format_pct(y.shares(basis).family, lang),
                                y.year
                            )
                        })
                        .unwrap_or_default()
                })
                .collect(),
        },
    ]
}

/// The assumptions (levers and fields) in which the scenarios differ, with each one's value.
pub fn assumption_differences(columns: &[Column<'_>], lang: Lang) -> Vec<Row> {
    let views: Vec<ScenarioView> = columns
        .iter()
        .map(|c| ScenarioView::new(c.scenario))
        .collect();
    // Every column's levers and fields (an under-12 band may be in one scenario only).
    let mut paths: Vec<&str> = Vec::new();
    for c in columns {
        let levers = lever_groups(c.scenario).into_iter().flat_map(|g| g.levers);
        let fields = assumption_groups(c.scenario)
            .into_iter()
            .flat_map(|g| g.fields);
        for path in levers
            .map(|l| l.path())
            .chain(fields.map(crate::app::levers::Field::path))
        {
            if !paths.contains(&path) {
                paths.push(path);
            }
        }
    }
    paths.extend([
        FieldId::BudgetAmounts.path(),
        FieldId::ProgrammeLines.path(),
    ]);
    paths
        .into_iter()
        .filter_map(|path| {
            let values: Vec<Option<&serde_json::Value>> =
                views.iter().map(|v| v.get(path)).collect();
            if values.windows(2).all(|w| w[0] == w[1]) {
                return None;
            }
            let cells = views
                .iter()
                .map(|v| match v.get(path) {
                    Some(serde_json::Value::Array(items))
                        if path == FieldId::ProgrammeLines.path() =>
                    {
                        crate::i18n::messages::lines_count(items.len(), lang)
                    }
                    Some(serde_json::Value::Array(items)) => (0..items.len())
                        .map(|i| display_text(v, &format!("{path}[{i}]"), lang))
                        .collect::<Vec<_>>()
                        .join(" / "),
                    _ => display_text(v, path, lang),
                })
                .collect();
            // Each figure with its unit (issue 24), as the assumptions panel gives it.
            let unit = crate::scenario::fields::by_path(path)
                .and_then(|f| crate::i18n::input_unit_text(f.unit))
                .map(|u| u.get(lang));
            Some(Row {
                label: match unit {
                    Some(u) if !u.is_empty() => format!("{} ({u})", field_label(path, lang)),
                    _ => field_label(path, lang),
                },
                cells,
            })
        })
        .collect()
}

/// The family share of every scenario over its years, as one line chart.
pub fn family_share_chart(columns: &[Column<'_>], lang: Lang) -> Chart {
    let mut years: Vec<i32> = columns
        .iter()
        .flat_map(|c| c.projection.years.iter().map(|y| y.year))
        .collect();
    crate::sort::sort(&mut years);
    years.dedup();
    let series = columns
        .iter()
        .enumerate()
        .map(|(i, c)| Series {
            label: c.label.to_string(),
            colour: [6, 3, 8, 9][i % 4],
            values: years
                .iter()
                .map(|y| {
                    // On each scenario's own counting basis, as its table row says.
                    c.projection
                        .year(*y)
                        .map_or(f64::NAN, |r| r.shares(c.scenario.counting_basis()).family)
                })
                .collect(),
        })
        .collect();
    Chart {
        id: ChartId::Comparison,
        title: Text::SharePerFamilyPerScenario.get(lang).into(),
        kind: ChartKind::Lines,
        y_unit: YUnit::Percent,
        categories: years.iter().map(|y| y.to_string()).collect(),
        series,
        // The family-share targets (every scenario's, once), so the chart shows what is aimed at.
        markers: {
            let mut markers: Vec<crate::app::chart_data::TargetMarker> = Vec::new();
            for c in columns {
                for t in c.scenario.targets.iter().filter(|t| {
                    matches!(
                        t.metric,
                        crate::scenario::Metric::FamilySharePct
                            | crate::scenario::Metric::FamilyShareUsersPct
                    )
                }) {
                    let Some(category) = years.iter().position(|y| *y == t.year) else {
                        continue;
                    };
                    let met = columns.iter().all(|c| {
                        c.projection
                            .year(t.year)
                            .is_some_and(|y| evaluate_target(t, y).met)
                    });
                    let marker = crate::app::chart_data::TargetMarker {
                        category,
                        value: t.value,
                        op: t.op,
                        metric: t.metric,
                        colour: crate::app::chart_data::COLOUR_FAMILY,
                        met,
                    };
                    if !markers
                        .iter()
                        .any(|m| m.category == category && m.value == t.value)
                    {
                        markers.push(marker);
                    }
                }
            }
            markers
        },
        y_range: Some((0.0, 100.0)),
        bands: Vec::new(),
    }
}

/// The memo's columns: the scenario on screen under its own name (as a pin of it would be
/// named: "Het plan", "Werving 60", the name the user gave), then each pin that is not the
/// same scenario (issue 24: no duplicate "Huidig" column).
pub fn memo_labels(
    current: &Scenario,
    plan: Option<PlanRef>,
    pins: &Pins,
    lang: Lang,
) -> (String, Vec<usize>) {
    let taken: Vec<&str> = pins.items.iter().map(|p| p.label.as_str()).collect();
    // The same scenario: the same fields (as the badges and links read them).
    let view = ScenarioView::new(current);
    let same: Vec<bool> = pins
        .items
        .iter()
        .map(|p| ScenarioView::new(&p.scenario) == view)
        .collect();
    // Pinned under a name already: that name.
    let label = match same.iter().position(|&s| s) {
        Some(i) => pins.items[i].label.clone(),
        None => pin_label(current, plan, &taken, lang),
    };
    let kept = (0..pins.items.len()).filter(|&i| !same[i]).collect();
    (label, kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::project;

    #[test]
    fn pins_are_named_kept_apart_renamed_and_at_most_three() {
        let plan = std::rc::Rc::new(
            crate::presets::by_id("gooi-en-vechtstreek")
                .unwrap()
                .scenario(),
        );
        let projection = std::rc::Rc::new(project(&plan));
        let pin = |pins: &Pins| {
            pins.reduce(PinAction::Pin {
                scenario: plan.clone(),
                projection: projection.clone(),
                plan: PlanRef::of("gooi-en-vechtstreek"),
                lang: Lang::Nl,
            })
        };
        let one = pin(&Pins::default());
        let two = pin(&one);
        assert_eq!(one.items[0].label, "Het plan");
        assert_eq!(two.items[1].label, "Het plan (2)");
        let full = pin(&pin(&two));
        assert_eq!(full.len(), MAX_PINNED);
        assert!(full.is_full());
        let renamed = full.reduce(PinAction::Rename(1, "Ambitieus".into()));
        assert_eq!(renamed.items[1].label, "Ambitieus");
        let fewer = renamed.reduce(PinAction::Unpin(0));
        assert_eq!(fewer.len(), 2);
        assert_eq!(fewer.items[0].label, "Ambitieus");
        // An index that is not there changes nothing.
        assert_eq!(fewer.reduce(PinAction::Unpin(7)).len(), 2);
        assert_eq!(
            fewer.reduce(PinAction::Rename(7, "x".into())).items[1].label,
            "Het plan (3)"
        );
    }

    #[test]
    fn plan_against_a_bolder_variant() {
        let plan = crate::presets::v1("gooi-en-vechtstreek");
        let mut bold = plan.clone();
        bold.foster.recruit_per_year = vec![80; 4];
        let bruto = crate::presets::v1("gooi-en-vechtstreek-bruto");
        let (pp, pb, pr) = (project(&plan), project(&bold), project(&bruto));
        let columns = [
            Column {
                label: "Plan",
                scenario: &plan,
                projection: &pp,
            },
            Column {
                label: "Ambitieus",
                scenario: &bold,
                projection: &pb,
            },
            Column {
                label: "Bruto",
                scenario: &bruto,
                projection: &pr,
            },
        ];
        let targets = target_rows(&columns, Lang::Nl);
        assert_eq!(targets.len(), 6);
        assert_eq!(targets[0].label, "2020 Aandeel gezinsvormen ≥ 60 %");
        assert_eq!(targets[0].cells[0], "✓ 61,9 %");
        let money = money_rows(&columns, Lang::Nl);
        assert_eq!(money[2].cells[0], "€\u{a0}405.000");
        let diff = assumption_differences(&columns, Lang::Nl);
        let labels: Vec<&str> = diff.iter().map(|r| r.label.as_str()).collect();
        assert!(
            labels.contains(&"Werving pleeggezinnen (gezinnen per jaar)"),
            "{labels:?}"
        );
        assert!(
            labels
                .iter()
                .any(|l| l.starts_with("Kosten per nieuw gezinshuis")),
            "{labels:?}"
        );
        assert!(!labels
            .iter()
            .any(|l| l.starts_with("Verblijfsduur pleegzorg")));
        let recruit = diff
            .iter()
            .find(|r| r.label == "Werving pleeggezinnen (gezinnen per jaar)")
            .unwrap();
        assert_eq!(
            recruit.cells,
            vec![
                "35 / 35 / 35 / 35",
                "80 / 80 / 80 / 80",
                "10 / 10 / 10 / 10"
            ]
        );
        let chart = family_share_chart(&columns, Lang::Nl);
        assert_eq!(chart.series.len(), 3);
        assert_eq!(chart.categories, vec!["2019", "2020", "2021", "2022"]);
    }

    /// Issue 22: pins are kept for the tab as links, and a reload gives them back with the
    /// same labels, scenarios and figures.
    #[test]
    fn pins_survive_a_reload_through_their_list() {
        let mut pins = Pins::default();
        for (id, recruit) in [("gooi-en-vechtstreek", 60), ("flevoland", 10)] {
            let plan = PlanRef::of(id);
            let mut s = plan.unwrap().scenario();
            s.foster.recruit_per_year = vec![recruit; s.years as usize];
            let projection = std::rc::Rc::new(crate::engine::project(&s));
            pins = pins.reduce(PinAction::Pin {
                scenario: std::rc::Rc::new(s),
                projection,
                plan,
                lang: Lang::Nl,
            });
        }
        // An old-link pin keeps its version.
        let (old, plan) = crate::formats::link::decode("#v1/haaglanden@1/").unwrap();
        pins = pins.reduce(PinAction::Pin {
            projection: std::rc::Rc::new(crate::engine::project(&old)),
            scenario: std::rc::Rc::new(old),
            plan,
            lang: Lang::Nl,
        });
        pins = pins.reduce(PinAction::Rename(1, "Flevoland zuinig".into()));
        let text = pins.to_list().to_storage();
        let back = Pins::from_list(&SavedList::from_storage(Some(&text)).unwrap());
        assert_eq!(back.len(), 3);
        for (a, b) in pins.items.iter().zip(&back.items) {
            assert_eq!(a.label, b.label);
            assert_eq!(a.scenario, b.scenario);
            assert_eq!(a.plan, b.plan);
            assert_eq!(a.projection.total_care_cost, b.projection.total_care_cost);
        }
        assert_eq!(back.items[1].label, "Flevoland zuinig");
        assert_eq!(back.items[2].plan.map(|p| p.version), Some(1));
    }

    #[test]
    fn a_pin_is_named_by_what_it_changes() {
        let plan = crate::presets::default_preset().scenario();
        let id = PlanRef::of("gooi-en-vechtstreek");
        assert_eq!(pin_label(&plan, id, &[], Lang::Nl), "Het plan");
        assert_eq!(
            pin_label(&plan, id, &["Het plan"], Lang::Nl),
            "Het plan (2)"
        );
        let mut more = plan.clone();
        more.foster.recruit_per_year = vec![60; 4];
        assert_eq!(pin_label(&more, id, &[], Lang::Nl), "Werving 60");
        more.inflow.change_pct = vec![-2.0; 4];
        assert_eq!(
            pin_label(&more, id, &[], Lang::Nl),
            "Instroom \u{2212}2 %/jaar, werving 60"
        );
        assert_eq!(
            pin_label(&more, id, &[], Lang::En),
            "Inflow \u{2212}2%/yr, recruitment 60"
        );
        more.inflow.substitution_pct = vec![30.0];
        more.stay_months.foster = 40.0;
        assert_eq!(
            pin_label(&more, id, &[], Lang::Nl),
            "Instroom \u{2212}2 %/jaar, werving 60 + 2 meer"
        );
        // Per year: from the first year's value to the last's.
        let mut ramp = plan.clone();
        ramp.foster.recruit_per_year = vec![40, 45, 50, 60];
        assert_eq!(pin_label(&ramp, id, &[], Lang::Nl), "Werving 40\u{2013}60");
        // A scenario the user named keeps its name.
        let mut named = plan.clone();
        named.name = "Ambitieus".into();
        named.foster.recruit_per_year = vec![60; 4];
        assert_eq!(pin_label(&named, id, &[], Lang::Nl), "Ambitieus");
    }

    #[test]
    fn the_chart_counts_as_each_plan_counts() {
        let s = crate::presets::default_preset().scenario();
        let p = crate::engine::project(&s);
        let columns = [Column {
            label: "plan",
            scenario: &s,
            projection: &p,
        }];
        let chart = family_share_chart(&columns, Lang::Nl);
        assert_eq!(
            chart.series[0].values[3],
            p.years[3].shares_users_pct.family
        );
    }

    #[test]
    fn a_comparison_goes_out_and_comes_back_with_its_names() {
        let plan = PlanRef::of("gooi-en-vechtstreek");
        let s = plan.unwrap().scenario();
        let mut sixty = s.clone();
        sixty.foster.recruit_per_year = vec![60; 4];
        let pins = Pins::default()
            .reduce(PinAction::Pin {
                scenario: std::rc::Rc::new(sixty.clone()),
                projection: std::rc::Rc::new(crate::engine::project(&sixty)),
                plan,
                lang: Lang::Nl,
            })
            .reduce(PinAction::Rename(0, "Ambitieus".into()));
        let entries = pins.comparison(&s, plan, Lang::Nl);
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].name, "Het plan");
        let link = crate::formats::comparison::encode(&entries);
        let back = crate::formats::comparison::decode(&link).unwrap();
        let (current, current_plan) = crate::formats::link::decode(&back[0].link).unwrap();
        assert_eq!((current, current_plan), (s, plan));
        let again = Pins::from_comparison(&back);
        assert_eq!(again.items.len(), 1);
        assert_eq!(again.items[0].label, "Ambitieus");
        assert_eq!(*again.items[0].scenario, sixty);
    }

    #[test]
    fn the_memo_names_the_scenario_on_screen_once() {
        let plan = PlanRef::of("gooi-en-vechtstreek");
        let s = plan.unwrap().scenario();
        let mut sixty = s.clone();
        sixty.foster.recruit_per_year = vec![60; 4];
        let pin = |pins: Pins, x: &Scenario| {
            pins.reduce(PinAction::Pin {
                scenario: std::rc::Rc::new(x.clone()),
                projection: std::rc::Rc::new(project(x)),
                plan,
                lang: Lang::Nl,
            })
        };
        let pins =
            pin(pin(Pins::default(), &s), &sixty).reduce(PinAction::Rename(1, "Ambitieus".into()));
        assert_eq!(
            memo_labels(&sixty, plan, &pins, Lang::Nl),
            ("Ambitieus".to_string(), vec![0])
        );
        let mut seventy = s.clone();
        seventy.foster.recruit_per_year = vec![70; 4];
        assert_eq!(
            memo_labels(&seventy, plan, &pins, Lang::Nl),
            ("Werving 70".to_string(), vec![0, 1])
        );
        // The differences carry their units; the chart its family-share targets.
        let columns = [
            Column {
                label: "a",
                scenario: &s,
                projection: &project(&s),
            },
            Column {
                label: "b",
                scenario: &sixty,
                projection: &project(&sixty),
            },
        ];
        let rows = assumption_differences(&columns, Lang::Nl);
        assert!(
            rows.iter()
                .any(|r| r.label == "Werving pleeggezinnen (gezinnen per jaar)"),
            "{rows:?}"
        );
        assert_eq!(family_share_chart(&columns, Lang::Nl).markers.len(), 3);
    }
}
