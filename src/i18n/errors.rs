//! Validation errors and warnings rendered in the user's language.

use super::lang::Lang;
use crate::analysis::goalseek::GoalSeekError;
use crate::engine::Warning;
use crate::formats::link::LinkError;
use crate::i18n::format::{format_count, format_plain_number};
use crate::scenario::{Expected, Limit, Rule, ValidationError};

/// A plain-language name for a field path: `inflow.change_pct[2]` → "Instroom: verandering per
/// jaar (jaar 3)". Unknown paths are returned as they are.
pub fn field_label(path: &str, lang: Lang) -> String {
    if let Some(label) = range_label(path, lang) {
        return label;
    }
    // Split off a trailing index: "targets[1].value" keeps its structure in the fallback.
    let (base, index) = match path.rfind('[') {
        Some(open) if path.ends_with(']') => (
            &path[..open],
            path[open + 1..path.len() - 1].parse::<usize>().ok(),
        ),
        _ => (path, None),
    };
    let name = match (base, lang) {
        ("schema", _) => "schema",
        ("stock", Lang::Nl) => "Beginstand (kinderen per zorgvorm)",
        ("stock", Lang::En) => "Starting stock (children per care form)",
        ("stay_months", Lang::Nl) => "Verblijfsduur per zorgvorm",
        ("stay_months", Lang::En) => "Length of stay per care form",
        ("inflow", Lang::Nl) => "Instroom",
        ("inflow", Lang::En) => "Inflow",
        ("foster", Lang::Nl) => "Pleeggezinnen",
        ("foster", Lang::En) => "Foster families",
        ("family_home", Lang::Nl) => "Gezinshuizen (capaciteit)",
        ("family_home", Lang::En) => "Family homes (capacity)",
        ("cost", Lang::Nl) => "Kosten",
        ("cost", Lang::En) => "Costs",
        ("cost.per_day", Lang::Nl) => "Prijs per dag per zorgvorm",
        ("cost.per_day", Lang::En) => "Price per day per care form",
        ("programme", Lang::Nl) => "Programma",
        ("programme", Lang::En) => "Programme",
        ("budget", Lang::Nl) => "Transformatiebudget",
        ("budget", Lang::En) => "Transformation budget",
        ("programme.lines", Lang::Nl) => "Programmaregels",
        ("programme.lines", Lang::En) => "Programme lines",
        ("targets", Lang::Nl) => "Doelen",
        ("targets", Lang::En) => "Targets",
        ("name", Lang::Nl) => "Naam",
        ("name", Lang::En) => "Name",
        ("region", _) => "Regio",
        ("start_year", Lang::Nl) => "Startjaar",
        ("start_year", Lang::En) => "Start year",
        ("years", Lang::Nl) => "Aantal jaren",
        ("years", Lang::En) => "Number of years",
        ("stock.foster", Lang::Nl) => "Beginstand pleegzorg",
        ("stock.foster", Lang::En) => "Starting foster care",
        ("stock.family_home", Lang::Nl) => "Beginstand gezinshuizen",
        ("stock.family_home", Lang::En) => "Starting family homes",
        ("stock.residential", Lang::Nl) => "Beginstand residentieel",
        ("stock.residential", Lang::En) => "Starting residential care",
        ("stock.other", Lang::Nl) => "Beginstand overig verblijf",
        ("stock.other", Lang::En) => "Starting other care",
        ("mismatch", Lang::Nl) => "Residentieel bij gebrek aan gezinsplek",
        ("mismatch", Lang::En) => "Residential for lack of a family place",
        ("stay_months.foster", Lang::Nl) => "Verblijfsduur pleegzorg",
        ("stay_months.foster", Lang::En) => "Length of stay, foster care",
        ("stay_months.family_home", Lang::Nl) => "Verblijfsduur gezinshuis",
        ("stay_months.family_home", Lang::En) => "Length of stay, family home",
        ("stay_months.residential", Lang::Nl) => "Verblijfsduur residentieel",
        ("stay_months.residential", Lang::En) => "Length of stay, residential",
        ("stay_months.other", Lang::Nl) => "Verblijfsduur overig",
        ("stay_months.other", Lang::En) => "Length of stay, other",
        ("inflow.per_year", Lang::Nl) => "Instroom per jaar",
        ("inflow.per_year", Lang::En) => "Inflow per year",
        ("inflow.change_pct", Lang::Nl) => "Verandering instroom per jaar",
        ("inflow.change_pct", Lang::En) => "Inflow change per year",
        ("inflow.residential_need_pct", Lang::Nl) => "Aandeel instroom met residentiële behoefte",
        ("inflow.residential_need_pct", Lang::En) => "Share of inflow needing residential care",
        ("inflow.other_need_pct", Lang::Nl) => "Aandeel instroom met behoefte aan overig verblijf",
        ("inflow.other_need_pct", Lang::En) => "Share of inflow needing other care",
        ("foster.families", Lang::Nl) => "Actieve pleeggezinnen",
        ("foster.families", Lang::En) => "Active foster families",
        ("foster.children_per_family", Lang::Nl) => "Kinderen per pleeggezin",
        ("foster.children_per_family", Lang::En) => "Children per foster family",
        ("foster.attrition_pct", Lang::Nl) => "Uitval pleeggezinnen per jaar",
        ("foster.attrition_pct", Lang::En) => "Foster families stopping per year",
        ("foster.recruit_per_year", Lang::Nl) => "Werving pleeggezinnen",
        ("foster.recruit_per_year", Lang::En) => "Foster-family recruitment",
        ("foster.status_quo_recruit_per_year", Lang::Nl) => "Werving zonder nieuw beleid",
        ("foster.status_quo_recruit_per_year", Lang::En) => "Recruitment without new policy",
        ("family_home.homes", Lang::Nl) => "Gezinshuizen",
        ("family_home.homes", Lang::En) => "Family homes",
        ("family_home.places_per_home", Lang::Nl) => "Plaatsen per gezinshuis",
        ("family_home.places_per_home", Lang::En) => "Places per family home",
        ("family_home.new_per_year", Lang::Nl) => "Nieuwe gezinshuizen",
        ("family_home.new_per_year", Lang::En) => "New family homes",
        ("residential_capacity", Lang::Nl) => "Geplande residentiële capaciteit",
        ("residential_capacity", Lang::En) => "Planned residential capacity",
        ("cost.per_day.foster", Lang::Nl) => "Prijs per dag pleegzorg",
        ("cost.per_day.foster", Lang::En) => "Price per day, foster care",
        ("cost.per_day.family_home", Lang::Nl) => "Prijs per dag gezinshuis",
        ("cost.per_day.family_home", Lang::En) => "Price per day, family home",
        ("cost.per_day.residential", Lang::Nl) => "Prijs per dag residentieel",
        ("cost.per_day.residential", Lang::En) => "Price per day, residential",
        ("cost.per_day.other", Lang::Nl) => "Prijs per dag overig",
        ("cost.per_day.other", Lang::En) => "Price per day, other",
        ("cost.index_pct", Lang::Nl) => "Indexatie per jaar",
        ("cost.index_pct", Lang::En) => "Price indexation per year",
        ("programme.cost_per_recruited_family", Lang::Nl) => "Kosten per extra geworven pleeggezin",
        ("programme.cost_per_recruited_family", Lang::En) => "Cost per extra recruited family",
        ("programme.cost_per_new_home", Lang::Nl) => "Kosten per nieuw gezinshuis",
        ("programme.cost_per_new_home", Lang::En) => "Cost per new family home",
        ("uncertainty", Lang::Nl) => "Bandbreedtes (onzekerheid)",
        ("uncertainty", Lang::En) => "Ranges (uncertainty)",
        ("budget.amounts", Lang::Nl) => "Transformatiebudget",
        ("budget.amounts", Lang::En) => "Transformation budget",
        _ => return path.to_string(),
    };
    match index {
        Some(i) => match lang {
            Lang::Nl => format!("{name} (jaar {})", i + 1),
            Lang::En => format!("{name} (year {})", i + 1),
        },
        None => name.to_string(),
    }
}

