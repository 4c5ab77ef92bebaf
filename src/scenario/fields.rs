//! Every field of the scenario format, declared once: its path, what kind of value it holds, its
//! bounds, unit, role (baseline or policy), link code, whether it can take an uncertainty range,
//! and how it runs per year.
//!
//! The parser checks each bounded field against its entry here; the editor reads a field's kind,
//! the share link its code, the uncertainty ranges which fields take one, the error messages and
//! panels its label (an exhaustive match on [`FieldId`] in `i18n`, so a field without a name does
//! not compile). Adding a field means one entry here plus its meaning in the engine.
//!
//! Sub-fields of list entries (a target's year, a programme line's label) are entries too, under
//! the path with its indices taken out (`targets.year` for `targets[2].year`).

use super::bounds::{self, Bounds};

/// A field of the scenario format (or a group of fields, or a sub-field of a list entry), in
/// the order of [`FIELDS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    Schema,
    Name,
    Region,
    StartYear,
    Years,
    StockFoster,
    StockFamilyHome,
    StockResidential,
    StockOther,
    Mismatch,
    StayFoster,
    StayFamilyHome,
    StayResidential,
    StayOther,
    InflowPerYear,
    InflowChange,
    ResidentialNeed,
    OtherNeed,
    FosterFamilies,
    ChildrenPerFamily,
    Attrition,
    Recruit,
    StatusQuoRecruit,
    Homes,
    PlacesPerHome,
    NewHomes,
    ResidentialCapacity,
    PriceFoster,
    PriceFamilyHome,
    PriceResidential,
    PriceOther,
    IndexPct,
    CostPerRecruitedFamily,
    CostPerNewHome,
    ProgrammeLines,
    PrintedTotals,
    BudgetLabel,
    BudgetAmounts,
    Targets,
    Uncertainty,
    Stock,
    StayMonths,
    Inflow,
    Foster,
    FamilyHome,
    Cost,
    PerDay,
    Programme,
    Budget,
    Sources,
    ProgrammeLineLabel,
    ProgrammeLineAmounts,
    TargetYear,
    TargetMetric,
    TargetOp,
    TargetValue,
    // Format v2 (MODEL.md §3): every field from here on needs `"schema": 2`.
    InflowTrend,
    InflowSubstitution,
    AttritionChange,
    Population,
    PopulationChildren,
    PopulationTrend,
    StayChange,
    StayChangeFoster,
    StayChangeFamilyHome,
    StayChangeResidential,
    StayChangeOther,
    Under12,
    Under12Stock,
    Under12StockFoster,
    Under12StockFamilyHome,
    Under12StockResidential,
    Under12StockOther,
    Under12Mismatch,
    Under12Inflow,
    Under12ResidentialNeed,
    Under12OtherNeed,
    Under12Substitution,
    Under12Ageing,
    CostPerPreventedPlacement,
    CostPerSubstitutedChild,
    CostPerRetainedFamily,
    // Format v3 (MODEL.md §3): every field from here on needs `"schema": 3`.
    InflowFamilyHomeNeed,
    Under12FamilyHomeNeed,
    LeadMonths,
    UnitCostsFrom,
}

/// What a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An object of other fields (`stock`, `cost.per_day`).
    Group,
    Text,
    /// A whole number (`4.0` counts as whole).
    Integer,
    Number,
    /// A decimal string with at most two decimals.
    Money,
    /// One of a few words (`"fund"` or `"regular"`).
    Choice(&'static [&'static str]),
    /// A list of programme lines (`{label, amounts}`).
    Lines,
    /// A list of targets.
    Targets,
    /// The map of notes.
    Sources,
    /// The map of uncertainty ranges.
    Ranges,
}

/// How a field runs over the projected years.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PerYear {
    /// One value.
    No,
    /// One value per projected year; a missing tail is 0.
    Values,
    /// One value or null per projected year (a plan figure that may be open); a missing tail is
    /// null.
    Nullable,
    /// v2 level array: the value in force each year; a missing tail repeats the last entry,
    /// empty is 0.
    Level,
}

