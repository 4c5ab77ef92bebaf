//! "Eigen regio": a region that is not one of the presets starts from its own figures. A short
//! form (children in care per form, counted during last year or on one day; yearly inflow if
//! known; foster families; family homes; prices; budget) becomes a calibrated scenario
//! (MODEL.md §8): counts during a year become stocks with `stock_from_users`, the inflow and
//! the need shares are estimated from today's occupancy where the user does not know them, and
//! every other figure is a marked assumption from DOMAIN.md's defaults. The user's figures are
//! noted as "Eigen invoer" (their own region's facts, in the file's `plan` kind).

use crate::analysis::calibrate::{calibrate, stock_from_users};
use crate::i18n::input::{parse_integer, parse_money_input, parse_number};
use crate::i18n::{Lang, Text};
use crate::scenario::{parse_value, Scenario, Source, SourceKind};
use serde_json::Value;

/// How the user's counts of children were taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counting {
    /// Every child in care at some time during the year before the start (as plans count).
    DuringYear,
    /// The children in care on one day (1 January of the start year).
    OnOneDay,
}

/// The fields of the form, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OwnField {
    Region,
    StartYear,
    Years,
    Foster,
    FamilyHome,
    Residential,
    Other,
    Inflow,
    Families,
    Homes,
    PlacesPerHome,
    PriceFoster,
    PriceFamilyHome,
    PriceResidential,
    PriceOther,
    Budget,
    Target,
    TargetYear,
    Programme,
}

impl OwnField {
    pub const ALL: [OwnField; 19] = [
        OwnField::Region,
        OwnField::StartYear,
        OwnField::Years,
        OwnField::Foster,
        OwnField::FamilyHome,
        OwnField::Residential,
        OwnField::Other,
        OwnField::Inflow,
        OwnField::Families,
        OwnField::Homes,
        OwnField::PlacesPerHome,
        OwnField::PriceFoster,
        OwnField::PriceFamilyHome,
        OwnField::PriceResidential,
        OwnField::PriceOther,
        OwnField::Budget,
        OwnField::Target,
        OwnField::TargetYear,
        OwnField::Programme,
    ];

