//! Euro amounts and the money rules of MODEL.md §5.
//!
//! Money is `rust_decimal::Decimal` from the scenario's JSON string to the output string.
//! The only place where an `f64` becomes money is [`decimal_from_f64`], which goes through the
//! shortest decimal text of the float (what Rust's `{}` or Python's `repr` print), never through
//! the exact binary expansion: `3.47` is €3.47, not €3.4700000000000001776….

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The largest amount a scenario may hold in any money field (one trillion euros).
///
/// MODEL.md bounds only prices per day; we bound every amount so that no sum or product in the
/// engine can overflow `Decimal` (about 7.9e28), whatever a scenario file says.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0); // 1e12

/// An amount in euros. Serialises as a decimal string with exactly two decimals (`"1234.50"`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Euro(pub Decimal);

impl Euro {
    pub const ZERO: Euro = Euro(Decimal::ZERO);

    pub fn new(value: Decimal) -> Self {
        Euro(value)
    }

    /// The amount as exactly two decimals, half away from zero, as text: `"1234.50"`.
    pub fn to_cents_string(self) -> String {
        let mut d = round2(self.0);
        d.rescale(2);
        d.to_string()
    }

    /// For charts only: an `f64` approximation. Never feed the result back into money arithmetic.
    pub fn to_f64_lossy(self) -> f64 {
        use rust_decimal::prelude::ToPrimitive;
        self.0.to_f64().unwrap_or(0.0)
    }
}

impl fmt::Display for Euro {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_cents_string())
    }
}

impl Serialize for Euro {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_cents_string())
    }
}

impl std::ops::Add for Euro {
    type Output = Euro;
    fn add(self, rhs: Euro) -> Euro {
        Euro(self.0 + rhs.0)
    }
}

impl std::ops::Sub for Euro {
    type Output = Euro;
    fn sub(self, rhs: Euro) -> Euro {
        Euro(self.0 - rhs.0)
    }
}

impl std::ops::AddAssign for Euro {
    fn add_assign(&mut self, rhs: Euro) {
        self.0 += rhs.0;
    }
}

impl std::iter::Sum for Euro {
    fn sum<I: Iterator<Item = Euro>>(iter: I) -> Euro {
        iter.fold(Euro::ZERO, |a, b| a + b)
    }
}

/// Rounds to two decimals, half away from zero (MODEL.md §5).
pub fn round2(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Rounds to six decimals, half away from zero (MODEL.md §5, youth-days).
pub fn round6(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(6, RoundingStrategy::MidpointAwayFromZero)
}

/// Turns an `f64` into a `Decimal` through its shortest decimal text (MODEL.md §5).
///
/// Non-finite values cannot come out of a validated scenario; they map to zero rather than panic.
/// Values beyond `Decimal`'s range saturate (also unreachable with validated input).
/// Digits beyond `Decimal`'s 28 decimal places are rounded off by the parser, which only
/// matters for values below 1e-20, far below the 6 places any caller keeps.
pub fn decimal_from_f64(x: f64) -> Decimal {
    if !x.is_finite() {
        return Decimal::ZERO;
    }
    let mut buffer = ryu::Buffer::new();
    let text = buffer.format_finite(x);
    match Decimal::from_str(text) {
        Ok(d) => d,
        Err(_) => match Decimal::from_scientific(text) {
            Ok(d) => d,
            Err(_) if x.abs() < 1.0 => Decimal::ZERO,
            Err(_) if x > 0.0 => Decimal::MAX,
            Err(_) => Decimal::MIN,
        },
    }
}

/// Why a money string was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoneyTextError {
    /// Not of the form `123`, `123.4` or `123.45` (optionally with a leading minus).
    NotADecimal,
    /// More than two decimals.
    TooManyDecimals,
}

/// Parses a money string as the scenario format writes it: digits, optionally a point and at
/// most two decimals, optionally a leading minus. No exponents, spaces, thousands separators or
/// currency signs: a file is a contract, and `"1.234"` must not silently mean €1.23.
pub fn parse_money(text: &str) -> Result<Decimal, MoneyTextError> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (int_part, frac_part) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    if int_part.is_empty() || !int_part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(MoneyTextError::NotADecimal);
    }
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MoneyTextError::NotADecimal);
        }
        if f.len() > 2 {
            return Err(MoneyTextError::TooManyDecimals);
        }
    }
    // Twenty integer digits are already far beyond MAX_AMOUNT; refuse before Decimal overflows.
    if int_part.trim_start_matches('0').len() > 20 {
        return Err(MoneyTextError::NotADecimal);
    }
    Decimal::from_str(text).map_err(|_| MoneyTextError::NotADecimal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn max_amount_is_one_trillion() {
        assert_eq!(MAX_AMOUNT, d("1000000000000"));
    }

    #[test]
    fn shortest_text_not_binary_expansion() {
        assert_eq!(decimal_from_f64(3.47), d("3.47"));
        assert_eq!(decimal_from_f64(2.5), d("2.5"));
        assert_eq!(decimal_from_f64(0.1 + 0.2), d("0.30000000000000004"));
        assert_eq!(decimal_from_f64(1e-7), d("0.0000001"));
        assert_eq!(decimal_from_f64(1.5e16), d("15000000000000000"));
        assert_eq!(decimal_from_f64(-12.0), d("-12"));
        assert_eq!(decimal_from_f64(f64::NAN), Decimal::ZERO);
    }

    #[test]
    fn shortest_text_matches_rust_display() {
        for x in [
            1.0 / 3.0,
            2.0 / 3.0,
            123.456,
            0.000123,
            98765.4321,
            7.0e-6,
            31.0 * 12.5,
        ] {
            assert_eq!(decimal_from_f64(x), d(&format!("{x}")), "{x}");
        }
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round2(d("230.625")), d("230.63"));
        assert_eq!(round2(d("-230.625")), d("-230.63"));
        assert_eq!(round2(d("0.005")), d("0.01"));
        assert_eq!(round6(d("1.0000005")), d("1.000001"));
        assert_eq!(round6(d("1.00000049")), d("1.000000"));
    }

    #[test]
    fn euro_prints_exactly_two_decimals() {
        assert_eq!(Euro(d("225")).to_string(), "225.00");
        assert_eq!(Euro(d("0.5")).to_string(), "0.50");
        assert_eq!(Euro(d("-3.456")).to_string(), "-3.46");
        assert_eq!(serde_json::to_string(&Euro(d("10"))).unwrap(), "\"10.00\"");
    }

    #[test]
    fn money_text_is_strict() {
        assert_eq!(parse_money("225.00"), Ok(d("225.00")));
        assert_eq!(parse_money("0"), Ok(Decimal::ZERO));
        assert_eq!(parse_money("-5.5"), Ok(d("-5.5")));
        assert_eq!(parse_money("1.234"), Err(MoneyTextError::TooManyDecimals));
        for bad in [
            "", "-", ".5", "5.", "1e3", "1,50", "€5", " 5", "5 ", "+5", "1.2.3", "NaN",
        ] {
            assert_eq!(
                parse_money(bad),
                Err(MoneyTextError::NotADecimal),
                "{bad:?}"
            );
        }
        assert_eq!(
            parse_money("123456789012345678901234567890"),
            Err(MoneyTextError::NotADecimal)
        );
    }
}
