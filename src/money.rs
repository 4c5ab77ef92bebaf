//! Euro amounts and the money rules of MODEL.md §5.
//!
//! Money is `rust_decimal::Decimal` from the scenario's JSON string to the output string.
//! The only place where an `f64` becomes money is [`decimal_from_f64`], which goes through the
//! shortest decimal text of the float (what Rust's `{}` or Python's `repr` print), never through
//! the exact binary expansion: `3.47` is €3.47, not €3.4700000000000001776….

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};
use std::fmt;

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

    pub fn is_zero(&self) -> bool {
        self.0.is_zero()
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

/// An amount held as `f64` euros of whole cents (the bounds of an uncertainty range), as an
/// exact `Euro`. Values up to 1e12 euros round-trip exactly.
pub fn euro_from_f64_cents(euros: f64) -> Euro {
    Euro(Decimal::new((euros * 100.0).round() as i64, 2))
}

/// [`euro_from_f64_cents`] as the file writes money: `"150.00"`.
pub fn euro_text_from_f64(euros: f64) -> String {
    euro_from_f64_cents(euros).to_cents_string()
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
/// The digits are zmij's (the float printer serde_json links anyway): the shortest text that
/// reads back to the same float, as Rust's `{}` and Python's `repr` print it. The two differ only
/// on an exact tie between two equally short texts (`-858250794866.90625`: Rust `…9063`, Python
/// `…9062`); MODEL.md names both, and zothuis follows Python there (zmij, like ryu before it,
/// breaks ties to even), because a dedicated printer is faster than `{}` on the hot path (ryu
/// was measured twice as fast; zmij gives ryu's digits, checked on 5 million random floats).
///
/// Non-finite values cannot come out of a validated scenario; they map to zero rather than panic.
/// Values beyond `Decimal`'s range saturate (also unreachable with validated input).
/// Digits beyond `Decimal`'s 28 decimal places are rounded off (half to even), which only
/// matters for values below 1e-20, far below the 6 places any caller keeps.
pub fn decimal_from_f64(x: f64) -> Decimal {
    if !x.is_finite() {
        return Decimal::ZERO;
    }
    let mut buffer = zmij::Buffer::new();
    let text = buffer.format_finite(x);
    // Beyond Decimal's range (unreachable with validated input) the value saturates.
    let saturated = || match x {
        x if x.abs() < 1.0 => Decimal::ZERO,
        x if x > 0.0 => Decimal::MAX,
        _ => Decimal::MIN,
    };
    // zmij's text (`"-12.5"`, `"1e-7"`, `"1.5e+16"`) read as an integer mantissa and a scale,
    // without a general-purpose parser (rust_decimal's would cost the app 1 KB).
    let Some((negative, mut mantissa, scale)) = shortest_parts(text) else {
        return saturated();
    };
    // Rare: more than 28 decimal places (values below 1e-20, far under the 6 places any caller
    // keeps). The excess places are rounded away, half to even.
    let excess = scale - 28;
    if excess >= 18 {
        // At most 17 significant digits: all of them lie beyond the 28th place.
        return Decimal::ZERO;
    }
    if excess > 0 {
        let divisor = 10i128.pow(excess as u32);
        let (whole, rest) = (mantissa / divisor, mantissa % divisor);
        mantissa =
            whole + i128::from(rest * 2 > divisor || (rest * 2 == divisor && whole % 2 == 1));
    }
    let signed = if negative { -mantissa } else { mantissa };
    Decimal::try_from_i128_with_scale(signed, scale.min(28) as u32).unwrap_or_else(|_| saturated())
}

/// Splits zmij's text into sign, integer mantissa and a non-negative decimal scale
/// (`"-1.5e-7"` → (true, 15, 8), `"1.5e+16"` → (false, 15 · 10¹⁵, 0)).
fn shortest_parts(text: &str) -> Option<(bool, i128, i32)> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (digits, exponent) = match unsigned.split_once('e') {
        Some((d, e)) => (d, e.parse::<i32>().ok()?),
        None => (unsigned, 0),
    };
    let mut mantissa: i128 = 0;
    let mut fraction_digits: i32 = 0;
    let mut after_point = false;
    for b in digits.bytes() {
        match b {
            b'.' => after_point = true,
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + i128::from(b - b'0');
                if after_point {
                    fraction_digits += 1;
                }
            }
            _ => return None,
        }
    }
    let mut scale = fraction_digits - exponent;
    while scale < 0 {
        mantissa = mantissa.checked_mul(10)?;
        scale += 1;
    }
    Some((negative, mantissa, scale))
}

