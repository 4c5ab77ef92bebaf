//! Number, percentage and money formatting for people: nl-NL (`€ 1.234.567`, `57,4 %`; the
//! space after `€` is a no-break space, so an amount never breaks over two lines) and
//! English (`€1,234,567`, `57.4%`). Pure and native-tested; the app and the CLI table use it.
//!
//! Negative values use the minus sign U+2212, which screen readers read as "min"/"minus".

use super::lang::Lang;
use crate::money::Euro;
use rust_decimal::{Decimal, RoundingStrategy};

const MINUS: char = '\u{2212}';

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Nl => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// Groups the digits of a non-negative integer text in threes: "1234567" → "1.234.567".
fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Formats a decimal text "-1234.5" with grouping and the language's decimal mark.
fn localise(text: &str, lang: Lang) -> String {
    let (thousands, decimal) = separators(lang);
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int_part, frac_part) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    let is_zero = unsigned.chars().all(|c| c == '0' || c == '.');
    let mut out = String::new();
    if negative && !is_zero {
        out.push(MINUS);
    }
    out.push_str(&group(int_part, thousands));
    if let Some(f) = frac_part {
        out.push(decimal);
        out.push_str(f);
    }
    out
}

/// A number with a fixed count of decimals, rounded half away from zero.
///
/// Integer arithmetic on purpose: it keeps the exact-precision float formatter of `core` out of
/// the wasm binary, a few kilobytes of the app's size budget.
pub fn format_fixed(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    let decimals = decimals.min(9);
    let factor = 10f64.powi(decimals as i32);
    let scaled = (x * factor).round();
    if scaled.abs() >= 9e15 {
        return localise(&format!("{}", x.round() as i128), lang);
    }
    let negative = scaled < 0.0;
    let digits = format!("{:0width$}", scaled.abs() as u64, width = decimals + 1);
    let (int_part, frac_part) = digits.split_at(digits.len() - decimals);
    let mut text = String::with_capacity(digits.len() + 2);
    if negative {
        text.push('-');
    }
    text.push_str(int_part);
    if decimals > 0 {
        text.push('.');
        text.push_str(frac_part);
    }
    localise(&text, lang)
}

/// A head count: whole children, grouped ("1.234").
pub fn format_count(x: f64, lang: Lang) -> String {
    format_fixed(x, 0, lang)
}

/// A percentage with one decimal: "57,4 %" (nl) or "57.4%" (en).
pub fn format_pct(x: f64, lang: Lang) -> String {
    let number = format_fixed(x, 1, lang);
    match lang {
        Lang::Nl => format!("{number} %"),
        Lang::En => format!("{number}%"),
    }
}

/// A difference in percentage points with its sign: "−12,0 pt", "+3,5 pt".
pub fn format_points(x: f64, lang: Lang) -> String {
    let number = format_fixed(x, 1, lang);
    let signed =
        if number.starts_with(MINUS) || number.chars().all(|c| c == '0' || c == ',' || c == '.') {
            number
        } else {
            format!("+{number}")
        };
    match lang {
        Lang::Nl => format!("{signed} pt"),
        Lang::En => format!("{signed} pts"),
    }
}

/// A plain number as a person writes it: no trailing zeros, grouped from five digits on
/// ("1.000.000", "2100", "0,5"), so that years and small bounds read naturally.
pub fn format_plain_number(x: f64, lang: Lang) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    if x.abs() < 10_000.0 && x.fract() == 0.0 {
        return format!("{}", x as i64).replacen('-', &MINUS.to_string(), 1);
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        return localise(&format!("{}", x as i64), lang);
    }
    let (_, decimal) = separators(lang);
    let text = format_fixed(x, 6, lang);
    text.trim_end_matches('0')
        .trim_end_matches(decimal)
        .to_string()
}

/// A number as a person types it into a field: [`format_plain_number`] with a plain `-` (a
/// keyboard's minus), so that what is shown reads back to the same value.
pub fn typed_number(x: f64, lang: Lang) -> String {
    format_plain_number(x, lang).replace(MINUS, "-")
}

/// A number as a person types it, without thousands separators (`12345,5`).
pub fn typed_number_ungrouped(x: f64, lang: Lang) -> String {
    let plain = format_plain_number(x, Lang::En)
        .replace(MINUS, "-")
        .replace(',', "");
    match lang {
        Lang::Nl => plain.replace('.', ","),
        Lang::En => plain,
    }
}

