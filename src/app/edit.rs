//! Editing a scenario one field at a time, by JSON path, with full validation.
//!
//! Every edit goes through the file format: the scenario becomes a JSON value, the value at the
//! path is replaced, and the result is validated as a whole by [`scenario::parse_value`]. So an
//! edit in the app obeys exactly the rules of a file, cross-field rules included, and its errors
//! carry the same paths and rules. A failed edit returns the errors and leaves the scenario as
//! it was.

use crate::i18n::input::{parse_integer, parse_money_input, parse_number, InputError};
use crate::i18n::Lang;
use crate::scenario::fields::{FieldId, FieldPath};
use crate::scenario::view::{steps, Step};
pub use crate::scenario::view::{value_at, ScenarioView};
use crate::scenario::{parse_value, Scenario, ValidationError};
use serde_json::Value;

/// What kind of value a field holds, and so how typed text is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Number,
    Integer,
    Money,
    Text,
}

/// The kind of the field at `path` (indices and sub-paths included), from the field table;
/// `None` for a path that names no field a person types into.
pub fn field_kind(path: &str) -> Option<FieldKind> {
    kind_of(crate::scenario::fields::of_path(path)?)
}

/// How a person types a value of `field`; `None` for a field nobody types into.
fn kind_of(field: &crate::scenario::fields::Field) -> Option<FieldKind> {
    use crate::scenario::fields::Kind;
    match field.kind {
        Kind::Text | Kind::Choice(_) => Some(FieldKind::Text),
        Kind::Integer => Some(FieldKind::Integer),
        Kind::Number => Some(FieldKind::Number),
        Kind::Money => Some(FieldKind::Money),
        Kind::Group | Kind::Lines | Kind::Targets | Kind::Sources | Kind::Ranges => None,
    }
}

/// Why an edit was refused: the text could not be read, or the scenario would be invalid.
#[derive(Clone, Debug, PartialEq)]
pub enum EditError {
    Input(InputError),
    Invalid(Vec<ValidationError>),
}

/// The filler for array elements a write skips over ("missing tail = 0").
fn filler_for(field: &crate::scenario::fields::Field) -> Value {
    if field.per_year == crate::scenario::fields::PerYear::Nullable {
        return Value::Null;
    }
    match kind_of(field) {
        Some(FieldKind::Money) => Value::String("0.00".into()),
        _ => Value::from(0),
    }
}

/// Sets the value at `path`, creating objects and padding arrays as needed. `false` if the path
/// cannot exist in this value (e.g. an index into a number).
fn set_at(root: &mut Value, path: &FieldPath, new: Value) -> bool {
    let Some(steps) = steps(path.as_str()) else {
        return false;
    };
    let filler = filler_for(path.field());
    let level = path.field().per_year == crate::scenario::fields::PerYear::Level;
    let mut here = root;
    for step in steps {
        here = match step {
            Step::Key(key) => {
                if here.is_null() {
                    *here = Value::Object(Default::default());
                }
                match here.as_object_mut() {
                    Some(map) => map.entry(key.to_string()).or_insert(Value::Null),
                    None => return false,
                }
            }
            Step::Index(i) => {
                if here.is_null() {
                    *here = Value::Array(Vec::new());
                }
                match here.as_array_mut() {
                    Some(items) => {
                        if items.len() <= i {
                            // A level array's missing years hold its last entry (MODEL.md §3),
                            // so filling them keeps their meaning.
                            let fill = match (level, items.last()) {
                                (true, Some(last)) => last.clone(),
                                _ => filler.clone(),
                            };
                            items.resize(i + 1, fill);
                        }
                        &mut items[i]
                    }
                    None => return false,
                }
            }
        };
    }
    *here = new;
    true
}

/// Replaces the value at `path` with `new` and validates the result.
///
/// The scenario is edited without its `sources` (long notes no edit changes); they are put back
/// afterwards, checked against the edited scenario's fields exactly as a file's would be.
pub fn apply_value(
    scenario: &Scenario,
    path: &FieldPath,
    new: Value,
) -> Result<Scenario, Vec<ValidationError>> {
    match fast_apply(scenario, path, &new) {
        Some(edited) => Ok(edited),
        None => apply_value_validated(scenario, path, new),
    }
}

