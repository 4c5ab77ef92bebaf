//! The calibration helper of MODEL.md §8: "estimate inflow from today's occupancy".
//!
//! It returns the scenario with a stationary inflow: the yearly inflow that, with the given
//! lengths of stay, keeps every form's occupancy where it is today.

use crate::scenario::{Form, Scenario};

/// The most recruitment the format allows; calibration never writes more.
const MAX_RECRUIT: f64 = 100_000.0;

/// The scenario with `inflow.per_year`, the need shares and the status-quo recruitment
/// estimated from the stocks (MODEL.md §8). The result may still be refused by validation when
/// the stocks are extreme (e.g. an inflow above 1,000,000 a year); callers re-validate.
pub fn calibrate(s: &Scenario) -> Scenario {
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
    out
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
        let c = calibrate(&scenario());
        // 12 × (120/48 + 36/36 + 60/12 + 12/6) = 12 × 10.5 = 126.
        assert!((c.inflow.per_year - 126.0).abs() < 1e-9);
        assert!((c.inflow.other_need_pct - 24.0 / 126.0 * 100.0).abs() < 1e-9);
        assert!((c.inflow.residential_need_pct - 54.0 / 126.0 * 100.0).abs() < 1e-9);
        assert_eq!(c.foster.status_quo_recruit_per_year, 21);
    }

    #[test]
    fn calibrated_other_and_need_residential_stay_put() {
        let c = calibrate(&scenario());
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
    fn empty_region_calibrates_to_zero() {
        let mut s = scenario();
        s.stock = Default::default();
        s.mismatch = 0.0;
        let c = calibrate(&s);
        assert_eq!(c.inflow.per_year, 0.0);
        assert_eq!(c.inflow.residential_need_pct, 0.0);
    }
}
