//! The monthly step of MODEL.md §4, in its exact order, on plain `f64` state.
//!
//! Stocks are held per band: `u` (under 12) and `o` (12 and over, or all ages without the
//! `under12` block). Without the block only band `o` is stepped, and every operation is v1's in
//! v1's order, so a v1 scenario gives its v1 results bit for bit (MODEL.md §9).

use crate::scenario::{PerForm, Scenario};

/// The stocks of one band (MODEL.md §4 "Bands").
///
/// Residential care is held in two parts: `residential_need` (Rn, needs residential care) and
/// `mismatch` (Rw, family-suitable but placed residentially for lack of a family place).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Band {
    pub foster: f64,
    pub family_home: f64,
    pub residential_need: f64,
    pub mismatch: f64,
    pub other: f64,
}

impl Band {
    pub fn residential(&self) -> f64 {
        self.residential_need + self.mismatch
    }

    /// `P + G + Rn + Rw + O`, in that order.
    pub fn total(&self) -> f64 {
        self.foster + self.family_home + self.residential_need + self.mismatch + self.other
    }

    /// The five stocks in the step's order (P, G, Rn, Rw, O).
    fn stocks_mut(&mut self) -> [&mut f64; 5] {
        [
            &mut self.foster,
            &mut self.family_home,
            &mut self.residential_need,
            &mut self.mismatch,
            &mut self.other,
        ]
    }
}

/// Band index of the children under 12.
pub const UNDER12: usize = 0;
/// Band index of the children aged 12 and over (all children without `under12`).
pub const OLDER: usize = 1;

/// The population and capacity on a given moment (MODEL.md §4 "State").
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct State {
    /// `[u, o]`; without `under12` band `u` stays empty and is never stepped.
    pub bands: [Band; 2],
    /// The first band stepped: [`UNDER12`] with the `under12` block, [`OLDER`] without.
    pub first_band: usize,
    pub foster_families: f64,
    pub family_homes: f64,
}

impl State {
    /// The state on 1 January of the start year.
    pub fn initial(s: &Scenario) -> Self {
        let (young, young_mismatch) = match &s.under12 {
            Some(u) => (u.stock, u.mismatch),
            None => (PerForm::default(), 0.0),
        };
        let band = |stock: PerForm<f64>, mismatch: f64| Band {
            foster: stock.foster,
            family_home: stock.family_home,
            residential_need: stock.residential - mismatch,
            mismatch,
            other: stock.other,
        };
        let older = if s.under12.is_some() {
            band(
                PerForm {
                    foster: s.stock.foster - young.foster,
                    family_home: s.stock.family_home - young.family_home,
                    residential: s.stock.residential - young.residential,
                    other: s.stock.other - young.other,
                },
                s.mismatch - young_mismatch,
            )
        } else {
            band(s.stock, s.mismatch)
        };
        State {
            bands: [band(young, young_mismatch), older],
            first_band: if s.under12.is_some() { UNDER12 } else { OLDER },
            foster_families: s.foster.families,
            family_homes: s.family_home.homes,
        }
    }

    /// A form's stock summed over the bands (`P = P_u + P_o`); with one band, band `o`'s own.
    fn sum(&self, part: impl Fn(&Band) -> f64) -> f64 {
        if self.first_band == OLDER {
            part(&self.bands[OLDER])
        } else {
            part(&self.bands[UNDER12]) + part(&self.bands[OLDER])
        }
    }

    pub fn foster(&self) -> f64 {
        self.sum(|b| b.foster)
    }

    pub fn family_home(&self) -> f64 {
        self.sum(|b| b.family_home)
    }

    pub fn residential_need(&self) -> f64 {
        self.sum(|b| b.residential_need)
    }

    pub fn mismatch(&self) -> f64 {
        self.sum(|b| b.mismatch)
    }

    pub fn other(&self) -> f64 {
        self.sum(|b| b.other)
    }

    pub fn residential(&self) -> f64 {
        self.residential_need() + self.mismatch()
    }