/// Whether the status quo ("geen nieuw beleid", MODEL.md §5) keeps a field or resets it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Names, the horizon, groups, notes.
    Label,
    /// A figure about the region that holds without new policy too (stocks, stays, prices).
    Baseline,
    /// A lever: the status quo does without it.
    Policy,
    /// What the plan decides about money and aims (programme, budget, capacity plan, targets).
    Plan,
}

/// The unit a field is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    None,
    Year,
    Years,
    Children,
    ChildrenPerYear,
    Months,
    Pct,
    PctPerYear,
    /// Percentage points (a change of a percentage).
    PctPoints,
    /// Percent of the children who need residential care (substitution).
    PctOfResidentialNeed,
    /// Percent of the length of stay (a shorter or longer stay).
    PctOfStay,
    /// Percentage points of foster-family attrition a year (retention).
    PctPointsOfAttrition,
    Families,
    FamiliesPerYear,
    Homes,
    HomesPerYear,
    Places,
    Euro,
    EuroPerDay,
}

/// The words `programme.unit_costs_from` takes (MODEL.md §3, v3).
pub const UNIT_COSTS_FROM: &[&str] = &["fund", "regular"];

/// One field's declaration.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    pub id: FieldId,
    /// The path in the file (`inflow.change_pct`), indices taken out for sub-fields.
    pub path: &'static str,
    pub kind: Kind,
    pub per_year: PerYear,
    /// The valid range of a number (of each element, for a per-year field).
    pub bounds: Option<Bounds>,
    pub unit: Unit,
    pub role: Role,
    /// Its code in a share link (append only: a released code keeps its field forever).
    pub link: Option<&'static str>,
    /// Whether it can take an uncertainty range.
    pub range: bool,
}

const fn field(id: FieldId, path: &'static str, kind: Kind, role: Role) -> Field {
    Field {
        id,
        path,
        kind,
        per_year: PerYear::No,
        bounds: None,
        unit: Unit::None,
        role,
        link: None,
        range: false,
    }
}

/// A group of fields.
const fn group(id: FieldId, path: &'static str) -> Field {
    field(id, path, Kind::Group, Role::Label)
}

/// A bounded number, integer or amount, with its unit and link code.
const fn value(
    id: FieldId,
    path: &'static str,
    kind: Kind,
    bounds: Bounds,
    unit: Unit,
    role: Role,
    link: &'static str,
) -> Field {
    Field {
        bounds: Some(bounds),
        unit,
        link: Some(link),
        ..field(id, path, kind, role)
    }
}

/// A baseline figure that can take an uncertainty range.
const fn uncertain(field: Field) -> Field {
    Field {
        range: true,
        ..field
    }
}

/// A field with one value per projected year.
const fn yearly(field: Field, per_year: PerYear) -> Field {
    Field { per_year, ..field }
}

/// A structured field written in a link by its own rule.
const fn linked(field: Field, link: &'static str) -> Field {
    Field {
        link: Some(link),
        ..field
    }
}

use FieldId as F;
use Kind as K;
use Role as R;
use Unit as U;

