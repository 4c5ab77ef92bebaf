//! Shared generators for the property tests: random *valid* scenarios.
#![allow(dead_code)]

use proptest::collection::vec;
use proptest::prelude::*;
use rust_decimal::Decimal;
use zothuis::money::Euro;
use zothuis::scenario::*;

/// Money from whole cents in `0..=max_cents`.
pub fn euro(max_cents: i64) -> impl Strategy<Value = Euro> + Clone {
    (0..=max_cents).prop_map(|c| Euro(Decimal::new(c, 2)))
}

fn per_form<T: std::fmt::Debug + Clone>(
    s: impl Strategy<Value = T> + Clone,
) -> impl Strategy<Value = PerForm<T>> {
    (s.clone(), s.clone(), s.clone(), s).prop_map(|(foster, family_home, residential, other)| {
        PerForm {
            foster,
            family_home,
            residential,
            other,
        }
    })
}

/// Any metric of MODEL.md §6.
pub fn metric() -> impl Strategy<Value = Metric> {
    proptest::sample::select(Metric::ALL.to_vec())
}

/// A random valid scenario with `1..=max_years` years.
pub fn scenario(max_years: u32) -> impl Strategy<Value = Scenario> {
    (1..=max_years, 2000i32..=2085).prop_flat_map(|(years, start_year)| {
        let n = years as usize;
        let stocks = per_form(0.0..3000.0f64);
        let stays = per_form(1.0..=240.0f64);
        let inflow = (
            0.0..3000.0f64,
            vec(-60.0..=60.0f64, 0..=n),
            0.0..=100.0f64,
            0.0..=1.0f64,
        )
            .prop_map(|(per_year, change_pct, r, o_frac)| Inflow {
                per_year,
                change_pct,
                residential_need_pct: r,
                other_need_pct: (100.0 - r) * o_frac,
            });
        let foster = (
            0.0..3000.0f64,
            0.1..=10.0f64,
            0.0..=100.0f64,
            vec(0u32..=600, 0..=n),
            0u32..=600,
        )
            .prop_map(|(families, cpf, attrition, recruit, sq)| FosterCare {
                families,
                children_per_family: cpf,
                attrition_pct: attrition,
                recruit_per_year: recruit,
                status_quo_recruit_per_year: sq,
            });
        let homes = (0.0..400.0f64, 0.5..=12.0f64, vec(-60i32..=60, 0..=n)).prop_map(
            |(homes, pph, new)| FamilyHomes {
                homes,
                places_per_home: pph,
                new_per_year: new,
            },
        );
        let cost = (per_form(euro(10_000_000)), -20.0..=50.0f64)
            .prop_map(|(per_day, index_pct)| Cost { per_day, index_pct });
        let programme = (
            euro(2_000_000),
            euro(20_000_000),
            vec(("[a-z ]{0,20}", vec(euro(500_000_000), 0..=n)), 0..3),
        )
            .prop_map(|(per_family, per_home, lines)| Programme {
                cost_per_recruited_family: per_family,
                cost_per_new_home: per_home,
                lines: lines
                    .into_iter()
                    .map(|(label, amounts)| MoneyLine { label, amounts })
                    .collect(),
                printed_totals: Vec::new(),
            });
        let budget = vec(euro(500_000_000), 0..=n).prop_map(|amounts| MoneyLine {
            label: "budget".into(),
            amounts,
        });
        let targets = vec(
            (0..years as i32, metric(), any::<bool>(), -100.0..2000.0f64),
            0..4,
        )
        .prop_map(move |ts| {
            ts.into_iter()
                .map(|(dy, metric, at_least, value)| Target {
                    year: start_year + dy,
                    metric,
                    op: if at_least { Op::AtLeast } else { Op::AtMost },
                    value,
                })
                .collect::<Vec<_>>()
        });
        let capacity = proptest::option::of(vec(proptest::option::of(0.0..1000.0f64), 0..=n));
        (
            stocks,
            0.0..=1.0f64,
            stays,
            inflow,
            foster,
            homes,
            cost,
            programme,
            budget,
            targets,
            capacity,
        )
            .prop_map(
                move |(
                    stock,
                    mismatch_frac,
                    stay_months,
                    inflow,
                    foster,
                    family_home,
                    cost,
                    programme,
                    budget,
                    targets,
                    residential_capacity,
                )| Scenario {
                    schema: 1,
                    name: "random".into(),
                    region: String::new(),
                    start_year,
                    years,
                    mismatch: stock.residential * mismatch_frac,
                    stock,
                    stay_months,
                    inflow,
                    foster,
                    family_home,
                    residential_capacity,
                    cost,
                    programme,
                    budget,
                    sources: Default::default(),
                    targets,
                    uncertainty: Default::default(),
                },
            )
    })
}

/// A random valid scenario with random valid ranges on some of its assumptions: each field of
/// `uncertainty::FIELDS` gets a range with probability 1/2, from a random fraction below to a
/// random fraction above its value, kept within the field's bounds (need shares only downwards,
/// so that their highest values together stay within 100 %).
pub fn scenario_with_ranges(max_years: u32) -> impl Strategy<Value = Scenario> {
    use zothuis::analysis::uncertainty::slot_of;
    use zothuis::scenario::ranges::{field_of, fields};
    let picks = vec((any::<bool>(), 0.0..0.6f64, 0.0..0.6f64), fields().count());
    (scenario(max_years), picks).prop_map(|(mut s, picks)| {
        for (field, (take, down, up)) in fields().zip(picks) {
            if !take {
                continue;
            }
            let Some(slot) = slot_of(field.path) else {
                continue;
            };
            let value = slot.get(&s, 0);
            let spread = value.abs().max(1.0);
            let mut low = value - down * spread;
            let mut high = value + up * spread;
            if field.path.ends_with("need_pct") {
                high = value;
            }
            let (min, max) = (field.limits().min.value, field.limits().max.value);
            low = low.max(if field.limits().min.inclusive {
                min
            } else {
                min + 0.01
            });
            high = high.min(max).max(low);
            if field.is_money() {
                low = (low * 100.0).ceil() / 100.0;
                high = ((high * 100.0).floor() / 100.0).max(low);
            }
            assert!(field_of(field.path).is_some());
            s.uncertainty
                .insert(field.path.to_string(), Range { low, high });
        }
        s
    })
}
