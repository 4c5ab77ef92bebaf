//! Sentences that carry figures or names, in Dutch and English: one function each, so that
//! every sentence of the interface lives in `i18n` (fixed texts are [`super::Text`]).

use super::format::{format_count, format_pct};
use super::lang::Lang;
use crate::analysis::goalseek::GoalLever;
use crate::analysis::reason::MissReason;
use crate::scenario::{Op, Target};

/// A file that is not a valid scenario: "Het bestand ‘x.json’ is geen geldig scenario (2 fouten); …".
pub fn file_not_a_scenario(name: &str, errors: usize, lang: Lang) -> String {
    let name = super::format::isolated(name);
    match lang {
        Lang::Nl => format!(
            "Het bestand ‘{name}’ is geen geldig scenario ({errors} {}); uw huidige scenario is niet veranderd.",
            if errors == 1 { "fout" } else { "fouten" }
        ),
        Lang::En => format!(
            "The file ‘{name}’ is not a valid scenario ({errors} error{}); your current scenario has not changed.",
            if errors == 1 { "" } else { "s" }
        ),
    }
}

/// Saved scenarios made by a newer version of zothuis.
pub fn saved_by_newer_version(version: u64, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("De bewaarde scenario’s zijn gemaakt met een nieuwere versie van zothuis (opslagversie {version}); deze versie laat ze ongemoeid."),
        Lang::En => format!("The saved scenarios were made with a newer version of zothuis (storage version {version}); this version leaves them alone."),
    }
}

/// A scenario was saved (or an existing one with its name updated) in the browser.
pub fn scenario_saved(name: &str, replaced: bool, lang: Lang) -> String {
    let name = super::format::isolated(name);
    match (replaced, lang) {
        (true, Lang::Nl) => format!("‘{name}’ is bijgewerkt."),
        (false, Lang::Nl) => format!("‘{name}’ is bewaard in deze browser."),
        (true, Lang::En) => format!("‘{name}’ was updated."),
        (false, Lang::En) => format!("‘{name}’ was saved in this browser."),
    }
}

/// A saved scenario was deleted (an undo button follows).
pub fn scenario_deleted(name: &str, lang: Lang) -> String {
    let name = super::format::isolated(name);
    match lang {
        Lang::Nl => format!("‘{name}’ is verwijderd. "),
        Lang::En => format!("‘{name}’ was deleted. "),
    }
}

/// A count of list entries: "3 regels".
pub fn lines_count(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{count} regels"),
        Lang::En => format!("{count} lines"),
    }
}

/// The same value every year: "35 per jaar".
pub fn per_year(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{value} per jaar"),
        Lang::En => format!("{value} a year"),
    }
}

/// Goal seek's answer: "Nodig: 48 pleeggezinnen werven per jaar (nu 35)."
/// What a goal-seek answer of `lever` counts, after its number.
fn goal_lever_unit(lever: GoalLever, lang: Lang) -> &'static str {
    match (lever, lang) {
        (GoalLever::Recruitment, Lang::Nl) => "pleeggezinnen werven per jaar",
        (GoalLever::Recruitment, Lang::En) => "foster families recruited a year",
        (GoalLever::NewHomes, Lang::Nl) => "nieuwe gezinshuizen per jaar",
        (GoalLever::NewHomes, Lang::En) => "new family homes a year",
        (GoalLever::InflowReduction, Lang::Nl) => "% minder instroom per jaar",
        (GoalLever::InflowReduction, Lang::En) => "% less inflow a year",
        (GoalLever::Substitution, Lang::Nl) => "% substitutie van residentiële zorg",
        (GoalLever::Substitution, Lang::En) => "% substitution of residential care",
        (GoalLever::ShorterResidentialStay, Lang::Nl) => "% kortere verblijfsduur residentieel",
        (GoalLever::ShorterResidentialStay, Lang::En) => "% shorter residential stay",
        (GoalLever::Retention, Lang::Nl) => "procentpunt minder uitval van pleeggezinnen",
        (GoalLever::Retention, Lang::En) => "percentage points less foster-family attrition",
        (GoalLever::Under12Substitution, Lang::Nl) => "% substitutie onder 12 (nee, tenzij)",
        (GoalLever::Under12Substitution, Lang::En) => "% substitution under 12 (no, unless)",
    }
}

pub fn goal_needed(lever: GoalLever, value: &str, now: &str, lang: Lang) -> String {
    let unit = goal_lever_unit(lever, lang);
    match lang {
        Lang::Nl => format!("Nodig: {value} {unit} (nu {now})."),
        Lang::En => format!("Needed: {value} {unit} (now {now})."),
    }
}

/// The first line of a package answer (issue 25): within the bounds or without them, met or
/// not; `level`: the chance asked for, for a chance package.
pub fn package_head(met: bool, bounded: bool, level: Option<&str>, lang: Lang) -> String {
    let within = match (bounded, lang) {
        (true, Lang::Nl) => "binnen wat landelijk is gezien",
        (false, Lang::Nl) => "zonder grenzen, buiten wat landelijk is gezien",
        (true, Lang::En) => "within what has been seen nationally",
        (false, Lang::En) => "without bounds, beyond what has been seen nationally",
    };
    // The sentence around `within` and the chance asked for (one text to format, not eight).
    let (before, middle, after) = match (met, level.is_some(), lang) {
        (true, false, Lang::Nl) => (
            "Combinatie ",
            " die het doel haalt tegen de laagste totale kosten:",
            "",
        ),
        (true, false, Lang::En) => (
            "Combination ",
            " that meets the target at the lowest total cost:",
            "",
        ),
        (true, true, Lang::Nl) => ("Combinatie ", " voor minstens ", " kans:"),
        (true, true, Lang::En) => ("Combination ", " for a chance of at least ", ":"),
        (false, false, Lang::Nl) => (
            "Geen combinatie van deze hendels ",
            " haalt het doel. Het beste, met elke hendel op zijn grens:",
            "",
        ),
        (false, false, Lang::En) => (
            "No combination of these levers ",
            " meets the target. The best, with every lever at its bound:",
            "",
        ),
        (false, true, Lang::Nl) => (
            "Geen combinatie van deze hendels ",
            " geeft ",
            " kans. Met elke hendel op zijn grens:",
        ),
        (false, true, Lang::En) => (
            "No combination of these levers ",
            " gives a chance of ",
            ". With every lever at its bound:",
        ),
    };
    format!(
        "{before}{within}{middle}{}{after}",
        level.unwrap_or_default()
    )
}

