//! What the results say, in words and rows: the headline for the final target year, the
//! targets table with the first year each target is met, and the key money figures.
//! Pure functions of the scenario and its projection; the app only renders their output.

use crate::engine::{targets::evaluate_one, Projection, TargetResult};
use crate::i18n::format::{format_count, format_euro, format_pct, format_plain_number};
use crate::i18n::{metric_text, Lang, Text};
use crate::money::{decimal_from_f64, Euro};
use crate::scenario::{Metric, Op, Scenario, Target};

/// Whether a target is met, missed, or there is none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    Missed,
    NoTarget,
}

/// The sentence in large type: "Gezinsvormen 2022: 63,5 % — doel ≥ 70 % niet gehaald (−6,5 pt)".
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// "Gezinsvormen 2022"
    pub subject: String,
    /// "63,5 %"
    pub actual: String,
    /// "doel ≥ 70 % niet gehaald (−6,5 pt)", or "geen doel"
    pub verdict: String,
    pub status: Status,
    /// The position of the headline's target in the scenario's targets, if it has one.
    pub target_index: Option<usize>,
}

impl Headline {
    pub fn sentence(&self) -> String {
        format!("{}: {} — {}", self.subject, self.actual, self.verdict)
    }
}

/// A metric's value as people read it.
pub fn format_metric(metric: Metric, value: f64, lang: Lang) -> String {
    if metric.is_money() {
        format_euro(Euro(decimal_from_f64(value)), lang)
    } else if metric.is_percent() {
        format_pct(value, lang)
    } else {
        format_count(value, lang)
    }
}

/// A target's threshold as written: "≥ 70 %", "≤ −5 %", "≥ 300 kinderen", "≤ € 1.000.000".
pub fn format_threshold(metric: Metric, op: Op, value: f64, lang: Lang) -> String {
    if crate::app::precision::no_child_target(metric, op, value) {
        return Text::NoChild.get(lang).to_string();
    }
    let symbol = match op {
        Op::AtLeast => "≥",
        Op::AtMost => "≤",
    };
    let number = if metric.is_money() {
        format_euro(Euro(decimal_from_f64(value)), lang)
    } else if metric.is_percent() {
        match lang {
            Lang::Nl => format!("{} %", format_plain_number(value, lang)),
            Lang::En => format!("{}%", format_plain_number(value, lang)),
        }
    } else {
        format_plain_number(value, lang)
    };
    format!("{symbol} {number}")
}

/// How far a result is from its target, in words that say which way is good: "5,8 procentpunt
/// te laag" for a missed "at least", "0,3 procentpunt te hoog" for a missed "at most", "3,2
/// procentpunt ruimte" for a met one, "precies op het doel" only for a met one that rounds to
/// nothing; counts and amounts likewise ("10 te veel", "€ 4.500 ruimte"). A missed margin shows
/// the decimals at which it is not zero ([`crate::app::precision`]).
pub fn format_margin(t: &TargetResult, lang: Lang) -> String {
    use crate::app::precision::{margin_size, no_child_target, rounded, usual_decimals};
    use crate::i18n::messages;
    let base = usual_decimals(t.metric);
    let less_than = |size: String| messages::less_than(&size, lang);
    // A relative change (a reduction of 10 % against the start) is a difference in percent of
    // its own: "10,0 % te laag", not "procentpunt".
    let relative = matches!(
        t.metric,
        Metric::ResidentialReductionPct | Metric::InflowChangePct
    );
    // "geen kind": the margin is the children there are (issue 24).
    let no_child = no_child_target(t.metric, t.target().op, t.value);
    let margin = if no_child { t.actual } else { t.margin };
    let zero = t.met && rounded(margin.abs(), base) == 0.0;
    if let Some(e) = t.margin_eur {
        let abs = Euro(e.0.abs());
        let size = if t.met || abs.0 >= rust_decimal::Decimal::new(5, 1) {
            format_euro(abs, lang)
        } else if abs.0 >= rust_decimal::Decimal::new(5, 3) {
            crate::i18n::format::format_euro_cents(abs, lang)
        } else {
            less_than(crate::i18n::format::format_euro_cents(
                Euro(rust_decimal::Decimal::new(1, 2)),
                lang,
            ))
        };
        let zero = t.met && abs.0 < rust_decimal::Decimal::new(5, 1);
        return messages::margin_words(&size, t.met, zero, t.op == ">=", true, lang);
    }
    let size = margin_size(margin, t.met, base, lang).unwrap_or_else(less_than);
    // A shortfall of places is said in places (issue 24: "117 te veel" read as too many).
    if t.metric == Metric::ResidentialShortfall && !zero {
        return messages::places_margin(&size, margin.abs() <= 1.0, t.met, lang);
    }
    let size = if relative {
        match lang {
            Lang::Nl => format!("{size} %"),
            Lang::En => format!("{size}%"),
        }
    } else if t.metric.is_percent() {
        messages::points_text(&size, lang)
    } else {
        size
    };
    messages::margin_words(
        &size,
        t.met,
        zero,
        t.op == ">=",
        // "te hoog" / "te laag" for relative changes, as for percentage points.
        relative,
        lang,
    )
}