    /// A stable name for the field's element id.
    pub fn key(self) -> &'static str {
        match self {
            OwnField::Region => "region",
            OwnField::StartYear => "start-year",
            OwnField::Years => "years",
            OwnField::Target => "target",
            OwnField::TargetYear => "target-year",
            OwnField::Programme => "programme",
            OwnField::Foster => "foster",
            OwnField::FamilyHome => "family-home",
            OwnField::Residential => "residential",
            OwnField::Other => "other",
            OwnField::Inflow => "inflow",
            OwnField::Families => "families",
            OwnField::Homes => "homes",
            OwnField::PlacesPerHome => "places-per-home",
            OwnField::PriceFoster => "price-foster",
            OwnField::PriceFamilyHome => "price-family-home",
            OwnField::PriceResidential => "price-residential",
            OwnField::PriceOther => "price-other",
            OwnField::Budget => "budget",
        }
    }

    pub fn label(self) -> Text {
        match self {
            OwnField::Region => Text::Region,
            OwnField::StartYear => Text::OwnStartYear,
            OwnField::Years => Text::OwnYears,
            OwnField::Target => Text::OwnTarget,
            OwnField::TargetYear => Text::OwnTargetYear,
            OwnField::Programme => Text::OwnProgramme,
            OwnField::Foster => Text::FormFoster,
            OwnField::FamilyHome => Text::FormFamilyHome,
            OwnField::Residential => Text::FormResidential,
            OwnField::Other => Text::FormOther,
            OwnField::Inflow => Text::OwnInflow,
            OwnField::Families => Text::OwnFamilies,
            OwnField::Homes => Text::OwnHomes,
            OwnField::PlacesPerHome => Text::OwnPlacesPerHome,
            OwnField::PriceFoster => Text::FormFoster,
            OwnField::PriceFamilyHome => Text::FormFamilyHome,
            OwnField::PriceResidential => Text::FormResidential,
            OwnField::PriceOther => Text::FormOther,
            OwnField::Budget => Text::OwnBudget,
        }
    }

    pub fn unit(self) -> Option<Text> {
        match self {
            OwnField::Region | OwnField::StartYear | OwnField::TargetYear => None,
            OwnField::Years => Some(Text::OwnUnitYears),
            OwnField::Target => Some(Text::OwnUnitPctFamily),
            OwnField::Foster | OwnField::FamilyHome | OwnField::Residential | OwnField::Other => {
                Some(Text::UnitChildren)
            }
            OwnField::Inflow => Some(Text::OwnUnitChildrenPerYear),
            OwnField::Families => Some(Text::OwnUnitFamilies),
            OwnField::Homes => Some(Text::OwnUnitHomes),
            OwnField::PlacesPerHome => Some(Text::OwnUnitPlaces),
            OwnField::PriceFoster
            | OwnField::PriceFamilyHome
            | OwnField::PriceResidential
            | OwnField::PriceOther => Some(Text::OwnUnitEuroPerDay),
            OwnField::Budget | OwnField::Programme => Some(Text::OwnUnitEuroPerYear),
        }
    }

    /// May be left empty (then estimated or 0, as the hint says).
    pub fn optional(self) -> bool {
        matches!(
            self,
            OwnField::Inflow
                | OwnField::Families
                | OwnField::Homes
                | OwnField::Budget
                | OwnField::TargetYear
                | OwnField::Programme
        )
    }

    /// The text the form starts with: DOMAIN.md's defaults where nothing regional is known.
    pub fn default_text(self, lang: Lang) -> String {
        let decimal = |nl: &str, en: &str| match lang {
            Lang::Nl => nl.to_string(),
            Lang::En => en.to_string(),
        };
        match self {
            OwnField::StartYear => "2026".into(),
            OwnField::Years => YEARS.to_string(),
            OwnField::PlacesPerHome => decimal("3,5", "3.5"),
            OwnField::PriceFoster => "55".into(),
            OwnField::PriceFamilyHome => "180".into(),
            OwnField::PriceResidential => "225".into(),
            OwnField::PriceOther => "450".into(),
            _ => String::new(),
        }
    }

    fn index(self) -> usize {
        OwnField::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// The form as typed: one text per field of [`OwnField::ALL`], and how the counts were taken.
#[derive(Clone, Debug, PartialEq)]
pub struct OwnRegion {
    pub counting: Counting,
    pub texts: Vec<String>,
}

impl OwnRegion {
    pub fn new(lang: Lang) -> OwnRegion {
        OwnRegion {
            counting: Counting::DuringYear,
            texts: OwnField::ALL.iter().map(|f| f.default_text(lang)).collect(),
        }
    }

    pub fn text(&self, field: OwnField) -> &str {
        self.texts.get(field.index()).map_or("", String::as_str)
    }

    pub fn set(&mut self, field: OwnField, text: String) {
        if let Some(t) = self.texts.get_mut(field.index()) {
            *t = text;
        }
    }
}

/// A note on a figure the user entered: the badge says "eigen invoer".
pub const OWN_INPUT: &str = "Eigen invoer";

/// The start of the note on a figure the form filled in from DOMAIN.md's national guide values
/// and the user left as it was: the badge says "landelijke richtwaarde", not "eigen invoer".
pub const GUIDE_VALUE: &str = "Landelijke richtwaarde";

/// Whether a figure's note marks it as a national guide value the user did not change.
pub fn is_guide_value(source: &Source) -> bool {
    source.kind == SourceKind::Assumption && source.note.starts_with(GUIDE_VALUE)
}

/// Whether a figure's note marks it as the user's own input.
pub fn is_own_input(source: &Source) -> bool {
    source.kind == SourceKind::Plan && source.note.starts_with(OWN_INPUT)
}

const STAY_MONTHS: [f64; 4] = [48.0, 36.0, 12.0, 6.0];
const CHILDREN_PER_FAMILY: f64 = 1.2;
const ATTRITION_PCT: f64 = 14.0;
/// The horizon the form starts with, and the longest it takes.
const YEARS: u32 = 4;
const MAX_YEARS: u32 = 15;

/// The scenario an own region starts from, before the form's figures (set by [`build`]): a
/// schema 2 file of `YEARS` years without policy, targets or programme lines.
const TEMPLATE: &str = r#"{"schema": 2, "name": "", "region": "", "start_year": 0, "years": 0,
  "stock": {}, "mismatch": 0, "stay_months": {},
  "inflow": {"per_year": 1, "change_pct": [0], "residential_need_pct": 0, "other_need_pct": 0},
  "foster": {"recruit_per_year": [0], "status_quo_recruit_per_year": 0},
  "family_home": {"new_per_year": [0]},
  "cost": {"per_day": {}, "index_pct": 0},
  "programme": {"cost_per_recruited_family": "5000.00", "cost_per_new_home": "2500.00", "lines": []},
  "budget": {}, "targets": []}"#;