/// Every field, in the share link's order (the order its codes were released in).
pub const FIELDS: &[Field] = &[
    field(F::Schema, "schema", K::Integer, R::Label),
    linked(field(F::Name, "name", K::Text, R::Label), "n"),
    linked(field(F::Region, "region", K::Text, R::Label), "g"),
    value(
        F::StartYear,
        "start_year",
        K::Integer,
        bounds::START_YEAR,
        U::Year,
        R::Label,
        "sy",
    ),
    value(
        F::Years,
        "years",
        K::Integer,
        bounds::YEARS,
        U::Years,
        R::Label,
        "y",
    ),
    value(
        F::StockFoster,
        "stock.foster",
        K::Number,
        bounds::COUNT,
        U::Children,
        R::Baseline,
        "sf",
    ),
    value(
        F::StockFamilyHome,
        "stock.family_home",
        K::Number,
        bounds::COUNT,
        U::Children,
        R::Baseline,
        "sg",
    ),
    value(
        F::StockResidential,
        "stock.residential",
        K::Number,
        bounds::COUNT,
        U::Children,
        R::Baseline,
        "sr",
    ),
    value(
        F::StockOther,
        "stock.other",
        K::Number,
        bounds::COUNT,
        U::Children,
        R::Baseline,
        "so",
    ),
    value(
        F::Mismatch,
        "mismatch",
        K::Number,
        bounds::COUNT,
        U::Children,
        R::Baseline,
        "m",
    ),
    uncertain(value(
        F::StayFoster,
        "stay_months.foster",
        K::Number,
        bounds::STAY_MONTHS,
        U::Months,
        R::Baseline,
        "df",
    )),
    uncertain(value(
        F::StayFamilyHome,
        "stay_months.family_home",
        K::Number,
        bounds::STAY_MONTHS,
        U::Months,
        R::Baseline,
        "dg",
    )),
    uncertain(value(
        F::StayResidential,
        "stay_months.residential",
        K::Number,
        bounds::STAY_MONTHS,
        U::Months,
        R::Baseline,
        "dr",
    )),
    uncertain(value(
        F::StayOther,
        "stay_months.other",
        K::Number,
        bounds::STAY_MONTHS,
        U::Months,
        R::Baseline,
        "do",
    )),
    uncertain(value(
        F::InflowPerYear,
        "inflow.per_year",
        K::Number,
        bounds::COUNT,
        U::ChildrenPerYear,
        R::Baseline,
        "i",
    )),
    uncertain(yearly(
        value(
            F::InflowChange,
            "inflow.change_pct",
            K::Number,
            bounds::CHANGE_PCT,
            U::PctPerYear,
            R::Policy,
            "c",
        ),
        PerYear::Values,
    )),
    uncertain(value(
        F::ResidentialNeed,
        "inflow.residential_need_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::Pct,
        R::Baseline,
        "ir",
    )),
    uncertain(value(
        F::OtherNeed,
        "inflow.other_need_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::Pct,
        R::Baseline,
        "io",
    )),
    value(
        F::FosterFamilies,
        "foster.families",
        K::Number,
        bounds::COUNT,
        U::Families,
        R::Baseline,
        "f",
    ),
    uncertain(value(
        F::ChildrenPerFamily,
        "foster.children_per_family",
        K::Number,
        bounds::CHILDREN_PER_FAMILY,
        U::Children,
        R::Baseline,
        "k",
    )),
    uncertain(value(
        F::Attrition,
        "foster.attrition_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::PctPerYear,
        R::Baseline,
        "a",
    )),
    yearly(
        value(
            F::Recruit,
            "foster.recruit_per_year",
            K::Integer,
            bounds::RECRUIT_PER_YEAR,
            U::FamiliesPerYear,
            R::Policy,
            "r",
        ),
        PerYear::Values,
    ),
    value(
        F::StatusQuoRecruit,
        "foster.status_quo_recruit_per_year",
        K::Integer,
        bounds::RECRUIT_PER_YEAR,
        U::FamiliesPerYear,
        R::Baseline,
        "q",
    ),
    value(
        F::Homes,
        "family_home.homes",
        K::Number,
        bounds::HOMES,
        U::Homes,
        R::Baseline,
        "h",
    ),
    uncertain(value(
        F::PlacesPerHome,
        "family_home.places_per_home",
        K::Number,
        bounds::PLACES_PER_HOME,
        U::Places,
        R::Baseline,
        "pp",
    )),
    yearly(
        value(
            F::NewHomes,
            "family_home.new_per_year",
            K::Integer,
            bounds::NEW_HOMES_PER_YEAR,
            U::HomesPerYear,
            R::Policy,
            "nh",
        ),
        PerYear::Values,
    ),
    yearly(
        value(
            F::ResidentialCapacity,
            "residential_capacity",
            K::Number,
            bounds::COUNT,
            U::Places,
            R::Plan,
            "rc",
        ),
        PerYear::Nullable,
    ),
    uncertain(value(
        F::PriceFoster,
        "cost.per_day.foster",
        K::Money,
        bounds::PRICE_PER_DAY,
        U::EuroPerDay,
        R::Baseline,
        "pf",
    )),
    uncertain(value(
        F::PriceFamilyHome,
        "cost.per_day.family_home",
        K::Money,
        bounds::PRICE_PER_DAY,
        U::EuroPerDay,
        R::Baseline,
        "pg",
    )),
    uncertain(value(
        F::PriceResidential,
        "cost.per_day.residential",
        K::Money,
        bounds::PRICE_PER_DAY,
        U::EuroPerDay,
        R::Baseline,
        "pr",
    )),
    uncertain(value(
        F::PriceOther,
        "cost.per_day.other",
        K::Money,
        bounds::PRICE_PER_DAY,
        U::EuroPerDay,
        R::Baseline,
        "po",
    )),
    uncertain(value(
        F::IndexPct,
        "cost.index_pct",
        K::Number,
        bounds::INDEX_PCT,
        U::PctPerYear,
        R::Baseline,
        "x",
    )),
    uncertain(value(
        F::CostPerRecruitedFamily,
        "programme.cost_per_recruited_family",
        K::Money,
        bounds::AMOUNT,
        U::Euro,
        R::Plan,
        "cf",
    )),
    uncertain(value(
        F::CostPerNewHome,
        "programme.cost_per_new_home",
        K::Money,
        bounds::AMOUNT,
        U::Euro,
        R::Plan,
        "ch",
    )),
    linked(
        field(F::ProgrammeLines, "programme.lines", K::Lines, R::Plan),
        "pl",
    ),
    yearly(
        value(
            F::PrintedTotals,
            "programme.printed_totals",
            K::Money,
            bounds::AMOUNT,
            U::Euro,
            R::Plan,
            "pt",
        ),
        PerYear::Nullable,
    ),
    linked(
        field(F::BudgetLabel, "budget.label", K::Text, R::Label),
        "bl",
    ),
    yearly(
        value(
            F::BudgetAmounts,
            "budget.amounts",
            K::Money,
            bounds::AMOUNT,
            U::Euro,
            R::Plan,
            "b",
        ),
        PerYear::Values,
    ),
    linked(field(F::Targets, "targets", K::Targets, R::Plan), "t"),
    linked(
        field(F::Uncertainty, "uncertainty", K::Ranges, R::Label),
        "u",
    ),
    // Groups and the notes: no link code of their own.
    group(F::Stock, "stock"),
    group(F::StayMonths, "stay_months"),
    group(F::Inflow, "inflow"),
    group(F::Foster, "foster"),
    group(F::FamilyHome, "family_home"),
    group(F::Cost, "cost"),
    group(F::PerDay, "cost.per_day"),
    group(F::Programme, "programme"),
    group(F::Budget, "budget"),
    field(F::Sources, "sources", K::Sources, R::Label),
    // Sub-fields of list entries, by the path without its indices.
    field(
        F::ProgrammeLineLabel,
        "programme.lines.label",
        K::Text,
        R::Label,
    ),
    Field {
        bounds: Some(bounds::AMOUNT),
        unit: U::Euro,
        ..yearly(
            field(
                F::ProgrammeLineAmounts,
                "programme.lines.amounts",
                K::Money,
                R::Plan,
            ),
            PerYear::Values,
        )
    },
    Field {
        bounds: Some(bounds::TARGET_YEAR),
        unit: U::Year,
        ..field(F::TargetYear, "targets.year", K::Integer, R::Plan)
    },
    field(F::TargetMetric, "targets.metric", K::Text, R::Plan),
    field(F::TargetOp, "targets.op", K::Text, R::Plan),
    field(F::TargetValue, "targets.value", K::Number, R::Plan),
    // Format v2 (MODEL.md §3), appended: the codes above keep their order.
    uncertain(yearly(
        value(
            F::InflowTrend,
            "inflow.trend_pct",
            K::Number,
            bounds::CHANGE_PCT,
            U::PctPerYear,
            R::Baseline,
            "it",
        ),
        PerYear::Values,
    )),
    yearly(
        value(
            F::InflowSubstitution,
            "inflow.substitution_pct",
            K::Number,
            bounds::SHARE_PCT,
            U::PctOfResidentialNeed,
            R::Policy,
            "is",
        ),
        PerYear::Level,
    ),
    yearly(
        value(
            F::AttritionChange,
            "foster.attrition_change_pts",
            K::Number,
            bounds::CHANGE_PCT,
            U::PctPointsOfAttrition,
            R::Policy,
            "ac",
        ),
        PerYear::Level,
    ),
    group(F::Population, "population"),
    value(
        F::PopulationChildren,
        "population.children",
        K::Number,
        bounds::POPULATION,
        U::Children,
        R::Baseline,
        "pc",
    ),
    uncertain(yearly(
        value(
            F::PopulationTrend,
            "population.trend_pct",
            K::Number,
            bounds::CHANGE_PCT,
            U::PctPerYear,
            R::Baseline,
            "pn",
        ),
        PerYear::Values,
    )),
    group(F::StayChange, "stay_change_pct"),
    stay_change(F::StayChangeFoster, "stay_change_pct.foster", "zf"),
    stay_change(F::StayChangeFamilyHome, "stay_change_pct.family_home", "zg"),
    stay_change(
        F::StayChangeResidential,
        "stay_change_pct.residential",
        "zr",
    ),
    stay_change(F::StayChangeOther, "stay_change_pct.other", "zo"),
    group(F::Under12, "under12"),
    group(F::Under12Stock, "under12.stock"),
    under12_count(F::Under12StockFoster, "under12.stock.foster", "uf"),
    under12_count(F::Under12StockFamilyHome, "under12.stock.family_home", "ug"),
    under12_count(
        F::Under12StockResidential,
        "under12.stock.residential",
        "ur",
    ),
    under12_count(F::Under12StockOther, "under12.stock.other", "uo"),
    under12_count(F::Under12Mismatch, "under12.mismatch", "um"),
    uncertain(value(
        F::Under12Inflow,
        "under12.inflow_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::Pct,
        R::Baseline,
        "ui",
    )),
    uncertain(value(
        F::Under12ResidentialNeed,
        "under12.residential_need_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::Pct,
        R::Baseline,
        "un",
    )),
    uncertain(value(
        F::Under12OtherNeed,
        "under12.other_need_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::Pct,
        R::Baseline,
        "uv",
    )),
    yearly(
        value(
            F::Under12Substitution,
            "under12.substitution_pct",
            K::Number,
            bounds::SHARE_PCT,
            U::PctOfResidentialNeed,
            R::Policy,
            "us",
        ),
        PerYear::Level,
    ),
    uncertain(value(
        F::Under12Ageing,
        "under12.ageing_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::PctPerYear,
        R::Baseline,
        "ua",
    )),
    unit_cost(
        F::CostPerPreventedPlacement,
        "programme.cost_per_prevented_placement",
        "cp",
    ),
    unit_cost(
        F::CostPerSubstitutedChild,
        "programme.cost_per_substituted_child",
        "cs",
    ),
    unit_cost(
        F::CostPerRetainedFamily,
        "programme.cost_per_retained_family",
        "cr",
    ),
    // Format v3 (MODEL.md §3), appended.
    uncertain(value(
        F::InflowFamilyHomeNeed,
        "inflow.family_home_need_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::Pct,
        R::Baseline,
        "ih",
    )),
    uncertain(value(
        F::Under12FamilyHomeNeed,
        "under12.family_home_need_pct",
        K::Number,
        bounds::SHARE_PCT,
        U::Pct,
        R::Baseline,
        "uh",
    )),
    value(
        F::LeadMonths,
        "foster.lead_months",
        K::Integer,
        bounds::LEAD_MONTHS,
        U::Months,
        R::Baseline,
        "fl",
    ),
    linked(
        field(
            F::UnitCostsFrom,
            "programme.unit_costs_from",
            K::Choice(UNIT_COSTS_FROM),
            R::Plan,
        ),
        "pu",
    ),
];

