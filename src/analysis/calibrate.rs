//! The calibration helper of MODEL.md §8: "estimate inflow from today's occupancy".
//!
//! It returns the scenario with a stationary inflow: the yearly inflow that, with the given
//! lengths of stay, keeps every form's occupancy where it is today.

use crate::scenario::fields::FieldId;
use crate::scenario::{Form, Scenario, Source, SourceKind};

/// The most recruitment the format allows; calibration never writes more.
const MAX_RECRUIT: f64 = 100_000.0;

/// Why a scenario was not calibrated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalibrateError {
    /// The inflow estimate works on the totals; with an under-12 band it would have to guess how
    /// the band's inflow and needs differ, so it changes nothing (MODEL.md §8).
    HasUnder12Band,
}

/// The scenario with `inflow.per_year`, the need shares and the status-quo recruitment
/// estimated from the stocks (MODEL.md §8). The result may still be refused by validation when
/// the stocks are extreme (e.g. an inflow above 1,000,000 a year); callers re-validate.
pub fn calibrate(s: &Scenario) -> Result<Scenario, CalibrateError> {
    if s.under12.is_some() {
        return Err(CalibrateError::HasUnder12Band);
    }
    let mut out = s.clone();
    let yearly_exits = |form: Form| 12.0 * s.stock.get(form) / s.stay_months.get(form);
    let per_year: f64 = Form::ALL.iter().map(|&f| yearly_exits(f)).sum();
    out.inflow.per_year = per_year;
    if per_year > 0.0 {
        let other = 12.0 * s.stock.other / s.stay_months.other / per_year * 100.0;
        let residential =
            12.0 * (s.stock.residential - s.mismatch) / s.stay_months.residential / per_year
                * 100.0;
        // Floating rounding may push the sum a hair above 100 when no family form has stock.
        out.inflow.other_need_pct = other.min(100.0);
        out.inflow.residential_need_pct =
            residential.min(100.0 - out.inflow.other_need_pct).max(0.0);
    } else {
        out.inflow.other_need_pct = 0.0;
        out.inflow.residential_need_pct = 0.0;
    }
    let replacement = (s.foster.families * s.foster.attrition_pct / 100.0).round();
    out.foster.status_quo_recruit_per_year = replacement.clamp(0.0, MAX_RECRUIT) as u32;
    if out.schema >= 3 {
        out = with_family_home_need(&out);
    }
    Ok(out)
}

/// MODEL.md §8, v3: the share of the inflow that needs a family home, from the family-home
/// stock, so that a calibrated region's family homes do not empty when foster care grows:
/// `12 · G / stay_G / inflow × 100` (every child in a family home came there for a family-home
/// need). With the under-12 band the share is set per band from the band's own stock and
/// inflow; each is 0 when its inflow is 0, and capped so that the band's need shares sum to at
/// most 100. Only the family-home need shares change.
pub fn with_family_home_need(s: &Scenario) -> Scenario {
    let mut out = s.clone();
    let stay = s.stay_months.family_home;
    let share = |stock: f64, inflow: f64, residential: f64, other: f64| -> f64 {
        if inflow > 0.0 {
            (12.0 * stock / stay / inflow * 100.0)
                .min(100.0 - residential - other)
                .max(0.0)
        } else {
            0.0
        }
    };
    match &s.under12 {
        None => {
            out.inflow.family_home_need_pct = share(
                s.stock.family_home,
                s.inflow.per_year,
                s.inflow.residential_need_pct,
                s.inflow.other_need_pct,
            );
        }
        Some(u) => {
            let young = s.inflow.per_year * u.inflow_pct / 100.0;
            let older = s.inflow.per_year * (1.0 - u.inflow_pct / 100.0);
            out.inflow.family_home_need_pct = share(
                s.stock.family_home - u.stock.family_home,
                older,
                s.inflow.residential_need_pct,
                s.inflow.other_need_pct,
            );
            if let Some(band) = out.under12.as_mut() {
                band.family_home_need_pct = share(
                    u.stock.family_home,
                    young,
                    u.residential_need_pct,
                    u.other_need_pct,
                );
            }
        }
    }
    out
}

/// MODEL.md §8 (v2): a plan's count of children who used a form *during* a year, turned into a
/// stock on one day, assuming that year was stationary: `users × stay / (stay + 12)`. (In a
/// stationary year a form's users are its stock plus as many admissions as exits, `12 ×
/// stock / stay`.)
pub fn stock_from_users(users: f64, stay_months: f64) -> f64 {
    users * stay_months / (stay_months + 12.0)
}

