//! "Verder vanaf" (issue 26, third part): a new projection that starts from the latest year of
//! actual figures.
//!
//! The new scenario starts on 1 January after that year, with the actual children per care
//! form as its stock (counted on 31 December, or during the year and then turned into a stock
//! with [`stock_from_users`], MODEL.md §8), and is calibrated as `zothuis calibrate` calibrates
//! (the inflow, the need shares and the status-quo recruitment from the new stock). It keeps
//! the region's levers and prices: each lever holds, in every new year, the value the old
//! scenario had in force in the actual year, noted as an assumption. What belongs to the old
//! plan period is not carried over unannounced: the programme lines, the budget and the
//! printed totals are left empty (a new cycle has its own), the targets outside the new
//! horizon are dropped, and the band of children under 12 is removed with its targets and
//! ranges (the actual figures do not split by age).

use crate::analysis::calibrate::{calibrate, stocks_from_users, CalibrateError};
use crate::scenario::fields::FieldId;
use crate::scenario::{Form, PerForm, Scenario, Source, SourceKind, MAX_YEARS};

/// How the actual children were counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// On 31 December of the year.
    OnOneDay,
    /// Every child in care at some time during the year (as plans count).
    DuringYear,
}

/// Where the new projection starts and how far it runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Onward {
    /// The latest year of actual figures; the new scenario starts the year after.
    pub year: i32,
    pub counted: Counted,
    /// The new horizon in years (1 to 15).
    pub years: u32,
}

/// Why no new projection can start there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnwardError {
    /// The horizon lies outside 1 to 15 years.
    Years(u32),
    /// A count below zero or not a number.
    BadCount(Form),
}

/// The new scenario before calibration: the actual children per form in `onward.year`
/// (`counts`, from the actual figures: [`crate::formats::actuals::counts_in`]) as its stock,
/// the levers carried on, the old plan period's money and targets beyond the horizon left out
/// (see the module's text).
pub fn onward_scenario(
    s: &Scenario,
    counts: PerForm<f64>,
    onward: Onward,
) -> Result<Scenario, OnwardError> {
    if !(1..=MAX_YEARS).contains(&onward.years) {
        return Err(OnwardError::Years(onward.years));
    }
    if let Some(form) = Form::ALL
        .into_iter()
        .find(|&f| !(counts.get(f) >= 0.0 && counts.get(f).is_finite()))
    {
        return Err(OnwardError::BadCount(form));
    }
    let stock = counts;
    let mut out = s.clone();
    // No longer the plan: named after where it starts.
    out.name = format!("{} — verder vanaf {}", s.region, onward.year);
    out.start_year = onward.year + 1;
    out.years = onward.years;
    out.stock = stock;
    // Children waiting in residential care for a family place: not in the actual figures; the
    // old scenario's figure, within the new residential stock.
    out.mismatch = s.mismatch.min(stock.residential);
    let n = onward.years as usize;
    // The old scenario's year that the actual figures belong to (its first or last when the
    // actual year lies outside it).
    let at = (onward.year - s.start_year)
        .clamp(0, s.years as i32 - 1)
        .max(0) as usize;
    // Each lever's value in force in that year, by the scenario's own per-year rules (a level
    // array's missing tail repeats its last entry, a change array's is 0), for every new year.
    out.inflow.change_pct = vec![s.change_pct(at); n];
    out.inflow.trend_pct = vec![s.trend_pct(at); n];
    out.inflow.substitution_pct = vec![s.substitution_pct(at); n];
    out.foster.attrition_change_pts = vec![s.attrition_change(at); n];
    for form in Form::ALL {
        if !s.stay_change_pct.get(form).is_empty() {
            *out.stay_change_pct.get_mut(form) = vec![s.stay_change(form, at); n];
        }
    }
    if let Some(new) = &mut out.population {
        new.trend_pct = vec![s.population_trend_pct(at); n];
    }
    out.foster.recruit_per_year = vec![s.recruit(at); n];
    out.family_home.new_per_year = vec![s.new_homes(at); n];
    if out.residential_capacity.is_some() {
        out.residential_capacity = Some(vec![s.residential_capacity_plan(at); n]);
    }
    // The old plan period's money: a new cycle has its own.
    out.programme.lines.clear();
    out.programme.printed_totals.clear();
    out.budget.amounts.clear();
    // The band under 12: the actual figures do not split by age.
    let under12 = FieldId::Under12.path();
    let in_band = |key: &str| {
        key == under12
            || key
                .strip_prefix(under12)
                .is_some_and(|r| r.starts_with('.'))
            || key
                .strip_prefix("uncertainty.")
                .is_some_and(|k| k.starts_with(under12))
    };
    out.under12 = None;
    out.uncertainty.retain(|key, _| !key.starts_with(under12));
    // Targets within the new horizon, each with its own note.
    let last = out.last_year();
    let targets = FieldId::Targets.path();
    let mut notes = crate::keyed::Keyed::new();
    for (key, source) in s.sources.iter() {
        let indexed = key
            .strip_prefix(targets)
            .and_then(|r| r.strip_prefix('['))
            .is_some();
        if !indexed && !in_band(key) {
            notes.insert(key.clone(), source.clone());
        }
    }
    out.targets.clear();
    for (i, t) in s.targets.iter().enumerate() {
        if t.year < out.start_year || t.year > last || t.metric.key().ends_with("_under12") {
            continue;
        }
        let new = out.targets.len();
        out.targets.push(*t);
        let old_prefix = format!("{targets}[{i}]");
        for (key, source) in s.sources.iter() {
            if let Some(rest) = key.strip_prefix(&old_prefix) {
                notes.insert(format!("{targets}[{new}]{rest}"), source.clone());
            }
        }
    }
    let (from, year) = (s.start_year, onward.year);
    let assumption = |note: String| Source {
        kind: SourceKind::Assumption,
        note,
    };
    let counted = match onward.counted {
        Counted::OnOneDay => "op 31 december",
        Counted::DuringYear => "in de loop van het jaar",
    };
    notes.insert(
        FieldId::Stock.path().to_string(),
        Source {
            kind: SourceKind::Plan,
            note: format!("Realisatie {year}: de kinderen per zorgvorm, geteld {counted}."),
        },
    );
    notes.insert(
        FieldId::Mismatch.path().to_string(),
        assumption(format!(
            "Verder vanaf {year}: niet in de realisatie; het cijfer van het scenario vanaf {from}."
        )),
    );
    for lever in [
        FieldId::InflowChange,
        FieldId::InflowTrend,
        FieldId::InflowSubstitution,
        FieldId::Recruit,
        FieldId::NewHomes,
        FieldId::AttritionChange,
        FieldId::StayChange,
    ] {
        notes.insert(
            lever.path().to_string(),
            assumption(format!(
                "Verder vanaf {year}: elk jaar de waarde die in {year} gold in het scenario vanaf {from} (aanname)."
            )),
        );
    }
    for money in [FieldId::Budget, FieldId::ProgrammeLines] {
        notes.insert(
            money.path().to_string(),
            assumption(format!(
                "Verder vanaf {year}: leeg; de bedragen van het scenario vanaf {from} golden voor zijn eigen periode."
            )),
        );
    }
    // Notes on entries that are gone (a programme line, a year beyond the new horizon) go too.
    let root = serde_json::to_value(out.without_sources()).unwrap_or_default();
    let known = root
        .as_object()
        .map_or(Vec::new(), crate::scenario::known_paths_in);
    notes.retain(|key, _| known.iter().any(|k| k == key));
    out.sources = notes;
    Ok(out)
}