/// An amount as the file writes it (`225.00`) as a person types it (`225,00` in Dutch).
pub fn typed_amount(text: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => text.replace('.', ","),
        Lang::En => text.to_string(),
    }
}

/// Money in whole euros: "€ 1.234.567" (nl), "€1,234,567" (en).
pub fn format_euro(amount: Euro, lang: Lang) -> String {
    format_euro_dp(amount, 0, lang)
}

/// Money with cents: "€ 1.234.567,89" (nl), "€1,234,567.89" (en).
pub fn format_euro_cents(amount: Euro, lang: Lang) -> String {
    format_euro_dp(amount, 2, lang)
}

fn format_euro_dp(amount: Euro, dp: u32, lang: Lang) -> String {
    let mut d: Decimal = amount
        .0
        .round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    d.rescale(dp);
    let number = localise(&d.to_string(), lang);
    match (number.strip_prefix(MINUS), lang) {
        (Some(rest), Lang::Nl) => format!("{MINUS}€\u{a0}{rest}"),
        (Some(rest), Lang::En) => format!("{MINUS}€{rest}"),
        (None, Lang::Nl) => format!("€\u{a0}{number}"),
        (None, Lang::En) => format!("€{number}"),
    }
}

/// Money in thousands or millions for chart axes: "€ 1,2 mln", "€ 350 k".
pub fn format_euro_short(amount: f64, lang: Lang) -> String {
    let abs = amount.abs();
    let sign = if amount < 0.0 {
        MINUS.to_string()
    } else {
        String::new()
    };
    let (value, unit) = if abs >= 1e6 {
        (
            abs / 1e6,
            match lang {
                Lang::Nl => " mln",
                Lang::En => "M",
            },
        )
    } else if abs >= 1e3 {
        (
            abs / 1e3,
            match lang {
                Lang::Nl => "k",
                Lang::En => "k",
            },
        )
    } else {
        (abs, "")
    };
    let decimals = if value < 10.0 && !unit.is_empty() {
        1
    } else {
        0
    };
    let number = format_fixed(value, decimals, lang);
    match lang {
        Lang::Nl => format!("{sign}€\u{a0}{number}{unit}"),
        Lang::En => format!("{sign}€{number}{unit}"),
    }
}

/// Range `key` as people read it: "€ 150,00 – € 300,00", "36 – 60".
pub fn range_text(key: &str, range: crate::scenario::Range, lang: Lang) -> String {
    let show = |x: f64| {
        if crate::scenario::ranges::is_money(key) {
            format_euro_cents(crate::money::euro_from_f64_cents(x), lang)
        } else {
            format_plain_number(x, lang)
        }
    };
    // With the field's unit: "9 – 18 maanden", "−3 – 4,1 % per jaar", "€ 150,00 – € 300,00 per dag".
    let unit = crate::scenario::ranges::field_of(key)
        .and_then(|(f, _)| super::text::unit_text(f.unit))
        .map(|u| u.get(lang));
    match unit {
        Some(u) => format!("{} – {} {u}", show(range.low), show(range.high)),
        None => format!("{} – {}", show(range.low), show(range.high)),
    }
}

