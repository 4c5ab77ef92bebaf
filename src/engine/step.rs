//! The monthly step of MODEL.md §4, in its exact order, on plain `f64` state.

use crate::scenario::{PerForm, Scenario};

/// The population and capacity on a given moment (MODEL.md §4 "State").
///
/// Residential care is held in two parts: `residential_need` (Rn, needs residential care) and
/// `mismatch` (Rw, family-suitable but placed residentially for lack of a family place).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct State {
    pub foster: f64,
    pub family_home: f64,
    pub residential_need: f64,
    pub mismatch: f64,
    pub other: f64,
    pub foster_families: f64,
    pub family_homes: f64,
}

impl State {
    /// The state on 1 January of the start year.
    pub fn initial(s: &Scenario) -> Self {
        State {
            foster: s.stock.foster,
            family_home: s.stock.family_home,
            residential_need: s.stock.residential - s.mismatch,
            mismatch: s.mismatch,
            other: s.stock.other,
            foster_families: s.foster.families,
            family_homes: s.family_home.homes,
        }
    }

    pub fn residential(&self) -> f64 {
        self.residential_need + self.mismatch
    }

    pub fn total(&self) -> f64 {
        self.foster + self.family_home + self.residential_need + self.mismatch + self.other
    }

    /// Occupancy per reported care form (residential = both parts).
    pub fn occupancy(&self) -> PerForm<f64> {
        PerForm {
            foster: self.foster,
            family_home: self.family_home,
            residential: self.residential(),
            other: self.other,
        }
    }
}

/// What drives one month besides the scenario's fixed parameters.
#[derive(Clone, Copy, Debug)]
pub struct MonthDrivers {
    /// Gross foster families recruited in this projected year.
    pub recruit_per_year: f64,
    /// Family homes opened (negative: closed) in this projected year.
    pub new_homes_per_year: f64,
    /// Yearly inflow `A[y]` of this projected year.
    pub inflow_per_year: f64,
    /// Calendar days in this month.
    pub days: f64,
}

/// Flows and youth-days of one month.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MonthFlows {
    pub inflow: f64,
    pub exits: f64,
    pub breakdowns: f64,
    pub stepdowns: f64,
    pub placed_for_lack_of_family_place: f64,
    pub capacity_foster: f64,
    pub capacity_family_home: f64,
    pub youth_days: PerForm<f64>,
}