/// One lever of a package: "• 29 pleeggezinnen werven per jaar (nu 0)".
pub fn package_lever(lever: GoalLever, value: &str, now: &str, lang: Lang) -> String {
    let unit = goal_lever_unit(lever, lang);
    match lang {
        Lang::Nl => format!("• {value} {unit} (nu {now})"),
        Lang::En => format!("• {value} {unit} (now {now})"),
    }
}

/// The levers a package leaves at rest: "Niet nodig: Substitutie …, Uitval …".
pub fn not_needed(levers: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Niet nodig: {levers}."),
        Lang::En => format!("Not needed: {levers}."),
    }
}

/// A lever's plausibility bound as the memo lists it: "≤ 54 pleeggezinnen werven per jaar".
pub fn bound_value(lever: GoalLever, max: f64, lang: Lang) -> String {
    let max = super::format::format_plain_number(max, lang);
    format!("≤ {max} {}", goal_lever_unit(lever, lang))
}

/// "; kans 81 % (2.000 doorrekeningen)"
pub fn package_chance(chance: &str, runs: u32, lang: Lang) -> String {
    let runs = format_count(f64::from(runs), lang);
    match lang {
        Lang::Nl => format!("; kans {chance} ({runs} doorrekeningen)"),
        Lang::En => format!("; chance {chance} ({runs} runs)"),
    }
}

/// The bound that binds when no package within the bounds meets the target.
pub fn package_binding(
    lever: GoalLever,
    bound: &str,
    actual: &str,
    met: bool,
    lang: Lang,
) -> String {
    let unit = goal_lever_unit(lever, lang);
    let verdict = match (met, lang) {
        (true, Lang::Nl) => "gehaald",
        (false, Lang::Nl) => "nog niet gehaald",
        (true, Lang::En) => "met",
        (false, Lang::En) => "still not met",
    };
    match lang {
        Lang::Nl => format!(
            "De grens van {bound} {unit} bindt het meest: zonder die grens {actual}, {verdict}."
        ),
        Lang::En => {
            format!("The bound of {bound} {unit} binds most: without it {actual}, {verdict}.")
        }
    }
}

/// A package's price: the programme cost against the budget (`budget`: the budget, what is
/// left or short, and whether short; `None` without a budget), the total cost the search
/// minimises and the net result with the committed costs.
pub fn package_price(
    programme: &str,
    budget: Option<(String, String, bool)>,
    total: &str,
    net: &str,
    lang: Lang,
) -> String {
    let against = match (budget, lang) {
        (Some((b, amount, short)), Lang::Nl) => {
            format!(
                "tegen een budget van {b} ({amount} {})",
                if short { "tekort" } else { "over" }
            )
        }
        (Some((b, amount, short)), Lang::En) => {
            format!(
                "against a budget of {b} ({amount} {})",
                if short { "short" } else { "left" }
            )
        }
        (None, Lang::Nl) => "geen budget bekend".to_string(),
        (None, Lang::En) => "no budget known".to_string(),
    };
    match lang {
        Lang::Nl => format!("Prijs: programmakosten {programme}, {against}; totale kosten {total} (zorg, programma, regulier en na de planperiode); netto resultaat met doorlopende kosten {net}."),
        Lang::En => format!("Price: programme cost {programme}, {against}; total cost {total} (care, programme, regular and after the plan period); net result with committed costs {net}."),
    }
}

/// The family places a package asks for at the end of the target year, against today's.
pub fn package_places(
    year: i32,
    places: &str,
    now: &str,
    families: &str,
    homes: &str,
    lang: Lang,
) -> String {
    match lang {
        Lang::Nl => format!("Gezinsplaatsen eind {year}: {places} ({families} pleeggezinnen, {homes} gezinshuizen); zonder de combinatie {now}."),
        Lang::En => format!("Family places at the end of {year}: {places} ({families} foster families, {homes} family homes); without the combination {now}."),
    }
}

/// "Werving pleeggezinnen één stap minder:"
pub fn one_step_less(lever: GoalLever, lang: Lang) -> String {
    let name = crate::i18n::goal_lever_text(lever).get(lang);
    match lang {
        Lang::Nl => format!("{name} één stap minder:"),
        Lang::En => format!("{name} one step less:"),
    }
}

/// "Controle: … (elke hendel is nodig)."
pub fn package_check(list: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Controle, elke hendel is nodig: {list}."),
        Lang::En => format!("Check, every lever is needed: {list}."),
    }
}

/// A yearly fall of the inflow compounded over the horizon, as a clause: "−14,7 % per jaar =
/// −47 % in 2022 t.o.v. 2018" (`fall`: % less a year; `from`–`to`: the year before the start and
/// the last year).
pub fn compounded_fall(fall: f64, cumulative: f64, from: i32, to: i32, lang: Lang) -> String {
    use super::format::{format_fixed, format_plain_number};
    let (fall, cumulative) = (
        format_plain_number(-fall, lang),
        format_fixed(cumulative, 0, lang),
    );
    match lang {
        Lang::Nl => format!("{fall} % per jaar = {cumulative} % in {to} t.o.v. {from}"),
        Lang::En => format!("{fall} % a year = {cumulative} % in {to} against {from}"),
    }
}

/// Why a lever setting is unusual, in one line (issue 25): the setting, its bound and what has
/// been seen nationally (or that the bound is zothuis's assumption). `compounded`: the inflow's
/// clause of [`compounded_fall`], when the setting is a sustained fall.
pub fn unusual_note(
    u: &crate::analysis::plausible::Unusual,
    compounded: Option<&str>,
    lang: Lang,
) -> String {
    use super::format::format_plain_number;
    use crate::analysis::plausible::{seen_row, BoundBasis};
    let seen = u.seen.and_then(seen_row).map(|row| match lang {
        Lang::Nl => row.seen_nl,
        Lang::En => row.seen_en,
    });
    let (value, max) = (
        format_plain_number(u.value, lang),
        format_plain_number(u.max, lang),
    );
    let unit = goal_lever_unit(u.lever, lang);
    let what = match compounded {
        Some(clause) => clause.to_string(),
        None if u.lever == GoalLever::InflowReduction => match lang {
            Lang::Nl => format!("{value} % minder instroom in één jaar"),
            Lang::En => format!("{value} % less inflow in one year"),
        },
        None => format!("{value} {unit}"),
    };
    match (u.basis, seen, lang) {
        (BoundBasis::Seen, Some(seen), Lang::Nl) => {
            format!("Ongebruikelijk: {what} (grens {max}); {seen}.")
        }
        (BoundBasis::Seen, Some(seen), Lang::En) => {
            format!("Unusual: {what} (bound {max}); {seen}.")
        }
        (_, _, Lang::Nl) => {
            format!("Ongebruikelijk: {what} (aangenomen grens {max}, geen landelijk cijfer).")
        }
        (_, _, Lang::En) => format!("Unusual: {what} (assumed bound {max}, no national figure)."),
    }
}