/// Whole cents of a non-negative amount with at most two decimals (a price after `round2`).
pub fn to_cents(amount: Euro) -> Option<u64> {
    let d = round2(amount.0);
    if d.is_sign_negative() && !d.is_zero() {
        return None;
    }
    let mantissa = u64::try_from(d.mantissa()).ok()?;
    match d.scale() {
        0 => mantissa.checked_mul(100),
        1 => mantissa.checked_mul(10),
        2 => Some(mantissa),
        _ => None,
    }
}

const POW10: [u64; 20] = [
    1,
    10,
    100,
    1_000,
    10_000,
    100_000,
    1_000_000,
    10_000_000,
    100_000_000,
    1_000_000_000,
    10_000_000_000,
    100_000_000_000,
    1_000_000_000_000,
    10_000_000_000_000,
    100_000_000_000_000,
    1_000_000_000_000_000,
    10_000_000_000_000_000,
    100_000_000_000_000_000,
    1_000_000_000_000_000_000,
    10_000_000_000_000_000_000,
];

/// The monthly cost rule of MODEL.md §5, `round2(round6(days) × price)`, in whole cents,
/// computed with integers on the engine's hot path. It is exact: the same digits as the
/// `Decimal` computation (a test compares both), since every step is an integer operation on
/// the shortest decimal digits of `days`. `None` for negative or non-finite days, or on
/// overflow; callers then use the `Decimal` path.
pub fn monthly_cost_cents(days: f64, price_cents: u64) -> Option<u128> {
    if days.is_nan() || days < 0.0 || !days.is_finite() {
        return None;
    }
    let micro = match micro_days_fast(days) {
        Some(micro) => micro,
        None => micro_days_exact(days)?,
    };
    // cents = round_half_up(micro × price_cents / 1e6), split to stay in 64-bit arithmetic.
    let (whole_days, micro_rest) = (micro / 1_000_000, micro % 1_000_000);
    let rest = u128::from(micro_rest) * u128::from(price_cents);
    Some(u128::from(whole_days) * u128::from(price_cents) + (rest + 500_000) / 1_000_000)
}

/// `round6(days)` in millionths without formatting `days`, when that is provably the same
/// integer as the shortest-text rule of [`micro_days_exact`]. The shortest decimal text `x` of
/// `days` parses back to `days`, so `|x − days| ≤ ulp(days)/2`, and `m = days × 1e6` carries
/// one more rounding: together `|x × 1e6 − m| < 4e-16 × m`. Rounding `x × 1e6` and `m` to an
/// integer can only differ if `m` lies within that distance of a half; the margin below is 25
/// times wider, and anything near a half goes to the exact path. (A property test compares
/// both paths.)
fn micro_days_fast(days: f64) -> Option<u64> {
    let m = days * 1e6;
    if !(0.0..4.0e15).contains(&m) {
        return None;
    }
    let floor = m.floor();
    let frac = m - floor;
    if (frac - 0.5).abs() <= 1e-14 * m + 1e-300 {
        return None;
    }
    Some(if frac > 0.5 {
        floor as u64 + 1
    } else {
        floor as u64
    })
}