/// The lever edits a slider sends many times a second, without the JSON round trip: a value
/// within its field's bounds at a lever's path. `None` for anything else, and the full path
/// ([`apply_value_validated`]) decides and words the errors. Only fields that no cross-field
/// rule involves are here (not the inflow nor its change: the inflow-growth rule ties them), so
/// the result is exactly the full path's (a property test compares both).
fn fast_apply(s: &Scenario, path: &FieldPath, new: &Value) -> Option<Scenario> {
    use crate::scenario::bounds::*;
    // The lever fields are top-level arrays or scalars: at most one index, at the end.
    let index = match path.last_index() {
        Some((base, i)) if !base.contains('[') => Some(i),
        Some(_) => return None,
        None => None,
    };
    if path.field().kind == crate::scenario::fields::Kind::Group {
        return None;
    }
    let years = s.years as usize;
    // The format's own bounds; anything the fast path does not accept exactly as the parser
    // would goes the validated way.
    let integer = |v: &Value, b: Bounds| v.as_i64().filter(|n| b.allows_whole(*n));
    let number = |v: &Value, b: Bounds| v.as_f64().filter(|x| b.allows(*x));
    // A whole array of one value per projected year, or one element (padding with zeros).
    fn set_array<T: Copy + Default>(
        array: &mut Vec<T>,
        index: Option<usize>,
        years: usize,
        new: &Value,
        read: impl Fn(&Value) -> Option<T>,
    ) -> Option<()> {
        match index {
            None => {
                let items = new.as_array()?;
                if items.len() != years {
                    return None;
                }
                *array = items.iter().map(read).collect::<Option<Vec<T>>>()?;
            }
            Some(i) if i < years => {
                let x = read(new)?;
                if array.len() <= i {
                    array.resize(i + 1, T::default());
                }
                array[i] = x;
            }
            Some(_) => return None,
        }
        Some(())
    }
    let mut out = s.clone();
    use FieldId as F;
    let id = path.field().id;
    match id {
        F::Recruit => set_array(&mut out.foster.recruit_per_year, index, years, new, |v| {
            integer(v, F::Recruit.bounds()).map(|n| n as u32)
        })?,
        F::NewHomes => set_array(&mut out.family_home.new_per_year, index, years, new, |v| {
            integer(v, F::NewHomes.bounds()).map(|n| n as i32)
        })?,
        // Not the inflow and its change: together they must keep the yearly inflow within the
        // format's bound (the inflow-growth rule), which only the full validation checks.
        F::PlacesPerHome if index.is_none() => {
            out.family_home.places_per_home = number(new, F::PlacesPerHome.bounds())?
        }
        F::PriceFoster | F::PriceFamilyHome | F::PriceResidential | F::PriceOther
            if index.is_none() =>
        {
            let form = crate::scenario::Form::ALL
                .into_iter()
                .find(|&f| FieldId::price(f) == id)?;
            let amount = crate::money::parse_money(new.as_str()?).ok()?;
            if amount.is_sign_negative() || amount > decimal_max(id.bounds()) {
                return None;
            }
            out.cost.per_day.set(form, crate::money::Euro(amount));
        }
        _ => return None,
    }
    Some(out)
}

/// The one way an edit reaches a scenario through the file format: `change` alters its JSON
/// form (without the notes) and its notes together; a v2 field added to a v1 scenario raises it
/// to schema 2 (moving a v1 range on the inflow change to the trend, with its note); the result
/// is validated as a file would be, notes included. Every edit the app makes that is not a
/// plain lever value ([`fast_apply`]) comes here: a value at a path, a list entry added or
/// removed, a range, the under-12 band. A refusal returns every error and leaves `scenario` as
/// it was.
pub fn edit_scenario(
    scenario: &Scenario,
    change: impl FnOnce(
        &mut Value,
        &mut crate::keyed::Keyed<crate::scenario::Source>,
    ) -> Result<(), Vec<ValidationError>>,
) -> Result<Scenario, Vec<ValidationError>> {
    let mut root = serde_json::to_value(scenario.without_sources()).unwrap_or(Value::Null);
    let mut sources = scenario.sources.clone();
    change(&mut root, &mut sources)?;
    crate::scenario::upgrade_schema(&mut root, Some(&mut sources));
    let edited = parse_value(&root)?;
    let stale = stale_sources(&sources, &root);
    if !stale.is_empty() {
        return Err(stale);
    }
    Ok(Scenario { sources, ..edited })
}