/// After "Toepassen": "Toegepast: 70 % kortere verblijfsduur residentieel (was 0)."
pub fn goal_applied(lever: GoalLever, value: &str, was: &str, lang: Lang) -> String {
    let unit = goal_lever_unit(lever, lang);
    match lang {
        Lang::Nl => format!("Toegepast: {value} {unit} (was {was})."),
        Lang::En => format!("Applied: {value} {unit} (was {was})."),
    }
}

/// The answer of a chance goal seek: the setting for at least `level` chance, the chance it
/// gives and the chance one step below (`below`: that setting and its chance), over `runs`.
/// The figures of a chance goal seek's answer, as text.
#[derive(Clone, Copy)]
pub struct ChanceFigures<'a> {
    pub value: &'a str,
    pub now: &'a str,
    pub level: &'a str,
    pub chance: &'a str,
    /// The setting one step below and its chance.
    pub below: Option<(&'a str, &'a str)>,
    pub runs: u32,
}

pub fn chance_needed(lever: GoalLever, figures: &ChanceFigures<'_>, lang: Lang) -> String {
    let ChanceFigures {
        value,
        now,
        level,
        chance,
        below,
        runs,
    } = *figures;
    let unit = goal_lever_unit(lever, lang);
    let runs = format_count(f64::from(runs), lang);
    let below = match (below, lang) {
        (Some((v, p)), Lang::Nl) => format!("; met {v} in {p}"),
        (Some((v, p)), Lang::En) => format!("; with {v}, in {p}"),
        (None, _) => String::new(),
    };
    match lang {
        Lang::Nl => format!(
            "Voor minstens {level} kans: {value} {unit} (nu {now}). Daarmee wordt het doel gehaald in {chance} van de {runs} doorrekeningen{below}."
        ),
        Lang::En => format!(
            "For a chance of at least {level}: {value} {unit} (now {now}). With that the target is met in {chance} of the {runs} runs{below}."
        ),
    }
}

/// The progress line of a chance goal seek: `done` of about `total` Monte Carlos of `runs` runs.
pub fn chance_progress(done: u32, total: u32, runs: u32, lang: Lang) -> String {
    let runs = format_count(f64::from(runs), lang);
    match lang {
        Lang::Nl => {
            format!("Kans doorrekenen: {done} van ongeveer {total} keer {runs} doorrekeningen …")
        }
        Lang::En => format!("Computing chances: {done} of about {total} times {runs} runs …"),
    }
}

/// No setting of the lever reaches `level`: even its maximum `max` gives `chance`.
pub fn chance_unreachable(
    lever: GoalLever,
    level: &str,
    max: &str,
    chance: &str,
    runs: u32,
    lang: Lang,
) -> String {
    let unit = goal_lever_unit(lever, lang);
    let runs = format_count(f64::from(runs), lang);
    match lang {
        Lang::Nl => format!(
            "Geen instelling van deze hendel geeft {level} kans: ook met {max} {unit} wordt het doel gehaald in {chance} van de {runs} doorrekeningen."
        ),
        Lang::En => format!(
            "No setting of this lever gives a chance of {level}: even with {max} {unit} the target is met in {chance} of the {runs} runs."
        ),
    }
}