/// Advances `state` by one month (MODEL.md §4, steps 1–7) and returns the month's flows.
pub fn step(state: &mut State, s: &Scenario, drivers: &MonthDrivers) -> MonthFlows {
    let mut flows = MonthFlows::default();

    // 1. Snapshot.
    let start = state.occupancy();

    // 2. Capacity.
    state.foster_families = state.foster_families * (1.0 - s.foster.attrition_pct / 1200.0)
        + drivers.recruit_per_year / 12.0;
    state.family_homes = (state.family_homes + drivers.new_homes_per_year / 12.0).max(0.0);
    let cap_foster = state.foster_families * s.foster.children_per_family;
    let cap_family_home = state.family_homes * s.family_home.places_per_home;
    flows.capacity_foster = cap_foster;
    flows.capacity_family_home = cap_family_home;

    // 3. Exits; both residential parts leave at the residential stay.
    let stay = &s.stay_months;
    let mut exit = |x: &mut f64, months: f64| {
        let out = *x / months;
        *x -= out;
        flows.exits += out;
    };
    exit(&mut state.foster, stay.foster);
    exit(&mut state.family_home, stay.family_home);
    exit(&mut state.residential_need, stay.residential);
    exit(&mut state.mismatch, stay.residential);
    exit(&mut state.other, stay.other);

    // 4. Breakdowns: capacity fell below occupancy.
    if state.foster > cap_foster {
        let broken = state.foster - cap_foster;
        state.foster = cap_foster;
        let to_home = broken.min((cap_family_home - state.family_home).max(0.0));
        state.family_home += to_home;
        state.mismatch += broken - to_home;
        flows.breakdowns += broken;
    }
    if state.family_home > cap_family_home {
        let broken = state.family_home - cap_family_home;
        state.family_home = cap_family_home;
        let to_foster = broken.min((cap_foster - state.foster).max(0.0));
        state.foster += to_foster;
        state.mismatch += broken - to_foster;
        flows.breakdowns += broken;
    }

    // 5. Inflow.
    let inflow = drivers.inflow_per_year / 12.0;
    let to_other = inflow * s.inflow.other_need_pct / 100.0;
    let to_residential = inflow * s.inflow.residential_need_pct / 100.0;
    let family_suitable = inflow - to_other - to_residential;
    state.other += to_other;
    state.residential_need += to_residential;
    let to_foster = family_suitable.min((cap_foster - state.foster).max(0.0));
    state.foster += to_foster;
    let rest = family_suitable - to_foster;
    let to_home = rest.min((cap_family_home - state.family_home).max(0.0));
    state.family_home += to_home;
    state.mismatch += rest - to_home;
    flows.inflow = inflow;
    flows.placed_for_lack_of_family_place = rest - to_home;

    // 6. Step-down: mismatch moves to free family places, foster care first.
    let to_foster = state.mismatch.min((cap_foster - state.foster).max(0.0));
    state.mismatch -= to_foster;
    state.foster += to_foster;
    let to_home = state
        .mismatch
        .min((cap_family_home - state.family_home).max(0.0));
    state.mismatch -= to_home;
    state.family_home += to_home;
    flows.stepdowns = to_foster + to_home;

    // 7. Youth-days: the mean of the two snapshots times the calendar days.
    let end = state.occupancy();
    flows.youth_days = PerForm {
        foster: (start.foster + end.foster) / 2.0 * drivers.days,
        family_home: (start.family_home + end.family_home) / 2.0 * drivers.days,
        residential: (start.residential + end.residential) / 2.0 * drivers.days,
        other: (start.other + end.other) / 2.0 * drivers.days,
    };
    flows
}

