//! Sensitivity (issue 5): each ranged assumption at its low and at its high value, all others
//! at the scenario's own values, and the effect on the final-year family share and on the total
//! cost (care plus programme, over all projected years). The tornado chart shows the result.

use crate::analysis::uncertainty::{in_set_units, slot_of};
use crate::engine::project_without_status_quo;
use crate::money::Euro;
use crate::scenario::Scenario;
use serde::Serialize;

/// The outcome the tornado measures.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Outcome {
    /// Family-type share of the final year on the plan's counting basis (children at the end of
    /// the year, or during it; [`Scenario::counting_basis`]), in percent.
    pub family_share_pct: f64,
    /// Care cost plus programme cost over all projected years.
    pub total_cost: Euro,
}

fn outcome(s: &Scenario) -> Outcome {
    let p = project_without_status_quo(s);
    Outcome {
        family_share_pct: p
            .years
            .last()
            .map_or(0.0, |y| y.shares(s.counting_basis()).family),
        total_cost: p.total_care_cost + p.total_programme_cost,
    }
}

/// One bar of the tornado: an assumption at both ends of its range.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Swing {
    /// The field path of the range (`cost.per_day.residential`).
    pub key: String,
    pub low: f64,
    pub high: f64,
    pub at_low: Outcome,
    pub at_high: Outcome,
}

impl Swing {
    /// How far the family share moves between the two ends, in points (the bar's length).
    pub fn share_span(&self) -> f64 {
        (self.at_high.family_share_pct - self.at_low.family_share_pct).abs()
    }

    /// How far the total cost moves between the two ends.
    pub fn cost_span(&self) -> Euro {
        let d = self.at_high.total_cost - self.at_low.total_cost;
        Euro(d.0.abs())
    }
}

/// The tornado: the scenario's own outcome and one swing per range, in two orders.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sensitivity {
    /// The final projected year (the family share is read there).
    pub year: i32,
    pub base: Outcome,
    /// Sorted by effect on the family share, largest first.
    pub by_family_share: Vec<Swing>,
    /// Sorted by effect on the total cost, largest first.
    pub by_total_cost: Vec<Swing>,
    pub engine_version: &'static str,
}

impl Sensitivity {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// The scenario with the assumption of range `key` set to `x` (in the field's unit) in every
/// year it covers.
fn with_value(s: &Scenario, key: &str, x: f64) -> Scenario {
    let mut out = s.clone();
    if let Some(slot) = slot_of(key) {
        for i in 0..slot.len(s) {
            slot.set(&mut out, i, in_set_units(slot, x));
        }
    }
    out
}

/// Every range of `s` at its two ends. Ties keep the key order, so the result is stable.
pub fn sensitivity(s: &Scenario) -> Sensitivity {
    let base_scenario = s.without_sources();
    let swings: Vec<Swing> = s
        .uncertainty
        .iter()
        .filter(|(key, _)| slot_of(key).is_some())
        .map(|(key, range)| Swing {
            key: key.clone(),
            low: range.low,
            high: range.high,
            at_low: outcome(&with_value(&base_scenario, key, range.low)),
            at_high: outcome(&with_value(&base_scenario, key, range.high)),
        })
        .collect();
    let mut by_family_share = swings.clone();
    crate::sort::sort_by(&mut by_family_share, |a, b| {
        b.share_span().total_cmp(&a.share_span())
    });
    let mut by_total_cost = swings;
    crate::sort::sort_by_key(&mut by_total_cost, |w| std::cmp::Reverse(w.cost_span()));
    Sensitivity {
        year: s.last_year(),
        base: outcome(&base_scenario),
        by_family_share,
        by_total_cost,
        engine_version: crate::ENGINE_VERSION,
    }
}

/// Which end of a range a tornado segment shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    Low,
    High,
}

