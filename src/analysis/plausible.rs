//! What has been seen: the bounds that mark a lever setting "ongebruikelijk" (issue 25).
//!
//! Each policy lever gets the bound of what national figures show (DOMAIN.md "What has been
//! seen"). These are orders of magnitude, not limits: a setting beyond its bound is marked, with
//! the reason in one line, and never refused. Where DOMAIN.md has no figure for a lever, the
//! bound is either the plan's own policy (the under-12 "nee, tenzij") or an assumption of
//! zothuis that says it is one ([`BoundBasis`]). The bounds live in one table, [`SEEN`], with
//! their sources; [`bound`] derives a scenario's bound for a lever from it.

use crate::analysis::goalseek::GoalLever;
use crate::scenario::Scenario;
use serde::Serialize;

/// One row of DOMAIN.md's "What has been seen", as this table uses it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SeenRow {
    /// The row's key (stable, for the CLI's JSON and the memo).
    pub key: &'static str,
    /// What the national figures show, in DOMAIN.md's words (English).
    pub seen_en: &'static str,
    /// The same in Dutch, for the memo and the app.
    pub seen_nl: &'static str,
    /// DOMAIN.md's sources for it.
    pub source: &'static str,
}

/// DOMAIN.md "What has been seen", the rows this product uses for its bounds.
pub const SEEN: [SeenRow; 4] = [
    SeenRow {
        key: "inflow_change",
        seen_en: "nationally, youths in 24-hour care never fell more than 8 % in a year in \
                  2015-2019, and not by more than about 5 % a year, year after year",
        seen_nl: "landelijk daalde het aantal kinderen in 24-uurszorg in 2015–2019 nooit meer \
                  dan 8 % in een jaar, en niet jaar na jaar meer dan ongeveer 5 %",
        source: "NJi cijfers jeugdhulp met verblijf",
    },
    SeenRow {
        key: "recruitment",
        seen_en: "nationally about 5-7 new foster families per 10,000 children a year; several \
                  times a region's share is unusual",
        seen_nl: "landelijk komen er per jaar 5–7 pleeggezinnen bij per 10.000 kinderen; een \
                  veelvoud van het eigen aandeel is ongebruikelijk",
        source: "NJi; Parlan; CBS population",
    },
    SeenRow {
        key: "retention",
        seen_en: "14 % of foster families stop a year; the largest change seen is a rise of \
                  about 30 % (2024)",
        seen_nl: "jaarlijks stopt 14 % van de pleeggezinnen; de grootste gemeten verandering \
                  is een stijging met ongeveer 30 % (2024)",
        source: "NOS; Parlan; Cardea on factsheet 2024",
    },
    SeenRow {
        key: "residential_stay",
        seen_en: "residential stays far below 6 months are rare outside crisis care \
                  (JeugdzorgPlus: 6.0-6.5 months)",
        seen_nl: "een residentieel verblijf ver onder 6 maanden is buiten crisiszorg zeldzaam \
                  (JeugdzorgPlus: 6,0–6,5 maanden)",
        source: "NJi",
    },
];

/// The sustained yearly fall of the inflow beyond which it is unusual, % a year.
pub const INFLOW_FALL_SUSTAINED_PCT: f64 = 5.0;
/// The largest fall seen in a single year, %.
pub const INFLOW_FALL_ONE_YEAR_PCT: f64 = 8.0;
/// New foster families a year per 10,000 children aged 0–17, the upper end of the national
/// 5–7.
pub const RECRUITS_PER_10000_CHILDREN: f64 = 7.0;
/// New foster families a year per active family nationally: 2,297 of 17,548 (2021), for a
/// region without a population.
pub const RECRUITS_PER_ACTIVE_FAMILY: f64 = 2297.0 / 17548.0;
/// "Several times its share": three times is read as unusual.
pub const SHARE_MULTIPLE: f64 = 3.0;
/// The largest change of the attrition seen, as a share of it (the ≈ 30 % rise of 2024).
pub const ATTRITION_CHANGE_SHARE: f64 = 0.30;
/// The shortest usual residential stay, months.
pub const SHORTEST_RESIDENTIAL_STAY_MONTHS: f64 = 6.0;
/// zothuis's assumption for substitution of residential care, which DOMAIN.md has no national
/// figure for: a fifth of the residential need.
pub const SUBSTITUTION_ASSUMED_PCT: f64 = 20.0;

/// Where a lever's bound comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BoundBasis {
    /// A national figure (the row of [`SEEN`]).
    Seen,
    /// The plan's own policy ("nee, tenzij": no child under 12 in residential care).
    PlanPolicy,
    /// No national figure exists: an assumption of zothuis, said so.
    Assumed,
}

