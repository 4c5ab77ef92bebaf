//! CSV export of the yearly results: one row per year, for spreadsheets.
//!
//! English (`--lang en`, the default for the CLI; the app in English): comma-separated, decimal
//! point, the output's keys as headers, counts at full precision (for scripts).
//! Dutch (`--lang nl`; the app in Dutch): semicolon-separated with a decimal comma, as Dutch
//! spreadsheet software expects, Dutch headers, counts and shares to one decimal (for people).
//! Money keeps its cents exactly in both. README.md "The CSV" lists the columns.

use crate::engine::{Projection, YearResult};
use crate::money::Euro;

/// The spreadsheet convention a CSV follows: English (comma-separated, decimal point) or Dutch
/// (semicolon-separated, decimal comma). `i18n::Lang::csv_dialect` picks it for a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    English,
    Dutch,
}

/// A CSV column: its header (the English key, the Dutch header) and how a year fills it.
type Column = (&'static str, &'static str, fn(&YearResult) -> Cell);

/// The columns, in order, with the value each takes from a year.
fn columns() -> Vec<Column> {
    vec![
        ("year", "jaar", |y| Cell::Int(y.year as i64)),
        ("foster", "pleegzorg", |y| Cell::Num(y.stock.foster)),
        ("family_home", "gezinshuis", |y| {
            Cell::Num(y.stock.family_home)
        }),
        ("residential", "residentieel", |y| {
            Cell::Num(y.stock.residential)
        }),
        ("other", "overig_verblijf", |y| Cell::Num(y.stock.other)),
        ("total", "totaal", |y| Cell::Num(y.stock.total)),
        ("mismatch", "residentieel_wachtend_op_gezinsplek", |y| {
            Cell::Num(y.mismatch)
        }),
        ("family_share_pct", "aandeel_gezinsvormen_pct", |y| {
            Cell::Num(y.shares_pct.family)
        }),
        ("residential_share_pct", "aandeel_residentieel_pct", |y| {
            Cell::Num(y.shares_pct.residential)
        }),
        ("other_share_pct", "aandeel_overig_pct", |y| {
            Cell::Num(y.shares_pct.other)
        }),
        ("foster_families", "pleeggezinnen", |y| {
            Cell::Num(y.foster_families)
        }),
        ("family_homes", "gezinshuizen", |y| {
            Cell::Num(y.family_homes)
        }),
        ("capacity_foster", "plaatsen_pleegzorg", |y| {
            Cell::Num(y.capacity.foster)
        }),
        ("capacity_family_home", "plaatsen_gezinshuizen", |y| {
            Cell::Num(y.capacity.family_home)
        }),
        ("inflow", "instroom", |y| Cell::Num(y.inflow)),
        ("exits", "uitstroom", |y| Cell::Num(y.exits)),
        ("breakdowns", "breakdowns_naar_residentieel", |y| {
            Cell::Num(y.breakdowns)
        }),
        ("stepdowns", "doorstroom_naar_gezinsvorm", |y| {
            Cell::Num(y.stepdowns)
        }),
        (
            "placed_for_lack_of_family_place",
            "residentieel_geplaatst_bij_gebrek_aan_gezinsplek",
            |y| Cell::Num(y.placed_for_lack_of_family_place),
        ),
        ("youth_days_foster", "jeugddagen_pleegzorg", |y| {
            Cell::Num(y.youth_days.foster)
        }),
        ("youth_days_family_home", "jeugddagen_gezinshuis", |y| {
            Cell::Num(y.youth_days.family_home)
        }),
        ("youth_days_residential", "jeugddagen_residentieel", |y| {
            Cell::Num(y.youth_days.residential)
        }),
        ("youth_days_other", "jeugddagen_overig", |y| {
            Cell::Num(y.youth_days.other)
        }),
        ("care_cost_foster", "zorgkosten_pleegzorg_eur", |y| {
            Cell::Money(y.care_cost.foster)
        }),
        ("care_cost_family_home", "zorgkosten_gezinshuis_eur", |y| {
            Cell::Money(y.care_cost.family_home)
        }),
        (
            "care_cost_residential",
            "zorgkosten_residentieel_eur",
            |y| Cell::Money(y.care_cost.residential),
        ),
        ("care_cost_other", "zorgkosten_overig_eur", |y| {
            Cell::Money(y.care_cost.other)
        }),
        ("care_cost_total", "zorgkosten_totaal_eur", |y| {
            Cell::Money(y.care_cost.total)
        }),
        ("status_quo_care_cost", "zorgkosten_status_quo_eur", |y| {
            Cell::Money(y.status_quo_care_cost)
        }),
        ("savings", "besparing_eur", |y| Cell::Money(y.savings)),
        ("programme_cost", "programmakosten_eur", |y| {
            Cell::Money(y.programme_cost)
        }),
        ("budget", "transformatiebudget_eur", |y| {
            Cell::Money(y.budget)
        }),
        ("budget_balance", "budgetsaldo_eur", |y| {
            Cell::Money(y.budget_balance)
        }),
        (
            "budget_balance_cumulative",
            "budgetsaldo_cumulatief_eur",
            |y| Cell::Money(y.budget_balance_cumulative),
        ),
        ("net_cumulative", "netto_cumulatief_eur", |y| {
            Cell::Money(y.net_cumulative)
        }),
        (
            "residential_capacity_plan",
            "residentiele_capaciteit_plan",
            |y| match y.residential_capacity_plan {
                Some(x) => Cell::Num(x),
                None => Cell::Empty,
            },
        ),
        (
            "programme_printed_total",
            "programmatotaal_volgens_plan_eur",
            |y| match y.programme_printed_total {
                Some(e) => Cell::Money(e),
                None => Cell::Empty,
            },
        ),
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
        let text = match (self, dialect) {
            (Cell::Int(n), _) => n.to_string(),
            // For scripts: full precision (the app and the CLI agree to the last digit).
            (Cell::Num(x), Dialect::English) => format!("{x}"),
            // For people: children, families and shares to one decimal ("33,8", not
            // "33,75000000000001"); money keeps its cents either way.
            (Cell::Num(x), Dialect::Dutch) => {
                // Whole tenths as an integer (no float formatter in the app's binary).
                let tenths = (x * 10.0).round() as i64;
                let sign = if tenths < 0 { "-" } else { "" };
                format!("{sign}{}.{}", tenths.abs() / 10, tenths.abs() % 10)
            }
            (Cell::Money(e), _) => e.to_cents_string(),
            (Cell::Empty, _) => String::new(),
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
        .map(|(key, dutch, _)| match dialect {
            Dialect::English => *key,
            Dialect::Dutch => *dutch,
        })
        .collect::<Vec<_>>()
        .join(sep);
    out.push('\n');
    for year in &projection.years {
        let row: Vec<String> = cols
            .iter()
            .map(|(_, _, get)| get(year).render(dialect))
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

    /// Issue 24: Dutch headers, children and shares to one decimal, money to the cent.
    #[test]
    fn dutch_csv_has_dutch_headers_and_readable_figures() {
        let p = project(
            &crate::presets::by_id("gooi-en-vechtstreek")
                .unwrap()
                .scenario(),
        );
        let csv = projection_csv(&p, Dialect::Dutch);
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().unwrap().split(';').collect();
        assert_eq!(
            &header[..4],
            ["jaar", "pleegzorg", "gezinshuis", "residentieel"]
        );
        assert!(header.iter().all(|h| !h.is_empty()));
        let english = projection_csv(&p, Dialect::English);
        assert_eq!(
            header.len(),
            english.lines().next().unwrap().split(',').count()
        );
        let row: Vec<&str> = lines.next().unwrap().split(';').collect();
        let foster = p.years[0].stock.foster;
        assert_eq!(row[1], format!("{:.1}", foster).replace('.', ","));
        let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
        assert_eq!(
            row[col("zorgkosten_totaal_eur")],
            p.years[0]
                .care_cost
                .total
                .to_cents_string()
                .replace('.', ",")
        );
        // Every number cell has at most one decimal, money exactly two.
        for (h, cell) in header.iter().zip(&row) {
            let decimals = cell.split(',').nth(1).map_or(0, str::len);
            if h.ends_with("_eur") {
                assert!(cell.is_empty() || decimals == 2, "{h}: {cell}");
            } else {
                assert!(decimals <= 1, "{h}: {cell}");
            }
        }
        // Negative tenths keep their sign; minus nothing is nothing.
        assert_eq!(Cell::Num(-0.04).render(Dialect::Dutch), "0,0");
        assert_eq!(Cell::Num(-1.25).render(Dialect::Dutch), "-1,3");
        assert_eq!(Cell::Num(33.75).render(Dialect::Dutch), "33,8");
    }
}