/// `round6(days)` in millionths from the shortest decimal digits of `days` (half away from zero).
fn micro_days_exact(days: f64) -> Option<u64> {
    let mut buffer = zmij::Buffer::new();
    let (negative, mantissa, scale) = shortest_parts(buffer.format_finite(days))?;
    if negative && mantissa != 0 {
        return None;
    }
    let mantissa = u64::try_from(mantissa).ok()?;
    // Youth-days in millionths, rounded half up (= away from zero for non-negative values).
    let micro: u64 = if scale <= 6 {
        mantissa.checked_mul(*POW10.get((6 - scale) as usize)?)?
    } else if scale - 6 < 20 {
        let divisor = POW10[(scale - 6) as usize];
        mantissa / divisor + u64::from(mantissa % divisor >= divisor.div_ceil(2) && divisor > 1)
    } else {
        0
    };
    Some(micro)
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
    decimal_from_plain(text).ok_or(MoneyTextError::NotADecimal)
}

/// Reads a plain decimal (`-1234.50`: optional minus, digits, optional point and digits) exactly
/// as `Decimal::from_str` does, keeping its scale (`"12.50"` has two places); `None` for any
/// other text and for more digits than `Decimal` holds (where `from_str` would round places
/// away; no amount the app accepts comes near: money has at most 20 + 2 digits).
///
/// The app's two money readers (files and form fields) check the text's shape first, so they
/// need no more than this; rust_decimal's general reader (exponents, underscores, rounding of
/// excess places) would cost the app about 3 KB gzip.
pub fn decimal_from_plain(text: &str) -> Option<Decimal> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    if int.is_empty() || (frac.is_empty() && unsigned.ends_with('.')) {
        return None;
    }
    let mut mantissa: i128 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        mantissa = mantissa
            .checked_mul(10)?
            .checked_add(i128::from(b - b'0'))?;
    }
    let scale = u32::try_from(frac.len()).ok()?;
    let mut d = Decimal::try_from_i128_with_scale(mantissa, scale).ok()?;
    // rust_decimal reads "-0" as plain zero.
    d.set_sign_negative(negative && mantissa != 0);
    Some(d)
}

