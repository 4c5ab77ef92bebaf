//! "Wat is er nodig?": the smallest lever setting that meets a target (issue 5, first part).
//!
//! The lever is set to one value for every projected year. Integer levers (foster families
//! recruited per year, new family homes per year) get an exact integer answer, verified at the
//! answer and at one below; the inflow reduction per year is found to 0.01 percentage point,
//! the v2 levers to their own step (substitution and retention 0.1, a shorter residential stay
//! 1 point).
//! The search assumes that more of the lever never hurts the target (true for the cases MODEL.md
//! §9 names; the answer is verified, and a non-monotone case is reported, not hidden).

use crate::analysis::montecarlo::monte_carlo;
use crate::analysis::reason::{why_missed, MissReason};
use crate::engine::{evaluate_target, project};
use crate::scenario::{Scenario, Target};
use serde::Serialize;

/// A lever goal seek can move.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GoalLever {
    /// Gross foster families recruited per year (integer, 0..=100000).
    Recruitment,
    /// Family homes opened per year (integer, 0..=1000).
    NewHomes,
    /// Reduction of the yearly inflow, in % per year (0..=100, to 0.01).
    InflowReduction,
    /// v2: substitution of residential care, in % of the residential need (0..=100, to 0.1).
    Substitution,
    /// v2: a shorter residential stay, in % of `stay_months.residential` (to 1 point; at most
    /// 90 % and never below a month).
    ShorterResidentialStay,
    /// v2: foster-family retention, percentage points off the attrition (to 0.1; at most the
    /// attrition itself).
    Retention,
    /// v2: substitution for the under-12 band ("nee, tenzij"), in % (0..=100, to 0.1).
    Under12Substitution,
}

impl GoalLever {
    pub const ALL: [GoalLever; 7] = [
        GoalLever::Recruitment,
        GoalLever::NewHomes,
        GoalLever::InflowReduction,
        GoalLever::Substitution,
        GoalLever::ShorterResidentialStay,
        GoalLever::Retention,
        GoalLever::Under12Substitution,
    ];

    pub fn key(self) -> &'static str {
        match self {
            GoalLever::Recruitment => "recruitment",
            GoalLever::NewHomes => "new_homes",
            GoalLever::InflowReduction => "inflow_reduction",
            GoalLever::Substitution => "substitution",
            GoalLever::ShorterResidentialStay => "shorter_residential_stay",
            GoalLever::Retention => "retention",
            GoalLever::Under12Substitution => "under12_substitution",
        }
    }

    pub fn from_key(key: &str) -> Option<GoalLever> {
        GoalLever::ALL.into_iter().find(|l| l.key() == key)
    }

    /// Whether the lever exists in scenario `s`: the under-12 substitution needs the band.
    pub fn applies_to(self, s: &Scenario) -> bool {
        match self {
            GoalLever::Under12Substitution => s.under12.is_some(),
            _ => true,
        }
    }

    /// The lever's range in scenario `s`, in its own unit; every setting in it gives a valid
    /// scenario (MODEL.md §3: a resulting stay of at least a month, attrition of at least 0).
    pub fn range(self, s: &Scenario) -> (f64, f64) {
        match self {
            GoalLever::Recruitment => (0.0, 100_000.0),
            GoalLever::NewHomes => (0.0, 1000.0),
            GoalLever::InflowReduction
            | GoalLever::Substitution
            | GoalLever::Under12Substitution => (0.0, 100.0),
            GoalLever::ShorterResidentialStay => {
                let shortest = (100.0 * (1.0 - 1.0 / s.stay_months.residential)).floor();
                (0.0, shortest.clamp(0.0, 90.0))
            }
            GoalLever::Retention => (0.0, (s.foster.attrition_pct * 10.0).floor() / 10.0),
        }
    }

    /// Steps per unit: the answer is a whole number of steps (1, 0.1 or 0.01 of the unit), so
    /// it is written as people type it (0.3, not 0.30000000000000004).
    pub fn steps_per_unit(self) -> f64 {
        match self {
            GoalLever::Recruitment | GoalLever::NewHomes | GoalLever::ShorterResidentialStay => 1.0,
            GoalLever::InflowReduction => 100.0,
            GoalLever::Substitution | GoalLever::Retention | GoalLever::Under12Substitution => 10.0,
        }
    }

    /// The scenario with the lever at `value` in every year.
    pub fn apply(self, s: &Scenario, value: f64) -> Scenario {
        let mut out = s.clone();
        let n = s.years as usize;
        match self {
            GoalLever::Recruitment => out.foster.recruit_per_year = vec![value.round() as u32; n],
            GoalLever::NewHomes => out.family_home.new_per_year = vec![value.round() as i32; n],
            GoalLever::InflowReduction => out.inflow.change_pct = vec![-value; n],
            GoalLever::Substitution => out.inflow.substitution_pct = vec![value],
            GoalLever::ShorterResidentialStay => out.stay_change_pct.residential = vec![-value],
            GoalLever::Retention => out.foster.attrition_change_pts = vec![-value],
            GoalLever::Under12Substitution => {
                if let Some(u) = out.under12.as_mut() {
                    u.substitution_pct = vec![value];
                }
            }
        }
        out
    }
}

