//! Ranges on uncertain assumptions (issue 5): which figures can take a range, their bounds, and
//! how a sampled value is written into a scenario.
//!
//! A scenario's optional `uncertainty` map goes from a field path to `{low, high}` in the field's
//! own unit (money as strings, like every amount in the format):
//!
//! ```json
//! "uncertainty": {
//!   "cost.per_day.residential": {"low": "150.00", "high": "300.00"},
//!   "stay_months.foster": {"low": 36, "high": 60},
//!   "inflow.change_pct": {"low": -3, "high": 1}
//! }
//! ```
//!
//! Only assumptions take a range, not decisions: the levers a region sets (recruitment, new
//! homes, programme lines, budget, targets) and the starting counts it has measured do not. A
//! per-year array takes one range for all its years (`inflow.change_pct`) or one per year
//! (`inflow.change_pct[2]`, which wins over the array's range for that year).

use crate::money::Euro;
use crate::scenario::fields::FieldId;
use crate::scenario::ranges::field_of;
use crate::scenario::{Form, Range, Scenario};
use rust_decimal::Decimal;

/// Where a sampled value goes in a scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Slot {
    Stay(Form),
    InflowPerYear,
    /// `None`: every projected year; `Some(y)`: projected year `y` only.
    InflowChange(Option<usize>),
    ResidentialNeed,
    OtherNeed,
    ChildrenPerFamily,
    Attrition,
    PlacesPerHome,
    Price(Form),
    IndexPct,
    CostPerRecruitedFamily,
    CostPerNewHome,
    /// v2 baseline change arrays, like `InflowChange`.
    InflowTrend(Option<usize>),
    PopulationTrend(Option<usize>),
    Under12Inflow,
    Under12ResidentialNeed,
    Under12OtherNeed,
    Under12Ageing,
    CostPerPreventedPlacement,
    CostPerSubstitutedChild,
    CostPerRetainedFamily,
    /// v3 need shares of a family home.
    FamilyHomeNeed,
    Under12FamilyHomeNeed,
}

/// Where the value of range `key` goes (`None` for a key that names no rangeable field).
pub fn slot_of(key: &str) -> Option<Slot> {
    use FieldId as F;
    let (field, index) = field_of(key)?;
    let form_of = |id: fn(Form) -> FieldId| Form::ALL.into_iter().find(|&f| id(f) == field.id);
    Some(match field.id {
        F::InflowPerYear => Slot::InflowPerYear,
        F::InflowChange => Slot::InflowChange(index),
        F::ResidentialNeed => Slot::ResidentialNeed,
        F::OtherNeed => Slot::OtherNeed,
        F::ChildrenPerFamily => Slot::ChildrenPerFamily,
        F::Attrition => Slot::Attrition,
        F::PlacesPerHome => Slot::PlacesPerHome,
        F::IndexPct => Slot::IndexPct,
        F::CostPerRecruitedFamily => Slot::CostPerRecruitedFamily,
        F::CostPerNewHome => Slot::CostPerNewHome,
        F::InflowTrend => Slot::InflowTrend(index),
        F::PopulationTrend => Slot::PopulationTrend(index),
        F::Under12Inflow => Slot::Under12Inflow,
        F::Under12ResidentialNeed => Slot::Under12ResidentialNeed,
        F::Under12OtherNeed => Slot::Under12OtherNeed,
        F::Under12Ageing => Slot::Under12Ageing,
        F::CostPerPreventedPlacement => Slot::CostPerPreventedPlacement,
        F::CostPerSubstitutedChild => Slot::CostPerSubstitutedChild,
        F::CostPerRetainedFamily => Slot::CostPerRetainedFamily,
        F::InflowFamilyHomeNeed => Slot::FamilyHomeNeed,
        F::Under12FamilyHomeNeed => Slot::Under12FamilyHomeNeed,
        F::StayFoster | F::StayFamilyHome | F::StayResidential | F::StayOther => {
            Slot::Stay(form_of(FieldId::stay)?)
        }
        F::PriceFoster | F::PriceFamilyHome | F::PriceResidential | F::PriceOther => {
            Slot::Price(form_of(FieldId::price)?)
        }
        _ => return None,
    })
}