/// v2: a stay change per year of one care form (a policy level array).
const fn stay_change(id: FieldId, path: &'static str, link: &'static str) -> Field {
    yearly(
        value(
            id,
            path,
            K::Number,
            bounds::STAY_CHANGE_PCT,
            U::PctOfStay,
            R::Policy,
            link,
        ),
        PerYear::Level,
    )
}

/// v2: a count of the under-12 starting stock.
const fn under12_count(id: FieldId, path: &'static str, link: &'static str) -> Field {
    value(
        id,
        path,
        K::Number,
        bounds::COUNT,
        U::Children,
        R::Baseline,
        link,
    )
}

/// v2: a programme unit cost of a lever (it can take a range, like v1's unit costs).
const fn unit_cost(id: FieldId, path: &'static str, link: &'static str) -> Field {
    uncertain(value(
        id,
        path,
        K::Money,
        bounds::AMOUNT,
        U::Euro,
        R::Plan,
        link,
    ))
}

impl FieldId {
    /// The field's declaration.
    pub fn spec(self) -> &'static Field {
        // Every variant has exactly one entry (a test checks), so the search always finds it.
        FIELDS.iter().find(|f| f.id == self).unwrap_or(&FIELDS[0])
    }

    /// A part of a list entry (a target's year, a programme line's amounts).
    pub fn is_entry_part(self) -> bool {
        matches!(
            self,
            F::ProgrammeLineLabel
                | F::ProgrammeLineAmounts
                | F::TargetYear
                | F::TargetMetric
                | F::TargetOp
                | F::TargetValue
        )
    }

    /// The format version that introduced the field: a file of an older schema may not hold it
    /// (MODEL.md §3).
    pub fn since(self) -> u32 {
        if self >= F::InflowFamilyHomeNeed {
            3
        } else if self >= F::InflowTrend {
            2
        } else {
            1
        }
    }

    /// The value a field has when the file leaves it out and the scenario's JSON form omits
    /// it at that value (the v3 fields): what the editor shows for it.
    pub fn default_value(self) -> Option<serde_json::Value> {
        match self {
            F::InflowFamilyHomeNeed | F::Under12FamilyHomeNeed | F::LeadMonths => Some(0.into()),
            F::UnitCostsFrom => Some(UNIT_COSTS_FROM[0].into()),
            _ => None,
        }
    }

    /// The field's path in the file.
    pub fn path(self) -> &'static str {
        self.spec().path
    }

    /// The field's bounds; every bounded field has them.
    pub fn bounds(self) -> Bounds {
        self.spec().limits()
    }

    /// The stay and price fields of one care form.
    pub fn stay(form: super::form::Form) -> FieldId {
        use super::form::Form::*;
        match form {
            Foster => F::StayFoster,
            FamilyHome => F::StayFamilyHome,
            Residential => F::StayResidential,
            Other => F::StayOther,
        }
    }

    /// The starting stock of one care form.
    pub fn stock(form: super::form::Form) -> FieldId {
        use super::form::Form::*;
        match form {
            Foster => F::StockFoster,
            FamilyHome => F::StockFamilyHome,
            Residential => F::StockResidential,
            Other => F::StockOther,
        }
    }

    /// v2: the stay-change field of one care form.
    pub fn stay_change(form: super::form::Form) -> FieldId {
        use super::form::Form::*;
        match form {
            Foster => F::StayChangeFoster,
            FamilyHome => F::StayChangeFamilyHome,
            Residential => F::StayChangeResidential,
            Other => F::StayChangeOther,
        }
    }

    /// v2: the under-12 starting stock of one care form.
    pub fn under12_stock(form: super::form::Form) -> FieldId {
        use super::form::Form::*;
        match form {
            Foster => F::Under12StockFoster,
            FamilyHome => F::Under12StockFamilyHome,
            Residential => F::Under12StockResidential,
            Other => F::Under12StockOther,
        }
    }

    pub fn price(form: super::form::Form) -> FieldId {
        use super::form::Form::*;
        match form {
            Foster => F::PriceFoster,
            FamilyHome => F::PriceFamilyHome,
            Residential => F::PriceResidential,
            Other => F::PriceOther,
        }
    }
}