    /// `total = P + G + Rn + Rw + O`, added in that order (MODEL.md §6).
    pub fn total(&self) -> f64 {
        self.foster()
            + self.family_home()
            + self.residential_need()
            + self.mismatch()
            + self.other()
    }

    /// Occupancy per reported care form (residential = both parts).
    pub fn occupancy(&self) -> PerForm<f64> {
        PerForm {
            foster: self.foster(),
            family_home: self.family_home(),
            residential: self.residential(),
            other: self.other(),
        }
    }

    /// The under-12 band's occupancy per reported form (zero without the band).
    pub fn under12_occupancy(&self) -> PerForm<f64> {
        let u = &self.bands[UNDER12];
        PerForm {
            foster: u.foster,
            family_home: u.family_home,
            residential: u.residential(),
            other: u.other,
        }
    }
}

/// What drives one month besides the scenario's fixed parameters: the year's levers in force.
#[derive(Clone, Copy, Debug)]
pub struct MonthDrivers {
    /// Gross foster families recruited per year whose first placement can be this month (v3:
    /// the recruitment of `lead_months` earlier, MODEL.md §4 step 2; this month's arrivals are
    /// a twelfth of it).
    pub recruit_per_year: f64,
    /// Family homes opened (negative: closed) in this projected year.
    pub new_homes_per_year: f64,
    /// Yearly inflow `A[y]` of this projected year.
    pub inflow_per_year: f64,
    /// Calendar days in this month.
    pub days: f64,
    /// Stay per form in force this year, in months (`stay_months × (1 + change/100)`).
    pub stay: PerForm<f64>,
    /// Foster-family attrition in force this year, in percent (`attrition_pct + change`).
    pub attrition_pct: f64,
    /// Substitution in force this year per band `[u, o]`, in percent.
    pub substitution_pct: [f64; 2],
}

impl MonthDrivers {
    /// The drivers of a year without any v2 lever: the scenario's own stays and attrition.
    pub fn v1(s: &Scenario, recruit: f64, new_homes: f64, inflow: f64, days: f64) -> Self {
        MonthDrivers {
            recruit_per_year: recruit,
            new_homes_per_year: new_homes,
            inflow_per_year: inflow,
            days,
            stay: s.stay_months,
            attrition_pct: s.foster.attrition_pct,
            substitution_pct: [0.0, 0.0],
        }
    }
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
    /// Children entering each form, from the inflow or from another form (MODEL.md §4).
    pub admissions: PerForm<f64>,
    /// Where the month's inflow was placed: family forms, residential, other.
    pub inflow_family: f64,
    pub inflow_residential: f64,
    pub inflow_other: f64,
    /// Admissions to residential care of band `u`.
    pub residential_admissions_under12: f64,
    /// v3: children of the residential need placed in a family form instead (the placed part
    /// of the `s_b` groups; a substituted child still waiting is not counted).
    pub substituted: f64,
    /// v3: band u's part of `placed_for_lack_of_family_place`.
    pub placed_for_lack_of_family_place_under12: f64,
    /// Families that would have stopped without the attrition policy (MODEL.md §5).
    pub retained_families: f64,
    /// Residential occupancy `R` at the end of the month.
    pub residential_end: f64,
}

/// Moves up to `want` children into the free places `capacity − occupied` (never negative).
fn fill(want: f64, capacity: f64, occupied: f64) -> f64 {
    want.min((capacity - occupied).max(0.0))
}

/// The two family forms, for the steps that treat them alike (breakdowns, placing the inflow).
#[derive(Clone, Copy, PartialEq, Eq)]
enum FamilyForm {
    Foster,
    FamilyHome,
}

impl FamilyForm {
    fn of(self, band: &mut Band) -> &mut f64 {
        match self {
            FamilyForm::Foster => &mut band.foster,
            FamilyForm::FamilyHome => &mut band.family_home,
        }
    }

    fn other(self) -> FamilyForm {
        match self {
            FamilyForm::Foster => FamilyForm::FamilyHome,
            FamilyForm::FamilyHome => FamilyForm::Foster,
        }
    }