/// [`apply_value`] through the file format ([`edit_scenario`]): the value at `path` replaced,
/// the result validated as a file. The reference for every edit.
pub fn apply_value_validated(
    scenario: &Scenario,
    path: &FieldPath,
    new: Value,
) -> Result<Scenario, Vec<ValidationError>> {
    let unknown = |new: &Value| {
        vec![ValidationError {
            path: path.as_str().to_string(),
            rule: crate::scenario::Rule::UnknownField,
            found: crate::scenario::json_text(new),
        }]
    };
    let sources = FieldId::Sources.path();
    let under_sources = path
        .as_str()
        .strip_prefix(sources)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']));
    if under_sources {
        return Err(unknown(&new));
    }
    edit_scenario(scenario, |root, _| {
        if path.field().id == FieldId::Years {
            if let Some(n) = new.as_u64() {
                resize_yearly_arrays(root, n as usize);
            }
        }
        if set_at(root, path, new.clone()) {
            Ok(())
        } else {
            Err(unknown(&new))
        }
    })
}

/// The notes whose keys no longer name a field of the edited scenario's JSON form `root`, as
/// the errors a file with them would give.
pub(crate) fn stale_sources(
    sources: &crate::keyed::Keyed<crate::scenario::Source>,
    root: &Value,
) -> Vec<ValidationError> {
    let known = match root.as_object() {
        Some(map) => crate::scenario::known_paths_in(map),
        None => Vec::new(),
    };
    sources
        .keys()
        .filter(|key| !known.iter().any(|k| k == *key))
        .map(|key| ValidationError {
            path: crate::scenario::entry_path(FieldId::Sources, key),
            rule: crate::scenario::Rule::UnknownSourcePath,
            found: crate::scenario::quoted(key),
        })
        .collect()
}

/// Keeps per-year arrays in step with a new horizon: levers are extended with their last value
/// (a plan's "35 a year" stays 35 a year), money and plans are cut, never invented.
fn resize_yearly_arrays(root: &mut Value, years: usize) {
    let lines = root
        .get(FieldId::Programme.path())
        .and_then(|p| p.get("lines"))
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let mut resize = |path: &str, extend: bool| {
        let Some(steps) = steps(path) else { return };
        let mut here = &mut *root;
        for step in steps {
            let next = match step {
                Step::Key(key) => here.get_mut(key),
                Step::Index(i) => here.get_mut(i),
            };
            match next {
                Some(v) => here = v,
                None => return,
            }
        }
        if let Some(items) = here.as_array_mut() {
            if items.len() > years {
                items.truncate(years);
            } else if extend {
                if let Some(last) = items.last().cloned() {
                    items.resize(years, last);
                }
            }
        }
    };
    resize(FieldId::InflowChange.path(), true);
    resize(FieldId::Recruit.path(), true);
    // v2: baseline trends go on as they were; a level array means the same either way.
    for id in [
        FieldId::InflowTrend,
        FieldId::PopulationTrend,
        FieldId::InflowSubstitution,
        FieldId::Under12Substitution,
        FieldId::AttritionChange,
        FieldId::StayChangeFoster,
        FieldId::StayChangeFamilyHome,
        FieldId::StayChangeResidential,
        FieldId::StayChangeOther,
    ] {
        resize(id.path(), true);
    }
    resize(FieldId::NewHomes.path(), false);
    resize(FieldId::ResidentialCapacity.path(), false);
    resize(FieldId::PrintedTotals.path(), false);
    resize(FieldId::BudgetAmounts.path(), false);
    for i in 0..lines {
        resize(
            &format!("{}[{i}].amounts", FieldId::ProgrammeLines.path()),
            false,
        );
    }
}

/// Reads typed text as the JSON value the field at `path` holds.
pub fn parse_field_text(path: &FieldPath, text: &str, lang: Lang) -> Result<Value, EditError> {
    let field = path.field();
    if field.per_year == crate::scenario::fields::PerYear::Nullable && text.trim().is_empty() {
        return Ok(Value::Null);
    }
    let Some(kind) = kind_of(field) else {
        return Err(EditError::Invalid(vec![ValidationError {
            path: path.as_str().to_string(),
            rule: crate::scenario::Rule::UnknownField,
            found: crate::scenario::quoted(text),
        }]));
    };
    match kind {
        FieldKind::Number => parse_number(text, lang).map(Value::from),
        FieldKind::Integer => parse_integer(text, lang).map(Value::from),
        FieldKind::Money => parse_money_input(text, lang).map(|mut d| {
            d.rescale(2);
            Value::String(d.to_string())
        }),
        FieldKind::Text => Ok(Value::String(text.to_string())),
    }
    .map_err(EditError::Input)
}