/// The field at `path` exactly (no indices).
pub fn by_path(path: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.path == path)
}

/// The field a path with indices names: `programme.lines[0].amounts[2]` → the line amounts,
/// `inflow.change_pct[1]` → the inflow change.
pub fn of_path(path: &str) -> Option<&'static Field> {
    let mut base = String::with_capacity(path.len());
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ if depth == 0 => base.push(c),
            _ => {}
        }
    }
    by_path(&base)
}

/// A path into the scenario as the user edits it (`inflow.change_pct[2]`,
/// `targets[0].value`), with the field of the table it names: read once where an edit starts (the
/// control that sends it), so the edit never looks the path up again.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldPath {
    path: String,
    field: &'static Field,
}

impl FieldPath {
    /// The path with its field; `None` for a path that names no field of the table.
    pub fn parse(path: impl Into<String>) -> Option<FieldPath> {
        let path = path.into();
        let field = of_path(&path)?;
        Some(FieldPath { path, field })
    }

    pub fn as_str(&self) -> &str {
        &self.path
    }

    pub fn field(&self) -> &'static Field {
        self.field
    }

    /// Year `index` of a per-year field (`inflow.change_pct` → `inflow.change_pct[2]`).
    pub fn element(&self, index: usize) -> FieldPath {
        FieldPath {
            path: format!("{}[{index}]", self.path),
            field: self.field,
        }
    }

    /// The path with its field, for tests that name a path they know.
    #[cfg(test)]
    pub fn of(path: &str) -> FieldPath {
        FieldPath::parse(path).unwrap_or_else(|| panic!("no field at {path}"))
    }

    /// The index at the end of the path, if any, and the path without it
    /// (`inflow.change_pct[2]` → `inflow.change_pct`, 2).
    pub fn last_index(&self) -> Option<(&str, usize)> {
        let (base, rest) = self.path.rsplit_once('[')?;
        Some((base, rest.strip_suffix(']')?.parse().ok()?))
    }
}