/// "Waarom niet?" under a missed share target: the computed main reason, with its figures.
pub fn why_missed(reason: &MissReason, target: &Target, lang: Lang) -> String {
    // The figures in the target's own unit (a share, a count of children or places).
    let show = |x: f64| {
        if target.metric.is_percent() {
            format_pct(x, lang)
        } else if x.abs() < 10.0 && (x * 10.0).round() % 10.0 != 0.0 {
            // A few children: with the decimal that tells 1,4 from a target of 0,5.
            super::format::format_fixed(x, 1, lang)
        } else {
            format_count(x, lang)
        }
    };
    let year = target.year;
    // A figure that must rise (a family share) stops below its ceiling; one that must fall (a
    // residential share or count) stops above its floor.
    let rises = target.op == Op::AtLeast;
    let share = crate::analysis::reason::is_share_metric(target.metric);
    match (reason, lang) {
        (
            MissReason::FamilyPlaces {
                waiting,
                placed,
                with_places,
            },
            _,
        ) => {
            // Children waiting at the year's end, else those placed for lack of a place during
            // it (counted over the year, they may all have moved on by 31 December), else
            // neither figure: only the share with places (never "0 kinderen … omdat").
            let who = if *waiting >= 0.5 {
                Some((format_count(*waiting, lang), true))
            } else if *placed >= 0.5 {
                Some((format_count(*placed, lang), false))
            } else {
                None
            };
            let with = show(*with_places);
            match (who, lang) {
                (Some((n, true)), Lang::Nl) => format!("Waarom niet? Te weinig gezinsplekken: eind {year} wonen {n} kinderen residentieel omdat er geen pleeggezin of gezinshuis vrij was. Met genoeg gezinsplekken zou het {with} zijn. Zolang er geen plekken bijkomen, helpt vervanging van residentiële zorg niet: ook die kinderen wachten op een plek."),
                (Some((n, false)), Lang::Nl) => format!("Waarom niet? Te weinig gezinsplekken: in {year} zijn {n} kinderen residentieel geplaatst omdat er geen pleeggezin of gezinshuis vrij was. Met genoeg gezinsplekken zou het {with} zijn. Zolang er geen plekken bijkomen, helpt vervanging van residentiële zorg niet: ook die kinderen wachten op een plek."),
                (None, Lang::Nl) => format!("Waarom niet? Te weinig gezinsplekken: met genoeg gezinsplekken zou het in {year} {with} zijn. Zolang er geen plekken bijkomen, helpt vervanging van residentiële zorg niet: ook die kinderen wachten op een plek."),
                (Some((n, true)), Lang::En) => format!("Why not? Too few family places: at the end of {year}, {n} children are in residential care because no foster family or family home was free. With enough family places it would be {with}. Until places are added, substitution does not help: those children wait for a place too."),
                (Some((n, false)), Lang::En) => format!("Why not? Too few family places: in {year}, {n} children were placed in residential care because no foster family or family home was free. With enough family places it would be {with}. Until places are added, substitution does not help: those children wait for a place too."),
                (None, Lang::En) => format!("Why not? Too few family places: with enough family places it would be {with} in {year}. Until places are added, substitution does not help: those children wait for a place too."),
            }
        }
        (MissReason::Time { with_places, reached_in }, Lang::Nl) => format!(
            "Waarom niet? Te weinig tijd: ook met genoeg gezinsplekken is het in {year} {}; het doel wordt dan voor het eerst gehaald in {reached_in}.",
            show(*with_places)
        ),
        (MissReason::Time { with_places, reached_in }, Lang::En) => format!(
            "Why not? Too little time: even with enough family places it is {} in {year}; the target would first be met in {reached_in}.",
            show(*with_places)
        ),
        (
            MissReason::Ceiling {
                ceiling,
                residential_need_pct,
                other_need_pct,
            },
            Lang::Nl,
        ) => {
            let need = if share {
                format!(
                    ": {} van de nieuwe plaatsingen heeft residentiële zorg nodig en {} overig verblijf, met de huidige verblijfsduren",
                    format_pct(*residential_need_pct, lang),
                    format_pct(*other_need_pct, lang)
                )
            } else {
                String::new()
            };
            format!(
                "Waarom niet? Ook met onbeperkt veel gezinsplekken komt het in {year} niet {} {}{need}. Substitutie, een kortere residentiële verblijfsduur of minder instroom verschuift die grens.",
                if rises { "boven" } else { "onder" },
                show(*ceiling),
            )
        }
        (
            MissReason::Ceiling {
                ceiling,
                residential_need_pct,
                other_need_pct,
            },
            Lang::En,
        ) => {
            let need = if share {
                format!(
                    ": {} of new placements need residential care and {} other care, with the current stays",
                    format_pct(*residential_need_pct, lang),
                    format_pct(*other_need_pct, lang)
                )
            } else {
                String::new()
            };
            format!(
                "Why not? Even with unlimited family places it does not get {} {} in {year}{need}. Substitution, a shorter residential stay or less inflow moves that limit.",
                if rises { "above" } else { "below" },
                show(*ceiling),
            )
        }
        (MissReason::NoLever { with_places }, Lang::Nl) => format!(
            "Waarom niet? Geen hendel werkt hierop: wie overig verblijf (klinische jeugd-GGZ, beschermd wonen) nodig heeft en hoe lang, zijn uitgangsgegevens. Ook met onbeperkt veel gezinsplekken is het in {year} {}; alleen minder instroom in het geheel, of andere uitgangsgegevens, veranderen het.",
            show(*with_places)
        ),
        (MissReason::NoLever { with_places }, Lang::En) => format!(
            "Why not? No lever acts on this: who needs other care (clinical youth mental health, sheltered living) and for how long are baseline figures. Even with unlimited family places it is {} in {year}; only less inflow overall, or other baseline figures, change it.",
            show(*with_places)
        ),
    }
}

/// Goal seek has no answer: even the lever's maximum misses, for the headline's own reason.
pub fn goal_unreachable_because(reason: &MissReason, target: &Target, lang: Lang) -> String {
    let why = why_missed(reason, target, lang);
    let rest = why
        .strip_prefix("Waarom niet? ")
        .or_else(|| why.strip_prefix("Why not? "))
        .unwrap_or(&why);
    match lang {
        Lang::Nl => format!("Niet haalbaar met deze hendel. {rest}"),
        Lang::En => format!("Not reachable with this lever. {rest}"),
    }
}

/// The chance that a target is met, in the words people use: "In 3 van de 10 doorrekeningen
/// wordt het doel voor 2022 gehaald (2.000 doorrekeningen, 14 onzekere aannames)". Out of 10 between 5 % and 95 %, out of 100 beyond that, "geen" and "alle" at
/// the ends.
pub fn chance(year: i32, probability: f64, runs: &str, ranges: usize, lang: Lang) -> String {
    let p = probability.clamp(0.0, 1.0);
    let how_often = match lang {
        Lang::Nl if p <= 0.0 => format!("In geen van de {runs} doorrekeningen"),
        Lang::Nl if p >= 1.0 => format!("In alle {runs} doorrekeningen"),
        Lang::Nl if p < 0.01 => "In minder dan 1 op de 100 doorrekeningen".to_string(),
        Lang::Nl if p > 0.99 => "In meer dan 99 van de 100 doorrekeningen".to_string(),
        Lang::Nl if !(0.05..=0.95).contains(&p) => {
            format!("In {} van de 100 doorrekeningen", (p * 100.0).round())
        }
        Lang::Nl => format!("In {} van de 10 doorrekeningen", (p * 10.0).round()),
        // A negative opening inverts the English sentence: "In none of … is the target met".
        Lang::En if p <= 0.0 => format!("In none of the {runs} calculations is"),
        Lang::En if p >= 1.0 => format!("In all {runs} calculations"),
        Lang::En if p < 0.01 => "In fewer than 1 in 100 calculations".to_string(),
        Lang::En if p > 0.99 => "In more than 99 in 100 calculations".to_string(),
        Lang::En if !(0.05..=0.95).contains(&p) => {
            format!("In {} in 100 calculations", (p * 100.0).round())
        }
        Lang::En => format!("In {} in 10 calculations", (p * 10.0).round()),
    };
    // The number of runs once: in "geen van de 2.000" and "alle 2.000" it is said already.
    let runs_said = p <= 0.0 || p >= 1.0;
    match (lang, runs_said) {
        (Lang::Nl, false) => format!(
            "{how_often} wordt het doel voor {year} gehaald ({runs} doorrekeningen, {ranges} onzekere aannames)"
        ),
        (Lang::Nl, true) => {
            format!("{how_often} wordt het doel voor {year} gehaald ({ranges} onzekere aannames)")
        }
        (Lang::En, false) => format!(
            "{how_often}, the {year} target is met ({runs} calculations, {ranges} uncertain assumptions)"
        ),
        (Lang::En, true) if p <= 0.0 => {
            format!("{how_often} the {year} target met ({ranges} uncertain assumptions)")
        }
        (Lang::En, true) => {
            format!("{how_often}, the {year} target is met ({ranges} uncertain assumptions)")
        }
    }
}