/// A lever's bound in a scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bound {
    pub lever: GoalLever,
    /// The highest usual setting, in the lever's unit (as goal seek reads it: families a year,
    /// % less inflow a year, …); `None` only when the lever's range is below it.
    pub max: Option<f64>,
    pub basis: BoundBasis,
    /// The row of [`SEEN`] it comes from, for a national figure.
    pub seen: Option<&'static str>,
}

/// The row of [`SEEN`] with `key`.
pub fn seen_row(key: &str) -> Option<&'static SeenRow> {
    SEEN.iter().find(|row| row.key == key)
}

/// A region's usual share of national recruitment, new families a year: from its child
/// population where the scenario has one, else from its foster families.
pub fn recruitment_share(s: &Scenario) -> f64 {
    match &s.population {
        Some(p) if p.children > 0.0 => p.children * RECRUITS_PER_10000_CHILDREN / 10_000.0,
        _ => s.foster.families * RECRUITS_PER_ACTIVE_FAMILY,
    }
}

/// The bound of `lever` in scenario `s` (in goal seek's unit for the lever).
pub fn bound(lever: GoalLever, s: &Scenario) -> Bound {
    let (max, basis, seen) = match lever {
        GoalLever::Recruitment => (
            // Never below what the region already does without a plan.
            (recruitment_share(s) * SHARE_MULTIPLE)
                .floor()
                .max(f64::from(s.foster.status_quo_recruit_per_year)),
            BoundBasis::Seen,
            Some("recruitment"),
        ),
        GoalLever::InflowReduction => (
            INFLOW_FALL_SUSTAINED_PCT,
            BoundBasis::Seen,
            Some("inflow_change"),
        ),
        GoalLever::Retention => (
            (s.foster.attrition_pct * ATTRITION_CHANGE_SHARE * 10.0).floor() / 10.0,
            BoundBasis::Seen,
            Some("retention"),
        ),
        GoalLever::ShorterResidentialStay => {
            let stay = s.stay_months.residential;
            let max = if stay > SHORTEST_RESIDENTIAL_STAY_MONTHS {
                (100.0 * (1.0 - SHORTEST_RESIDENTIAL_STAY_MONTHS / stay)).floor()
            } else {
                0.0
            };
            (max, BoundBasis::Seen, Some("residential_stay"))
        }
        GoalLever::Substitution => (SUBSTITUTION_ASSUMED_PCT, BoundBasis::Assumed, None),
        GoalLever::Under12Substitution => (100.0, BoundBasis::PlanPolicy, None),
        GoalLever::NewHomes => (
            (s.family_home.homes * RECRUITS_PER_ACTIVE_FAMILY * SHARE_MULTIPLE)
                .floor()
                .max(1.0),
            BoundBasis::Assumed,
            None,
        ),
    };
    // A bound never lies outside the lever's own range.
    let (low, high) = lever.range(s);
    Bound {
        lever,
        max: Some(max.clamp(low, high)),
        basis,
        seen,
    }
}

/// How the bound of `lever` follows for scenario `s`, in plain English (the CLI prints it; the
/// app does not link it).
pub fn derivation(lever: GoalLever, s: &Scenario) -> String {
    match lever {
        GoalLever::Recruitment => {
            let how = match &s.population {
                Some(p) if p.children > 0.0 => format!(
                    "{} children aged 0-17 x {RECRUITS_PER_10000_CHILDREN} per 10,000",
                    p.children
                ),
                _ => format!(
                    "{} foster families x 2,297 new of 17,548 active nationally (2021)",
                    s.foster.families
                ),
            };
            format!(
                "{SHARE_MULTIPLE} x the region's share ({how} = {:.1} a year), at least the \
                 status-quo recruitment",
                recruitment_share(s)
            )
        }
        GoalLever::InflowReduction => format!(
            "a sustained fall of at most {INFLOW_FALL_SUSTAINED_PCT} % a year (one year of at \
             most {INFLOW_FALL_ONE_YEAR_PCT} %)"
        ),
        GoalLever::Retention => format!(
            "at most 30 % of the attrition of {} % a year, the largest change seen",
            s.foster.attrition_pct
        ),
        GoalLever::ShorterResidentialStay => format!(
            "a residential stay of at least {SHORTEST_RESIDENTIAL_STAY_MONTHS} months (from {})",
            s.stay_months.residential
        ),
        GoalLever::Substitution => format!(
            "no national figure; zothuis assumes at most {SUBSTITUTION_ASSUMED_PCT} % of the \
             residential need"
        ),
        GoalLever::Under12Substitution => {
            "the plan's own policy for under-12s ('nee, tenzij'): up to 100 %".to_string()
        }
        GoalLever::NewHomes => format!(
            "no national figure; zothuis assumes family homes grow at most as fast as the \
             foster-care bound: {SHARE_MULTIPLE} x 2,297 new of 17,548 a year, of {} homes, at \
             least 1",
            s.family_home.homes
        ),
    }
}

