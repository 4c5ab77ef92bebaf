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
    Ok(out)
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