/// The scenario with its `stock` and `mismatch` (and the under-12 band's) read as counts of
/// children during the year before `start_year`, turned into stocks on 1 January with
/// [`stock_from_users`] and the scenario's own stays. Every converted figure's note says what
/// it was and how it was converted (an assumption: that year was stationary).
pub fn stocks_from_users(s: &Scenario) -> Scenario {
    let mut out = s.clone();
    let convert = |out: &mut Scenario, path: &str, users: f64, stay: f64| -> f64 {
        let stock = stock_from_users(users, stay);
        let earlier = s
            .source_of(path)
            .map(|source| format!(" Bron van de telling: {}", source.note))
            .unwrap_or_default();
        out.sources.insert(
            path.to_string(),
            Source {
                kind: SourceKind::Assumption,
                note: format!(
                    "Omgerekend uit {} kinderen in de loop van een jaar naar een stand op één dag: {} × {} / ({} + 12) = {} (MODEL.md §8, verblijfsduur {} maanden; aanname: dat jaar was stationair).{earlier}",
                    tidy(users), tidy(users), tidy(stay), tidy(stay), tidy(stock), tidy(stay)
                ),
            },
        );
        stock
    };
    let residential_stay = s.stay_months.residential;
    for form in Form::ALL {
        let stay = s.stay_months.get(form);
        let stock = convert(
            &mut out,
            FieldId::stock(form).path(),
            s.stock.get(form),
            stay,
        );
        out.stock.set(form, stock);
    }
    out.mismatch = convert(
        &mut out,
        FieldId::Mismatch.path(),
        s.mismatch,
        residential_stay,
    );
    if let Some(band) = &s.under12 {
        let mut converted = band.clone();
        for form in Form::ALL {
            let stay = s.stay_months.get(form);
            let path = FieldId::under12_stock(form).path();
            converted
                .stock
                .set(form, convert(&mut out, path, band.stock.get(form), stay));
        }
        converted.mismatch = convert(
            &mut out,
            FieldId::Under12Mismatch.path(),
            band.mismatch,
            residential_stay,
        );
        out.under12 = Some(converted);
    }
    out
}

