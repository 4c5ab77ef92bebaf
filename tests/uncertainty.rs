//! Property tests for the uncertainty ranges, the Monte Carlo and the sensitivity (issue 5).

mod common;

use proptest::prelude::*;
use zothuis::analysis::montecarlo::{default_seed, monte_carlo, Sampler};
use zothuis::analysis::sensitivity::sensitivity;
use zothuis::analysis::uncertainty::slot_of;
use zothuis::engine::project;
use zothuis::scenario::{parse, Metric, Op, Range, Scenario, Target};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    }
}

/// Every range collapsed onto the scenario's own value (per-year arrays only where all years
/// share one value, so that a single low = high can equal each of them).
fn collapsed(s: &Scenario) -> Scenario {
    let mut out = s.clone();
    let keys: Vec<String> = out.uncertainty.keys().cloned().collect();
    for key in keys {
        let slot = slot_of(&key).unwrap();
        let values: Vec<f64> = (0..slot.len(s)).map(|i| slot.get(s, i)).collect();
        if values.iter().any(|v| *v != values[0]) {
            out.uncertainty.remove(&key);
            continue;
        }
        out.uncertainty.insert(
            key,
            Range {
                low: values[0],
                high: values[0],
            },
        );
    }
    out
}

proptest! {
    #![proptest_config(config())]

    /// Ranges survive the file format and the share link.
    #[test]
    fn ranges_round_trip_through_files_and_links(s in common::scenario_with_ranges(8)) {
        let file = parse(&s.to_json());
        prop_assert_eq!(file.as_ref(), Ok(&s));
        let link = zothuis::formats::link::encode(&s, None).expect("a valid scenario always has a link");
        let (back, _) = zothuis::formats::link::decode(&link).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
        prop_assert_eq!(back.uncertainty, s.uncertainty);
    }

    /// With every range collapsed onto its value, every run is the deterministic projection.
    #[test]
    fn collapsed_ranges_are_the_deterministic_projection(s in common::scenario_with_ranges(6)) {
        let s = collapsed(&s);
        let p = project(&s);
        let mc = monte_carlo(&s, 8, default_seed(&s));
        for (bands, year) in mc.years.iter().zip(&p.years) {
            // The bands count on the plan's basis (one day, or over the year).
            let family = year.shares(s.counting_basis()).family;
            prop_assert_eq!(bands.family_share_pct.p10, family);
            prop_assert_eq!(bands.family_share_pct.p90, family);
            prop_assert_eq!(bands.care_cost.p10, year.care_cost.total);
            prop_assert_eq!(bands.care_cost.p90, year.care_cost.total);
        }
        for (chance, target) in mc.targets.iter().zip(&p.targets) {
            prop_assert_eq!(chance.probability, if target.met { 1.0 } else { 0.0 });
        }
    }

    /// Same seed, same result; probabilities are frequencies in [0, 1]; bands are ordered.
    #[test]
    fn runs_are_reproducible_and_probabilities_valid(s in common::scenario_with_ranges(6), seed in any::<u64>()) {
        let a = monte_carlo(&s, 40, seed);
        let mut sliced = Sampler::new(&s, 40, seed);
        while !sliced.is_finished() {
            sliced.run(7);
        }
        let sliced = sliced.result();
        prop_assert_eq!(sliced.as_ref(), Some(&a));
        for t in &a.targets {
            prop_assert!((0.0..=1.0).contains(&t.probability));
            prop_assert_eq!(t.probability, f64::from(t.met_runs) / 40.0);
        }
        for y in &a.years {
            prop_assert!(y.family_share_pct.p10 <= y.family_share_pct.p50);
            prop_assert!(y.family_share_pct.p50 <= y.family_share_pct.p90);
            prop_assert!(y.care_cost.p10 <= y.care_cost.p50 && y.care_cost.p50 <= y.care_cost.p90);
        }
    }

    /// More recruitment never lowers the chance of meeting a residential-count target, when no
    /// foster family stops (attrition 0, and no range on it) and no home closes: the draws are
    /// the same (the seed depends on the ranges only), and run by run residential care cannot
    /// grow with recruitment (the engine invariant).
    #[test]
    fn more_recruitment_never_lowers_the_chance_of_a_residential_target(
        base in common::scenario_with_ranges(6),
        extra in proptest::collection::vec(0u32..=200, 1..=6),
        quantile in 0.0..1.0f64,
    ) {
        let mut low = base;
        low.foster.attrition_pct = 0.0;
        low.foster.attrition_change_pts.clear();
        low.uncertainty.remove("foster.attrition_pct");
        for n in low.family_home.new_per_year.iter_mut() { *n = (*n).max(0); }
        // A target near the middle of the deterministic outcome, so that it can go either way.
        let last = project(&low).years.last().map_or(0.0, |y| y.stock.residential);
        low.targets = vec![Target {
            year: low.last_year(),
            metric: Metric::ResidentialCount,
            op: Op::AtMost,
            value: (last * (0.5 + quantile)).round(),
        }];
        let mut high = low.clone();
        let years = high.years as usize;
        high.foster.recruit_per_year.resize(years, 0);
        for (y, add) in extra.iter().enumerate().take(years) {
            high.foster.recruit_per_year[y] += add;
        }
        prop_assert_eq!(default_seed(&low), default_seed(&high));
        let seed = default_seed(&low);
        let (pl, ph) = (monte_carlo(&low, 60, seed), monte_carlo(&high, 60, seed));
        prop_assert!(ph.targets[0].probability >= pl.targets[0].probability,
            "{} < {}", ph.targets[0].probability, pl.targets[0].probability);
    }

    /// The tornado has one bar per range, both orders hold the same bars, sorted by span.
    #[test]
    fn sensitivity_covers_every_range(s in common::scenario_with_ranges(5)) {
        let t = sensitivity(&s);
        prop_assert_eq!(t.by_family_share.len(), s.uncertainty.len());
        prop_assert_eq!(t.by_total_cost.len(), s.uncertainty.len());
        for pair in t.by_family_share.windows(2) {
            prop_assert!(pair[0].share_span() >= pair[1].share_span());
        }
        for pair in t.by_total_cost.windows(2) {
            prop_assert!(pair[0].cost_span() >= pair[1].cost_span());
        }
    }
}