/// `uncertainty["stay_months.foster"].low` → "Bandbreedte verblijfsduur pleegzorg: laagste waarde".
fn range_label(path: &str, lang: Lang) -> Option<String> {
    let rest = path.strip_prefix("uncertainty[\"")?;
    let (key, tail) = rest.split_once("\"]")?;
    let field = field_label(key, lang);
    let (range, low, high) = match lang {
        Lang::Nl => ("Bandbreedte", "laagste waarde", "hoogste waarde"),
        Lang::En => ("Range of", "low end", "high end"),
    };
    let field = lowercase_first(&field);
    Some(match tail {
        ".low" => format!("{range} {field}: {low}"),
        ".high" => format!("{range} {field}: {high}"),
        _ => format!("{range} {field}"),
    })
}

/// "Prijs per dag" → "prijs per dag" (labels start with an ASCII capital).
fn lowercase_first(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_lowercase();
    }
    out
}

fn expected_text(expected: Expected, lang: Lang) -> &'static str {
    match lang {
        Lang::En => expected.describe_en(),
        Lang::Nl => match expected {
            Expected::Object => "een object",
            Expected::Array => "een lijst",
            Expected::Number => "een getal",
            Expected::Integer => "een geheel getal",
            Expected::String => "tekst",
            Expected::MoneyString => {
                "een bedrag als tekst met hoogstens twee decimalen, bijv. \"225.00\""
            }
            Expected::NumberOrNull => "een getal of null",
            Expected::MoneyStringOrNull => "een bedrag als tekst (bijv. \"905000.00\") of null",
        },
    }
}