/// A part of a target entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetPart {
    Year,
    Metric,
    Op,
    Value,
}

impl TargetPart {
    pub fn field(self) -> FieldId {
        match self {
            TargetPart::Year => F::TargetYear,
            TargetPart::Metric => F::TargetMetric,
            TargetPart::Op => F::TargetOp,
            TargetPart::Value => F::TargetValue,
        }
    }

    /// The key inside the entry (`metric`).
    pub fn key(self) -> &'static str {
        let path = self.field().path();
        path.rsplit('.').next().unwrap_or(path)
    }
}

/// One end of an uncertainty range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeEnd {
    Low,
    High,
}

impl RangeEnd {
    pub fn key(self) -> &'static str {
        match self {
            RangeEnd::Low => "low",
            RangeEnd::High => "high",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_is_declared_once_and_codes_are_unique() {
        for (i, a) in FIELDS.iter().enumerate() {
            for b in &FIELDS[i + 1..] {
                assert_ne!(a.id, b.id, "{} declared twice", a.path);
                assert_ne!(a.path, b.path);
                if a.link.is_some() {
                    assert_ne!(
                        a.link, b.link,
                        "{} and {} share a link code",
                        a.path, b.path
                    );
                }
            }
            assert_eq!(a.id.spec().path, a.path);
            assert_eq!(a.id as usize, i, "{} is out of the table's order", a.path);
            let bounded = matches!(a.kind, Kind::Integer | Kind::Number | Kind::Money);
            assert!(
                a.bounds.is_some() || !bounded || matches!(a.id, F::Schema | F::TargetValue),
                "{} has no bounds",
                a.path
            );
            // Only baseline figures and unit costs take a range (MODEL.md §12 keeps the
            // inflow change for schema 1 files).
            assert!(!a.range || a.role != Role::Label, "{}", a.path);
        }
    }

    #[test]
    fn paths_with_indices_name_their_field() {
        assert_eq!(of_path("inflow.change_pct[2]").unwrap().id, F::InflowChange);
        assert_eq!(
            of_path("programme.lines[0].amounts[1]").unwrap().id,
            F::ProgrammeLineAmounts
        );
        assert_eq!(of_path("targets[3].op").unwrap().id, F::TargetOp);
        assert!(of_path("inflow.chnage_pct").is_none());
        assert_eq!(TargetPart::Metric.key(), "metric");
    }
}
