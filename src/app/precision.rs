//! A target's figure with the decimals that decide its verdict (issue 24).
//!
//! A share of 69,96 % against "≥ 70 %" is missed, but at one decimal it reads "70,0 %", as if
//! met. The rule, for the headline, the targets table, the comparison, the presentation, the
//! memo and the CLI alike:
//! - a figure is shown with the fewest decimals, from its usual precision on, at which the
//!   rounded figure compares with the target as the figure itself does ("69,96 %");
//! - a missed target's margin is shown with the decimals at which it is not zero ("0,04
//!   procentpunt te laag"); "precies op het doel" is said only of a met target;
//! - where even three more decimals do not decide, the figure reads "net onder 70 %" / "net
//!   boven 0,5" and its margin "minder dan 0,001 …", never a rounded figure that contradicts
//!   the verdict.

use crate::engine::TargetResult;
use crate::i18n::format::{format_euro, format_euro_cents, format_fixed, format_plain_number};
use crate::i18n::Lang;
use crate::money::{decimal_from_f64, Euro};
use crate::scenario::{Metric, Op};
use rust_decimal::Decimal;

/// How many decimals beyond a figure's usual precision may be shown to decide its verdict.
pub const MAX_EXTRA_DECIMALS: usize = 3;

/// A figure's usual decimals: counts whole, shares and changes to one decimal.
pub fn usual_decimals(metric: Metric) -> usize {
    usize::from(metric.is_percent())
}

/// Metrics that count children (not places, families or homes).
fn counts_children(metric: Metric) -> bool {
    matches!(
        metric,
        Metric::FosterCount
            | Metric::FamilyHomeCount
            | Metric::ResidentialCount
            | Metric::OtherCount
            | Metric::TotalCount
            | Metric::MismatchCount
            | Metric::UsersCount
            | Metric::ResidentialAdmissions
            | Metric::ResidentialCountUnder12
            | Metric::OtherCountUnder12
            | Metric::ResidentialAdmissionsUnder12
            | Metric::LackOfPlacePlacements
    )
}

/// A target of at most less than one child ("≤ 0,5"), which reads "geen kind": the whole
/// children shown are then its figure and its margin.
pub fn no_child_target(metric: Metric, op: Op, value: f64) -> bool {
    counts_children(metric) && op == Op::AtMost && (0.0..1.0).contains(&value)
}

/// `x` rounded to `decimals` as [`format_fixed`] rounds it (half away from zero).
pub fn rounded(x: f64, decimals: usize) -> f64 {
    let factor = 10f64.powi(decimals as i32);
    (x * factor).round() / factor
}

fn holds(actual: f64, op: Op, threshold: f64) -> bool {
    match op {
        Op::AtLeast => actual >= threshold,
        Op::AtMost => actual <= threshold,
    }
}

/// The fewest decimals from `base` on at which `actual`, rounded, is on the same side of
/// `threshold` as `actual` itself; `None` when `base + MAX_EXTRA_DECIMALS` is not enough.
pub fn decisive_decimals(actual: f64, op: Op, threshold: f64, base: usize) -> Option<usize> {
    let met = holds(actual, op, threshold);
    (base..=base + MAX_EXTRA_DECIMALS).find(|&d| holds(rounded(actual, d), op, threshold) == met)
}

/// The decimals of a margin: for a met target its usual ones (a margin of nothing is "precies
/// op het doel"), for a missed one the fewest at which it is not zero; `None` when even
/// `base + MAX_EXTRA_DECIMALS` rounds it to zero.
pub fn margin_decimals(margin: f64, met: bool, base: usize) -> Option<usize> {
    if met {
        return Some(base);
    }
    (base..=base + MAX_EXTRA_DECIMALS).find(|&d| rounded(margin.abs(), d) != 0.0)
}

/// A number at `decimals` with the metric's unit: "69,96 %", "12", "0,04".
pub fn with_unit(metric: Metric, x: f64, decimals: usize, lang: Lang) -> String {
    let number = format_fixed(x, decimals, lang);
    match (metric.is_percent(), lang) {
        (true, Lang::Nl) => format!("{number} %"),
        (true, Lang::En) => format!("{number}%"),
        (false, _) => number,
    }
}

/// "net onder 70 %" / "net boven 0,5": a figure so close to its target that no shown
/// precision tells them apart, said on the side it lies.
pub fn just(metric: Metric, actual: f64, threshold: f64, lang: Lang) -> String {
    let number = format_plain_number(threshold, lang);
    let target = match (metric.is_percent(), lang) {
        (true, Lang::Nl) => format!("{number} %"),
        (true, Lang::En) => format!("{number}%"),
        (false, _) => number,
    };
    match (actual < threshold, lang) {
        (true, Lang::Nl) => format!("net onder {target}"),
        (false, Lang::Nl) => format!("net boven {target}"),
        (true, Lang::En) => format!("just below {target}"),
        (false, Lang::En) => format!("just above {target}"),
    }
}