impl Slot {
    pub fn is_money(self) -> bool {
        matches!(
            self,
            Slot::Price(_)
                | Slot::CostPerRecruitedFamily
                | Slot::CostPerNewHome
                | Slot::CostPerPreventedPlacement
                | Slot::CostPerSubstitutedChild
                | Slot::CostPerRetainedFamily
        )
    }

    /// The years this slot writes: every projected year for a whole array, else one value.
    pub fn len(self, s: &Scenario) -> usize {
        match self {
            Slot::InflowChange(None) | Slot::InflowTrend(None) | Slot::PopulationTrend(None) => {
                s.years as usize
            }
            _ => 1,
        }
    }

    /// The scenario's own value at element `i` of this slot (money in euros).
    pub fn get(self, s: &Scenario, i: usize) -> f64 {
        match self {
            Slot::Stay(form) => s.stay_months.get(form),
            Slot::InflowPerYear => s.inflow.per_year,
            Slot::InflowChange(None) => s.change_pct(i),
            Slot::InflowChange(Some(y)) => s.change_pct(y),
            Slot::ResidentialNeed => s.inflow.residential_need_pct,
            Slot::OtherNeed => s.inflow.other_need_pct,
            Slot::ChildrenPerFamily => s.foster.children_per_family,
            Slot::Attrition => s.foster.attrition_pct,
            Slot::PlacesPerHome => s.family_home.places_per_home,
            Slot::Price(form) => s.cost.per_day.get(form).to_f64_lossy(),
            Slot::IndexPct => s.cost.index_pct,
            Slot::CostPerRecruitedFamily => s.programme.cost_per_recruited_family.to_f64_lossy(),
            Slot::CostPerNewHome => s.programme.cost_per_new_home.to_f64_lossy(),
            Slot::InflowTrend(which) => s.trend_pct(which.unwrap_or(i)),
            Slot::PopulationTrend(which) => s.population_trend_pct(which.unwrap_or(i)),
            Slot::Under12Inflow => s.under12.as_ref().map_or(0.0, |u| u.inflow_pct),
            Slot::Under12ResidentialNeed => {
                s.under12.as_ref().map_or(0.0, |u| u.residential_need_pct)
            }
            Slot::Under12OtherNeed => s.under12.as_ref().map_or(0.0, |u| u.other_need_pct),
            Slot::Under12Ageing => s.under12.as_ref().map_or(0.0, |u| u.ageing_pct),
            Slot::CostPerPreventedPlacement => {
                s.programme.cost_per_prevented_placement.to_f64_lossy()
            }
            Slot::CostPerSubstitutedChild => s.programme.cost_per_substituted_child.to_f64_lossy(),
            Slot::CostPerRetainedFamily => s.programme.cost_per_retained_family.to_f64_lossy(),
            Slot::FamilyHomeNeed => s.inflow.family_home_need_pct,
            Slot::Under12FamilyHomeNeed => {
                s.under12.as_ref().map_or(0.0, |u| u.family_home_need_pct)
            }
        }
    }