/// A range key has one spelling: `inflow.trend_pct[+2]` or `[02]` is refused where it is read,
/// so a file that opens always gives a share link (and a saved entry) that opens too.
#[test]
fn range_keys_with_a_sign_or_leading_zero_are_refused() {
    let preset = zothuis::presets::default_preset().scenario();
    for key in [
        "inflow.trend_pct[+2]",
        "inflow.trend_pct[02]",
        "inflow.trend_pct[-0]",
    ] {
        let mut root: serde_json::Value = serde_json::from_str(&preset.to_json()).unwrap();
        root["uncertainty"][key] = serde_json::json!({"low": -1, "high": 1});
        let errors = zothuis::scenario::parse_value(&root).expect_err(key);
        assert!(
            errors
                .iter()
                .any(|e| e.path == format!("uncertainty[\"{}\"]", key.replace('"', "\\\""))),
            "{key}: {errors:?}"
        );
    }
    // The one spelling still reads, and its link opens with the same range.
    let mut root: serde_json::Value = serde_json::from_str(&preset.to_json()).unwrap();
    root["uncertainty"]["inflow.trend_pct[2]"] = serde_json::json!({"low": -1, "high": 1});
    let s = zothuis::scenario::parse_value(&root).unwrap();
    let link =
        zothuis::formats::link::encode(&s, zothuis::presets::PlanRef::of("gooi-en-vechtstreek"))
            .unwrap();
    let (back, _) = zothuis::formats::link::decode(&link).unwrap();
    assert_eq!(back.uncertainty, s.uncertainty);
}