/// The answer, with the checks that make it defensible.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GoalSeekResult {
    pub target: Target,
    pub lever: GoalLever,
    /// The smallest setting that meets the target, if any within the lever's range.
    pub value: Option<f64>,
    /// The target's actual value at the answer (or at the lever's maximum when unreachable).
    pub actual: f64,
    /// The actual value one step below the answer (one family, one home, 0.01 %), if any.
    pub actual_one_below: Option<f64>,
    /// Why no setting meets the target, in plain English (the app words it in Dutch).
    pub reason: Option<String>,
    /// The same as data: which kind of limit stopped it.
    pub unreachable: Option<Unreachable>,
}

/// Why no setting of the lever meets the target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Unreachable {
    /// Even the lever's maximum misses a share target, for the reason the headline's "waarom
    /// niet?" computes at that setting (a ceiling, or too little time).
    Because { reason: MissReason },
    /// Even the lever's maximum misses the target.
    AtMaximum,
}

fn check(s: &Scenario, target: &Target, lever: GoalLever, value: f64) -> (bool, f64) {
    target_in(&project(&lever.apply(s, value)), target)
}

/// Whether `target` is met in projection `p`, with its value (not met, NaN, for a year the
/// projection does not reach). Goal seek and the package search judge every setting by it.
pub(crate) fn target_in(p: &crate::engine::Projection, target: &Target) -> (bool, f64) {
    match p.year(target.year) {
        Some(y) => {
            let r = evaluate_target(target, y);
            (r.met, r.actual)
        }
        None => (false, f64::NAN),
    }
}

/// The chance that target number `index` is met in scenario `s`, over `runs` runs from `seed`.
pub(crate) fn chance_in(s: &Scenario, index: usize, runs: u32, seed: u64) -> f64 {
    monte_carlo(s, runs, seed)
        .targets
        .iter()
        .find(|t| t.index == index)
        .map_or(0.0, |t| t.probability)
}

/// A chance `p` of `level` or more: at least that share of the `runs` (exact in whole runs).
pub(crate) fn reaches(p: f64, level: f64, runs: u32) -> bool {
    p * f64::from(runs) >= level * f64::from(runs) - 1e-9
}

/// Why even the lever's maximum misses: the reason of [`why_missed`] at that setting, where it
/// is a ceiling or too little time (places are not what is lacking then).
fn limit_at(s: &Scenario, target: &Target, lever: GoalLever, high: f64) -> Unreachable {
    let at_high = lever.apply(s, high);
    match why_missed(&at_high, &project(&at_high), target) {
        Some(reason @ (MissReason::Ceiling { .. } | MissReason::Time { .. })) => {
            Unreachable::Because { reason }
        }
        _ => Unreachable::AtMaximum,
    }
}

/// Why goal seek has no answer at all (as opposed to "no setting meets it", which is an answer).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GoalSeekError {
    /// The scenario has `count` targets; `index` is not one of them.
    NoSuchTarget { index: usize, count: usize },
    /// The lever does not exist in this scenario (the under-12 substitution without the band).
    LeverNotInScenario,
    /// The target does not respond monotonically near the answer: met at `at` is `met`, one step
    /// below (`below`) it is `met_below`.
    NotMonotone {
        at: f64,
        met: bool,
        below: f64,
        met_below: bool,
    },
    /// A stepwise search was asked for its answer before its last step.
    Unfinished,
}