fn bound(limit: &Limit, lang: Lang) -> String {
    match lang {
        Lang::Nl => format_plain_number(limit.value, Lang::Nl),
        Lang::En => format_plain_number(limit.value, Lang::En),
    }
}

fn range_text(min: &Option<Limit>, max: &Option<Limit>, lang: Lang) -> String {
    let (between, and, more, less) = match lang {
        Lang::Nl => ("tussen", "en", "groter dan", "kleiner dan"),
        Lang::En => ("between", "and", "greater than", "less than"),
    };
    let at_least = |l: &Limit| match (lang, l.inclusive) {
        (Lang::Nl, true) => format!("minstens {}", bound(l, lang)),
        (Lang::En, true) => format!("at least {}", bound(l, lang)),
        (_, false) => format!("{more} {}", bound(l, lang)),
    };
    let at_most = |l: &Limit| match (lang, l.inclusive) {
        (Lang::Nl, true) => format!("hoogstens {}", bound(l, lang)),
        (Lang::En, true) => format!("at most {}", bound(l, lang)),
        (_, false) => format!("{less} {}", bound(l, lang)),
    };
    match (min, max) {
        (Some(lo), Some(hi)) if lo.inclusive && hi.inclusive => {
            format!("{between} {} {and} {}", bound(lo, lang), bound(hi, lang))
        }
        (Some(lo), Some(hi)) => format!("{} {and} {}", at_least(lo), at_most(hi)),
        (Some(lo), None) => at_least(lo),
        (None, Some(hi)) => at_most(hi),
        (None, None) => String::new(),
    }
}