/// "Waarom niet?" under a missed headline target: one sentence with figures naming the main
/// reason ([`crate::analysis::reason::why_missed`]); `None` when the headline target is met or
/// is not a share.
pub fn why_not(s: &Scenario, p: &Projection, headline: &Headline, lang: Lang) -> Option<String> {
    why_not_from(&miss_reasons(s, p), s, headline, lang)
}

/// [`why_not`] from the reasons of every target ([`miss_reasons`]), computed once per scenario.
pub fn why_not_from(
    reasons: &[Option<crate::analysis::reason::MissReason>],
    s: &Scenario,
    headline: &Headline,
    lang: Lang,
) -> Option<String> {
    if headline.status != Status::Missed {
        return None;
    }
    let index = headline.target_index?;
    let target = s.targets.get(index)?;
    let reason = reasons.get(index)?.as_ref()?;
    Some(crate::i18n::messages::why_missed(reason, target, lang))
}

/// Why each target is missed (issue 23: every missed target, not only the headline's), by the
/// target's index; the projections with places to spare are made once, and only when a target
/// is missed.
pub fn miss_reasons(
    s: &Scenario,
    p: &Projection,
) -> Vec<Option<crate::analysis::reason::MissReason>> {
    use crate::analysis::reason::{why_missed_with, Spare};
    if p.targets.iter().all(|t| t.met) {
        return vec![None; s.targets.len()];
    }
    let spare = Spare::new(s);
    s.targets
        .iter()
        .map(|t| why_missed_with(s, p, t, &spare))
        .collect()
}

/// A missed target's reason without the "Waarom niet?" it starts with (the table's own
/// summary says that).
pub fn reason_text(
    reason: &crate::analysis::reason::MissReason,
    target: &crate::scenario::Target,
    lang: Lang,
) -> String {
    let text = crate::i18n::messages::why_missed(reason, target, lang);
    text.strip_prefix("Waarom niet? ")
        .or_else(|| text.strip_prefix("Why not? "))
        .unwrap_or(&text)
        .to_string()
}

/// The headline: the family-share target of the latest year if there is one, else the latest
/// target of any kind, else the family share in the last year without a target.
pub fn headline(s: &Scenario, p: &Projection, lang: Lang) -> Headline {
    let pick = p
        .targets
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            matches!(
                t.metric,
                Metric::FamilySharePct | Metric::FamilyShareUsersPct
            )
        })
        .max_by_key(|(_, t)| t.year)
        // Without a family-share target: the first target of the latest year (a plan lists its
        // main aim first; Flevoland's capacity before the clinical care it holds).
        .or_else(|| {
            p.targets
                .iter()
                .enumerate()
                .min_by_key(|(_, t)| std::cmp::Reverse(t.year))
        });
    match pick {
        Some((index, t)) => {
            let subject_text = if t.metric == Metric::FamilySharePct {
                Text::FamilyForms
            } else {
                metric_text(t.metric)
            };
            let actual = crate::app::precision::shown_actual(t, lang);
            let verdict = format!(
                "{} {} {} ({})",
                Text::TargetWord.get(lang),
                format_threshold(t.metric, t.target().op, t.value, lang),
                if t.met {
                    Text::TargetMet.get(lang)
                } else {
                    Text::TargetMissed.get(lang)
                },
                format_margin(t, lang)
            );
            Headline {
                subject: format!("{} {}", subject_text.get(lang), t.year),
                actual,
                verdict,
                status: if t.met { Status::Met } else { Status::Missed },
                target_index: Some(index),
            }
        }
        None => {
            let last = p.years.last();
            Headline {
                subject: format!("{} {}", Text::FamilyForms.get(lang), s.last_year()),
                actual: format_pct(last.map_or(0.0, |y| y.shares_pct.family), lang),
                verdict: Text::NoTargetWord.get(lang).to_string(),
                status: Status::NoTarget,
                target_index: None,
            }
        }
    }
}

/// A probability as people read it: whole percents, with "< 1 %" and "> 99 %" for the edges
/// that are not certain (so that 0,2 % never reads as "0 %", as if impossible).
pub fn format_chance(probability: f64, lang: Lang) -> String {
    let pct = probability * 100.0;
    let sign = |text: &str| match lang {
        Lang::Nl => format!("{text} %"),
        Lang::En => format!("{text}%"),
    };
    if probability <= 0.0 {
        sign("0")
    } else if probability >= 1.0 {
        sign("100")
    } else if pct < 1.0 {
        sign("< 1")
    } else if pct > 99.0 {
        sign("> 99")
    } else {
        sign(&format!("{}", pct.round() as i64))
    }
}

