//! The scenario's types: a validated scenario and its parts (MODEL.md §3).

pub use super::error::MetricNeeds;
pub use super::form::{Form, PerForm};
use super::ranges::Range;
use crate::keyed::Keyed;
use crate::money::Euro;
use serde::Serialize;

/// The newest scenario format version this build reads (and the schema of its output shape).
/// Files of every version from 1 up to this one are read with their own meaning (MODEL.md §3).
pub const SCHEMA_VERSION: u32 = 3;

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
    #[serde(skip_serializing_if = "Keyed::is_empty")]
    pub sources: Keyed<Source>,
    pub targets: Vec<Target>,
    /// Optional ranges on uncertain assumptions, by field path (see `crate::analysis::uncertainty`).
    #[serde(
        skip_serializing_if = "Keyed::is_empty",
        serialize_with = "serialize_ranges"
    )]
    pub uncertainty: Keyed<Range>,
    // v2 (MODEL.md §3; each optional, absent in every schema 1 scenario).
    /// v2: the region's children aged 0–17 and their yearly change (baseline).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub population: Option<Population>,
    /// v2: length of stay per year against `stay_months`, per form (policy; level arrays).
    #[serde(skip_serializing_if = "StayChange::is_empty")]
    pub stay_change_pct: StayChange,
    /// v2: the under-12 band.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub under12: Option<Under12>,
}

/// v2: the region's child population (MODEL.md §3).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Population {
    /// Children aged 0–17 in the year before `start_year`.
    pub children: f64,
    /// Baseline change array: yearly change of the number of children, in percent.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trend_pct: Vec<f64>,
}

/// v2: the length of stay per care form per year against `stay_months`, in percent (level
/// arrays: a missing tail repeats the last entry; empty is 0).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StayChange {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub foster: Vec<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub family_home: Vec<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub residential: Vec<f64>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other: Vec<f64>,
}

impl StayChange {
    pub fn is_empty(&self) -> bool {
        self.foster.is_empty()
            && self.family_home.is_empty()
            && self.residential.is_empty()
            && self.other.is_empty()
    }

    pub fn get(&self, form: Form) -> &[f64] {
        match form {
            Form::Foster => &self.foster,
            Form::FamilyHome => &self.family_home,
            Form::Residential => &self.residential,
            Form::Other => &self.other,
        }
    }

    pub fn get_mut(&mut self, form: Form) -> &mut Vec<f64> {
        match form {
            Form::Foster => &mut self.foster,
            Form::FamilyHome => &mut self.family_home,
            Form::Residential => &mut self.residential,
            Form::Other => &mut self.other,
        }
    }
}

/// v2: the under-12 band (MODEL.md §3, §4).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Under12 {
    /// The under-12 part of the starting stock.
    pub stock: PerForm<f64>,
    /// The under-12 part of `mismatch`.
    pub mismatch: f64,
    /// Share of the inflow that is under 12, in percent.
    pub inflow_pct: f64,
    pub residential_need_pct: f64,
    pub other_need_pct: f64,
    /// v3, baseline: share of the under-12 inflow that needs a family home (absent = 0).
    #[serde(skip_serializing_if = "is_zero")]
    pub family_home_need_pct: f64,
    /// Policy level array: share of the under-12 residential need placed in a family form.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub substitution_pct: Vec<f64>,
    /// Share of the under-12 children in care who turn 12 in a year, in percent.
    pub ageing_pct: f64,
}

/// The value of a level array in projected year `y` (MODEL.md §3): the entry of that year, a
/// missing tail repeats the last entry, an empty array is 0.
pub fn level(values: &[f64], y: usize) -> f64 {
    match values.get(y) {
        Some(&x) => x,
        None => values.last().copied().unwrap_or(0.0),
    }
}

/// The value of a change array in projected year `y`: a missing tail is 0.
pub fn change(values: &[f64], y: usize) -> f64 {
    values.get(y).copied().unwrap_or(0.0)
}

/// Writes ranges as the file has them: money as strings with two decimals, numbers as numbers.
fn serialize_ranges<S: serde::Serializer>(
    ranges: &Keyed<Range>,
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
    /// v2, baseline change array: autonomous yearly change of the inflow.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trend_pct: Vec<f64>,
    /// v2, policy level array: share of the residential need placed in a family form instead.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub substitution_pct: Vec<f64>,
    /// v3, baseline: share of the inflow (12 and over with `under12`) that needs a family home
    /// rather than a foster family (absent = 0).
    #[serde(skip_serializing_if = "is_zero")]
    pub family_home_need_pct: f64,
}