/// The rule of a validation error as a sentence fragment in `lang` ("moet tussen 0 en 100 liggen").
pub fn rule_text(error: &ValidationError, lang: Lang) -> String {
    if lang == Lang::En {
        return error.rule_en();
    }
    match &error.rule {
        Rule::Syntax { line, column, .. } => {
            format!("is geen geldige JSON (regel {line}, kolom {column})")
        }
        Rule::Required => "ontbreekt; dit veld is verplicht".to_string(),
        Rule::UnknownField => {
            "is geen veld van het scenarioformaat (controleer de spelling)".to_string()
        }
        Rule::Type { expected } => format!("moet {} zijn", expected_text(*expected, lang)),
        Rule::Range { min, max } => format!("moet {} liggen", range_text(min, max, lang)),
        Rule::MaxTwoDecimals => "mag hoogstens twee decimalen hebben".to_string(),
        Rule::MaxChars { max } => format!("mag hoogstens {max} tekens lang zijn"),
        Rule::MaxItems { max } => format!("mag hoogstens {max} waarden hebben (één per jaar)"),
        Rule::SchemaVersion { supported } => {
            format!("moet {supported} zijn: dit bestand hoort bij een andere versie van zothuis")
        }
        Rule::MismatchAboveResidential => {
            "mag niet groter zijn dan de beginstand residentieel (het is een deel daarvan)"
                .to_string()
        }
        Rule::NeedSharesAbove100 => {
            "residentiële en overige behoefte samen mogen niet boven 100 % komen".to_string()
        }
        Rule::YearOutsideProjection { first, last } => {
            format!("moet een jaar binnen de projectie zijn, {first} tot en met {last}")
        }
        Rule::OneOf { allowed } => format!("moet een van deze zijn: {}", allowed.join(", ")),
        Rule::UnknownSourcePath => "verwijst naar een veld dat niet bestaat".to_string(),
        Rule::NoRange => "noemt geen aanname die een bandbreedte kan krijgen (per jaar: alleen jaren binnen de projectie)".to_string(),
        Rule::LowAboveHigh => "mag niet boven de hoogste waarde liggen".to_string(),
    }
}

/// A full sentence for one validation error: field, rule and value found.
pub fn validation_message(error: &ValidationError, lang: Lang) -> String {
    let field = if error.path.is_empty() {
        match lang {
            Lang::Nl => "Het bestand".to_string(),
            Lang::En => "The file".to_string(),
        }
    } else {
        field_label(&error.path, lang)
    };
    let found = match lang {
        Lang::Nl => "gevonden",
        Lang::En => "found",
    };
    let shown = if error.found == "missing" && lang == Lang::Nl {
        "niets"
    } else {
        error.found.as_str()
    };
    format!("{field} {} ({found}: {shown}).", rule_text(error, lang))
}

/// A warning about the scenario in `lang`.
pub fn warning_message(warning: &Warning, lang: Lang) -> String {
    match (warning, lang) {
        (Warning::FosterStockAboveCapacity { stock, capacity }, Lang::Nl) => format!(
            "Er zitten bij de start meer kinderen in pleegzorg ({}) dan de pleeggezinnen plaats bieden ({}); het verschil verhuist in de eerste maand.",
            format_count(*stock, lang),
            format_count(*capacity, lang)
        ),
        (Warning::FamilyHomeStockAboveCapacity { stock, capacity }, Lang::Nl) => format!(
            "Er zitten bij de start meer kinderen in gezinshuizen ({}) dan er plaatsen zijn ({}); het verschil verhuist in de eerste maand.",
            format_count(*stock, lang),
            format_count(*capacity, lang)
        ),
        (w, Lang::En) => {
            let mut text = w.message_en();
            if let Some(first) = text.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            text.push('.');
            text
        }
    }
}

/// Why goal seek has no answer, in `lang`. The English text is the CLI's.
pub fn goal_seek_error_message(error: &GoalSeekError, lang: Lang) -> String {
    match (*error, lang) {
        (GoalSeekError::NoSuchTarget { index, count }, Lang::En) => {
            format!("the scenario has {count} targets; index {index} does not exist")
        }
        (GoalSeekError::NoSuchTarget { index, count }, Lang::Nl) => format!(
            "het scenario heeft {count} doelen; doel {} bestaat niet",
            index + 1
        ),
        (
            GoalSeekError::NotMonotone {
                at,
                met,
                below,
                met_below,
            },
            Lang::En,
        ) => format!(
            "the target does not respond monotonically to this lever near {at} (met {met} there, {met_below} at {below})"
        ),
        (GoalSeekError::NotMonotone { at, below, .. }, Lang::Nl) => format!(
            "Geen eenduidig antwoord: het doel reageert rond {} niet steeds in dezelfde richting op deze hendel (ook bij {} anders dan verwacht).",
            format_plain_number(at, lang),
            format_plain_number(below, lang)
        ),
    }
}

