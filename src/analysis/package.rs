//! "Combinatie van hendels": the cheapest package of levers that meets a target (issue 25).
//!
//! The user ticks levers (default: every policy lever the scenario has). Each ticked lever is
//! set to one value for every projected year, on its own step ([`GoalLever::apply`]), from its
//! rest (what happens without a policy: no prevention, the status-quo recruitment, …) up to its
//! plausibility bound ([`crate::analysis::plausible`]), or up to its range when the search is
//! asked to go without bounds.
//!
//! **Minimal.** A package is minimal when no lever can go one step toward its rest with the
//! target still met. Among minimal packages the search looks for the one with the lowest
//! total cost: care cost + programme cost + regular cost over the horizon, plus the committed
//! care cost after it (MODEL.md v3 §5). A lever that saves more than it costs would be cheaper
//! still beyond its minimum; the package asks for what is needed, not for what pays, so it stays
//! at the minimum (its cost is shown, and a user can move it further by hand).
//!
//! **Search.** Deterministic: start with every lever at its bound (if that misses, no package
//! within the bounds meets the target: the best reached and the binding bound are the answer).
//! Then lower the levers one at a time, each to the least that still meets the target with the
//! others where they are, choosing at each turn the lever whose lowering leaves the lowest total
//! cost (a minimal package: a lever lowered earlier cannot go lower once others are lowered).
//! Then improve: raise one lever a little (one step, a tenth, a quarter, half or all of the
//! way to its bound), lower every other lever again in the same way, and keep the result if it
//! is cheaper; until no such move helps. The answer is verified lever by lever.

use crate::analysis::goalseek::{
    chance_in, checked_target, reaches, target_in, GoalLever, GoalSeekError,
};
use crate::analysis::plausible::bound;
use crate::engine::project;
use crate::money::Euro;
use crate::scenario::{Op, Scenario, Target};
use serde::Serialize;

/// The most rounds of improvement (each tries every lever's raises); the search stops earlier
/// when a round finds nothing cheaper.
const ROUNDS: usize = 8;
/// How far a lever is raised in an improving move, as fractions of the way to its bound (plus
/// one step).
const RAISES: [f64; 4] = [0.1, 0.25, 0.5, 1.0];

/// A lever's rest: its setting without a policy (goal seek's unit).
pub fn rest(lever: GoalLever, s: &Scenario) -> f64 {
    match lever {
        GoalLever::Recruitment => f64::from(s.foster.status_quo_recruit_per_year),
        _ => 0.0,
    }
}

/// One lever of the search, in whole steps.
#[derive(Clone, Copy, Debug)]
struct Axis {
    lever: GoalLever,
    scale: f64,
    /// The rest, in steps.
    low: i64,
    /// The bound (or the range's top without bounds), in steps.
    high: i64,
    /// Whether `high` is a plausibility bound below the lever's range.
    bounded: bool,
}

impl Axis {
    fn value(&self, step: i64) -> f64 {
        step as f64 / self.scale
    }
}

/// The money of a package over the horizon and after it (MODEL.md v3).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct PackageCost {
    pub care: Euro,
    pub programme: Euro,
    pub regular: Euro,
    /// What the children in care at the end still cost after the horizon.
    pub committed: Euro,
    /// care + programme + regular + committed: what the search minimises.
    pub total: Euro,
    /// The transformation budget over the horizon (zero when the scenario names none).
    pub budget: Euro,
    /// The programme cost against the budget: budget − programme (negative: a shortfall).
    pub budget_left: Euro,
    /// The net result with the committed costs (MODEL.md v3 `net_with_committed`).
    pub net_with_committed: Euro,
}