/// Field `f` read by `parse` and accepted by `allowed`, or its problem (the reader's, or
/// `rule` for a value outside what is allowed) added to `errors`; `None` then, and for an
/// optional field left empty.
fn read<T>(
    form: &OwnRegion,
    f: OwnField,
    lang: Lang,
    errors: &mut Vec<(OwnField, String)>,
    parse: fn(&str, Lang) -> Result<T, crate::i18n::input::InputError>,
    allowed: &dyn Fn(&T) -> bool,
    rule: Text,
) -> Option<T> {
    let t = form.text(f).trim();
    if t.is_empty() && f.optional() {
        return None;
    }
    match parse(t, lang) {
        Ok(x) if allowed(&x) => Some(x),
        Ok(_) => {
            errors.push((f, rule.get(lang).into()));
            None
        }
        Err(e) => {
            errors.push((f, e.message(lang).into()));
            None
        }
    }
}

/// The scenario the form describes, or every field's problem in `lang` (nothing else changes).
pub fn build(form: &OwnRegion, lang: Lang) -> Result<Scenario, Vec<(OwnField, String)>> {
    let mut errors = Vec::new();
    let region = form.text(OwnField::Region).trim().to_string();
    if region.is_empty() {
        errors.push((OwnField::Region, Text::OwnErrRequired.get(lang).into()));
    } else if region.chars().count() > 80 {
        errors.push((OwnField::Region, Text::OwnErrTooLong.get(lang).into()));
    }
    let start_year = read(
        form,
        OwnField::StartYear,
        lang,
        &mut errors,
        parse_integer,
        &|y| (2000..=2100).contains(y),
        Text::OwnErrYear,
    )
    .unwrap_or(0);
    let years = read(
        form,
        OwnField::Years,
        lang,
        &mut errors,
        parse_integer,
        &|y| (1..=i64::from(MAX_YEARS)).contains(y),
        Text::OwnErrYears,
    )
    .unwrap_or(i64::from(YEARS)) as u32;
    let last = start_year + i64::from(years) - 1;
    // A number of at least 0.
    let mut number = |f: OwnField| {
        read(
            form,
            f,
            lang,
            &mut errors,
            parse_number,
            &|x| (0.0..=1e7).contains(x),
            Text::OwnErrNotNegative,
        )
    };
    let counts = [
        number(OwnField::Foster),
        number(OwnField::FamilyHome),
        number(OwnField::Residential),
        number(OwnField::Other),
    ];
    let inflow = number(OwnField::Inflow);
    let families = number(OwnField::Families);
    let homes = number(OwnField::Homes);
    let places = number(OwnField::PlacesPerHome);
    // An amount of at least € 0, as the file writes it.
    let mut money = |f: OwnField| {
        read(
            form,
            f,
            lang,
            &mut errors,
            parse_money_input,
            &|d| *d >= rust_decimal::Decimal::ZERO,
            Text::OwnErrNotNegative,
        )
        .map(|d| format!("{d:.2}"))
    };
    let prices = [
        money(OwnField::PriceFoster),
        money(OwnField::PriceFamilyHome),
        money(OwnField::PriceResidential),
        money(OwnField::PriceOther),
    ];
    let budget = money(OwnField::Budget);
    let programme = money(OwnField::Programme);
    // The family share the region aims at, in a year of the horizon (its last when empty).
    let target = read(
        form,
        OwnField::Target,
        lang,
        &mut errors,
        parse_number,
        &|x| (0.0..=100.0).contains(x),
        Text::OwnErrPct,
    );
    let target_year = read(
        form,
        OwnField::TargetYear,
        lang,
        &mut errors,
        parse_integer,
        &|y| (start_year..=last).contains(y),
        Text::OwnErrTargetYear,
    )
    .unwrap_or(last);
    let mut fail = |field: OwnField, message: String| errors.push((field, message));
    if counts.iter().all(|c| c.is_some_and(|x| x == 0.0)) {
        fail(OwnField::Foster, Text::OwnErrNoChildren.get(lang).into());
    }
    if places == Some(0.0) {
        fail(OwnField::PlacesPerHome, Text::OwnErrRange.get(lang).into());
    }
    if inflow == Some(0.0) {
        fail(OwnField::Inflow, Text::OwnErrRange.get(lang).into());
    }
    if !errors.is_empty() {
        // In the form's order: the first is the field that takes the focus.
        crate::sort::sort_by_key(&mut errors, |(f, _)| f.index());
        return Err(errors);
    }
    let count = |i: usize| counts[i].unwrap_or(0.0);
    // Counts during the year become stocks on 1 January (MODEL.md §8).
    let stock: Vec<f64> = (0..4)
        .map(|i| match form.counting {
            Counting::DuringYear => stock_from_users(count(i), STAY_MONTHS[i]),
            Counting::OnOneDay => count(i),
        })
        .collect();
    let places = places.unwrap_or(3.5);
    let families = families.unwrap_or((stock[0] / CHILDREN_PER_FAMILY).ceil());
    let homes = homes.unwrap_or((stock[1] / places).ceil());
    let price = |i: usize| prices[i].clone().unwrap_or_default();
    // The file's shape as JSON text (read with the file reader), then the form's figures in
    // it: shorter in the app than a `json!` literal, which builds every key in code.
    let mut root: Value = serde_json::from_str(TEMPLATE).unwrap_or_default();
    root["name"] = format!("{region} — {}", Text::OwnInputWord.get(lang)).into();
    root["region"] = region.into();
    root["start_year"] = start_year.into();
    for (i, form) in ["foster", "family_home", "residential", "other"]
        .iter()
        .enumerate()
    {
        root["stock"][form] = stock[i].into();
        root["stay_months"][form] = STAY_MONTHS[i].into();
        root["cost"]["per_day"][form] = price(i).into();
    }
    root["foster"]["families"] = families.into();
    root["foster"]["children_per_family"] = CHILDREN_PER_FAMILY.into();
    root["foster"]["attrition_pct"] = ATTRITION_PCT.into();
    root["family_home"]["homes"] = homes.into();
    root["family_home"]["places_per_home"] = places.into();
    root["budget"]["label"] = Text::OwnBudget.get(lang).into();
    root["years"] = years.into();
    let every_year = |amount: Option<String>| {
        amount.map_or(Vec::new(), |a| vec![Value::from(a); years as usize])
    };
    root["budget"]["amounts"] = every_year(budget).into();
    if let Some(amount) = programme {
        root["programme"]["lines"] = vec![serde_json::json!({
            "label": Text::OwnProgrammeLine.get(lang),
            "amounts": every_year(Some(amount)),
        })]
        .into();
    }
    // Counted during the year, the target counts so too: the share on screen is then the one
    // the officer counted (issue 24), not the one on 31 December.
    if let Some(value) = target {
        let metric = match form.counting {
            Counting::DuringYear => "family_share_users_pct",
            Counting::OnOneDay => "family_share_pct",
        };
        root["targets"] = vec![serde_json::json!({
            "year": target_year, "metric": metric, "op": ">=", "value": value,
        })]
        .into();
    }
    let invalid = |errors: Vec<crate::scenario::ValidationError>| {
        errors
            .iter()
            .map(|e| (OwnField::Region, crate::i18n::validation_message(e, lang)))
            .collect::<Vec<_>>()
    };
    let s = parse_value(&root).map_err(invalid)?;
    // The inflow and its needs from today's occupancy, then the user's inflow if known.
    let mut s =
        calibrate(&s).map_err(|_| vec![(OwnField::Inflow, Text::OwnErrRange.get(lang).into())])?;
    s.foster.recruit_per_year = vec![s.foster.status_quo_recruit_per_year; years as usize];
    if let Some(per_year) = inflow {
        s.inflow.per_year = per_year;
    }
    s.sources = notes(form, inflow.is_some(), lang);
    // Ranges for the chances, as every preset has: prices and stays.
    for key in [
        "cost.per_day.foster",
        "cost.per_day.family_home",
        "cost.per_day.residential",
        "cost.per_day.other",
        "stay_months.foster",
        "stay_months.family_home",
        "stay_months.residential",
        "stay_months.other",
    ] {
        if let Some(range) = crate::analysis::uncertainty::suggested_range(&s, key) {
            s.uncertainty.insert(key.to_string(), range);
            s.sources.insert(
                format!("uncertainty.{key}"),
                Source {
                    kind: SourceKind::Assumption,
                    note: Text::OwnNoteRanges.get(lang).to_string(),
                },
            );
        }
    }
    Ok(s)
}

