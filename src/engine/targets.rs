//! Target evaluation (MODEL.md §6): actual value, met or not, and margin.
//!
//! Counts and shares compare as `f64` with no tolerance; money compares as `Decimal`.

use super::results::{TargetResult, YearResult};
use crate::money::{decimal_from_f64, Euro};
use crate::scenario::{Metric, Op, Scenario, Target};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

/// A metric's value in one year: a number, or an amount of money.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MetricValue {
    Number(f64),
    Money(Euro),
}

impl MetricValue {
    pub fn as_f64(self) -> f64 {
        match self {
            MetricValue::Number(x) => x,
            MetricValue::Money(e) => e.to_f64_lossy(),
        }
    }
}

/// The value of `metric` at the end of (or, for money, over) the given year.
pub fn metric_value(year: &YearResult, metric: Metric) -> MetricValue {
    use MetricValue::{Money, Number};
    match metric {
        Metric::FamilySharePct => Number(year.shares_pct.family),
        Metric::ResidentialSharePct => Number(year.shares_pct.residential),
        Metric::OtherSharePct => Number(year.shares_pct.other),
        Metric::FosterCount => Number(year.stock.foster),
        Metric::FamilyHomeCount => Number(year.stock.family_home),
        Metric::ResidentialCount => Number(year.stock.residential),
        Metric::OtherCount => Number(year.stock.other),
        Metric::TotalCount => Number(year.stock.total),
        Metric::MismatchCount => Number(year.mismatch),
        Metric::ResidentialReductionPct => Number(year.residential_reduction_pct),
        Metric::InflowChangePct => Number(year.inflow_change_pct),
        Metric::FosterFamilies => Number(year.foster_families),
        Metric::CareCost => Money(year.care_cost.total),
        Metric::ProgrammeCost => Money(year.programme_cost),
        Metric::BudgetBalanceCumulative => Money(year.budget_balance_cumulative),
        Metric::FamilyShareUsersPct => Number(year.shares_users_pct.family),
        Metric::ResidentialShareUsersPct => Number(year.shares_users_pct.residential),
        Metric::OtherShareUsersPct => Number(year.shares_users_pct.other),
        Metric::UsersCount => Number(year.users.total),
        Metric::ResidentialAdmissions => Number(year.admissions.residential),
        Metric::InflowFamilySharePct => Number(year.inflow_placed_pct.family),
        Metric::InflowResidentialSharePct => Number(year.inflow_placed_pct.residential),
        // Validation guarantees the parts; a missing one reads as 0.
        Metric::PlacementsPer1000 => Number(year.placements_per_1000.unwrap_or(0.0)),
        Metric::FamilyHomes => Number(year.family_homes),
        Metric::ResidentialCountUnder12 => {
            Number(year.under12.map_or(0.0, |u| u.stock.residential))
        }
        Metric::OtherCountUnder12 => Number(year.under12.map_or(0.0, |u| u.stock.other)),
        Metric::ResidentialAdmissionsUnder12 => {
            Number(year.under12.map_or(0.0, |u| u.residential_admissions))
        }
        Metric::ResidentialShortfall => Number(year.residential_shortfall.unwrap_or(0.0)),
        Metric::LackOfPlacePlacements => Number(year.placed_for_lack_of_family_place),
    }
}

fn holds<T: PartialOrd>(actual: T, op: Op, value: T) -> bool {
    match op {
        Op::AtLeast => actual >= value,
        Op::AtMost => actual <= value,
    }
}

/// Evaluates one target against a year's results.
pub fn evaluate_one(target: &Target, year: &YearResult) -> TargetResult {
    let mut result = TargetResult {
        year: target.year,
        metric: target.metric,
        op: target.op.symbol(),
        value: target.value,
        actual: 0.0,
        met: false,
        margin: 0.0,
        actual_eur: None,
        margin_eur: None,
    };
    match metric_value(year, target.metric) {
        MetricValue::Number(actual) => {
            result.actual = actual;
            result.met = holds(actual, target.op, target.value);
            result.margin = actual - target.value;
        }
        MetricValue::Money(actual) => {
            let value = decimal_from_f64(target.value);
            let margin: Decimal = actual.0 - value;
            result.actual = actual.to_f64_lossy();
            result.met = holds(actual.0, target.op, value);
            result.margin = margin.to_f64().unwrap_or(0.0);
            result.actual_eur = Some(actual);
            result.margin_eur = Some(Euro(margin));
        }
    }
    result
}

/// Evaluates every target of the scenario; targets keep the scenario's order.
pub fn evaluate(s: &Scenario, years: &[YearResult]) -> Vec<TargetResult> {
    s.targets
        .iter()
        .filter_map(|t| {
            years
                .iter()
                .find(|y| y.year == t.year)
                .map(|y| evaluate_one(t, y))
        })
        .collect()
}
