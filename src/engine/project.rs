//! Months → years: simulation per mode, money per MODEL.md §5, yearly results, savings,
//! budget balance and payback.

use super::results::*;
use super::step::{days_in_month, step, MonthDrivers, MonthFlows, State, UNDER12};
use super::targets;
use crate::money::{decimal_from_f64, monthly_cost_cents, round2, round6, to_cents, Euro};
use crate::scenario::{Form, PerForm, Scenario};
use rust_decimal::Decimal;

/// Which levers a simulation uses: the scenario's own, or the status quo's (MODEL.md §5): every
/// policy lever at its status-quo value (recruitment at `status_quo_recruit_per_year`, no new
/// family homes, no inflow change, no substitution, no stay or attrition change); every baseline
/// figure (trend, population, stays, attrition, …) is the scenario's own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Scenario,
    StatusQuo,
}

#[derive(Clone, Debug, Default)]
pub struct YearSimulation {
    pub end: Option<State>,
    /// The state on 1 January of the year (`S0` of its first month).
    pub start: Option<State>,
    pub capacity: Capacity,
    pub inflow: f64,
    pub exits: f64,
    pub breakdowns: f64,
    pub stepdowns: f64,
    pub placed_for_lack_of_family_place: f64,
    pub youth_days: PerForm<f64>,
    pub care_cost: PerForm<Euro>,
    pub inflow_per_year: f64,
    pub price_per_day: PerForm<Euro>,
    pub admissions: PerForm<f64>,
    pub inflow_family: f64,
    pub inflow_residential: f64,
    pub inflow_other: f64,
    pub residential_admissions_under12: f64,
    pub substituted: f64,
    pub retained_families: f64,
    /// The highest monthly residential occupancy of the year.
    pub residential_peak: f64,
    /// The residential occupancy at the end of each month (for the shortfall, MODEL.md §6).
    pub residential_by_month: [f64; 12],
    /// v3: band u's part of `placed_for_lack_of_family_place`.
    pub placed_for_lack_of_family_place_under12: f64,
    /// Stays and attrition in force this year.
    pub stay: PerForm<f64>,
    pub attrition_pct: f64,
}

/// Yearly inflow for every projected year, under `mode` (MODEL.md §4):
/// `a ← a × (1 + pop_trend/100) × (1 + trend/100) × (1 + change/100)`, in that order.
pub fn yearly_inflow(s: &Scenario, mode: Mode) -> Vec<f64> {
    let mut a = s.inflow.per_year;
    (0..s.years as usize)
        .map(|y| {
            let change = match mode {
                Mode::Scenario => s.change_pct(y),
                Mode::StatusQuo => 0.0,
            };
            a = a
                * (1.0 + s.population_trend_pct(y) / 100.0)
                * (1.0 + s.trend_pct(y) / 100.0)
                * (1.0 + change / 100.0);
            a
        })
        .collect()
}

/// Children aged 0–17 in every projected year, `C[y]` (MODEL.md §4); `None` without population.
pub fn yearly_children(s: &Scenario) -> Option<Vec<f64>> {
    let population = s.population.as_ref()?;
    let mut c = population.children;
    Some(
        (0..s.years as usize)
            .map(|y| {
                c *= 1.0 + s.population_trend_pct(y) / 100.0;
                c
            })
            .collect(),
    )
}

/// Price per child per day in projected year `y`:
/// `round2(per_day × (1 + index_pct/100)^y)`, in `Decimal`.
pub fn prices_for_year(s: &Scenario, y: usize) -> PerForm<Euro> {
    let factor = Decimal::ONE + decimal_from_f64(s.cost.index_pct) / Decimal::ONE_HUNDRED;
    let mut growth = Decimal::ONE;
    for _ in 0..y {
        growth *= factor;
    }
    s.cost.per_day.map(|p| Euro(round2(p.0 * growth)))
}

/// The levers in force in projected year `y` under `mode`, for every month of that year.
fn year_drivers(s: &Scenario, mode: Mode, y: usize, inflow_per_year: f64) -> MonthDrivers {
    match mode {
        Mode::Scenario => MonthDrivers {
            recruit_per_year: s.recruit(y) as f64,
            new_homes_per_year: s.new_homes(y) as f64,
            inflow_per_year,
            days: 0.0,
            stay: PerForm {
                foster: stay_in_force(s, Form::Foster, y),
                family_home: stay_in_force(s, Form::FamilyHome, y),
                residential: stay_in_force(s, Form::Residential, y),
                other: stay_in_force(s, Form::Other, y),
            },
            attrition_pct: s.foster.attrition_pct + s.attrition_change(y),
            substitution_pct: [s.substitution_under12_pct(y), s.substitution_pct(y)],
        },
        Mode::StatusQuo => MonthDrivers::v1(
            s,
            s.foster.status_quo_recruit_per_year as f64,
            0.0,
            inflow_per_year,
            0.0,
        ),
    }
}

/// `stay_months.X × (1 + stay_change_pct.X[y]/100)`.
fn stay_in_force(s: &Scenario, form: Form, y: usize) -> f64 {
    s.stay_months.get(form) * (1.0 + s.stay_change(form, y) / 100.0)
}

