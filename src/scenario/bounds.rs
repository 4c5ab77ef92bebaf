//! The valid range of every bounded number in the scenario format, in one table.
//!
//! The parser checks each field against its entry here; the uncertainty ranges
//! ([`crate::scenario::ranges::fields`]) and the levers' fast edit path ([`crate::app::edit`]) use the
//! same entries, so a bound changed here changes everywhere at once.

use super::error::Limit;

/// The longest projection, in years.
pub const MAX_YEARS: u32 = 15;

/// The valid range of a number: both ends, each inclusive or not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub min: Limit,
    pub max: Limit,
}

impl Bounds {
    /// `min ≤ x ≤ max`.
    pub const fn incl(min: f64, max: f64) -> Bounds {
        Bounds {
            min: Limit {
                value: min,
                inclusive: true,
            },
            max: Limit {
                value: max,
                inclusive: true,
            },
        }
    }

    /// `min < x ≤ max`.
    pub const fn above(min: f64, max: f64) -> Bounds {
        Bounds {
            min: Limit {
                value: min,
                inclusive: false,
            },
            ..Bounds::incl(min, max)
        }
    }

    /// Whether `x` is a finite number within the bounds.
    pub fn allows(&self, x: f64) -> bool {
        let low_ok = if self.min.inclusive {
            x >= self.min.value
        } else {
            x > self.min.value
        };
        let high_ok = if self.max.inclusive {
            x <= self.max.value
        } else {
            x < self.max.value
        };
        x.is_finite() && low_ok && high_ok
    }

    /// Whether the whole number `n` is within the bounds.
    pub fn allows_whole(&self, n: i64) -> bool {
        self.allows(n as f64)
    }
}

/// The first projected year.
pub const START_YEAR: Bounds = Bounds::incl(2000.0, 2100.0);
/// The number of projected years.
/// The version of a preset's figures a file was made from (`based_on.version`).
pub const PLAN_VERSION: Bounds = Bounds::incl(1.0, 1000.0);
pub const YEARS: Bounds = Bounds::incl(1.0, MAX_YEARS as f64);
/// A target's year (checked against the projected years as well).
pub const TARGET_YEAR: Bounds = Bounds::incl(2000.0, 2114.0);
/// Children, families, places: counts of people or things.
pub const COUNT: Bounds = Bounds::incl(0.0, 1e6);
/// Family homes in the region.
pub const HOMES: Bounds = Bounds::incl(0.0, 1e5);
/// Average stay in months, per care form.
pub const STAY_MONTHS: Bounds = Bounds::incl(1.0, 240.0);
/// Yearly change of the inflow, in percent.
pub const CHANGE_PCT: Bounds = Bounds::incl(-100.0, 100.0);
/// A share in percent (need shares, attrition).
pub const SHARE_PCT: Bounds = Bounds::incl(0.0, 100.0);
/// Children per foster family (more than none).
pub const CHILDREN_PER_FAMILY: Bounds = Bounds::above(0.0, 10.0);
/// Places per family home (more than none).
pub const PLACES_PER_HOME: Bounds = Bounds::above(0.0, 12.0);
/// Yearly price indexation, in percent.
pub const INDEX_PCT: Bounds = Bounds::incl(-20.0, 50.0);
/// New foster families recruited per year (whole numbers).
pub const RECRUIT_PER_YEAR: Bounds = Bounds::incl(0.0, 100_000.0);
/// New family homes per year, negative when homes close (whole numbers).
pub const NEW_HOMES_PER_YEAR: Bounds = Bounds::incl(-1000.0, 1000.0);
/// A price per child per day, in euros.
pub const PRICE_PER_DAY: Bounds = Bounds::incl(0.0, 100_000.0);
/// v2: children aged 0–17 in the region.
pub const POPULATION: Bounds = Bounds::incl(0.0, 1e8);
/// v2: a length of stay against `stay_months`, in percent (the resulting stay is checked too).
pub const STAY_CHANGE_PCT: Bounds = Bounds::incl(-90.0, 100.0);
/// v3: months between recruiting a foster family and its first placement.
pub const LEAD_MONTHS: Bounds = Bounds::incl(0.0, 24.0);
/// Any other amount of money, in euros (see [`crate::money::MAX_AMOUNT`]).
pub const AMOUNT: Bounds = Bounds::incl(0.0, 1e12);

/// The upper bound of a money field as an exact amount.
pub fn decimal_max(bounds: Bounds) -> rust_decimal::Decimal {
    rust_decimal::Decimal::from_f64_retain(bounds.max.value).unwrap_or(crate::money::MAX_AMOUNT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_are_inclusive_or_not_as_declared() {
        assert!(STAY_MONTHS.allows(1.0) && STAY_MONTHS.allows(240.0));
        assert!(!STAY_MONTHS.allows(0.999) && !STAY_MONTHS.allows(240.001));
        assert!(!PLACES_PER_HOME.allows(0.0) && PLACES_PER_HOME.allows(f64::MIN_POSITIVE));
        assert!(PLACES_PER_HOME.allows(12.0) && !PLACES_PER_HOME.allows(12.5));
        assert!(!COUNT.allows(f64::NAN) && !COUNT.allows(f64::INFINITY));
        assert!(NEW_HOMES_PER_YEAR.allows_whole(-1000) && !NEW_HOMES_PER_YEAR.allows_whole(1001));
    }

    #[test]
    fn amount_is_the_money_limit() {
        assert_eq!(decimal_max(AMOUNT), crate::money::MAX_AMOUNT);
        assert_eq!(
            decimal_max(PRICE_PER_DAY),
            rust_decimal::Decimal::from(100_000)
        );
    }
}