/// One lever of the answer, with its check.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PackageLever {
    pub lever: GoalLever,
    /// The setting, in the lever's unit, for every projected year.
    pub value: f64,
    /// The lever's rest (no policy).
    pub rest: f64,
    /// The bound the search kept to (`None` without bounds or where the lever has none).
    pub bound: Option<f64>,
    pub at_bound: bool,
    /// Whether the setting lies beyond what has been seen (possible without bounds): the app
    /// marks it "ongebruikelijk".
    pub beyond_seen: bool,
    /// For the inflow: the cumulative change over the horizon, in % (−14.7 % a year over four
    /// years is −47 %).
    pub cumulative_pct: Option<f64>,
    /// One step toward the rest, and the target's value there (`None` at the rest).
    pub one_step_back: Option<f64>,
    pub actual_one_step_back: Option<f64>,
    /// Whether the target is still met one step back: never, for a verified answer.
    pub met_one_step_back: Option<bool>,
}

/// The answer of a package search.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Package {
    pub target: Target,
    pub index: usize,
    /// Whether the search kept to the plausibility bounds.
    pub bounded: bool,
    /// Whether a package meets the target; when not, `levers` is the best reached (every lever
    /// at its bound).
    pub met: bool,
    pub levers: Vec<PackageLever>,
    /// The target's value with the package.
    pub actual: f64,
    /// How far the package is past the target (≥ 0 when met), in the target's unit.
    pub margin: f64,
    pub cost: PackageCost,
    /// The family places at the end of the target year with the package, and in the scenario
    /// as it is: what the package asks of foster care and family homes.
    pub places: Places,
    pub places_now: Places,
    /// When no package within the bounds meets the target: the bound that binds most, that is
    /// the lever which, with only its bound lifted, comes nearest (or meets it).
    pub binding: Option<Binding>,
    /// Whether every lever was checked one step back with the target then missed.
    pub verified: bool,
    /// Projections the search took.
    pub projections: u32,
}

/// Family places at the end of a year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Places {
    pub foster_families: f64,
    pub foster_places: f64,
    pub family_homes: f64,
    pub family_home_places: f64,
}

fn places(p: &crate::engine::Projection, year: i32) -> Places {
    p.year(year).map_or(Places::default(), |y| Places {
        foster_families: y.foster_families,
        foster_places: y.capacity.foster,
        family_homes: y.family_homes,
        family_home_places: y.capacity.family_home,
    })
}

/// The bound that binds when no package within the bounds meets the target.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Binding {
    pub lever: GoalLever,
    pub bound: f64,
    /// The target's value with only this lever's bound lifted (to its range).
    pub actual_without_bound: f64,
    pub met_without_bound: bool,
}

/// The levers a package search offers in `s` by default: every policy lever the scenario has.
pub fn default_levers(s: &Scenario) -> Vec<GoalLever> {
    GoalLever::ALL
        .into_iter()
        .filter(|l| l.applies_to(s))
        .collect()
}

/// The search's state: the scenario, the target and the levers' axes.
struct Search<'a> {
    scenario: &'a Scenario,
    target: Target,
    axes: Vec<Axis>,
    projections: u32,
}