/// The memo's first sentence: the family share in a year.
/// `during_year`: the share counts every child who used 24-hour care in the year (the plans'
/// count), else the children in care at the year's end.
pub fn memo_family_share(year: i32, share: &str, during_year: bool, lang: Lang) -> String {
    match (lang, during_year) {
        (Lang::Nl, false) => format!("Met deze aannames verblijft eind {year} {share} van de kinderen in 24-uurszorg in een gezinsvorm"),
        (Lang::Nl, true) => format!("Met deze aannames verblijft {share} van de kinderen die in {year} 24-uurszorg gebruiken in een gezinsvorm (geteld over het jaar, zoals het plan telt)"),
        (Lang::En, false) => format!("With these assumptions, {share} of the children in 24-hour care live in family-type care at the end of {year}"),
        (Lang::En, true) => format!("With these assumptions, {share} of the children who use 24-hour care during {year} live in family-type care (counted over the year, as the plan counts)"),
    }
}

/// The memo's clause on the family-share target.
pub fn memo_family_target(threshold: &str, met: bool, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "; het doel van {threshold} wordt {}gehaald.",
            if met { "" } else { "niet " }
        ),
        Lang::En => format!(
            "; the target of {threshold} is {}met.",
            if met { "" } else { "not " }
        ),
    }
}

/// The memo's sentence on the residential target.
pub fn memo_residential(year: i32, share: &str, threshold: &str, met: bool, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            " Residentieel verblijft in {year} {share} (doel {threshold}: {}gehaald).",
            if met { "" } else { "niet " }
        ),
        Lang::En => format!(
            " In residential care in {year}: {share} (target {threshold}: {}met).",
            if met { "" } else { "not " }
        ),
    }
}

/// The memo's sentence on the money.
pub struct MemoMoney<'a> {
    pub period: &'a str,
    pub care_cost: &'a str,
    /// The difference with the status quo, as an amount without sign.
    pub difference: &'a str,
    /// Whether the scenario costs more than the status quo.
    pub costs_more: bool,
    pub programme: &'a str,
    /// The transformation budget; `None` when the scenario names none.
    pub budget: Option<&'a str>,
    /// The shortfall, when the programme costs more than the budget.
    pub shortfall: Option<&'a str>,
    /// v3: the unit costs paid from the regular budget, when any.
    pub regular: Option<&'a str>,
}

pub fn memo_money(m: &MemoMoney, lang: Lang) -> String {
    let MemoMoney {
        period,
        care_cost,
        difference,
        costs_more,
        programme,
        budget,
        shortfall,
        regular,
    } = m;
    let short = match (shortfall, lang) {
        (Some(amount), Lang::Nl) => format!(": een tekort van {amount}"),
        (Some(amount), Lang::En) => format!(": a shortfall of {amount}"),
        (None, _) => String::new(),
    };
    let against = match (budget, lang) {
        (Some(budget), Lang::Nl) => {
            format!(" tegenover een transformatiebudget van {budget}{short}")
        }
        (Some(budget), Lang::En) => format!(" against a transformation budget of {budget}{short}"),
        (None, Lang::Nl) => " (er is geen transformatiebudget bekend)".to_string(),
        (None, Lang::En) => " (no transformation budget is known)".to_string(),
    };
    let regular = match (regular, lang) {
        (Some(r), Lang::Nl) => format!(" Daarnaast komt {r} uit het reguliere jeugdhulpbudget (preventie, vervanging en behoud, ‘via de reguliere contracten’)."),
        (Some(r), Lang::En) => format!(" A further {r} comes from the regular youth-care budget (prevention, substitution and retention)."),
        (None, _) => String::new(),
    };
    match lang {
        Lang::Nl => format!(
            " De zorgkosten over {period} zijn {care_cost}, {difference} {} dan zonder nieuw beleid; het programma kost {programme}{against}.{regular}",
            if *costs_more { "meer" } else { "minder" }
        ),
        Lang::En => format!(
            " Care costs over {period} are {care_cost}, {difference} {} than without new policy; the programme costs {programme}{against}.{regular}",
            if *costs_more { "more" } else { "less" }
        ),
    }
}

/// The label of a pinned scenario's name box: "Naam van vastgezet scenario 2".
pub fn pin_name_label(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Naam van vastgezet scenario {n}"),
        Lang::En => format!("Name of pinned scenario {n}"),
    }
}

/// A name with how many more changes it stands for: "Werving pleeggezinnen 60 per jaar + 2 meer".
pub fn and_more(first: &str, more: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{first} + {more} meer"),
        Lang::En => format!("{first} + {more} more"),
    }
}

/// A target not met in any projected year: "niet vóór eind 2022".
pub fn not_before_end(last_year: i32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("niet vóór eind {last_year}"),
        Lang::En => format!("not before the end of {last_year}"),
    }
}

/// A difference in percentage points, without sign: "5,8 procentpunt", "5.8 percentage points".
pub fn points(x: f64, lang: Lang) -> String {
    points_text(
        &super::format::format_plain_number((x * 10.0).round() / 10.0, lang),
        lang,
    )
}

/// [`points`] of a number already written: "0,04 procentpunt".
pub fn points_text(number: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{number} procentpunt"),
        Lang::En if number == "1" => format!("{number} percentage point"),
        Lang::En => format!("{number} percentage points"),
    }
}

/// A margin too small to show at any precision the app shows: "minder dan 0,001".
pub fn less_than(size: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("minder dan {size}"),
        Lang::En => format!("less than {size}"),
    }
}

/// A margin of a shortfall-of-places target: "117 plaatsen te kort" when missed (the places
/// fall short), "3 plaatsen ruimte" when met; "0,1 plaats te kort" for one place or less.
pub fn places_margin(count: &str, one: bool, met: bool, lang: Lang) -> String {
    let (nl, en) = if one {
        ("plaats", "place")
    } else {
        ("plaatsen", "places")
    };
    match (met, lang) {
        (false, Lang::Nl) => format!("{count} {nl} te kort"),
        (true, Lang::Nl) => format!("{count} {nl} ruimte"),
        (false, Lang::En) => format!("{count} {en} short"),
        (true, Lang::En) => format!("{count} {en} to spare"),
    }
}