/// A chance below the level asked for, with the decimals that show it is below: "79,6 %"
/// where whole percents would read "80 %" as for the level itself.
pub fn chance_below(probability: f64, level: f64, lang: Lang) -> String {
    let (pct, level_pct) = (probability * 100.0, level * 100.0);
    match crate::app::precision::decisive_decimals(pct, Op::AtLeast, level_pct, 0) {
        // Whole percents (and "< 1 %", "> 99 %") where they already show it.
        Some(0) => format_chance(probability, lang),
        Some(d) => crate::app::precision::with_unit(Metric::FamilySharePct, pct, d, lang),
        None => crate::app::precision::just(Metric::FamilySharePct, pct, level_pct, lang),
    }
}

/// "Kans dat het doel in 2022 gehaald wordt: 34 %" for target `index`, if the Monte Carlo has
/// it (and belongs to this projection).
pub fn chance_sentence(
    mc: &crate::analysis::montecarlo::MonteCarlo,
    p: &Projection,
    index: usize,
    lang: Lang,
) -> Option<String> {
    if !crate::analysis::montecarlo::bands_fit(mc, p) || mc.ranges.is_empty() {
        return None;
    }
    let t = mc.targets.get(index)?;
    let runs = crate::i18n::format::format_count(f64::from(mc.runs), lang);
    let ranges = mc.ranges.len();
    let mut sentence = crate::i18n::messages::chance(t.year, t.probability, &runs, ranges, lang);
    // A value outside its own range is named where the chance is (MODEL.md §12).
    if !mc.values_outside.is_empty() {
        let names: Vec<String> = mc
            .values_outside
            .iter()
            .map(|key| crate::i18n::field_label(key, lang))
            .collect();
        sentence.push_str(&crate::i18n::messages::values_outside_ranges(&names, lang));
    }
    Some(sentence)
}

/// When the middle of the Monte Carlo's care-cost band lies far (5 % or more) from the
/// scenario's own care cost in the last year, the sentence that says so and why: the ranges
/// that are not centred on the scenario's values (issue 24), so that the band is not read as a
/// sign that the scenario's figure is optimistic or pessimistic.
pub fn band_offset(
    s: &Scenario,
    p: &Projection,
    mc: &crate::analysis::montecarlo::MonteCarlo,
    lang: Lang,
) -> Option<String> {
    if !crate::analysis::montecarlo::bands_fit(mc, p) {
        return None;
    }
    let (year, band) = (p.years.last()?, mc.years.last()?);
    let point = year.care_cost.total.to_f64_lossy();
    let middle = band.care_cost.p50.to_f64_lossy();
    if point <= 0.0 || ((middle - point) / point).abs() < 0.05 {
        return None;
    }
    let above = middle > point;
    let off: Vec<String> = crate::analysis::uncertainty::off_centre(s)
        .into_iter()
        .filter(|(_, up)| *up == above)
        .take(3)
        .map(|(key, _)| crate::i18n::field_label(&key, lang))
        .collect();
    Some(crate::i18n::messages::band_offset(
        year.year,
        &crate::i18n::format::format_euro_short(point, lang),
        &crate::i18n::format::format_euro_short(middle, lang),
        above,
        &off,
        lang,
    ))
}

/// One row of the targets table, ready to render.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetRow {
    /// The target's position in the scenario (for goal seek).
    pub index: usize,
    pub year: i32,
    pub metric: String,
    pub threshold: String,
    pub actual: String,
    pub met: bool,
    pub margin: String,
    /// The first projected year in which the same threshold holds, if any.
    pub first_met: Option<i32>,
}

/// The first projected year in which `target`'s threshold holds (whatever the target's year).
pub fn first_year_met(target: &Target, p: &Projection) -> Option<i32> {
    p.years.iter().find_map(|y| {
        let probe = Target {
            year: y.year,
            ..*target
        };
        evaluate_one(&probe, y).met.then_some(y.year)
    })
}

/// Every target, in year order, with its result.
pub fn target_rows(p: &Projection, lang: Lang) -> Vec<TargetRow> {
    let mut rows: Vec<TargetRow> = p
        .targets
        .iter()
        .enumerate()
        .map(|(index, t)| TargetRow {
            index,
            year: t.year,
            metric: metric_text(t.metric).get(lang).to_string(),
            threshold: format_threshold(t.metric, t.target().op, t.value, lang),
            actual: crate::app::precision::shown_actual(t, lang),
            met: t.met,
            margin: format_margin(t, lang),
            first_met: first_year_met(&t.target(), p),
        })
        .collect();
    crate::sort::sort_by_key(&mut rows, |r| r.year);
    rows
}

