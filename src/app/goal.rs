//! The goal-seek answer as the app shows it: kept as data ([`GoalAnswer`]) and worded at render
//! in the user's language, a sentence and the action that applies it.

use crate::analysis::goalseek::{
    ChanceSeekResult, GoalLever, GoalSeekError, GoalSeekResult, Unreachable,
};
use crate::i18n::format::format_plain_number;
use crate::i18n::{messages, Lang, Text};
use crate::scenario::fields::FieldId;
use crate::scenario::Scenario;

/// A goal-seek answer as computed, for the scenario it was computed for: worded when shown, so a
/// switch of language words it anew.
#[derive(Clone, Debug, PartialEq)]
pub enum GoalAnswer {
    /// The smallest setting that meets the target (or why none does).
    Setting(GoalSeekResult),
    /// The smallest setting that meets it with the chance asked.
    Chance(ChanceSeekResult),
    /// The question could not be asked of this scenario.
    Refused(GoalSeekError),
}

impl GoalAnswer {
    /// What "Toepassen" did, said after it (the cell keeps the focus): "Toegepast: 70 %
    /// kortere verblijfsduur residentieel (was 0)."; `s` is the scenario before it.
    pub fn applied(&self, s: &Scenario, lang: Lang) -> Option<String> {
        let (lever, value) = match self {
            GoalAnswer::Setting(r) => {
                let step = slider_step(r.lever, s);
                (r.lever, ((r.value? / step) - 1e-9).ceil() * step)
            }
            GoalAnswer::Chance(r) => (r.lever, r.value?),
            GoalAnswer::Refused(_) => return None,
        };
        let (_, now) = lever_field(lever, s);
        Some(messages::goal_applied(
            lever,
            &format_plain_number(value, lang),
            &format_plain_number(now, lang),
            lang,
        ))
    }