/// A margin in words: "5,8 procentpunt te laag", "0,3 procentpunt te hoog", "3,2 procentpunt
/// ruimte", "precies op het doel" (`zero`: it rounds to nothing). `at_least`: the target is a
/// minimum; `money`: an amount ("te hoog" / "te laag" rather than "te veel" / "te weinig").
pub fn margin_words(
    size: &str,
    met: bool,
    zero: bool,
    at_least: bool,
    money: bool,
    lang: Lang,
) -> String {
    if zero {
        return match lang {
            Lang::Nl => "precies op het doel".to_string(),
            Lang::En => "exactly on target".to_string(),
        };
    }
    let percent = size.contains("procentpunt") || size.contains("percentage point");
    let (high, low) = match (lang, percent || money) {
        (Lang::Nl, true) => ("te hoog", "te laag"),
        (Lang::Nl, false) => ("te veel", "te weinig"),
        (Lang::En, true) => ("too high", "too low"),
        (Lang::En, false) => ("too many", "too few"),
    };
    match (met, lang) {
        (true, Lang::Nl) => format!("{size} ruimte"),
        (true, Lang::En) => format!("{size} to spare"),
        (false, _) => format!("{size} {}", if at_least { low } else { high }),
    }
}

/// After the chance: the figures whose value lies outside their own range.
pub fn values_outside_ranges(names: &[String], lang: Lang) -> String {
    let list = names.join(", ");
    match (lang, names.len()) {
        (Lang::Nl, 1) => format!(" Let op: {list} ligt buiten de eigen bandbreedte; de berekening neemt de dichtstbijzijnde grens als meest waarschijnlijk."),
        (Lang::Nl, _) => format!(" Let op: {list} liggen buiten hun eigen bandbreedte; de berekening neemt de dichtstbijzijnde grens als meest waarschijnlijk."),
        (Lang::En, 1) => format!(" Note: {list} lies outside its own range; the calculation takes the nearest end as most likely."),
        (Lang::En, _) => format!(" Note: {list} lie outside their own ranges; the calculation takes the nearest end as most likely."),
    }
}

/// A figure that differs from the plan: "gewijzigd — plan: 35 per jaar".
pub fn changed_badge(plan_value: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("gewijzigd — plan: {plan_value}"),
        Lang::En => format!("changed — plan: {plan_value}"),
    }
}

/// The plan's value of a changed figure, on its own line below the control: "plan: 35 per jaar".
pub fn plan_value(plan_value: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("plan: {plan_value}"),
        Lang::En => format!("plan: {plan_value}"),
    }
}

/// The budget shortfall in a tile or a table: "Tekort: € 20.000".
pub fn shortfall(amount: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Tekort: {amount}"),
        Lang::En => format!("Shortfall: {amount}"),
    }
}

/// "Vastzetten voor vergelijking (1/3)".
pub fn pin_button(pinned: usize, max: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Vastzetten voor vergelijking ({pinned}/{max})"),
        Lang::En => format!("Pin for comparison ({pinned}/{max})"),
    }
}

/// The Monte Carlo's progress: "Bandbreedtes bijwerken… 400 van 2000 doorrekeningen".
pub fn ranges_progress(done: u32, runs: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Bandbreedtes bijwerken… {done} van {runs} doorrekeningen"),
        Lang::En => format!("Updating ranges… {done} of {runs} draws"),
    }
}

/// The heading of a table column with a chart's band: "Zorgkosten: band (laag / midden / hoog)",
/// where 8 in 10 calculations lie between low and high.
pub fn band_header(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{name}: 8 van de 10 doorrekeningen (laag / midden / hoog)"),
        Lang::En => format!("{name}: 8 in 10 calculations (low / middle / high)"),
    }
}

/// What the bands mean, under the uncertainty panel.
pub fn bands_explained(runs: &str, ranges: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("De banden in de grafieken tonen de onzekerheid: in 8 van de 10 van de {runs} doorrekeningen met de {ranges} onzekere aannames valt de uitkomst binnen de band; de dunne lijn is de middelste uitkomst. Waarden dicht bij die van het scenario komen het vaakst voor."),
        Lang::En => format!("The bands in the charts show the uncertainty: in 8 in 10 of the {runs} calculations with the {ranges} uncertain assumptions the outcome falls inside the band; the thin line is the middle outcome. Values close to the scenario's own come up most often."),
    }
}

/// The tornado's heading for the family share.
pub fn tornado_on_share(year: i32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Effect op het aandeel gezinsvormen in {year}"),
        Lang::En => format!("Effect on the family-type share in {year}"),
    }
}

/// The payback in words, the same in the app, the memo and the CLI (MODEL.md v3: paid back
/// means spending began and the cumulative net stays ≥ 0 from that year to the end): "terugverdiend
/// in 2021", "nog niet terugverdiend in de planperiode", or "geen programmakosten" when nothing
/// was spent, from the fund or the regular budget.
pub fn payback(p: &crate::engine::Projection, lang: Lang) -> String {
    match (p.payback_year, p.spent_anything()) {
        (_, false) => crate::i18n::Text::NoProgramme.get(lang).to_string(),
        (Some(y), true) => format!("{} {y}", crate::i18n::Text::PaybackIn.get(lang)),
        (None, true) => crate::i18n::Text::NoPayback.get(lang).to_string(),
    }
}

/// v3: what the children still in care at the end cost after it (MODEL.md §5): "Kinderen die
/// eind 2022 nog in zorg zijn, kosten daarna nog € 28.829.555 (status quo € 28.230.833)."
pub fn committed(last_year: i32, scenario: &str, status_quo: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Kinderen die eind {last_year} nog in zorg zijn, kosten daarna nog {scenario} (status quo {status_quo})."),
        Lang::En => format!("Children still in care at the end of {last_year} cost {scenario} after it (status quo {status_quo})."),
    }
}

/// v3, for the memo: "Het netto resultaat, met de kosten na 2022, is −€ 981.706."
pub fn memo_net_with_committed(amount: &str, last_year: i32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Het netto resultaat, met de kosten na {last_year}, is {amount}."),
        Lang::En => format!("The net result, with the costs after {last_year}, is {amount}."),
    }
}

/// v3: the label of the net result with the costs after the horizon: "Met kosten na 2022:".
pub fn net_with_committed(last_year: i32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Met kosten na {last_year}:"),
        Lang::En => format!("With costs after {last_year}:"),
    }
}