/// Runs the monthly steps for the whole horizon. `observe` sees every month's state and flows
/// (tests use it to check the monthly invariants; the projection passes a no-op).
pub fn simulate(
    s: &Scenario,
    mode: Mode,
    mut observe: impl FnMut(usize, &State, &MonthFlows),
) -> Vec<YearSimulation> {
    let inflows = yearly_inflow(s, mode);
    let mut state = State::initial(s);
    let lead = s.foster.lead_months as usize;
    let mut years = Vec::with_capacity(s.years as usize);
    for (y, &inflow_per_year) in inflows.iter().enumerate() {
        let calendar_year = s.start_year + y as i32;
        let mut drivers = year_drivers(s, mode, y, inflow_per_year);
        let prices = prices_for_year(s, y);
        let price_cents = prices.map(to_cents);
        // Cost in whole cents per form, summed exactly; converted to Decimal at the year's end.
        let mut cents = PerForm::<u128>::default();
        let mut year = YearSimulation {
            inflow_per_year,
            price_per_day: prices,
            start: Some(state),
            stay: drivers.stay,
            attrition_pct: drivers.attrition_pct,
            ..YearSimulation::default()
        };
        for month in 0..12u32 {
            drivers.days = days_in_month(calendar_year, month) as f64;
            // v3: the families that can take a first child this month were recruited
            // `lead_months` earlier; before the projection the region recruited at its
            // status-quo rate (MODEL.md §4 step 2).
            if mode == Mode::Scenario && lead > 0 {
                let m = y * 12 + month as usize;
                drivers.recruit_per_year = match m.checked_sub(lead) {
                    Some(j) => s.recruit(j / 12) as f64,
                    None => s.foster.status_quo_recruit_per_year as f64,
                };
            }
            let flows = step(&mut state, s, &drivers);
            year.inflow += flows.inflow;
            year.exits += flows.exits;
            year.breakdowns += flows.breakdowns;
            year.stepdowns += flows.stepdowns;
            year.placed_for_lack_of_family_place += flows.placed_for_lack_of_family_place;
            year.placed_for_lack_of_family_place_under12 +=
                flows.placed_for_lack_of_family_place_under12;
            year.residential_by_month[month as usize] = flows.residential_end;
            year.capacity = Capacity {
                foster: flows.capacity_foster,
                family_home: flows.capacity_family_home,
            };
            for form in Form::ALL {
                year.admissions
                    .set(form, year.admissions.get(form) + flows.admissions.get(form));
            }
            year.inflow_family += flows.inflow_family;
            year.inflow_residential += flows.inflow_residential;
            year.inflow_other += flows.inflow_other;
            year.residential_admissions_under12 += flows.residential_admissions_under12;
            year.substituted += flows.substituted;
            year.retained_families += flows.retained_families;
            if month == 0 || flows.residential_end > year.residential_peak {
                year.residential_peak = flows.residential_end;
            }
            for form in Form::ALL {
                let days = flows.youth_days.get(form);
                year.youth_days.set(form, year.youth_days.get(form) + days);
                match price_cents
                    .get(form)
                    .and_then(|p| monthly_cost_cents(days, p))
                {
                    Some(c) => cents.set(form, cents.get(form) + c),
                    // The general Decimal rule (MODEL.md §5); the integer path above is the same
                    // rule and covers every validated scenario.
                    None => {
                        let cost = round2(round6(decimal_from_f64(days)) * prices.get(form).0);
                        year.care_cost
                            .set(form, year.care_cost.get(form) + Euro(cost));
                    }
                }
            }
            observe(y * 12 + month as usize, &state, &flows);
        }
        for form in Form::ALL {
            let exact = Decimal::try_from_i128_with_scale(cents.get(form) as i128, 2)
                .unwrap_or(Decimal::MAX);
            year.care_cost
                .set(form, year.care_cost.get(form) + Euro(exact));
        }
        year.end = Some(state);
        years.push(year);
    }
    years
}

/// What the v2 levers did in a year, for their programme cost (MODEL.md §5).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LeverVolumes {
    /// `max(0, A_sq[y] − A[y])`: placements prevention avoided.
    pub prevented: f64,
    /// v3: the substituted children placed in a family form in the year (not those waiting).
    pub substituted: f64,
    /// Families that would have stopped without the attrition policy.
    pub retained: f64,
}

/// `round2(round6(volume) × unit_cost)`; zero when the unit cost or the volume is zero.
fn volume_cost(volume: f64, unit_cost: Euro) -> Decimal {
    // Nothing to pay for (the usual case in a Monte Carlo run with the levers at rest): zero,
    // without the decimal conversion, which is most of the cost of a year's money.
    if unit_cost.is_zero() || volume == 0.0 {
        Decimal::ZERO
    } else {
        round2(round6(decimal_from_f64(volume)) * unit_cost.0)
    }
}

/// The year's money outside the care cost (MODEL.md §5).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Spending {
    /// Paid from the transformation fund, against the budget.
    pub programme: Euro,
    /// v3: paid from the regular youth-care budget (`unit_costs_from = "regular"`).
    pub regular: Euro,
}

/// Programme and regular cost in projected year `y` (MODEL.md §5), given what the v2 levers
/// did that year: the three unit costs go to the regular budget when the scenario says so.
pub fn spending(s: &Scenario, y: usize, volumes: &LeverVolumes) -> Spending {
    let regular = s.programme.unit_costs_from == crate::scenario::UnitCostsFrom::Regular;
    let programme = programme_cost(s, y, volumes, !regular);
    let regular = if regular {
        Euro(lever_cost(s, volumes))
    } else {
        Euro::ZERO
    };
    Spending { programme, regular }
}