/// Target number `index` of the scenario, once it exists and `lever` is in the scenario.
pub(crate) fn checked_target(
    s: &Scenario,
    index: usize,
    lever: GoalLever,
) -> Result<Target, GoalSeekError> {
    let target = *s.targets.get(index).ok_or(GoalSeekError::NoSuchTarget {
        index,
        count: s.targets.len(),
    })?;
    if !lever.applies_to(s) {
        return Err(GoalSeekError::LeverNotInScenario);
    }
    Ok(target)
}

/// Bisection in whole steps of `lever` between its minimum (which misses) and its maximum
/// (which meets): the smallest step that `meets`, and the step below it.
fn bisect(s: &Scenario, lever: GoalLever, mut meets: impl FnMut(f64) -> bool) -> (f64, f64) {
    let (low, high) = lever.range(s);
    let scale = lever.steps_per_unit();
    let (mut lo, mut hi) = ((low * scale).round() as i64, (high * scale).round() as i64);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if meets(mid as f64 / scale) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    (hi as f64 / scale, (hi - 1) as f64 / scale)
}

/// Finds the smallest setting of `lever` that meets target number `index` of the scenario.
pub fn goal_seek(
    s: &Scenario,
    index: usize,
    lever: GoalLever,
) -> Result<GoalSeekResult, GoalSeekError> {
    let target = checked_target(s, index, lever)?;
    let (low, high) = lever.range(s);
    let (met_high, actual_high) = check(s, &target, lever, high);
    if !met_high {
        let limit = limit_at(s, &target, lever, high);
        let reason = match limit {
            Unreachable::Because {
                reason: MissReason::Ceiling { ceiling, .. },
            } if !crate::analysis::reason::is_share_metric(target.metric) => format!(
                "even with family places to spare {} in {} is {}; the target asks for {} {}",
                target.metric.key(),
                target.year,
                decimals(ceiling, 1),
                target.op.symbol(),
                target.value
            ),
            Unreachable::Because {
                reason: MissReason::NoLever { with_places },
            } => format!(
                "no lever acts on {}: other care is a baseline figure; it is {} in {} with family places to spare",
                target.metric.key(),
                decimals(with_places, 1),
                target.year
            ),
            Unreachable::Because {
                reason:
                    MissReason::Ceiling {
                        ceiling,
                        residential_need_pct,
                        other_need_pct,
                    },
            } => format!(
                "even with family places to spare the share in {} is at most {} %: \
                 {} % of the inflow needs residential care and {} % other care, \
                 with the current stays; the target asks for {}",
                target.year,
                decimals(ceiling, 1),
                decimals(residential_need_pct, 1),
                decimals(other_need_pct, 1),
                target.value
            ),
            Unreachable::Because {
                reason: MissReason::Time { reached_in, .. },
            } => format!(
                "even with family places to spare the target is met only from {reached_in} on, after {}",
                target.year
            ),
            _ => {
                format!(
                    "even at the lever's maximum ({high}) the target is not met (actual {})",
                    decimals(actual_high, 3)
                )
            }
        };
        return Ok(GoalSeekResult {
            target,
            lever,
            value: None,
            actual: actual_high,
            actual_one_below: None,
            reason: Some(reason),
            unreachable: Some(limit),
        });
    }
    let (met_low, actual_low) = check(s, &target, lever, low);
    if met_low {
        return Ok(GoalSeekResult {
            target,
            lever,
            value: Some(low),
            actual: actual_low,
            actual_one_below: None,
            reason: None,
            unreachable: None,
        });
    }
    let (hi, below) = bisect(s, lever, |v| check(s, &target, lever, v).0);
    let (met, actual) = check(s, &target, lever, hi);
    let (met_below, actual_below) = check(s, &target, lever, below);
    if !met || met_below {
        return Err(GoalSeekError::NotMonotone {
            at: hi,
            met,
            below,
            met_below,
        });
    }
    Ok(GoalSeekResult {
        target,
        lever,
        value: Some(hi),
        actual,
        actual_one_below: Some(actual_below),
        reason: None,
        unreachable: None,
    })
}