    /// The answer in a sentence, and the lever path and text that apply it, if there is one.
    pub fn describe(&self, s: &Scenario, lang: Lang) -> (String, Option<(&'static str, String)>) {
        match self {
            GoalAnswer::Setting(r) => describe(r, s, lang),
            GoalAnswer::Chance(r) => describe_chance(r, s, lang),
            GoalAnswer::Refused(e) => (crate::i18n::goal_seek_error_message(e, lang), None),
        }
    }
}

/// The answer in a sentence for the app, and the action that applies it (a lever path and the
/// text to set every year to), if there is an answer.
pub fn describe(
    result: &GoalSeekResult,
    s: &Scenario,
    lang: Lang,
) -> (String, Option<(&'static str, String)>) {
    let (path, now) = lever_field(result.lever, s);
    // The answer on the lever's own step, rounded up (more of a lever never hurts the target,
    // so the rounded value still meets it): "10,5 % minder instroom", not "10,04 %".
    let step = slider_step(result.lever, s);
    let rounded = result.value.map(|v| ((v / step) - 1e-9).ceil() * step);
    let (value, now) = (
        rounded.map(|v| format_plain_number(v, lang)),
        format_plain_number(now, lang),
    );
    match (value, result.unreachable) {
        (Some(v), _) => (
            messages::goal_needed(result.lever, &v, &now, lang)
                + &rounded.map_or(String::new(), |r| answer_note(result.lever, r, s, lang)),
            rounded.map(|v| (path, apply_text(result.lever, v))),
        ),
        (None, Some(Unreachable::Because { reason })) => (
            messages::goal_unreachable_because(&reason, &result.target, lang),
            None,
        ),
        (None, _) => (Text::GoalUnreachableAtMaximum.get(lang).to_string(), None),
    }
}

/// What the app says of lever `lever`'s setting in `s` (issue 25): `(true, note)` when it lies
/// beyond what has been seen ("Ongebruikelijk: …", with the reason in one line), else for a
/// fall of the inflow its compounding ("−5 % per jaar = −19 % in 2022 t.o.v. 2018"); nothing
/// for a lever at rest.
pub fn plausibility(lever: GoalLever, s: &Scenario, lang: Lang) -> Option<(bool, String)> {
    use crate::analysis::plausible::{setting, unusual_lever};
    let (value, cumulative) = setting(lever, s);
    let compounded = cumulative
        .filter(|_| value.abs() > 1e-9)
        .map(|c| messages::compounded_fall(value, c, s.start_year - 1, s.last_year(), lang));
    match unusual_lever(lever, s) {
        Some(u) => {
            // The clause is the sustained fall's; one steep year is said on its own.
            let clause = compounded.filter(|_| (u.value - value).abs() < 1e-9);
            Some((true, messages::unusual_note(&u, clause.as_deref(), lang)))
        }
        None => compounded.map(|c| (false, c)),
    }
}

/// [`plausibility`] after the answer `value` is applied, as a sentence to follow the answer.
fn answer_note(lever: GoalLever, value: f64, s: &Scenario, lang: Lang) -> String {
    plausibility(lever, &lever.apply(s, value), lang)
        .map_or(String::new(), |(_, note)| format!(" {note}"))
}

/// The step of the lever's slider/// The step of the lever's slider, in the lever's own unit: goal-seek answers are shown and
/// applied on it, and the chance goal seek searches on it.
pub fn slider_step(lever: GoalLever, s: &Scenario) -> f64 {
    let (path, _) = lever_field(lever, s);
    crate::app::levers::lever_groups(s)
        .iter()
        .flat_map(|g| g.levers.iter())
        .find(|l| l.path() == path)
        .map_or(1.0, |l| l.step)
}

/// A chance goal seek's answer (searched on [`slider_step`], so shown and applied as found) in
/// a sentence, and the action that applies it.
pub fn describe_chance(
    result: &ChanceSeekResult,
    s: &Scenario,
    lang: Lang,
) -> (String, Option<(&'static str, String)>) {
    let (path, now) = lever_field(result.lever, s);
    let number = |v: f64| format_plain_number(v, lang);
    let chance = |p: f64| crate::app::summary::format_chance(p, lang);
    let level = chance(result.level);
    match result.value {
        Some(value) => {
            let step = slider_step(result.lever, s);
            let below = result.probability_one_below.map(|p| {
                (
                    number(value - step),
                    crate::app::summary::chance_below(p, result.level, lang),
                )
            });
            (
                messages::chance_needed(
                    result.lever,
                    &messages::ChanceFigures {
                        value: &number(value),
                        now: &number(now),
                        level: &level,
                        chance: &chance(result.probability),
                        below: below.as_ref().map(|(v, p)| (v.as_str(), p.as_str())),
                        runs: result.runs,
                    },
                    lang,
                ) + &answer_note(result.lever, value, s, lang),
                Some((path, apply_text(result.lever, value))),
            )
        }
        None => (
            messages::chance_unreachable(
                result.lever,
                &level,
                &number(result.lever.range(s).1),
                &chance(result.probability),
                result.runs,
                lang,
            ),
            None,
        ),
    }
}

/// The field a lever sets, and its value now in the lever's own unit (first year).
pub fn lever_field(lever: GoalLever, s: &Scenario) -> (&'static str, f64) {
    match lever {
        GoalLever::Recruitment => (FieldId::Recruit.path(), s.recruit(0) as f64),
        GoalLever::NewHomes => (FieldId::NewHomes.path(), s.new_homes(0) as f64),
        GoalLever::InflowReduction => (FieldId::InflowChange.path(), -s.change_pct(0)),
        GoalLever::Substitution => (FieldId::InflowSubstitution.path(), s.substitution_pct(0)),
        GoalLever::ShorterResidentialStay => (
            FieldId::StayChangeResidential.path(),
            -s.stay_change(crate::scenario::Form::Residential, 0),
        ),
        GoalLever::Retention => (FieldId::AttritionChange.path(), -s.attrition_change(0)),
        GoalLever::Under12Substitution => (
            FieldId::Under12Substitution.path(),
            s.substitution_under12_pct(0),
        ),
    }
}

/// The value as the lever's field takes it (plain text, as a slider sends it): the levers
/// that reduce something are negative changes in the file.
fn apply_text(lever: GoalLever, value: f64) -> String {
    match lever {
        GoalLever::InflowReduction | GoalLever::ShorterResidentialStay | GoalLever::Retention => {
            format!("{}", -value)
        }
        GoalLever::Recruitment | GoalLever::NewHomes => format!("{}", value.round() as i64),
        GoalLever::Substitution | GoalLever::Under12Substitution => format!("{value}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::goalseek::goal_seek;

    #[test]
    fn a_goal_seek_answer_beyond_what_has_been_seen_is_marked_with_its_compounding() {
        let s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        // 70 % in 2022 by prevention alone: far beyond 5 % a year.
        let r = goal_seek(&s, 2, GoalLever::InflowReduction).unwrap();
        let v = r.value.unwrap();
        assert!(v > 5.0, "{v}");
        let (text, _) = describe(&r, &s, Lang::Nl);
        let applied = GoalLever::InflowReduction.apply(&s, ((v / 0.1) - 1e-9).ceil() * 0.1);
        let cumulative =
            crate::analysis::plausible::compounded_path_pct(&applied.inflow.change_pct);
        let expected = format!(
            "{} % in 2022 t.o.v. 2018",
            crate::i18n::format::format_fixed(cumulative, 0, Lang::Nl)
        );
        assert!(text.contains("Ongebruikelijk: "), "{text}");
        assert!(text.contains(&expected), "{text} / {expected}");
        assert!(text.contains("nooit meer dan 8 % in een jaar"), "{text}");
        let (en, _) = describe(&r, &s, Lang::En);
        assert!(
            en.contains("Unusual: ") && en.contains("in 2022 against 2018"),
            "{en}"
        );
    }

    #[test]
    fn a_lever_says_whether_its_setting_is_unusual() {
        let s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        assert_eq!(plausibility(GoalLever::InflowReduction, &s, Lang::Nl), None);
        assert_eq!(plausibility(GoalLever::Recruitment, &s, Lang::Nl), None);
        // Within the bound: only the compounding, not marked.
        let mild = GoalLever::InflowReduction.apply(&s, 5.0);
        let (unusual, note) = plausibility(GoalLever::InflowReduction, &mild, Lang::Nl).unwrap();
        assert!(!unusual);
        assert_eq!(
            note,
            "\u{2212}5 % per jaar = \u{2212}19 % in 2022 t.o.v. 2018"
        );
        // 76 recruits a year against a bound of 54: marked, with the national figure.
        let many = GoalLever::Recruitment.apply(&s, 76.0);
        let (unusual, note) = plausibility(GoalLever::Recruitment, &many, Lang::Nl).unwrap();
        assert!(unusual);
        assert!(
            note.starts_with("Ongebruikelijk: 76 pleeggezinnen werven per jaar (grens 54)"),
            "{note}"
        );
        // Substitution beyond zothuis's own assumption says it is an assumption.
        let sub = GoalLever::Substitution.apply(&s, 35.0);
        let (unusual, note) = plausibility(GoalLever::Substitution, &sub, Lang::Nl).unwrap();
        assert!(
            unusual && note.contains("aangenomen grens 20, geen landelijk cijfer"),
            "{note}"
        );
    }

    #[test]
    fn answers_in_dutch_with_an_action() {
        let s = crate::presets::v1("gooi-en-vechtstreek");
        let r = goal_seek(&s, 1, GoalLever::Recruitment).unwrap();
        let (text, action) = describe(&r, &s, Lang::Nl);
        let v = r.value.unwrap() as i64;
        assert_eq!(
            text,
            format!("Nodig: {v} pleeggezinnen werven per jaar (nu 35).")
        );
        assert_eq!(action, Some(("foster.recruit_per_year", v.to_string())));
        // After "Toepassen" the cell says what it did, against the value before.
        assert_eq!(
            GoalAnswer::Setting(r.clone()).applied(&s, Lang::Nl),
            Some(format!(
                "Toegepast: {v} pleeggezinnen werven per jaar (was 35)."
            ))
        );
        let mut t = s.clone();
        t.targets[2].value = 99.0;
        let r = goal_seek(&t, 2, GoalLever::NewHomes).unwrap();
        let (text, action) = describe(&r, &t, Lang::Nl);
        // The reason is the headline's own: the ceiling with places to spare (≈ 67 %), not
        // the inflow's family share.
        assert!(
            text.starts_with("Niet haalbaar met deze hendel. Ook met onbeperkt veel gezinsplekken komt het in 2022 niet boven 6"),
            "{text}"
        );
        assert!(text.contains("37,6 % van de nieuwe plaatsingen heeft residentiële zorg nodig en 31,9 % overig verblijf"), "{text}");
        assert_eq!(action, None);
    }

    #[test]
    fn a_kept_answer_is_worded_anew_in_the_language_on_screen() {
        let s = crate::presets::v1("gooi-en-vechtstreek");
        let answer = GoalAnswer::Setting(goal_seek(&s, 1, GoalLever::Recruitment).unwrap());
        let (nl, apply_nl) = answer.describe(&s, Lang::Nl);
        let (en, apply_en) = answer.describe(&s, Lang::En);
        assert!(nl.starts_with("Nodig: "), "{nl}");
        assert!(!en.starts_with("Nodig"), "{en}");
        assert_ne!(nl, en);
        assert_eq!(apply_nl, apply_en);
        let refused = GoalAnswer::Refused(goal_seek(&s, 99, GoalLever::Recruitment).unwrap_err());
        assert_ne!(
            refused.describe(&s, Lang::Nl).0,
            refused.describe(&s, Lang::En).0
        );
    }

    #[test]
    fn a_chance_answer_in_dutch_and_english_with_its_action() {
        use crate::analysis::goalseek::ChanceSearch;
        let s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        let seed = crate::analysis::montecarlo::default_seed(&s);
        let step = slider_step(GoalLever::Substitution, &s);
        assert_eq!(step, 1.0);
        let mut search =
            ChanceSearch::new(&s, 3, GoalLever::Substitution, 0.8, 200, seed, Some(step)).unwrap();
        while search.step() {}
        let r = search.finish().unwrap();
        let v = r.value.unwrap();
        let (text, action) = describe_chance(&r, &s, Lang::Nl);
        let pct = |p: f64| crate::app::summary::format_chance(p, Lang::Nl);
        assert_eq!(
            text,
            format!(
                "Voor minstens 80 % kans: {} % substitutie van residentiële zorg (nu 0). Daarmee wordt het doel gehaald in {} van de 200 doorrekeningen; met {} in {}.",
                v as i64,
                pct(r.probability),
                v as i64 - 1,
                pct(r.probability_one_below.unwrap())
            )
        );
        assert_eq!(action, Some(("inflow.substitution_pct", format!("{v}"))));
        let (en, _) = describe_chance(&r, &s, Lang::En);
        assert!(en.starts_with("For a chance of at least 80%: "), "{en}");
        // None reaches 100 %: said plainly, with the chance at the lever's maximum.
        let mut none =
            ChanceSearch::new(&s, 2, GoalLever::Recruitment, 1.0, 200, seed, Some(1.0)).unwrap();
        while none.step() {}
        let r = none.finish().unwrap();
        assert_eq!(r.value, None);
        let (text, action) = describe_chance(&r, &s, Lang::Nl);
        assert!(
            text.starts_with("Geen instelling van deze hendel geeft 100 % kans: ook met 100.000 pleeggezinnen werven per jaar wordt het doel gehaald in "),
            "{text}"
        );
        assert_eq!(action, None);
    }

    #[test]
    fn an_answer_is_rounded_up_to_its_levers_step() {
        // IJsselland, 2023 admissions at most 27: the inflow reduction to 0.01 %, shown and
        // applied on the slider's step of 0.5 %, rounded up so that it still meets the target.
        let mut s = crate::presets::by_id("gelderland-jeugdzorgplus")
            .unwrap()
            .scenario();
        s.targets[0].value = 27.0;
        let r = goal_seek(&s, 0, GoalLever::InflowReduction).unwrap();
        let exact = r.value.unwrap();
        let (text, action) = describe(&r, &s, Lang::Nl);
        let (_, applied) = action.unwrap();
        let applied: f64 = -applied.parse::<f64>().unwrap();
        assert!(
            applied >= exact && applied - exact < 0.5,
            "{exact} → {applied}"
        );
        assert_eq!((applied * 2.0).fract(), 0.0);
        assert!(text.starts_with("Nodig: "), "{text}");
        let applied_scenario = GoalLever::InflowReduction.apply(&s, applied);
        let p = crate::engine::project(&applied_scenario);
        assert!(p.targets[0].met);
    }
}
