//! What a projection returns: yearly results, warnings and evaluated targets (MODEL.md §7).

use crate::money::Euro;
use crate::scenario::{Form, Metric, Op, PerForm, Target};
use serde::{Serialize, Serializer};

/// Stocks at the end of a year, per reported form, plus the total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Stocks {
    pub foster: f64,
    pub family_home: f64,
    pub residential: f64,
    pub other: f64,
    pub total: f64,
}

/// Children during the year per form, and the distinct children (MODEL.md §6).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Users {
    pub foster: f64,
    pub family_home: f64,
    pub residential: f64,
    pub other: f64,
    pub total: f64,
}

/// The under-12 band at the end of a year (MODEL.md §7).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Under12Result {
    pub stock: Stocks,
    pub mismatch: f64,
    pub residential_admissions: f64,
    /// v3: the band's own part of the year's `placed_for_lack_of_family_place`.
    pub placed_for_lack_of_family_place: f64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Shares {
    pub family: f64,
    pub residential: f64,
    pub other: f64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Capacity {
    pub foster: f64,
    pub family_home: f64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct CareCost {
    pub foster: Euro,
    pub family_home: Euro,
    pub residential: Euro,
    pub other: Euro,
    pub total: Euro,
}

impl CareCost {
    pub fn get(&self, form: Form) -> Euro {
        match form {
            Form::Foster => self.foster,
            Form::FamilyHome => self.family_home,
            Form::Residential => self.residential,
            Form::Other => self.other,
        }
    }
}

/// One projected calendar year, as MODEL.md §7 names it (field order kept), plus a few extra
/// fields that make every figure traceable (prices used, inflow change, printed plan total).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearResult {
    pub year: i32,
    pub stock: Stocks,
    pub mismatch: f64,
    pub shares_pct: Shares,
    pub foster_families: f64,
    pub family_homes: f64,
    pub capacity: Capacity,
    pub inflow: f64,
    pub exits: f64,
    pub breakdowns: f64,
    pub stepdowns: f64,
    pub placed_for_lack_of_family_place: f64,
    pub youth_days: PerForm<f64>,
    pub care_cost: CareCost,
    pub status_quo_care_cost: Euro,
    pub savings: Euro,
    pub programme_cost: Euro,
    /// v3: the unit costs paid from the regular youth-care budget (`unit_costs_from =
    /// "regular"`); they count in `net`, not against the budget.
    pub regular_cost: Euro,
    pub budget: Euro,
    pub budget_balance: Euro,
    pub budget_balance_cumulative: Euro,
    pub net_cumulative: Euro,
    pub residential_capacity_plan: Option<f64>,
    // v2 (MODEL.md §7), present for v1 scenarios too.
    /// Children entering each form in the year, from the inflow or another form.
    pub admissions: PerForm<f64>,
    /// Children who used each form during the year; `total` counts distinct children.
    pub users: Users,
    pub shares_users_pct: Shares,
    /// Where the year's inflow was placed, in percent of the inflow.
    pub inflow_placed_pct: Shares,
    /// Stays in force this year, in months (after policy).
    pub stay_months: PerForm<f64>,
    /// Foster-family attrition in force this year (after policy), in percent.
    pub attrition_pct: f64,
    /// The highest monthly residential occupancy of the year.
    pub residential_peak: f64,
    /// `max(0, residential_peak − residential_capacity[y])`; null without a planned capacity.
    pub residential_shortfall: Option<f64>,
    /// Children aged 0–17 (`C[y]`); null without `population`.
    pub children: Option<f64>,
    pub placements_per_1000: Option<f64>,
    pub prevented_placements: f64,
    pub substituted: f64,
    pub retained_families: f64,
    pub under12: Option<Under12Result>,
    // Extra fields (MODEL.md §7 allows them).
    /// Yearly inflow `A[y]` relative to `inflow.per_year`, in percent.
    pub inflow_change_pct: f64,
    /// `(1 − residential/stock.residential) × 100`.
    pub residential_reduction_pct: f64,
    /// Prices per child per day used this year, after indexation.
    pub price_per_day: PerForm<Euro>,
    /// `savings − programme_cost` of this year.
    pub net: Euro,
    /// The programme total the plan itself printed for this year, if it printed one.
    pub programme_printed_total: Option<Euro>,
}

impl YearResult {
    /// The shares on `basis`: of the children at the year's end, or of those during the year.
    pub fn shares(&self, basis: crate::scenario::CountingBasis) -> Shares {
        match basis {
            crate::scenario::CountingBasis::Stock => self.shares_pct,
            crate::scenario::CountingBasis::Users => self.shares_users_pct,
        }
    }
}

/// A warning about the scenario that does not stop the projection.
#[derive(Clone, Debug, PartialEq)]
pub enum Warning {
    /// More foster children on 1 January than the families can take.
    FosterStockAboveCapacity { stock: f64, capacity: f64 },
    /// More family-home children on 1 January than the homes can take.
    FamilyHomeStockAboveCapacity { stock: f64, capacity: f64 },
    /// v3: children waiting in residential care on 1 January while family places are free;
    /// they step down in the first month.
    WaitingWhilePlacesFree {
        waiting: f64,
        free_foster: f64,
        free_family_home: f64,
    },
}

impl Warning {
    pub fn message_en(&self) -> String {
        match self {
            Warning::FosterStockAboveCapacity { stock, capacity } => format!(
                "starting foster stock ({stock}) exceeds foster capacity (families × children_per_family = {capacity}); the excess moves in month 1"
            ),
            Warning::FamilyHomeStockAboveCapacity { stock, capacity } => format!(
                "starting family-home stock ({stock}) exceeds family-home capacity (homes × places_per_home = {capacity}); the excess moves in month 1"
            ),
            Warning::WaitingWhilePlacesFree { waiting, free_foster, free_family_home } => format!(
                "the starting figures disagree: {waiting} children wait in residential care for a family place (mismatch) while {free_foster} foster and {free_family_home} family-home places are free on 1 January; they step down in the first month"
            ),
        }
    }
}

impl Serialize for Warning {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.message_en())
    }
}