/// Lowers lever `i` of `steps` (which `meets`) to the least step from `low` up that still
/// `meets` with the others where they are: the rest first (a target that more of a lever
/// stops meeting can be met at the rest and at the top but not between), then bisection. An
/// error of `meets` stops it.
fn lower_while<E>(
    low: i64,
    steps: &mut [i64],
    i: usize,
    mut meets: impl FnMut(&[i64]) -> Result<bool, E>,
) -> Result<(), E> {
    let (mut lo, mut hi) = (low, steps[i]);
    if hi <= lo {
        return Ok(());
    }
    steps[i] = lo;
    if meets(steps)? {
        return Ok(());
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        steps[i] = mid;
        if meets(steps)? {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    steps[i] = hi;
    Ok(())
}

impl Search<'_> {
    fn apply(&self, steps: &[i64]) -> Scenario {
        let mut s = self.scenario.clone();
        for (axis, step) in self.axes.iter().zip(steps) {
            s = axis.lever.apply(&s, axis.value(*step));
        }
        s
    }

    /// Whether the target is met at `steps`, with its value.
    fn check(&mut self, steps: &[i64]) -> (bool, f64) {
        self.projections += 1;
        target_in(&project(&self.apply(steps)), &self.target)
    }

    /// The total cost at `steps`, in cents, with its parts.
    fn cost(&mut self, steps: &[i64]) -> PackageCost {
        self.projections += 1;
        cost_of(&project(&self.apply(steps)))
    }

    /// Lowers lever `i` to the least step that still meets the target with the others at
    /// `steps` (which meets it), by bisection between its rest and its current step.
    fn lower(&mut self, steps: &mut [i64], i: usize) {
        let low = self.axes[i].low;
        let Ok(()) = lower_while(low, steps, i, |at| {
            Ok::<_, std::convert::Infallible>(self.check(at).0)
        });
    }

    /// Lowers every lever of `order` in turn, greedily: at each turn the lever whose lowering
    /// leaves the lowest total cost (ties: the first in `order`). Returns the minimal package
    /// and its cost.
    fn lower_all(&mut self, mut steps: Vec<i64>, order: &[usize]) -> (Vec<i64>, PackageCost) {
        let mut remaining: Vec<usize> = order.to_vec();
        let mut cost = self.cost(&steps);
        while !remaining.is_empty() {
            let mut best: Option<(usize, Vec<i64>, PackageCost)> = None;
            for (pos, &i) in remaining.iter().enumerate() {
                let mut candidate = steps.clone();
                self.lower(&mut candidate, i);
                let c = if candidate == steps {
                    cost
                } else {
                    self.cost(&candidate)
                };
                if best.as_ref().is_none_or(|(_, _, b)| c.total < b.total) {
                    best = Some((pos, candidate, c));
                }
            }
            let Some((pos, next, c)) = best else { break };
            remaining.remove(pos);
            steps = next;
            cost = c;
        }
        (steps, cost)
    }
}

/// The package's money from its projection.
fn cost_of(p: &crate::engine::Projection) -> PackageCost {
    let regular = p.total_regular_cost();
    PackageCost {
        care: p.total_care_cost,
        programme: p.total_programme_cost,
        regular,
        committed: p.committed_care_cost,
        total: p.total_care_cost + p.total_programme_cost + regular + p.committed_care_cost,
        budget: p.total_budget,
        budget_left: p.total_budget - p.total_programme_cost,
        net_with_committed: p.net_with_committed,
    }
}

/// How far `actual` is past the target (≥ 0 when met).
fn margin(target: &Target, actual: f64) -> f64 {
    match target.op {
        Op::AtLeast => actual - target.value,
        Op::AtMost => target.value - actual,
    }
}

/// The axes of `levers` in `s`: from the rest to the bound (or the range without bounds).
fn axes(s: &Scenario, levers: &[GoalLever], bounded: bool) -> Vec<Axis> {
    levers
        .iter()
        .map(|&lever| {
            let scale = lever.steps_per_unit();
            let (_, top) = lever.range(s);
            let limit = if bounded {
                bound(lever, s).max.unwrap_or(top)
            } else {
                top
            };
            let low = (rest(lever, s) * scale).round() as i64;
            let high = ((limit * scale + 1e-9).floor() as i64).max(low);
            Axis {
                lever,
                scale,
                low,
                high,
                bounded: bounded && limit < top,
            }
        })
        .collect()
}

/// Finds the cheapest minimal package of `levers` that meets target number `index` of `s`,
/// within the plausibility bounds when `bounded`.
pub fn package_seek(
    s: &Scenario,
    index: usize,
    levers: &[GoalLever],
    bounded: bool,
) -> Result<Package, GoalSeekError> {
    // Each lever once, in the order given.
    let mut unique: Vec<GoalLever> = Vec::with_capacity(levers.len());
    for lever in levers {
        if !unique.contains(lever) {
            unique.push(*lever);
        }
    }
    let levers = unique;
    let first = *levers.first().ok_or(GoalSeekError::LeverNotInScenario)?;
    let target = checked_target(s, index, first)?;
    for lever in &levers {
        checked_target(s, index, *lever)?;
    }
    Ok(seek(s, index, target, axes(s, &levers, bounded), bounded))
}

/// The search on given axes (the tests give small ones).
fn seek(s: &Scenario, index: usize, target: Target, axes: Vec<Axis>, bounded: bool) -> Package {
    let mut search = Search {
        scenario: s,
        target,
        axes,
        projections: 0,
    };
    let n = search.axes.len();
    let top: Vec<i64> = search.axes.iter().map(|a| a.high).collect();
    let (met_top, _) = search.check(&top);
    if !met_top {
        let binding = bounded.then(|| binding(&mut search, &top)).flatten();
        return answer(&mut search, index, bounded, top, false, binding);
    }
    let order: Vec<usize> = (0..n).collect();
    let (mut best, mut best_cost) = search.lower_all(top.clone(), &order);
    // Improve: raise one lever, lower the others again; keep what is cheaper.
    for _ in 0..ROUNDS {
        let mut improved = false;
        for i in 0..n {
            let axis = search.axes[i];
            let mut raises: Vec<i64> = RAISES
                .iter()
                .map(|f| best[i] + ((axis.high - best[i]) as f64 * f).ceil() as i64)
                .collect();
            raises.insert(0, best[i] + 1);
            raises.retain(|r| *r <= axis.high && *r > best[i]);
            raises.dedup();
            for raised in raises {
                let mut start = best.clone();
                start[i] = raised;
                let others: Vec<usize> = (0..n).filter(|j| *j != i).collect();
                let (mut candidate, _) = search.lower_all(start, &others);
                // The raised lever last, so that the package is minimal in every lever.
                search.lower(&mut candidate, i);
                if candidate == best {
                    continue;
                }
                let c = search.cost(&candidate);
                if c.total < best_cost.total {
                    best = candidate;
                    best_cost = c;
                    improved = true;
                }
            }
        }
        if !improved {
            break;
        }
    }
    answer(&mut search, index, bounded, best, true, None)
}

/// With every lever at its bound the target is missed: the lever whose bound, lifted alone,
/// comes nearest to the target (first in order on a tie).
fn binding(search: &mut Search, top: &[i64]) -> Option<Binding> {
    let s = search.scenario;
    let mut best: Option<Binding> = None;
    for i in 0..search.axes.len() {
        let axis = search.axes[i];
        if !axis.bounded {
            continue;
        }
        let (_, range_top) = axis.lever.range(s);
        let mut steps = top.to_vec();
        steps[i] = (range_top * axis.scale + 1e-9).floor() as i64;
        let (met, actual) = search.check(&steps);
        let candidate = Binding {
            lever: axis.lever,
            bound: axis.value(axis.high),
            actual_without_bound: actual,
            met_without_bound: met,
        };
        let better = best.as_ref().is_none_or(|b| {
            margin(&search.target, actual) > margin(&search.target, b.actual_without_bound)
        });
        if better {
            best = Some(candidate);
        }
    }
    best
}

/// The answer at `steps`, with its levers checked one step toward their rest when `check_back`
/// (the chance package checks its chances instead).
fn answer(
    search: &mut Search,
    index: usize,
    bounded: bool,
    steps: Vec<i64>,
    check_back: bool,
    binding: Option<Binding>,
) -> Package {
    let s = search.scenario;
    search.projections += 2;
    let projected = project(&search.apply(&steps));
    let (met, actual) = target_in(&projected, &search.target);
    let cost = cost_of(&projected);
    let year = search.target.year;
    let check_back = check_back && met;
    let mut levers = Vec::new();
    let mut verified = check_back;
    for i in 0..search.axes.len() {
        let axis = search.axes[i];
        let (one_step_back, actual_back, met_back) = if check_back && steps[i] > axis.low {
            let mut back = steps.clone();
            back[i] -= 1;
            let (m, a) = search.check(&back);
            verified &= !m;
            (Some(axis.value(back[i])), Some(a), Some(m))
        } else {
            (None, None, None)
        };
        levers.push(PackageLever {
            lever: axis.lever,
            value: axis.value(steps[i]),
            rest: rest(axis.lever, s),
            bound: axis.bounded.then(|| axis.value(axis.high)),
            at_bound: axis.bounded && steps[i] == axis.high,
            beyond_seen: crate::analysis::plausible::beyond(axis.lever, axis.value(steps[i]), s),
            cumulative_pct: (axis.lever == GoalLever::InflowReduction).then(|| {
                crate::analysis::plausible::compounded_pct(-axis.value(steps[i]), s.years)
            }),
            one_step_back,
            actual_one_step_back: actual_back,
            met_one_step_back: met_back,
        });
    }
    Package {
        target: search.target,
        index,
        bounded,
        met,
        levers,
        actual,
        margin: margin(&search.target, actual),
        cost,
        places: places(&projected, year),
        places_now: places(&project(s), year),
        binding,
        verified,
        projections: search.projections,
    }
}

/// The scenario with the package applied: each lever at its value in every year.
pub fn apply_package(s: &Scenario, package: &Package) -> Scenario {
    package
        .levers
        .iter()
        .fold(s.clone(), |acc, l| l.lever.apply(&acc, l.value))
}

/// The answer of a package search for a chance.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChancePackage {
    /// The package (its `met` says whether the chance is reached; its checks one step back are
    /// the chances in `chance_one_step_back`).
    pub package: Package,
    pub level: f64,
    pub runs: u32,
    pub seed: u64,
    /// The chance with the package.
    pub probability: f64,
    /// Per lever, the chance one step toward its rest (`None` at the rest).
    pub chance_one_step_back: Vec<Option<f64>>,
    pub monte_carlos: u32,
}