/// Key figures beside the headline.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigures {
    pub care_cost: String,
    /// Status-quo care cost minus this scenario's, over the projection.
    pub savings: String,
    pub status_quo_care_cost: String,
    pub programme_cost: String,
    /// v3: the unit costs paid from the regular youth-care budget ("via de reguliere
    /// contracten"), when there are any.
    pub regular_cost: Option<String>,
    /// The budget, or "geen budget bekend" when the scenario has none (then no shortfall).
    pub budget: String,
    /// "Tekort: € 20.000" when the programme costs more than the budget over the projection.
    pub shortfall: Option<String>,
    pub payback: String,
    /// v3: "Kinderen die eind 2022 nog in zorg zijn kosten daarna nog € … (status quo € …)".
    pub committed: String,
    /// v3: the net result including the costs after the horizon: its label ("Met de kosten na
    /// 2022:") and the amount, kept apart so that the amount never breaks over two lines.
    pub net_with_committed: (String, String),
    /// v3: when the scenario saves within the horizon but leaves more cost after it than the
    /// status quo, how much of the saving is only timing.
    pub timing: Option<String>,
    /// The same in a few words for the tile: "alleen uitstel" / "deels uitstel".
    pub timing_short: Option<String>,
    /// "Na 2022 nog € … (status quo € …)", for the tile, in three parts that each stay on one
    /// line: the label, the amount, the status quo's.
    pub committed_short: [String; 3],

    pub mismatch_last_year: String,
    /// The final year's flows and reach: children who used care during the year, admissions
    /// to residential care, and placements per 1,000 children (with a population).
    pub last_year: i32,
    pub users_last_year: String,
    pub residential_admissions_last_year: String,
    pub per_1000_last_year: Option<String>,
}

/// Whether every policy lever stands at its status-quo value ("geen nieuw beleid", MODEL.md
/// §5): then the scenario is its own status quo and saves nothing, which the first screen says.
pub fn levers_at_status_quo(s: &Scenario) -> bool {
    let years = 0..s.years as usize;
    let forms = crate::scenario::Form::ALL;
    years.clone().all(|y| {
        s.recruit(y) == s.foster.status_quo_recruit_per_year
            && s.new_homes(y) == 0
            && s.change_pct(y) == 0.0
            && s.substitution_pct(y) == 0.0
            && s.substitution_under12_pct(y) == 0.0
            && s.attrition_change(y) == 0.0
            && forms.iter().all(|&f| s.stay_change(f, y) == 0.0)
    })
}

/// How much the programme costs more than the transformation budget over the projection (the
/// cumulative balance of the last year, when negative); none without a known budget.
pub fn budget_shortfall(p: &Projection) -> Option<Euro> {
    if !p.budget_known() {
        return None;
    }
    let balance = p.years.last()?.budget_balance_cumulative;
    (balance.0 < rust_decimal::Decimal::ZERO).then(|| Euro(-balance.0))
}

/// The budget as the tiles and the comparison say it: the amount, or "geen budget bekend".
pub fn budget_text(p: &Projection, lang: Lang) -> String {
    if p.budget_known() {
        format_euro(p.total_budget, lang)
    } else {
        crate::i18n::Text::NoBudgetKnown.get(lang).to_string()
    }
}

pub fn key_figures(p: &Projection, lang: Lang) -> KeyFigures {
    let payback = crate::i18n::messages::payback(p, lang);
    let last_year = p.years.last().map_or(0, |y| y.year);
    // A saving within the period that the costs after it take back (all of it, or a part).
    let savings = p.total_status_quo_care_cost - p.total_care_cost;
    let later = p.committed_care_cost - p.status_quo_committed_care_cost;
    let timing_all = (savings.0 > rust_decimal::Decimal::ZERO
        && later.0 > rust_decimal::Decimal::ZERO)
        .then_some(later.0 >= savings.0);
    KeyFigures {
        care_cost: format_euro(p.total_care_cost, lang),
        savings: format_euro(p.total_status_quo_care_cost - p.total_care_cost, lang),
        status_quo_care_cost: format_euro(p.total_status_quo_care_cost, lang),
        programme_cost: format_euro(p.total_programme_cost, lang),
        regular_cost: {
            let regular = p.total_regular_cost();
            (!regular.is_zero()).then(|| format_euro(regular, lang))
        },
        budget: budget_text(p, lang),
        committed: crate::i18n::messages::committed(
            last_year,
            &format_euro(p.committed_care_cost, lang),
            &format_euro(p.status_quo_committed_care_cost, lang),
            lang,
        ),
        net_with_committed: (
            crate::i18n::messages::net_with_committed(last_year, lang),
            format_euro(p.net_with_committed, lang),
        ),
        timing: timing_all.map(|all| {
            crate::i18n::messages::timing(
                all,
                &format_euro(savings, lang),
                &format_euro(later, lang),
                last_year,
                lang,
            )
        }),
        timing_short: timing_all.map(|all| crate::i18n::messages::timing_short(all, lang)),
        committed_short: crate::i18n::messages::committed_short(
            last_year,
            format_euro(p.committed_care_cost, lang),
            &format_euro(p.status_quo_committed_care_cost, lang),
            lang,
        ),
        shortfall: budget_shortfall(p)
            .map(|e| crate::i18n::messages::shortfall(&format_euro(e, lang), lang)),
        payback,
        mismatch_last_year: format_count(p.years.last().map_or(0.0, |y| y.mismatch), lang),
        last_year,
        users_last_year: format_count(p.years.last().map_or(0.0, |y| y.users.total), lang),
        residential_admissions_last_year: format_count(
            p.years.last().map_or(0.0, |y| y.admissions.residential),
            lang,
        ),
        per_1000_last_year: p
            .years
            .last()
            .and_then(|y| y.placements_per_1000)
            .map(|x| crate::i18n::format::format_fixed(x, 1, lang)),
    }
}