/// The full result of projecting a scenario (MODEL.md §7).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Projection {
    pub schema: u32,
    pub name: String,
    pub warnings: Vec<Warning>,
    pub years: Vec<YearResult>,
    pub targets: Vec<TargetResult>,
    pub payback_year: Option<i32>,
    /// v3: what the children in care at the end of the last year still cost after it (MODEL.md
    /// §5), for the scenario and for the status quo.
    pub committed_care_cost: Euro,
    pub status_quo_committed_care_cost: Euro,
    /// v3: the cumulative net at the end plus `status_quo_committed − committed`.
    pub net_with_committed: Euro,
    // Extra fields.
    /// Sum of the yearly care cost over the projection.
    pub total_care_cost: Euro,
    pub total_status_quo_care_cost: Euro,
    pub total_programme_cost: Euro,
    pub total_budget: Euro,
    /// The engine version that computed this (for memos and links).
    pub engine_version: &'static str,
}

/// The physical and money results of one simulation, before comparison with the status quo.
impl Projection {
    /// v3: the unit costs paid from the regular budget over the projection.
    pub fn total_regular_cost(&self) -> Euro {
        self.years.iter().map(|y| y.regular_cost).sum()
    }

    /// Whether the scenario names a transformation budget at all: without one there is no
    /// shortfall to speak of (PRESETS.md v3, IJsselland), in the app and in the CLI.
    pub fn budget_known(&self) -> bool {
        !self.total_budget.is_zero()
    }

    /// Whether anything was spent, from the fund or the regular budget (both are ≥ 0 a year).
    pub fn spent_anything(&self) -> bool {
        !self.total_programme_cost.is_zero() || !self.total_regular_cost().is_zero()
    }

    /// The result of one calendar year, if projected.
    pub fn year(&self, calendar_year: i32) -> Option<&YearResult> {
        self.years.iter().find(|y| y.year == calendar_year)
    }

    /// The projection as MODEL.md §7 JSON (pretty).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// One evaluated target (MODEL.md §7 `targets[]`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetResult {
    pub year: i32,
    pub metric: Metric,
    pub op: &'static str,
    pub value: f64,
    pub actual: f64,
    pub met: bool,
    pub margin: f64,
    /// For money metrics: the exact actual amount and margin as decimal strings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual_eur: Option<Euro>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub margin_eur: Option<Euro>,
}

impl TargetResult {
    pub fn target(&self) -> Target {
        Target {
            year: self.year,
            metric: self.metric,
            op: if self.op == ">=" {
                Op::AtLeast
            } else {
                Op::AtMost
            },
            value: self.value,
        }
    }
}