    fn total(self, state: &State) -> f64 {
        match self {
            FamilyForm::Foster => state.foster(),
            FamilyForm::FamilyHome => state.family_home(),
        }
    }

    fn form(self) -> crate::scenario::Form {
        match self {
            FamilyForm::Foster => crate::scenario::Form::Foster,
            FamilyForm::FamilyHome => crate::scenario::Form::FamilyHome,
        }
    }
}

/// Step 5 for one family form whose capacity `cap` fell below its occupancy: the broken
/// placements go to a free place of the other family form (capacity `cap_other`), the rest to
/// residential care for lack of one. Band u's share of the broken placements is its share of
/// the form; band o keeps what capacity is left.
fn break_down(
    state: &mut State,
    flows: &mut MonthFlows,
    from: FamilyForm,
    cap: f64,
    cap_other: f64,
) {
    let total = from.total(state);
    if total <= cap {
        return;
    }
    let to = from.other();
    let broken = total - cap;
    let mut parts = [0.0, broken];
    if state.first_band == UNDER12 {
        parts[UNDER12] = broken * *from.of(&mut state.bands[UNDER12]) / total;
        parts[OLDER] = broken - parts[UNDER12];
        *from.of(&mut state.bands[UNDER12]) -= parts[UNDER12];
        *from.of(&mut state.bands[OLDER]) = cap - *from.of(&mut state.bands[UNDER12]);
    } else {
        *from.of(&mut state.bands[OLDER]) = cap;
    }
    let bands = state.first_band..2;
    for b in bands {
        let moved = fill(parts[b], cap_other, to.total(state));
        *to.of(&mut state.bands[b]) += moved;
        state.bands[b].mismatch += parts[b] - moved;
        let admitted = flows.admissions.get(to.form()) + moved;
        flows.admissions.set(to.form(), admitted);
        flows.admissions.residential += parts[b] - moved;
        if b == UNDER12 {
            flows.residential_admissions_under12 += parts[b] - moved;
        }
    }
    flows.breakdowns += broken;
}