/// v3: a saving within the horizon that the costs after it take back (MODEL.md §5).
/// `all`: the costs after the horizon take back the whole saving (and `later` may be more).
pub fn timing(all: bool, savings: &str, later: &str, last_year: i32, lang: Lang) -> String {
    match (all, lang) {
        (true, Lang::Nl) => format!("De besparing van {savings} is alleen uitstel: de kinderen die eind {last_year} nog in zorg zijn, kosten daarna {later} meer dan zonder nieuw beleid."),
        (false, Lang::Nl) => format!("Van de besparing van {savings} is {later} uitstel: de kinderen die eind {last_year} nog in zorg zijn, kosten daarna {later} meer dan zonder nieuw beleid."),
        (true, Lang::En) => format!("The saving of {savings} is only timing: the children still in care at the end of {last_year} cost {later} more after it than without new policy."),
        (false, Lang::En) => format!("Of the saving of {savings}, {later} is only timing: the children still in care at the end of {last_year} cost {later} more after it than without new policy."),
    }
}

/// v3, for the tile: "Na 2022 nog", "€ …", "(status quo € …)".
pub fn committed_short(
    last_year: i32,
    scenario: String,
    status_quo: &str,
    lang: Lang,
) -> [String; 3] {
    match lang {
        Lang::Nl => [
            format!("Na {last_year} nog"),
            scenario,
            format!("(status quo {status_quo})"),
        ],
        Lang::En => [
            format!("After {last_year}:"),
            scenario,
            format!("(status quo {status_quo})"),
        ],
    }
}

/// v3, for the tile: the saving is only, or partly, timing.
pub fn timing_short(all: bool, lang: Lang) -> String {
    match (all, lang) {
        (true, Lang::Nl) => "alleen uitstel".into(),
        (false, Lang::Nl) => "deels uitstel".into(),
        (true, Lang::En) => "only timing".into(),
        (false, Lang::En) => "partly timing".into(),
    }
}

/// The title of the notice for a link made under an earlier model (issue 23).
pub fn older_model_title(version: u32, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("Deze link is gemaakt toen het plan met rekenmodel v{version} werd gelezen. De cijfers hieronder zijn die van het huidige model (v3), dat een paar dingen anders rekent:"),
        Lang::En => format!("This link was made when the plan was read with model v{version}. The figures below are the current model's (v3), which computes a few things differently:"),
    }
}

/// What model v3 computes differently from v1 and v2 (MODEL.md, "What v3 changes").
pub fn older_model_changes(lang: Lang) -> Vec<String> {
    let lines: [(&str, &str); 4] = [
        ("Terugverdiend: pas in een jaar na de eerste programma-uitgaven, en alleen als het netto resultaat daarna niet meer onder nul komt.",
         "Paid back: only in a year after programme spending began, and only if the net result stays at or above zero from then on."),
        ("Vervanging van residentiële zorg: het kind gaat eerst naar een gezinshuis, dan een pleeggezin, en telt (en kost) pas als het geplaatst is.",
         "Substitution of residential care: the child goes to a family home first, then a foster family, and counts (and costs) only once placed."),
        ("Tekort aan plaatsen: elke maand vergeleken met de capaciteit die dan geldt, niet met die van eind december.",
         "Shortfall of places: each month compared with the capacity in force then, not with December's."),
        ("Nieuw: de kosten van de kinderen die aan het eind nog in zorg zijn, na de planperiode.",
         "New: the costs, after the plan period, of the children still in care at its end."),
    ];
    lines
        .iter()
        .map(|(nl, en)| match lang {
            Lang::Nl => nl.to_string(),
            Lang::En => en.to_string(),
        })
        .collect()
}

/// A lever beyond the plan whose unit cost is € 0: "Werving boven het plan is niet begroot
/// (kosten per extra geworven pleeggezin € 0 — aanname)."
pub fn unbudgeted(
    what: &str,
    cost: &str,
    beyond_plan: bool,
    from_plan: bool,
    lang: Lang,
) -> String {
    let cost = super::errors::lowercase_first(cost);
    match lang {
        Lang::Nl => format!(
            "{what} boven {} is niet begroot ({cost} €\u{a0}0 — {}).",
            if beyond_plan {
                "het plan"
            } else {
                "de status quo"
            },
            if from_plan {
                "volgens het plan"
            } else {
                "aanname"
            }
        ),
        Lang::En => format!(
            "{what} beyond {} is not budgeted ({cost} €0 — {}).",
            if beyond_plan {
                "the plan"
            } else {
                "the status quo"
            },
            if from_plan {
                "as the plan says"
            } else {
                "assumption"
            }
        ),
    }
}

/// The programme tile's line: "Niet begroot: werving en substitutie boven het plan".
pub fn unbudgeted_tile(names: &[&str], beyond_plan: bool, lang: Lang) -> String {
    let names: Vec<String> = names
        .iter()
        .map(|n| super::errors::lowercase_first(n))
        .collect();
    let list = match (names.split_last(), lang) {
        (Some((last, [])), _) => last.clone(),
        (Some((last, rest)), Lang::Nl) => format!("{} en {last}", rest.join(", ")),
        (Some((last, rest)), Lang::En) => format!("{} and {last}", rest.join(", ")),
        (None, _) => String::new(),
    };
    let beyond = match (beyond_plan, lang) {
        (true, Lang::Nl) => "boven het plan",
        (false, Lang::Nl) => "boven de status quo",
        (true, Lang::En) => "beyond the plan",
        (false, Lang::En) => "beyond the status quo",
    };
    format!("{} {list} {beyond}", super::Text::UnbudgetedTile.get(lang))
}