/// The answer of a chance goal seek (issue 12): the smallest setting of a lever at which the
/// Monte Carlo meets a target in at least `level` of its runs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChanceSeekResult {
    pub target: Target,
    pub lever: GoalLever,
    /// The chance asked for, in `(0, 1]`.
    pub level: f64,
    pub runs: u32,
    pub seed: u64,
    /// The smallest setting whose chance reaches `level`, if any within the lever's range.
    pub value: Option<f64>,
    /// The chance at the answer, or at the lever's maximum when none reaches the level.
    pub probability: f64,
    /// The chance one step below the answer, if the answer is not the lever's minimum.
    pub probability_one_below: Option<f64>,
    /// How many Monte Carlos of `runs` runs the search took.
    pub monte_carlos: u32,
}

/// The chance that target number `index` is met with `lever` at `value`, over `runs` runs from
/// `seed`. Levers do not enter the seed, so every setting is judged on the same draws.
fn chance_at(
    s: &Scenario,
    index: usize,
    lever: GoalLever,
    value: f64,
    runs: u32,
    seed: u64,
) -> f64 {
    chance_in(&lever.apply(s, value), index, runs, seed)
}

/// Finds the smallest setting of `lever` at which target number `index` is met in at least
/// `level` of the Monte Carlo's runs, with the same runs and seed as the chances the app shows
/// ([`crate::analysis::montecarlo::default_seed`] of the scenario). Every setting is judged on
/// the same draws, so more of a lever that helps every draw never lowers the chance; the answer
/// is verified at one step below, and a non-monotone case is reported.
pub fn chance_seek(
    s: &Scenario,
    index: usize,
    lever: GoalLever,
    level: f64,
    runs: u32,
    seed: u64,
) -> Result<ChanceSeekResult, GoalSeekError> {
    let mut search = ChanceSearch::new(s, index, lever, level, runs, seed, None)?;
    while search.step() {}
    search.finish()
}

/// A chance goal seek one Monte Carlo at a time ([`chance_seek`] runs it to the end), so that
/// the browser can say how far it is and stay responsive between the Monte Carlos. It probes
/// the lever's maximum (no answer if even that misses the level), its minimum (the answer if
/// that already reaches it), then bisects in whole steps and verifies the answer and one step
/// below.
pub struct ChanceSearch {
    scenario: Scenario,
    index: usize,
    target: Target,
    lever: GoalLever,
    level: f64,
    runs: u32,
    seed: u64,
    /// Steps of the search per unit of the lever.
    scale: f64,
    /// The lever's range in steps.
    range: (i64, i64),
    state: SearchState,
    monte_carlos: u32,
}

#[derive(Clone, Debug, PartialEq)]
enum SearchState {
    High,
    Low { at_high: f64 },
    Bisect { lo: i64, hi: i64 },
    At { at: i64 },
    Below { at: i64, p_at: f64 },
    Done(Result<ChanceSeekResult, GoalSeekError>),
}

impl ChanceSearch {
    /// A search on `step` (in the lever's unit; the app passes its slider's step), or on the
    /// lever's own step when `None`.
    pub fn new(
        s: &Scenario,
        index: usize,
        lever: GoalLever,
        level: f64,
        runs: u32,
        seed: u64,
        step: Option<f64>,
    ) -> Result<ChanceSearch, GoalSeekError> {
        let target = checked_target(s, index, lever)?;
        let scale = step
            .filter(|x| x.is_finite() && *x > 0.0)
            .map_or(lever.steps_per_unit(), |x| 1.0 / x);
        let (low, high) = lever.range(s);
        // Whole steps within the range.
        let range = (
            (low * scale - 1e-9).ceil() as i64,
            (high * scale + 1e-9).floor() as i64,
        );
        Ok(ChanceSearch {
            scenario: s.clone(),
            index,
            target,
            lever,
            level,
            runs,
            seed,
            scale,
            range,
            state: SearchState::High,
            monte_carlos: 0,
        })
    }

    fn value(&self, steps: i64) -> f64 {
        steps as f64 / self.scale
    }

    /// A chance of `level` or more: at least that share of the runs (exact in whole runs).
    fn enough(&self, p: f64) -> bool {
        reaches(p, self.level, self.runs)
    }