/// The bounds of every lever that exists in scenario `s`.
pub fn bounds(s: &Scenario) -> Vec<Bound> {
    GoalLever::ALL
        .into_iter()
        .filter(|l| l.applies_to(s))
        .map(|l| bound(l, s))
        .collect()
}

/// The cumulative change of `per_year` % a year over `years` years, in %:
/// −14.7 % a year over 4 years is −47 %.
pub fn compounded_pct(per_year: f64, years: u32) -> f64 {
    100.0 * ((1.0 + per_year / 100.0).powi(years as i32) - 1.0)
}

/// The cumulative change of a path of yearly changes (% each), in %.
pub fn compounded_path_pct(path: &[f64]) -> f64 {
    100.0 * (path.iter().fold(1.0, |acc, pct| acc * (1.0 + pct / 100.0)) - 1.0)
}

/// Whether setting `value` of `lever` lies beyond its bound in `s`.
pub fn beyond(lever: GoalLever, value: f64, s: &Scenario) -> bool {
    bound(lever, s).max.is_some_and(|max| value > max + 1e-9)
}

/// A lever setting of the scenario beyond what has been seen, as data for a one-line reason.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Unusual {
    pub lever: GoalLever,
    /// The setting that is beyond (the largest over the years, in the lever's unit).
    pub value: f64,
    /// Its bound.
    pub max: f64,
    /// For the inflow: the cumulative change over the years, in %.
    pub cumulative_pct: Option<f64>,
    pub basis: BoundBasis,
    pub seen: Option<&'static str>,
}

/// The lever's setting in scenario `s` as goal seek reads it: the largest over the years (the
/// fall of the inflow, families recruited, …), with the cumulative change of the inflow.
pub fn setting(lever: GoalLever, s: &Scenario) -> (f64, Option<f64>) {
    let max_of = |v: &[f64]| v.iter().copied().fold(0.0_f64, f64::max);
    match lever {
        GoalLever::Recruitment => (
            f64::from(s.foster.recruit_per_year.iter().copied().max().unwrap_or(0)),
            None,
        ),
        GoalLever::NewHomes => (
            f64::from(
                s.family_home
                    .new_per_year
                    .iter()
                    .copied()
                    .max()
                    .unwrap_or(0),
            ),
            None,
        ),
        GoalLever::InflowReduction => {
            // The average fall a year: a path of −8, 0, 0, 0 is one unusual year, not four.
            let cumulative = compounded_path_pct(&s.inflow.change_pct);
            let years = s.inflow.change_pct.len().max(1) as f64;
            let average_fall = -100.0 * ((1.0 + cumulative / 100.0).powf(1.0 / years) - 1.0);
            (average_fall, Some(cumulative))
        }
        GoalLever::Substitution => (max_of(&s.inflow.substitution_pct), None),
        GoalLever::ShorterResidentialStay => (largest_fall(&s.stay_change_pct.residential), None),
        GoalLever::Retention => (largest_fall(&s.foster.attrition_change_pts), None),
        GoalLever::Under12Substitution => (
            s.under12
                .as_ref()
                .map_or(0.0, |u| max_of(&u.substitution_pct)),
            None,
        ),
    }
}

/// The largest fall of a path of changes, as a positive number (0 when nothing falls).
fn largest_fall(path: &[f64]) -> f64 {
    path.iter().fold(0.0_f64, |m, c| m.max(-c))
}

/// Every lever setting of scenario `s` beyond what has been seen (moved by hand, from a file or
/// given by goal seek): the app marks each "ongebruikelijk", it never refuses one.
pub fn unusual(s: &Scenario) -> Vec<Unusual> {
    GoalLever::ALL
        .into_iter()
        .filter_map(|lever| unusual_lever(lever, s))
        .collect()
}