    /// Writes `x` at element `i` (money: `x` in whole cents). The caller keeps `x` within the
    /// field's bounds, so the scenario stays valid.
    pub fn set(self, s: &mut Scenario, i: usize, x: f64) {
        let euro = || Euro(Decimal::new(x.round() as i64, 2));
        let set_year = |values: &mut Vec<f64>, which: Option<usize>| {
            let y = which.unwrap_or(i);
            if values.len() <= y {
                values.resize(y + 1, 0.0);
            }
            values[y] = x;
        };
        match self {
            Slot::Stay(form) => s.stay_months.set(form, x),
            Slot::InflowPerYear => s.inflow.per_year = x,
            Slot::InflowChange(which) => {
                let y = which.unwrap_or(i);
                let changes = &mut s.inflow.change_pct;
                if changes.len() <= y {
                    changes.resize(y + 1, 0.0);
                }
                changes[y] = x;
            }
            Slot::ResidentialNeed => s.inflow.residential_need_pct = x,
            Slot::OtherNeed => s.inflow.other_need_pct = x,
            Slot::ChildrenPerFamily => s.foster.children_per_family = x,
            Slot::Attrition => s.foster.attrition_pct = x,
            Slot::PlacesPerHome => s.family_home.places_per_home = x,
            Slot::Price(form) => s.cost.per_day.set(form, euro()),
            Slot::IndexPct => s.cost.index_pct = x,
            Slot::CostPerRecruitedFamily => s.programme.cost_per_recruited_family = euro(),
            Slot::CostPerNewHome => s.programme.cost_per_new_home = euro(),
            Slot::InflowTrend(which) => set_year(&mut s.inflow.trend_pct, which),
            Slot::PopulationTrend(which) => {
                if let Some(p) = s.population.as_mut() {
                    set_year(&mut p.trend_pct, which);
                }
            }
            Slot::Under12Inflow => {
                if let Some(u) = s.under12.as_mut() {
                    u.inflow_pct = x;
                }
            }
            Slot::Under12ResidentialNeed => {
                if let Some(u) = s.under12.as_mut() {
                    u.residential_need_pct = x;
                }
            }
            Slot::Under12OtherNeed => {
                if let Some(u) = s.under12.as_mut() {
                    u.other_need_pct = x;
                }
            }
            Slot::Under12Ageing => {
                if let Some(u) = s.under12.as_mut() {
                    u.ageing_pct = x;
                }
            }
            Slot::CostPerPreventedPlacement => s.programme.cost_per_prevented_placement = euro(),
            Slot::CostPerSubstitutedChild => s.programme.cost_per_substituted_child = euro(),
            Slot::CostPerRetainedFamily => s.programme.cost_per_retained_family = euro(),
            Slot::FamilyHomeNeed => s.inflow.family_home_need_pct = x,
            Slot::Under12FamilyHomeNeed => {
                if let Some(u) = s.under12.as_mut() {
                    u.family_home_need_pct = x;
                }
            }
        }
    }
}

/// A range in the unit [`Slot::set`] takes: money in cents, everything else as is.
pub fn in_set_units(slot: Slot, x: f64) -> f64 {
    if slot.is_money() {
        (x * 100.0).round()
    } else {
        x
    }
}

/// The value at quantile `u` (0..1) of the triangular distribution from `low` to `high` whose
/// most likely value is `mode` (clamped into the range). `low == high` gives `low`.
pub fn triangular(u: f64, low: f64, mode: f64, high: f64) -> f64 {
    let width = high - low;
    if width <= 0.0 {
        return low;
    }
    let mode = mode.clamp(low, high);
    let split = (mode - low) / width;
    let x = if u < split {
        low + (u * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * width * (high - mode)).sqrt()
    };
    x.clamp(low, high)
}

/// The fields that can take a range in scenario `s` (MODEL.md §12): in schema 2 only baseline
/// figures, not the levers; a part of the under-12 band or the population only when `s` has it.
pub fn fields_for(
    s: &Scenario,
) -> impl Iterator<Item = &'static crate::scenario::ranges::Field> + '_ {
    use crate::scenario::fields::{FieldId, Role};
    use crate::scenario::ranges::{fields, Field};
    let inside = |field: &Field, group: FieldId| {
        field.path.starts_with(group.path()) && field.path[group.path().len()..].starts_with('.')
    };
    fields().filter(move |f| {
        !(s.schema >= 2 && f.role == Role::Policy
            || f.id.since() > s.schema
            || s.under12.is_none() && inside(f, FieldId::Under12)
            || s.population.is_none() && inside(f, FieldId::Population))
    })
}