/// Where each figure comes from: the user's own, estimated, or DOMAIN.md's default.
fn notes(form: &OwnRegion, inflow_known: bool, lang: Lang) -> crate::keyed::Keyed<Source> {
    use Note::{Assumed, Guide, Own};
    let counted = match form.counting {
        Counting::DuringYear => Text::OwnNoteCountsDuringYear,
        Counting::OnOneDay => Text::OwnNoteCountsOnOneDay,
    };
    let given = |f: OwnField| !form.text(f).trim().is_empty();
    // A prefilled figure the user left as it was is DOMAIN.md's guide value, not their own
    // (issue 24); one they typed is theirs.
    let typed = |f: OwnField| form.text(f).trim() != f.default_text(lang);
    // The user's own figure where they gave one, else the note on what stands in for it.
    let either =
        |users: bool, theirs: Note, otherwise: Note| if users { theirs } else { otherwise };
    let rows = [
        ("stock", Some(Own(counted))),
        ("mismatch", Some(Assumed(Text::OwnNoteMismatch))),
        ("stay_months", Some(Assumed(Text::OwnNoteStays))),
        (
            "inflow.per_year",
            Some(either(
                inflow_known,
                Own(Text::OwnInflow),
                Assumed(Text::OwnNoteInflowEstimated),
            )),
        ),
        (
            "inflow.residential_need_pct",
            Some(Assumed(Text::OwnNoteNeeds)),
        ),
        ("inflow.other_need_pct", Some(Assumed(Text::OwnNoteNeeds))),
        ("inflow.change_pct", Some(Assumed(Text::OwnNoteNoChange))),
        (
            "foster.families",
            Some(either(
                given(OwnField::Families),
                Own(Text::OwnFamilies),
                Assumed(Text::OwnNoteFamiliesEstimated),
            )),
        ),
        ("foster", Some(Assumed(Text::OwnNoteFoster))),
        (
            "family_home.homes",
            Some(either(
                given(OwnField::Homes),
                Own(Text::OwnHomes),
                Assumed(Text::OwnNoteHomesEstimated),
            )),
        ),
        (
            "family_home.places_per_home",
            Some(either(
                typed(OwnField::PlacesPerHome),
                Own(Text::OwnPlacesPerHome),
                Guide(Text::GuidePlacesPerHome),
            )),
        ),
        (
            "family_home.new_per_year",
            Some(Assumed(Text::OwnNoteNoChange)),
        ),
        (
            "cost.per_day.foster",
            Some(either(
                typed(OwnField::PriceFoster),
                Own(Text::OwnNotePrice),
                Guide(Text::GuidePriceFoster),
            )),
        ),
        (
            "cost.per_day.family_home",
            Some(either(
                typed(OwnField::PriceFamilyHome),
                Own(Text::OwnNotePrice),
                Guide(Text::GuidePriceFamilyHome),
            )),
        ),
        (
            "cost.per_day.residential",
            Some(either(
                typed(OwnField::PriceResidential),
                Own(Text::OwnNotePrice),
                Guide(Text::GuidePriceResidential),
            )),
        ),
        (
            "cost.per_day.other",
            Some(either(
                typed(OwnField::PriceOther),
                Own(Text::OwnNotePrice),
                Guide(Text::GuidePriceOther),
            )),
        ),
        ("cost.index_pct", Some(Assumed(Text::OwnNoteNoChange))),
        ("programme", Some(Assumed(Text::OwnNoteProgramme))),
        (
            "programme.lines",
            given(OwnField::Programme).then_some(Own(Text::OwnProgramme)),
        ),
        (
            "targets",
            given(OwnField::Target).then_some(Own(Text::OwnTarget)),
        ),
        (
            "budget",
            Some(either(
                given(OwnField::Budget),
                Own(Text::OwnBudget),
                Assumed(Text::OwnNoteNoBudget),
            )),
        ),
    ];
    let mut notes = crate::keyed::Keyed::new();
    for (path, note) in rows {
        if let Some(note) = note {
            notes.insert(path.to_string(), note.source(lang));
        }
    }
    notes
}