/// The Monte Carlo's middle far from the scenario's own figure, and why.
pub fn band_offset(
    year: i32,
    point: &str,
    middle: &str,
    above: bool,
    off_centre: &[String],
    lang: Lang,
) -> String {
    let list = off_centre.join(", ");
    match (lang, above, off_centre.is_empty()) {
        (Lang::Nl, _, false) => format!(
            "De middelste doorrekening komt in {year} op {middle} zorgkosten, {} dan de {point} van het scenario. Dat komt doordat de bandbreedtes niet gelijk om de waarden van het scenario liggen: bij {list} ligt het midden van de bandbreedte {} dan de waarde waarmee het scenario rekent. Het scenario rekent met de waarden van het plan; de band laat zien waar de uitkomst ook kan liggen.",
            if above { "meer" } else { "minder" },
            if above { "hoger" } else { "lager" }
        ),
        (Lang::Nl, _, true) => format!(
            "De middelste doorrekening komt in {year} op {middle} zorgkosten, {} dan de {point} van het scenario: de onzekere aannames werken niet evenredig door in de kosten, dus een band om het scenario ligt niet vanzelf in het midden.",
            if above { "meer" } else { "minder" }
        ),
        (Lang::En, _, false) => format!(
            "The middle calculation gives {middle} of care cost in {year}, {} than the scenario's {point}. This is because the ranges are not centred on the scenario's values: for {list} the middle of the range lies {} than the value the scenario uses. The scenario uses the plan's values; the band shows where the outcome may also lie.",
            if above { "more" } else { "less" },
            if above { "higher" } else { "lower" }
        ),
        (Lang::En, _, true) => format!(
            "The middle calculation gives {middle} of care cost in {year}, {} than the scenario's {point}: the uncertain assumptions do not work out evenly in the cost, so a band around the scenario need not be centred on it.",
            if above { "more" } else { "less" }
        ),
    }
}

/// A lever's change in a few words, for a pinned scenario's name: "instroom −2 %/jaar",
/// "werving 60"; `None` for a figure without a short form.
pub fn short_change(
    field: crate::scenario::fields::FieldId,
    value: &str,
    lang: Lang,
) -> Option<String> {
    use crate::scenario::fields::FieldId as F;
    let text = match (field, lang) {
        (F::InflowChange, Lang::Nl) => format!("instroom {value} %/jaar"),
        (F::InflowChange, Lang::En) => format!("inflow {value}%/yr"),
        (F::Recruit, Lang::Nl) => format!("werving {value}"),
        (F::Recruit, Lang::En) => format!("recruitment {value}"),
        (F::NewHomes, Lang::Nl) => format!("gezinshuizen {value}/jaar"),
        (F::NewHomes, Lang::En) => format!("family homes {value}/yr"),
        (F::InflowSubstitution, Lang::Nl) => format!("substitutie {value} %"),
        (F::InflowSubstitution, Lang::En) => format!("substitution {value}%"),
        (F::Under12Substitution, Lang::Nl) => format!("substitutie onder 12 {value} %"),
        (F::Under12Substitution, Lang::En) => format!("substitution under 12 {value}%"),
        (F::StayChangeResidential, Lang::Nl) => format!("verblijf residentieel {value} %"),
        (F::StayChangeResidential, Lang::En) => format!("residential stay {value}%"),
        (F::AttritionChange, Lang::Nl) => format!("uitval pleeggezinnen {value} pt"),
        (F::AttritionChange, Lang::En) => format!("foster attrition {value} pt"),
        _ => return None,
    };
    Some(text)
}

/// The memo's "Aanleiding".
pub fn memo_occasion(region: &str, document: Option<&str>, period: &str, lang: Lang) -> String {
    match (document, lang) {
        (Some(d), Lang::Nl) => format!("{region} heeft in ‘{d}’ afgesproken dat kinderen die niet thuis kunnen wonen zo thuis mogelijk opgroeien: in pleeggezinnen en gezinshuizen in plaats van in een instelling. Deze notitie rekent een scenario voor {period} door: wat het oplevert voor de doelen, met welke kans, en wat het kost."),
        (None, Lang::Nl) => format!("Kinderen die niet thuis kunnen wonen, groeien zo thuis mogelijk op: in pleeggezinnen en gezinshuizen in plaats van in een instelling. Deze notitie rekent voor {region} een scenario voor {period} door: wat het oplevert voor de doelen, met welke kans, en wat het kost."),
        (Some(d), Lang::En) => format!("In ‘{d}’, {region} agreed that children who cannot live at home grow up as close to home as possible: in foster families and family homes instead of institutions. This memo computes a scenario for {period}: what it achieves for the targets, how likely, and what it costs."),
        (None, Lang::En) => format!("Children who cannot live at home grow up as close to home as possible: in foster families and family homes instead of institutions. This memo computes a scenario for {region} for {period}: what it achieves for the targets, how likely, and what it costs."),
    }
}

/// One of the memo's risks: "Prijs per dag residentieel (€ 350,00 – € 600,00): totale kosten
/// € 4,1 mln tot € 7,0 mln".
pub fn memo_risk(label: &str, range: &str, low: &str, high: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => {
            format!("{label} ({range}): de totale kosten liggen dan tussen {low} en {high}.")
        }
        Lang::En => {
            format!("{label} ({range}): the total cost then lies between {low} and {high}.")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_few_places_never_says_zero_children() {
        let target = Target {
            year: 2022,
            metric: crate::scenario::Metric::FamilyShareUsersPct,
            op: Op::AtLeast,
            value: 65.0,
        };
        let reason = |waiting, placed| MissReason::FamilyPlaces {
            waiting,
            placed,
            with_places: 66.0,
        };
        let nl = |r| why_missed(&r, &target, Lang::Nl);
        assert!(nl(reason(12.0, 3.0)).contains("eind 2022 wonen 12 kinderen residentieel"));
        assert!(nl(reason(0.2, 3.0)).contains("in 2022 zijn 3 kinderen residentieel geplaatst"));
        let neither = nl(reason(0.2, 0.1));
        assert!(neither.contains("zou het in 2022 66,0 % zijn"), "{neither}");
        for r in [reason(0.2, 3.0), reason(0.2, 0.1)] {
            assert!(!nl(r).contains(" 0 kinderen"));
            assert!(!why_missed(&r, &target, Lang::En).contains(" 0 children"));
        }
    }

    #[test]
    fn sentences_in_both_languages() {
        assert_eq!(
            file_not_a_scenario("x.json", 1, Lang::Nl),
            "Het bestand ‘x.json’ is geen geldig scenario (1 fout); uw huidige scenario is niet veranderd."
        );
        assert!(file_not_a_scenario("x.json", 2, Lang::En).contains("(2 errors)"));
        assert_eq!(
            scenario_saved("Plan", true, Lang::Nl),
            "‘Plan’ is bijgewerkt."
        );
        assert_eq!(scenario_deleted("Plan", Lang::En), "‘Plan’ was deleted. ");
        assert_eq!(lines_count(3, Lang::Nl), "3 regels");
        assert_eq!(per_year("35", Lang::En), "35 a year");
        assert!(saved_by_newer_version(7, Lang::Nl).contains("opslagversie 7"));
    }
}
