//! Reading numbers as people type them into a form field, in Dutch or English.
//!
//! Dutch: `12,5`, `1.234,50`, `€ 225`; English: `12.5`, `1,234.50`, `€225`. A lone point in
//! Dutch text is read as a decimal point unless exactly three digits follow it (`1.234` is one
//! thousand two hundred thirty-four, `12.5` is twelve and a half), and mirrored for English.

use super::lang::Lang;
use crate::money::{decimal_from_plain, parse_plain_f64};
use rust_decimal::Decimal;

/// Why typed text is not a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputError {
    Empty,
    NotANumber,
    NotAWholeNumber,
    TooManyDecimals,
}

/// Normalises typed text to a plain decimal (`-1234.5`), or `None`.
fn normalise(text: &str, lang: Lang) -> Result<String, InputError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '€' | '%'))
        .map(|c| if c == '\u{2212}' { '-' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let (decimal, thousands) = match lang {
        Lang::Nl => (',', '.'),
        Lang::En => ('.', ','),
    };
    let plain = if cleaned.contains(decimal) {
        cleaned.replace(thousands, "").replace(decimal, ".")
    } else if cleaned.matches(thousands).count() == 1 {
        // A lone separator of the other kind: thousands if exactly three digits follow.
        let after = cleaned.rsplit(thousands).next().unwrap_or("");
        if after.len() == 3 && after.bytes().all(|b| b.is_ascii_digit()) {
            cleaned.replace(thousands, "")
        } else {
            cleaned.replace(thousands, ".")
        }
    } else {
        cleaned.replace(thousands, "")
    };
    let unsigned = plain.strip_prefix('-').unwrap_or(&plain);
    let valid = !unsigned.is_empty()
        && unsigned.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && unsigned.matches('.').count() <= 1
        && !unsigned.starts_with('.')
        && !unsigned.ends_with('.');
    if valid {
        Ok(plain)
    } else {
        Err(InputError::NotANumber)
    }
}

/// A number typed by a person.
pub fn parse_number(text: &str, lang: Lang) -> Result<f64, InputError> {
    let plain = normalise(text, lang)?;
    parse_plain_f64(&plain)
        .filter(|x| x.is_finite())
        .ok_or(InputError::NotANumber)
}

/// A whole number typed by a person.
pub fn parse_integer(text: &str, lang: Lang) -> Result<i64, InputError> {
    let plain = normalise(text, lang)?;
    if plain.contains('.') {
        return match parse_plain_f64(&plain) {
            Some(x) if x.fract() == 0.0 && x.abs() < 9e15 => Ok(x as i64),
            Some(_) => Err(InputError::NotAWholeNumber),
            None => Err(InputError::NotANumber),
        };
    }
    plain.parse::<i64>().map_err(|_| InputError::NotANumber)
}

/// An amount of money typed by a person: at most two decimals.
pub fn parse_money_input(text: &str, lang: Lang) -> Result<Decimal, InputError> {
    let plain = normalise(text, lang)?;
    if plain.split_once('.').is_some_and(|(_, f)| f.len() > 2) {
        return Err(InputError::TooManyDecimals);
    }
    decimal_from_plain(&plain).ok_or(InputError::NotANumber)
}

impl InputError {
    pub fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (InputError::Empty, Lang::Nl) => "Vul een waarde in.",
            (InputError::Empty, Lang::En) => "Enter a value.",
            (InputError::NotANumber, Lang::Nl) => {
                "Dit is geen getal. Gebruik cijfers, bijvoorbeeld 12,5."
            }
            (InputError::NotANumber, Lang::En) => {
                "This is not a number. Use digits, for example 12.5."
            }
            (InputError::NotAWholeNumber, Lang::Nl) => "Vul een geheel getal in.",
            (InputError::NotAWholeNumber, Lang::En) => "Enter a whole number.",
            (InputError::TooManyDecimals, Lang::Nl) => "Een bedrag heeft hoogstens twee decimalen.",
            (InputError::TooManyDecimals, Lang::En) => "An amount has at most two decimals.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The plain-decimal reader agrees with `str::parse::<f64>` on every text of digits,
        /// points and minus signs, and on long and extreme decimals.
        #[test]
        fn plain_decimals_read_like_str_parse(
            text in "-?[0-9]{0,25}(\\.[0-9]{0,25})?",
            junk in "[-0-9.]{0,8}",
            mantissa in 0u64..u64::MAX,
            exponent in -330i32..310,
        ) {
            for t in [text.clone(), junk.clone(), format!("{mantissa}"), format!("0.{mantissa}"),
                      format!("{}", (mantissa as f64) * 10f64.powi(exponent))] {
                let plain = t.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
                let expected = t.parse::<f64>().ok().filter(|x| plain && x.is_finite());
                let got = parse_plain_f64(&t);
                proptest::prop_assert_eq!(got.map(f64::to_bits), expected.map(f64::to_bits), "{}", t);
            }
        }
    }

    #[test]
    fn plain_decimal_edge_cases() {
        for (t, x) in [
            ("0", 0.0f64),
            ("-0", -0.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("007", 7.0),
            ("-.25", -0.25),
            ("0.1", 0.1),
        ] {
            assert_eq!(
                parse_plain_f64(t).map(f64::to_bits),
                Some(x.to_bits()),
                "{t}"
            );
        }
        let max = format!("{}", f64::MAX);
        assert_eq!(parse_plain_f64(&max), Some(f64::MAX));
        // Beyond the f64 range: None (str::parse gives infinity; both callers refuse either).
        assert_eq!(parse_plain_f64(&format!("{max}0")), None);
        for t in [
            "", "-", ".", "-.", "1.2.3", "--1", "1-", "+1", "1e5", "inf", "NaN", " 1",
        ] {
            assert_eq!(parse_plain_f64(t), None, "{t}");
        }
    }

    #[test]
    fn dutch_numbers() {
        assert_eq!(parse_number("12,5", Lang::Nl), Ok(12.5));
        assert_eq!(parse_number("1.234,5", Lang::Nl), Ok(1234.5));
        assert_eq!(parse_number("1.234", Lang::Nl), Ok(1234.0));
        assert_eq!(parse_number("12.5", Lang::Nl), Ok(12.5));
        assert_eq!(parse_number(" −5 % ", Lang::Nl), Ok(-5.0));
        assert_eq!(parse_number("1.000.000", Lang::Nl), Ok(1e6));
    }

    #[test]
    fn english_numbers() {
        assert_eq!(parse_number("12.5", Lang::En), Ok(12.5));
        assert_eq!(parse_number("1,234.5", Lang::En), Ok(1234.5));
        assert_eq!(parse_number("1,234", Lang::En), Ok(1234.0));
        assert_eq!(parse_number("12,5", Lang::En), Ok(12.5));
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for bad in [
            "abc",
            "1,2,3,4.5.6",
            "--1",
            ".5",
            "5.",
            "1e5",
            "NaN",
            "inf",
            "12a",
        ] {
            assert!(parse_number(bad, Lang::Nl).is_err(), "{bad}");
        }
        assert_eq!(parse_number("  ", Lang::Nl), Err(InputError::Empty));
    }

    #[test]
    fn integers_and_money() {
        assert_eq!(parse_integer("35", Lang::Nl), Ok(35));
        assert_eq!(parse_integer("1.000", Lang::Nl), Ok(1000));
        assert_eq!(
            parse_integer("2,5", Lang::Nl),
            Err(InputError::NotAWholeNumber)
        );
        assert_eq!(parse_integer("-3", Lang::Nl), Ok(-3));
        assert_eq!(
            parse_money_input("€ 225,50", Lang::Nl),
            Ok(Decimal::new(22550, 2))
        );
        assert_eq!(
            parse_money_input("€1,234.5", Lang::En),
            Ok(Decimal::new(12345, 1))
        );
        assert_eq!(
            parse_money_input("1,005", Lang::Nl),
            Err(InputError::TooManyDecimals)
        );
        assert_eq!(
            parse_money_input("99999999999999999999999999999999", Lang::Nl),
            Err(InputError::NotANumber)
        );
    }

    #[test]
    fn every_error_has_a_message_in_both_languages() {
        for e in [
            InputError::Empty,
            InputError::NotANumber,
            InputError::NotAWholeNumber,
            InputError::TooManyDecimals,
        ] {
            assert!(!e.message(Lang::Nl).is_empty());
            assert_ne!(e.message(Lang::Nl), e.message(Lang::En));
        }
    }
}
