//! "Realisatie" (issue 26, second part): a table of actual figures pasted from a spreadsheet.
//!
//! One row per year and care form: `jaar` / `year`, `vorm` / `form`, `aantal` / `count`, and
//! optionally `instroom` / `admissions` and `kosten` / `cost`. Columns are separated by tabs
//! (a paste from a spreadsheet), else by semicolons (a Dutch CSV), else by commas. Column names
//! and care forms are read in Dutch or English, in any case. Numbers take a decimal comma or a
//! decimal point: a cell with a comma reads the comma as the decimal sign and points as
//! thousands separators (`1.234,5`); a cell without a comma reads a point as the decimal sign,
//! except under Dutch column names where a point followed by exactly three digits groups
//! thousands (`1.234` is 1234 children). Every error names its row (the line of the paste) and
//! its column; nothing is read from a table with errors.

use crate::money::parse_plain_f64;
use crate::scenario::{Form, PerForm};

/// One actual figure: a care form in a year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Actual {
    pub year: i32,
    pub form: Form,
    /// Children (on the basis the user names for the table).
    pub count: f64,
    pub admissions: Option<f64>,
    /// The year's care cost in euros, as typed (to the cent).
    pub cost: Option<f64>,
}

/// The children per care form in `year`, for a new start from it ("Verder vanaf",
/// [`crate::analysis::onward`]); the first form the table has no count for, if any.
pub fn counts_in(actuals: &[Actual], year: i32) -> Result<PerForm<f64>, Form> {
    let mut counts = PerForm::<f64>::default();
    for form in Form::ALL {
        let actual = actuals
            .iter()
            .find(|a| a.year == year && a.form == form)
            .ok_or(form)?;
        counts.set(form, actual.count);
    }
    Ok(counts)
}

/// A column of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    Year,
    Form,
    Count,
    Admissions,
    Cost,
}

/// Each column with its Dutch names, its English names and whether the table needs it.
type Names = (
    Column,
    &'static [&'static str],
    &'static [&'static str],
    bool,
);
const NAMES: [Names; 5] = [
    (Column::Year, &["jaar"], &["year"], true),
    (
        Column::Form,
        &["vorm", "zorgvorm"],
        &["form", "care form"],
        true,
    ),
    (
        Column::Count,
        &["aantal", "kinderen"],
        &["count", "children"],
        true,
    ),
    (
        Column::Admissions,
        &["instroom", "plaatsingen"],
        &["admissions"],
        false,
    ),
    (
        Column::Cost,
        &["kosten", "zorgkosten"],
        &["cost", "costs", "care cost"],
        false,
    ),
];

/// What is wrong with a pasted table.
#[derive(Clone, Debug, PartialEq)]
pub enum ActualsError {
    /// Nothing but empty lines.
    Empty,
    /// The first line lacks a required column.
    MissingColumn { column: Column },
    /// A column name that is not one of the known ones (row 1).
    UnknownColumn { name: String },
    /// A cell that does not read: its row (1 is the header), column and text.
    Cell {
        row: usize,
        column: Column,
        text: String,
    },
    /// The same year and form twice.
    Duplicate { row: usize, year: i32, form: Form },
}

/// The form named in Dutch or English.
fn form(text: &str) -> Option<Form> {
    match text.to_ascii_lowercase().as_str() {
        "pleegzorg" | "foster" | "foster care" => Some(Form::Foster),
        "gezinshuis" | "gezinshuizen" | "family home" | "family homes" | "family_home" => {
            Some(Form::FamilyHome)
        }
        "residentieel" | "residentiële zorg" | "residential" | "residential care" => {
            Some(Form::Residential)
        }
        "overig" | "overig verblijf" | "other" | "other care" => Some(Form::Other),
        _ => None,
    }
}

/// A number as the module says: decimal comma or point, thousands grouped.
fn number(text: &str, dutch: bool) -> Option<f64> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let plain = if t.contains(',') {
        t.replace('.', "").replacen(',', ".", 1)
    } else if dutch
        && t.rsplit_once('.')
            .is_some_and(|(_, after)| after.len() == 3)
    {
        t.replace('.', "")
    } else {
        t.replace(',', "")
    };
    parse_plain_f64(&plain).filter(|x| x.is_finite())
}

