//! Validation errors as data: where (JSON path), which rule, and what was found.
//!
//! The CLI renders them in English ([`ValidationError`]'s `Display`); the app renders the same
//! values in Dutch through `i18n`. Nothing here knows about either front end.

use std::fmt;

/// One bound of a range rule, as text so that `1e6` prints as the user wrote the rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limit {
    pub value: f64,
    pub inclusive: bool,
}

impl Limit {
    pub fn incl(value: f64) -> Self {
        Limit {
            value,
            inclusive: true,
        }
    }
    pub fn excl(value: f64) -> Self {
        Limit {
            value,
            inclusive: false,
        }
    }
}

/// What a metric needs of the scenario besides the v1 fields (MODEL.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MetricNeeds {
    Nothing,
    Population,
    Under12,
    /// A planned residential capacity (not null) in the target's year.
    Capacity,
}

/// The rule a value broke.
#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    /// The text is not JSON (line and column are 1-based, as editors count).
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// A required field is absent.
    Required,
    /// A field this format does not have (a typo is never ignored).
    UnknownField,
    /// The value has the wrong JSON type; `expected` says which.
    Type { expected: Expected },
    /// A number outside its range.
    Range {
        min: Option<Limit>,
        max: Option<Limit>,
    },
    /// A money string with more than two decimals.
    MaxTwoDecimals,
    /// A text longer than `max` characters.
    MaxChars { max: usize },
    /// An array longer than the projection (`max` = `years`).
    MaxItems { max: usize },
    /// A key given twice in one object of the file (or a code twice in a link).
    DuplicateKey,
    /// The file is larger than `max` bytes: refused before it is read.
    FileTooLarge { max: usize },
    /// A list (targets, programme lines) with more than `max` entries.
    MaxEntries { max: usize },
    /// `schema` is not a version this build reads.
    SchemaVersion { supported: u32 },
    /// `mismatch` exceeds `stock.residential`.
    MismatchAboveResidential,
    /// `residential_need_pct + other_need_pct > 100`.
    NeedSharesAbove100,
    /// A target year outside the projected years.
    YearOutsideProjection { first: i32, last: i32 },
    /// A value not among the allowed ones (metric, op, source kind).
    OneOf { allowed: Vec<&'static str> },
    /// A `sources` key that names no field of the scenario.
    UnknownSourcePath,
    /// An `uncertainty` key that names no figure that can take a range.
    NoRange,
    /// A range whose low end lies above its high end.
    LowAboveHigh,
    /// A field (or metric, or range) of format `version` in a file of an older schema.
    NeedsSchema { version: u32 },
    /// v2: a target metric whose part of the scenario is absent.
    MetricNeedsPart(MetricNeeds),
    /// v2: a stay change whose resulting stay lies outside `min..=max` months.
    ResultingStay { stay: f64, min: f64, max: f64 },
    /// v2: an attrition change whose resulting attrition lies outside 0..=100 %.
    ResultingAttrition { attrition: f64 },
    /// v2: a part of the under-12 band above the figure it is part of (`whole` is its path).
    PartAboveWhole { whole: String },
    /// v2: `mismatch − under12.mismatch` exceeds the residential stock aged 12 and over.
    OlderMismatchAboveResidential,
    /// v2: an uncertainty range on a policy lever (only baseline figures take one).
    RangeOnLever,
    /// v2: the trends make the yearly inflow larger than `max` children.
    InflowGrowth { max: f64 },
    /// v2: the high end of this range, with every other growth figure and range at its high end,
    /// makes the yearly inflow larger than `max` children (a Monte Carlo run can draw it).
    InflowGrowthAtRange { max: f64 },
}

/// The JSON type a field must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    Array,
    Number,
    Integer,
    String,
    /// A money amount as a string: `"225.00"`.
    MoneyString,
    /// A number or `null`.
    NumberOrNull,
    /// A money string or `null`.
    MoneyStringOrNull,
}