/// Finds a package of `levers` whose Monte Carlo meets target `index` in at least `level` of
/// `runs` runs from `seed` (every setting judged on the same draws): the deterministic package
/// ([`package_seek`]) raised toward the bounds until the chance is reached, then each lever in
/// the order given lowered again to the least that keeps the chance (not the cheapest order:
/// choosing it would take a Monte Carlo for every lever at every turn, about seven times as
/// many). `progress(done, estimate)` is called after each Monte Carlo.
#[allow(clippy::too_many_arguments)]
pub fn chance_package(
    s: &Scenario,
    index: usize,
    levers: &[GoalLever],
    bounded: bool,
    level: f64,
    runs: u32,
    seed: u64,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<ChancePackage, GoalSeekError> {
    let mut search = ChancePackageSearch::new(s, index, levers, bounded, level, runs, seed)?;
    while search.step() {
        let (done, estimate) = search.progress();
        progress(done, estimate);
    }
    Ok(search.finish())
}

/// [`chance_package`] a Monte Carlo at a time, for a page that paints its progress line between
/// them: each [`ChancePackageSearch::step`] runs the search again on the chances known so far
/// (the search is deterministic, so it takes the same path) and computes the one it needs next.
pub struct ChancePackageSearch {
    scenario: Scenario,
    bounded: bool,
    level: f64,
    runs: u32,
    seed: u64,
    /// The deterministic package the search starts from.
    base: Package,
    /// The chances computed so far, by the levers' steps.
    known: Vec<(Vec<i64>, f64)>,
    answer: Option<ChancePackage>,
}

/// A chance the search needs and does not know yet.
struct Unknown;

/// The chance at a setting of the search's levers, or [`Unknown`].
type ChanceAt<'a> = dyn FnMut(&Search, &[i64]) -> Result<f64, Unknown> + 'a;

impl ChancePackageSearch {
    /// The search for target `index` of `s` (see [`chance_package`]); finds the deterministic
    /// package first (no Monte Carlo yet).
    pub fn new(
        s: &Scenario,
        index: usize,
        levers: &[GoalLever],
        bounded: bool,
        level: f64,
        runs: u32,
        seed: u64,
    ) -> Result<ChancePackageSearch, GoalSeekError> {
        let base = package_seek(s, index, levers, bounded)?;
        Ok(ChancePackageSearch {
            scenario: s.clone(),
            bounded,
            level,
            runs,
            seed,
            base,
            known: Vec::new(),
            answer: None,
        })
    }

    /// Computes one more Monte Carlo (or the answer, once every chance it needs is known);
    /// `false` when the answer is ready.
    pub fn step(&mut self) -> bool {
        if self.answer.is_some() {
            return false;
        }
        let (index, runs, seed) = (self.base.index, self.runs, self.seed);
        let known = &mut self.known;
        let mut fresh = true;
        let mut chance = |search: &Search, steps: &[i64]| -> Result<f64, Unknown> {
            if let Some((_, p)) = known.iter().find(|(k, _)| k == steps) {
                return Ok(*p);
            }
            if !std::mem::take(&mut fresh) {
                return Err(Unknown);
            }
            let p = chance_in(&search.apply(steps), index, runs, seed);
            known.push((steps.to_vec(), p));
            Ok(p)
        };
        let run = chance_run(
            &self.scenario,
            &self.base,
            self.bounded,
            self.level,
            self.runs,
            &mut chance,
        );
        match run {
            Ok(mut answer) => {
                answer.seed = seed;
                answer.monte_carlos = self.known.len() as u32;
                self.answer = Some(answer);
                false
            }
            Err(Unknown) => true,
        }
    }

    /// Monte Carlos done, and the estimate of how many the search takes: the bounds and the
    /// package (2), raising along the line to the bounds in 32 parts (5), lowering each lever
    /// (up to 9 each: an inflow reduction has 500 steps), the answer (1) and each lever one step
    /// back (1 each). A search that needs more raises the estimate as it goes.
    pub fn progress(&self) -> (u32, u32) {
        let done = self.known.len() as u32;
        (done, (8 + 10 * self.base.levers.len() as u32).max(done))
    }

    /// The answer, computing what is still missing.
    pub fn finish(mut self) -> ChancePackage {
        loop {
            if let Some(answer) = self.answer.take() {
                return answer;
            }
            self.step();
        }
    }
}

/// The chance package's search, with `chance` giving the chance at a setting (or stopping the
/// search where it is not known yet).
fn chance_run(
    s: &Scenario,
    base: &Package,
    bounded: bool,
    level: f64,
    runs: u32,
    chance: &mut ChanceAt,
) -> Result<ChancePackage, Unknown> {
    let index = base.index;
    let mut search = Search {
        scenario: s,
        target: base.target,
        axes: axes(
            s,
            &base.levers.iter().map(|l| l.lever).collect::<Vec<_>>(),
            bounded,
        ),
        projections: 0,
    };
    let n = search.axes.len();
    let start: Vec<i64> = base
        .levers
        .iter()
        .zip(&search.axes)
        .map(|(l, a)| (l.value * a.scale).round() as i64)
        .collect();
    let top: Vec<i64> = search.axes.iter().map(|a| a.high).collect();
    let enough = |p: f64| reaches(p, level, runs);
    let at = |t: i64| -> Vec<i64> {
        start
            .iter()
            .zip(&top)
            .map(|(a, b)| a + ((b - a) as f64 * t as f64 / 32.0).ceil() as i64)
            .collect()
    };
    let answer_with = |package: Package, probability: f64, back: Vec<Option<f64>>| ChancePackage {
        package,
        level,
        runs,
        seed: 0,
        probability,
        chance_one_step_back: back,
        monte_carlos: 0,
    };
    let p_top = chance(&search, &top)?;
    if !enough(p_top) {
        let mut package = answer(&mut search, index, bounded, top.clone(), false, None);
        // The point estimate may meet it at the bounds; the chance does not.
        package.met = false;
        package.binding = base.binding;
        return Ok(answer_with(package, p_top, vec![None; n]));
    }
    let mut steps = if enough(chance(&search, &start)?) {
        start.clone()
    } else {
        let (mut lo, mut hi) = (0_i64, 32_i64);
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if enough(chance(&search, &at(mid))?) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        at(hi)
    };
    // Lower each lever in turn (the deterministic package's order of levers) to the least that
    // keeps the chance.
    for i in 0..n {
        let low = search.axes[i].low;
        lower_while(low, &mut steps, i, |at| Ok(enough(chance(&search, at)?)))?;
    }
    let probability = chance(&search, &steps)?;
    let mut chance_back = Vec::with_capacity(n);
    let mut verified = enough(probability);
    for i in 0..n {
        if steps[i] > search.axes[i].low {
            let mut back = steps.clone();
            back[i] -= 1;
            let p = chance(&search, &back)?;
            verified &= !enough(p);
            chance_back.push(Some(p));
        } else {
            chance_back.push(None);
        }
    }
    let mut package = answer(&mut search, index, bounded, steps, false, None);
    package.met = enough(probability);
    package.verified = verified;
    Ok(answer_with(package, probability, chance_back))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate_target;
    use crate::presets::by_id;

    fn gooi() -> Scenario {
        by_id("gooi-en-vechtstreek").unwrap().scenario()
    }

    fn target_index(s: &Scenario, year: i32, metric: &str) -> usize {
        s.targets
            .iter()
            .position(|t| t.year == year && t.metric.key() == metric)
            .unwrap()
    }

    #[test]
    fn gooi_70_percent_in_2022_within_the_bounds_or_honestly_not() {
        let s = gooi();
        let index = target_index(&s, 2022, "family_share_users_pct");
        let p = package_seek(&s, index, &default_levers(&s), true).unwrap();
        if p.met {
            assert!(p.verified, "{p:#?}");
            for l in &p.levers {
                assert!(l.bound.is_none_or(|b| l.value <= b + 1e-9), "{l:?}");
                assert_ne!(l.met_one_step_back, Some(true), "{l:?}");
            }
            // The applied scenario, projected as the CLI projects it, meets the target.
            let applied = apply_package(&s, &p);
            let y = project(&applied);
            let r = evaluate_target(&p.target, y.year(2022).unwrap());
            assert!(r.met);
            assert_eq!(r.actual, p.actual);
        } else {
            assert!(p.binding.is_some(), "{p:#?}");
        }
    }

    #[test]
    fn every_answer_is_locally_minimal() {
        for id in ["gooi-en-vechtstreek", "haaglanden", "flevoland"] {
            let s = by_id(id).unwrap().scenario();
            for index in 0..s.targets.len() {
                for bounded in [true, false] {
                    let p = package_seek(&s, index, &default_levers(&s), bounded).unwrap();
                    if !p.met {
                        continue;
                    }
                    assert!(p.verified, "{id} {index} {bounded}");
                    for l in &p.levers {
                        if l.value > l.rest {
                            assert_eq!(l.met_one_step_back, Some(false), "{id} {index} {l:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn deterministic() {
        let s = gooi();
        let a = package_seek(&s, 2, &default_levers(&s), true).unwrap();
        let b = package_seek(&s, 2, &default_levers(&s), true).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn haaglanden_under_12_aim_without_stopping_all_placements() {
        let s = by_id("haaglanden").unwrap().scenario();
        let index = target_index(&s, 2020, "residential_admissions_under12");
        let p = package_seek(&s, index, &default_levers(&s), true).unwrap();
        assert!(p.met, "{p:#?}");
        let inflow = p
            .levers
            .iter()
            .find(|l| l.lever == GoalLever::InflowReduction)
            .unwrap();
        assert!(inflow.value <= 5.0);
        let applied = apply_package(&s, &p);
        let y = project(&applied);
        assert!(y.year(2020).unwrap().inflow > 100.0);
    }

    #[test]
    fn flevoland_shortfall_names_the_family_places() {
        let s = by_id("flevoland").unwrap().scenario();
        let index = target_index(&s, 2021, "residential_shortfall");
        let p = package_seek(&s, index, &default_levers(&s), true).unwrap();
        assert!(p.met && p.verified, "{p:#?}");
        let y = project(&apply_package(&s, &p));
        let end = y.year(2021).unwrap();
        assert_eq!(p.places.foster_places, end.capacity.foster);
        assert_eq!(p.places.family_home_places, end.capacity.family_home);
        // With family places only: more of them than the plan has.
        let places_only = [GoalLever::Recruitment, GoalLever::NewHomes];
        let q = package_seek(&s, index, &places_only, true).unwrap();
        if q.met {
            assert!(
                q.places.foster_places + q.places.family_home_places
                    > q.places_now.foster_places + q.places_now.family_home_places
            );
        } else {
            assert!(q.binding.is_some(), "{q:#?}");
        }
    }

    #[test]
    fn unreachable_within_bounds_names_the_binding_bound() {
        let mut s = gooi();
        // Only prevention, bounded at 5 % a year: 70 % in 2022 needs far more.
        let index = target_index(&s, 2022, "family_share_users_pct");
        s.targets[index].value = 95.0;
        let p = package_seek(&s, index, &[GoalLever::InflowReduction], true).unwrap();
        assert!(!p.met);
        assert_eq!(p.levers[0].value, 5.0);
        assert!(p.levers[0].at_bound);
        let b = p.binding.unwrap();
        assert_eq!(b.lever, GoalLever::InflowReduction);
        assert_eq!(b.bound, 5.0);
    }

    /// A small case checked by exhaustive search: two levers on short ranges (recruitment from
    /// the rest to 60, homes to 8), a target between what the rest and the tops reach, every
    /// minimal package enumerated and the cheapest compared with the search's answer.
    #[test]
    fn cheapest_package_by_exhaustive_search() {
        let mut s = gooi();
        let index = target_index(&s, 2021, "family_share_users_pct");
        s.programme.cost_per_recruited_family = Euro(rust_decimal::Decimal::new(500_000, 2));
        s.programme.cost_per_new_home = Euro(rust_decimal::Decimal::new(5_000_000, 2));
        let low = rest(GoalLever::Recruitment, &s) as i64;
        let (r_top, h_top) = (60_i64, 8_i64);
        let base = s.clone();
        let at = |r: i64, h: i64| {
            GoalLever::NewHomes.apply(&GoalLever::Recruitment.apply(&base, r as f64), h as f64)
        };
        let actual = |x: &Scenario| metric_at(x, &s.targets[index]);
        let (from, to) = (actual(&at(low, 0)), actual(&at(r_top, h_top)));
        assert!(to > from + 1.0, "{from} {to}");
        s.targets[index].value = (from + to) / 2.0;
        let target = s.targets[index];
        let met =
            |r: i64, h: i64| evaluate_target(&target, project(&at(r, h)).year(2021).unwrap()).met;
        let mut axes = axes(&s, &[GoalLever::Recruitment, GoalLever::NewHomes], false);
        axes[0].high = r_top;
        axes[1].high = h_top;
        let p = seek(&s, index, target, axes, false);
        assert!(p.met && p.verified, "{p:#?}");
        let mut cheapest: Option<(Euro, i64, i64)> = None;
        for h in 0..=h_top {
            for r in low..=r_top {
                let minimal =
                    met(r, h) && (h == 0 || !met(r, h - 1)) && (r == low || !met(r - 1, h));
                if !minimal {
                    continue;
                }
                let c = cost_of(&project(&at(r, h))).total;
                if cheapest.is_none_or(|(b, _, _)| c < b) {
                    cheapest = Some((c, r, h));
                }
            }
        }
        let (c, r, h) = cheapest.unwrap();
        assert_eq!(
            (
                p.cost.total,
                p.levers[0].value as i64,
                p.levers[1].value as i64
            ),
            (c, r, h)
        );
    }

    /// The app's search a Monte Carlo at a time gives the one-call answer, computes each chance
    /// once (a step, one Monte Carlo) and reports its progress in order.
    #[test]
    fn stepwise_chance_package_is_the_one_call_answer() {
        let s = gooi();
        let index = target_index(&s, 2022, "family_share_users_pct");
        let levers = default_levers(&s);
        let mut seen = Vec::new();
        let whole = chance_package(&s, index, &levers, true, 0.8, 200, 7, &mut |d, e| {
            seen.push((d, e))
        })
        .unwrap();
        let mut search = ChancePackageSearch::new(&s, index, &levers, true, 0.8, 200, 7).unwrap();
        let mut steps = 0;
        while search.step() {
            steps += 1;
            assert_eq!(search.progress().0, steps);
        }
        assert_eq!(search.finish(), whole);
        assert!(whole.monte_carlos >= steps && whole.monte_carlos <= steps + 1);
        assert!(seen.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1));
        assert!(whole.package.met && whole.package.verified, "{whole:#?}");
        assert!(reaches(whole.probability, 0.8, 200));
    }

    fn metric_at(x: &Scenario, target: &Target) -> f64 {
        evaluate_target(target, project(x).year(target.year).unwrap()).actual
    }
}
