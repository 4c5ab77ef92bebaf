//! Validation errors and warnings rendered in the user's language.

use super::lang::Lang;
use super::text::Text;
use crate::analysis::goalseek::GoalSeekError;
use crate::engine::Warning;
use crate::formats::link::LinkError;
use crate::i18n::format::{format_count, format_plain_number};
use crate::scenario::{Expected, Limit, MetricNeeds, Rule, ValidationError};

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
    let Some(name) = crate::scenario::fields::by_path(base).and_then(|f| field_name(f.id, lang))
    else {
        return path.to_string();
    };
    match index {
        Some(i) => match lang {
            Lang::Nl => format!("{name} (jaar {})", i + 1),
            Lang::En => format!("{name} (year {})", i + 1),
        },
        None => name.to_string(),
    }
}

/// A field's plain-language name, or `None` for one that is named by its path (a list entry's
/// part, the notes). An exhaustive match: a new field without a name does not compile.
fn field_name(id: crate::scenario::fields::FieldId, lang: Lang) -> Option<&'static str> {
    use crate::scenario::fields::FieldId as F;
    // A match from field to text (a byte table), the words themselves in the text table.
    let text = match id {
        F::Schema => return Some("schema"),
        F::Name => Text::FieldName,
        F::Region => Text::FieldRegion,
        F::StartYear => Text::FieldStartYear,
        F::Years => Text::FieldYears,
        F::Stock => Text::FieldStock,
        F::StockFoster => Text::FieldStockFoster,
        F::StockFamilyHome => Text::FieldStockFamilyHome,
        F::StockResidential => Text::FieldStockResidential,
        F::StockOther => Text::FieldStockOther,
        F::Mismatch => Text::FieldMismatch,
        F::StayMonths => Text::FieldStayMonths,
        F::StayFoster => Text::FieldStayFoster,
        F::StayFamilyHome => Text::FieldStayFamilyHome,
        F::StayResidential => Text::FieldStayResidential,
        F::StayOther => Text::FieldStayOther,
        F::Inflow => Text::FieldInflow,
        F::InflowPerYear => Text::FieldInflowPerYear,
        F::InflowChange => Text::FieldInflowChange,
        F::ResidentialNeed => Text::FieldResidentialNeed,
        F::OtherNeed => Text::FieldOtherNeed,
        F::Foster => Text::FieldFoster,
        F::FosterFamilies => Text::FieldFosterFamilies,
        F::ChildrenPerFamily => Text::FieldChildrenPerFamily,
        F::Attrition => Text::FieldAttrition,
        F::Recruit => Text::FieldRecruit,
        F::StatusQuoRecruit => Text::FieldStatusQuoRecruit,
        F::FamilyHome => Text::FieldFamilyHome,
        F::Homes => Text::FieldHomes,
        F::PlacesPerHome => Text::FieldPlacesPerHome,
        F::NewHomes => Text::FieldNewHomes,
        F::ResidentialCapacity => Text::FieldResidentialCapacity,
        F::Cost => Text::FieldCost,
        F::PerDay => Text::FieldPerDay,
        F::PriceFoster => Text::FieldPriceFoster,
        F::PriceFamilyHome => Text::FieldPriceFamilyHome,
        F::PriceResidential => Text::FieldPriceResidential,
        F::PriceOther => Text::FieldPriceOther,
        F::IndexPct => Text::FieldIndexPct,
        F::Programme => Text::FieldProgramme,
        F::CostPerRecruitedFamily => Text::FieldCostPerRecruitedFamily,
        F::CostPerNewHome => Text::FieldCostPerNewHome,
        F::ProgrammeLines => Text::FieldProgrammeLines,
        F::Budget => Text::FieldBudget,
        F::BudgetAmounts => Text::FieldBudgetAmounts,
        F::Targets => Text::FieldTargets,
        F::Uncertainty => Text::FieldUncertainty,
        F::InflowTrend => Text::FieldInflowTrend,
        F::InflowSubstitution => Text::FieldInflowSubstitution,
        F::AttritionChange => Text::FieldAttritionChange,
        F::Population => Text::FieldPopulation,
        F::PopulationChildren => Text::FieldPopulationChildren,
        F::PopulationTrend => Text::FieldPopulationTrend,
        F::StayChange => Text::FieldStayChange,
        F::StayChangeFoster => Text::FieldStayChangeFoster,
        F::StayChangeFamilyHome => Text::FieldStayChangeFamilyHome,
        F::StayChangeResidential => Text::FieldStayChangeResidential,
        F::StayChangeOther => Text::FieldStayChangeOther,
        F::Under12 => Text::FieldUnder12,
        F::Under12Stock => Text::FieldUnder12Stock,
        F::Under12StockFoster => Text::FieldUnder12StockFoster,
        F::Under12StockFamilyHome => Text::FieldUnder12StockFamilyHome,
        F::Under12StockResidential => Text::FieldUnder12StockResidential,
        F::Under12StockOther => Text::FieldUnder12StockOther,
        F::Under12Mismatch => Text::FieldUnder12Mismatch,
        F::Under12Inflow => Text::FieldUnder12Inflow,
        F::Under12ResidentialNeed => Text::FieldUnder12ResidentialNeed,
        F::Under12OtherNeed => Text::FieldUnder12OtherNeed,
        F::Under12Substitution => Text::FieldUnder12Substitution,
        F::Under12Ageing => Text::FieldUnder12Ageing,
        F::CostPerPreventedPlacement => Text::FieldCostPerPreventedPlacement,
        F::CostPerSubstitutedChild => Text::FieldCostPerSubstitutedChild,
        F::CostPerRetainedFamily => Text::FieldCostPerRetainedFamily,
        F::InflowFamilyHomeNeed => Text::FieldInflowFamilyHomeNeed,
        F::Under12FamilyHomeNeed => Text::FieldUnder12FamilyHomeNeed,
        F::LeadMonths => Text::FieldLeadMonths,
        F::UnitCostsFrom => Text::FieldUnitCostsFrom,
        F::ProgrammeLineLabel => return None,
        F::ProgrammeLineAmounts => return None,
        F::PrintedTotals => return None,
        F::BudgetLabel => return None,
        F::Sources => return None,
        F::TargetYear => return None,
        F::TargetMetric => return None,
        F::TargetOp => return None,
        F::TargetValue => return None,
    };
    Some(text.get(lang))
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
pub(crate) fn lowercase_first(text: &str) -> String {
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
        Rule::DuplicateKey => {
            "staat er twee keer in; laat de bedoelde staan en haal de andere weg".to_string()
        }
        Rule::FileTooLarge { max } => format!(
            "is groter dan {} MB, veel meer dan een scenario nodig heeft; het is niet ingelezen",
            max / 1_000_000
        ),
        Rule::MaxEntries { max } => format!("mag hoogstens {max} regels hebben"),
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
        Rule::NeedsSchema { version } => {
            format!("hoort bij formaat v{version}: schrijf \"schema\": {version} om het te gebruiken")
        }
        Rule::MetricNeedsPart(needs) => match needs {
            MetricNeeds::Population => {
                "vraagt het aantal kinderen van 0–17 jaar in de regio (bevolking)".to_string()
            }
            MetricNeeds::Under12 => "vraagt de groep kinderen onder 12 in het scenario".to_string(),
            MetricNeeds::Capacity => {
                "vraagt een geplande residentiële capaciteit in het jaar van het doel".to_string()
            }
            MetricNeeds::Nothing => "vraagt niets extra".to_string(),
        },
        Rule::ResultingStay { stay, min, max } => format!(
            "geeft een verblijfsduur van {} maanden; die moet tussen {} en {} maanden liggen",
            format_plain_number((stay * 100.0).round() / 100.0, lang),
            format_plain_number(*min, lang),
            format_plain_number(*max, lang)
        ),
        Rule::ResultingAttrition { attrition } => format!(
            "geeft een uitval van {} % per jaar; uitval plus verandering moet tussen 0 en 100 % liggen",
            format_plain_number((attrition * 100.0).round() / 100.0, lang)
        ),
        Rule::PartAboveWhole { whole } => format!(
            "mag niet groter zijn dan {} (het is een deel daarvan)",
            lowercase_first(&field_label(whole, lang))
        ),
        Rule::OlderMismatchAboveResidential => "laat meer kinderen van 12 jaar en ouder residentieel bij gebrek aan gezinsplek dan er kinderen van 12 en ouder residentieel zijn".to_string(),
        Rule::InflowGrowth { max } => format!(
            "laat de instroom per jaar groter worden dan {} kinderen (samen met de bevolkingsgroei en de verandering van de instroom)",
            format_plain_number(*max, lang)
        ),
        Rule::InflowGrowthAtRange { max } => format!(
            "laat aan de bovenkant, met de andere groeicijfers en hun bandbreedtes ook aan de bovenkant, de instroom per jaar groter worden dan {} kinderen; een Monte-Carlo-trekking kan dat treffen: maak de bandbreedte smaller",
            format_plain_number(*max, lang)
        ),
        Rule::RangeOnLever => "is een beleidshendel: wat de regio besluit krijgt geen bandbreedte; zet de onzekerheid op een uitgangsfiguur, zoals de autonome groei van de instroom".to_string(),
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
    // A number found is written as the reader writes numbers ("−5,00", not "-5.00").
    let as_number = error.found.trim_matches('"');
    // A plain decimal only (digits, a minus, a point), the way the reader takes them.
    let number = match lang {
        Lang::Nl => crate::money::parse_plain_f64(as_number),
        Lang::En => None,
    };
    let shown = if error.found == "missing" && lang == Lang::Nl {
        "niets".to_string()
    } else if let Some(x) = number {
        let decimals = as_number.split_once('.').map_or(0, |(_, d)| d.len());
        let text = format_plain_number(x, lang);
        // Keep the decimals that were typed ("5,00"), which the plain format would drop.
        match (decimals, text.split_once(',')) {
            (d, None) if d > 0 => format!("{text},{}", "0".repeat(d)),
            _ => text,
        }
    } else {
        error.found.clone()
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
        (
            Warning::WaitingWhilePlacesFree {
                waiting,
                free_foster,
                free_family_home,
            },
            Lang::Nl,
        ) => format!(
            "De startcijfers spreken elkaar tegen: {} kinderen wachten in residentiële zorg op een gezinsplek, terwijl op 1 januari {} plaatsen in pleegzorg en {} in gezinshuizen vrij zijn; zij stromen in de eerste maand door.",
            format_count(*waiting, lang),
            format_count(*free_foster, lang),
            format_count(*free_family_home, lang)
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
        (GoalSeekError::Unfinished, Lang::En) => "the search was stopped before its answer".to_string(),
        (GoalSeekError::Unfinished, Lang::Nl) => {
            "De berekening is gestopt voordat er een antwoord was.".to_string()
        }
        (GoalSeekError::LeverNotInScenario, Lang::En) => {
            "this lever is not in the scenario (the under-12 substitution needs the under12 band)"
                .to_string()
        }
        (GoalSeekError::LeverNotInScenario, Lang::Nl) => {
            "Deze hendel hoort niet bij dit scenario (substitutie onder 12 vraagt de groep kinderen onder 12).".to_string()
        }
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
/// Why a comparison link or file could not be opened (the scenario on screen stays).
pub fn comparison_error_message(
    error: &crate::formats::comparison::ComparisonError,
    lang: Lang,
) -> String {
    use crate::formats::comparison::ComparisonError::*;
    match (error, lang) {
        (NotAComparison, Lang::Nl) => "Dit is geen vergelijking van zothuis.".into(),
        (NotAComparison, Lang::En) => "This is not a zothuis comparison.".into(),
        (UnknownVersion(v), Lang::Nl) => format!("Deze vergelijking is gemaakt met een nieuwere versie van zothuis ({v}); laad de pagina opnieuw voor de nieuwste versie."),
        (UnknownVersion(v), Lang::En) => format!("This comparison was made by a newer version of zothuis ({v}); reload the page for the latest version."),
        (TooMany(n), Lang::Nl) => format!("Deze vergelijking bevat {n} scenario’s; een vergelijking houdt er hoogstens 4 (het huidige en 3 vastgezette)."),
        (TooMany(n), Lang::En) => format!("This comparison holds {n} scenarios; a comparison holds at most 4 (the current one and 3 pinned)."),
        (Empty, Lang::Nl) => "Deze vergelijking bevat geen scenario’s.".into(),
        (Empty, Lang::En) => "This comparison holds no scenarios.".into(),
        (BadEntry(i), Lang::Nl) => format!("Scenario {} van deze vergelijking is beschadigd (afgekapt of veranderd onderweg); vraag de afzender om de link opnieuw.", i + 1),
        (BadEntry(i), Lang::En) => format!("Scenario {} of this comparison is damaged (cut short or changed on the way); ask the sender for the link again.", i + 1),
    }
}

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
            (EmptyPart, Lang::Nl) => "Deze link is beschadigd of met de hand veranderd: er staat een lege plek tussen twee puntkomma’s.".into(),
            (EmptyPart, Lang::En) => "This link is damaged or was edited by hand: there is an empty place between two semicolons.".into(),
            (DuplicateCode(code), Lang::Nl) => format!("Deze link is beschadigd of met de hand veranderd: ‘{code}=’ staat er twee keer in, en welke bedoeld is valt niet te zeggen."),
            (DuplicateCode(code), Lang::En) => format!("This link is damaged or was edited by hand: ‘{code}=’ is in it twice, and which one is meant cannot be told."),
            (Damaged, Lang::Nl) => "Deze link is beschadigd of onvolledig, bijvoorbeeld afgebroken in een e-mail: de controlecode klopt niet. Kopieer de link in zijn geheel, of vraag de afzender hem opnieuw te sturen.".into(),
            (Damaged, Lang::En) => "This link is damaged or incomplete, for instance cut off in an e-mail: its check code does not match. Copy the whole link, or ask the sender to send it again.".into(),
            (TooLong, Lang::Nl) => "Deze link is veel langer dan een scenario ooit wordt; hij is niet geopend.".into(),
            (TooLong, Lang::En) => "This link is far longer than any scenario's; it was not opened.".into(),
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

    #[test]
    fn numbers_found_are_written_the_dutch_way() {
        let e = ValidationError {
            path: "cost.per_day.residential".into(),
            rule: Rule::Range {
                min: Some(Limit::incl(0.0)),
                max: Some(Limit::incl(100000.0)),
            },
            found: "\"-5.00\"".into(),
        };
        assert!(
            validation_message(&e, Lang::Nl).ends_with("(gevonden: \u{2212}5,00)."),
            "{}",
            validation_message(&e, Lang::Nl)
        );
        assert!(validation_message(&e, Lang::En).ends_with("(found: \"-5.00\")."));
        let big = ValidationError {
            found: "1234567.5".into(),
            ..e
        };
        assert!(
            validation_message(&big, Lang::Nl).ends_with("(gevonden: 1.234.567,5)."),
            "{}",
            validation_message(&big, Lang::Nl)
        );
    }
}