/// The range keys of `s` whose scenario value lies outside the range (the sampling then treats
/// the nearest end as most likely; the app says so).
pub fn values_outside(s: &Scenario) -> Vec<String> {
    s.uncertainty
        .iter()
        .filter(|(key, range)| {
            slot_of(key).is_some_and(|slot| {
                (0..slot.len(s)).any(|i| {
                    let v = slot.get(s, i);
                    v < range.low - 1e-9 || v > range.high + 1e-9
                })
            })
        })
        .map(|(key, _)| key.clone())
        .collect()
}

/// The ranges of `s` not centred on the scenario's value: the key, and whether the range's
/// middle lies above the value (more than a tenth of the range's width off). Draws from them
/// lie more often on that side, so the Monte Carlo's middle lies off the scenario's own
/// outcome (issue 24: Flevoland's bars ≈ € 49 million, the band's middle ≈ € 53 million).
pub fn off_centre(s: &Scenario) -> Vec<(String, bool)> {
    s.uncertainty
        .iter()
        .filter_map(|(key, range)| {
            let slot = slot_of(key)?;
            let value = slot.get(s, 0);
            let width = range.high - range.low;
            let centre = (range.low + range.high) / 2.0;
            (width > 0.0 && (centre - value).abs() > 0.1 * width)
                .then(|| (key.clone(), centre > value))
        })
        .collect()
}