/// The unit costs of prevention, substitution and retention in a year.
fn lever_cost(s: &Scenario, volumes: &LeverVolumes) -> Decimal {
    let p = &s.programme;
    volume_cost(volumes.prevented, p.cost_per_prevented_placement)
        + volume_cost(volumes.substituted, p.cost_per_substituted_child)
        + volume_cost(volumes.retained, p.cost_per_retained_family)
}

/// Programme cost in projected year `y` (MODEL.md §5), with the levers' unit costs when the
/// fund pays them.
fn programme_cost(s: &Scenario, y: usize, volumes: &LeverVolumes, with_levers: bool) -> Euro {
    let extra_families = s
        .recruit(y)
        .saturating_sub(s.foster.status_quo_recruit_per_year);
    let new_homes = s.new_homes(y).max(0);
    let recruitment = Decimal::from(extra_families) * s.programme.cost_per_recruited_family.0;
    let homes = Decimal::from(new_homes) * s.programme.cost_per_new_home.0;
    let lines: Euro = s.programme.lines.iter().map(|line| line.amount(y)).sum();
    let levers = if with_levers {
        lever_cost(s, volumes)
    } else {
        Decimal::ZERO
    };
    if levers.is_zero() {
        Euro(recruitment + homes) + lines
    } else {
        Euro(recruitment + homes) + lines + Euro(levers)
    }
}

/// Warnings about the starting stocks (MODEL.md §3).
pub fn warnings(s: &Scenario) -> Vec<Warning> {
    let mut out = Vec::new();
    let foster_capacity = s.foster.families * s.foster.children_per_family;
    if s.stock.foster > foster_capacity {
        out.push(Warning::FosterStockAboveCapacity {
            stock: s.stock.foster,
            capacity: foster_capacity,
        });
    }
    let home_capacity = s.family_home.homes * s.family_home.places_per_home;
    if s.stock.family_home > home_capacity {
        out.push(Warning::FamilyHomeStockAboveCapacity {
            stock: s.stock.family_home,
            capacity: home_capacity,
        });
    }
    // v3: children waiting for a family place while places are free (MODEL.md §3). Not for a
    // schema 1 file, whose output stays its v1 output in every v1 field (MODEL.md §9).
    if s.schema < 2 {
        return out;
    }
    let free_foster = (foster_capacity - s.stock.foster).max(0.0);
    let free_family_home = (home_capacity - s.stock.family_home).max(0.0);
    if s.mismatch > 0.5 && (free_foster > 0.5 || free_family_home > 0.5) {
        out.push(Warning::WaitingWhilePlacesFree {
            waiting: s.mismatch,
            free_foster,
            free_family_home,
        });
    }
    out
}

/// v3: what the children in care at the end of the projection still cost after it (MODEL.md
/// §5): per form `round2(round6(stock × stay × 30.4375) × price)` with the year-end stock, the
/// stay in force in the last year and the last year's price.
pub fn committed_cost(last: Option<&YearSimulation>) -> Euro {
    let Some(year) = last else {
        return Euro::ZERO;
    };
    let Some(end) = year.end else {
        return Euro::ZERO;
    };
    let stock = end.occupancy();
    Form::ALL
        .iter()
        .map(|&form| {
            let days = stock.get(form) * year.stay.get(form) * 30.4375;
            let price = year.price_per_day.get(form);
            // The monthly cost rule, so the same exact integer path (a test compares both).
            match to_cents(price).and_then(|cents| monthly_cost_cents(days, cents)) {
                Some(c) => {
                    Euro(Decimal::try_from_i128_with_scale(c as i128, 2).unwrap_or(Decimal::MAX))
                }
                None => Euro(round2(round6(decimal_from_f64(days)) * price.0)),
            }
        })
        .sum()
}

/// v3: the first calendar year after spending began from which the cumulative net stays ≥ 0
/// to the end (MODEL.md §5); `None` when nothing was spent, or when the net turns negative in
/// the last year. `years` holds (calendar year, cumulative spending, cumulative net).
pub fn payback_year(years: &[(i32, Decimal, Decimal)]) -> Option<i32> {
    let mut candidate = None;
    for &(year, spent, net) in years {
        if net < Decimal::ZERO {
            candidate = None;
        } else if candidate.is_none() && spent > Decimal::ZERO {
            candidate = Some(year);
        }
    }
    candidate
}

/// The residential capacity in force in month `k` (0..11) of projected year `y` (MODEL.md §6,
/// v3): the plan's year-end values reached step by step from the previous year's, or the year's
/// own value in the first year or after a year without one.
pub fn capacity_in_month(s: &Scenario, y: usize, k: usize) -> Option<f64> {
    let cap = s.residential_capacity_plan(y)?;
    let previous = y
        .checked_sub(1)
        .and_then(|p| s.residential_capacity_plan(p));
    Some(match previous {
        Some(before) => before + (cap - before) * (k + 1) as f64 / 12.0,
        None => cap,
    })
}