/// "Verder vanaf": [`onward_scenario`], its stock turned into one on 1 January when the
/// children were counted during the year, then calibrated as `zothuis calibrate` does.
pub fn continue_from(
    s: &Scenario,
    counts: PerForm<f64>,
    onward: Onward,
) -> Result<Scenario, OnwardError> {
    let mut out = onward_scenario(s, counts, onward)?;
    if onward.counted == Counted::DuringYear {
        out = stocks_from_users(&out);
    }
    Ok(match calibrate(&out) {
        Ok(calibrated) => calibrated,
        // The band is removed above, so calibration always applies.
        Err(CalibrateError::HasUnder12Band) => out,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::by_id;

    fn counts([foster, family_home, residential, other]: [f64; 4]) -> PerForm<f64> {
        PerForm {
            foster,
            family_home,
            residential,
            other,
        }
    }

    #[test]
    fn a_new_start_from_the_actual_year_keeps_the_levers_and_drops_the_old_money() {
        let s = by_id("gooi-en-vechtstreek").unwrap().scenario();
        let onward = Onward {
            year: 2021,
            counted: Counted::OnOneDay,
            years: 6,
        };
        let a = counts([180.0, 40.0, 60.0, 15.0]);
        let new = onward_scenario(&s, a, onward).unwrap();
        assert_eq!((new.start_year, new.years), (2022, 6));
        assert_eq!(new.name, "Gooi en Vechtstreek — verder vanaf 2021");
        assert_eq!(new.stock.foster, 180.0);
        assert_eq!(new.stock.residential, 60.0);
        // The plan's recruitment of 2021 (33) for each new year; its money not carried over.
        assert_eq!(new.foster.recruit_per_year, vec![33; 6]);
        assert!(new.budget.amounts.is_empty() && new.programme.lines.is_empty());
        // Targets within 2022–2027 only, under-12 ones gone with the band.
        assert!(new.under12.is_none());
        assert!(new.targets.iter().all(|t| t.year >= 2022));
        assert!(new
            .targets
            .iter()
            .all(|t| !t.metric.key().ends_with("_under12")));
        assert!(!new.uncertainty.keys().any(|k| k.starts_with("under12")));
        // Every note still names a field of the new scenario (the file reader checks it).
        let text = new.to_json();
        let parsed = crate::scenario::parse(&text);
        assert!(parsed.is_ok(), "{:?}", parsed.err());
        // Calibrated: the inflow keeps the new stock level, as `zothuis calibrate` sets it.
        let calibrated = continue_from(&s, a, onward).unwrap();
        let exits: f64 = Form::ALL
            .iter()
            .map(|&f| 12.0 * new.stock.get(f) / new.stay_months.get(f))
            .sum();
        assert!((calibrated.inflow.per_year - exits).abs() < 1e-9);
    }

    #[test]
    fn each_wrong_figure_is_said() {
        let s = by_id("flevoland").unwrap().scenario();
        let onward = Onward {
            year: 2020,
            counted: Counted::DuringYear,
            years: 5,
        };
        let bad = counts([100.0, -1.0, 50.0, f64::NAN]);
        assert_eq!(
            continue_from(&s, bad, onward),
            Err(OnwardError::BadCount(Form::FamilyHome))
        );
        let good = counts([100.0, 20.0, 50.0, 10.0]);
        let far = Onward {
            years: 16,
            ..onward
        };
        assert_eq!(continue_from(&s, good, far), Err(OnwardError::Years(16)));
        assert!(continue_from(&s, good, onward).is_ok());
    }
}