/// One note per year in which a plan's printed programme total differs from the sum of its
/// printed lines ("Totaal volgens het plan 2019: € 905.000; de som van de regels is: € 975.000.").
/// The comparison is with the lines only: costs per extra family or home are not in the plan's
/// table.
pub fn printed_total_notes(s: &Scenario, lang: Lang) -> Vec<String> {
    let mut notes: Vec<String> = s
        .programme
        .printed_totals
        .iter()
        .enumerate()
        .filter_map(|(y, printed)| {
            let printed = (*printed)?;
            let lines: Euro = s.programme.lines.iter().map(|l| l.amount(y)).sum();
            (printed != lines).then(|| {
                format!(
                    "{} {}: {}; {} {}.",
                    Text::PrintedTotal.get(lang),
                    s.start_year + y as i32,
                    format_euro(printed, lang),
                    Text::LinesSum.get(lang),
                    format_euro(lines, lang)
                )
            })
        })
        .collect();
    // Which total the figures use, and why (issue 24): an alderman quoting the programme cost
    // must know it is not the printed total.
    if !notes.is_empty() {
        notes.push(Text::PrintedTotalsWhich.get(lang).to_string());
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chances_read_as_people_say_them() {
        assert_eq!(format_chance(0.0, Lang::Nl), "0 %");
        assert_eq!(format_chance(0.002, Lang::Nl), "< 1 %");
        assert_eq!(format_chance(0.3449, Lang::Nl), "34 %");
        assert_eq!(format_chance(0.995, Lang::En), "> 99%");
        assert_eq!(format_chance(1.0, Lang::Nl), "100 %");
        let s = crate::presets::gooi_v1();
        let p = crate::engine::project(&s);
        let mc = crate::analysis::montecarlo::monte_carlo(&s, 100, 5);
        let h = headline(&s, &p, Lang::Nl);
        let index = h.target_index.unwrap();
        assert_eq!(s.targets[index].year, 2022);
        let sentence = chance_sentence(&mc, &p, index, Lang::Nl).unwrap();
        assert!(sentence.starts_with("In "), "{sentence}");
        assert!(
            sentence.contains("wordt het doel voor 2022 gehaald (")
                && sentence.ends_with("10 onzekere aannames)"),
            "{sentence}"
        );
        use crate::i18n::messages::chance;
        let at = |p: f64| chance(2022, p, "2.000", 14, Lang::Nl);
        assert_eq!(
            at(0.0),
            "In geen van de 2.000 doorrekeningen wordt het doel voor 2022 gehaald (14 onzekere aannames)"
        );
        assert!(at(0.003).starts_with("In minder dan 1 op de 100 doorrekeningen"));
        assert!(at(0.03).starts_with("In 3 van de 100 doorrekeningen"));
        assert!(at(0.78).starts_with("In 8 van de 10 doorrekeningen"));
        assert!(at(0.97).starts_with("In 97 van de 100 doorrekeningen"));
        assert!(at(1.0).starts_with("In alle 2.000 doorrekeningen"));
        assert!(chance(2022, 0.78, "2,000", 14, Lang::En)
            .starts_with("In 8 in 10 calculations, the 2022 target is met"));
        assert_eq!(
            chance(2022, 0.0, "2,000", 14, Lang::En),
            "In none of the 2,000 calculations is the 2022 target met (14 uncertain assumptions)"
        );
        let mut bare = s.clone();
        bare.uncertainty.clear();
        let none = crate::analysis::montecarlo::monte_carlo(&bare, 10, 5);
        assert_eq!(chance_sentence(&none, &p, index, Lang::Nl), None);
    }
    use crate::engine::project;

    #[test]
    fn gooi_headline_in_both_languages() {
        let s = crate::presets::gooi_v1();
        let p = project(&s);
        let h = headline(&s, &p, Lang::Nl);
        assert_eq!(
            h.sentence(),
            "Gezinsvormen 2022: 63,5 % — doel ≥ 70 % niet gehaald (6,5 procentpunt te laag)"
        );
        assert_eq!(h.status, Status::Missed);
        let h = headline(&s, &p, Lang::En);
        assert_eq!(
            h.sentence(),
            "Family-type care 2022: 63.5% — target ≥ 70% not met (6.5 percentage points too low)"
        );
    }

    #[test]
    fn headline_without_targets_and_with_other_metrics() {
        let s = crate::presets::v1("haaglanden");
        let h = headline(&s, &project(&s), Lang::Nl);
        assert_eq!(h.status, Status::NoTarget);
        assert!(
            h.sentence().starts_with("Gezinsvormen 2021: "),
            "{}",
            h.sentence()
        );
        assert!(h.sentence().ends_with("geen doel"));
        let s = crate::presets::v1("gelderland-jeugdzorgplus");
        let h = headline(&s, &project(&s), Lang::Nl);
        assert_eq!(h.status, Status::Met);
        assert_eq!(h.subject, "Verandering instroom t.o.v. de start 2023");
        assert_eq!(
            h.verdict,
            "doel ≤ \u{2212}5 % gehaald (precies op het doel)"
        );
    }

    #[test]
    fn target_rows_with_first_year_met() {
        let s = crate::presets::gooi_v1();
        let p = project(&s);
        let rows = target_rows(&p, Lang::Nl);
        assert_eq!(rows.len(), 6);
        assert_eq!(rows[0].year, 2020);
        let family_60 = rows.iter().find(|r| r.threshold == "≥ 60 %").unwrap();
        assert!(family_60.met);
        assert_eq!(family_60.first_met, Some(2020));
        let family_70 = rows.iter().find(|r| r.threshold == "≥ 70 %").unwrap();
        assert_eq!(family_70.first_met, None);
        assert_eq!(family_70.actual, "63,5 %");
    }

    #[test]
    fn printed_totals_are_compared_with_the_lines_only() {
        let mut s = crate::presets::v1("flevoland");
        s.foster.recruit_per_year = vec![90; 4];
        let notes = printed_total_notes(&s, Lang::Nl);
        assert_eq!(
            notes,
            vec![
                "Totaal volgens het plan 2019: €\u{a0}905.000; de som van de regels is €\u{a0}975.000.",
                "Totaal volgens het plan 2020: €\u{a0}960.000; de som van de regels is €\u{a0}980.000.",
                "Totaal volgens het plan 2021: €\u{a0}960.000; de som van de regels is €\u{a0}980.000.",
                "zothuis rekent met de som van de regels, niet met het gedrukte totaal: elke regel staat met een eigen bedrag in het plan, en zo telt elke euro die u aan een regel verandert mee. Het gedrukte totaal staat er alleen ter vergelijking.",
            ]
        );
        assert!(
            printed_total_notes(&crate::presets::v1("gooi-en-vechtstreek-bruto"), Lang::Nl)
                .is_empty()
        );
    }

    #[test]
    fn key_figures_word_the_payback() {
        let p = project(&crate::presets::gooi_v1());
        let k = key_figures(&p, Lang::Nl);
        assert_eq!(k.programme_cost, "€\u{a0}405.000");
        assert_eq!(k.savings, "€\u{a0}1.204.197");
        assert_eq!(k.payback, "terugverdiend in 2019");
        // Flevoland spends nothing in 2018 and saves nothing: v2 called 2018 its payback year,
        // v3 (and the app) does not.
        let f = project(&crate::presets::v1("flevoland"));
        assert_eq!(f.payback_year, None);
        assert_eq!(
            key_figures(&f, Lang::Nl).payback,
            "nog niet terugverdiend in de planperiode"
        );
        let g = project(&crate::presets::v1("gelderland-jeugdzorgplus"));
        assert_eq!(key_figures(&g, Lang::Nl).payback, "geen programmakosten");
    }

    #[test]
    fn why_not_names_the_reason_under_a_missed_headline() {
        let s = crate::presets::gooi_v1();
        let p = project(&s);
        let h = headline(&s, &p, Lang::Nl);
        let why = why_not(&s, &p, &h, Lang::Nl).unwrap();
        assert!(
            why.starts_with(
                "Waarom niet? Ook met onbeperkt veel gezinsplekken komt het in 2022 niet boven 6"
            ),
            "{why}"
        );
        assert!(
            why.contains("van de nieuwe plaatsingen heeft residentiële zorg nodig"),
            "{why}"
        );
        let en = why_not(&s, &p, &headline(&s, &p, Lang::En), Lang::En).unwrap();
        assert!(
            en.starts_with("Why not? Even with unlimited family places"),
            "{en}"
        );
        // Too few places: the children waiting are named.
        let mut t = s.clone();
        t.foster.recruit_per_year = vec![0; 4];
        t.targets.truncate(1);
        let q = project(&t);
        let why = why_not(&t, &q, &headline(&t, &q, Lang::Nl), Lang::Nl).unwrap();
        assert!(
            why.starts_with("Waarom niet? Te weinig gezinsplekken: eind 2020 wonen"),
            "{why}"
        );
        // A met headline has no "why not".
        let mut met = s.clone();
        met.targets.truncate(1);
        let r = project(&met);
        assert_eq!(
            why_not(&met, &r, &headline(&met, &r, Lang::Nl), Lang::Nl),
            None
        );
    }

    #[test]
    fn a_budget_overrun_is_a_shortfall_in_words() {
        // Gooi v2: the lines run € 425.000 against the fund's € 405.000.
        let s = crate::presets::default_preset().scenario();
        let p = project(&s);
        assert_eq!(
            budget_shortfall(&p),
            Some(Euro(rust_decimal::Decimal::new(20000, 0)))
        );
        let k = key_figures(&p, Lang::Nl);
        assert_eq!(k.shortfall.as_deref(), Some("Tekort: €\u{a0}20.000"));
        assert_eq!(
            key_figures(&p, Lang::En).shortfall.as_deref(),
            Some("Shortfall: €20,000")
        );
        // Within budget: none.
        let v1 = project(&crate::presets::gooi_v1());
        assert_eq!(budget_shortfall(&v1), None);
        assert_eq!(key_figures(&v1, Lang::Nl).shortfall, None);
        // The memo says it too.
        let memo = crate::app::memo::summary(&s, &p, Lang::Nl);
        assert!(memo.contains("tegenover een transformatiebudget van €\u{a0}405.000: een tekort van €\u{a0}20.000."), "{memo}");
    }

    #[test]
    fn a_value_outside_its_range_is_named_beside_the_chance() {
        let mut s = crate::presets::default_preset().scenario();
        s.stay_months.residential = 24.0; // the range is 9–18 months
        let p = project(&s);
        let mc = crate::analysis::montecarlo::monte_carlo(&s, 50, 1);
        assert_eq!(
            mc.values_outside,
            vec!["stay_months.residential".to_string()]
        );
        let sentence = chance_sentence(&mc, &p, 2, Lang::Nl).unwrap();
        assert!(
            sentence.ends_with(" Let op: Verblijfsduur residentieel ligt buiten de eigen bandbreedte; de berekening neemt de dichtstbijzijnde grens als meest waarschijnlijk."),
            "{sentence}"
        );
        let plain = crate::analysis::montecarlo::monte_carlo(
            &crate::presets::default_preset().scenario(),
            50,
            1,
        );
        assert!(plain.values_outside.is_empty());
    }

    #[test]
    fn a_plan_at_the_status_quo_is_recognised() {
        let flevoland = crate::presets::by_id("flevoland").unwrap().scenario();
        assert!(levers_at_status_quo(&flevoland));
        let gooi = crate::presets::default_preset().scenario();
        assert!(!levers_at_status_quo(&gooi));
        let mut moved = flevoland.clone();
        moved.inflow.substitution_pct = vec![10.0];
        assert!(!levers_at_status_quo(&moved));
    }

    #[test]
    fn a_chance_one_step_below_shows_it_is_below() {
        assert_eq!(chance_below(0.796, 0.8, Lang::Nl), "79,6 %");
        assert_eq!(chance_below(0.72, 0.8, Lang::Nl), "72 %");
        assert_eq!(chance_below(0.79999, 0.8, Lang::Nl), "79,999 %");
    }

    #[test]
    fn a_band_far_from_its_point_says_why() {
        let s = crate::presets::by_id("flevoland").unwrap().scenario();
        let p = project(&s);
        let mc = crate::analysis::montecarlo::monte_carlo(&s, 400, 7);
        let point = p.years.last().unwrap().care_cost.total.to_f64_lossy();
        let middle = mc.years.last().unwrap().care_cost.p50.to_f64_lossy();
        let far = ((middle - point) / point).abs() >= 0.05;
        let sentence = band_offset(&s, &p, &mc, Lang::Nl);
        assert!(far, "Flevoland: {point} vs {middle}");
        assert_eq!(sentence.is_some(), far, "{point} vs {middle}");
        if let Some(text) = sentence {
            assert!(
                text.starts_with("De middelste doorrekening komt in "),
                "{text}"
            );
            assert!(
                text.contains("niet gelijk om de waarden van het scenario"),
                "{text}"
            );
        }
        // Gooi: its band lies around its figure.
        let g = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        let gp = project(&g);
        let gmc = crate::analysis::montecarlo::monte_carlo(&g, 400, 7);
        let gpoint = gp.years.last().unwrap().care_cost.total.to_f64_lossy();
        let gmid = gmc.years.last().unwrap().care_cost.p50.to_f64_lossy();
        assert_eq!(
            band_offset(&g, &gp, &gmc, Lang::Nl).is_some(),
            ((gmid - gpoint) / gpoint).abs() >= 0.05
        );
    }

    #[test]
    fn a_shortfall_says_places_and_a_relative_target_says_percent() {
        // Flevoland 2021: the places fall short, in places.
        let f = project(&crate::presets::by_id("flevoland").unwrap().scenario());
        let short = f
            .targets
            .iter()
            .find(|t| t.metric == Metric::ResidentialShortfall && t.year == 2021)
            .unwrap();
        let words = format_margin(short, Lang::Nl);
        assert!(words.ends_with(" plaatsen te kort"), "{words}");
        assert_eq!(
            words,
            format!("{} plaatsen te kort", format_count(short.margin, Lang::Nl))
        );
        // Haaglanden: a reduction of at least 10 % against the start, missed in percent.
        let h = project(&crate::presets::by_id("haaglanden").unwrap().scenario());
        let reduction = h
            .targets
            .iter()
            .find(|t| t.metric == Metric::ResidentialReductionPct)
            .unwrap();
        let words = format_margin(reduction, Lang::Nl);
        assert!(
            words.ends_with(" % te laag") && !words.contains("procentpunt"),
            "{words}"
        );
    }

    /// The first number in a text as the app writes it ("69,96 %", "0,04 procentpunt").
    fn first_number(text: &str, lang: Lang) -> Option<f64> {
        let start = text.find(|c: char| c.is_ascii_digit() || c == '\u{2212}')?;
        let token: String = text[start..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\u{2212}'))
            .collect();
        let plain = match lang {
            Lang::Nl => token.replace('.', "").replace(',', "."),
            Lang::En => token.replace(',', ""),
        };
        plain.replace('\u{2212}', "-").parse().ok()
    }

    fn result(metric: Metric, op: Op, value: f64, actual: f64) -> TargetResult {
        let met = match op {
            Op::AtLeast => actual >= value,
            Op::AtMost => actual <= value,
        };
        TargetResult {
            year: 2022,
            metric,
            op: op.symbol(),
            value,
            actual,
            met,
            margin: actual - value,
            actual_eur: None,
            margin_eur: None,
        }
    }

    proptest::proptest! {
        /// Issue 24: the figure beside a ✓ or ✗ never says the other, a missed margin is never
        /// "precies op het doel" or zero, and "precies op het doel" is only said of a met one.
        #[test]
        fn a_shown_figure_never_contradicts_its_verdict(
            metric in proptest::sample::select(Metric::ALL.iter().copied().filter(|m| !m.is_money()).collect::<Vec<_>>()),
            at_least in proptest::bool::ANY,
            value in proptest::sample::select(vec![0.0, 0.5, 1.0, 5.0, 60.0, 70.0, -5.0, 12.34, 117.0, 0.25]),
            exponent in -9i32..3,
            mantissa in -9.0f64..9.0,
            english in proptest::bool::ANY,
        ) {
            let lang = if english { Lang::En } else { Lang::Nl };
            let op = if at_least { Op::AtLeast } else { Op::AtMost };
            let actual = value + mantissa * 10f64.powi(exponent);
            let t = result(metric, op, value, actual);
            let shown = crate::app::precision::shown_actual(&t, lang);
            let holds = |x: f64| if at_least { x >= value } else { x <= value };
            if let Some(rest) = shown.strip_prefix("net onder ").or_else(|| shown.strip_prefix("just below ")) {
                proptest::prop_assert!(actual < value && first_number(rest, lang) == Some(value), "{shown}");
            } else if let Some(rest) = shown.strip_prefix("net boven ").or_else(|| shown.strip_prefix("just above ")) {
                proptest::prop_assert!(actual > value && first_number(rest, lang) == Some(value), "{shown}");
            } else {
                let figure = first_number(&shown, lang).unwrap();
                proptest::prop_assert_eq!(holds(figure), t.met, "{} against {} {}", shown, t.op, value);
            }
            let margin = format_margin(&t, lang);
            let exactly = margin == "precies op het doel" || margin == "exactly on target";
            proptest::prop_assert!(!exactly || t.met, "{margin}");
            if !t.met {
                let size = first_number(&margin, lang).unwrap();
                proptest::prop_assert!(size > 0.0, "{shown}: {margin}");
            }
        }
    }
}