fn is_zero(x: &f64) -> bool {
    *x == 0.0
}

fn is_zero_months(x: &u32) -> bool {
    *x == 0
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FosterCare {
    pub families: f64,
    pub children_per_family: f64,
    pub attrition_pct: f64,
    pub recruit_per_year: Vec<u32>,
    pub status_quo_recruit_per_year: u32,
    /// v2, policy level array: attrition against `attrition_pct`, in percentage points.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub attrition_change_pts: Vec<f64>,
    /// v3, baseline: months between recruiting a family and its first placement (absent = 0).
    #[serde(skip_serializing_if = "is_zero_months")]
    pub lead_months: u32,
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
    /// v2: what prevention costs per placement it avoids (absent = 0).
    #[serde(skip_serializing_if = "Euro::is_zero")]
    pub cost_per_prevented_placement: Euro,
    /// v2: what the alternative costs per child placed in a family form instead.
    #[serde(skip_serializing_if = "Euro::is_zero")]
    pub cost_per_substituted_child: Euro,
    /// v2: what retention support costs per foster family kept.
    #[serde(skip_serializing_if = "Euro::is_zero")]
    pub cost_per_retained_family: Euro,
    /// v3: who pays the three unit costs above (absent = the fund).
    #[serde(skip_serializing_if = "UnitCostsFrom::is_fund")]
    pub unit_costs_from: UnitCostsFrom,
}

/// v3: who pays the unit costs of prevention, substitution and retention (MODEL.md §3, §5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitCostsFrom {
    /// The transformation fund: programme cost, against the budget (v2's meaning).
    #[default]
    Fund,
    /// The regular youth-care budget ("via de reguliere contracten"): `regular_cost`.
    Regular,
}

impl UnitCostsFrom {
    pub const ALL: [UnitCostsFrom; 2] = [UnitCostsFrom::Fund, UnitCostsFrom::Regular];

    pub fn key(self) -> &'static str {
        match self {
            UnitCostsFrom::Fund => "fund",
            UnitCostsFrom::Regular => "regular",
        }
    }

    pub fn from_key(key: &str) -> Option<UnitCostsFrom> {
        UnitCostsFrom::ALL.into_iter().find(|u| u.key() == key)
    }

    fn is_fund(&self) -> bool {
        *self == UnitCostsFrom::Fund
    }
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
    // v2 (MODEL.md §6).
    FamilyShareUsersPct,
    ResidentialShareUsersPct,
    OtherShareUsersPct,
    UsersCount,
    ResidentialAdmissions,
    InflowFamilySharePct,
    InflowResidentialSharePct,
    #[serde(rename = "placements_per_1000")]
    PlacementsPer1000,
    FamilyHomes,
    ResidentialCountUnder12,
    OtherCountUnder12,
    ResidentialAdmissionsUnder12,
    ResidentialShortfall,
    // v3 (MODEL.md §6).
    LackOfPlacePlacements,
}