/// Where a figure of an own region comes from.
#[derive(Clone, Copy)]
enum Note {
    /// The user's own figure ("Eigen invoer: …").
    Own(Text),
    /// A marked assumption, with its reason.
    Assumed(Text),
    /// DOMAIN.md's national guide value, prefilled and left as it was.
    Guide(Text),
}

impl Note {
    fn source(self, lang: Lang) -> Source {
        let (kind, note) = match self {
            Note::Own(what) => (SourceKind::Plan, format!("{OWN_INPUT}: {}", what.get(lang))),
            Note::Assumed(what) => (SourceKind::Assumption, what.get(lang).to_string()),
            Note::Guide(what) => (
                SourceKind::Assumption,
                format!("{GUIDE_VALUE}: {}", what.get(lang)),
            ),
        };
        Source { kind, note }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled(lang: Lang) -> OwnRegion {
        let mut form = OwnRegion::new(lang);
        form.set(OwnField::Region, "Regio Test".into());
        form.set(OwnField::Foster, "300".into());
        form.set(OwnField::FamilyHome, "60".into());
        form.set(OwnField::Residential, "150".into());
        form.set(OwnField::Other, "40".into());
        form.set(OwnField::Budget, "1000000".into());
        form.set(OwnField::Target, "70".into());
        form
    }

    #[test]
    fn counts_during_the_year_become_a_calibrated_scenario_of_the_users_own() {
        let s = build(&filled(Lang::Nl), Lang::Nl).unwrap();
        assert_eq!(s.region, "Regio Test");
        assert_eq!(s.name, "Regio Test — eigen invoer");
        // 300 foster children during the year, staying 48 months: 240 on one day.
        assert!((s.stock.foster - 240.0).abs() < 1e-9);
        assert!((s.stock.residential - 150.0 * 12.0 / 24.0).abs() < 1e-9);
        // Stationary inflow (MODEL.md §8): exits per year of each form.
        let exits =
            12.0 * (240.0 / 48.0 + s.stock.family_home / 36.0 + 75.0 / 12.0 + s.stock.other / 6.0);
        assert!(
            (s.inflow.per_year - exits).abs() < 1e-6,
            "{}",
            s.inflow.per_year
        );
        assert_eq!(s.budget.amounts.len(), 4);
        assert_eq!(s.budget.amounts[0].to_string(), "1000000.00");
        // The user's figures are their own; the rest are marked assumptions.
        assert!(is_own_input(s.source_of("stock.foster").unwrap()));
        // A prefilled price left as it was is DOMAIN.md's guide value, with its source; a
        // typed one is the user's own (issue 24).
        let residential = s.source_of("cost.per_day.residential").unwrap();
        assert!(is_guide_value(residential) && !is_own_input(residential));
        assert!(
            residential.note.contains("DOMAIN.md"),
            "{}",
            residential.note
        );
        let mut typed = filled(Lang::Nl);
        typed.set(OwnField::PriceResidential, "260".into());
        let t = build(&typed, Lang::Nl).unwrap();
        assert!(is_own_input(
            t.source_of("cost.per_day.residential").unwrap()
        ));
        assert!(is_guide_value(t.source_of("cost.per_day.foster").unwrap()));
        assert!(is_guide_value(
            t.source_of("family_home.places_per_home").unwrap()
        ));
        assert_eq!(
            s.source_of("stay_months.foster").unwrap().kind,
            SourceKind::Assumption
        );
        assert_eq!(
            s.source_of("inflow.per_year").unwrap().kind,
            SourceKind::Assumption
        );
        // It projects, its file reads back the same, and it has ranges for chances.
        let p = crate::engine::project(&s);
        assert_eq!(p.years.len(), 4);
        assert_eq!(crate::scenario::parse(&s.to_json()).unwrap(), s);
        assert!(!s.uncertainty.is_empty());
    }

    #[test]
    fn counts_on_one_day_are_the_stock_and_a_known_inflow_is_kept() {
        let mut form = filled(Lang::En);
        form.counting = Counting::OnOneDay;
        form.set(OwnField::Inflow, "250".into());
        let s = build(&form, Lang::En).unwrap();
        assert_eq!(s.stock.foster, 300.0);
        assert_eq!(s.inflow.per_year, 250.0);
        assert!(is_own_input(s.source_of("inflow.per_year").unwrap()));
    }

    #[test]
    fn each_wrong_entry_is_named_at_its_field() {
        let mut form = filled(Lang::Nl);
        form.set(OwnField::Region, "  ".into());
        form.set(OwnField::Residential, "veel".into());
        form.set(OwnField::PriceFoster, "−5".into());
        form.set(OwnField::StartYear, "1850".into());
        let errors = build(&form, Lang::Nl).unwrap_err();
        let fields: Vec<OwnField> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec![
                OwnField::Region,
                OwnField::StartYear,
                OwnField::Residential,
                OwnField::PriceFoster
            ]
        );
        assert!(errors.iter().all(|(_, m)| !m.is_empty()));
        // No children at all is said at the first count.
        let mut none = OwnRegion::new(Lang::Nl);
        none.set(OwnField::Region, "Leeg".into());
        for f in [
            OwnField::Foster,
            OwnField::FamilyHome,
            OwnField::Residential,
            OwnField::Other,
        ] {
            none.set(f, "0".into());
        }
        let errors = build(&none, Lang::Nl).unwrap_err();
        assert_eq!(errors[0].0, OwnField::Foster);
    }

