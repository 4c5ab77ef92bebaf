//! Monte Carlo over the ranges of a scenario (issue 5): P10–P50–P90 bands and the probability
//! that each target is met.
//!
//! Each run draws every ranged assumption from a triangular distribution between its low and
//! high value whose most likely value is the scenario's own value (clamped into the range), and
//! projects the scenario with the engine of [`crate::engine::project`]. The years of one
//! per-year array move together: a run draws one quantile for `inflow.change_pct` and its
//! per-year keys, so a high inflow change in one year comes with high changes in the others.
//!
//! The draws come from a SplitMix64 stream seeded by [`default_seed`], a hash of the ranges
//! alone. So a shared link (same ranges) shows the same bands, and moving a lever reuses the
//! same draws: bands move smoothly while a slider is dragged.
//!
//! [`Sampler`] does the work in slices (the app runs a slice per frame); [`monte_carlo`] runs
//! all at once (CLI, tests). Results never depend on how the runs were sliced.

use crate::analysis::uncertainty::{in_set_units, slot_of, triangular, Slot};
use crate::engine::project_without_status_quo;
use crate::money::Euro;
use crate::scenario::{Metric, Scenario};
use serde::Serialize;

pub const DEFAULT_RUNS: u32 = 2_000;
/// The most runs one request may ask for (memory stays below 100 MB for 15 years).
pub const MAX_RUNS: u32 = 100_000;