/// Reads a pasted table of actual figures.
pub fn read_table(text: &str) -> Result<Vec<Actual>, Vec<ActualsError>> {
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let Some(&(_, header)) = lines.first() else {
        return Err(vec![ActualsError::Empty]);
    };
    let sep = if header.contains('\t') {
        '\t'
    } else if header.contains(';') {
        ';'
    } else {
        ','
    };
    let mut errors = Vec::new();
    let mut columns: Vec<Option<Column>> = Vec::new();
    let mut dutch = false;
    for name in header.split(sep) {
        let name = name.trim().to_ascii_lowercase();
        let found = NAMES.iter().find_map(|(column, nl, en, _)| {
            if nl.contains(&name.as_str()) {
                Some((*column, true))
            } else {
                en.contains(&name.as_str()).then_some((*column, false))
            }
        });
        match found {
            Some((column, in_dutch)) => {
                dutch |= in_dutch;
                columns.push(Some(column));
            }
            None if name.is_empty() => columns.push(None),
            None => {
                errors.push(ActualsError::UnknownColumn { name });
                columns.push(None);
            }
        }
    }
    for (column, _, _, required) in NAMES {
        if required && !columns.contains(&Some(column)) {
            errors.push(ActualsError::MissingColumn { column });
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut out: Vec<Actual> = Vec::new();
    for &(row, line) in &lines[1..] {
        let (mut year, mut kind, mut count, mut admissions, mut cost) =
            (None, None, None, None, None);
        for (cell, column) in line.split(sep).zip(&columns) {
            let Some(column) = *column else { continue };
            let cell = cell.trim();
            let bad = || ActualsError::Cell {
                row,
                column,
                text: cell.to_string(),
            };
            match column {
                Column::Year => match cell
                    .parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2200).contains(y))
                {
                    Some(y) => year = Some(y),
                    None => errors.push(bad()),
                },
                Column::Form => match form(cell) {
                    Some(f) => kind = Some(f),
                    None => errors.push(bad()),
                },
                Column::Count | Column::Admissions | Column::Cost => {
                    if cell.is_empty() && column != Column::Count {
                        continue;
                    }
                    match number(cell, dutch).filter(|x| *x >= 0.0) {
                        Some(x) if column == Column::Count => count = Some(x),
                        Some(x) if column == Column::Admissions => admissions = Some(x),
                        Some(x) => cost = Some(x),
                        None => errors.push(bad()),
                    }
                }
            }
        }
        let missing = |column| ActualsError::Cell {
            row,
            column,
            text: String::new(),
        };
        match (year, kind, count) {
            (Some(year), Some(form), Some(count)) => {
                if out.iter().any(|a| a.year == year && a.form == form) {
                    errors.push(ActualsError::Duplicate { row, year, form });
                } else {
                    out.push(Actual {
                        year,
                        form,
                        count,
                        admissions,
                        cost,
                    });
                }
            }
            _ => {
                // A cell that is not there at all (a short line) is an error of its own.
                let cells = line.split(sep).count();
                for (i, column) in columns.iter().enumerate() {
                    if let Some(c @ (Column::Year | Column::Form | Column::Count)) = column {
                        if i >= cells {
                            errors.push(missing(*c));
                        }
                    }
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_from_a_dutch_spreadsheet() {
        let paste = "Jaar\tVorm\tAantal\tKosten\n2019\tPleegzorg\t1.234\t1.250.000,50\n2019\tResidentieel\t85,5\t\n2020\tgezinshuis\t40\t310000\n";
        let rows = read_table(paste).unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(
            (rows[0].year, rows[0].form, rows[0].count),
            (2019, Form::Foster, 1234.0)
        );
        assert_eq!(rows[0].cost, Some(1_250_000.5));
        assert_eq!(rows[1].count, 85.5);
        assert_eq!(rows[1].cost, None);
        assert_eq!(rows[2].form, Form::FamilyHome);
    }

    #[test]
    fn a_dutch_csv_and_an_english_one() {
        let nl = "jaar;zorgvorm;kinderen;instroom\n2021;overig verblijf;12,25;4\n";
        let rows = read_table(nl).unwrap();
        assert_eq!(
            (rows[0].form, rows[0].count, rows[0].admissions),
            (Form::Other, 12.25, Some(4.0))
        );
        let en = "Year,Form,Count\n2021,foster care,1.234\n2021,Family home,3\n";
        let rows = read_table(en).unwrap();
        // Under English names a point is the decimal sign.
        assert_eq!(rows[0].count, 1.234);
        assert_eq!(rows[1].form, Form::FamilyHome);
    }

    #[test]
    fn errors_name_their_row_and_column() {
        let paste = "jaar\tvorm\taantal\n2019\tpleegzorg\tveel\n20x9\tresidentieel\t3\n2019\tpleegzorg\t4\n2020\tkamp\t1\n2021\tpleegzorg\n";
        let errors = read_table(paste).unwrap_err();
        assert_eq!(
            errors,
            vec![
                ActualsError::Cell {
                    row: 2,
                    column: Column::Count,
                    text: "veel".into()
                },
                ActualsError::Cell {
                    row: 3,
                    column: Column::Year,
                    text: "20x9".into()
                },
                ActualsError::Cell {
                    row: 5,
                    column: Column::Form,
                    text: "kamp".into()
                },
                ActualsError::Cell {
                    row: 6,
                    column: Column::Count,
                    text: String::new()
                },
            ]
        );
        let dup = read_table("jaar;vorm;aantal\n2019;pleegzorg;1\n2019;Pleegzorg;2\n").unwrap_err();
        assert_eq!(
            dup,
            vec![ActualsError::Duplicate {
                row: 3,
                year: 2019,
                form: Form::Foster
            }]
        );
        assert_eq!(
            read_table("jaar;aantal;kleur\n").unwrap_err(),
            vec![
                ActualsError::UnknownColumn {
                    name: "kleur".into()
                },
                ActualsError::MissingColumn {
                    column: Column::Form
                },
            ]
        );
        assert_eq!(read_table("\n \n").unwrap_err(), vec![ActualsError::Empty]);
        assert!(matches!(
            read_table("jaar;vorm;aantal\n2019;pleegzorg;-3\n").unwrap_err()[0],
            ActualsError::Cell {
                row: 2,
                column: Column::Count,
                ..
            }
        ));
    }
}