/// The two segments of one tornado bar, in percent of the track: from the scenario's outcome
/// (the axis, at 50 %) to the outcome at the low end and at the high end of the range, scaled so
/// that `reach` (the largest distance from the axis in the chart) fills 45 % on each side.
/// Longest first, so that when both ends move the same way the shorter stays visible on top.
/// Each is `(end, left, width)`.
pub fn tornado_segments(base: f64, at_low: f64, at_high: f64, reach: f64) -> [(End, f64, f64); 2] {
    let reach = if reach > 0.0 { reach } else { 1.0 };
    let position = |x: f64| (50.0 + (x - base) / reach * 45.0).clamp(0.0, 100.0);
    let segment = |end: End, x: f64| {
        let p = position(x);
        (end, p.min(50.0), (p - 50.0).abs())
    };
    let low = segment(End::Low, at_low);
    let high = segment(End::High, at_high);
    if low.2 >= high.2 {
        [low, high]
    } else {
        [high, low]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::scenario::Range;

    #[test]
    fn tornado_segments_start_at_the_axis() {
        // Low end above the scenario, high end below: one segment each side.
        let [a, b] = tornado_segments(63.5, 68.0, 56.6, 6.9);
        assert_eq!(a.0, End::High);
        assert!((a.1 - 5.0).abs() < 1e-9 && (a.2 - 45.0).abs() < 1e-9);
        assert_eq!(b.0, End::Low);
        assert!((b.1 - 50.0).abs() < 1e-9);
        assert!((b.2 - 4.5 / 6.9 * 45.0).abs() < 1e-9);
        // Both ends on the same side: the longer first, both starting at the axis.
        let [a, b] = tornado_segments(63.5, 62.7, 62.0, 1.5);
        assert_eq!((a.0, b.0), (End::High, End::Low));
        assert!(a.1 < b.1 && (a.1 + a.2 - 50.0).abs() < 1e-9 && (b.1 + b.2 - 50.0).abs() < 1e-9);
        // No effect: zero width at the axis; no reach: no division by zero.
        assert_eq!(tornado_segments(10.0, 10.0, 10.0, 0.0)[0].2, 0.0);
    }

    #[test]
    fn swings_are_sorted_and_centred_on_the_scenario() {
        let mut s = crate::presets::gooi_v1();
        s.uncertainty.clear();
        for (key, low, high) in [
            ("cost.per_day.residential", 150.0, 300.0),
            ("stay_months.residential", 11.0, 13.0),
            ("cost.per_day.other", 450.0, 450.0),
            ("programme.cost_per_recruited_family", 0.0, 20000.0),
        ] {
            s.uncertainty.insert(key.into(), Range { low, high });
        }
        let t = sensitivity(&s);
        assert_eq!(t.year, 2022);
        assert_eq!(t.by_family_share.len(), 4);
        // The price changes no share; the stay does.
        assert_eq!(t.by_family_share[0].key, "stay_months.residential");
        let price = t
            .by_family_share
            .iter()
            .find(|w| w.key == "cost.per_day.residential")
            .unwrap();
        assert_eq!(price.share_span(), 0.0);
        // Cost: the price range (EUR 150 a day on ~100 children) is by far the widest.
        assert_eq!(t.by_total_cost[0].key, "cost.per_day.residential");
        assert!(price.at_low.total_cost < t.base.total_cost);
        assert!(price.at_high.total_cost > t.base.total_cost);
        // A collapsed range at the scenario's value swings nothing.
        let flat = t
            .by_total_cost
            .iter()
            .find(|w| w.key == "cost.per_day.other")
            .unwrap();
        assert_eq!(flat.at_low, t.base);
        assert_eq!(flat.at_high, t.base);
        // Programme cost enters the total cost.
        let programme = t
            .by_total_cost
            .iter()
            .find(|w| w.key == "programme.cost_per_recruited_family")
            .unwrap();
        assert!(programme.cost_span() > Euro::ZERO);
        for pair in t.by_total_cost.windows(2) {
            assert!(pair[0].cost_span() >= pair[1].cost_span());
        }
    }
}