/// v3: the year's shortfall of residential places, the largest excess of a month's occupancy
/// over the capacity in force that month.
fn shortfall(s: &Scenario, y: usize, sim: &YearSimulation) -> Option<f64> {
    s.residential_capacity_plan(y)?;
    let worst = (0..12)
        .filter_map(|k| Some(sim.residential_by_month[k] - capacity_in_month(s, y, k)?))
        .fold(f64::NEG_INFINITY, f64::max);
    Some(worst.max(0.0))
}

fn pct_of(part: f64, total: f64) -> f64 {
    if total > 0.0 {
        part / total * 100.0
    } else {
        0.0
    }
}

/// Projects a scenario: yearly results, status-quo comparison, money and targets.
pub fn project(s: &Scenario) -> Projection {
    project_inner(s, true)
}

/// [`project`] without simulating the status quo, for sampling (Monte Carlo, sensitivity): the
/// physical results, care cost, programme, budget and targets are those of [`project`]; the
/// status-quo fields (`status_quo_care_cost`, `savings`, `net`, `net_cumulative`, payback) and
/// the committed cost after the horizon are zero or absent. No target metric depends on them.
pub fn project_without_status_quo(s: &Scenario) -> Projection {
    project_inner(s, false)
}

fn project_inner(s: &Scenario, with_status_quo: bool) -> Projection {
    let scenario_years = simulate(s, Mode::Scenario, |_, _, _| {});
    let status_quo_years = if with_status_quo {
        simulate(s, Mode::StatusQuo, |_, _, _| {})
    } else {
        Vec::new()
    };

    let status_quo_inflow = yearly_inflow(s, Mode::StatusQuo);
    let children = yearly_children(s);
    let mut years = Vec::with_capacity(scenario_years.len());
    let mut balance_cumulative = Euro::ZERO;
    let mut net_cumulative = Euro::ZERO;
    let mut spent_cumulative = Euro::ZERO;
    let mut paid_back = Vec::with_capacity(scenario_years.len());
    for (y, sim) in scenario_years.iter().enumerate() {
        let end = sim.end.unwrap_or_else(|| State::initial(s));
        let total = end.total();
        let care_total: Euro = Form::ALL.iter().map(|&f| sim.care_cost.get(f)).sum();
        let status_quo_total: Option<Euro> = status_quo_years
            .get(y)
            .map(|sq| Form::ALL.iter().map(|&f| sq.care_cost.get(f)).sum());
        let savings = status_quo_total.map_or(Euro::ZERO, |sq| sq - care_total);
        let volumes = LeverVolumes {
            prevented: (status_quo_inflow[y] - sim.inflow_per_year).max(0.0),
            substituted: sim.substituted,
            retained: sim.retained_families,
        };
        let Spending { programme, regular } = spending(s, y, &volumes);
        let budget = s.budget.amount(y);
        let balance = budget - programme;
        balance_cumulative += balance;
        let net = if with_status_quo {
            savings - programme - regular
        } else {
            Euro::ZERO
        };
        net_cumulative += net;
        spent_cumulative += programme + regular;
        let calendar_year = s.start_year + y as i32;
        let start = sim.start.unwrap_or_else(|| State::initial(s));
        let start_stock = start.occupancy();
        let users = Users {
            foster: start_stock.foster + sim.admissions.foster,
            family_home: start_stock.family_home + sim.admissions.family_home,
            residential: start_stock.residential + sim.admissions.residential,
            other: start_stock.other + sim.admissions.other,
            total: start.total() + sim.inflow,
        };
        let users_sum = users.foster + users.family_home + users.residential + users.other;
        let capacity_plan = s.residential_capacity_plan(y);
        let children_now = children.as_ref().map(|c| c[y]);
        paid_back.push((calendar_year, spent_cumulative.0, net_cumulative.0));
        years.push(YearResult {
            year: calendar_year,
            stock: Stocks {
                foster: end.foster(),
                family_home: end.family_home(),
                residential: end.residential(),
                other: end.other(),
                total,
            },
            mismatch: end.mismatch(),
            shares_pct: Shares {
                family: pct_of(end.foster() + end.family_home(), total),
                residential: pct_of(end.residential(), total),
                other: pct_of(end.other(), total),
            },
            foster_families: end.foster_families,
            family_homes: end.family_homes,
            capacity: sim.capacity,
            inflow: sim.inflow,
            exits: sim.exits,
            breakdowns: sim.breakdowns,
            stepdowns: sim.stepdowns,
            placed_for_lack_of_family_place: sim.placed_for_lack_of_family_place,
            youth_days: sim.youth_days,
            care_cost: CareCost {
                foster: sim.care_cost.foster,
                family_home: sim.care_cost.family_home,
                residential: sim.care_cost.residential,
                other: sim.care_cost.other,
                total: care_total,
            },
            status_quo_care_cost: status_quo_total.unwrap_or(Euro::ZERO),
            savings,
            programme_cost: programme,
            regular_cost: regular,
            budget,
            budget_balance: balance,
            budget_balance_cumulative: balance_cumulative,
            net_cumulative,
            residential_capacity_plan: capacity_plan,
            admissions: sim.admissions,
            users,
            shares_users_pct: Shares {
                family: pct_of(users.foster + users.family_home, users_sum),
                residential: pct_of(users.residential, users_sum),
                other: pct_of(users.other, users_sum),
            },
            inflow_placed_pct: Shares {
                family: pct_of(sim.inflow_family, sim.inflow),
                residential: pct_of(sim.inflow_residential, sim.inflow),
                other: pct_of(sim.inflow_other, sim.inflow),
            },
            stay_months: sim.stay,
            attrition_pct: sim.attrition_pct,
            residential_peak: sim.residential_peak,
            residential_shortfall: shortfall(s, y, sim),
            children: children_now,
            placements_per_1000: children_now.map(|c| {
                if c > 0.0 {
                    sim.inflow_per_year / c * 1000.0
                } else {
                    0.0
                }
            }),
            prevented_placements: volumes.prevented,
            substituted: volumes.substituted,
            retained_families: volumes.retained,
            under12: s.under12.as_ref().map(|_| {
                let u = end.under12_occupancy();
                Under12Result {
                    stock: Stocks {
                        foster: u.foster,
                        family_home: u.family_home,
                        residential: u.residential,
                        other: u.other,
                        total: u.foster + u.family_home + u.residential + u.other,
                    },
                    mismatch: end.bands[UNDER12].mismatch,
                    residential_admissions: sim.residential_admissions_under12,
                    placed_for_lack_of_family_place: sim.placed_for_lack_of_family_place_under12,
                }
            }),
            inflow_change_pct: if s.inflow.per_year > 0.0 {
                (sim.inflow_per_year / s.inflow.per_year - 1.0) * 100.0
            } else {
                0.0
            },
            residential_reduction_pct: if s.stock.residential > 0.0 {
                (1.0 - end.residential() / s.stock.residential) * 100.0
            } else {
                0.0
            },
            price_per_day: sim.price_per_day,
            net,
            programme_printed_total: s.programme.printed_totals.get(y).copied().flatten(),
        });
    }

    let targets = targets::evaluate(s, &years);
    // Sampling (Monte Carlo, sensitivity) needs neither the committed cost nor the status quo.
    let committed = if with_status_quo {
        committed_cost(scenario_years.last())
    } else {
        Euro::ZERO
    };
    let status_quo_committed = if with_status_quo {
        committed_cost(status_quo_years.last())
    } else {
        Euro::ZERO
    };
    Projection {
        // The schema of the output shape (MODEL.md §7), whatever the file's.
        schema: crate::scenario::SCHEMA_VERSION,
        name: s.name.clone(),
        warnings: warnings(s),
        total_care_cost: years.iter().map(|y| y.care_cost.total).sum(),
        total_status_quo_care_cost: years.iter().map(|y| y.status_quo_care_cost).sum(),
        total_programme_cost: years.iter().map(|y| y.programme_cost).sum(),
        total_budget: years.iter().map(|y| y.budget).sum(),
        years,
        targets,
        payback_year: if with_status_quo {
            payback_year(&paid_back)
        } else {
            None
        },
        committed_care_cost: committed,
        status_quo_committed_care_cost: status_quo_committed,
        net_with_committed: if with_status_quo {
            net_cumulative + status_quo_committed - committed
        } else {
            Euro::ZERO
        },
        engine_version: crate::ENGINE_VERSION,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::parse;
    use std::str::FromStr;

    fn eur(s: &str) -> Euro {
        Euro(Decimal::from_str(s).unwrap())
    }

    /// Ten foster children, each staying ten months, replaced one a month: a constant stock.
    fn steady() -> Scenario {
        parse(
            r#"{
            "schema": 1, "name": "steady", "start_year": 2020, "years": 2,
            "stock": {"foster": 10, "family_home": 0, "residential": 0, "other": 0},
            "stay_months": {"foster": 10, "family_home": 36, "residential": 12, "other": 6},
            "inflow": {"per_year": 12},
            "foster": {"families": 20, "children_per_family": 1, "attrition_pct": 0,
                       "recruit_per_year": [4, 2], "status_quo_recruit_per_year": 1},
            "family_home": {"homes": 0, "places_per_home": 3.5, "new_per_year": [2, -1]},
            "cost": {"per_day": {"foster": "55.00", "family_home": "180", "residential": "225.00", "other": "450"},
                     "index_pct": 2.5},
            "programme": {"cost_per_recruited_family": "1000.00", "cost_per_new_home": "2500.00",
                          "lines": [{"label": "a", "amounts": ["100.00", "200.50"]}]},
            "budget": {"label": "fund", "amounts": ["10000.00"]},
            "targets": [{"year": 2021, "metric": "programme_cost", "op": "<=", "value": 2200.5},
                        {"year": 2020, "metric": "foster_count", "op": ">=", "value": 10}]
        }"#,
        )
        .unwrap()
    }

    #[test]
    fn indexation_example_from_the_model() {
        // €225.00 at 2.5 %: €230.625 → €230.63 in year 1 (MODEL.md §5).
        let s = steady();
        assert_eq!(prices_for_year(&s, 0).residential, eur("225.00"));
        assert_eq!(prices_for_year(&s, 1).residential, eur("230.63"));
        // 225 × 1.025² = 236.3906… → 236.39 (from the unrounded power, not from 230.63).
        assert_eq!(prices_for_year(&s, 2).residential, eur("236.39"));
        assert_eq!(prices_for_year(&s, 1).foster, eur("56.38")); // 56.375 → half away from zero
    }

    #[test]
    fn care_cost_of_a_constant_stock_by_hand() {
        let p = project(&steady());
        // 2020 is a leap year: 10 children × 366 days × €55.00.
        assert_eq!(p.years[0].care_cost.foster, eur("201300.00"));
        assert!((p.years[0].youth_days.foster - 3660.0).abs() < 1e-9);
        // 2021 at €56.38: 10 × 365 × 56.38.
        assert_eq!(p.years[1].care_cost.foster, eur("205787.00"));
        assert_eq!(p.years[1].care_cost.total, eur("205787.00"));
        assert_eq!(p.total_care_cost, eur("407087.00"));
        // The status quo has the same children (capacity is ample, inflow unchanged).
        assert_eq!(p.years[0].savings, Euro::ZERO);
    }

    #[test]
    fn programme_cost_budget_and_payback_by_hand() {
        let p = project(&steady());
        // 2020: (4 − 1) × €1,000 + 2 × €2,500 + €100 = €8,100.
        assert_eq!(p.years[0].programme_cost, eur("8100.00"));
        // 2021: (2 − 1) × €1,000 + closing a home costs nothing + €200.50 = €1,200.50.
        assert_eq!(p.years[1].programme_cost, eur("1200.50"));
        assert_eq!(p.years[0].budget_balance, eur("1900.00"));
        assert_eq!(p.years[1].budget_balance, eur("-1200.50"));
        assert_eq!(p.years[1].budget_balance_cumulative, eur("699.50"));
        // No savings, so cumulative net stays negative: no payback.
        assert_eq!(p.years[1].net_cumulative, eur("-9300.50"));
        assert_eq!(p.payback_year, None);
    }

    #[test]
    fn money_and_count_targets() {
        let p = project(&steady());
        let money = &p.targets[0];
        assert!(money.met);
        assert_eq!(money.actual_eur, Some(eur("1200.50")));
        assert_eq!(money.margin_eur, Some(eur("-1000.00")));
        assert_eq!(money.margin, -1000.0);
        let count = &p.targets[1];
        assert_eq!(count.metric.key(), "foster_count");
        assert!((count.actual - 10.0).abs() < 1e-9);
    }

    #[test]
    fn output_names_follow_the_model() {
        let json: serde_json::Value = serde_json::from_str(&project(&steady()).to_json()).unwrap();
        for key in [
            "schema",
            "name",
            "warnings",
            "years",
            "targets",
            "payback_year",
            // v3 (MODEL.md §7).
            "committed_care_cost",
            "status_quo_committed_care_cost",
            "net_with_committed",
        ] {
            assert!(json.get(key).is_some(), "{key}");
        }
        let year = &json["years"][0];
        for key in [
            "year",
            "stock",
            "mismatch",
            "shares_pct",
            "foster_families",
            "family_homes",
            "capacity",
            "inflow",
            "exits",
            "breakdowns",
            "stepdowns",
            "placed_for_lack_of_family_place",
            "youth_days",
            "care_cost",
            "status_quo_care_cost",
            "savings",
            "programme_cost",
            "regular_cost",
            "budget",
            "budget_balance",
            "budget_balance_cumulative",
            "net_cumulative",
            "residential_capacity_plan",
            // v2, present for v1 files too (MODEL.md §7).
            "admissions",
            "users",
            "shares_users_pct",
            "inflow_placed_pct",
            "stay_months",
            "attrition_pct",
            "residential_peak",
            "residential_shortfall",
            "children",
            "placements_per_1000",
            "prevented_placements",
            "substituted",
            "retained_families",
            "under12",
        ] {
            assert!(year.get(key).is_some(), "{key}");
        }
        assert_eq!(json["schema"], 3);
        for (group, keys) in [
            (
                "admissions",
                &["foster", "family_home", "residential", "other"][..],
            ),
            (
                "users",
                &["foster", "family_home", "residential", "other", "total"][..],
            ),
            ("shares_users_pct", &["family", "residential", "other"][..]),
            ("inflow_placed_pct", &["family", "residential", "other"][..]),
        ] {
            for key in keys {
                assert!(year[group].get(key).is_some(), "{group}.{key}");
            }
        }
        // Null without their parts.
        for key in [
            "children",
            "placements_per_1000",
            "under12",
            "residential_shortfall",
        ] {
            assert!(year[key].is_null(), "{key}");
        }
        let with_band: serde_json::Value = {
            let mut v: serde_json::Value = serde_json::from_str(&steady().to_json()).unwrap();
            v["schema"] = 2.into();
            v["under12"] = serde_json::json!({"stock": {"foster": 4, "family_home": 0, "residential": 0, "other": 0},
                                              "inflow_pct": 50, "ageing_pct": 10});
            let s = crate::scenario::parse_value(&v).unwrap();
            serde_json::from_str(&project(&s).to_json()).unwrap()
        };
        let band = &with_band["years"][0]["under12"];
        for key in ["foster", "family_home", "residential", "other", "total"] {
            assert!(band["stock"].get(key).is_some(), "under12.stock.{key}");
        }
        for key in [
            "mismatch",
            "residential_admissions",
            "placed_for_lack_of_family_place",
        ] {
            assert!(band.get(key).is_some(), "under12.{key}");
        }
        assert_eq!(year["care_cost"]["total"], "201300.00");
        assert_eq!(
            year["stock"]["total"]
                .as_f64()
                .map(|x| (x - 10.0).abs() < 1e-9),
            Some(true)
        );
        let target = &json["targets"][0];
        for key in ["year", "metric", "op", "value", "actual", "met", "margin"] {
            assert!(target.get(key).is_some(), "{key}");
        }
        assert_eq!(target["metric"], "programme_cost");
        assert_eq!(target["op"], "<=");
    }

    #[test]
    fn warnings_for_overfull_start() {
        let mut s = steady();
        s.foster.families = 5.0;
        s.stock.family_home = 3.0;
        let w = warnings(&s);
        assert_eq!(w.len(), 2);
        assert!(w[0].message_en().contains("exceeds foster capacity"));
    }

    /// A schema 2 version of [`steady`]: 12 a year flowing in, prevention of 10 % in year 1,
    /// 50 000 children falling 2 % a year, and a capacity plan.
    fn steady_v2() -> Scenario {
        let mut v: serde_json::Value = serde_json::from_str(&steady().to_json()).unwrap();
        v["schema"] = 2.into();
        v["inflow"]["change_pct"] = serde_json::json!([-10]);
        v["inflow"]["trend_pct"] = serde_json::json!([5, 5]);
        v["population"] = serde_json::json!({"children": 50000, "trend_pct": [-2, -2]});
        v["programme"]["cost_per_prevented_placement"] = "1000.00".into();
        v["residential_capacity"] = serde_json::json!([0, null]);
        crate::scenario::parse_value(&v).unwrap()
    }

    #[test]
    fn inflow_children_and_prevention_by_hand() {
        let s = steady_v2();
        // A = 12 × 0.98 × 1.05 × 0.9 in year 1; the status quo has no prevention.
        let a0 = 12.0 * 0.98 * 1.05 * 0.9;
        let sq0 = 12.0 * 0.98 * 1.05;
        assert_eq!(yearly_inflow(&s, Mode::Scenario)[0], a0);
        assert_eq!(yearly_inflow(&s, Mode::StatusQuo)[0], sq0);
        assert_eq!(yearly_inflow(&s, Mode::Scenario)[1], a0 * 0.98 * 1.05);
        let children = yearly_children(&s).unwrap();
        assert_eq!(children, vec![50000.0 * 0.98, 50000.0 * 0.98 * 0.98]);
        let p = project(&s);
        let y0 = &p.years[0];
        assert_eq!(y0.children, Some(49000.0));
        assert_eq!(y0.placements_per_1000, Some(a0 / 49000.0 * 1000.0));
        assert_eq!(y0.prevented_placements, sq0 - a0);
        // Programme: v1's 3 × 1000 + 2 × 2500 + 100 for the line, plus round2(1.2348 × 1000).
        let prevented = round2(round6(decimal_from_f64(sq0 - a0)) * Decimal::from(1000));
        assert_eq!(y0.programme_cost, eur("8100.00") + Euro(prevented));
        // Year 2: A and A_sq both fall with the population; A_sq − A stays ≥ 0.
        assert!(p.years[1].prevented_placements > 0.0);
        // Capacity 0 in year 1: the whole residential peak is short; no plan in year 2.
        assert_eq!(y0.residential_shortfall, Some(y0.residential_peak));
        assert_eq!(p.years[1].residential_shortfall, None);
        // Users: the 10 foster children of 1 January and the year's admissions; the distinct
        // children are the 1 January total plus the inflow.
        assert_eq!(y0.users.total, 10.0 + y0.inflow);
        assert!((y0.users.foster - (10.0 + y0.admissions.foster)).abs() < 1e-12);
        assert_eq!(y0.stay_months.foster, 10.0);
        assert_eq!(y0.attrition_pct, 0.0);
    }

    #[test]
    fn a_population_trend_alone_saves_nothing() {
        let mut s = steady_v2();
        s.inflow.change_pct.clear();
        s.foster.recruit_per_year = vec![1, 1];
        s.family_home.new_per_year.clear();
        let p = project(&s);
        for y in &p.years {
            assert_eq!(y.savings, Euro::ZERO);
            assert_eq!(y.prevented_placements, 0.0);
        }
        // The same decline written as a policy change would be counted as a saving.
        assert!(project(&steady_v2()).years[0].savings > Euro::ZERO);
    }

    /// [`steady`] as a schema 3 file with `edit` applied to its JSON.
    fn steady_v3(edit: impl FnOnce(&mut serde_json::Value)) -> Scenario {
        crate::scenario::edited_as(&steady(), 3, edit)
    }

    #[test]
    fn new_foster_families_take_a_first_child_after_the_lead_time() {
        // Recruitment 4 a year (status quo 1) with three months' preparation: months 0–2 see
        // the status quo's 1/12 a month arrive, month 3 on the scenario's 4/12.
        let s = steady_v3(|v| v["foster"]["lead_months"] = 3.into());
        let mut families = Vec::new();
        simulate(&s, Mode::Scenario, |_, state, _| {
            families.push(state.foster_families)
        });
        for (m, f) in families.iter().enumerate().take(6) {
            let expected =
                20.0 + (m.min(2) + 1) as f64 / 12.0 + m.saturating_sub(2) as f64 * 4.0 / 12.0;
            assert!((f - expected).abs() < 1e-9, "month {m}: {f} != {expected}");
        }
        // The status quo is the same with or without the lead time (MODEL.md §9).
        let plain = steady_v3(|_| {});
        let (mut a, mut b) = (Vec::new(), Vec::new());
        simulate(&s, Mode::StatusQuo, |_, state, _| a.push(*state));
        simulate(&plain, Mode::StatusQuo, |_, state, _| b.push(*state));
        assert_eq!(a, b);
        // The programme pays for the year's recruits when they are recruited.
        assert_eq!(
            project(&s).years[0].programme_cost,
            project(&plain).years[0].programme_cost
        );
    }

    #[test]
    fn payback_means_spending_began_and_the_net_stays_non_negative() {
        let d = |x: i64| Decimal::from(x);
        // Nothing spent in the first year: not paid back then, though its net is 0.
        assert_eq!(
            payback_year(&[
                (2018, d(0), d(0)),
                (2019, d(100), d(-50)),
                (2020, d(100), d(10))
            ]),
            Some(2020)
        );
        assert_eq!(
            payback_year(&[(2018, d(0), d(0)), (2019, d(0), d(5))]),
            None
        );
        // Back below zero at the end: not paid back.
        assert_eq!(
            payback_year(&[(2018, d(100), d(10)), (2019, d(200), d(-1))]),
            None
        );
        // Below zero in between: the year it is back for good.
        assert_eq!(
            payback_year(&[
                (2018, d(100), d(10)),
                (2019, d(200), d(-1)),
                (2020, d(200), d(3))
            ]),
            Some(2020)
        );
        assert_eq!(payback_year(&[(2018, d(100), d(0))]), Some(2018));
    }

    #[test]
    fn committed_cost_of_the_children_still_in_care() {
        let s = steady();
        let p = project(&s);
        let last = p.years.last().unwrap();
        // Per form: round2(round6(stock × stay × 30.4375) × last year's price).
        let expected: Decimal = [
            (
                last.stock.foster,
                s.stay_months.foster,
                last.price_per_day.foster,
            ),
            (
                last.stock.family_home,
                s.stay_months.family_home,
                last.price_per_day.family_home,
            ),
            (
                last.stock.residential,
                s.stay_months.residential,
                last.price_per_day.residential,
            ),
            (
                last.stock.other,
                s.stay_months.other,
                last.price_per_day.other,
            ),
        ]
        .iter()
        .map(|&(stock, stay, price)| {
            round2(round6(decimal_from_f64(stock * stay * 30.4375)) * price.0)
        })
        .sum();
        assert_eq!(p.committed_care_cost, Euro(expected));
        assert!(p.committed_care_cost > Euro::ZERO);
        assert_eq!(
            p.net_with_committed,
            last.net_cumulative + p.status_quo_committed_care_cost - p.committed_care_cost
        );
    }

    #[test]
    fn the_capacity_is_built_down_through_the_year() {
        let s = steady_v3(|v| v["residential_capacity"] = serde_json::json!([17, 16]));
        assert_eq!(capacity_in_month(&s, 0, 0), Some(17.0));
        assert_eq!(capacity_in_month(&s, 0, 11), Some(17.0));
        assert!((capacity_in_month(&s, 1, 0).unwrap() - (17.0 - 1.0 / 12.0)).abs() < 1e-12);
        assert_eq!(capacity_in_month(&s, 1, 11), Some(16.0));
        // A year after one without a plan value starts from its own value.
        let open = steady_v3(|v| v["residential_capacity"] = serde_json::json!([null, 16]));
        assert_eq!(capacity_in_month(&open, 1, 0), Some(16.0));
        // The shortfall is the largest monthly excess over the capacity in force then.
        let mut sim = YearSimulation::default();
        for k in 0..12 {
            sim.residential_by_month[k] = capacity_in_month(&s, 1, k).unwrap() - 0.2;
        }
        // January 0.03 above its 16.92 places, December 0.1 above its 16 (v2 compared the
        // year's peak, 16.95 in January, with December's 16: 0.95).
        sim.residential_by_month[0] = 16.95;
        sim.residential_by_month[11] = 16.1;
        let got = shortfall(&s, 1, &sim).unwrap();
        assert!((got - 0.1).abs() < 1e-9, "{got}");
    }

    #[test]
    fn unit_costs_from_the_regular_budget_count_in_the_net_not_against_the_fund() {
        let fund = steady_v3(|v| {
            v["inflow"]["change_pct"] = serde_json::json!([-10]);
            v["programme"]["cost_per_prevented_placement"] = "100.00".into();
        });
        let regular = steady_v3(|v| {
            v["inflow"]["change_pct"] = serde_json::json!([-10]);
            v["programme"]["cost_per_prevented_placement"] = "100.00".into();
            v["programme"]["unit_costs_from"] = "regular".into();
        });
        let (a, b) = (project(&fund), project(&regular));
        for (x, y) in a.years.iter().zip(&b.years) {
            assert_eq!(x.regular_cost, Euro::ZERO);
            assert_eq!(x.programme_cost, y.programme_cost + y.regular_cost);
            assert_eq!(x.net, y.net);
            assert!(y.budget_balance >= x.budget_balance);
        }
        assert!(b.years[0].regular_cost > Euro::ZERO);
    }
}