/// Days in a calendar month (`month0` is 0 for January); leap years count.
pub fn days_in_month(year: i32, month0: u32) -> u32 {
    match month0 {
        1 if is_leap_year(year) => 29,
        1 => 28,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year.rem_euclid(4) == 0 && year.rem_euclid(100) != 0) || year.rem_euclid(400) == 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::parse;

    /// A small scenario whose months can be followed by hand.
    fn hand_scenario() -> Scenario {
        parse(
            r#"{
            "schema": 1, "start_year": 2019, "years": 1,
            "stock": {"foster": 100, "family_home": 20, "residential": 60, "other": 12},
            "mismatch": 12,
            "stay_months": {"foster": 50, "family_home": 40, "residential": 12, "other": 6},
            "inflow": {"per_year": 120, "residential_need_pct": 25, "other_need_pct": 10},
            "foster": {"families": 100, "children_per_family": 1.2, "attrition_pct": 12},
            "family_home": {"homes": 6, "places_per_home": 4},
            "cost": {"per_day": {"foster": "50", "family_home": "180", "residential": "225", "other": "450"}}
        }"#,
        )
        .unwrap()
    }

    fn close(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn first_month_by_hand() {
        let s = hand_scenario();
        let mut state = State::initial(&s);
        let drivers = MonthDrivers {
            recruit_per_year: 24.0,
            new_homes_per_year: 12.0,
            inflow_per_year: 120.0,
            days: 31.0,
        };
        let flows = step(&mut state, &s, &drivers);
        // Capacity: F = 100 × (1 − 12/1200) + 24/12 = 99 + 2 = 101; capP = 121.2.
        close(state.foster_families, 101.0);
        close(flows.capacity_foster, 121.2);
        // H = 6 + 1 = 7; capG = 28.
        close(state.family_homes, 7.0);
        close(flows.capacity_family_home, 28.0);
        // Exits: 100/50 = 2, 20/40 = 0.5, Rn 48/12 = 4, Rw 12/12 = 1, O 12/6 = 2.
        close(flows.exits, 9.5);
        // No breakdowns (P = 98 ≤ 121.2, G = 19.5 ≤ 28).
        close(flows.breakdowns, 0.0);
        // Inflow 10: other 1, residential 2.5, family-suitable 6.5, all to foster.
        close(flows.inflow, 10.0);
        close(state.other, 10.0 + 1.0);
        close(state.residential_need, 44.0 + 2.5);
        close(flows.placed_for_lack_of_family_place, 0.0);
        // Step-down: Rw 11 to foster (free 121.2 − 104.5 = 16.7).
        close(flows.stepdowns, 11.0);
        close(state.mismatch, 0.0);
        close(state.foster, 98.0 + 6.5 + 11.0);
        close(state.family_home, 19.5);
        // Youth-days: (S0 + S1)/2 × 31.
        close(flows.youth_days.foster, (100.0 + 115.5) / 2.0 * 31.0);
        close(flows.youth_days.family_home, (20.0 + 19.5) / 2.0 * 31.0);
        close(flows.youth_days.residential, (60.0 + 46.5) / 2.0 * 31.0);
        close(flows.youth_days.other, (12.0 + 11.0) / 2.0 * 31.0);
    }

    #[test]
    fn breakdown_when_foster_capacity_falls() {
        let s = hand_scenario();
        let mut state = State::initial(&s);
        state.foster_families = 50.0; // capP after attrition: 49.5 × 1.2 = 59.4
        let drivers = MonthDrivers {
            recruit_per_year: 0.0,
            new_homes_per_year: 0.0,
            inflow_per_year: 0.0,
            days: 30.0,
        };
        let flows = step(&mut state, &s, &drivers);
        // After exits P = 98, so 98 − 59.4 = 38.6 break down: 4.5 to the free family-home
        // places (24 − 19.5), 34.1 into residential (mismatch).
        close(flows.breakdowns, 38.6);
        close(state.family_home, 24.0);
        // Mismatch: 12 − 1 (exit) + 34.1 = 45.1; no free family place to step down to.
        close(state.mismatch, 45.1);
        close(flows.stepdowns, 0.0);
        close(state.foster, 59.4);
    }

    #[test]
    fn family_home_breakdown_moves_to_free_foster_places() {
        let s = hand_scenario();
        let mut state = State::initial(&s);
        state.family_homes = 2.0; // one home closes this month: capG = 1 × 4 = 4
        let drivers = MonthDrivers {
            recruit_per_year: 0.0,
            new_homes_per_year: -12.0,
            inflow_per_year: 0.0,
            days: 30.0,
        };
        let flows = step(&mut state, &s, &drivers);
        // G after exits 19.5 > capG 4: 15.5 break down; free foster places 118.8 − 98 = 20.8.
        close(flows.breakdowns, 15.5);
        close(state.family_home, 4.0);
        // Step-down fills the remaining 5.3 foster places from the 11 mismatched children.
        close(flows.stepdowns, 5.3);
        close(state.foster, 118.8);
        close(state.mismatch, 5.7);
    }

    #[test]
    fn full_capacity_sends_inflow_to_residential() {
        let s = hand_scenario();
        let mut state = State::initial(&s);
        state.foster_families = 0.0;
        state.family_homes = 0.0;
        state.foster = 0.0;
        state.family_home = 0.0;
        let drivers = MonthDrivers {
            recruit_per_year: 0.0,
            new_homes_per_year: 0.0,
            inflow_per_year: 120.0,
            days: 31.0,
        };
        let flows = step(&mut state, &s, &drivers);
        close(flows.placed_for_lack_of_family_place, 6.5);
        close(state.mismatch, 11.0 + 6.5);
    }

    #[test]
    fn calendar() {
        assert_eq!(days_in_month(2019, 1), 28);
        assert_eq!(days_in_month(2020, 1), 29);
        assert_eq!(days_in_month(2100, 1), 28);
        assert_eq!(days_in_month(2000, 1), 29);
        assert_eq!((0..12).map(|m| days_in_month(2019, m)).sum::<u32>(), 365);
        assert_eq!((0..12).map(|m| days_in_month(2024, m)).sum::<u32>(), 366);
    }
}