impl Expected {
    pub fn describe_en(self) -> &'static str {
        match self {
            Expected::Object => "an object",
            Expected::Array => "an array",
            Expected::Number => "a number",
            Expected::Integer => "a whole number",
            Expected::String => "a string",
            Expected::MoneyString => {
                "an amount as a string with at most two decimals, e.g. \"225.00\""
            }
            Expected::NumberOrNull => "a number or null",
            Expected::MoneyStringOrNull => "an amount as a string (e.g. \"905000.00\") or null",
        }
    }
}

/// One problem in a scenario: where, which rule, what was found.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationError {
    /// JSON path in the file, e.g. `inflow.change_pct[2]`; empty for the whole document.
    pub path: String,
    pub rule: Rule,
    /// The offending value as compact JSON (shortened), or `missing`.
    pub found: String,
}

impl ValidationError {
    /// A short label for the rule, stable for scripts: `range`, `required`, `unknown_field`, …
    pub fn rule_code(&self) -> &'static str {
        match &self.rule {
            Rule::Syntax { .. } => "syntax",
            Rule::Required => "required",
            Rule::UnknownField => "unknown_field",
            Rule::Type { .. } => "type",
            Rule::Range { .. } => "range",
            Rule::MaxTwoDecimals => "max_two_decimals",
            Rule::MaxChars { .. } => "max_chars",
            Rule::MaxItems { .. } => "max_items",
            Rule::DuplicateKey => "duplicate_key",
            Rule::FileTooLarge { .. } => "file_too_large",
            Rule::MaxEntries { .. } => "max_entries",
            Rule::SchemaVersion { .. } => "schema_version",
            Rule::MismatchAboveResidential => "mismatch_above_residential",
            Rule::NeedSharesAbove100 => "need_shares_above_100",
            Rule::YearOutsideProjection { .. } => "year_outside_projection",
            Rule::OneOf { .. } => "one_of",
            Rule::UnknownSourcePath => "unknown_source_path",
            Rule::NoRange => "no_range",
            Rule::LowAboveHigh => "low_above_high",
            Rule::NeedsSchema { version: 2 } => "needs_schema_2",
            Rule::NeedsSchema { .. } => "needs_schema_3",
            Rule::MetricNeedsPart(_) => "metric_needs_part",
            Rule::ResultingStay { .. } => "resulting_stay",
            Rule::ResultingAttrition { .. } => "resulting_attrition",
            Rule::PartAboveWhole { .. } => "part_above_whole",
            Rule::OlderMismatchAboveResidential => "older_mismatch_above_residential",
            Rule::RangeOnLever => "range_on_lever",
            Rule::InflowGrowth { .. } => "inflow_growth",
            Rule::InflowGrowthAtRange { .. } => "inflow_growth_at_range",
        }
    }

    /// The rule in plain English (the CLI's language).
    pub fn rule_en(&self) -> String {
        match &self.rule {
            Rule::Syntax {
                line,
                column,
                message,
            } => format!("not valid JSON at line {line}, column {column}: {message}"),
            Rule::Required => "is required".to_string(),
            Rule::UnknownField => {
                "is not a field of the scenario format (check the spelling)".to_string()
            }
            Rule::Type { expected } => format!("must be {}", expected.describe_en()),
            Rule::Range { min, max } => format!("must be {}", describe_range_en(min, max)),
            Rule::MaxTwoDecimals => "may have at most two decimals".to_string(),
            Rule::MaxChars { max } => format!("may be at most {max} characters long"),
            Rule::DuplicateKey => {
                "is given twice; keep the one that is meant and remove the other".to_string()
            }
            Rule::FileTooLarge { max } => format!(
                "is larger than {} MB, far more than any scenario needs; it was not read",
                max / 1_000_000
            ),
            Rule::MaxEntries { max } => format!("may have at most {max} entries"),
            Rule::MaxItems { max } => {
                format!("may have at most {max} values (one per projected year)")
            }
            Rule::SchemaVersion { supported } => {
                format!("must be {supported}: this file is for another version of zothuis")
            }
            Rule::MismatchAboveResidential => {
                "may not exceed stock.residential (it is part of the residential stock)".to_string()
            }
            Rule::NeedSharesAbove100 => {
                "residential_need_pct + other_need_pct may not exceed 100".to_string()
            }
            Rule::YearOutsideProjection { first, last } => {
                format!("must be a projected year, {first} to {last}")
            }
            Rule::OneOf { allowed } => format!("must be one of {}", allowed.join(", ")),
            Rule::UnknownSourcePath => "names no field of the scenario".to_string(),
            Rule::NoRange => "names no assumption that can take a range (see docs/model-notes.md; per-year keys must be a projected year)".to_string(),
            Rule::LowAboveHigh => "low may not be above high".to_string(),
            Rule::NeedsSchema { version } => {
                format!("is part of format v{version}: write \"schema\": {version} to use it")
            }
            Rule::MetricNeedsPart(needs) => match needs {
                MetricNeeds::Population => {
                    "needs population (children aged 0-17) in the scenario".to_string()
                }
                MetricNeeds::Under12 => {
                    "needs the under12 band in the scenario".to_string()
                }
                MetricNeeds::Capacity => {
                    "needs a residential_capacity value (not null) in the target's year"
                        .to_string()
                }
                MetricNeeds::Nothing => "needs nothing more".to_string(),
            },
            Rule::ResultingStay { stay, min, max } => format!(
                "gives a length of stay of {} months; it must be between {} and {}",
                format_limit_short(*stay),
                format_limit(*min),
                format_limit(*max)
            ),
            Rule::ResultingAttrition { attrition } => format!(
                "gives an attrition of {} % a year; attrition_pct plus the change must be between 0 and 100",
                format_limit_short(*attrition)
            ),
            Rule::PartAboveWhole { whole } => {
                format!("may not exceed {whole} (it is part of it)")
            }
            Rule::OlderMismatchAboveResidential => "leaves more mismatch aged 12 and over (mismatch - under12.mismatch) than residential stock aged 12 and over (stock.residential - under12.stock.residential)".to_string(),
            Rule::InflowGrowth { max } => format!(
                "makes the yearly inflow larger than {} children (with population.trend_pct and inflow.change_pct)",
                format_limit(*max)
            ),
            Rule::InflowGrowthAtRange { max } => format!(
                "at its high end, with the other growth figures and their ranges at theirs, makes the yearly inflow larger than {} children: a Monte Carlo run can draw that; narrow the range",
                format_limit(*max)
            ),
            Rule::RangeOnLever => "is a policy lever: what a region decides takes no range (MODEL.md §12); put the uncertainty on a baseline figure such as inflow.trend_pct".to_string(),
        }
    }
}