    /// Issue 24: the target counts as the officer counted, the horizon and a programme line
    /// come from the form, and a target year outside the horizon is refused at its field.
    #[test]
    fn the_target_counts_as_the_officer_counted_over_the_horizon_chosen() {
        use crate::scenario::{CountingBasis, Metric};
        let mut form = filled(Lang::Nl);
        form.set(OwnField::Years, "10".into());
        form.set(OwnField::Programme, "250.000".into());
        let s = build(&form, Lang::Nl).unwrap();
        assert_eq!(s.years, 10);
        assert_eq!(s.budget.amounts.len(), 10);
        assert_eq!(s.foster.recruit_per_year.len(), 10);
        assert_eq!(s.targets.len(), 1);
        assert_eq!(s.targets[0].metric, Metric::FamilyShareUsersPct);
        assert_eq!((s.targets[0].year, s.targets[0].value), (2035, 70.0));
        assert_eq!(s.counting_basis(), CountingBasis::Users);
        assert_eq!(s.programme.lines.len(), 1);
        assert_eq!(s.programme.lines[0].amounts.len(), 10);
        assert_eq!(s.programme.lines[0].amounts[9].to_string(), "250000.00");
        assert!(is_own_input(s.source_of("targets").unwrap()));
        assert!(is_own_input(s.source_of("programme.lines").unwrap()));
        // The headline is the target's share, counted during the year.
        let p = crate::engine::project(&s);
        let h = crate::app::summary::headline(&s, &p, Lang::Nl);
        assert_eq!(h.target_index, Some(0));
        assert!(h.subject.ends_with("2035"), "{}", h.subject);
        // Counted on one day: the target on 31 December.
        form.counting = Counting::OnOneDay;
        form.set(OwnField::TargetYear, "2030".into());
        let s = build(&form, Lang::Nl).unwrap();
        assert_eq!(s.targets[0].metric, Metric::FamilySharePct);
        assert_eq!(s.targets[0].year, 2030);
        assert_eq!(s.counting_basis(), CountingBasis::Stock);
        // Outside the horizon, or a horizon beyond 15 years: refused at the field, in order.
        form.set(OwnField::TargetYear, "2040".into());
        form.set(OwnField::Years, "16".into());
        let errors = build(&form, Lang::Nl).unwrap_err();
        let fields: Vec<OwnField> = errors.iter().map(|(f, _)| *f).collect();
        assert_eq!(fields, vec![OwnField::Years, OwnField::TargetYear]);
        // No target: asked for, since the plan's share is what the planner answers.
        let mut none = filled(Lang::Nl);
        none.set(OwnField::Target, String::new());
        let errors = build(&none, Lang::Nl).unwrap_err();
        assert_eq!(errors[0].0, OwnField::Target);
    }
}