/// A plain decimal (`-12.5`, `007`, `.5`, `5.`: an optional minus, digits, at most one point)
/// as the nearest `f64`, exactly as `str::parse::<f64>` reads it; `None` for anything else and
/// for a value beyond the `f64` range (where `str::parse` gives infinity, which callers refuse).
///
/// It goes through the JSON reader's correctly rounded float parser, which the app needs anyway,
/// so the browser build does not carry core's second float parser and its tables.
pub fn parse_plain_f64(text: &str) -> Option<f64> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return None;
    }
    // JSON's spelling of the same number: no leading zeros, digits on both sides of the point.
    let int = int.trim_start_matches('0');
    let mut json = String::with_capacity(text.len() + 2);
    if negative {
        json.push('-');
    }
    json.push_str(if int.is_empty() { "0" } else { int });
    if !frac.is_empty() {
        json.push('.');
        json.push_str(frac);
    }
    // Read as a JSON value, not as an `f64`: the app's file reader already links that one
    // instantiation of the parser, and an `f64` target would link serde's type-error messages.
    serde_json::from_str::<serde_json::Value>(&json)
        .ok()?
        .as_f64()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn values_beyond_28_places_or_the_range_round_or_saturate() {
        // Excess places rounded half to even; nothing left of a value far below 1e-28.
        assert_eq!(
            decimal_from_f64(1.25e-27),
            d("0.0000000000000000000000000012")
        );
        assert_eq!(
            decimal_from_f64(1.35e-27),
            d("0.0000000000000000000000000014")
        );
        assert_eq!(
            decimal_from_f64(-1.26e-27),
            d("-0.0000000000000000000000000013")
        );
        assert_eq!(
            decimal_from_f64(1.2345678901234567e-25),
            d("0.0000000000000000000000001235")
        );
        assert_eq!(decimal_from_f64(1e-30), Decimal::ZERO);
        assert_eq!(decimal_from_f64(5e-324), Decimal::ZERO);
        // Beyond Decimal's range (about 7.9e28) the value saturates.
        assert_eq!(decimal_from_f64(1e30), Decimal::MAX);
        assert_eq!(decimal_from_f64(-1e300), Decimal::MIN);
        assert_eq!(decimal_from_f64(f64::NAN), Decimal::ZERO);
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
        // An exact tie between two shortest texts: Python's repr (ties to even).
        assert_eq!(
            decimal_from_f64(-858250794866.9063),
            d("-858250794866.9062")
        );
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
    fn plain_decimals_read_as_rust_decimal_reads_them() {
        for text in [
            "0",
            "-0",
            "-0.00",
            "12.50",
            "007.5",
            "1234567.89",
            "-3",
            "0.05",
        ] {
            let ours = decimal_from_plain(text).unwrap();
            let theirs = d(text);
            assert_eq!(
                (ours, ours.scale(), ours.is_sign_negative()),
                (theirs, theirs.scale(), theirs.is_sign_negative()),
                "{text}"
            );
        }
        for bad in [
            "", "-", ".5", "5.", "1.2.3", "1e5", "1_000", "+5", " 5", "12,5", "--1",
        ] {
            assert_eq!(decimal_from_plain(bad), None, "{bad:?}");
        }
        // Beyond 96 bits of mantissa: refused, as rust_decimal refuses it.
        assert_eq!(decimal_from_plain("99999999999999999999999999999"), None);
        assert!(Decimal::from_str("99999999999999999999999999999").is_err());
    }

    proptest::proptest! {
        /// Any plain decimal of up to 26 + 2 digits reads as rust_decimal's reader reads it:
        /// value, scale and sign.
        #[test]
        fn plain_decimal_equals_from_str(
            negative in proptest::bool::ANY,
            int in "[0-9]{1,26}",
            frac in proptest::option::of("[0-9]{1,2}"),
        ) {
            let text = format!("{}{int}{}", if negative { "-" } else { "" }, frac.map(|f| format!(".{f}")).unwrap_or_default());
            let ours = decimal_from_plain(&text);
            let theirs = Decimal::from_str(&text).ok();
            proptest::prop_assert_eq!(ours.map(|d| (d, d.scale(), d.is_sign_negative())), theirs.map(|d| (d, d.scale(), d.is_sign_negative())), "{}", text);
        }
    }

    proptest::proptest! {
        /// The fast path of `round6(days)` either declines or agrees with the shortest-text
        /// rule, for ordinary values and for values one ulp around a half-millionth.
        #[test]
        fn fast_micro_days_agree_with_the_exact_rule(
            days in 0.0f64..5.0e9,
            k in 0u64..4_000_000_000_000,
            ulps in -3i64..=3,
        ) {
            if let Some(fast) = micro_days_fast(days) {
                proptest::prop_assert_eq!(Some(fast), micro_days_exact(days), "{}", days);
            }
            let near_half = f64::from_bits(((k as f64 + 0.5) / 1e6).to_bits().wrapping_add_signed(ulps));
            if let Some(fast) = micro_days_fast(near_half) {
                proptest::prop_assert_eq!(Some(fast), micro_days_exact(near_half), "{}", near_half);
            }
        }
    }

    #[test]
    fn integer_cost_matches_the_decimal_rule() {
        for days in [
            0.0,
            1.0,
            3.47,
            1234.5678905,
            1234.5678904999,
            2.0000005,
            1e-7,
            4.9e-7,
            5e-7,
            80816.4096136207,
            123456789.12345679,
            1e-30,
            31.0 * 12.345,
        ] {
            for price in ["0", "0.01", "55.00", "230.63", "56.38", "100000.00", "0.5"] {
                let price = Euro(d(price));
                let expected = round2(round6(decimal_from_f64(days)) * price.0);
                let cents = monthly_cost_cents(days, to_cents(price).unwrap()).unwrap();
                assert_eq!(
                    Decimal::from_i128_with_scale(cents as i128, 2),
                    expected,
                    "{days} × {price}"
                );
            }
        }
        // Beyond 64-bit millionths (1.8e13 youth-days) the engine takes the Decimal path.
        assert_eq!(monthly_cost_cents(1e15 + 0.5, 100), None);
        assert_eq!(monthly_cost_cents(-1.0, 100), None);
        assert_eq!(monthly_cost_cents(f64::NAN, 100), None);
        assert_eq!(to_cents(Euro(d("12.3"))), Some(1230));
        assert_eq!(to_cents(Euro(d("-1"))), None);
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