impl Metric {
    pub const ALL: [Metric; 29] = [
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
        Metric::FamilyShareUsersPct,
        Metric::ResidentialShareUsersPct,
        Metric::OtherShareUsersPct,
        Metric::UsersCount,
        Metric::ResidentialAdmissions,
        Metric::InflowFamilySharePct,
        Metric::InflowResidentialSharePct,
        Metric::PlacementsPer1000,
        Metric::FamilyHomes,
        Metric::ResidentialCountUnder12,
        Metric::OtherCountUnder12,
        Metric::ResidentialAdmissionsUnder12,
        Metric::ResidentialShortfall,
        Metric::LackOfPlacePlacements,
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
            Metric::FamilyShareUsersPct => "family_share_users_pct",
            Metric::ResidentialShareUsersPct => "residential_share_users_pct",
            Metric::OtherShareUsersPct => "other_share_users_pct",
            Metric::UsersCount => "users_count",
            Metric::ResidentialAdmissions => "residential_admissions",
            Metric::InflowFamilySharePct => "inflow_family_share_pct",
            Metric::InflowResidentialSharePct => "inflow_residential_share_pct",
            Metric::PlacementsPer1000 => "placements_per_1000",
            Metric::FamilyHomes => "family_homes",
            Metric::ResidentialCountUnder12 => "residential_count_under12",
            Metric::OtherCountUnder12 => "other_count_under12",
            Metric::ResidentialAdmissionsUnder12 => "residential_admissions_under12",
            Metric::ResidentialShortfall => "residential_shortfall",
            Metric::LackOfPlacePlacements => "lack_of_place_placements",
        }
    }

    /// A share of the children during the year (the count the plans use, MODEL.md §6).
    pub fn is_users_share(self) -> bool {
        matches!(
            self,
            Metric::FamilyShareUsersPct
                | Metric::ResidentialShareUsersPct
                | Metric::OtherShareUsersPct
        )
    }

    /// The format version that introduced the metric: a file of an older schema cannot name it.
    pub fn since(self) -> u32 {
        if (self as usize) >= (Metric::LackOfPlacePlacements as usize) {
            3
        } else if (self as usize) >= (Metric::FamilyShareUsersPct as usize) {
            2
        } else {
            1
        }
    }

    /// The part of the scenario the metric needs.
    pub fn needs(self) -> MetricNeeds {
        match self {
            Metric::PlacementsPer1000 => MetricNeeds::Population,
            Metric::ResidentialCountUnder12
            | Metric::OtherCountUnder12
            | Metric::ResidentialAdmissionsUnder12 => MetricNeeds::Under12,
            Metric::ResidentialShortfall => MetricNeeds::Capacity,
            _ => MetricNeeds::Nothing,
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
                | Metric::FamilyShareUsersPct
                | Metric::ResidentialShareUsersPct
                | Metric::OtherShareUsersPct
                | Metric::InflowFamilySharePct
                | Metric::InflowResidentialSharePct
        )
    }
}

/// Which children a share counts: those in care on one day (31 December), or all who used the
/// care during the year (how the plans and CBS count; MODEL.md §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountingBasis {
    Stock,
    Users,
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
    /// The counting basis of the plan's share targets: children during the year when any share
    /// target counts them so, else children on one day. Shares on screen follow it.
    pub fn counting_basis(&self) -> CountingBasis {
        if self.targets.iter().any(|t| t.metric.is_users_share()) {
            CountingBasis::Users
        } else {
            CountingBasis::Stock
        }
    }

    /// Calendar years covered, first to last inclusive.
    pub fn last_year(&self) -> i32 {
        self.start_year + self.years as i32 - 1
    }

    /// The scenario in the file format (pretty JSON, keys in field-table order), readable by
    /// [`parse`] and by the CLI.
    pub fn to_json(&self) -> String {
        // Serialising plain data with string keys cannot fail.
        super::pretty::to_pretty(&serde_json::to_value(self).unwrap_or_default())
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
            sources: Keyed::new(),
            targets: self.targets.clone(),
            uncertainty: self.uncertainty.clone(),
            population: self.population.clone(),
            stay_change_pct: self.stay_change_pct.clone(),
            under12: self.under12.clone(),
        }
    }

    /// Yearly inflow change in projected year `y`, in percent (a missing tail is zero).
    pub fn change_pct(&self, y: usize) -> f64 {
        self.inflow.change_pct.get(y).copied().unwrap_or(0.0)
    }

    /// v2 baseline: autonomous inflow change in projected year `y`, in percent.
    pub fn trend_pct(&self, y: usize) -> f64 {
        change(&self.inflow.trend_pct, y)
    }

    /// v2 baseline: change of the number of children in projected year `y`, in percent.
    pub fn population_trend_pct(&self, y: usize) -> f64 {
        self.population
            .as_ref()
            .map_or(0.0, |p| change(&p.trend_pct, y))
    }

    /// v2 policy: substitution in projected year `y` for the 12-and-over (or only) band.
    pub fn substitution_pct(&self, y: usize) -> f64 {
        level(&self.inflow.substitution_pct, y)
    }

    /// v2 policy: substitution in projected year `y` for the under-12 band.
    pub fn substitution_under12_pct(&self, y: usize) -> f64 {
        self.under12
            .as_ref()
            .map_or(0.0, |u| level(&u.substitution_pct, y))
    }

    /// v2 policy: stay change of `form` in projected year `y`, in percent.
    pub fn stay_change(&self, form: Form, y: usize) -> f64 {
        level(self.stay_change_pct.get(form), y)
    }

    /// v2 policy: attrition change in projected year `y`, in percentage points.
    pub fn attrition_change(&self, y: usize) -> f64 {
        level(&self.foster.attrition_change_pts, y)
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