/// Advances `state` by one month (MODEL.md §4, steps 1–8) and returns the month's flows.
pub fn step(state: &mut State, s: &Scenario, drivers: &MonthDrivers) -> MonthFlows {
    let mut flows = MonthFlows::default();
    let bands = state.first_band..2;

    // 1. Snapshot.
    let start = state.occupancy();

    // 2. Capacity. Retention counts the families the policy keeps, from F before this step.
    let saved_pts = s.foster.attrition_pct - drivers.attrition_pct;
    if saved_pts > 0.0 {
        flows.retained_families = state.foster_families * saved_pts / 1200.0;
    }
    state.foster_families = state.foster_families * (1.0 - drivers.attrition_pct / 1200.0)
        + drivers.recruit_per_year / 12.0;
    state.family_homes = (state.family_homes + drivers.new_homes_per_year / 12.0).max(0.0);
    let cap_foster = state.foster_families * s.foster.children_per_family;
    let cap_family_home = state.family_homes * s.family_home.places_per_home;
    flows.capacity_foster = cap_foster;
    flows.capacity_family_home = cap_family_home;

    // 3. Exits; both residential parts leave at the residential stay.
    let stay = &drivers.stay;
    let months = [
        stay.foster,
        stay.family_home,
        stay.residential,
        stay.residential,
        stay.other,
    ];
    for b in bands.clone() {
        for (x, m) in state.bands[b].stocks_mut().into_iter().zip(months) {
            let out = *x / m;
            *x -= out;
            flows.exits += out;
        }
    }

    // 4. Ageing (only with the under-12 band): a share of each under-12 stock turns 12.
    if let (UNDER12, Some(u)) = (state.first_band, &s.under12) {
        let [young, older] = &mut state.bands;
        for (x_u, x_o) in young.stocks_mut().into_iter().zip(older.stocks_mut()) {
            let aged = *x_u * u.ageing_pct / 1200.0;
            *x_u -= aged;
            *x_o += aged;
        }
    }

    // 5. Breakdowns: capacity fell below occupancy, foster care first, then family homes.
    break_down(
        state,
        &mut flows,
        FamilyForm::Foster,
        cap_foster,
        cap_family_home,
    );
    break_down(
        state,
        &mut flows,
        FamilyForm::FamilyHome,
        cap_family_home,
        cap_foster,
    );

    // 6. Inflow, split over the bands, then by need (MODEL.md §4 step 6, v3): the family-home
    // need, the substituted children and the foster need are placed in that order, each in
    // its own first form, then the other family form; the rest waits in Rw.
    let inflow = drivers.inflow_per_year / 12.0;
    let mut per_band = [0.0, inflow];
    let mut needs = [(0.0, 0.0, 0.0); 2];
    needs[OLDER] = (
        s.inflow.residential_need_pct,
        s.inflow.other_need_pct,
        s.inflow.family_home_need_pct,
    );
    if let (UNDER12, Some(u)) = (state.first_band, &s.under12) {
        per_band[UNDER12] = inflow * u.inflow_pct / 100.0;
        per_band[OLDER] = inflow - per_band[UNDER12];
        needs[UNDER12] = (
            u.residential_need_pct,
            u.other_need_pct,
            u.family_home_need_pct,
        );
    }
    // Per band: (family-home need, substituted, foster need).
    let mut groups = [(0.0, 0.0, 0.0); 2];
    let mut to_residential = [0.0; 2];
    for b in bands.clone() {
        let (residential_need_pct, other_need_pct, family_home_need_pct) = needs[b];
        let to_other = per_band[b] * other_need_pct / 100.0;
        let need = per_band[b] * residential_need_pct / 100.0;
        let substituted = need * drivers.substitution_pct[b] / 100.0;
        to_residential[b] = need - substituted;
        let family_home_need = per_band[b] * family_home_need_pct / 100.0;
        // v2 computed `I − iO − iR`; v3's `I − iO − need − iG` is the same number when no child
        // is substituted and none needs a family home (x − 0 is x), so v1 and v2 files without
        // these fields keep their results bit for bit.
        let foster_need = if substituted == 0.0 && family_home_need == 0.0 {
            per_band[b] - to_other - to_residential[b]
        } else {
            per_band[b] - to_other - need - family_home_need
        };
        groups[b] = (family_home_need, substituted, foster_need);
        state.bands[b].other += to_other;
        state.bands[b].residential_need += to_residential[b];
        flows.inflow_other += to_other;
        flows.admissions.other += to_other;
    }
    for b in bands.clone() {
        let (family_home_need, substituted, foster_need) = groups[b];
        let mut waiting = 0.0;
        for (n, first, is_substituted) in [
            (family_home_need, FamilyForm::FamilyHome, false),
            (substituted, FamilyForm::FamilyHome, true),
            (foster_need, FamilyForm::Foster, false),
        ] {
            if n == 0.0 && first == FamilyForm::FamilyHome {
                continue;
            }
            let second = first.other();
            let cap = |form: FamilyForm| match form {
                FamilyForm::Foster => cap_foster,
                FamilyForm::FamilyHome => cap_family_home,
            };
            let x = fill(n, cap(first), first.total(state));
            *first.of(&mut state.bands[b]) += x;
            let rest = n - x;
            let y = fill(rest, cap(second), second.total(state));
            *second.of(&mut state.bands[b]) += y;
            let (to_foster, to_home) = match first {
                FamilyForm::Foster => (x, y),
                FamilyForm::FamilyHome => (y, x),
            };
            flows.admissions.foster += to_foster;
            flows.admissions.family_home += to_home;
            flows.inflow_family += to_foster + to_home;
            if is_substituted {
                flows.substituted += x + y;
            }
            waiting += rest - y;
        }
        state.bands[b].mismatch += waiting;
        flows.placed_for_lack_of_family_place += waiting;
        flows.admissions.residential += to_residential[b] + waiting;
        flows.inflow_residential += to_residential[b] + waiting;
        if b == UNDER12 {
            flows.residential_admissions_under12 += to_residential[b] + waiting;
            flows.placed_for_lack_of_family_place_under12 += waiting;
        }
    }
    flows.inflow = inflow;

    // 7. Step-down: mismatch moves to free family places, foster care first, band u first.
    for b in bands {
        let to_foster = fill(state.bands[b].mismatch, cap_foster, state.foster());
        state.bands[b].mismatch -= to_foster;
        state.bands[b].foster += to_foster;
        let to_home = fill(
            state.bands[b].mismatch,
            cap_family_home,
            state.family_home(),
        );
        state.bands[b].mismatch -= to_home;
        state.bands[b].family_home += to_home;
        flows.stepdowns += to_foster + to_home;
        flows.admissions.foster += to_foster;
        flows.admissions.family_home += to_home;
    }

    // 8. Youth-days: the mean of the two snapshots times the calendar days.
    let end = state.occupancy();
    flows.residential_end = end.residential;
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

    /// The scenario's starting state with no foster family, no family home and no child in
    /// either: every family-suitable child waits.
    fn without_family_places(s: &Scenario) -> State {
        let mut state = State::initial(s);
        state.foster_families = 0.0;
        state.family_homes = 0.0;
        state.bands[OLDER].foster = 0.0;
        state.bands[OLDER].family_home = 0.0;
        state
    }

    #[test]
    fn first_month_by_hand() {
        let s = hand_scenario();
        let mut state = State::initial(&s);
        let drivers = MonthDrivers::v1(&s, 24.0, 12.0, 120.0, 31.0);
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
        close(state.other(), 10.0 + 1.0);
        close(state.residential_need(), 44.0 + 2.5);
        close(flows.placed_for_lack_of_family_place, 0.0);
        // Step-down: Rw 11 to foster (free 121.2 − 104.5 = 16.7).
        close(flows.stepdowns, 11.0);
        close(state.mismatch(), 0.0);
        close(state.foster(), 98.0 + 6.5 + 11.0);
        close(state.family_home(), 19.5);
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
        let drivers = MonthDrivers::v1(&s, 0.0, 0.0, 0.0, 30.0);
        let flows = step(&mut state, &s, &drivers);
        // After exits P = 98, so 98 − 59.4 = 38.6 break down: 4.5 to the free family-home
        // places (24 − 19.5), 34.1 into residential (mismatch).
        close(flows.breakdowns, 38.6);
        close(state.family_home(), 24.0);
        // Mismatch: 12 − 1 (exit) + 34.1 = 45.1; no free family place to step down to.
        close(state.mismatch(), 45.1);
        close(flows.stepdowns, 0.0);
        close(state.foster(), 59.4);
    }

    #[test]
    fn family_home_breakdown_moves_to_free_foster_places() {
        let s = hand_scenario();
        let mut state = State::initial(&s);
        state.family_homes = 2.0; // one home closes this month: capG = 1 × 4 = 4
        let drivers = MonthDrivers::v1(&s, 0.0, -12.0, 0.0, 30.0);
        let flows = step(&mut state, &s, &drivers);
        // G after exits 19.5 > capG 4: 15.5 break down; free foster places 118.8 − 98 = 20.8.
        close(flows.breakdowns, 15.5);
        close(state.family_home(), 4.0);
        // Step-down fills the remaining 5.3 foster places from the 11 mismatched children.
        close(flows.stepdowns, 5.3);
        close(state.foster(), 118.8);
        close(state.mismatch(), 5.7);
    }

    #[test]
    fn full_capacity_sends_inflow_to_residential() {
        let s = hand_scenario();
        let mut state = without_family_places(&s);
        let drivers = MonthDrivers::v1(&s, 0.0, 0.0, 120.0, 31.0);
        let flows = step(&mut state, &s, &drivers);
        close(flows.placed_for_lack_of_family_place, 6.5);
        close(state.mismatch(), 11.0 + 6.5);
    }

    /// The hand scenario as a schema 2 file with an under-12 band: of the 100/20/60/12 children,
    /// 20/5/12/0 are under 12 (2 of the 12 mismatched), 30 % of the inflow is under 12 with
    /// 10 % residential need, and 12 % of the under-12 children turn 12 in a year.
    fn hand_scenario_with_band() -> Scenario {
        let mut v: serde_json::Value = serde_json::from_str(&hand_scenario().to_json()).unwrap();
        v["schema"] = 2.into();
        v["under12"] = serde_json::json!({
            "stock": {"foster": 20, "family_home": 5, "residential": 12, "other": 0},
            "mismatch": 2, "inflow_pct": 30, "residential_need_pct": 10, "ageing_pct": 12
        });
        crate::scenario::parse_value(&v).unwrap()
    }

    #[test]
    fn ageing_and_the_bands_by_hand() {
        let s = hand_scenario_with_band();
        let mut state = State::initial(&s);
        assert_eq!(state.first_band, UNDER12);
        close(state.bands[UNDER12].residential_need, 10.0);
        close(state.bands[OLDER].residential_need, 38.0);
        close(state.bands[OLDER].mismatch, 10.0);
        let flows = step(
            &mut state,
            &s,
            &MonthDrivers::v1(&s, 24.0, 12.0, 120.0, 31.0),
        );
        // Exits as without the band: 9.5.
        close(flows.exits, 9.5);
        // Ageing 1 % a month of what stays after exits: P_u 19.6 → 19.404, 0.196 to band o.
        // Inflow 10: 3 under 12 (0.3 residential, 2.7 family-suitable), 7 aged 12+ (0.7
        // other, 1.75 residential, 4.55 family-suitable); all find a foster place.
        close(
            state.bands[UNDER12].residential_need,
            9.1666666667 * 0.99 + 0.3,
        );
        close(
            state.bands[OLDER].residential_need,
            34.8333333333 + 9.1666666667 * 0.01 + 1.75,
        );
        close(state.bands[OLDER].other, 10.0 + 0.7);
        // Step-down, band u first: 1.815 then 9.185, 11 in all.
        close(flows.stepdowns, 11.0);
        close(state.bands[UNDER12].foster, 19.404 + 2.7 + 1.815);
        close(state.bands[OLDER].foster, 78.596 + 4.55 + 9.185);
        close(state.mismatch(), 0.0);
        // Conservation per band: u lost its exits and its ageing, gained its inflow.
        close(state.bands[UNDER12].total(), 37.0 - 1.525 - 0.35475 + 3.0);
        close(state.bands[OLDER].total(), 155.0 - 7.975 + 0.35475 + 7.0);
        close(flows.residential_admissions_under12, 0.3);
    }

    #[test]
    fn children_under_12_take_free_places_first() {
        let s = hand_scenario_with_band();
        let mut state = State::initial(&s);
        // capP = (83 × 0.99 + 2) × 1.2 = 101.004: after exits 3.004 foster places are free.
        state.foster_families = 83.0;
        let flows = step(
            &mut state,
            &s,
            &MonthDrivers::v1(&s, 24.0, 0.0, 120.0, 31.0),
        );
        close(flows.capacity_foster, 101.004);
        // Band u's 2.7 family-suitable children all go to foster care; band o gets the 0.304
        // places left, and its other 4.246 go to the free family-home places (24 − 19.5).
        close(state.bands[UNDER12].foster, 19.404 + 2.7);
        close(state.bands[OLDER].foster, 78.596 + 0.304);
        close(state.bands[OLDER].family_home, 14.67375 + 4.246);
        close(flows.placed_for_lack_of_family_place, 0.0);
        // The 0.254 home places left take mismatch in the step-down, band u first.
        close(flows.stepdowns, 0.254);
        close(state.bands[UNDER12].mismatch, 1.815 - 0.254);
    }

    #[test]
    fn a_substituted_child_takes_a_family_place_or_waits() {
        let mut s = hand_scenario();
        s.schema = 2;
        s.inflow.substitution_pct = vec![40.0];
        let mut drivers = MonthDrivers::v1(&s, 24.0, 12.0, 120.0, 31.0);
        drivers.substitution_pct = [0.0, 40.0];
        // With family places free: of the 2.5 needing residential care, 1 is placed in a
        // family form instead; 7.5 family-suitable children all find a foster place.
        let mut state = State::initial(&s);
        let flows = step(&mut state, &s, &drivers);
        close(flows.substituted, 1.0);
        close(state.residential_need(), 44.0 + 1.5);
        close(flows.inflow_family, 7.5);
        close(flows.inflow_residential, 1.5);
        close(flows.admissions.residential, 1.5);
        // With no family place at all the substituted child waits in Rw like any
        // family-suitable child: residential admissions are as without substitution (9).
        let mut state = without_family_places(&s);
        drivers.recruit_per_year = 0.0;
        drivers.new_homes_per_year = 0.0;
        let flows = step(&mut state, &s, &drivers);
        close(flows.placed_for_lack_of_family_place, 7.5);
        close(state.mismatch(), 11.0 + 7.5);
        close(flows.admissions.residential, 1.5 + 7.5);
        close(flows.inflow_residential, 9.0);
        close(flows.inflow_family, 0.0);
    }

    /// The hand scenario as a schema 3 file with `edit` applied to its JSON.
    fn hand_v3(edit: impl FnOnce(&mut serde_json::Value)) -> Scenario {
        crate::scenario::edited_as(&hand_scenario(), 3, edit)
    }

    #[test]
    fn children_who_need_a_family_home_go_there_first() {
        // 20 % of the inflow needs a family home: of the month's 10, 1 other, 2.5 residential,
        // 2 family home, 4.5 foster.
        let s = hand_v3(|v| v["inflow"]["family_home_need_pct"] = 20.into());
        let mut state = State::initial(&s);
        let flows = step(
            &mut state,
            &s,
            &MonthDrivers::v1(&s, 24.0, 12.0, 120.0, 31.0),
        );
        // capG = 28, G after exits 19.5: the 2 fit; the 4.5 go to foster care (23.2 free), and
        // the 11 waiting step down into the 18.7 foster places left.
        close(state.family_home(), 19.5 + 2.0);
        close(state.foster(), 98.0 + 4.5 + 11.0);
        close(flows.admissions.family_home, 2.0);
        close(flows.admissions.foster, 4.5 + 11.0);
        close(flows.inflow_family, 6.5);
        close(flows.placed_for_lack_of_family_place, 0.0);
        // With the homes full (capG = 19.5 after exits) they take a foster place instead.
        let mut state = State::initial(&s);
        state.family_homes = 4.875;
        let flows = step(
            &mut state,
            &s,
            &MonthDrivers::v1(&s, 24.0, 0.0, 120.0, 31.0),
        );
        close(flows.capacity_family_home, 19.5);
        close(state.family_home(), 19.5);
        close(flows.admissions.foster, 2.0 + 4.5 + 11.0);
        // Without the field the month is v2's: all 6.5 family-suitable children to foster care.
        let plain = hand_v3(|_| {});
        let mut state = State::initial(&plain);
        step(
            &mut state,
            &plain,
            &MonthDrivers::v1(&plain, 24.0, 12.0, 120.0, 31.0),
        );
        close(state.family_home(), 19.5);
    }

    #[test]
    fn a_substituted_child_takes_a_family_home_first_and_counts_when_placed() {
        let s = hand_v3(|v| v["inflow"]["substitution_pct"] = serde_json::json!([40]));
        let mut drivers = MonthDrivers::v1(&s, 24.0, 12.0, 120.0, 31.0);
        drivers.substitution_pct = [0.0, 40.0];
        // Of the 2.5 needing residential care 1 is substituted: a family-home place (8.5 free)
        // rather than a foster place; the 6.5 with a foster need go to foster care.
        let mut state = State::initial(&s);
        let flows = step(&mut state, &s, &drivers);
        close(flows.substituted, 1.0);
        close(state.family_home(), 19.5 + 1.0);
        close(flows.admissions.family_home, 1.0);
        close(flows.inflow_family, 7.5);
        // With no family place at all the substituted child waits, and is not counted (nor
        // paid for): v2 counted the 1 anyway.
        let mut state = without_family_places(&s);
        drivers.recruit_per_year = 0.0;
        drivers.new_homes_per_year = 0.0;
        let flows = step(&mut state, &s, &drivers);
        close(flows.substituted, 0.0);
        close(flows.placed_for_lack_of_family_place, 7.5);
        // Only a part fits: after exits 0.4 home places are free (capG 19.9, G 19.5) and 0.3
        // foster places (capP 98.3, P 98). The substituted child takes 0.4 + 0.3 and 0.3 of it
        // waits; the 6.5 with a foster need find nothing and wait too.
        let mut state = State::initial(&s);
        state.family_homes = 19.9 / 4.0;
        state.foster_families = 98.3 / 1.2 / 0.99;
        drivers.new_homes_per_year = 0.0;
        drivers.recruit_per_year = 0.0;
        let flows = step(&mut state, &s, &drivers);
        close(flows.substituted, 0.7);
        close(flows.admissions.family_home, 0.4);
        close(flows.admissions.foster, 0.3);
        close(flows.placed_for_lack_of_family_place, 0.3 + 6.5);
    }

    #[test]
    fn a_shorter_stay_and_retention_act_through_the_drivers() {
        let mut s = hand_scenario();
        s.schema = 2;
        s.stay_change_pct.residential = vec![-25.0];
        s.foster.attrition_change_pts = vec![-6.0];
        let mut first = None;
        crate::engine::simulate(&s, crate::engine::Mode::Scenario, |m, state, flows| {
            if m == 0 {
                first = Some((*state, *flows));
            }
        });
        let (state, flows) = first.unwrap();
        // Residential stay 12 × 0.75 = 9 months: Rn 48/9, Rw 12/9 leave.
        close(flows.exits, 2.0 + 0.5 + 48.0 / 9.0 + 12.0 / 9.0 + 2.0);
        // Attrition 12 − 6 = 6 % a year: F = 100 × (1 − 0.005) + 0 = 99.5; the 6 points kept
        // 100 × 6/1200 = 0.5 families.
        close(state.foster_families, 99.5);
        close(flows.retained_families, 0.5);
        // The status quo keeps v1's stay and attrition.
        let mut sq_first = None;
        crate::engine::simulate(&s, crate::engine::Mode::StatusQuo, |m, state, flows| {
            if m == 0 {
                sq_first = Some((*state, *flows));
            }
        });
        let (sq_state, sq_flows) = sq_first.unwrap();
        close(sq_flows.exits, 9.5);
        close(sq_state.foster_families, 99.0);
        close(sq_flows.retained_families, 0.0);
    }

    #[test]
    fn admissions_of_a_month_with_a_breakdown_and_a_step_down() {
        let s = hand_scenario();
        let mut state = State::initial(&s);
        state.family_homes = 2.0;
        let flows = step(&mut state, &s, &MonthDrivers::v1(&s, 0.0, -12.0, 0.0, 30.0));
        // 15.5 family-home placements break down and all find a foster place; then 5.3
        // mismatched children step down into the last foster places: 20.8 foster admissions.
        close(flows.admissions.foster, 15.5 + 5.3);
        close(flows.admissions.family_home, 0.0);
        close(flows.admissions.residential, 0.0);
        // A foster breakdown with too few home places: 4.5 to homes, 34.1 residential.
        let mut state = State::initial(&s);
        state.foster_families = 50.0;
        let flows = step(&mut state, &s, &MonthDrivers::v1(&s, 0.0, 0.0, 0.0, 30.0));
        close(flows.admissions.family_home, 4.5);
        close(flows.admissions.residential, 34.1);
        close(flows.admissions.foster, 0.0);
        close(flows.residential_end, state.residential());
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
