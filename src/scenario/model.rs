//! The scenario's types: a validated scenario and its parts (MODEL.md §3).

pub use super::form::{Form, PerForm};
use super::ranges::Range;
use crate::money::Euro;
use serde::Serialize;
use std::collections::BTreeMap;

/// The scenario format version this build reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// A validated scenario. Field names and meaning follow MODEL.md §3 one to one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    pub schema: u32,
    pub name: String,
    pub region: String,
    pub start_year: i32,
    pub years: u32,
    pub stock: PerForm<f64>,
    pub mismatch: f64,
    pub stay_months: PerForm<f64>,
    pub inflow: Inflow,
    pub foster: FosterCare,
    pub family_home: FamilyHomes,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub residential_capacity: Option<Vec<Option<f64>>>,
    pub cost: Cost,
    pub programme: Programme,
    pub budget: MoneyLine,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: BTreeMap<String, Source>,
    pub targets: Vec<Target>,
    /// Optional ranges on uncertain assumptions, by field path (see `crate::analysis::uncertainty`).
    #[serde(
        skip_serializing_if = "BTreeMap::is_empty",
        serialize_with = "serialize_ranges"
    )]
    pub uncertainty: BTreeMap<String, Range>,
}

/// Writes ranges as the file has them: money as strings with two decimals, numbers as numbers.
fn serialize_ranges<S: serde::Serializer>(
    ranges: &BTreeMap<String, Range>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    use super::ranges::bound_json;
    use serde::ser::SerializeMap;
    /// `low` before `high`, as people write a range.
    #[derive(Serialize)]
    struct Entry {
        low: serde_json::Value,
        high: serde_json::Value,
    }
    let mut map = serializer.serialize_map(Some(ranges.len()))?;
    for (key, range) in ranges {
        let entry = Entry {
            low: bound_json(key, range.low),
            high: bound_json(key, range.high),
        };
        map.serialize_entry(key, &entry)?;
    }
    map.end()
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Inflow {
    pub per_year: f64,
    pub change_pct: Vec<f64>,
    pub residential_need_pct: f64,
    pub other_need_pct: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FosterCare {
    pub families: f64,
    pub children_per_family: f64,
    pub attrition_pct: f64,
    pub recruit_per_year: Vec<u32>,
    pub status_quo_recruit_per_year: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FamilyHomes {
    pub homes: f64,
    pub places_per_home: f64,
    pub new_per_year: Vec<i32>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cost {
    pub per_day: PerForm<Euro>,
    pub index_pct: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Programme {
    pub cost_per_recruited_family: Euro,
    pub cost_per_new_home: Euro,
    pub lines: Vec<MoneyLine>,
    /// Extension to MODEL.md §3 (optional): a plan's own printed programme total per year, kept
    /// beside the engine's sum of the lines so that a discrepancy in the plan stays visible.
    /// It never enters any computation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub printed_totals: Vec<Option<Euro>>,
}

/// A labelled list of yearly amounts (a programme line or the budget).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MoneyLine {
    pub label: String,
    pub amounts: Vec<Euro>,
}

impl MoneyLine {
    /// The amount in projected year `y` (a missing tail is zero).
    pub fn amount(&self, y: usize) -> Euro {
        self.amounts.get(y).copied().unwrap_or(Euro::ZERO)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Plan,
    Assumption,
}

/// Where a figure comes from: the plan itself, or an assumption and its reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    pub kind: SourceKind,
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Op {
    #[serde(rename = ">=")]
    AtLeast,
    #[serde(rename = "<=")]
    AtMost,
}

impl Op {
    pub fn symbol(self) -> &'static str {
        match self {
            Op::AtLeast => ">=",
            Op::AtMost => "<=",
        }
    }
}

/// The target metrics of MODEL.md §6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    FamilySharePct,
    ResidentialSharePct,
    OtherSharePct,
    FosterCount,
    FamilyHomeCount,
    ResidentialCount,
    OtherCount,
    TotalCount,
    MismatchCount,
    ResidentialReductionPct,
    InflowChangePct,
    FosterFamilies,
    CareCost,
    ProgrammeCost,
    BudgetBalanceCumulative,
}

impl Metric {
    pub const ALL: [Metric; 15] = [
        Metric::FamilySharePct,
        Metric::ResidentialSharePct,
        Metric::OtherSharePct,
        Metric::FosterCount,
        Metric::FamilyHomeCount,
        Metric::ResidentialCount,
        Metric::OtherCount,
        Metric::TotalCount,
        Metric::MismatchCount,
        Metric::ResidentialReductionPct,
        Metric::InflowChangePct,
        Metric::FosterFamilies,
        Metric::CareCost,
        Metric::ProgrammeCost,
        Metric::BudgetBalanceCumulative,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Metric::FamilySharePct => "family_share_pct",
            Metric::ResidentialSharePct => "residential_share_pct",
            Metric::OtherSharePct => "other_share_pct",
            Metric::FosterCount => "foster_count",
            Metric::FamilyHomeCount => "family_home_count",
            Metric::ResidentialCount => "residential_count",
            Metric::OtherCount => "other_count",
            Metric::TotalCount => "total_count",
            Metric::MismatchCount => "mismatch_count",
            Metric::ResidentialReductionPct => "residential_reduction_pct",
            Metric::InflowChangePct => "inflow_change_pct",
            Metric::FosterFamilies => "foster_families",
            Metric::CareCost => "care_cost",
            Metric::ProgrammeCost => "programme_cost",
            Metric::BudgetBalanceCumulative => "budget_balance_cumulative",
        }
    }

    pub fn from_key(key: &str) -> Option<Metric> {
        Metric::ALL.into_iter().find(|m| m.key() == key)
    }

    /// Money metrics compare as `Decimal`; all others as `f64`.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Metric::CareCost | Metric::ProgrammeCost | Metric::BudgetBalanceCumulative
        )
    }

    /// Percentages (shown as "57,4 %"); the rest are counts or money.
    pub fn is_percent(self) -> bool {
        matches!(
            self,
            Metric::FamilySharePct
                | Metric::ResidentialSharePct
                | Metric::OtherSharePct
                | Metric::ResidentialReductionPct
                | Metric::InflowChangePct
        )
    }
}