    /// The lever setting whose chance the search needs next; `None` once it is done.
    pub fn next_value(&self) -> Option<f64> {
        match self.state {
            SearchState::High => Some(self.value(self.range.1)),
            SearchState::Low { .. } => Some(self.value(self.range.0)),
            SearchState::Bisect { lo, hi } => Some(self.value(lo + (hi - lo) / 2)),
            SearchState::At { at } => Some(self.value(at)),
            SearchState::Below { at, .. } => Some(self.value(at - 1)),
            SearchState::Done(_) => None,
        }
    }

    /// Takes the chance at [`Self::next_value`] and moves on.
    pub fn feed(&mut self, p: f64) {
        self.monte_carlos += 1;
        let (lo_range, hi_range) = self.range;
        let result = |s: &ChanceSearch, value: Option<f64>, probability, below| {
            SearchState::Done(Ok(ChanceSeekResult {
                target: s.target,
                lever: s.lever,
                level: s.level,
                runs: s.runs,
                seed: s.seed,
                value,
                probability,
                probability_one_below: below,
                monte_carlos: s.monte_carlos,
            }))
        };
        let next = match self.state {
            SearchState::High if !self.enough(p) => result(self, None, p, None),
            SearchState::High => SearchState::Low { at_high: p },
            SearchState::Low { .. } if self.enough(p) => {
                result(self, Some(self.value(lo_range)), p, None)
            }
            SearchState::Low { .. } => SearchState::Bisect {
                lo: lo_range,
                hi: hi_range,
            },
            SearchState::Bisect { lo, hi } => {
                let mid = lo + (hi - lo) / 2;
                let (lo, hi) = if self.enough(p) { (lo, mid) } else { (mid, hi) };
                if hi - lo > 1 {
                    SearchState::Bisect { lo, hi }
                } else {
                    SearchState::At { at: hi }
                }
            }
            SearchState::At { at } => SearchState::Below { at, p_at: p },
            SearchState::Below { at, p_at } => {
                if !self.enough(p_at) || self.enough(p) {
                    SearchState::Done(Err(GoalSeekError::NotMonotone {
                        at: self.value(at),
                        met: self.enough(p_at),
                        below: self.value(at - 1),
                        met_below: self.enough(p),
                    }))
                } else {
                    result(self, Some(self.value(at)), p_at, Some(p))
                }
            }
            SearchState::Done(_) => return,
        };
        // A range of a single step has nothing to bisect.
        self.state = match next {
            SearchState::Bisect { lo, hi } if hi - lo <= 1 => SearchState::At { at: hi },
            other => other,
        };
    }

    /// Runs the next Monte Carlo; `false` once the search is done.
    pub fn step(&mut self) -> bool {
        let Some(value) = self.next_value() else {
            return false;
        };
        let p = chance_at(
            &self.scenario,
            self.index,
            self.lever,
            value,
            self.runs,
            self.seed,
        );
        self.feed(p);
        true
    }

    /// Monte Carlos done so far, and about how many the whole search takes.
    pub fn progress(&self) -> (u32, u32) {
        let bisections = |lo: i64, hi: i64| {
            let mut n = 0;
            let mut width = hi - lo;
            while width > 1 {
                width = width - width / 2;
                n += 1;
            }
            n
        };
        let left = match self.state {
            SearchState::High | SearchState::Low { .. } => {
                let ends = if self.state == SearchState::High {
                    2
                } else {
                    1
                };
                ends + bisections(self.range.0, self.range.1) + 2
            }
            SearchState::Bisect { lo, hi } => bisections(lo, hi) + 2,
            SearchState::At { .. } => 2,
            SearchState::Below { .. } => 1,
            SearchState::Done(_) => 0,
        };
        (self.monte_carlos, self.monte_carlos + left)
    }

    /// The answer, once [`Self::step`] has returned `false`.
    pub fn finish(self) -> Result<ChanceSeekResult, GoalSeekError> {
        match self.state {
            SearchState::Done(result) => result,
            _ => Err(GoalSeekError::Unfinished),
        }
    }
}