/// Formats a bound the way a person writes it: `1000000`, `0.5`, `-100`.
pub fn format_limit(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// A computed value, rounded to at most two decimals for a message.
pub fn format_limit_short(value: f64) -> String {
    format_limit((value * 100.0).round() / 100.0)
}

fn describe_range_en(min: &Option<Limit>, max: &Option<Limit>) -> String {
    match (min, max) {
        (Some(lo), Some(hi)) if lo.inclusive && hi.inclusive => {
            format!(
                "between {} and {}",
                format_limit(lo.value),
                format_limit(hi.value)
            )
        }
        (Some(lo), Some(hi)) => format!(
            "{} {} and {} {}",
            if lo.inclusive { ">=" } else { ">" },
            format_limit(lo.value),
            if hi.inclusive { "<=" } else { "<" },
            format_limit(hi.value)
        ),
        (Some(lo), None) => format!(
            "{} {}",
            if lo.inclusive { ">=" } else { ">" },
            format_limit(lo.value)
        ),
        (None, Some(hi)) => format!(
            "{} {}",
            if hi.inclusive { "<=" } else { "<" },
            format_limit(hi.value)
        ),
        (None, None) => "a number".to_string(),
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(document)"
        } else {
            &self.path
        };
        write!(f, "{path}: {} (found: {})", self.rule_en(), self.found)
    }
}

impl std::error::Error for ValidationError {}