/// A figure beside a verdict on `threshold`, from `base` decimals on (the app's usual ones, or
/// more where a table shows more): "69,96 %" rather than "70,0 %" for a missed "≥ 70 %".
pub fn decisive_figure(
    metric: Metric,
    actual: f64,
    op: Op,
    threshold: f64,
    base: usize,
    lang: Lang,
) -> String {
    match decisive_decimals(actual, op, threshold, base) {
        Some(d) => with_unit(metric, actual, d, lang),
        None => just(metric, actual, threshold, lang),
    }
}

/// Money beside a verdict: whole euros, or cents where the whole euro would contradict it.
pub fn decisive_euro(actual: Euro, op: Op, threshold: Decimal, lang: Lang) -> String {
    let holds_at = |x: Decimal| match op {
        Op::AtLeast => x >= threshold,
        Op::AtMost => x <= threshold,
    };
    let met = holds_at(actual.0);
    let whole = actual
        .0
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    if holds_at(whole) == met {
        format_euro(actual, lang)
    } else {
        format_euro_cents(actual, lang)
    }
}

/// A target result's figure as shown beside its ✓ or ✗.
pub fn shown_actual(t: &TargetResult, lang: Lang) -> String {
    let op = t.target().op;
    match t.actual_eur {
        Some(e) => decisive_euro(e, op, decimal_from_f64(t.value), lang),
        None => decisive_figure(
            t.metric,
            t.actual,
            op,
            t.value,
            usual_decimals(t.metric),
            lang,
        ),
    }
}

/// A margin's size, without sign or direction: "0,04" (of the metric's unit) at the decimals
/// that show it, or `None` when it is too small to show ("minder dan 0,001").
pub fn margin_size(margin: f64, met: bool, base: usize, lang: Lang) -> Result<String, String> {
    match margin_decimals(margin, met, base) {
        Some(d) => Ok(format_fixed(margin.abs(), d, lang)),
        None => Err(format_fixed(
            10f64.powi(-((base + MAX_EXTRA_DECIMALS) as i32)),
            base + MAX_EXTRA_DECIMALS,
            lang,
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_figure_takes_the_decimals_that_decide() {
        let nl = Lang::Nl;
        let share = Metric::FamilySharePct;
        assert_eq!(
            decisive_figure(share, 69.96, Op::AtLeast, 70.0, 1, nl),
            "69,96 %"
        );
        assert_eq!(
            decisive_figure(share, 70.04, Op::AtLeast, 70.0, 1, nl),
            "70,0 %"
        );
        assert_eq!(
            decisive_figure(share, 63.5, Op::AtLeast, 70.0, 1, nl),
            "63,5 %"
        );
        // A shortfall of 0,04 places against "≤ 0".
        let short = Metric::ResidentialShortfall;
        assert_eq!(decisive_figure(short, 0.04, Op::AtMost, 0.0, 0, nl), "0,04");
        assert_eq!(decisive_figure(short, 0.0, Op::AtMost, 0.0, 0, nl), "0");
        // Too close for any shown precision.
        assert_eq!(
            decisive_figure(share, 69.999_999, Op::AtLeast, 70.0, 1, nl),
            "net onder 70 %"
        );
        assert_eq!(
            decisive_figure(
                Metric::OtherCountUnder12,
                0.500_000_1,
                Op::AtMost,
                0.5,
                0,
                nl
            ),
            "1"
        );
        assert_eq!(
            decisive_figure(Metric::FosterCount, 0.999_99, Op::AtLeast, 1.0, 0, nl),
            "net onder 1"
        );
    }

    #[test]
    fn a_missed_margin_is_never_zero() {
        assert_eq!(margin_size(-0.04, false, 1, Lang::Nl), Ok("0,04".into()));
        assert_eq!(margin_size(0.04, true, 1, Lang::Nl), Ok("0,0".into()));
        assert_eq!(margin_size(0.1, false, 0, Lang::Nl), Ok("0,1".into()));
        assert_eq!(margin_size(1e-9, false, 0, Lang::Nl), Err("0,001".into()));
    }

    #[test]
    fn money_shows_cents_only_where_the_euro_would_contradict() {
        let threshold = Decimal::from(1_000_000);
        let over = Euro(Decimal::new(100_000_040, 2));
        assert_eq!(
            decisive_euro(over, Op::AtMost, threshold, Lang::Nl),
            "€\u{a0}1.000.000,40"
        );
        let under = Euro(Decimal::new(99_999_940, 2));
        assert_eq!(
            decisive_euro(under, Op::AtMost, threshold, Lang::Nl),
            "€\u{a0}999.999"
        );
    }
}
