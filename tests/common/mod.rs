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

/// Any metric of MODEL.md §6 that a schema 1 file can name.
pub fn metric() -> impl Strategy<Value = Metric> {
    proptest::sample::select(
        Metric::ALL
            .into_iter()
            .filter(|m| m.since() == 1)
            .collect::<Vec<_>>(),
    )
}

/// Any metric of MODEL.md §6, v2's and v3's included.
pub fn metric_v2() -> impl Strategy<Value = Metric> {
    proptest::sample::select(Metric::ALL.to_vec())
}

/// A random valid scenario of format v2 or v3: a v1 scenario ([`scenario_v1`]) with each v2
/// part present or not at random (trend, substitution, retention, population, stay changes, the
/// under-12 band, the v2 unit costs, v2 target metrics where their part exists), and, at
/// random, the v3 fields (family-home need in each band, lead months, who pays the unit
/// costs), which make it schema 3.
pub fn scenario(max_years: u32) -> impl Strategy<Value = Scenario> {
    scenario_v1(max_years).prop_flat_map(|base| {
        let n = base.years as usize;
        let fractions = |len: usize| vec(0.001..=0.999f64, len);
        let levers = (
            proptest::option::of(vec(-20.0..=20.0f64, 0..=n)),
            proptest::option::of(vec(0.0..=100.0f64, 0..=n)),
            proptest::option::of(fractions(n)),
            proptest::option::of((0.0..1e6f64, vec(-10.0..=10.0f64, 0..=n))),
            proptest::option::of(vec(proptest::option::of(fractions(n)), 4)),
        );
        let band = proptest::option::of((
            vec(0.0..=1.0f64, 4),
            0.001..=0.999f64,
            0.0..=100.0f64,
            (0.0..=100.0f64, 0.0..=1.0f64),
            proptest::option::of(vec(0.0..=100.0f64, 0..=n)),
            0.0..=100.0f64,
        ));
        let costs = (
            euro(1_000_000),
            euro(1_000_000),
            euro(1_000_000),
            any::<bool>(),
        );
        let extra_targets = vec(
            (
                0..base.years as i32,
                metric_v2(),
                any::<bool>(),
                -10.0..500.0f64,
            ),
            0..3,
        );
        let v3 = proptest::option::of((0.0..=1.0f64, 0.0..=1.0f64, 0u32..=24, any::<bool>()));
        (Just(base), levers, band, costs, extra_targets, v3).prop_map(
            |(mut s, levers, band, costs, extra_targets, v3)| {
                let (trend, substitution, attrition, population, stays) = levers;
                s.schema = 2;
                s.inflow.trend_pct = trend.unwrap_or_default();
                s.inflow.substitution_pct = substitution.unwrap_or_default();
                // A resulting attrition within 0..=100 (MODEL.md §3).
                let att = s.foster.attrition_pct;
                s.foster.attrition_change_pts = attrition
                    .unwrap_or_default()
                    .into_iter()
                    .map(|f| f * 100.0 - att)
                    .filter(|c| (0.0..=100.0).contains(&(att + c)))
                    .collect();
                s.population = population.map(|(children, trend_pct)| Population {
                    children,
                    trend_pct,
                });
                if let Some(stays) = stays {
                    for (form, fr) in Form::ALL.into_iter().zip(stays) {
                        let stay = s.stay_months.get(form);
                        let low = (-90.0f64).max((1.0 / stay - 1.0) * 100.0);
                        let high = 100.0f64.min((240.0 / stay - 1.0) * 100.0);
                        *s.stay_change_pct.get_mut(form) = fr
                            .unwrap_or_default()
                            .into_iter()
                            .map(|f| low + f * (high - low))
                            .filter(|c| (1.0..=240.0).contains(&(stay * (1.0 + c / 100.0))))
                            .collect();
                    }
                }
                s.under12 = band.map(|(fracs, mf, inflow_pct, (r, o_frac), sub, ageing)| {
                    let stock = PerForm {
                        foster: s.stock.foster * fracs[0],
                        family_home: s.stock.family_home * fracs[1],
                        residential: s.stock.residential * fracs[2],
                        other: s.stock.other * fracs[3],
                    };
                    let low = (s.mismatch - (s.stock.residential - stock.residential)).max(0.0);
                    let high = s.mismatch.min(stock.residential);
                    let mut mismatch = (low + mf * (high - low)).clamp(low, high);
                    if s.mismatch - mismatch > s.stock.residential - stock.residential {
                        mismatch = high;
                    }
                    Under12 {
                        stock,
                        mismatch,
                        inflow_pct,
                        residential_need_pct: r,
                        other_need_pct: (100.0 - r) * o_frac,
                        substitution_pct: sub.unwrap_or_default(),
                        ageing_pct: ageing,
                        family_home_need_pct: 0.0,
                    }
                });
                if let Some((fh, fh_u, lead, regular)) = v3 {
                    s.schema = 3;
                    let free = |r: f64, o: f64| (100.0 - r - o).max(0.0);
                    s.inflow.family_home_need_pct =
                        free(s.inflow.residential_need_pct, s.inflow.other_need_pct) * fh;
                    if let Some(u) = &mut s.under12 {
                        u.family_home_need_pct =
                            free(u.residential_need_pct, u.other_need_pct) * fh_u;
                    }
                    s.foster.lead_months = lead;
                    if regular {
                        s.programme.unit_costs_from = UnitCostsFrom::Regular;
                    }
                }
                let (prevented, substituted, retained, use_costs) = costs;
                if use_costs {
                    s.programme.cost_per_prevented_placement = prevented;
                    s.programme.cost_per_substituted_child = substituted;
                    s.programme.cost_per_retained_family = retained;
                }
                for (dy, metric, at_least, value) in extra_targets {
                    let has = match metric.needs() {
                        MetricNeeds::Nothing => true,
                        MetricNeeds::Population => s.population.is_some(),
                        MetricNeeds::Under12 => s.under12.is_some(),
                        MetricNeeds::Capacity => s.residential_capacity_plan(dy as usize).is_some(),
                    };
                    if has {
                        s.schema = s.schema.max(metric.since());
                        s.targets.push(Target {
                            year: s.start_year + dy,
                            metric,
                            op: if at_least { Op::AtLeast } else { Op::AtMost },
                            value,
                        });
                    }
                }
                s
            },
        )
    })
}

/// A random valid scenario of format v1 with `1..=max_years` years.
pub fn scenario_v1(max_years: u32) -> impl Strategy<Value = Scenario> {
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
                trend_pct: Vec::new(),
                substitution_pct: Vec::new(),
                family_home_need_pct: 0.0,
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
                attrition_change_pts: Vec::new(),
                lead_months: 0,
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
                cost_per_prevented_placement: Euro::ZERO,
                cost_per_substituted_child: Euro::ZERO,
                cost_per_retained_family: Euro::ZERO,
                unit_costs_from: UnitCostsFrom::Fund,
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
                    population: None,
                    stay_change_pct: Default::default(),
                    under12: None,
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
            // Schema 2: only baseline figures take a range, and only of blocks that exist.
            let absent_block = (field.path.starts_with("under12.") && s.under12.is_none())
                || (field.path.starts_with("population.") && s.population.is_none());
            let lever = s.schema >= 2 && field.role == zothuis::scenario::fields::Role::Policy;
            let newer = field.id.since() > s.schema;
            if !take || absent_block || lever || newer {
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