/// The range for `key` around the scenario's value, for "add a range" in the app: ±25 %
/// (±2 points for a change per year), kept within the field's bounds; money to the cent.
pub fn suggested_range(s: &Scenario, key: &str) -> Option<Range> {
    let (field, _) = field_of(key)?;
    let slot = slot_of(key)?;
    let value = slot.get(s, 0);
    let (mut low, mut high) = match slot {
        Slot::InflowChange(_) | Slot::InflowTrend(_) | Slot::PopulationTrend(_) => {
            (value - 2.0, value + 2.0)
        }
        Slot::ResidentialNeed
        | Slot::OtherNeed
        | Slot::Attrition
        | Slot::IndexPct
        | Slot::Under12Inflow
        | Slot::Under12ResidentialNeed
        | Slot::Under12OtherNeed
        | Slot::Under12Ageing
        | Slot::FamilyHomeNeed
        | Slot::Under12FamilyHomeNeed => {
            let d = (value.abs() * 0.25).max(1.0);
            (value - d, value + d)
        }
        _ => (value * 0.75, value * 1.25),
    };
    let tidy = |x: f64| {
        if field.is_money() {
            (x * 100.0).round() / 100.0
        } else {
            (x * 10.0).round() / 10.0
        }
    };
    low = tidy(low);
    high = tidy(high);
    let (min, max) = (field.limits().min.value, field.limits().max.value);
    let nudge = if field.is_money() { 0.01 } else { 0.1 };
    if !field.allows(low) {
        low = if field.limits().min.inclusive {
            min
        } else {
            min + nudge
        };
    }
    if !field.allows(high) {
        high = max;
    }
    Some(Range { low, high })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::scenario::ranges::fields;

    #[test]
    fn keys_name_fields_and_years() {
        assert_eq!(
            slot_of("cost.per_day.residential"),
            Some(Slot::Price(Form::Residential))
        );
        assert_eq!(
            slot_of("stay_months.family_home"),
            Some(Slot::Stay(Form::FamilyHome))
        );
        assert_eq!(slot_of("inflow.change_pct"), Some(Slot::InflowChange(None)));
        assert_eq!(
            slot_of("inflow.change_pct[3]"),
            Some(Slot::InflowChange(Some(3)))
        );
        for bad in [
            "foster.recruit_per_year",
            "inflow.change_pct[]",
            "inflow.change_pct[-1]",
            "inflow.change_pct[01]",
            "inflow.per_year[0]",
            "stock.foster",
            "cost.per_day",
            "",
        ] {
            assert_eq!(slot_of(bad), None, "{bad}");
        }
        // Every listed field has a slot.
        for f in fields() {
            assert!(slot_of(f.path).is_some(), "{}", f.path);
        }
    }

    #[test]
    fn set_then_get_round_trips() {
        let mut s = crate::presets::gooi_v1();
        Slot::Price(Form::Residential).set(&mut s, 0, 31_234.0);
        assert_eq!(s.cost.per_day.residential, Euro(Decimal::new(31_234, 2)));
        Slot::InflowChange(None).set(&mut s, 3, -2.5);
        assert_eq!(s.change_pct(3), -2.5);
        Slot::InflowChange(Some(1)).set(&mut s, 0, 4.0);
        assert_eq!(s.change_pct(1), 4.0);
        Slot::Stay(Form::Foster).set(&mut s, 0, 50.0);
        assert_eq!(Slot::Stay(Form::Foster).get(&s, 0), 50.0);
    }

    #[test]
    fn triangular_quantiles() {
        assert_eq!(triangular(0.0, 10.0, 12.0, 20.0), 10.0);
        assert_eq!(triangular(1.0, 10.0, 12.0, 20.0), 20.0);
        // The mode's quantile is (mode − low)/(high − low).
        assert!((triangular(0.2, 10.0, 12.0, 20.0) - 12.0).abs() < 1e-12);
        // Symmetric: the median is the mode.
        assert!((triangular(0.5, 0.0, 5.0, 10.0) - 5.0).abs() < 1e-12);
        // A collapsed range is its value; a mode outside is clamped.
        assert_eq!(triangular(0.7, 3.0, 9.0, 3.0), 3.0);
        assert!(triangular(0.5, 0.0, 50.0, 10.0) <= 10.0);
        // Monotone in u.
        let mut last = f64::MIN;
        for i in 0..=100 {
            let x = triangular(i as f64 / 100.0, 1.0, 7.0, 9.0);
            assert!(x >= last);
            last = x;
        }
    }

    #[test]
    fn suggested_ranges_stay_within_bounds() {
        let s = crate::presets::gooi_v1();
        for f in fields() {
            let r = suggested_range(&s, f.path).unwrap();
            assert!(r.low <= r.high, "{}", f.path);
            assert!(f.allows(r.low) && f.allows(r.high), "{} {r:?}", f.path);
        }
        let price = suggested_range(&s, "cost.per_day.residential").unwrap();
        assert_eq!((price.low, price.high), (168.75, 281.25));
    }

    #[test]
    fn a_scenario_offers_only_the_ranges_it_can_take() {
        let v1 = crate::presets::gooi_v1();
        let v1_keys: Vec<&str> = fields_for(&v1).map(|f| f.path).collect();
        assert!(v1_keys.contains(&"inflow.change_pct"));
        assert!(!v1_keys.contains(&"inflow.trend_pct"));
        let v2 = crate::presets::default_preset().scenario();
        let v2_keys: Vec<&str> = fields_for(&v2).map(|f| f.path).collect();
        assert!(!v2_keys.contains(&"inflow.change_pct"));
        assert!(v2_keys.contains(&"inflow.trend_pct"));
        assert!(v2_keys.contains(&"under12.ageing_pct"));
        // Gooi has no population: no range on its trend.
        assert!(!v2_keys.contains(&"population.trend_pct"));
        // Every offered range is accepted by the parser.
        for key in v2_keys {
            let mut s = v2.clone();
            if let Some(range) = suggested_range(&s, key) {
                s.uncertainty.insert(key.to_string(), range);
                assert!(crate::scenario::parse(&s.to_json()).is_ok(), "{key}");
            }
        }
    }
}