/// Reads typed text for the field at `path` (Dutch or English number conventions) and applies it.
pub fn apply_text(
    scenario: &Scenario,
    path: &FieldPath,
    text: &str,
    lang: Lang,
) -> Result<Scenario, EditError> {
    let value = parse_field_text(path, text, lang)?;
    apply_value(scenario, path, value).map_err(EditError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use crate::scenario::fields::FieldPath;

    use crate::scenario::Rule;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    #[test]
    fn kinds_follow_the_format() {
        assert_eq!(field_kind("cost.per_day.foster"), Some(FieldKind::Money));
        assert_eq!(
            field_kind("programme.lines[1].amounts[0]"),
            Some(FieldKind::Money)
        );
        assert_eq!(
            field_kind("foster.recruit_per_year[3]"),
            Some(FieldKind::Integer)
        );
        // A typo is no field, not a number.
        assert_eq!(field_kind("foster.recruit_per_yaer"), None);
        assert_eq!(field_kind("targets[0].year"), Some(FieldKind::Integer));
        assert_eq!(field_kind("targets[0].value"), Some(FieldKind::Number));
        assert_eq!(field_kind("stay_months.foster"), Some(FieldKind::Number));
        assert_eq!(
            field_kind("programme.lines[0].label"),
            Some(FieldKind::Text)
        );
    }

    #[test]
    fn edits_a_nested_and_an_indexed_field() {
        let s = crate::presets::gooi_v1();
        let t = apply_text(
            &s,
            &FieldPath::of("foster.recruit_per_year[2]"),
            "50",
            Lang::Nl,
        )
        .unwrap();
        assert_eq!(t.foster.recruit_per_year, vec![35, 35, 50, 35]);
        let t = apply_text(
            &t,
            &FieldPath::of("cost.per_day.residential"),
            "€ 1.234,5",
            Lang::Nl,
        )
        .unwrap();
        assert_eq!(
            t.cost.per_day.residential.0,
            Decimal::from_str("1234.50").unwrap()
        );
        let t = apply_text(&t, &FieldPath::of("stay_months.foster"), "36,5", Lang::Nl).unwrap();
        assert_eq!(t.stay_months.foster, 36.5);
    }

    #[test]
    fn a_v2_field_raises_a_v1_plan_to_schema_2() {
        // The v1 preset has a range on the inflow change; in v2 that range is on the trend.
        let s = crate::presets::versioned("gooi-en-vechtstreek", "1")
            .map(|json| crate::scenario::parse(json).unwrap())
            .unwrap();
        assert_eq!(s.schema, 1);
        assert!(s.uncertainty.contains_key("inflow.change_pct"));
        let t = apply_text(
            &s,
            &FieldPath::of("inflow.substitution_pct[0]"),
            "20",
            Lang::Nl,
        )
        .unwrap();
        assert_eq!(t.schema, 2);
        assert_eq!(t.substitution_pct(3), 20.0);
        assert_eq!(
            t.uncertainty.get("inflow.trend_pct"),
            s.uncertainty.get("inflow.change_pct")
        );
        assert!(!t.uncertainty.contains_key("inflow.change_pct"));
        assert_eq!(
            t.sources.get("uncertainty.inflow.trend_pct"),
            s.sources.get("uncertainty.inflow.change_pct")
        );
        // A v1 edit keeps a v1 plan v1.
        let u = apply_text(&s, &FieldPath::of("stay_months.foster"), "40", Lang::Nl).unwrap();
        assert_eq!(u.schema, 1);
    }

    #[test]
    fn a_level_array_is_padded_with_its_last_entry() {
        let mut s = crate::presets::default_preset().scenario();
        s.inflow.substitution_pct = vec![20.0];
        let t = apply_text(
            &s,
            &FieldPath::of("inflow.substitution_pct[2]"),
            "40",
            Lang::Nl,
        )
        .unwrap();
        assert_eq!(t.inflow.substitution_pct, vec![20.0, 20.0, 40.0]);
        assert_eq!(t.substitution_pct(3), 40.0);
    }

    #[test]
    fn pads_short_arrays_with_zeros() {
        let s = crate::presets::gooi_v1();
        let t = apply_text(&s, &FieldPath::of("budget.amounts[3]"), "1000", Lang::En).unwrap();
        let amounts: Vec<String> = t.budget.amounts.iter().map(|e| e.to_string()).collect();
        assert_eq!(amounts, vec!["275000.00", "130000.00", "0.00", "1000.00"]);
    }

    #[test]
    fn invalid_edits_return_the_rule_and_keep_nothing() {
        let s = crate::presets::gooi_v1();
        match apply_text(
            &s,
            &FieldPath::of("inflow.residential_need_pct"),
            "90",
            Lang::Nl,
        ) {
            Err(EditError::Invalid(errors)) => {
                assert_eq!(errors.len(), 1);
                assert_eq!(errors[0].rule, Rule::NeedSharesAbove100);
            }
            other => panic!("{other:?}"),
        }
        match apply_text(&s, &FieldPath::of("stay_months.foster"), "veel", Lang::Nl) {
            Err(EditError::Input(InputError::NotANumber)) => {}
            other => panic!("{other:?}"),
        }
        match apply_text(&s, &FieldPath::of("years"), "16", Lang::Nl) {
            Err(EditError::Invalid(errors)) => assert_eq!(errors[0].path, "years"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn changing_the_horizon_resizes_levers_and_cuts_money() {
        let s = crate::presets::gooi_v1();
        let longer = apply_text(&s, &FieldPath::of("years"), "6", Lang::Nl).unwrap();
        assert_eq!(longer.foster.recruit_per_year, vec![35; 6]);
        assert_eq!(longer.family_home.new_per_year, vec![1, 2, 1, 0]);
        let shorter = apply_text(&s, &FieldPath::of("years"), "1", Lang::Nl);
        // Targets in 2020–2022 fall outside a one-year projection: that is the user's to fix.
        match shorter {
            Err(EditError::Invalid(errors)) => {
                assert!(
                    errors.iter().all(|e| e.path.starts_with("targets[")),
                    "{errors:?}"
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn edits_keep_the_sources() {
        let s = crate::presets::gooi_v1();
        let t = apply_text(&s, &FieldPath::of("stay_months.foster"), "40", Lang::Nl).unwrap();
        assert_eq!(t.sources, s.sources);
        assert!(apply_value(&s, &FieldPath::of("sources"), Value::Null).is_err());
    }

    #[test]
    fn open_plan_years_are_null() {
        let s = crate::presets::gooi_v1();
        let t = apply_text(
            &s,
            &FieldPath::of("residential_capacity[2]"),
            "120",
            Lang::Nl,
        )
        .unwrap();
        assert_eq!(t.residential_capacity, Some(vec![None, None, Some(120.0)]));
        let u = apply_text(&t, &FieldPath::of("residential_capacity[2]"), "", Lang::Nl).unwrap();
        assert_eq!(u.residential_capacity, Some(vec![None, None, None]));
    }

    #[test]
    fn value_at_reads_back() {
        let s = crate::presets::gooi_v1();
        assert_eq!(
            value_at(&s, "foster.recruit_per_year[0]"),
            Some(Value::from(35))
        );
        assert_eq!(
            value_at(&s, "cost.per_day.foster"),
            Some(Value::from("55.00"))
        );
        assert_eq!(value_at(&s, "nothing.here"), None);
    }

    #[test]
    fn a_slider_on_the_inflow_obeys_the_growth_rule_as_a_file_does() {
        // A yearly inflow that a change of +100 % a year would take past the format's bound
        // over 15 years of a rising trend: the slider's edit is refused exactly as the same file
        // would be.
        let mut s = crate::presets::default_preset().scenario();
        s.years = 15;
        s.inflow.per_year = 1_000_000.0;
        s.inflow.trend_pct = vec![10.0];
        assert!(
            crate::scenario::parse_value(&serde_json::to_value(s.without_sources()).unwrap())
                .is_ok()
        );
        let every_year = Value::Array(vec![Value::from(100); s.years as usize]);
        let path = FieldPath::of("inflow.change_pct");
        let edited = apply_value(&s, &path, every_year.clone());
        assert_eq!(edited, apply_value_validated(&s, &path, every_year));
        assert!(edited.is_err());
        // One year of +100 % stays within it, on both paths alike.
        let one = FieldPath::of("inflow.change_pct[1]");
        let edited = apply_value(&s, &one, Value::from(100));
        assert_eq!(edited, apply_value_validated(&s, &one, Value::from(100)));
        assert!(edited.is_ok());
        let smaller = apply_value(&s, &FieldPath::of("inflow.per_year"), Value::from(999_999));
        assert!(smaller.is_ok(), "no change, growth within the bound");
    }

    #[test]
    fn impossible_paths_are_errors_not_panics() {
        let s = crate::presets::gooi_v1();
        // A path that names no field cannot be made into an edit at all.
        for path in ["stock.foster.x", ""] {
            assert!(FieldPath::parse(path).is_none(), "{path}");
        }
        // One that names a field in a shape the scenario cannot hold is refused.
        for path in ["years[2]", "targets[zz]", "stock[0]"] {
            assert!(
                apply_value(&s, &FieldPath::of(path), Value::from(1)).is_err(),
                "{path}"
            );
        }
    }
}