/// `x` with `places` decimals, for the English reason the CLI prints: integer arithmetic, as
/// `i18n::format::format_fixed`, so that the app (which computes the reason too) does not link
/// core's exact float formatter for it.
fn decimals(x: f64, places: u32) -> String {
    if !x.is_finite() {
        return format!("{x}");
    }
    let factor = 10i64.pow(places);
    let scaled = (x * factor as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.abs() / factor, scaled.abs() % factor);
    format!("{sign}{whole}.{part:0width$}", width = places as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recruitment_needed_for_gooi_2021_family_target() {
        let s = crate::presets::v1("gooi-en-vechtstreek");
        // Target 1: 2021 family share ≥ 65 %.
        let r = goal_seek(&s, 1, GoalLever::Recruitment).unwrap();
        let value = r.value.unwrap();
        assert_eq!(value.fract(), 0.0);
        assert!(
            value > 35.0,
            "the plan's 35 a year misses it, so more is needed: {value}"
        );
        assert!(r.actual >= 65.0);
        assert!(r.actual_one_below.unwrap() < 65.0);
        // Verified independently: one below misses, the answer meets.
        let at = project(&GoalLever::Recruitment.apply(&s, value));
        let below = project(&GoalLever::Recruitment.apply(&s, value - 1.0));
        assert!(at.targets[1].met && !below.targets[1].met);
    }

    #[test]
    fn unreachable_targets_say_why() {
        let s = crate::presets::v1("gooi-en-vechtstreek");
        // 2022 family share ≥ 70 %: no recruitment gets there; the reason is the ceiling the
        // need shares and stays set with places to spare (≈ 67 %), the headline's own reason.
        let r = goal_seek(&s, 2, GoalLever::Recruitment).unwrap();
        assert_eq!(r.value, None);
        let p = project(&GoalLever::Recruitment.apply(&s, 100_000.0));
        let expected = why_missed(
            &GoalLever::Recruitment.apply(&s, 100_000.0),
            &p,
            &s.targets[2],
        );
        match r.unreachable {
            Some(Unreachable::Because {
                reason: reason @ MissReason::Ceiling { ceiling, .. },
            }) => {
                assert_eq!(Some(reason), expected);
                assert!((66.0..68.5).contains(&ceiling), "{ceiling}");
            }
            other => panic!("{other:?}"),
        }
        assert!(r.reason.unwrap().contains("at most 6"));
        // A count target at the lever's maximum: the limit in children, not a share (v3: every
        // missed target has a reason).
        let mut t = s.clone();
        t.targets[2].metric = crate::scenario::Metric::ResidentialCount;
        t.targets[2].op = crate::scenario::Op::AtMost;
        t.targets[2].value = 0.0;
        let r = goal_seek(&t, 2, GoalLever::NewHomes).unwrap();
        assert_eq!(r.value, None);
        assert!(
            matches!(
                r.unreachable,
                Some(Unreachable::Because {
                    reason: MissReason::Ceiling { .. }
                })
            ),
            "{:?}",
            r.unreachable
        );
        let why = r.reason.unwrap();
        assert!(why.contains("residential_count in 2022 is"), "{why}");
        assert!(!why.contains('%'), "{why}");
    }

    #[test]
    fn inflow_reduction_to_a_hundredth() {
        let s = crate::presets::v1("gelderland-jeugdzorgplus");
        let mut t = s.clone();
        t.targets[0].value = -8.0; // inflow change ≤ −8 % in 2023 (two years of reduction)
        let r = goal_seek(&t, 0, GoalLever::InflowReduction).unwrap();
        let v = r.value.unwrap();
        // (1 − v/100)² ≤ 0.92 → v ≥ 4.08…; the smallest hundredth is 4.09.
        assert!((v - 4.09).abs() < 1e-9, "{v}");
        assert!(goal_seek(&t, 5, GoalLever::InflowReduction).is_err());
    }

    /// The answer of a v2 lever: met at the answer, missed one step below, a whole number of
    /// steps (written as people type it).
    fn assert_answer(s: &Scenario, index: usize, lever: GoalLever, step: f64) -> f64 {
        let r = goal_seek(s, index, lever).unwrap();
        let value = r
            .value
            .unwrap_or_else(|| panic!("{lever:?}: {:?}", r.reason));
        let target = s.targets[index];
        assert!(check(s, &target, lever, value).0, "{lever:?} at {value}");
        assert!(
            !check(s, &target, lever, value - step).0,
            "{lever:?} below {value}"
        );
        let steps = value / step;
        assert!((steps - steps.round()).abs() < 1e-9, "{value}");
        assert!(format!("{value}").len() <= 6, "{value}");
        value
    }

    #[test]
    fn substitution_for_the_plans_counting_basis() {
        // Gooi en Vechtstreek, target 1: 65 % of the children during 2021 in a family form;
        // recruitment alone cannot, substitution (with the plan's recruitment) can.
        let s = crate::presets::default_preset().scenario();
        assert_eq!(
            s.targets[1].metric,
            crate::scenario::Metric::FamilyShareUsersPct
        );
        assert!(goal_seek(&s, 1, GoalLever::Recruitment)
            .unwrap()
            .value
            .is_none());
        let v = assert_answer(&s, 1, GoalLever::Substitution, 0.1);
        assert!(v > 0.0 && v < 100.0, "{v}");
    }

    #[test]
    fn under12_substitution_for_nee_tenzij() {
        // Target 6: no child under 12 in residential care in 2022 (fewer than half a child).
        let mut s = crate::presets::default_preset().scenario();
        assert_eq!(
            s.targets[6].metric,
            crate::scenario::Metric::ResidentialCountUnder12
        );
        s.foster.recruit_per_year = vec![60; 4];
        let v = assert_answer(&s, 6, GoalLever::Under12Substitution, 0.1);
        assert!(v > 50.0, "{v}");
        // Not a lever of a scenario without the band.
        let flevoland = crate::presets::by_id("flevoland").unwrap().scenario();
        assert_eq!(
            goal_seek(&flevoland, 0, GoalLever::Under12Substitution),
            Err(GoalSeekError::LeverNotInScenario)
        );
    }

    #[test]
    fn a_shorter_stay_for_the_places_built_down() {
        // IJsselland JeugdzorgPlus, target 1: no shortfall of places in 2023. Compared month
        // by month with the capacity in force (v3), the plan's 16 places are enough; built
        // down to 15 they are not, and a shorter stay is what can make them do.
        let mut s = crate::presets::by_id("gelderland-jeugdzorgplus")
            .unwrap()
            .scenario();
        assert!(project(&s).targets[1].met);
        s.residential_capacity = Some(vec![Some(17.0), Some(15.0)]);
        assert_eq!(
            s.targets[1].metric,
            crate::scenario::Metric::ResidentialShortfall
        );
        let v = assert_answer(&s, 1, GoalLever::ShorterResidentialStay, 1.0);
        assert!((1.0..=10.0).contains(&v), "{v}");
        // The range never gives a stay below a month.
        let (_, high) = GoalLever::ShorterResidentialStay.range(&s);
        assert!(s.stay_months.residential * (1.0 - high / 100.0) >= 1.0);
    }

    #[test]
    fn retention_to_keep_foster_families() {
        // A target on the number of active foster families at the end of 2022.
        let mut s = crate::presets::default_preset().scenario();
        let now = project(&s).years[3].foster_families;
        s.targets = vec![Target {
            year: 2022,
            metric: crate::scenario::Metric::FosterFamilies,
            op: crate::scenario::Op::AtLeast,
            value: (now + 10.0).round(),
        }];
        let v = assert_answer(&s, 0, GoalLever::Retention, 0.1);
        assert!(v > 0.0 && v <= s.foster.attrition_pct, "{v}");
        // Keeping families costs what retention costs per family kept (Gooi pays it from the
        // regular budget).
        let kept = project(&GoalLever::Retention.apply(&s, v));
        assert!(kept.years[0].retained_families > 0.0);
        let spent = |p: &crate::engine::Projection| -> crate::money::Euro {
            p.years
                .iter()
                .map(|y| y.programme_cost + y.regular_cost)
                .sum()
        };
        assert!(spent(&kept) > spent(&project(&s)));
    }

    /// The Gooi plan as version 2 read it (free family places on 1 January, so substitution
    /// acts at once): the searches below need a lever that moves the chance.
    fn gooi_v2() -> Scenario {
        crate::presets::PlanRef::find("gooi-en-vechtstreek", "2")
            .unwrap()
            .scenario()
    }

    #[test]
    fn a_stepwise_search_on_the_sliders_step_says_how_far_it_is() {
        let s = gooi_v2();
        let seed = crate::analysis::montecarlo::default_seed(&s);
        // The app searches on its slider's step (1 % substitution) and shows progress.
        let mut search =
            ChanceSearch::new(&s, 1, GoalLever::Substitution, 0.8, 200, seed, Some(1.0)).unwrap();
        let (_, first_estimate) = search.progress();
        let mut seen = Vec::new();
        while search.step() {
            let (done, total) = search.progress();
            assert!(done <= total && total <= first_estimate, "{done} {total}");
            seen.push(done);
        }
        assert_eq!(search.progress().0, search.progress().1);
        assert_eq!(seen, (1..=seen.len() as u32).collect::<Vec<_>>());
        let r = search.finish().unwrap();
        let value = r.value.unwrap();
        assert_eq!(value.fract(), 0.0, "on the slider's step: {value}");
        let chance = |v: f64| {
            monte_carlo(&GoalLever::Substitution.apply(&s, v), 200, seed).targets[1].probability
        };
        assert!(chance(value) >= 0.8 && chance(value - 1.0) < 0.8);
        assert_eq!(r.monte_carlos, seen.len() as u32);
        // Run to the end in one go, the search on the lever's own step is `chance_seek`.
        let mut fine =
            ChanceSearch::new(&s, 1, GoalLever::Substitution, 0.8, 200, seed, None).unwrap();
        while fine.step() {}
        assert_eq!(
            fine.finish(),
            chance_seek(&s, 1, GoalLever::Substitution, 0.8, 200, seed)
        );
        // Asked early, a search has no answer yet.
        let early =
            ChanceSearch::new(&s, 1, GoalLever::Substitution, 0.8, 200, seed, None).unwrap();
        assert_eq!(early.finish(), Err(GoalSeekError::Unfinished));
    }

    #[test]
    fn chance_seek_finds_the_smallest_setting_with_the_chance_asked() {
        let s = gooi_v2();
        let seed = crate::analysis::montecarlo::default_seed(&s);
        // Target 1: 2021 family share ≥ 65 % of the children during the year.
        let r = chance_seek(&s, 1, GoalLever::Substitution, 0.8, 200, seed).unwrap();
        let value = r.value.expect("substitution can make 2021 likely");
        assert!(
            r.probability >= 0.8 && r.probability_one_below.unwrap() < 0.8,
            "{r:?}"
        );
        // Verified independently, on the app's draws: the answer reaches 80 %, 0.1 below does not.
        let chance = |v: f64| {
            monte_carlo(&GoalLever::Substitution.apply(&s, v), 200, seed).targets[1].probability
        };
        assert_eq!(chance(value), r.probability);
        assert!(chance(value) >= 0.8 && chance(value - 0.1) < 0.8);
        // A surer answer needs at least as much of the lever, or none reaches it.
        let surer = chance_seek(&s, 1, GoalLever::Substitution, 0.9, 200, seed).unwrap();
        assert!(surer.value.is_none_or(|v| v >= value), "{value} {surer:?}");
        assert!(surer.value.is_some() || surer.probability < 0.9);
    }

    #[test]
    fn chance_seek_without_ranges_is_goal_seek() {
        let mut s = gooi_v2();
        s.uncertainty.clear();
        let seed = crate::analysis::montecarlo::default_seed(&s);
        let r = chance_seek(&s, 1, GoalLever::Substitution, 0.8, 50, seed).unwrap();
        let plain = goal_seek(&s, 1, GoalLever::Substitution).unwrap().value;
        assert!(plain.is_some());
        assert_eq!(r.value, plain);
        assert_eq!(r.probability, 1.0);
    }

    #[test]
    fn chance_seek_says_when_no_setting_reaches_the_level() {
        let s = gooi_v2();
        let seed = crate::analysis::montecarlo::default_seed(&s);
        // 2022 ≥ 70 %: out of reach with any recruitment (the ceiling), in every run.
        let r = chance_seek(&s, 2, GoalLever::Recruitment, 0.8, 100, seed).unwrap();
        assert_eq!(r.value, None);
        assert!(r.probability < 0.8);
        assert_eq!(r.monte_carlos, 1);
        assert_eq!(
            chance_seek(&s, 99, GoalLever::Recruitment, 0.8, 100, seed),
            Err(GoalSeekError::NoSuchTarget {
                index: 99,
                count: s.targets.len()
            })
        );
    }
}