/// A phased target: in `year`, `metric op value` must hold.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Target {
    pub year: i32,
    pub metric: Metric,
    pub op: Op,
    pub value: f64,
}

impl Scenario {
    /// Calendar years covered, first to last inclusive.
    pub fn last_year(&self) -> i32 {
        self.start_year + self.years as i32 - 1
    }

    /// The scenario in the file format (pretty JSON), readable by [`parse`] and by the CLI.
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// A copy without `sources`, for the hot paths that serialise the scenario (editing a field,
    /// reading fields by path): the notes are long text that those paths never change or read.
    pub fn without_sources(&self) -> Scenario {
        Scenario {
            schema: self.schema,
            name: self.name.clone(),
            region: self.region.clone(),
            start_year: self.start_year,
            years: self.years,
            stock: self.stock,
            mismatch: self.mismatch,
            stay_months: self.stay_months,
            inflow: self.inflow.clone(),
            foster: self.foster.clone(),
            family_home: self.family_home.clone(),
            residential_capacity: self.residential_capacity.clone(),
            cost: self.cost.clone(),
            programme: self.programme.clone(),
            budget: self.budget.clone(),
            sources: BTreeMap::new(),
            targets: self.targets.clone(),
            uncertainty: self.uncertainty.clone(),
        }
    }

    /// Yearly inflow change in projected year `y`, in percent (a missing tail is zero).
    pub fn change_pct(&self, y: usize) -> f64 {
        self.inflow.change_pct.get(y).copied().unwrap_or(0.0)
    }

    /// Gross foster families recruited in projected year `y` (a missing tail is zero).
    pub fn recruit(&self, y: usize) -> u32 {
        self.foster.recruit_per_year.get(y).copied().unwrap_or(0)
    }

    /// Family homes opened (negative: closed) in projected year `y` (a missing tail is zero).
    pub fn new_homes(&self, y: usize) -> i32 {
        self.family_home.new_per_year.get(y).copied().unwrap_or(0)
    }

    /// Planned residential places at the end of projected year `y`, if the plan says.
    pub fn residential_capacity_plan(&self, y: usize) -> Option<f64> {
        self.residential_capacity
            .as_ref()
            .and_then(|plan| plan.get(y).copied().flatten())
    }

    /// The source of a figure, looked up by its field path; an indexed path falls back to its
    /// array (`inflow.change_pct[2]` → `inflow.change_pct`), and a nested path to its parent.
    pub fn source_of(&self, path: &str) -> Option<&Source> {
        let mut candidate = path;
        loop {
            if let Some(source) = self.sources.get(candidate) {
                return Some(source);
            }
            let cut = candidate.rfind(['.', '['])?;
            candidate = &candidate[..cut];
        }
    }
}
