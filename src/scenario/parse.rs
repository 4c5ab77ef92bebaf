//! Text → JSON value → validated [`Scenario`], collecting every error on the way.
//!
//! The walk never stops at the first problem: each field is checked where it stands, problems
//! are pushed with their path, and the scenario is only assembled when the list stays empty.
//! Defaults for optional fields are documented in `docs/model-notes.md`.

use super::bounds::MAX_YEARS;
use super::bounds::*;
use super::error::{Expected, Limit, Rule, ValidationError};
use super::model::*;
use super::pretty::{entry_path, join, json_text};
use super::ranges::Range;
use crate::keyed::Keyed;
use crate::money::{parse_money, Euro, MoneyTextError, MAX_AMOUNT};
use crate::scenario::fields::FieldId;
use rust_decimal::Decimal;
use serde_json::{Map, Value};

const MAX_LABEL_CHARS: usize = 120;
const MAX_NOTE_CHARS: usize = 2000;
/// The largest yearly inflow a v1 file can reach (1e6 a year doubling for 15 years); v2's
/// trends may not go beyond it either, so that every amount stays computable.
const MAX_YEARLY_INFLOW: f64 = 1e6 * 32768.0;
/// Targets are compared with counts, percentages and euros; no sensible one exceeds this.
const MAX_TARGET_ABS: f64 = 1e13;

/// Parses and validates a scenario file.
pub fn parse(text: &str) -> Result<Scenario, Vec<ValidationError>> {
    parse_file(text).map(|(s, _)| s)
}

/// [`parse`], with the plan the file says it was made from (`based_on`, an extension to
/// MODEL.md §3 that the app writes; see docs/model-notes.md).
pub fn parse_file(text: &str) -> Result<(Scenario, Option<BasedOn>), Vec<ValidationError>> {
    // A UTF-8 byte-order mark (older Notepad writes one) is not part of the JSON: the browser's
    // file reader drops it, and so does the CLI, so both read such a file alike.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(Some(text.len()))]);
    }
    match super::json::read(text) {
        Ok(value) => parse_value_based_on(&value),
        Err(super::json::JsonError::Syntax(e)) => Err(vec![syntax_error(&e)]),
        Err(super::json::JsonError::DuplicateKey { path, key }) => Err(vec![ValidationError {
            path,
            rule: Rule::DuplicateKey,
            found: super::quoted(&key),
        }]),
    }
}

/// The largest scenario file read, in bytes (issue 22: a 50 MB file froze the app for 20 s and
/// 94 MB killed it). The presets are about 10 KB; a scenario at every list limit with a note on
/// every figure stays well under it.
pub const MAX_FILE_BYTES: usize = 2_000_000;
/// The most targets a scenario may have (10,000 made every slider move take seconds).
pub const MAX_TARGETS: usize = 100;
/// The most programme lines a scenario may have.
pub const MAX_PROGRAMME_LINES: usize = 50;

/// The error for a file of `bytes` bytes (`None`: more than the limit, size unknown, as for a
/// pipe), beyond [`MAX_FILE_BYTES`]: the app and the CLI give it before reading the text.
pub fn too_large(bytes: Option<usize>) -> ValidationError {
    ValidationError {
        path: String::new(),
        rule: Rule::FileTooLarge {
            max: MAX_FILE_BYTES,
        },
        found: match bytes {
            Some(n) => format!("{n} bytes"),
            None => format!("more than {MAX_FILE_BYTES} bytes"),
        },
    }
}

fn syntax_error(e: &serde_json::Error) -> ValidationError {
    // serde_json appends " at line L column C"; the rule carries them separately.
    let full = e.to_string();
    // The last " at line " (searched forwards: the app links one string searcher, not two).
    let message = match full.match_indices(" at line ").last().map(|(at, _)| at) {
        Some(cut) => full[..cut].to_string(),
        None => full,
    };
    ValidationError {
        path: String::new(),
        rule: Rule::Syntax {
            line: e.line(),
            column: e.column().max(1),
            message,
        },
        found: String::from("(text)"),
    }
}

/// Validates an already parsed JSON value (used by share links and uploads too).
pub fn parse_value(value: &Value) -> Result<Scenario, Vec<ValidationError>> {
    parse_value_based_on(value).map(|(s, _)| s)
}

/// [`parse_value`], with the file's `based_on`.
pub fn parse_value_based_on(
    value: &Value,
) -> Result<(Scenario, Option<BasedOn>), Vec<ValidationError>> {
    let mut walk = Walk { errors: Vec::new() };
    let scenario = walk.scenario(value);
    let based_on = value.as_object().and_then(|root| walk.based_on(root));
    match scenario {
        Some(s) if walk.errors.is_empty() => Ok((s, based_on)),
        _ => Err(walk.errors),
    }
}

/// The plan a file was made from: a preset's id and the version of its figures, as a link's
/// head names them (`gooi-en-vechtstreek@3`). The file's values are the plan's with the user's
/// changes, so the app shows the same "gewijzigd — plan: …" badges as for the link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasedOn {
    pub preset: String,
    pub version: u32,
}

/// The scenario as the file the app and the CLI write (schema 3), with the plan it came from.
pub fn to_file_json_based_on(scenario: &Scenario, based_on: Option<&BasedOn>) -> String {
    let mut root = serde_json::to_value(scenario).unwrap_or_default();
    upgrade_schema_to(&mut root, None, SCHEMA_VERSION);
    if let (Some(b), Some(map)) = (based_on, root.as_object_mut()) {
        map.insert(
            "based_on".to_string(),
            serde_json::json!({ "preset": b.preset, "version": b.version }),
        );
    }
    super::pretty::to_pretty(&root)
}

/// Shortens a JSON value for the `found` column of an error.
fn show(value: &Value) -> String {
    let text = json_text(value);
    if text.chars().count() > 60 {
        let short: String = text.chars().take(57).collect();
        format!("{short}...")
    } else {
        text
    }
}

struct Walk {
    errors: Vec<ValidationError>,
}

/// What a target is checked against: the horizon, the format version and the parts of the
/// scenario a metric may need.
struct TargetParts {
    start_year: Option<i64>,
    years: Option<i64>,
    schema: u32,
    population: bool,
    under12: bool,
    capacity: Option<Vec<Option<f64>>>,
}

/// Whether a field must be present.
#[derive(Clone, Copy)]
enum Presence<T> {
    Required,
    Default(T),
}

impl Walk {
    fn push(&mut self, path: &str, rule: Rule, found: String) {
        self.errors.push(ValidationError {
            path: path.to_string(),
            rule,
            found,
        });
    }

    /// `based_on`: `{"preset": "gooi-en-vechtstreek", "version": 3}`, optional.
    fn based_on(&mut self, root: &Map<String, Value>) -> Option<BasedOn> {
        let value = self.get(root, "", "based_on", false)?;
        let obj = self.object(value, "based_on", &["preset", "version"])?;
        let preset = self.text(obj, "based_on", "preset", MAX_LABEL_CHARS);
        let version = self.integer(
            obj,
            "based_on",
            "version",
            Presence::Required,
            super::bounds::PLAN_VERSION,
        );
        match (preset, version) {
            (Some(preset), Some(version)) if !preset.is_empty() => Some(BasedOn {
                preset,
                version: version as u32,
            }),
            (Some(_), Some(_)) => {
                self.push("based_on.preset", Rule::Required, "\"\"".to_string());
                None
            }
            _ => None,
        }
    }

    fn type_error(&mut self, path: &str, expected: Expected, found: &Value) {
        self.push(path, Rule::Type { expected }, show(found));
    }

