//! "Realisatie" (issue 26): the plan against what happened. For each share target of a year
//! with actual figures, what happened, what the plan asked and what the projection gave:
//! "2021: werkelijk 61,0 % gezinsvormen, plan ≥ 65 %, projectie 63,2 %".
//!
//! The actual share is computed from the actual children per form, on the basis they were
//! counted on; the projection's figure is the target's own (its metric, its basis). Where the
//! two bases differ, the sentence says so, so a figure on 31 December is never read against a
//! target that counts the children during the year.

use crate::analysis::onward::Counted;
use crate::engine::{evaluate_target, Projection};
use crate::formats::actuals::{counts_in, Actual};
use crate::i18n::format::format_pct;
use crate::i18n::Lang;
use crate::scenario::{Metric, Scenario, Target};

/// One target of a year with actual figures.
#[derive(Clone, Debug, PartialEq)]
pub struct OnCourse {
    pub target: Target,
    /// The share from the actual figures, in %.
    pub actual: f64,
    /// The projection's figure for the target (absent for a year outside the projection).
    pub projected: Option<f64>,
    /// Whether the actual figures were counted as the target counts.
    pub same_basis: bool,
}

/// The share targets of `s` in the years `actuals` has every form of, each with its actual and
/// projected share, by year.
pub fn on_course(
    s: &Scenario,
    p: &Projection,
    actuals: &[Actual],
    counted: Counted,
) -> Vec<OnCourse> {
    let mut out: Vec<OnCourse> = s
        .targets
        .iter()
        .filter_map(|t| {
            let family = match t.metric {
                Metric::FamilySharePct | Metric::FamilyShareUsersPct => true,
                Metric::ResidentialSharePct | Metric::ResidentialShareUsersPct => false,
                _ => return None,
            };
            let c = counts_in(actuals, t.year).ok()?;
            let total = c.foster + c.family_home + c.residential + c.other;
            let part = if family {
                c.foster + c.family_home
            } else {
                c.residential
            };
            let actual = if total > 0.0 {
                part / total * 100.0
            } else {
                0.0
            };
            let users = counted == Counted::DuringYear;
            Some(OnCourse {
                target: *t,
                actual,
                projected: p.year(t.year).map(|y| evaluate_target(t, y).actual),
                same_basis: t.metric.is_users_share() == users,
            })
        })
        .collect();
    crate::sort::sort_by_key(&mut out, |o| o.target.year);
    out
}

/// The sentence for one target: "2021: werkelijk 61,0 % gezinsvormen, plan ≥ 65 %, projectie
/// 63,2 %", with the counting basis said where the actual figures count otherwise.
pub fn sentence(o: &OnCourse, counted: Counted, lang: Lang) -> String {
    let t = &o.target;
    let family = matches!(
        t.metric,
        Metric::FamilySharePct | Metric::FamilyShareUsersPct
    );
    let what = match (family, lang) {
        (true, Lang::Nl) => "gezinsvormen",
        (false, Lang::Nl) => "residentieel",
        (true, Lang::En) => "family-type care",
        (false, Lang::En) => "residential",
    };
    let basis = |users: bool| match (users, lang) {
        (true, Lang::Nl) => "in het jaar",
        (false, Lang::Nl) => "op 31 december",
        (true, Lang::En) => "during the year",
        (false, Lang::En) => "on 31 December",
    };
    let (actual_basis, target_basis) = if o.same_basis {
        (String::new(), String::new())
    } else {
        (
            format!(" ({})", basis(counted == Counted::DuringYear)),
            format!(" ({})", basis(t.metric.is_users_share())),
        )
    };
    let plan = crate::app::summary::format_threshold(t.metric, t.op, t.value, lang);
    let projected = o.projected.map(|x| format_pct(x, lang));
    let (actually, planned, projection, none) = match lang {
        Lang::Nl => ("werkelijk", "plan", "projectie", "buiten de projectie"),
        Lang::En => ("actual", "plan", "projection", "outside the projection"),
    };
    format!(
        "{}: {actually} {} {what}{actual_basis}, {planned} {plan}{target_basis}, {projection} {}",
        t.year,
        format_pct(o.actual, lang),
        projected.as_deref().unwrap_or(none),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::actuals::read_table;

    #[test]
    fn each_share_target_with_actual_figures_gets_its_sentence() {
        let s = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        let p = crate::engine::project(&s);
        // 2019–2021 actual children during the year (as Gooi's plan counts), pasted.
        let table = "jaar\tvorm\taantal\n\
                     2019\tpleegzorg\t215\n2019\tgezinshuis\t46\n2019\tresidentieel\t140\n2019\toverig\t50\n\
                     2020\tpleegzorg\t222\n2020\tgezinshuis\t50\n2020\tresidentieel\t125\n2020\toverig\t48\n\
                     2021\tpleegzorg\t230\n2021\tgezinshuis\t55\n2021\tresidentieel\t110\n2021\toverig\t45\n";
        let actuals = read_table(table).unwrap();
        let rows = on_course(&s, &p, &actuals, Counted::DuringYear);
        // Gooi's share targets of 2020 and 2021 (family and residential); 2022 has no figures.
        assert_eq!(rows.len(), 4, "{rows:?}");
        assert!(rows.iter().all(|r| r.same_basis && r.target.year <= 2021));
        let family_2021 = rows
            .iter()
            .find(|r| r.target.year == 2021 && r.target.metric == Metric::FamilyShareUsersPct)
            .unwrap();
        let expected = 285.0 / 440.0 * 100.0;
        assert!((family_2021.actual - expected).abs() < 1e-9);
        let projected = p.year(2021).unwrap().shares_users_pct.family;
        assert_eq!(
            sentence(family_2021, Counted::DuringYear, Lang::Nl),
            format!(
                "2021: werkelijk {} gezinsvormen, plan ≥ 65 %, projectie {}",
                format_pct(expected, Lang::Nl),
                format_pct(projected, Lang::Nl)
            )
        );
        // Counted on one day against targets that count during the year: both bases said.
        let rows = on_course(&s, &p, &actuals, Counted::OnOneDay);
        let text = sentence(&rows[0], Counted::OnOneDay, Lang::Nl);
        assert!(
            text.contains("(op 31 december)") && text.contains("(in het jaar)"),
            "{text}"
        );
        assert!(sentence(&rows[0], Counted::OnOneDay, Lang::En).contains("actual"));
    }
}