/// The seed a scenario's Monte Carlo uses unless told otherwise: FNV-1a (64 bit) of its ranges
/// as text (`key=low:high;` in key order). Levers do not enter it.
pub fn default_seed(s: &Scenario) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (key, range) in &s.uncertainty {
        for byte in format!("{key}={}:{};", range.low, range.high).bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// SplitMix64 (Steele, Lea & Flood 2014): small, fast, and the same on every platform.
#[derive(Clone, Debug)]
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)` with 53 random bits.
    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// One ranged assumption, ready to sample: bounds and most likely values in the units
/// [`Slot::set`] takes (money in cents), one mode per element it writes.
#[derive(Clone, Debug)]
struct Item {
    slot: Slot,
    low: f64,
    high: f64,
    modes: Vec<f64>,
    group: usize,
}

/// The draws of the ranges of `s`, in key order, with their shared-quantile groups.
fn items(s: &Scenario) -> (Vec<Item>, usize) {
    let mut groups: Vec<Slot> = Vec::new();
    let mut out = Vec::new();
    for (key, range) in &s.uncertainty {
        let Some(slot) = slot_of(key) else { continue };
        let family = match slot {
            Slot::InflowChange(_) => Slot::InflowChange(None),
            Slot::InflowTrend(_) => Slot::InflowTrend(None),
            Slot::PopulationTrend(_) => Slot::PopulationTrend(None),
            other => other,
        };
        let group = match groups.iter().position(|g| *g == family) {
            Some(g) => g,
            None => {
                groups.push(family);
                groups.len() - 1
            }
        };
        out.push(Item {
            slot,
            low: in_set_units(slot, range.low),
            high: in_set_units(slot, range.high),
            modes: (0..slot.len(s))
                .map(|i| in_set_units(slot, slot.get(s, i)))
                .collect(),
            group,
        });
    }
    (out, groups.len())
}

/// P10, P50 and P90 of a set of runs (nearest rank: each is the value of an actual run).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Bands<T> {
    pub p10: T,
    pub p50: T,
    pub p90: T,
}

/// The nearest-rank percentiles of `values` (sorted in place); `None` when empty.
fn bands<T: Copy>(
    values: &mut [T],
    cmp: impl Fn(&T, &T) -> std::cmp::Ordering,
) -> Option<Bands<T>> {
    if values.is_empty() {
        return None;
    }
    crate::sort::sort_by(values, cmp);
    let n = values.len();
    let at = |p: usize| values[(p * n).div_ceil(100).clamp(1, n) - 1];
    Some(Bands {
        p10: at(10),
        p50: at(50),
        p90: at(90),
    })
}

/// The bands of one projected year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearBands {
    pub year: i32,
    /// The shares on the plan's counting basis ([`Scenario::counting_basis`]).
    pub family_share_pct: Bands<f64>,
    pub residential_share_pct: Bands<f64>,
    pub care_cost: Bands<Euro>,
}

/// How often one target is met over the runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetChance {
    /// Position in the scenario's `targets`.
    pub index: usize,
    pub year: i32,
    pub metric: Metric,
    pub op: &'static str,
    pub value: f64,
    /// `met_runs / runs`, in `[0, 1]`.
    pub probability: f64,
    pub met_runs: u32,
}

/// The result of a Monte Carlo (the CLI's `montecarlo` JSON).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MonteCarlo {
    pub runs: u32,
    pub seed: u64,
    /// The ranged assumptions, by field path.
    pub ranges: Vec<String>,
    /// The ranges whose scenario value lies outside them (MODEL.md §12: reported beside the
    /// chances; the draws take the nearest end as most likely).
    pub values_outside: Vec<String>,
    pub years: Vec<YearBands>,
    /// Care cost over all projected years.
    pub total_care_cost: Bands<Euro>,
    pub targets: Vec<TargetChance>,
    pub engine_version: &'static str,
}

/// A Monte Carlo in progress, run in slices.
#[derive(Clone, Debug)]
pub struct Sampler {
    work: Scenario,
    items: Vec<Item>,
    groups: usize,
    rng: SplitMix64,
    seed: u64,
    runs: u32,
    done: u32,
    years: Vec<i32>,
    values_outside: Vec<String>,
    /// The counting basis of the shares (the plan's, [`Scenario::counting_basis`]).
    basis: crate::scenario::CountingBasis,
    family: Vec<Vec<f64>>,
    residential: Vec<Vec<f64>>,
    cost: Vec<Vec<Euro>>,
    total_cost: Vec<Euro>,
    met: Vec<u32>,
}

impl Sampler {
    /// A sampler for `runs` runs (at least 1, at most [`MAX_RUNS`]) of `s` from `seed`.
    pub fn new(s: &Scenario, runs: u32, seed: u64) -> Sampler {
        let runs = runs.clamp(1, MAX_RUNS);
        let (items, groups) = items(s);
        let work = s.without_sources();
        let n = s.years as usize;
        let reserve = |_| Vec::with_capacity(runs as usize);
        Sampler {
            items,
            groups,
            rng: SplitMix64(seed),
            seed,
            runs,
            done: 0,
            years: (0..s.years as i32).map(|y| s.start_year + y).collect(),
            values_outside: crate::analysis::uncertainty::values_outside(s),
            basis: s.counting_basis(),
            family: (0..n).map(reserve).collect(),
            residential: (0..n).map(reserve).collect(),
            cost: (0..n).map(|_| Vec::with_capacity(runs as usize)).collect(),
            total_cost: Vec::with_capacity(runs as usize),
            met: vec![0; s.targets.len()],
            work,
        }
    }

    pub fn runs(&self) -> u32 {
        self.runs
    }

    pub fn done(&self) -> u32 {
        self.done
    }

    pub fn is_finished(&self) -> bool {
        self.done >= self.runs
    }

    /// Runs up to `n` more runs; returns how many it ran.
    pub fn run(&mut self, n: u32) -> u32 {
        let todo = n.min(self.runs - self.done);
        let mut quantiles = vec![0.0; self.groups];
        for _ in 0..todo {
            for q in quantiles.iter_mut() {
                *q = self.rng.next_f64();
            }
            for item in &self.items {
                let u = quantiles[item.group];
                for (i, &mode) in item.modes.iter().enumerate() {
                    let x = triangular(u, item.low, mode, item.high);
                    item.slot.set(&mut self.work, i, x);
                }
            }
            let projection = project_without_status_quo(&self.work);
            for (y, year) in projection.years.iter().enumerate() {
                let shares = year.shares(self.basis);
                self.family[y].push(shares.family);
                self.residential[y].push(shares.residential);
                self.cost[y].push(year.care_cost.total);
            }
            self.total_cost.push(projection.total_care_cost);
            for (count, target) in self.met.iter_mut().zip(&projection.targets) {
                *count += u32::from(target.met);
            }
            self.done += 1;
        }
        todo
    }

    /// The bands and probabilities over the runs done so far (`None` before the first run).
    pub fn result(&self) -> Option<MonteCarlo> {
        let f64_cmp = |a: &f64, b: &f64| a.total_cmp(b);
        let euro_cmp = |a: &Euro, b: &Euro| a.cmp(b);
        let years: Option<Vec<YearBands>> = self
            .years
            .iter()
            .enumerate()
            .map(|(y, &year)| {
                Some(YearBands {
                    year,
                    family_share_pct: bands(&mut self.family[y].clone(), f64_cmp)?,
                    residential_share_pct: bands(&mut self.residential[y].clone(), f64_cmp)?,
                    care_cost: bands(&mut self.cost[y].clone(), euro_cmp)?,
                })
            })
            .collect();
        let done = self.done.max(1) as f64;
        Some(MonteCarlo {
            runs: self.done,
            seed: self.seed,
            ranges: self.work.uncertainty.keys().cloned().collect(),
            values_outside: self.values_outside.clone(),
            years: years?,
            total_care_cost: bands(&mut self.total_cost.clone(), euro_cmp)?,
            targets: self
                .work
                .targets
                .iter()
                .zip(&self.met)
                .enumerate()
                .map(|(index, (t, &met_runs))| TargetChance {
                    index,
                    year: t.year,
                    metric: t.metric,
                    op: t.op.symbol(),
                    value: t.value,
                    probability: f64::from(met_runs) / done,
                    met_runs,
                })
                .collect(),
            engine_version: crate::ENGINE_VERSION,
        })
    }
}

/// All `runs` runs of `s` at once, from `seed` ([`default_seed`] unless the caller has one).
pub fn monte_carlo(s: &Scenario, runs: u32, seed: u64) -> MonteCarlo {
    let mut sampler = Sampler::new(s, runs, seed);
    sampler.run(runs);
    // At least one run was done, so every band exists.
    sampler.result().unwrap_or_else(|| MonteCarlo {
        runs: 0,
        seed,
        ranges: Vec::new(),
        values_outside: Vec::new(),
        years: Vec::new(),
        total_care_cost: Bands {
            p10: Euro::ZERO,
            p50: Euro::ZERO,
            p90: Euro::ZERO,
        },
        targets: Vec::new(),
        engine_version: crate::ENGINE_VERSION,
    })
}

impl MonteCarlo {
    /// The result as pretty JSON (the CLI's output).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn year(&self, calendar_year: i32) -> Option<&YearBands> {
        self.years.iter().find(|y| y.year == calendar_year)
    }
}

/// Whether a Monte Carlo result belongs to the projection's years (a result computed for an
/// earlier horizon is not drawn on a new one).
pub fn bands_fit(mc: &MonteCarlo, p: &crate::engine::Projection) -> bool {
    mc.runs > 0
        && mc.years.len() == p.years.len()
        && mc.years.iter().zip(&p.years).all(|(a, b)| a.year == b.year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::project;

    use crate::scenario::Range;

    fn gooi_with_ranges() -> Scenario {
        let mut s = crate::presets::gooi_v1();
        s.uncertainty.clear();
        s.uncertainty.insert(
            "cost.per_day.residential".into(),
            Range {
                low: 150.0,
                high: 300.0,
            },
        );
        s.uncertainty.insert(
            "stay_months.foster".into(),
            Range {
                low: 36.0,
                high: 60.0,
            },
        );
        s.uncertainty.insert(
            "inflow.change_pct".into(),
            Range {
                low: -3.0,
                high: 3.0,
            },
        );
        s
    }

    #[test]
    fn splitmix_matches_the_reference_sequence() {
        // First outputs of SplitMix64 seeded with 1234567 (reference implementation by Vigna).
        let mut rng = SplitMix64(1234567);
        assert_eq!(rng.next_u64(), 6457827717110365317);
        assert_eq!(rng.next_u64(), 3203168211198807973);
        assert_eq!(rng.next_u64(), 9817491932198370423);
        let u = SplitMix64(0).next_f64();
        assert!((0.0..1.0).contains(&u));
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let mut v: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        let b = bands(&mut v, |a, b| a.total_cmp(b)).unwrap();
        assert_eq!((b.p10, b.p50, b.p90), (1.0, 5.0, 9.0));
        let mut one = vec![7.0f64];
        let b = bands(&mut one, |a, b| a.total_cmp(b)).unwrap();
        assert_eq!((b.p10, b.p50, b.p90), (7.0, 7.0, 7.0));
        assert!(bands::<f64>(&mut Vec::new(), |a, b| a.total_cmp(b)).is_none());
    }

    #[test]
    fn collapsed_ranges_equal_the_deterministic_projection() {
        let mut s = crate::presets::gooi_v1();
        s.uncertainty.clear();
        for (key, value) in [
            ("cost.per_day.residential", 225.0),
            ("stay_months.foster", 48.0),
            ("inflow.change_pct", 0.0),
            ("foster.attrition_pct", 14.0),
        ] {
            s.uncertainty.insert(
                key.into(),
                Range {
                    low: value,
                    high: value,
                },
            );
        }
        let p = project(&s);
        let mc = monte_carlo(&s, 50, 7);
        for (bands, year) in mc.years.iter().zip(&p.years) {
            for b in [bands.family_share_pct, bands.residential_share_pct] {
                assert_eq!(b.p10, b.p90);
            }
            assert_eq!(bands.family_share_pct.p50, year.shares_pct.family);
            assert_eq!(bands.residential_share_pct.p50, year.shares_pct.residential);
            assert_eq!(bands.care_cost.p10, year.care_cost.total);
            assert_eq!(bands.care_cost.p90, year.care_cost.total);
        }
        for (chance, target) in mc.targets.iter().zip(&p.targets) {
            assert_eq!(chance.probability, if target.met { 1.0 } else { 0.0 });
        }
    }

    #[test]
    fn same_seed_same_result_however_sliced() {
        let s = gooi_with_ranges();
        let seed = default_seed(&s);
        let all = monte_carlo(&s, 300, seed);
        let mut sliced = Sampler::new(&s, 300, seed);
        while !sliced.is_finished() {
            sliced.run(37);
        }
        assert_eq!(sliced.result().unwrap(), all);
        assert_eq!(monte_carlo(&s, 300, seed), all);
        assert_ne!(monte_carlo(&s, 300, seed ^ 1), all);
    }

    #[test]
    fn bands_are_ordered_and_spread() {
        let s = gooi_with_ranges();
        let mc = monte_carlo(&s, 500, default_seed(&s));
        assert_eq!(mc.runs, 500);
        for y in &mc.years {
            let f = y.family_share_pct;
            assert!(f.p10 <= f.p50 && f.p50 <= f.p90);
            let c = y.care_cost;
            assert!(c.p10 <= c.p50 && c.p50 <= c.p90);
        }
        let last = mc.years.last().unwrap();
        assert!(last.care_cost.p90 > last.care_cost.p10);
        assert!(last.family_share_pct.p90 > last.family_share_pct.p10);
        for t in &mc.targets {
            assert!((0.0..=1.0).contains(&t.probability));
        }
    }

    #[test]
    fn the_seed_depends_on_the_ranges_not_the_levers() {
        let s = gooi_with_ranges();
        let mut lever = s.clone();
        lever.foster.recruit_per_year = vec![90; 4];
        assert_eq!(default_seed(&s), default_seed(&lever));
        let mut wider = s.clone();
        wider
            .uncertainty
            .get_mut("stay_months.foster")
            .unwrap()
            .high = 61.0;
        assert_ne!(default_seed(&s), default_seed(&wider));
    }

    #[test]
    fn per_year_draws_move_together_and_stay_in_range() {
        let mut s = gooi_with_ranges();
        s.inflow.change_pct = vec![0.0, -2.0, -2.0, -2.0];
        let (items, _) = items(&s);
        let change = items
            .iter()
            .find(|i| i.slot == Slot::InflowChange(None))
            .unwrap();
        assert_eq!(change.modes, vec![0.0, -2.0, -2.0, -2.0]);
        let mut sampler = Sampler::new(&s, 20, 3);
        for _ in 0..20 {
            sampler.run(1);
            let c = &sampler.work.inflow.change_pct;
            assert!(c.iter().all(|x| (-3.0..=3.0).contains(x)));
            // One quantile for all years: years with the same mode get the same draw.
            assert_eq!(c[1], c[2]);
            let price = sampler.work.cost.per_day.residential.0;
            assert_eq!(price.scale(), 2);
        }
    }
}