/// Lever `lever`'s setting in `s`, if it lies beyond what has been seen (and the lever is in
/// the scenario).
pub fn unusual_lever(lever: GoalLever, s: &Scenario) -> Option<Unusual> {
    if !lever.applies_to(s) {
        return None;
    }
    let b = bound(lever, s);
    let max = b.max?;
    let (mut value, cumulative_pct) = setting(lever, s);
    let mut limit = max;
    if lever == GoalLever::InflowReduction {
        // One year's fall beyond 8 % is unusual even when the average is not.
        let largest = largest_fall(&s.inflow.change_pct);
        if value <= max + 1e-9 && largest > INFLOW_FALL_ONE_YEAR_PCT + 1e-9 {
            value = largest;
            limit = INFLOW_FALL_ONE_YEAR_PCT;
        }
    }
    (value > limit + 1e-9).then_some(Unusual {
        lever,
        value,
        max: limit,
        cumulative_pct,
        basis: b.basis,
        seen: b.seen,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::by_id as preset;

    fn gooi() -> Scenario {
        preset("gooi-en-vechtstreek").unwrap().scenario()
    }

    #[test]
    fn compounding_in_words_matches_the_issue() {
        // −14.68 % a year over 2019–2022 is −47 % by 2022.
        assert_eq!(compounded_pct(-14.68, 4).round(), -47.0);
        assert!((compounded_path_pct(&[-10.0, -10.0]) - compounded_pct(-10.0, 2)).abs() < 1e-12);
        assert_eq!(compounded_path_pct(&[]), 0.0);
    }

    #[test]
    fn bounds_come_from_the_table() {
        let s = gooi();
        let b = bound(GoalLever::InflowReduction, &s);
        assert_eq!(b.max, Some(INFLOW_FALL_SUSTAINED_PCT));
        assert_eq!(b.seen, Some("inflow_change"));
        assert!(seen_row("inflow_change")
            .unwrap()
            .seen_nl
            .contains("nooit meer dan 8 % in een jaar"));
        // Gooi has no population: its share from its 140 foster families.
        let r = bound(GoalLever::Recruitment, &s);
        let share = 140.0 * RECRUITS_PER_ACTIVE_FAMILY;
        assert_eq!(r.max, Some((share * SHARE_MULTIPLE).floor()));
        assert_eq!(r.basis, BoundBasis::Seen);
        // 12 months residential: at most 50 % shorter (6 months).
        assert_eq!(bound(GoalLever::ShorterResidentialStay, &s).max, Some(50.0));
        // 14 % attrition: at most 4.2 points off.
        assert_eq!(bound(GoalLever::Retention, &s).max, Some(4.2));
        assert_eq!(
            bound(GoalLever::Substitution, &s).basis,
            BoundBasis::Assumed
        );
        let homes = bound(GoalLever::NewHomes, &s);
        assert_eq!(homes.basis, BoundBasis::Assumed);
        assert_eq!(
            homes.max,
            Some(
                (s.family_home.homes * RECRUITS_PER_ACTIVE_FAMILY * 3.0)
                    .floor()
                    .max(1.0)
            )
        );
        // Every row a bound names is in the table.
        for b in bounds(&s) {
            if let Some(key) = b.seen {
                assert!(seen_row(key).is_some(), "{key}");
            }
        }
    }

    #[test]
    fn recruitment_share_from_the_population_where_there_is_one() {
        let s = preset("zuid-limburg").unwrap().scenario();
        let share = recruitment_share(&s);
        assert!((share - 91_913.0 * 7.0 / 10_000.0).abs() < 1e-9, "{share}");
        assert!(derivation(GoalLever::Recruitment, &s).contains("91913 children"));
        assert_eq!(
            bound(GoalLever::Recruitment, &s).max,
            Some((share * 3.0).floor())
        );
    }

    #[test]
    fn a_setting_beyond_its_bound_is_unusual_and_never_changed() {
        let s = gooi();
        assert!(unusual(&s).is_empty(), "{:?}", unusual(&s));
        let steep = GoalLever::InflowReduction.apply(&s, 14.68);
        let found = unusual(&steep);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].lever, GoalLever::InflowReduction);
        assert!((found[0].value - 14.68).abs() < 1e-9);
        assert_eq!(found[0].cumulative_pct.map(f64::round), Some(-47.0));
        // One year of −8 % has been seen; four of −5 % too.
        let mut one_year = s.clone();
        one_year.inflow.change_pct = vec![-8.0, 0.0, 0.0, 0.0];
        assert!(unusual(&one_year).is_empty());
        one_year.inflow.change_pct = vec![-9.0, 0.0, 0.0, 0.0];
        assert_eq!(unusual(&one_year)[0].max, INFLOW_FALL_ONE_YEAR_PCT);
        assert!(unusual(&GoalLever::InflowReduction.apply(&s, 5.0)).is_empty());
        assert!(beyond(GoalLever::Recruitment, 76.0, &s));
        assert!(!beyond(GoalLever::Under12Substitution, 100.0, &s));
    }
}
