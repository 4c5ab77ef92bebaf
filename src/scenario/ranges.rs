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

/// A field that can take a range: an entry of the one field table ([`super::fields`]).
pub use super::fields::Field;

/// Every field that can take a range, in the order the app lists them (the table's order). The
/// bounds are those of the scenario format, the parser's own.
pub fn fields() -> impl Iterator<Item = &'static Field> + Clone {
    super::fields::FIELDS.iter().filter(|f| f.range)
}

impl Field {
    /// An amount of money: low and high are written as strings with two decimals.
    pub fn is_money(&self) -> bool {
        self.kind == super::fields::Kind::Money
    }

    /// A per-year array: also takes a range per element (`path[i]`).
    pub fn is_array(&self) -> bool {
        self.per_year != super::fields::PerYear::No
    }

    /// The format's bounds for the field (every bounded field has them).
    pub fn limits(&self) -> Bounds {
        self.bounds.unwrap_or(COUNT)
    }

    /// Whether `x` lies within the field's bounds.
    pub fn allows(&self, x: f64) -> bool {
        self.limits().allows(x)
    }
}

/// The field and year a range key names: `inflow.change_pct[2]` → (change_pct, Some(2)).
pub fn field_of(key: &str) -> Option<(&'static Field, Option<usize>)> {
    if let Some(f) = fields().find(|f| f.path == key) {
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
    fields()
        .find(|f| f.is_array() && f.path == base)
        .map(|f| (f, Some(index)))
}

/// Whether range `key` is an amount of money (its ends are written as money strings).
pub fn is_money(key: &str) -> bool {
    field_of(key).is_some_and(|(f, _)| f.is_money())
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