/// Why a link could not be opened, in `lang`.
pub fn link_error_message(error: &LinkError, lang: Lang) -> String {
    use LinkError::*;
    {
        match (error, lang) {
            (NotALink, Lang::Nl) => "Deze link bevat geen zothuis-scenario.".into(),
            (NotALink, Lang::En) => "This link holds no zothuis scenario.".into(),
            (UnknownVersion(v), Lang::Nl) => format!("Deze link heeft linkversie ‘{v}’, die deze versie van zothuis niet kent (is hij gemaakt met een nieuwere versie, of met de hand veranderd?)."),
            (UnknownVersion(v), Lang::En) => format!("This link has link version ‘{v}’, which this version of zothuis does not know (was it made with a newer version, or edited by hand?)."),
            (UnknownPreset(p), Lang::Nl) => format!("Deze link verwijst naar het plan ‘{p}’, dat zothuis niet kent."),
            (UnknownPreset(p), Lang::En) => format!("This link refers to the plan ‘{p}’, which zothuis does not know."),
            (UnknownPresetVersion { preset, version }, Lang::Nl) => format!("Deze link verwijst naar versie ‘{version}’ van het plan ‘{preset}’, die zothuis niet kent."),
            (UnknownPresetVersion { preset, version }, Lang::En) => format!("This link refers to version ‘{version}’ of the plan ‘{preset}’, which zothuis does not know."),
            (BadPart(part), Lang::Nl) => format!("Deze link is beschadigd of met de hand veranderd: ‘{}’ is onleesbaar.", crate::formats::link::shorten(part)),
            (BadPart(part), Lang::En) => format!("This link is damaged or was edited by hand: ‘{}’ cannot be read.", crate::formats::link::shorten(part)),
            (Invalid(errors), _) => {
                let intro = match lang {
                    Lang::Nl => "Het scenario in deze link klopt niet:",
                    Lang::En => "The scenario in this link is not valid:",
                };
                let details: Vec<String> = errors.iter().take(5).map(|e| crate::i18n::validation_message(e, lang)).collect();
                format!("{intro} {}", details.join(" "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::parse;

    #[test]
    fn dutch_message_names_field_rule_and_value() {
        let errors = parse(r#"{"schema": 1, "start_year": 1990}"#).unwrap_err();
        let start = errors.iter().find(|e| e.path == "start_year").unwrap();
        assert_eq!(
            validation_message(start, Lang::Nl),
            "Startjaar moet tussen 2000 en 2100 liggen (gevonden: 1990)."
        );
        assert_eq!(
            validation_message(start, Lang::En),
            "Start year must be between 2000 and 2100 (found: 1990)."
        );
        let missing = errors.iter().find(|e| e.path == "years").unwrap();
        assert_eq!(
            validation_message(missing, Lang::Nl),
            "Aantal jaren ontbreekt; dit veld is verplicht (gevonden: niets)."
        );
    }

    #[test]
    fn indexed_paths_name_the_year() {
        assert_eq!(
            field_label("inflow.change_pct[2]", Lang::Nl),
            "Verandering instroom per jaar (jaar 3)"
        );
        assert_eq!(
            field_label("targets[0].value", Lang::Nl),
            "targets[0].value"
        );
    }

    #[test]
    fn exclusive_bounds_read_naturally() {
        let e = ValidationError {
            path: "foster.children_per_family".into(),
            rule: Rule::Range {
                min: Some(Limit::excl(0.0)),
                max: Some(Limit::incl(10.0)),
            },
            found: "0".into(),
        };
        assert_eq!(
            validation_message(&e, Lang::Nl),
            "Kinderen per pleeggezin moet groter dan 0 en hoogstens 10 liggen (gevonden: 0)."
        );
    }
}
