//! CSV export of the yearly results: one row per year, for spreadsheets.
//!
//! English (`--lang en`, the default for the CLI): comma-separated, decimal point.
//! Dutch (`--lang nl`): semicolon-separated with a decimal comma, as Dutch spreadsheet software
//! expects. Money keeps its cents exactly; counts keep full precision (round them in the sheet).

use crate::engine::{Projection, YearResult};
use crate::money::Euro;

/// The spreadsheet convention a CSV follows: English (comma-separated, decimal point) or Dutch
/// (semicolon-separated, decimal comma). `i18n::Lang::csv_dialect` picks it for a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    English,
    Dutch,
}

/// A CSV column: its header and how a year fills it.
type Column = (&'static str, fn(&YearResult) -> Cell);

/// The columns, in order, with the value each takes from a year.
fn columns() -> Vec<Column> {
    vec![
        ("year", |y| Cell::Int(y.year as i64)),
        ("foster", |y| Cell::Num(y.stock.foster)),
        ("family_home", |y| Cell::Num(y.stock.family_home)),
        ("residential", |y| Cell::Num(y.stock.residential)),
        ("other", |y| Cell::Num(y.stock.other)),
        ("total", |y| Cell::Num(y.stock.total)),
        ("mismatch", |y| Cell::Num(y.mismatch)),
        ("family_share_pct", |y| Cell::Num(y.shares_pct.family)),
        ("residential_share_pct", |y| {
            Cell::Num(y.shares_pct.residential)
        }),
        ("other_share_pct", |y| Cell::Num(y.shares_pct.other)),
        ("foster_families", |y| Cell::Num(y.foster_families)),
        ("family_homes", |y| Cell::Num(y.family_homes)),
        ("capacity_foster", |y| Cell::Num(y.capacity.foster)),
        ("capacity_family_home", |y| {
            Cell::Num(y.capacity.family_home)
        }),
        ("inflow", |y| Cell::Num(y.inflow)),
        ("exits", |y| Cell::Num(y.exits)),
        ("breakdowns", |y| Cell::Num(y.breakdowns)),
        ("stepdowns", |y| Cell::Num(y.stepdowns)),
        ("placed_for_lack_of_family_place", |y| {
            Cell::Num(y.placed_for_lack_of_family_place)
        }),
        ("youth_days_foster", |y| Cell::Num(y.youth_days.foster)),
        ("youth_days_family_home", |y| {
            Cell::Num(y.youth_days.family_home)
        }),
        ("youth_days_residential", |y| {
            Cell::Num(y.youth_days.residential)
        }),
        ("youth_days_other", |y| Cell::Num(y.youth_days.other)),
        ("care_cost_foster", |y| Cell::Money(y.care_cost.foster)),
        ("care_cost_family_home", |y| {
            Cell::Money(y.care_cost.family_home)
        }),
        ("care_cost_residential", |y| {
            Cell::Money(y.care_cost.residential)
        }),
        ("care_cost_other", |y| Cell::Money(y.care_cost.other)),
        ("care_cost_total", |y| Cell::Money(y.care_cost.total)),
        ("status_quo_care_cost", |y| {
            Cell::Money(y.status_quo_care_cost)
        }),
        ("savings", |y| Cell::Money(y.savings)),
        ("programme_cost", |y| Cell::Money(y.programme_cost)),
        ("budget", |y| Cell::Money(y.budget)),
        ("budget_balance", |y| Cell::Money(y.budget_balance)),
        ("budget_balance_cumulative", |y| {
            Cell::Money(y.budget_balance_cumulative)
        }),
        ("net_cumulative", |y| Cell::Money(y.net_cumulative)),
        ("residential_capacity_plan", |y| {
            match y.residential_capacity_plan {
                Some(x) => Cell::Num(x),
                None => Cell::Empty,
            }
        }),
        ("programme_printed_total", |y| {
            match y.programme_printed_total {
                Some(e) => Cell::Money(e),
                None => Cell::Empty,
            }
        }),
    ]
}

enum Cell {
    Int(i64),
    Num(f64),
    Money(Euro),
    Empty,
}

impl Cell {
    fn render(&self, dialect: Dialect) -> String {
        let text = match self {
            Cell::Int(n) => n.to_string(),
            Cell::Num(x) => format!("{x}"),
            Cell::Money(e) => e.to_cents_string(),
            Cell::Empty => String::new(),
        };
        match dialect {
            Dialect::English => text,
            Dialect::Dutch => text.replace('.', ","),
        }
    }
}

/// The yearly table as CSV text (with a header row and a final newline).
pub fn projection_csv(projection: &Projection, dialect: Dialect) -> String {
    let sep = match dialect {
        Dialect::English => ",",
        Dialect::Dutch => ";",
    };
    let cols = columns();
    let mut out = cols
        .iter()
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(sep);
    out.push('\n');
    for year in &projection.years {
        let row: Vec<String> = cols
            .iter()
            .map(|(_, get)| get(year).render(dialect))
            .collect();
        out.push_str(&row.join(sep));
        out.push('\n');
    }
    out
}

/// A file name from a scenario name: "Gooi en Vechtstreek — plan" → "gooi-en-vechtstreek-plan".
pub fn file_stem(name: &str) -> String {
    let mut out = String::new();
    // ASCII only: accented letters become separators either way, and the browser build does not
    // carry Unicode's case tables.
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let stem = out.trim_end_matches('-');
    if stem.is_empty() {
        "scenario".to_string()
    } else {
        stem.chars().take(60).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::project;

    #[test]
    fn one_row_per_year_with_all_columns() {
        let p = project(&crate::presets::gooi_v1());
        let csv = projection_csv(&p, Dialect::English);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 1 + p.years.len());
        let width = lines[0].split(',').count();
        assert!(lines.iter().all(|l| l.split(',').count() == width));
        assert!(lines[1].starts_with("2019,"));
        let total_col = lines[0]
            .split(',')
            .position(|c| c == "care_cost_total")
            .unwrap();
        assert_eq!(
            lines[1].split(',').nth(total_col).unwrap(),
            p.years[0].care_cost.total.to_cents_string()
        );
    }

    #[test]
    fn file_names_from_scenario_names() {
        assert_eq!(
            file_stem("Gooi en Vechtstreek — Zo thuis mogelijk opgroeien (plan)"),
            "gooi-en-vechtstreek-zo-thuis-mogelijk-opgroeien-plan"
        );
        assert_eq!(file_stem("<script>"), "script");
        assert_eq!(file_stem(""), "scenario");
        assert_eq!(file_stem("—"), "scenario");
    }

    #[test]
    fn dutch_csv_uses_semicolons_and_decimal_commas() {
        let p = project(&crate::presets::gooi_v1());
        let csv = projection_csv(&p, Dialect::Dutch);
        let first = csv.lines().nth(1).unwrap();
        assert!(first.starts_with("2019;"));
        assert!(!first.contains('.'));
        assert!(first.contains(','));
    }
}