    /// Checks that `value` is an object with only `fields`; reports unknown fields.
    fn object<'v>(
        &mut self,
        value: &'v Value,
        path: &str,
        fields: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = value.as_object() else {
            self.type_error(path, Expected::Object, value);
            return None;
        };
        for (key, v) in map {
            if !fields.contains(&key.as_str()) {
                self.push(&join(path, key), Rule::UnknownField, show(v));
            }
        }
        Some(map)
    }

    /// A field that must be (or may be) present; `None` if absent (and reported when required).
    fn get<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<&'v Value> {
        // An optional field written as `null` is absent (MODEL.md §3).
        match map.get(key).filter(|v| !v.is_null()) {
            Some(v) => Some(v),
            None => {
                if required {
                    self.push(&join(path, key), Rule::Required, "missing".to_string());
                }
                None
            }
        }
    }

    fn check_range(
        &mut self,
        path: &str,
        x: f64,
        min: &Option<Limit>,
        max: &Option<Limit>,
    ) -> bool {
        let low_ok = match min {
            Some(l) if l.inclusive => x >= l.value,
            Some(l) => x > l.value,
            None => true,
        };
        let high_ok = match max {
            Some(l) if l.inclusive => x <= l.value,
            Some(l) => x < l.value,
            None => true,
        };
        if low_ok && high_ok {
            true
        } else {
            self.push(
                path,
                Rule::Range {
                    min: *min,
                    max: *max,
                },
                format_number(x),
            );
            false
        }
    }

    /// A JSON number within `[min, max]` (bounds as given).
    fn number_value(
        &mut self,
        value: &Value,
        path: &str,
        min: Option<Limit>,
        max: Option<Limit>,
    ) -> Option<f64> {
        let Some(x) = value.as_f64().filter(|x| x.is_finite()) else {
            self.type_error(path, Expected::Number, value);
            return None;
        };
        self.check_range(path, x, &min, &max).then_some(x)
    }

    fn number(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        key: &str,
        presence: Presence<f64>,
        min: Option<Limit>,
        max: Option<Limit>,
    ) -> Option<f64> {
        let path = join(prefix, key);
        match (
            self.get(map, prefix, key, matches!(presence, Presence::Required)),
            presence,
        ) {
            (Some(v), _) => self.number_value(v, &path, min, max),
            (None, Presence::Default(d)) => Some(d),
            (None, Presence::Required) => None,
        }
    }

    /// A whole number within `[min, max]` (inclusive). `4.0` counts as whole.
    fn integer_value(&mut self, value: &Value, path: &str, bounds: Bounds) -> Option<i64> {
        // Whole-number bounds are inclusive at both ends.
        let (min, max) = (bounds.min.value as i64, bounds.max.value as i64);
        let whole = value.as_i64().or_else(|| {
            value
                .as_f64()
                .filter(|x| x.fract() == 0.0 && x.abs() < 9e15)
                .map(|x| x as i64)
        });
        let Some(n) = whole else {
            if value.is_number() && value.as_u64().is_some() {
                // A huge positive integer: a number, but out of range.
                self.push(
                    path,
                    Rule::Range {
                        min: Some(bounds.min),
                        max: Some(bounds.max),
                    },
                    show(value),
                );
            } else {
                self.type_error(path, Expected::Integer, value);
            }
            return None;
        };
        if n < min || n > max {
            self.push(
                path,
                Rule::Range {
                    min: Some(bounds.min),
                    max: Some(bounds.max),
                },
                show(value),
            );
            return None;
        }
        Some(n)
    }

    fn integer(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        key: &str,
        presence: Presence<i64>,
        bounds: Bounds,
    ) -> Option<i64> {
        let path = join(prefix, key);
        match (
            self.get(map, prefix, key, matches!(presence, Presence::Required)),
            presence,
        ) {
            (Some(v), _) => self.integer_value(v, &path, bounds),
            (None, Presence::Default(d)) => Some(d),
            (None, Presence::Required) => None,
        }
    }

    fn text(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        key: &str,
        max_chars: usize,
    ) -> Option<String> {
        let path = join(prefix, key);
        match self.get(map, prefix, key, false) {
            None => Some(String::new()),
            Some(Value::String(s)) => {
                if s.chars().count() > max_chars {
                    self.push(
                        &path,
                        Rule::MaxChars { max: max_chars },
                        show(&Value::String(s.clone())),
                    );
                    None
                } else {
                    Some(s.clone())
                }
            }
            Some(other) => {
                self.type_error(&path, Expected::String, other);
                None
            }
        }
    }

    /// A money string in `[0, max]` with at most two decimals.
    fn money_value(&mut self, value: &Value, path: &str, max: Decimal) -> Option<Euro> {
        let Some(text) = value.as_str() else {
            self.type_error(path, Expected::MoneyString, value);
            return None;
        };
        match parse_money(text) {
            Ok(d) if d.is_sign_negative() && !d.is_zero() || d > max => {
                self.push(
                    path,
                    Rule::Range {
                        min: Some(Limit::incl(0.0)),
                        max: Some(Limit::incl(decimal_limit(max))),
                    },
                    show(value),
                );
                None
            }
            Ok(d) => Some(Euro(d)),
            Err(MoneyTextError::TooManyDecimals) => {
                self.push(path, Rule::MaxTwoDecimals, show(value));
                None
            }
            Err(MoneyTextError::NotADecimal) => {
                self.type_error(path, Expected::MoneyString, value);
                None
            }
        }
    }

    fn money(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        key: &str,
        presence: Presence<Euro>,
        max: Decimal,
    ) -> Option<Euro> {
        let path = join(prefix, key);
        match (
            self.get(map, prefix, key, matches!(presence, Presence::Required)),
            presence,
        ) {
            (Some(v), _) => self.money_value(v, &path, max),
            (None, Presence::Default(d)) => Some(d),
            (None, Presence::Required) => None,
        }
    }

    /// An optional list of at most `max` entries (targets, programme lines), each read by
    /// `item`. A longer list is reported once and none of its entries is read, so that ten
    /// thousand entries give one message, not ten thousand.
    fn list<T>(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        key: &str,
        max: usize,
        item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        if let Some(items) = map.get(key).and_then(Value::as_array) {
            if items.len() > max {
                self.push(
                    &join(prefix, key),
                    Rule::MaxEntries { max },
                    items.len().to_string(),
                );
                return None;
            }
        }
        self.array(map, prefix, key, usize::MAX, item)
    }

    /// An optional array of at most `max_items` elements, each read by `item`.
    /// Returns `None` when the array or any element is invalid.
    fn array<T>(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        key: &str,
        max_items: usize,
        mut item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        let path = join(prefix, key);
        let Some(value) = self.get(map, prefix, key, false) else {
            return Some(Vec::new());
        };
        let Some(items) = value.as_array() else {
            self.type_error(&path, Expected::Array, value);
            return None;
        };
        let mut ok = true;
        if items.len() > max_items {
            self.push(
                &path,
                Rule::MaxItems { max: max_items },
                items.len().to_string(),
            );
            ok = false;
        }
        let mut out = Vec::with_capacity(items.len());
        for (i, v) in items.iter().enumerate() {
            match item(self, v, &format!("{path}[{i}]")) {
                Some(x) => out.push(x),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn per_form<T>(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        key: &str,
        mut item: impl FnMut(&mut Self, &Value, &str) -> Option<T>,
    ) -> Option<PerForm<T>> {
        let path = join(prefix, key);
        let value = self.get(map, prefix, key, true)?;
        let obj = self.object(
            value,
            &path,
            &["foster", "family_home", "residential", "other"],
        )?;
        let mut read = |walk: &mut Self, form: &str| -> Option<T> {
            let v = walk.get(obj, &path, form, true)?;
            item(walk, v, &join(&path, form))
        };
        let foster = read(self, "foster");
        let family_home = read(self, "family_home");
        let residential = read(self, "residential");
        let other = read(self, "other");
        Some(PerForm {
            foster: foster?,
            family_home: family_home?,
            residential: residential?,
            other: other?,
        })
    }

    fn money_line(&mut self, value: &Value, path: &str, max_items: usize) -> Option<MoneyLine> {
        let obj = self.object(value, path, &["label", "amounts"])?;
        let label = self.text(obj, path, "label", MAX_LABEL_CHARS);
        let amounts = self.array(obj, path, "amounts", max_items, |w, v, p| {
            w.money_value(v, p, MAX_AMOUNT)
        });
        Some(MoneyLine {
            label: label?,
            amounts: amounts?,
        })
    }

    fn scenario(&mut self, root: &Value) -> Option<Scenario> {
        let obj = self.object(
            root,
            "",
            &[
                "schema",
                "name",
                "region",
                "start_year",
                "years",
                "stock",
                "mismatch",
                "stay_months",
                "inflow",
                "foster",
                "family_home",
                "residential_capacity",
                "cost",
                "programme",
                "budget",
                "sources",
                "targets",
                "uncertainty",
                "population",
                "stay_change_pct",
                "under12",
                "based_on",
            ],
        )?;

        // A file from another format version: its other fields would only add noise.
        let schema = match obj.get("schema") {
            None => {
                self.push("schema", Rule::Required, "missing".to_string());
                SCHEMA_VERSION
            }
            Some(v) if v.as_f64() == Some(1.0) => 1,
            Some(v) if v.as_f64() == Some(2.0) => 2,
            Some(v) if v.as_f64() == Some(3.0) => 3,
            Some(v) => {
                self.errors.clear();
                self.push(
                    "schema",
                    Rule::SchemaVersion {
                        supported: SCHEMA_VERSION,
                    },
                    show(v),
                );
                return None;
            }
        };
        // A field of a newer format than the file's schema is an error of its own; the rest of
        // the file is read with the file's schema (the newer field as absent), so that every
        // other problem is reported too.
        let v2 = schema >= 2;
        let v3 = schema >= 3;
        self.newer_fields(obj, schema);

        let name = self.text(obj, "", "name", MAX_LABEL_CHARS);
        let region = self.text(obj, "", "region", MAX_LABEL_CHARS);
        let start_year = self.integer(obj, "", "start_year", Presence::Required, START_YEAR);
        let years = self.integer(obj, "", "years", Presence::Required, YEARS);
        // Arrays are checked against the projection length when that is known.
        let max_items = years.unwrap_or(MAX_YEARS as i64) as usize;

        let stock = self.per_form(obj, "", "stock", |w, v, p| {
            w.number_value(v, p, Some(COUNT.min), Some(COUNT.max))
        });
        let mismatch = self.number(
            obj,
            "",
            "mismatch",
            Presence::Default(0.0),
            Some(COUNT.min),
            Some(COUNT.max),
        );
        if let (Some(m), Some(s)) = (mismatch, &stock) {
            if m > s.residential {
                self.push("mismatch", Rule::MismatchAboveResidential, format_number(m));
            }
        }
        let stay_months = self.per_form(obj, "", "stay_months", |w, v, p| {
            w.number_value(v, p, Some(STAY_MONTHS.min), Some(STAY_MONTHS.max))
        });

        let inflow = self.inflow(obj, max_items, schema);
        let foster = self.foster(obj, max_items, schema);
        let family_home = self.family_home(obj, max_items);
        let population = if v2 {
            self.population(obj, max_items)
        } else {
            Some(None)
        };
        let stay_change_pct = if v2 {
            self.stay_change(obj, max_items, stay_months.as_ref())
        } else {
            Some(StayChange::default())
        };
        let under12 = if v2 {
            self.under12(obj, max_items, stock.as_ref(), mismatch, v3)
        } else {
            Some(None)
        };

        let residential_capacity = if obj
            .get("residential_capacity")
            .is_some_and(|v| !v.is_null())
        {
            self.array(obj, "", "residential_capacity", max_items, |w, v, p| {
                if v.is_null() {
                    Some(None)
                } else if v.is_number() {
                    w.number_value(v, p, Some(COUNT.min), Some(COUNT.max))
                        .map(Some)
                } else {
                    w.type_error(p, Expected::NumberOrNull, v);
                    None
                }
            })
            .map(Some)
        } else {
            Some(None)
        };

        let cost = self.cost(obj);
        let programme = self.programme(obj, max_items, schema);
        let budget = match obj.get("budget") {
            None => Some(MoneyLine::default()),
            Some(v) => self.money_line(v, "budget", max_items),
        };
        let parts = TargetParts {
            start_year,
            years,
            schema,
            population: matches!(population, Some(Some(_))),
            under12: matches!(under12, Some(Some(_))),
            capacity: residential_capacity.clone().flatten(),
        };
        let targets = self.list(obj, "", "targets", MAX_TARGETS, |w, v, p| {
            w.target(v, p, &parts)
        });

        let sources = self.sources(obj);
        let uncertainty = self.uncertainty(obj, years, inflow.as_ref(), schema, under12.as_ref());
        if let (true, Some(inflow), Some(population)) = (v2, &inflow, &population) {
            if self.inflow_growth(inflow, population.as_ref(), max_items, None) {
                if let Some(ranges) = &uncertainty {
                    self.inflow_growth(inflow, population.as_ref(), max_items, Some(ranges));
                }
            }
        }
        Some(Scenario {
            schema,
            name: name?,
            region: region?,
            start_year: start_year? as i32,
            years: years? as u32,
            stock: stock?,
            mismatch: mismatch?,
            stay_months: stay_months?,
            inflow: inflow?,
            foster: foster?,
            family_home: family_home?,
            residential_capacity: residential_capacity?,
            cost: cost?,
            programme: programme?,
            budget: budget?,
            sources: sources?,
            targets: targets?,
            uncertainty: uncertainty?,
            population: population?,
            stay_change_pct: stay_change_pct?,
            under12: under12?,
        })
    }

    /// v2: the baseline trends and the policy change together may not make the yearly inflow,
    /// with or without the change, larger than the largest v1 allows (`inflow.per_year` at its
    /// bound, doubling every year for 15 years). Beyond it no amount of money is computable.
    ///
    /// With `ranges`, the same at the high end of every range on these figures (issue 22: a
    /// range the Monte Carlo draws from could reach what the values themselves may not, and a
    /// run overflowed). The inflow grows with each figure, so the high ends together are the
    /// largest any draw can give; the error then names the range. Returns whether it held.
    fn inflow_growth(
        &mut self,
        inflow: &Inflow,
        population: Option<&Population>,
        years: usize,
        ranges: Option<&Keyed<Range>>,
    ) -> bool {
        // A figure's value in year `y`, or the highest its ranges (whole array or that year's)
        // let a draw take; the range that raised it, if one did.
        let high = |id: FieldId, own: f64, y: Option<usize>| -> (f64, Option<String>) {
            let mut best = (own, None);
            let Some(ranges) = ranges else { return best };
            let keys = std::iter::once(id.path().to_string())
                .chain(y.map(|y| format!("{}[{y}]", id.path())));
            for key in keys {
                if let Some(r) = ranges.get(&key) {
                    if r.high > best.0 {
                        best = (r.high, Some(key));
                    }
                }
            }
            best
        };
        let change = |values: &[f64], y: usize| values.get(y).copied().unwrap_or(0.0);
        let pop = population.map_or(&[][..], |p| &p.trend_pct[..]);
        let (per_year, mut raised) = high(FieldId::InflowPerYear, inflow.per_year, None);
        let (mut a, mut a_sq) = (per_year, per_year);
        for y in 0..years {
            let (p, by_p) = match population {
                Some(_) => high(FieldId::PopulationTrend, change(pop, y), Some(y)),
                None => (0.0, None),
            };
            let (t, by_t) = high(FieldId::InflowTrend, change(&inflow.trend_pct, y), Some(y));
            let (c, by_c) = high(
                FieldId::InflowChange,
                change(&inflow.change_pct, y),
                Some(y),
            );
            raised = raised.or(by_t).or(by_p).or(by_c);
            let base = (1.0 + p / 100.0) * (1.0 + t / 100.0);
            a_sq *= base;
            a *= base * (1.0 + c / 100.0);
            if a.max(a_sq) > MAX_YEARLY_INFLOW {
                let found = format_number(a.max(a_sq));
                match (ranges, raised) {
                    (Some(_), Some(key)) => self.push(
                        &entry_path(FieldId::Uncertainty, &key),
                        Rule::InflowGrowthAtRange {
                            max: MAX_YEARLY_INFLOW,
                        },
                        found,
                    ),
                    // No range raised it: the values alone are reported (without ranges).
                    (Some(_), None) => {}
                    (None, _) => {
                        let path = if !inflow.trend_pct.is_empty() {
                            FieldId::InflowTrend.path()
                        } else {
                            FieldId::PopulationTrend.path()
                        };
                        self.push(
                            path,
                            Rule::InflowGrowth {
                                max: MAX_YEARLY_INFLOW,
                            },
                            found,
                        );
                    }
                }
                return false;
            }
        }
        true
    }

    /// Reports every field of a format newer than `schema` (the outermost one of a group).
    fn newer_fields(&mut self, root: &Map<String, Value>, schema: u32) {
        for (path, v, version) in fields_since(root, schema + 1) {
            self.push(path, Rule::NeedsSchema { version }, show(v));
        }
    }

    /// A v2 level array (each entry the value in force that year) of numbers within `bounds`.
    fn level_array(
        &mut self,
        map: &Map<String, Value>,
        prefix: &str,
        key: &str,
        max_items: usize,
        bounds: Bounds,
    ) -> Option<Vec<f64>> {
        self.array(map, prefix, key, max_items, |w, v, p| {
            w.number_value(v, p, Some(bounds.min), Some(bounds.max))
        })
    }

    /// v2: `population` — the children aged 0–17 and their yearly change.
    fn population(
        &mut self,
        root: &Map<String, Value>,
        max_items: usize,
    ) -> Option<Option<Population>> {
        let Some(value) = self.get(root, "", "population", false) else {
            return Some(None);
        };
        let obj = self.object(value, "population", &["children", "trend_pct"])?;
        let children = self.number(
            obj,
            "population",
            "children",
            Presence::Required,
            Some(POPULATION.min),
            Some(POPULATION.max),
        );
        let trend = self.level_array(obj, "population", "trend_pct", max_items, CHANGE_PCT);
        Some(Some(Population {
            children: children?,
            trend_pct: trend?,
        }))
    }

    /// v2: `stay_change_pct` — per form, a level array; the resulting stay must stay in bounds.
    fn stay_change(
        &mut self,
        root: &Map<String, Value>,
        max_items: usize,
        stay_months: Option<&PerForm<f64>>,
    ) -> Option<StayChange> {
        let Some(value) = self.get(root, "", "stay_change_pct", false) else {
            return Some(StayChange::default());
        };
        let obj = self.object(
            value,
            "stay_change_pct",
            &["foster", "family_home", "residential", "other"],
        )?;
        let mut out = StayChange::default();
        let mut ok = true;
        for form in Form::ALL {
            let path = join("stay_change_pct", form.key());
            match self.level_array(
                obj,
                "stay_change_pct",
                form.key(),
                max_items,
                STAY_CHANGE_PCT,
            ) {
                Some(values) => {
                    if let Some(stays) = stay_months {
                        let base = stays.get(form);
                        for (i, c) in values.iter().enumerate() {
                            let stay = base * (1.0 + c / 100.0);
                            if !STAY_MONTHS.allows(stay) {
                                self.push(
                                    &format!("{path}[{i}]"),
                                    Rule::ResultingStay {
                                        stay,
                                        min: STAY_MONTHS.min.value,
                                        max: STAY_MONTHS.max.value,
                                    },
                                    format_number(*c),
                                );
                                ok = false;
                            }
                        }
                    }
                    *out.get_mut(form) = values;
                }
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// v2: `under12` — the under-12 band, each part within its whole.
    fn under12(
        &mut self,
        root: &Map<String, Value>,
        max_items: usize,
        stock: Option<&PerForm<f64>>,
        mismatch: Option<f64>,
        v3: bool,
    ) -> Option<Option<Under12>> {
        let Some(value) = self.get(root, "", "under12", false) else {
            return Some(None);
        };
        let obj = self.object(
            value,
            "under12",
            &[
                "stock",
                "mismatch",
                "inflow_pct",
                "residential_need_pct",
                "other_need_pct",
                "substitution_pct",
                "ageing_pct",
                "family_home_need_pct",
            ],
        )?;
        let band_stock = self.per_form(obj, "under12", "stock", |w, v, p| {
            w.number_value(v, p, Some(COUNT.min), Some(COUNT.max))
        });
        if let (Some(band), Some(all)) = (&band_stock, stock) {
            for form in Form::ALL {
                if band.get(form) > all.get(form) {
                    self.push(
                        FieldId::under12_stock(form).path(),
                        Rule::PartAboveWhole {
                            whole: FieldId::stock(form).path().to_string(),
                        },
                        format_number(band.get(form)),
                    );
                }
            }
        }
        let band_mismatch = self.number(
            obj,
            "under12",
            "mismatch",
            Presence::Default(0.0),
            Some(COUNT.min),
            Some(COUNT.max),
        );
        if let (Some(x), Some(m)) = (band_mismatch, mismatch) {
            let path = FieldId::Under12Mismatch.path();
            if x > m {
                self.push(
                    path,
                    Rule::PartAboveWhole {
                        whole: FieldId::Mismatch.path().to_string(),
                    },
                    format_number(x),
                );
            }
            if let Some(band) = &band_stock {
                if x > band.residential {
                    self.push(
                        path,
                        Rule::PartAboveWhole {
                            whole: FieldId::Under12StockResidential.path().to_string(),
                        },
                        format_number(x),
                    );
                }
                if let Some(all) = stock {
                    if m - x > all.residential - band.residential {
                        self.push(path, Rule::OlderMismatchAboveResidential, format_number(x));
                    }
                }
            }
        }
        let pct = |w: &mut Self, key: &str, presence: Presence<f64>| {
            w.number(
                obj,
                "under12",
                key,
                presence,
                Some(SHARE_PCT.min),
                Some(SHARE_PCT.max),
            )
        };
        let inflow_pct = pct(self, "inflow_pct", Presence::Required);
        let residential = pct(self, "residential_need_pct", Presence::Default(0.0));
        let other = pct(self, "other_need_pct", Presence::Default(0.0));
        let family_home = if v3 {
            pct(self, "family_home_need_pct", Presence::Default(0.0))
        } else {
            Some(0.0)
        };
        self.need_shares(
            FieldId::Under12ResidentialNeed,
            residential,
            other,
            family_home,
        );
        let substitution =
            self.level_array(obj, "under12", "substitution_pct", max_items, SHARE_PCT);
        let ageing = pct(self, "ageing_pct", Presence::Required);
        Some(Some(Under12 {
            stock: band_stock?,
            mismatch: band_mismatch?,
            inflow_pct: inflow_pct?,
            residential_need_pct: residential?,
            other_need_pct: other?,
            substitution_pct: substitution?,
            ageing_pct: ageing?,
            family_home_need_pct: family_home?,
        }))
    }

    /// The optional `uncertainty` map: `{"field.path": {"low": …, "high": …}}`.
    fn uncertainty(
        &mut self,
        root: &Map<String, Value>,
        years: Option<i64>,
        inflow: Option<&Inflow>,
        schema: u32,
        under12: Option<&Option<Under12>>,
    ) -> Option<Keyed<Range>> {
        // `under12` tells the band's need shares for the check below; whether a block is
        // present at all is read off the file itself.
        let Some(value) = self.get(root, "", "uncertainty", false) else {
            return Some(Keyed::new());
        };
        let Some(map) = value.as_object() else {
            self.type_error("uncertainty", Expected::Object, value);
            return None;
        };
        let mut out = Keyed::new();
        let mut ok = true;
        for (key, entry) in map {
            let path = entry_path(FieldId::Uncertainty, key);
            let field = match crate::scenario::ranges::field_of(key) {
                Some((_, Some(y))) if years.is_some_and(|n| y as i64 >= n) => None,
                Some((field, _)) => Some(field),
                None => None,
            };
            let Some(field) = field else {
                self.push(&path, Rule::NoRange, show(&Value::String(key.clone())));
                ok = false;
                continue;
            };
            // v2: only baseline figures take a range; a lever is decided, not uncertain
            // (MODEL.md §12). A v2 field needs a schema 2 file (reported where it would stand).
            if schema >= 2 && field.role == super::fields::Role::Policy {
                self.push(&path, Rule::RangeOnLever, show(&Value::String(key.clone())));
                ok = false;
                continue;
            }
            if field.id.since() > schema {
                self.push(
                    &path,
                    Rule::NeedsSchema {
                        version: field.id.since(),
                    },
                    show(&Value::String(key.clone())),
                );
                ok = false;
                continue;
            }
            // A range on a part of an absent block (the under-12 band, the population) has
            // nothing to vary.
            let block_absent = |group: FieldId| {
                field.path.starts_with(group.path())
                    && field.path[group.path().len()..].starts_with('.')
                    && root.get(group.path()).is_none_or(Value::is_null)
            };
            if block_absent(FieldId::Under12) || block_absent(FieldId::Population) {
                self.push(&path, Rule::NoRange, show(&Value::String(key.clone())));
                ok = false;
                continue;
            }
            let Some(obj) = self.object(entry, &path, &["low", "high"]) else {
                ok = false;
                continue;
            };
            let bound = |walk: &mut Self, end: &str| -> Option<f64> {
                let v = walk.get(obj, &path, end, true)?;
                let p = join(&path, end);
                if field.is_money() {
                    walk.money_value(v, &p, decimal_max(field.limits()))
                        .map(|e| e.to_f64_lossy())
                } else {
                    walk.number_value(v, &p, Some(field.limits().min), Some(field.limits().max))
                }
            };
            let low = bound(self, "low");
            let high = bound(self, "high");
            match (low, high) {
                (Some(low), Some(high)) if low <= high => {
                    out.insert(key.clone(), Range { low, high });
                }
                (Some(low), Some(_)) => {
                    self.push(&join(&path, "low"), Rule::LowAboveHigh, format_number(low));
                    ok = false;
                }
                _ => ok = false,
            }
        }
        // Every draw must be a valid scenario: the highest need shares together stay ≤ 100, in
        // each band.
        let mut bands = Vec::new();
        if let Some(inflow) = inflow {
            bands.push([
                (FieldId::ResidentialNeed, inflow.residential_need_pct),
                (FieldId::OtherNeed, inflow.other_need_pct),
                (FieldId::InflowFamilyHomeNeed, inflow.family_home_need_pct),
            ]);
        }
        if let Some(Some(band)) = under12 {
            bands.push([
                (FieldId::Under12ResidentialNeed, band.residential_need_pct),
                (FieldId::Under12OtherNeed, band.other_need_pct),
                (FieldId::Under12FamilyHomeNeed, band.family_home_need_pct),
            ]);
        }
        for shares in bands {
            let high =
                |(id, value): (FieldId, f64)| out.get(id.path()).map_or(value, |r: &Range| r.high);
            let sum: f64 = shares.iter().map(|&share| high(share)).sum();
            let ranged = shares.iter().find(|(id, _)| out.contains_key(id.path()));
            if let (Some((key, _)), true) = (ranged, sum > 100.0) {
                let found: Vec<String> = shares
                    .iter()
                    .filter(|&&(id, v)| v > 0.0 || out.contains_key(id.path()) || id != shares[2].0)
                    .map(|&share| format_number(high(share)))
                    .collect();
                self.push(
                    &format!("{}.high", entry_path(FieldId::Uncertainty, key.path())),
                    Rule::NeedSharesAbove100,
                    found.join(" + "),
                );
                ok = false;
            }
        }
        ok.then_some(out)
    }

    /// The need shares of one band together at most 100 % (the residential field names it).
    fn need_shares(
        &mut self,
        at: FieldId,
        residential: Option<f64>,
        other: Option<f64>,
        family_home: Option<f64>,
    ) {
        if let (Some(r), Some(o), Some(g)) = (residential, other, family_home) {
            if r + o + g > 100.0 {
                let found = if g > 0.0 {
                    format!(
                        "{} + {} + {}",
                        format_number(r),
                        format_number(o),
                        format_number(g)
                    )
                } else {
                    format!("{} + {}", format_number(r), format_number(o))
                };
                self.push(at.path(), Rule::NeedSharesAbove100, found);
            }
        }
    }

    fn inflow(
        &mut self,
        root: &Map<String, Value>,
        max_items: usize,
        schema: u32,
    ) -> Option<Inflow> {
        let v2 = schema >= 2;
        let value = self.get(root, "", "inflow", true)?;
        let obj = self.object(
            value,
            "inflow",
            &[
                "per_year",
                "change_pct",
                "residential_need_pct",
                "other_need_pct",
                "trend_pct",
                "substitution_pct",
                "family_home_need_pct",
            ],
        )?;
        let (trend, substitution) = if v2 {
            (
                self.level_array(obj, "inflow", "trend_pct", max_items, CHANGE_PCT),
                self.level_array(obj, "inflow", "substitution_pct", max_items, SHARE_PCT),
            )
        } else {
            (Some(Vec::new()), Some(Vec::new()))
        };
        let pct = || (Some(SHARE_PCT.min), Some(SHARE_PCT.max));
        let per_year = self.number(
            obj,
            "inflow",
            "per_year",
            Presence::Required,
            Some(COUNT.min),
            Some(COUNT.max),
        );
        let change_pct = self.array(obj, "inflow", "change_pct", max_items, |w, v, p| {
            w.number_value(v, p, Some(CHANGE_PCT.min), Some(CHANGE_PCT.max))
        });
        let (lo, hi) = pct();
        let residential = self.number(
            obj,
            "inflow",
            "residential_need_pct",
            Presence::Default(0.0),
            lo,
            hi,
        );
        let (lo, hi) = pct();
        let other = self.number(
            obj,
            "inflow",
            "other_need_pct",
            Presence::Default(0.0),
            lo,
            hi,
        );
        let family_home = if schema >= 3 {
            let (lo, hi) = pct();
            self.number(
                obj,
                "inflow",
                "family_home_need_pct",
                Presence::Default(0.0),
                lo,
                hi,
            )
        } else {
            Some(0.0)
        };
        self.need_shares(FieldId::ResidentialNeed, residential, other, family_home);
        Some(Inflow {
            per_year: per_year?,
            change_pct: change_pct?,
            residential_need_pct: residential?,
            other_need_pct: other?,
            trend_pct: trend?,
            substitution_pct: substitution?,
            family_home_need_pct: family_home?,
        })
    }

    fn foster(
        &mut self,
        root: &Map<String, Value>,
        max_items: usize,
        schema: u32,
    ) -> Option<FosterCare> {
        let v2 = schema >= 2;
        let value = self.get(root, "", "foster", true)?;
        let obj = self.object(
            value,
            "foster",
            &[
                "families",
                "children_per_family",
                "attrition_pct",
                "recruit_per_year",
                "status_quo_recruit_per_year",
                "attrition_change_pts",
                "lead_months",
            ],
        )?;
        let families = self.number(
            obj,
            "foster",
            "families",
            Presence::Required,
            Some(COUNT.min),
            Some(COUNT.max),
        );
        let children_per_family = self.number(
            obj,
            "foster",
            "children_per_family",
            Presence::Required,
            Some(CHILDREN_PER_FAMILY.min),
            Some(CHILDREN_PER_FAMILY.max),
        );
        let attrition_pct = self.number(
            obj,
            "foster",
            "attrition_pct",
            Presence::Required,
            Some(SHARE_PCT.min),
            Some(SHARE_PCT.max),
        );
        let recruit = self.array(obj, "foster", "recruit_per_year", max_items, |w, v, p| {
            w.integer_value(v, p, RECRUIT_PER_YEAR).map(|n| n as u32)
        });
        let status_quo = self.integer(
            obj,
            "foster",
            "status_quo_recruit_per_year",
            Presence::Default(0),
            RECRUIT_PER_YEAR,
        );
        let attrition_change = if v2 {
            self.level_array(obj, "foster", "attrition_change_pts", max_items, CHANGE_PCT)
        } else {
            Some(Vec::new())
        };
        let lead_months = if schema >= 3 {
            self.integer(
                obj,
                "foster",
                "lead_months",
                Presence::Default(0),
                LEAD_MONTHS,
            )
        } else {
            Some(0)
        };
        let mut attrition_ok = true;
        if let (Some(base), Some(changes)) = (attrition_pct, &attrition_change) {
            for (i, c) in changes.iter().enumerate() {
                let att = base + c;
                if !SHARE_PCT.allows(att) {
                    self.push(
                        &format!("{}[{i}]", FieldId::AttritionChange.path()),
                        Rule::ResultingAttrition { attrition: att },
                        format_number(*c),
                    );
                    attrition_ok = false;
                }
            }
        }
        Some(FosterCare {
            families: families?,
            children_per_family: children_per_family?,
            attrition_pct: attrition_pct?,
            recruit_per_year: recruit?,
            status_quo_recruit_per_year: status_quo? as u32,
            attrition_change_pts: attrition_change.filter(|_| attrition_ok)?,
            lead_months: lead_months? as u32,
        })
    }

    fn family_home(&mut self, root: &Map<String, Value>, max_items: usize) -> Option<FamilyHomes> {
        let value = self.get(root, "", "family_home", true)?;
        let obj = self.object(
            value,
            "family_home",
            &["homes", "places_per_home", "new_per_year"],
        )?;
        let homes = self.number(
            obj,
            "family_home",
            "homes",
            Presence::Required,
            Some(HOMES.min),
            Some(HOMES.max),
        );
        let places = self.number(
            obj,
            "family_home",
            "places_per_home",
            Presence::Required,
            Some(PLACES_PER_HOME.min),
            Some(PLACES_PER_HOME.max),
        );
        let new_per_year = self.array(obj, "family_home", "new_per_year", max_items, |w, v, p| {
            w.integer_value(v, p, NEW_HOMES_PER_YEAR).map(|n| n as i32)
        });
        Some(FamilyHomes {
            homes: homes?,
            places_per_home: places?,
            new_per_year: new_per_year?,
        })
    }

    fn cost(&mut self, root: &Map<String, Value>) -> Option<Cost> {
        let value = self.get(root, "", "cost", true)?;
        let obj = self.object(value, "cost", &["per_day", "index_pct"])?;
        let max_price = decimal_max(PRICE_PER_DAY);
        let per_day = self.per_form(obj, "cost", "per_day", |w, v, p| {
            w.money_value(v, p, max_price)
        });
        let index_pct = self.number(
            obj,
            "cost",
            "index_pct",
            Presence::Default(0.0),
            Some(INDEX_PCT.min),
            Some(INDEX_PCT.max),
        );
        Some(Cost {
            per_day: per_day?,
            index_pct: index_pct?,
        })
    }

    fn programme(
        &mut self,
        root: &Map<String, Value>,
        max_items: usize,
        schema: u32,
    ) -> Option<Programme> {
        let v2 = schema >= 2;
        let Some(value) = self.get(root, "", "programme", false) else {
            return Some(Programme {
                cost_per_recruited_family: Euro::ZERO,
                cost_per_new_home: Euro::ZERO,
                lines: Vec::new(),
                printed_totals: Vec::new(),
                cost_per_prevented_placement: Euro::ZERO,
                cost_per_substituted_child: Euro::ZERO,
                cost_per_retained_family: Euro::ZERO,
                unit_costs_from: UnitCostsFrom::Fund,
            });
        };
        let obj = self.object(
            value,
            "programme",
            &[
                "cost_per_recruited_family",
                "cost_per_new_home",
                "lines",
                "printed_totals",
                "cost_per_prevented_placement",
                "cost_per_substituted_child",
                "cost_per_retained_family",
                "unit_costs_from",
            ],
        )?;
        let unit_cost = |w: &mut Self, key: &str| {
            if v2 {
                w.money(
                    obj,
                    "programme",
                    key,
                    Presence::Default(Euro::ZERO),
                    MAX_AMOUNT,
                )
            } else {
                Some(Euro::ZERO)
            }
        };
        let per_prevented = unit_cost(self, "cost_per_prevented_placement");
        let per_substituted = unit_cost(self, "cost_per_substituted_child");
        let per_retained = unit_cost(self, "cost_per_retained_family");
        let per_family = self.money(
            obj,
            "programme",
            "cost_per_recruited_family",
            Presence::Default(Euro::ZERO),
            MAX_AMOUNT,
        );
        let per_home = self.money(
            obj,
            "programme",
            "cost_per_new_home",
            Presence::Default(Euro::ZERO),
            MAX_AMOUNT,
        );
        let lines = self.list(obj, "programme", "lines", MAX_PROGRAMME_LINES, |w, v, p| {
            w.money_line(v, p, max_items)
        });
        let printed = self.array(obj, "programme", "printed_totals", max_items, |w, v, p| {
            if v.is_null() {
                Some(None)
            } else if v.is_string() {
                w.money_value(v, p, MAX_AMOUNT).map(Some)
            } else {
                w.type_error(p, Expected::MoneyStringOrNull, v);
                None
            }
        });
        let unit_costs_from = match obj.get("unit_costs_from").filter(|v| !v.is_null()) {
            Some(v) if schema >= 3 => match v.as_str().and_then(UnitCostsFrom::from_key) {
                Some(u) => Some(u),
                None if v.is_string() => {
                    self.push(
                        FieldId::UnitCostsFrom.path(),
                        Rule::OneOf {
                            allowed: UnitCostsFrom::ALL.iter().map(|u| u.key()).collect(),
                        },
                        show(v),
                    );
                    None
                }
                None => {
                    self.type_error(FieldId::UnitCostsFrom.path(), Expected::String, v);
                    None
                }
            },
            _ => Some(UnitCostsFrom::Fund),
        };
        Some(Programme {
            cost_per_recruited_family: per_family?,
            cost_per_new_home: per_home?,
            lines: lines?,
            printed_totals: printed?,
            cost_per_prevented_placement: per_prevented?,
            cost_per_substituted_child: per_substituted?,
            cost_per_retained_family: per_retained?,
            unit_costs_from: unit_costs_from?,
        })
    }

    fn target(&mut self, value: &Value, path: &str, parts: &TargetParts) -> Option<Target> {
        let obj = self.object(value, path, &["year", "metric", "op", "value"])?;
        let year = self.integer(obj, path, "year", Presence::Required, TARGET_YEAR);
        if let (Some(y), Some(first), Some(n)) = (year, parts.start_year, parts.years) {
            let last = first + n - 1;
            if y < first || y > last {
                self.push(
                    &join(path, "year"),
                    Rule::YearOutsideProjection {
                        first: first as i32,
                        last: last as i32,
                    },
                    y.to_string(),
                );
            }
        }
        let metric = match self.get(obj, path, "metric", true) {
            None => None,
            Some(v) => {
                let found = v.as_str().and_then(Metric::from_key);
                if found.is_none() {
                    self.push(
                        &join(path, "metric"),
                        Rule::OneOf {
                            allowed: Metric::ALL.iter().map(|m| m.key()).collect(),
                        },
                        show(v),
                    );
                }
                found
            }
        };
        // A metric of v2 needs a schema 2 file, and its part of the scenario (MODEL.md §3).
        if let Some(m) = metric {
            let metric_path = join(path, "metric");
            let found = || show(&Value::String(m.key().to_string()));
            if m.since() > parts.schema {
                self.push(
                    &metric_path,
                    Rule::NeedsSchema { version: m.since() },
                    found(),
                );
            } else {
                let has = match m.needs() {
                    MetricNeeds::Nothing => true,
                    MetricNeeds::Population => parts.population,
                    MetricNeeds::Under12 => parts.under12,
                    MetricNeeds::Capacity => match (year, parts.start_year, &parts.capacity) {
                        (Some(y), Some(first), Some(plan)) => usize::try_from(y - first)
                            .ok()
                            .and_then(|i| plan.get(i).copied().flatten())
                            .is_some(),
                        // The year is reported above when it cannot be read.
                        (None, _, _) | (_, None, _) => true,
                        (_, _, None) => false,
                    },
                };
                if !has {
                    self.push(&metric_path, Rule::MetricNeedsPart(m.needs()), found());
                }
            }
        }
        let op = match self.get(obj, path, "op", true) {
            None => None,
            Some(v) => {
                let found = match v.as_str() {
                    Some(">=") => Some(Op::AtLeast),
                    Some("<=") => Some(Op::AtMost),
                    _ => None,
                };
                if found.is_none() {
                    self.push(
                        &join(path, "op"),
                        Rule::OneOf {
                            allowed: vec![">=", "<="],
                        },
                        show(v),
                    );
                }
                found
            }
        };
        let target_value = self.number(
            obj,
            path,
            "value",
            Presence::Required,
            Some(Limit::incl(-MAX_TARGET_ABS)),
            Some(Limit::incl(MAX_TARGET_ABS)),
        );
        Some(Target {
            year: year? as i32,
            metric: metric?,
            op: op?,
            value: target_value?,
        })
    }

    fn sources(&mut self, root: &Map<String, Value>) -> Option<Keyed<Source>> {
        let Some(value) = self.get(root, "", "sources", false) else {
            return Some(Keyed::new());
        };
        let map = value.as_object().or_else(|| {
            self.type_error("sources", Expected::Object, value);
            None
        })?;
        let known = known_paths_in(root);
        let mut out = Keyed::new();
        let mut ok = true;
        for (key, entry) in map {
            let path = entry_path(FieldId::Sources, key);
            if !known.iter().any(|k| k == key) {
                self.push(
                    &path,
                    Rule::UnknownSourcePath,
                    show(&Value::String(key.clone())),
                );
                ok = false;
            }
            let Some(obj) = self.object(entry, &path, &["kind", "note"]) else {
                ok = false;
                continue;
            };
            let kind = match self.get(obj, &path, "kind", true) {
                Some(Value::String(s)) if s == "plan" => Some(SourceKind::Plan),
                Some(Value::String(s)) if s == "assumption" => Some(SourceKind::Assumption),
                Some(v) => {
                    self.push(
                        &join(&path, "kind"),
                        Rule::OneOf {
                            allowed: vec!["plan", "assumption"],
                        },
                        show(v),
                    );
                    None
                }
                None => None,
            };
            let note = self.text(obj, &path, "note", MAX_NOTE_CHARS);
            match (kind, note) {
                (Some(kind), Some(note)) => {
                    out.insert(key.clone(), Source { kind, note });
                }
                _ => ok = false,
            }
        }
        ok.then_some(out)
    }
}

/// The fields of format `version` or newer a raw scenario holds (not null), with the version
/// that introduced each; the outermost of a group only.
fn fields_since(root: &Map<String, Value>, version: u32) -> Vec<(&'static str, &Value, u32)> {
    use super::fields::FIELDS;
    let mut found: Vec<(&'static str, &Value, u32)> = Vec::new();
    for field in FIELDS.iter().filter(|f| f.id.since() >= version) {
        let inside_found = found
            .iter()
            .any(|(r, _, _)| field.path.starts_with(r) && field.path[r.len()..].starts_with('.'));
        if inside_found {
            continue;
        }
        let mut parts = field.path.split('.');
        let mut here = parts.next().and_then(|k| root.get(k));
        for key in parts {
            here = here.and_then(|v| v.get(key));
        }
        if let Some(v) = here.filter(|v| !v.is_null()) {
            found.push((field.path, v, field.id.since()));
        }
    }
    found
}

/// The scenario as a file written by the app or the CLI: the current schema (MODEL.md §3:
/// what the app and the CLI write is schema 3), raised as an edit raises it (a v1 range on the
/// inflow change moves to the baseline trend, with its note); the figures are the same
/// (MODEL.md §9).
pub fn to_file_json(scenario: &Scenario) -> String {
    to_file_json_based_on(scenario, None)
}

/// For tests: `scenario` as a file of `schema` with `edit` applied to its JSON, validated.
#[cfg(test)]
pub fn edited_as(scenario: &Scenario, schema: u32, edit: impl FnOnce(&mut Value)) -> Scenario {
    let mut v = serde_json::to_value(scenario).unwrap_or_default();
    v["schema"] = schema.into();
    edit(&mut v);
    parse_value(&v).unwrap_or_else(|e| panic!("{e:?}"))
}

/// The lowest format version that can hold a raw scenario: the newest version among its fields,
/// the metrics it names and the fields its ranges are on (1 when none is newer). Share links
/// and the editor write the scenario with it, so that adding a newer field to an older plan
/// upgrades it instead of being refused.
pub fn needed_schema(root: &Value) -> u32 {
    let Some(map) = root.as_object() else {
        return 1;
    };
    let metrics = map
        .get("targets")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|t| Metric::from_key(t.get("metric")?.as_str()?))
        .map(Metric::since);
    let ranges = map
        .get("uncertainty")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|m| m.keys())
        .filter_map(|key| crate::scenario::ranges::field_of(key))
        .map(|(f, _)| f.id.since());
    let fields = fields_since(map, 2).into_iter().map(|(_, _, v)| v);
    metrics.chain(ranges).chain(fields).fold(1, u32::max)
}

/// Raises a raw scenario to the lowest format version that holds it (never lowers it): a v2
/// field added to a v1 plan in the editor or a share link makes it a schema 2 scenario. A v1
/// range on the inflow change, a lever in v2 (MODEL.md §12), moves to the baseline trend
/// (`inflow.change_pct[2]` → `inflow.trend_pct[2]`), where v2 puts that uncertainty; so do the
/// notes of such ranges, in the raw scenario's `sources` and in `notes`. Returns the schema.
pub fn upgrade_schema(root: &mut Value, notes: Option<&mut Keyed<Source>>) -> u32 {
    upgrade_schema_to(root, notes, 1)
}

/// [`upgrade_schema`] to at least schema `at_least`: what a written file gets (MODEL.md §3:
/// what the app and the CLI write is schema 3), raised the same way.
pub fn upgrade_schema_to(
    root: &mut Value,
    notes: Option<&mut Keyed<Source>>,
    at_least: u32,
) -> u32 {
    let current = root.get("schema").and_then(Value::as_u64).unwrap_or(1) as u32;
    let needed = needed_schema(root);
    let schema = current.max(needed).max(at_least);
    if let Some(map) = root.as_object_mut() {
        map.insert("schema".into(), Value::from(schema));
    }
    if current < 2 && schema >= 2 {
        if let Some(ranges) = root.get_mut("uncertainty").and_then(Value::as_object_mut) {
            move_keys(ranges, "");
        }
        if let Some(sources) = root.get_mut("sources").and_then(Value::as_object_mut) {
            move_keys(sources, "uncertainty.");
        }
        if let Some(notes) = notes {
            let moved: Vec<(String, String)> = notes
                .keys()
                .filter_map(|k| Some((k.clone(), v2_range_key(k, "uncertainty.")?)))
                .collect();
            for (old, new) in moved {
                if let Some(note) = notes.remove(&old) {
                    if !notes.contains_key(&new) {
                        notes.insert(new, note);
                    }
                }
            }
        }
    }
    schema
}

/// Moves every key that [`v2_range_key`] renames, unless its new key is taken.
fn move_keys(map: &mut Map<String, Value>, prefix: &str) {
    let moved: Vec<(String, String)> = map
        .keys()
        .filter_map(|k| Some((k.clone(), v2_range_key(k, prefix)?)))
        .collect();
    for (old, new) in moved {
        if let Some(value) = map.remove(&old) {
            map.entry(new).or_insert(value);
        }
    }
}

/// The v2 key of a v1 range key on the inflow change (with `prefix` before it).
fn v2_range_key(key: &str, prefix: &str) -> Option<String> {
    let rest = key
        .strip_prefix(prefix)?
        .strip_prefix(FieldId::InflowChange.path())?;
    (rest.is_empty() || rest.starts_with('['))
        .then(|| format!("{prefix}{}{rest}", FieldId::InflowTrend.path()))
}

/// Every field path a `sources` key may name in this scenario: fields, sub-fields and the
/// elements of its arrays (`inflow.change_pct[2]`, `programme.lines[0].amounts[1]`, `targets[0]`).
pub fn known_paths(s: &Scenario) -> Vec<String> {
    match serde_json::to_value(s) {
        Ok(Value::Object(root)) => known_paths_in(&root),
        _ => Vec::new(),
    }
}

/// [`known_paths`] read off the raw file, so that `sources` is checked even when other fields
/// are invalid (array lengths are taken as found; a non-array counts as empty).
pub(crate) fn known_paths_in(root: &Map<String, Value>) -> Vec<String> {
    use super::fields::{FieldId, PerYear, FIELDS};
    // Every field of the table a note can name (not the notes themselves, the ranges map or the
    // parts of a list entry, which are named with their index below).
    let mut paths: Vec<String> = FIELDS
        .iter()
        .filter(|f| {
            !f.id.is_entry_part() && !matches!(f.id, FieldId::Sources | FieldId::Uncertainty)
        })
        .map(|f| f.path.to_string())
        .collect();
    let lookup = |path: &str| -> Option<&Value> {
        let mut parts = path.split('.');
        let mut value = root.get(parts.next()?)?;
        for key in parts {
            value = value.get(key)?;
        }
        Some(value)
    };
    let length = |path: &str| lookup(path).and_then(Value::as_array).map_or(0, Vec::len);
    let lists = FIELDS
        .iter()
        .filter(|f| {
            !f.id.is_entry_part() && (f.per_year != PerYear::No || f.id == FieldId::Targets)
        })
        .map(|f| f.path);
    for base in lists {
        for i in 0..length(base) {
            paths.push(format!("{base}[{i}]"));
        }
    }
    if let Some(ranges) = root.get("uncertainty").and_then(Value::as_object) {
        for key in ranges.keys() {
            paths.push(format!("uncertainty.{key}"));
        }
    }
    let lines = lookup(FieldId::ProgrammeLines.path()).and_then(Value::as_array);
    for (i, line) in lines.into_iter().flatten().enumerate() {
        let base = format!("{}[{i}]", FieldId::ProgrammeLines.path());
        paths.push(format!("{base}.label"));
        paths.push(format!("{base}.amounts"));
        let n = line
            .get("amounts")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        for j in 0..n {
            paths.push(format!("{base}.amounts[{j}]"));
        }
        paths.push(base);
    }
    paths
}

fn format_number(x: f64) -> String {
    format!("{x}")
}

fn decimal_limit(d: Decimal) -> f64 {
    use rust_decimal::prelude::ToPrimitive;
    d.to_f64().unwrap_or(f64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_file() {
        let file = crate::presets::default_preset().scenario().to_json();
        let with_bom = format!("\u{feff}{file}");
        assert_eq!(parse(&with_bom), parse(&file));
        assert!(parse(&with_bom).is_ok());
        // Only at the start: one in the middle is still an error.
        assert!(parse(&format!("{file}\u{feff}")).is_err());
    }

    pub(crate) const MINIMAL: &str = r#"{
        "schema": 1, "start_year": 2019, "years": 4,
        "stock": {"foster": 100, "family_home": 20, "residential": 50, "other": 10},
        "stay_months": {"foster": 48, "family_home": 36, "residential": 12, "other": 6},
        "inflow": {"per_year": 100},
        "foster": {"families": 90, "children_per_family": 1.2, "attrition_pct": 14},
        "family_home": {"homes": 6, "places_per_home": 3.5},
        "cost": {"per_day": {"foster": "55.00", "family_home": "180", "residential": "225.00", "other": "450.00"}}
    }"#;

    /// [`MINIMAL`] as a schema 2 file with a population and an (empty) under-12 band.
    fn v2_minimal() -> String {
        with(|v| {
            v["schema"] = 2.into();
            v["population"] = serde_json::json!({"children": 50000});
            v["under12"] = serde_json::json!({
                "stock": {"foster": 0, "family_home": 0, "residential": 0, "other": 0},
                "inflow_pct": 0, "ageing_pct": 0
            });
        })
    }

    fn errors_of(text: &str) -> Vec<ValidationError> {
        parse(text).expect_err("should be invalid")
    }

    /// The rule of the error at `path`, if any.
    fn rule_at(errors: &[ValidationError], path: &str) -> Option<Rule> {
        errors
            .iter()
            .find(|e| e.path == path)
            .map(|e| e.rule.clone())
    }

    fn with(field_edit: impl FnOnce(&mut Value)) -> String {
        let mut v: Value = serde_json::from_str(MINIMAL).unwrap();
        field_edit(&mut v);
        v.to_string()
    }

    /// The minimal scenario with field `field` set to `x` as the file writes it: money as a
    /// string, a whole number as an integer, a per-year field as a one-year array.
    fn with_field_at(field: &crate::scenario::fields::Field, x: f64) -> String {
        use crate::scenario::fields::{Kind, PerYear};
        with(|v| {
            if field.id.since() >= 2 {
                *v = serde_json::from_str(&v2_minimal()).unwrap();
                v["schema"] = field.id.since().into();
            }
            let mut here = &mut *v;
            let parts: Vec<&str> = field.path.split('.').collect();
            for key in &parts[..parts.len() - 1] {
                here = &mut here[*key];
            }
            let value = match field.kind {
                Kind::Money => Value::String(crate::money::euro_text_from_f64(x)),
                Kind::Integer => serde_json::json!(x as i64),
                _ => serde_json::json!(x),
            };
            here[parts[parts.len() - 1]] = match field.per_year {
                PerYear::No => value,
                _ => serde_json::json!([value]),
            };
        })
    }

    #[test]
    fn ranges_read_and_write_in_the_fields_units() {
        let text = with(|v| {
            v["uncertainty"] = serde_json::json!({
                "cost.per_day.residential": {"low": "150.00", "high": "300"},
                "stay_months.foster": {"low": 36, "high": 60.5},
                "inflow.change_pct": {"low": -3, "high": 1},
                "inflow.change_pct[3]": {"low": -5, "high": -5}
            });
            v["sources"] = serde_json::json!({
                "uncertainty.stay_months.foster": {"kind": "assumption", "note": "36–60 months"}
            });
        });
        let s = parse(&text).unwrap();
        assert_eq!(s.uncertainty.len(), 4);
        assert_eq!(
            s.uncertainty["cost.per_day.residential"],
            Range {
                low: 150.0,
                high: 300.0
            }
        );
        assert_eq!(s.uncertainty["inflow.change_pct[3]"].low, -5.0);
        let json = s.to_json();
        assert!(json.contains(r#""low": "150.00""#), "{json}");
        assert!(json.contains(r#""high": 60.5"#), "{json}");
        assert_eq!(parse(&json).unwrap(), s);
    }

    #[test]
    fn range_errors_name_the_key_and_the_rule() {
        let text = with(|v| {
            v["uncertainty"] = serde_json::json!({
                "foster.recruit_per_year": {"low": 1, "high": 2},
                "inflow.change_pct[4]": {"low": 0, "high": 1},
                "stay_months.other": {"low": 9, "high": 3},
                "stay_months.foster": {"low": 0, "high": 30},
                "cost.per_day.other": {"low": 100, "high": "200.001"},
                "foster.attrition_pct": {"low": 1},
                "inflow.other_need_pct": {"low": 0, "high": 100},
                "cost.index_pct": {"low": 0, "high": 1, "mode": 0.5}
            });
            v["inflow"]["residential_need_pct"] = serde_json::json!(30);
        });
        let got: Vec<(String, &str)> = errors_of(&text)
            .iter()
            .map(|e| (e.path.clone(), e.rule_code()))
            .collect();
        for expected in [
            (r#"uncertainty["foster.recruit_per_year"]"#, "no_range"),
            (r#"uncertainty["inflow.change_pct[4]"]"#, "no_range"),
            (r#"uncertainty["stay_months.other"].low"#, "low_above_high"),
            (r#"uncertainty["stay_months.foster"].low"#, "range"),
            (r#"uncertainty["cost.per_day.other"].low"#, "type"),
            (
                r#"uncertainty["cost.per_day.other"].high"#,
                "max_two_decimals",
            ),
            (r#"uncertainty["foster.attrition_pct"].high"#, "required"),
            (
                r#"uncertainty["inflow.other_need_pct"].high"#,
                "need_shares_above_100",
            ),
            (r#"uncertainty["cost.index_pct"].mode"#, "unknown_field"),
        ] {
            assert!(
                got.contains(&(expected.0.to_string(), expected.1)),
                "{expected:?} not in {got:?}"
            );
        }
        // Without the map, nothing changes: old files stay valid.
        assert!(parse(MINIMAL).unwrap().uncertainty.is_empty());
    }

    /// The bounds of `uncertainty::FIELDS` are the parser's: a value at each inclusive bound is
    /// accepted in the field itself, a value just outside is refused.
    #[test]
    fn range_bounds_match_the_fields_bounds() {
        for field in crate::scenario::ranges::fields() {
            let set = |x: f64| with_field_at(field, x);
            let step = if field.is_money() { 0.01 } else { 1e-6 };
            for (bound, inclusive, outside) in [
                (
                    field.limits().min.value,
                    field.limits().min.inclusive,
                    field.limits().min.value - step,
                ),
                (
                    field.limits().max.value,
                    field.limits().max.inclusive,
                    field.limits().max.value + step,
                ),
            ] {
                assert_eq!(
                    parse(&set(bound)).is_ok(),
                    inclusive,
                    "{} at {bound}",
                    field.path
                );
                assert!(parse(&set(outside)).is_err(), "{} at {outside}", field.path);
                assert_eq!(field.allows(bound), inclusive, "{}", field.path);
                assert!(!field.allows(outside), "{}", field.path);
            }
        }
    }

    /// Every bounded field of the table (`scenario::fields`) is checked by the parser against
    /// the table's own bounds: just beyond either end is a range error at that field's path, and
    /// at an inclusive end there is none.
    #[test]
    fn the_parser_checks_every_field_against_the_table() {
        use crate::scenario::fields::{Kind, PerYear, FIELDS};
        let mut checked = 0;
        for field in FIELDS {
            let Some(bounds) = field.bounds else { continue };
            if field.id.is_entry_part() || field.id == crate::scenario::fields::FieldId::Years {
                continue; // list entries are checked by their own tests; years sizes the rest
            }
            let path = match field.per_year {
                PerYear::No => field.path.to_string(),
                _ => format!("{}[0]", field.path),
            };
            let set = |x: f64| with_field_at(field, x);
            let step = match field.kind {
                Kind::Money => 0.01,
                Kind::Integer => 1.0,
                _ => 1e-6,
            };
            let range_error_at = |x: f64| {
                parse(&set(x)).err().is_some_and(|errors| {
                    errors
                        .iter()
                        .any(|e| e.path == path && matches!(e.rule, Rule::Range { .. }))
                })
            };
            for (end, outside) in [
                (bounds.min, bounds.min.value - step),
                (bounds.max, bounds.max.value + step),
            ] {
                // Money has no amount below zero to write; the parser refuses a minus sign.
                if field.kind == Kind::Money && outside < 0.0 {
                    continue;
                }
                assert!(range_error_at(outside), "{path} at {outside}");
                if end.inclusive {
                    assert!(!range_error_at(end.value), "{path} at {}", end.value);
                }
            }
            checked += 1;
        }
        assert!(checked > 25, "{checked} fields checked");
    }

    #[test]
    fn minimal_scenario_parses_with_defaults() {
        let s = parse(MINIMAL).unwrap();
        assert_eq!(s.years, 4);
        assert_eq!(s.mismatch, 0.0);
        assert_eq!(s.cost.index_pct, 0.0);
        assert!(s.inflow.change_pct.is_empty());
        assert_eq!(s.cost.per_day.family_home, Euro(Decimal::from(180)));
        assert_eq!(s.programme.cost_per_new_home, Euro::ZERO);
        assert!(s.targets.is_empty());
    }

    #[test]
    fn round_trips_through_json() {
        let s = parse(MINIMAL).unwrap();
        let again = parse(&s.to_json()).unwrap();
        assert_eq!(s, again);
    }

    #[test]
    fn unknown_fields_are_errors_with_their_path() {
        let errors = errors_of(&with(|v| {
            v["inflow"]["per_yaer"] = 5.into();
            v["colour"] = "red".into();
        }));
        let paths: Vec<_> = errors
            .iter()
            .map(|e| (e.path.as_str(), e.rule_code()))
            .collect();
        assert!(
            paths.contains(&("inflow.per_yaer", "unknown_field")),
            "{paths:?}"
        );
        assert!(paths.contains(&("colour", "unknown_field")), "{paths:?}");
    }

    #[test]
    fn all_errors_are_reported_together() {
        let errors = errors_of(&with(|v| {
            v["years"] = 2.into();
            v["inflow"]["change_pct"] = serde_json::json!([1, 2, 300]);
            v["stock"]["foster"] = (-1).into();
            v["cost"]["per_day"]["other"] = "12.345".into();
            v["foster"].as_object_mut().unwrap().remove("attrition_pct");
        }));
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.path.clone(), e.rule_code()))
            .collect();
        for want in [
            ("inflow.change_pct", "max_items"),
            ("inflow.change_pct[2]", "range"),
            ("stock.foster", "range"),
            ("cost.per_day.other", "max_two_decimals"),
            ("foster.attrition_pct", "required"),
        ] {
            assert!(
                got.contains(&(want.0.to_string(), want.1)),
                "{want:?} not in {got:?}"
            );
        }
        let range = errors
            .iter()
            .find(|e| e.path == "inflow.change_pct[2]")
            .unwrap();
        assert_eq!(range.found, "300");
        assert_eq!(range.rule_en(), "must be between -100 and 100");
    }

    #[test]
    fn money_must_be_a_string() {
        let errors = errors_of(&with(|v| v["cost"]["per_day"]["foster"] = 55.5.into()));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "cost.per_day.foster");
        assert_eq!(
            errors[0].rule,
            Rule::Type {
                expected: Expected::MoneyString
            }
        );
        assert_eq!(errors[0].found, "55.5");
    }

    #[test]
    fn cross_field_rules() {
        let errors = errors_of(&with(|v| {
            v["mismatch"] = 60.into();
            v["inflow"]["residential_need_pct"] = 70.into();
            v["inflow"]["other_need_pct"] = 40.into();
            v["targets"] = serde_json::json!([{"year": 2030, "metric": "family_share_pct", "op": ">=", "value": 60}]);
        }));
        let codes: Vec<_> = errors.iter().map(|e| e.rule_code()).collect();
        assert!(codes.contains(&"mismatch_above_residential"), "{codes:?}");
        assert!(codes.contains(&"need_shares_above_100"), "{codes:?}");
        assert!(codes.contains(&"year_outside_projection"), "{codes:?}");
    }

    #[test]
    fn targets_name_known_metrics_and_ops() {
        let errors = errors_of(&with(|v| {
            v["targets"] = serde_json::json!([{"year": 2020, "metric": "family_share", "op": ">", "value": 60}]);
        }));
        let paths: Vec<_> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, vec!["targets[0].metric", "targets[0].op"]);
    }

    #[test]
    fn sources_must_name_existing_fields() {
        let errors = errors_of(&with(|v| {
            v["sources"] = serde_json::json!({
                "cost.per_day.residential": {"kind": "plan", "note": "ok"},
                "cost.per_day.castle": {"kind": "plan", "note": "no such form"},
                "inflow.change_pct[0]": {"kind": "guess", "note": "no such element"}
            });
        }));
        let got: Vec<_> = errors
            .iter()
            .map(|e| (e.path.as_str(), e.rule_code()))
            .collect();
        assert!(
            got.contains(&("sources[\"cost.per_day.castle\"]", "unknown_source_path")),
            "{got:?}"
        );
        assert!(
            got.contains(&("sources[\"inflow.change_pct[0]\"]", "unknown_source_path")),
            "{got:?}"
        );
        assert!(
            got.contains(&("sources[\"inflow.change_pct[0]\"].kind", "one_of")),
            "{got:?}"
        );
    }

    #[test]
    fn files_are_written_as_schema_3_with_the_same_figures() {
        // A v1 plan (schema 1, a range on the inflow change) written as a file: schema 3, the
        // range on the baseline trend, the same projection (MODEL.md §3, §9).
        let v1 = crate::presets::gooi_v1();
        assert_eq!(v1.schema, 1);
        assert!(v1
            .uncertainty
            .keys()
            .any(|k| k.starts_with("inflow.change_pct")));
        let written = parse(&to_file_json(&v1)).unwrap();
        assert_eq!(written.schema, 3);
        assert!(written
            .uncertainty
            .keys()
            .any(|k| k.starts_with("inflow.trend_pct")));
        assert!(!written
            .uncertainty
            .keys()
            .any(|k| k.starts_with("inflow.change_pct")));
        let (a, b) = (
            crate::engine::project(&v1),
            crate::engine::project(&written),
        );
        assert_eq!(a.total_care_cost, b.total_care_cost);
        assert_eq!(a.years, b.years);
        // A current preset is written as it is.
        let preset = crate::presets::default_preset().scenario();
        assert_eq!(parse(&to_file_json(&preset)).unwrap(), preset);
    }

    #[test]
    fn other_schema_versions_are_refused_alone() {
        let errors = errors_of(&with(|v| {
            v["schema"] = 4.into();
            v["new_field"] = true.into();
        }));
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].rule, Rule::SchemaVersion { supported: 3 });
    }

    #[test]
    fn a_v3_field_in_an_older_file_says_to_write_schema_3() {
        let v2: Value = serde_json::from_str(&v2_minimal()).unwrap();
        let with = |edit: &dyn Fn(&mut Value)| {
            let mut v = v2.clone();
            edit(&mut v);
            parse(&v.to_string()).err().unwrap_or_default()
        };
        let errors = with(&|v| {
            v["foster"]["lead_months"] = 3.into();
            v["programme"] = serde_json::json!({"unit_costs_from": "regular"});
            v["targets"] = serde_json::json!([{"year": 2019, "metric": "lack_of_place_placements", "op": "<=", "value": 1}]);
        });
        let at = |path: &str| rule_at(&errors, path);
        assert_eq!(
            at("foster.lead_months"),
            Some(Rule::NeedsSchema { version: 3 })
        );
        assert_eq!(
            at("programme.unit_costs_from"),
            Some(Rule::NeedsSchema { version: 3 })
        );
        assert_eq!(
            at("targets[0].metric"),
            Some(Rule::NeedsSchema { version: 3 })
        );
        let message = errors
            .iter()
            .find(|e| e.path == "foster.lead_months")
            .unwrap()
            .to_string();
        assert!(message.contains("write \"schema\": 3"), "{message}");
        // The same file as schema 3 is valid; a wrong word for who pays is refused by name.
        let ok = with(&|v| {
            v["schema"] = 3.into();
            v["foster"]["lead_months"] = 3.into();
        });
        assert!(ok.is_empty(), "{ok:?}");
        let wrong = with(&|v| {
            v["schema"] = 3.into();
            v["programme"] = serde_json::json!({"unit_costs_from": "gemeente"});
        });
        assert_eq!(wrong.len(), 1);
        assert_eq!(wrong[0].path, "programme.unit_costs_from");
        assert!(matches!(wrong[0].rule, Rule::OneOf { .. }));
        // Need shares of a band, a family home's included, sum to at most 100.
        let over = with(&|v| {
            v["schema"] = 3.into();
            v["inflow"]["residential_need_pct"] = 60.into();
            v["inflow"]["other_need_pct"] = 30.into();
            v["inflow"]["family_home_need_pct"] = 20.into();
        });
        assert_eq!(over.len(), 1, "{over:?}");
        assert_eq!(over[0].rule, Rule::NeedSharesAbove100);
    }

    #[test]
    fn a_v2_field_in_a_schema_1_file_says_to_write_schema_2() {
        let errors = errors_of(&with(|v| {
            v["inflow"]["trend_pct"] = serde_json::json!([1.5]);
            v["under12"] = serde_json::json!({"inflow_pct": 10});
            v["programme"] = serde_json::json!({"cost_per_retained_family": "500.00"});
            v["targets"] = serde_json::json!([{"year": 2020, "metric": "users_count", "op": ">=", "value": 1}]);
            v["stay_months"]["foster"] = 0.into();
        }));
        let at = |path: &str| rule_at(&errors, path);
        assert_eq!(
            at("inflow.trend_pct"),
            Some(Rule::NeedsSchema { version: 2 })
        );
        // The outermost v2 field only: the band, not its parts.
        assert_eq!(at("under12"), Some(Rule::NeedsSchema { version: 2 }));
        assert_eq!(at("under12.inflow_pct"), None);
        assert_eq!(
            at("programme.cost_per_retained_family"),
            Some(Rule::NeedsSchema { version: 2 })
        );
        assert_eq!(
            at("targets[0].metric"),
            Some(Rule::NeedsSchema { version: 2 })
        );
        // Every other problem is still reported.
        assert!(matches!(at("stay_months.foster"), Some(Rule::Range { .. })));
        assert_eq!(errors.len(), 5, "{errors:?}");
        let e = errors.iter().find(|e| e.path == "under12").unwrap();
        assert_eq!(
            e.to_string(),
            "under12: is part of format v2: write \"schema\": 2 to use it (found: {\"inflow_pct\":10})"
        );
    }

    #[test]
    fn a_schema_2_file_without_v2_fields_reads_as_its_schema_1_twin() {
        let v1 = parse(MINIMAL).unwrap();
        let v2 = parse(&with(|v| v["schema"] = 2.into())).unwrap();
        assert_eq!(v2.schema, 2);
        assert_eq!(Scenario { schema: 1, ..v2 }, v1);
    }

    #[test]
    fn null_means_absent() {
        let s = parse(&with(|v| {
            v["schema"] = 2.into();
            v["mismatch"] = Value::Null;
            v["population"] = Value::Null;
            v["under12"] = Value::Null;
            v["residential_capacity"] = Value::Null;
            v["inflow"]["substitution_pct"] = Value::Null;
            v["programme"] = serde_json::json!({"cost_per_prevented_placement": null});
        }))
        .unwrap();
        assert_eq!(s.mismatch, 0.0);
        assert!(s.population.is_none() && s.under12.is_none());
        assert!(s.residential_capacity.is_none());
        assert!(s.inflow.substitution_pct.is_empty());
        // A required field written as null is missing.
        let errors = errors_of(&with(|v| v["years"] = Value::Null));
        assert_eq!(errors[0].path, "years");
        assert_eq!(errors[0].rule, Rule::Required);
    }

    #[test]
    fn level_arrays_repeat_their_last_entry() {
        let s = parse(&with(|v| {
            v["schema"] = 2.into();
            v["inflow"]["substitution_pct"] = serde_json::json!([10, 25]);
            v["inflow"]["trend_pct"] = serde_json::json!([3]);
        }))
        .unwrap();
        let levels: Vec<f64> = (0..4).map(|y| s.substitution_pct(y)).collect();
        assert_eq!(levels, vec![10.0, 25.0, 25.0, 25.0]);
        // A change array's missing tail is 0.
        let changes: Vec<f64> = (0..4).map(|y| s.trend_pct(y)).collect();
        assert_eq!(changes, vec![3.0, 0.0, 0.0, 0.0]);
        assert_eq!(s.attrition_change(2), 0.0);
    }

    #[test]
    fn resulting_stays_and_attrition_stay_in_bounds() {
        let errors = errors_of(&with(|v| {
            v["schema"] = 2.into();
            // 6 months × (1 − 0.9) = 0.6 months; 14 % − 20 points = −6 %.
            v["stay_change_pct"] = serde_json::json!({"other": [0, -90], "residential": [-50]});
            v["foster"]["attrition_change_pts"] = serde_json::json!([-4, -20]);
        }));
        assert_eq!(errors.len(), 2, "{errors:?}");
        let stay = errors
            .iter()
            .find(|e| e.path == "stay_change_pct.other[1]")
            .unwrap();
        assert!(matches!(stay.rule, Rule::ResultingStay { stay, .. } if (stay - 0.6).abs() < 1e-9));
        let attrition = errors
            .iter()
            .find(|e| e.path == "foster.attrition_change_pts[1]")
            .unwrap();
        assert_eq!(attrition.rule, Rule::ResultingAttrition { attrition: -6.0 });
        assert_eq!(
            stay.to_string(),
            "stay_change_pct.other[1]: gives a length of stay of 0.6 months; it must be between 1 and 240 (found: -90)"
        );
    }

    #[test]
    fn the_under12_band_is_part_of_the_whole() {
        let errors = errors_of(&with(|v| {
            v["schema"] = 2.into();
            v["mismatch"] = 10.into();
            v["under12"] = serde_json::json!({
                "stock": {"foster": 101, "family_home": 5, "residential": 45, "other": 0},
                "mismatch": 2, "inflow_pct": 30, "ageing_pct": 12,
                "residential_need_pct": 70, "other_need_pct": 40
            });
        }));
        let rules: Vec<(&str, &Rule)> = errors.iter().map(|e| (e.path.as_str(), &e.rule)).collect();
        assert!(rules.contains(&(
            "under12.stock.foster",
            &Rule::PartAboveWhole {
                whole: "stock.foster".into()
            }
        )));
        // 10 − 2 = 8 mismatched children aged 12+ but only 50 − 45 = 5 residential aged 12+.
        assert!(rules.contains(&("under12.mismatch", &Rule::OlderMismatchAboveResidential)));
        assert!(rules.contains(&("under12.residential_need_pct", &Rule::NeedSharesAbove100)));
        assert_eq!(errors.len(), 3, "{errors:?}");
        // Required parts of the band.
        let errors = errors_of(&with(|v| {
            v["schema"] = 2.into();
            v["under12"] = serde_json::json!({"stock": {"foster": 1, "family_home": 0, "residential": 0, "other": 0}});
        }));
        let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
        assert_eq!(paths, vec!["under12.inflow_pct", "under12.ageing_pct"]);
    }

    #[test]
    fn a_metric_needs_its_part() {
        let target = |metric: &str, year: i32| serde_json::json!([{"year": year, "metric": metric, "op": "<=", "value": 0}]);
        for (metric, part) in [
            ("placements_per_1000", MetricNeeds::Population),
            ("residential_count_under12", MetricNeeds::Under12),
            ("residential_admissions_under12", MetricNeeds::Under12),
            ("residential_shortfall", MetricNeeds::Capacity),
        ] {
            let errors = errors_of(&with(|v| {
                v["schema"] = 2.into();
                v["targets"] = target(metric, 2020);
            }));
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].path, "targets[0].metric");
            assert_eq!(errors[0].rule, Rule::MetricNeedsPart(part));
        }
        // A capacity value (not null) in the target's year.
        let capacity = |year: i32| {
            parse(&with(|v| {
                v["schema"] = 2.into();
                v["residential_capacity"] = serde_json::json!([40, null]);
                v["targets"] = target("residential_shortfall", year);
            }))
        };
        assert!(capacity(2019).is_ok());
        assert!(capacity(2020).is_err());
        assert!(capacity(2021).is_err());
        assert!(parse(&v2_minimal()).is_ok());
        let with_parts = |metric: &str| {
            let mut v: Value = serde_json::from_str(&v2_minimal()).unwrap();
            v["targets"] = target(metric, 2022);
            parse(&v.to_string())
        };
        assert!(with_parts("placements_per_1000").is_ok());
        assert!(with_parts("other_count_under12").is_ok());
    }

    #[test]
    fn schema_2_ranges_only_on_baseline_figures() {
        let ranges = |schema: u32, key: &str| {
            let mut v: Value = serde_json::from_str(&v2_minimal()).unwrap();
            v["schema"] = schema.into();
            if schema == 1 {
                let map = v.as_object_mut().unwrap();
                map.remove("population");
                map.remove("under12");
            }
            v["uncertainty"] = serde_json::json!({key: {"low": -3, "high": 1}});
            parse(&v.to_string())
        };
        // In schema 1 a range on the inflow change keeps its meaning.
        assert!(ranges(1, "inflow.change_pct").is_ok());
        let errors = ranges(2, "inflow.change_pct").unwrap_err();
        assert_eq!(errors[0].rule, Rule::RangeOnLever);
        assert!(ranges(2, "inflow.trend_pct").is_ok());
        assert!(ranges(2, "population.trend_pct[1]").is_ok());
        assert_eq!(
            ranges(1, "inflow.trend_pct").unwrap_err()[0].rule,
            Rule::NeedsSchema { version: 2 }
        );
        // No range on a part of an absent block.
        let errors = parse(&with(|v| {
            v["schema"] = 2.into();
            v["uncertainty"] = serde_json::json!({"under12.ageing_pct": {"low": 5, "high": 10}});
        }))
        .unwrap_err();
        assert_eq!(errors[0].rule, Rule::NoRange);
    }

    #[test]
    fn syntax_errors_say_where() {
        let errors = errors_of("{\"schema\": 1,\n \"years\": }");
        assert_eq!(errors.len(), 1);
        match &errors[0].rule {
            Rule::Syntax { line, .. } => assert_eq!(*line, 2),
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(errors_of("").len(), 1);
        assert_eq!(errors_of("[]")[0].rule_code(), "type");
    }

    #[test]
    fn integers_accept_whole_floats_only() {
        assert!(parse(&with(|v| v["years"] = 4.0.into())).is_ok());
        let errors = errors_of(&with(|v| v["years"] = 4.5.into()));
        assert_eq!(
            errors[0].rule,
            Rule::Type {
                expected: Expected::Integer
            }
        );
        let errors = errors_of(&with(|v| {
            v["years"] = serde_json::json!(18446744073709551615u64)
        }));
        assert_eq!(errors[0].rule_code(), "range");
    }
}
