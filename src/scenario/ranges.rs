//! Which figures of the scenario can take an uncertainty range, with the format's bounds for
//! each, and how a range is written in the file (money as strings, like every amount).
//!
//! The sampling itself is [`crate::analysis::uncertainty`]'s.

use super::bounds::*;

/// A range on an uncertain figure, in the field's unit (money: euros, whole cents). `low <= high`
/// and both lie within the field's bounds in every valid scenario.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

/// A field that can take a range, with the bounds the scenario format sets for it.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    pub path: &'static str,
    /// An amount of money: low and high are written as strings with two decimals.
    pub money: bool,
    /// A per-year array: also takes a range per element (`path[i]`).
    pub array: bool,
    /// The format's bounds for the field ([`crate::scenario::bounds`]).
    pub bounds: Bounds,
}

impl Field {
    /// Whether `x` lies within the field's bounds.
    pub fn allows(&self, x: f64) -> bool {
        self.bounds.allows(x)
    }
}

const fn field(path: &'static str, bounds: Bounds) -> Field {
    Field {
        path,
        money: false,
        array: false,
        bounds,
    }
}

const fn money(path: &'static str, bounds: Bounds) -> Field {
    Field {
        path,
        money: true,
        array: false,
        bounds,
    }
}

/// Every field that can take a range, in the order the app lists them. The bounds are those of
/// the scenario format, from the same table the parser checks against.
pub const FIELDS: [Field; 18] = [
    field("stay_months.foster", STAY_MONTHS),
    field("stay_months.family_home", STAY_MONTHS),
    field("stay_months.residential", STAY_MONTHS),
    field("stay_months.other", STAY_MONTHS),
    field("inflow.per_year", COUNT),
    Field {
        array: true,
        ..field("inflow.change_pct", CHANGE_PCT)
    },
    field("inflow.residential_need_pct", SHARE_PCT),
    field("inflow.other_need_pct", SHARE_PCT),
    field("foster.children_per_family", CHILDREN_PER_FAMILY),
    field("foster.attrition_pct", SHARE_PCT),
    field("family_home.places_per_home", PLACES_PER_HOME),
    money("cost.per_day.foster", PRICE_PER_DAY),
    money("cost.per_day.family_home", PRICE_PER_DAY),
    money("cost.per_day.residential", PRICE_PER_DAY),
    money("cost.per_day.other", PRICE_PER_DAY),
    field("cost.index_pct", INDEX_PCT),
    money("programme.cost_per_recruited_family", AMOUNT),
    money("programme.cost_per_new_home", AMOUNT),
];

/// The field and year a range key names: `inflow.change_pct[2]` → (change_pct, Some(2)).
pub fn field_of(key: &str) -> Option<(&'static Field, Option<usize>)> {
    if let Some(f) = FIELDS.iter().find(|f| f.path == key) {
        return Some((f, None));
    }
    let (base, rest) = key.split_once('[')?;
    let digits = rest.strip_suffix(']')?;
    // Digits only, without leading zeros: one spelling per key (Rust's integer parser also
    // takes `+2`, which a link could not give back).
    if digits.is_empty()
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || (digits.len() > 1 && digits.starts_with('0'))
    {
        return None;
    }
    let index: usize = digits.parse().ok()?;
    FIELDS
        .iter()
        .find(|f| f.array && f.path == base)
        .map(|f| (f, Some(index)))
}

/// Whether range `key` is an amount of money (its ends are written as money strings).
pub fn is_money(key: &str) -> bool {
    field_of(key).is_some_and(|(f, _)| f.money)
}

/// One end of range `key` as the file writes it: money as a string with two decimals.
pub fn bound_json(key: &str, x: f64) -> serde_json::Value {
    if is_money(key) {
        serde_json::Value::String(crate::money::euro_text_from_f64(x))
    } else {
        serde_json::Number::from_f64(x).map_or(serde_json::Value::Null, serde_json::Value::Number)
    }
}

/// Range `key` as the file writes it: `{"low": "150.00", "high": "300.00"}`.
pub fn range_json(key: &str, range: Range) -> serde_json::Value {
    serde_json::json!({"low": bound_json(key, range.low), "high": bound_json(key, range.high)})
}