/// A date as people write it: "3 december 2026" (nl), "3 December 2026" (en); `month` 1–12.
pub fn long_date(year: i32, month: u32, day: u32, lang: Lang) -> String {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    let name = names[(month.clamp(1, 12) - 1) as usize];
    format!("{day} {name} {year}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_people_write_them() {
        assert_eq!(long_date(2026, 12, 3, Lang::Nl), "3 december 2026");
        assert_eq!(long_date(2026, 12, 3, Lang::En), "3 December 2026");
        assert_eq!(long_date(2027, 1, 31, Lang::En), "31 January 2027");
    }
    use std::str::FromStr;

    fn euro(s: &str) -> Euro {
        Euro(Decimal::from_str(s).unwrap())
    }

    #[test]
    fn dutch_money() {
        assert_eq!(format_euro(euro("1234567"), Lang::Nl), "€\u{a0}1.234.567");
        assert_eq!(format_euro(euro("1234567.5"), Lang::Nl), "€\u{a0}1.234.568");
        assert_eq!(
            format_euro_cents(euro("1234.5"), Lang::Nl),
            "€\u{a0}1.234,50"
        );
        assert_eq!(
            format_euro(euro("-115000"), Lang::Nl),
            "\u{2212}€\u{a0}115.000"
        );
        assert_eq!(format_euro(euro("0"), Lang::Nl), "€\u{a0}0");
        assert_eq!(format_euro(euro("-0.4"), Lang::Nl), "€\u{a0}0");
        assert_eq!(format_euro(euro("999"), Lang::Nl), "€\u{a0}999");
    }

    #[test]
    fn english_money() {
        assert_eq!(format_euro(euro("1234567"), Lang::En), "€1,234,567");
        assert_eq!(format_euro_cents(euro("-3.456"), Lang::En), "\u{2212}€3.46");
    }

    #[test]
    fn percentages_and_counts() {
        assert_eq!(format_pct(57.44, Lang::Nl), "57,4 %");
        assert_eq!(format_pct(57.45, Lang::En), "57.5%");
        assert_eq!(format_pct(100.0, Lang::Nl), "100,0 %");
        assert_eq!(format_count(1234.4, Lang::Nl), "1.234");
        assert_eq!(format_count(-0.3, Lang::Nl), "0");
        assert_eq!(format_count(2.5, Lang::Nl), "3");
        assert_eq!(format_fixed(-0.04, 1, Lang::Nl), "0,0");
        assert_eq!(format_fixed(-1.25, 1, Lang::En), "\u{2212}1.3");
        assert_eq!(format_fixed(0.05, 2, Lang::En), "0.05");
        assert_eq!(format_fixed(1234567.891, 2, Lang::Nl), "1.234.567,89");
        assert_eq!(
            format_fixed(1e20, 1, Lang::En),
            "100,000,000,000,000,000,000"
        );
        assert_eq!(format_points(-12.04, Lang::Nl), "\u{2212}12,0 pt");
        assert_eq!(format_points(3.5, Lang::Nl), "+3,5 pt");
        assert_eq!(format_points(0.0, Lang::En), "0.0 pts");
    }

    #[test]
    fn plain_numbers() {
        assert_eq!(format_plain_number(1e6, Lang::Nl), "1.000.000");
        assert_eq!(format_plain_number(0.5, Lang::Nl), "0,5");
        assert_eq!(format_plain_number(-100.0, Lang::Nl), "\u{2212}100");
        assert_eq!(format_plain_number(1.2, Lang::En), "1.2");
        assert_eq!(format_plain_number(319.5, Lang::Nl), "319,5");
        assert_eq!(format_plain_number(-0.125, Lang::Nl), "\u{2212}0,125");
        assert_eq!(format_plain_number(12345.5, Lang::Nl), "12.345,5");
        assert_eq!(format_plain_number(2100.0, Lang::Nl), "2100");
        assert_eq!(format_plain_number(100000.0, Lang::Nl), "100.000");
    }

    #[test]
    fn short_money_for_axes() {
        assert_eq!(format_euro_short(1_234_567.0, Lang::Nl), "€\u{a0}1,2 mln");
        assert_eq!(format_euro_short(350_000.0, Lang::Nl), "€\u{a0}350k");
        assert_eq!(format_euro_short(-12_500_000.0, Lang::En), "\u{2212}€13M");
        assert_eq!(format_euro_short(500.0, Lang::En), "€500");
    }
}

/// User text (a name, a region, a label) to put in a sentence of the app's: wrapped in
/// first-strong isolate and pop directional isolate (U+2068 … U+2069) when it holds anything
/// that is written right to left or steers the direction, so that it cannot turn the app's
/// words and figures around it (issue 22: a right-to-left override in the region name reversed
/// the memo's period and date). Left-to-right text comes back as it is.
pub fn isolated(text: &str) -> String {
    let steers = |c: char| {
        matches!(c,
            '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}'
            | '\u{10800}'..='\u{10fff}' | '\u{1e800}'..='\u{1efff}'
            | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}')
    };
    if text.chars().any(steers) {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod isolation_tests {
    use super::isolated;

    #[test]
    fn only_text_that_can_turn_things_around_is_isolated() {
        assert_eq!(isolated("Gooi en Vechtstreek"), "Gooi en Vechtstreek");
        assert_eq!(isolated("Zo thuis – 2022 (€ 5)"), "Zo thuis – 2022 (€ 5)");
        assert_eq!(
            isolated("Regio \u{202e}evil"),
            "\u{2068}Regio \u{202e}evil\u{2069}"
        );
        assert_eq!(isolated("דן"), "\u{2068}דן\u{2069}");
        assert_eq!(isolated("الرياض"), "\u{2068}الرياض\u{2069}");
    }
}