/// A number for a note: at most one decimal, no trailing zero.
fn tidy(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    format!("{rounded}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{project, simulate, Mode};
    use crate::scenario::parse;

    fn scenario() -> Scenario {
        parse(
            r#"{
            "schema": 1, "start_year": 2019, "years": 3,
            "stock": {"foster": 120, "family_home": 36, "residential": 60, "other": 12},
            "mismatch": 6,
            "stay_months": {"foster": 48, "family_home": 36, "residential": 12, "other": 6},
            "inflow": {"per_year": 1},
            "foster": {"families": 150, "children_per_family": 1.2, "attrition_pct": 14},
            "family_home": {"homes": 12, "places_per_home": 3.5},
            "cost": {"per_day": {"foster": "55", "family_home": "180", "residential": "225", "other": "450"}}
        }"#,
        )
        .unwrap()
    }

    #[test]
    fn stationary_inflow_by_hand() {
        let c = calibrate(&scenario()).unwrap();
        // 12 × (120/48 + 36/36 + 60/12 + 12/6) = 12 × 10.5 = 126.
        assert!((c.inflow.per_year - 126.0).abs() < 1e-9);
        assert!((c.inflow.other_need_pct - 24.0 / 126.0 * 100.0).abs() < 1e-9);
        assert!((c.inflow.residential_need_pct - 54.0 / 126.0 * 100.0).abs() < 1e-9);
        assert_eq!(c.foster.status_quo_recruit_per_year, 21);
    }

    #[test]
    fn calibrated_other_and_need_residential_stay_put() {
        let c = calibrate(&scenario()).unwrap();
        let mut s = c.clone();
        s.foster.recruit_per_year = vec![s.foster.status_quo_recruit_per_year; 3];
        let years = simulate(&s, Mode::Scenario, |_, _, _| {});
        let end = years.last().unwrap().end.unwrap();
        assert!((end.other() - 12.0).abs() < 1e-9, "{}", end.other());
        assert!(
            (end.residential_need() - 54.0).abs() < 1e-9,
            "{}",
            end.residential_need()
        );
        // And the result is still a valid scenario that projects.
        assert!(parse(&c.to_json()).is_ok());
        assert_eq!(project(&c).years.len(), 3);
    }

    #[test]
    fn a_schema_3_calibration_keeps_the_family_homes_filled() {
        let mut s = scenario();
        s.schema = 3;
        let c = calibrate(&s).unwrap();
        // 12 × 36/36 = 12 of the 126 a year need a family home.
        assert!((c.inflow.family_home_need_pct - 12.0 / 126.0 * 100.0).abs() < 1e-9);
        // Schema 1 and 2 keep v2's reading (no family-home need).
        assert_eq!(
            calibrate(&scenario()).unwrap().inflow.family_home_need_pct,
            0.0
        );
        // With the status quo's recruitment, far more foster families than children and every
        // child who needs a home finding one, the homes hold their children (v2 emptied them).
        let mut run = c.clone();
        run.foster.families = 1000.0;
        run.foster.recruit_per_year = vec![run.foster.status_quo_recruit_per_year; 3];
        let end = simulate(&run, Mode::Scenario, |_, _, _| {})
            .last()
            .unwrap()
            .end
            .unwrap();
        assert!(
            (end.family_home() - 36.0).abs() < 1e-6,
            "{}",
            end.family_home()
        );
        let mut v2 = run.clone();
        v2.inflow.family_home_need_pct = 0.0;
        let end = simulate(&v2, Mode::Scenario, |_, _, _| {})
            .last()
            .unwrap()
            .end
            .unwrap();
        assert!(end.family_home() < 20.0, "{}", end.family_home());
    }

    #[test]
    fn the_family_home_need_of_each_band() {
        let mut v: serde_json::Value = serde_json::from_str(&scenario().to_json()).unwrap();
        v["schema"] = 3.into();
        v["inflow"]["per_year"] = 120.into();
        v["under12"] = serde_json::json!({
            "stock": {"foster": 40, "family_home": 6, "residential": 10, "other": 0},
            "inflow_pct": 25, "residential_need_pct": 10, "ageing_pct": 10
        });
        let s = crate::scenario::parse_value(&v).unwrap();
        let c = with_family_home_need(&s);
        // Band u: 12 × 6/36 = 2 of its 30 a year; band o: 12 × 30/36 = 10 of its 90.
        let u = c.under12.as_ref().unwrap();
        assert!((u.family_home_need_pct - 2.0 / 30.0 * 100.0).abs() < 1e-9);
        assert!((c.inflow.family_home_need_pct - 10.0 / 90.0 * 100.0).abs() < 1e-9);
        assert!(crate::scenario::parse(&c.to_json()).is_ok());
        // A band without inflow gets 0; a share is capped by the band's other needs.
        let mut none = s.clone();
        none.under12.as_mut().unwrap().inflow_pct = 0.0;
        assert_eq!(
            with_family_home_need(&none)
                .under12
                .unwrap()
                .family_home_need_pct,
            0.0
        );
        let mut full = s;
        full.inflow.residential_need_pct = 95.0;
        assert!((with_family_home_need(&full).inflow.family_home_need_pct - 5.0).abs() < 1e-9);
    }

    #[test]
    fn empty_region_calibrates_to_zero() {
        let mut s = scenario();
        s.stock = Default::default();
        s.mismatch = 0.0;
        let c = calibrate(&s).unwrap();
        assert_eq!(c.inflow.per_year, 0.0);
        assert_eq!(c.inflow.residential_need_pct, 0.0);
    }

    #[test]
    fn users_to_stock_by_hand() {
        // 456 children during a year with a 12-month stay: half are there on one day.
        assert_eq!(stock_from_users(456.0, 12.0), 228.0);
        // A 48-month stay: 48/60 of the year's users are there on one day.
        assert!((stock_from_users(100.0, 48.0) - 80.0).abs() < 1e-12);
        let s = stocks_from_users(&scenario());
        assert_eq!(s.stock.residential, 30.0);
        assert_eq!(s.mismatch, 3.0);
        assert!((s.stock.foster - 96.0).abs() < 1e-12);
        let note = &s.sources["stock.residential"];
        assert_eq!(note.kind, SourceKind::Assumption);
        assert!(
            note.note.starts_with("Omgerekend uit 60 kinderen"),
            "{}",
            note.note
        );
        assert!(
            note.note.contains("60 × 12 / (12 + 12) = 30"),
            "{}",
            note.note
        );
        // Still valid; calibrating it afterwards gives an inflow equal to the year's users
        // less the stock (in a stationary year every admission is matched by an exit).
        assert!(parse(&s.to_json()).is_ok());
        let c = calibrate(&s).unwrap();
        let users = 120.0 + 36.0 + 60.0 + 12.0;
        let stock = s.stock.foster + s.stock.family_home + s.stock.residential + s.stock.other;
        assert!((c.inflow.per_year - (users - stock)).abs() < 1e-9);
    }

    #[test]
    fn a_scenario_with_an_under12_band_is_not_calibrated() {
        let mut v: serde_json::Value = serde_json::from_str(&scenario().to_json()).unwrap();
        v["schema"] = 2.into();
        v["under12"] = serde_json::json!({
            "stock": {"foster": 24, "family_home": 6, "residential": 12, "other": 0},
            "mismatch": 2, "inflow_pct": 20, "ageing_pct": 10
        });
        let s = crate::scenario::parse_value(&v).unwrap();
        assert_eq!(calibrate(&s), Err(CalibrateError::HasUnder12Band));
        // The stocks convert, the band's in proportion.
        let c = stocks_from_users(&s);
        let band = c.under12.as_ref().unwrap();
        assert_eq!(band.stock.residential, 6.0);
        assert_eq!(band.mismatch, 1.0);
        assert!(parse(&c.to_json()).is_ok());
    }
}
