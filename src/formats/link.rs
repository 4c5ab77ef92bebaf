//! Share links: the whole scenario in the URL fragment, as what differs from a named preset.
//!
//! Format version 1 (`#v1/PRESET@VERSION/CHANGES`), e.g.
//! `#v1/gooi-en-vechtstreek@1/r=40,40,40,40;c=-2;pp=4`:
//! - `PRESET@VERSION` names the preset *and the version of its figures* the link was made with;
//!   `-` instead means "no preset" (every field is in the link).
//! - `CHANGES` is a `;`-separated list of `CODE=VALUE`; the codes below are part of the format
//!   and never change meaning (new fields get new codes).
//!
//! Since issue 22 the head carries a checksum of the whole link: `#v1/flevoland@2~0k3x9ab/…`,
//! seven base-36 digits of a 32-bit FNV-1a hash of the link without it. A link cut short in a
//! mail or with one character changed no longer opens a different scenario without a word: it
//! is refused as damaged. Links without one (made before) still open; a link whose `/` after
//! the head is missing is refused as cut short.
//!
//! Links never break: every released format version stays decodable, and a preset whose figures
//! change keeps its old version for old links (see `presets::versioned`). Decoding validates the
//! result exactly as a file, so a hand-edited link gets the same clear errors as a bad file.

use crate::presets::{self, PlanRef};
use crate::scenario::view::ScenarioView;
use crate::scenario::{parse_value, Scenario, ValidationError};
use serde_json::{Map, Value};

/// The value that says "this field is absent" (e.g. no planned residential capacity).
const ABSENT: &str = "~";

/// An open year in a per-year plan figure (`null` in the file).
const NULL: &str = "_";

/// The link format version this build writes.
pub const LINK_VERSION: u32 = 1;

/// How a field's value is written in a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A number or whole number (shortest text).
    Number,
    /// A money string (`225.00`).
    Money,
    /// Free text, percent-encoded.
    Text,
    /// An array of numbers.
    Numbers,
    /// An array of money strings.
    Moneys,
    /// An array of numbers or nulls (empty = null).
    NullableNumbers,
    /// An array of money strings or nulls (empty = null).
    NullableMoneys,
    /// Programme lines: `label*amount,amount!label*…`.
    Lines,
    /// Targets: `year:metric:op:value!…` with the metric as its key.
    Targets,
    /// Uncertainty ranges: `CODE:low:high!…` with the field's own link code (`pr:150.00:300.00`),
    /// and `CODE.N` for year N of a per-year field (`c.1:-10:0`).
    Ranges,
}

/// Every field's link code with its path and how its value is written, from the one field table
/// ([`crate::scenario::fields`]), in the table's order. Append only: a code, once released, keeps
/// its field forever (a test holds the released version-1 codes).
pub fn fields() -> impl Iterator<Item = (&'static str, &'static str, Kind)> {
    crate::scenario::fields::FIELDS
        .iter()
        .filter_map(|f| Some((f.link?, f.path, Kind::of(f)?)))
}

impl Kind {
    /// How a field of the table is written in a link (`None` for a group).
    fn of(field: &crate::scenario::fields::Field) -> Option<Kind> {
        use crate::scenario::fields::{Kind as K, PerYear as Y};
        Some(match (field.kind, field.per_year) {
            (K::Text | K::Choice(_), _) => Kind::Text,
            (K::Integer | K::Number, Y::No) => Kind::Number,
            (K::Money, Y::No) => Kind::Money,
            (K::Integer | K::Number, Y::Values | Y::Level) => Kind::Numbers,
            (K::Money, Y::Values | Y::Level) => Kind::Moneys,
            (K::Integer | K::Number, Y::Nullable) => Kind::NullableNumbers,
            (K::Money, Y::Nullable) => Kind::NullableMoneys,
            (K::Lines, _) => Kind::Lines,
            (K::Targets, _) => Kind::Targets,
            (K::Ranges, _) => Kind::Ranges,
            (K::Group | K::Sources, _) => return None,
        })
    }
}

/// Why a link could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// Not a zothuis link at all.
    NotALink,
    /// Made by a newer version of zothuis (or edited by hand).
    UnknownVersion(String),
    UnknownPreset(String),
    UnknownPresetVersion {
        preset: String,
        version: String,
    },
    /// A `CODE=VALUE` pair that is not of the format (unknown code, or unreadable value).
    BadPart(String),
    /// An empty part between two `;` (or at the end).
    EmptyPart,
    /// The same code twice (`r=40;r=50`): which one was meant cannot be told.
    DuplicateCode(String),
    /// The checksum does not match, or the link is cut short: it was damaged on the way.
    Damaged,
    /// Longer than any scenario's link can be.
    TooLong,
    /// The link reads, but the scenario it describes breaks the rules.
    Invalid(Vec<ValidationError>),
}

/// A part of a link as an error shows it: at most 40 characters.
pub fn shorten(text: &str) -> String {
    let short: String = text.chars().take(40).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// Percent-encodes text for a link: everything but `A–Z a–z 0–9 - . _` as UTF-8 `%XX`
/// (`~` too: a lone `~` means "this field is absent").
pub(crate) fn encode_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub(crate) fn decode_text(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn number_text(v: &Value) -> Option<String> {
    let n = v.as_f64()?;
    Some(if let Some(i) = v.as_i64() {
        i.to_string()
    } else {
        format!("{n}")
    })
}

fn encode_value(kind: Kind, v: &Value) -> Option<String> {
    let join = |items: &Vec<Value>, f: &dyn Fn(&Value) -> Option<String>| -> Option<String> {
        items
            .iter()
            .map(f)
            .collect::<Option<Vec<_>>>()
            .map(|parts| parts.join(","))
    };
    match kind {
        Kind::Number => number_text(v),
        Kind::Money => v.as_str().map(str::to_string),
        Kind::Text => v.as_str().map(encode_text),
        Kind::Numbers => join(v.as_array()?, &number_text),
        Kind::Moneys => join(v.as_array()?, &|x| x.as_str().map(str::to_string)),
        Kind::NullableNumbers => join(v.as_array()?, &|x| {
            if x.is_null() {
                Some(NULL.into())
            } else {
                number_text(x)
            }
        }),
        Kind::NullableMoneys => join(v.as_array()?, &|x| {
            if x.is_null() {
                Some(NULL.into())
            } else {
                x.as_str().map(str::to_string)
            }
        }),
        Kind::Lines => {
            let lines = v.as_array()?;
            let parts: Option<Vec<String>> = lines
                .iter()
                .map(|line| {
                    let label = encode_text(line.get("label")?.as_str()?);
                    let amounts = join(line.get("amounts")?.as_array()?, &|x| {
                        x.as_str().map(str::to_string)
                    })?;
                    Some(format!("{label}*{amounts}"))
                })
                .collect();
            parts.map(|p| p.join("!"))
        }
        Kind::Targets => {
            let targets = v.as_array()?;
            let parts: Option<Vec<String>> = targets
                .iter()
                .map(|t| {
                    let op = match t.get("op")?.as_str()? {
                        ">=" => "ge",
                        "<=" => "le",
                        _ => return None,
                    };
                    Some(format!(
                        "{}:{}:{op}:{}",
                        number_text(t.get("year")?)?,
                        t.get("metric")?.as_str()?,
                        number_text(t.get("value")?)?
                    ))
                })
                .collect();
            parts.map(|p| p.join("!"))
        }
        Kind::Ranges => {
            let ranges = v.as_object()?;
            let parts: Option<Vec<String>> = ranges
                .iter()
                .map(|(key, range)| {
                    let (base, index) = match key.split_once('[') {
                        Some((base, rest)) => (base, Some(rest.strip_suffix(']')?)),
                        None => (key.as_str(), None),
                    };
                    let (code, _, _) = fields().find(|(_, path, _)| *path == base)?;
                    let bound = |x: &Value| match x {
                        Value::String(text) => Some(text.clone()),
                        other => number_text(other),
                    };
                    let low = bound(range.get("low")?)?;
                    let high = bound(range.get("high")?)?;
                    Some(match index {
                        Some(i) => format!("{code}.{i}:{low}:{high}"),
                        None => format!("{code}:{low}:{high}"),
                    })
                })
                .collect();
            parts.map(|p| p.join("!"))
        }
    }
}

fn parse_number(text: &str) -> Option<Value> {
    // Whole numbers stay whole (years, recruitment); others are f64 read exactly back.
    if let Ok(i) = text.parse::<i64>() {
        return Some(Value::from(i));
    }
    // Only plain decimal text: no "inf", "NaN" or exponents a person would not write.
    let x = crate::money::parse_plain_f64(text).filter(|x| x.is_finite())?;
    serde_json::Number::from_f64(x).map(Value::Number)
}

fn parse_money(text: &str) -> Option<Value> {
    crate::money::parse_money(text).ok()?;
    Some(Value::String(text.to_string()))
}

fn decode_value(kind: Kind, text: &str) -> Option<Value> {
    let split = |f: &dyn Fn(&str) -> Option<Value>| -> Option<Value> {
        if text.is_empty() {
            return Some(Value::Array(Vec::new()));
        }
        text.split(',')
            .map(f)
            .collect::<Option<Vec<_>>>()
            .map(Value::Array)
    };
    match kind {
        Kind::Number => parse_number(text),
        Kind::Money => parse_money(text),
        Kind::Text => decode_text(text).map(Value::String),
        Kind::Numbers => split(&parse_number),
        Kind::Moneys => split(&parse_money),
        Kind::NullableNumbers => split(&|x| {
            if x == NULL {
                Some(Value::Null)
            } else {
                parse_number(x)
            }
        }),
        Kind::NullableMoneys => split(&|x| {
            if x == NULL {
                Some(Value::Null)
            } else {
                parse_money(x)
            }
        }),
        Kind::Lines => {
            if text.is_empty() {
                return Some(Value::Array(Vec::new()));
            }
            let lines: Option<Vec<Value>> = text
                .split('!')
                .map(|line| {
                    let (label, amounts) = line.split_once('*')?;
                    let amounts = if amounts.is_empty() {
                        Vec::new()
                    } else {
                        amounts
                            .split(',')
                            .map(parse_money)
                            .collect::<Option<Vec<_>>>()?
                    };
                    let mut map = Map::new();
                    map.insert("label".into(), Value::String(decode_text(label)?));
                    map.insert("amounts".into(), Value::Array(amounts));
                    Some(Value::Object(map))
                })
                .collect();
            lines.map(Value::Array)
        }
        Kind::Targets => {
            if text.is_empty() {
                return Some(Value::Array(Vec::new()));
            }
            let targets: Option<Vec<Value>> = text
                .split('!')
                .map(|t| {
                    let mut parts = t.split(':');
                    let year = parse_number(parts.next()?)?;
                    let metric = parts.next()?;
                    let op = match parts.next()? {
                        "ge" => ">=",
                        "le" => "<=",
                        _ => return None,
                    };
                    let value = parse_number(parts.next()?)?;
                    if parts.next().is_some() {
                        return None;
                    }
                    let mut map = Map::new();
                    map.insert("year".into(), year);
                    map.insert("metric".into(), Value::String(metric.to_string()));
                    map.insert("op".into(), Value::String(op.to_string()));
                    map.insert("value".into(), value);
                    Some(Value::Object(map))
                })
                .collect();
            targets.map(Value::Array)
        }
        Kind::Ranges => {
            let mut map = Map::new();
            if text.is_empty() {
                return Some(Value::Object(map));
            }
            for part in text.split('!') {
                let mut pieces = part.split(':');
                let field = pieces.next()?;
                let (low, high) = (pieces.next()?, pieces.next()?);
                if pieces.next().is_some() {
                    return None;
                }
                let (code, index) = match field.split_once('.') {
                    Some((code, i)) if i.bytes().all(|b| b.is_ascii_digit()) => {
                        (code, Some(i.parse::<usize>().ok()?))
                    }
                    Some(_) => return None,
                    None => (field, None),
                };
                let (_, path, kind) = fields().find(|(c, _, _)| *c == code)?;
                let bound = |x: &str| match kind {
                    Kind::Money => parse_money(x),
                    _ => parse_number(x),
                };
                let key = match index {
                    Some(i) => format!("{path}[{i}]"),
                    None => path.to_string(),
                };
                let mut range = Map::new();
                range.insert("low".into(), bound(low)?);
                range.insert("high".into(), bound(high)?);
                map.insert(key, Value::Object(range));
            }
            Some(Value::Object(map))
        }
    }
}

/// The JSON form of a scenario without its sources (the part a link carries).
fn fields_of(s: &Scenario) -> ScenarioView {
    ScenarioView::new(s)
}

fn set_path(root: &mut Value, path: &str, value: Value) {
    let mut here = root;
    let mut parts = path.split('.').peekable();
    while let Some(key) = parts.next() {
        if !here.is_object() {
            *here = Value::Object(Map::new());
        }
        let Some(map) = here.as_object_mut() else {
            return;
        };
        if parts.peek().is_none() {
            map.insert(key.to_string(), value);
            return;
        }
        here = map
            .entry(key.to_string())
            .or_insert_with(|| Value::Object(Map::new()));
    }
}

fn remove_path(root: &mut Value, path: &str) {
    let mut here = root;
    let mut parts = path.split('.').peekable();
    while let Some(key) = parts.next() {
        let Some(map) = here.as_object_mut() else {
            return;
        };
        if parts.peek().is_none() {
            map.remove(key);
            return;
        }
        match map.get_mut(key) {
            Some(next) => here = next,
            None => return,
        }
    }
}

/// Before links kept the preset version they were opened from, a scenario opened from a v1
/// link (`@1`) was re-shared against the preset's v2 figures: every figure that differs was
/// written, but so was its range on the inflow change, which model v2 makes a policy lever that
/// may not carry one, and the link was refused. Such a range can only come from a v1 scenario
/// (schema 2 refuses it everywhere), so the link is read as the schema 1 scenario it was made
/// from and raised as a v1 file is: the range moves to the baseline trend, the figures are the
/// v1 scenario's own.
fn read_old_resharing(root: &mut Value) {
    let change = crate::scenario::fields::FieldId::InflowChange.path();
    let v1_range = root
        .get(crate::scenario::fields::FieldId::Uncertainty.path())
        .and_then(Value::as_object)
        .is_some_and(|ranges| {
            ranges.keys().any(|k| {
                k.strip_prefix(change)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('['))
            })
        });
    let schema = root.get("schema").and_then(Value::as_u64).unwrap_or(1);
    if v1_range && schema >= 2 {
        if let Some(map) = root.as_object_mut() {
            map.insert("schema".into(), Value::from(1));
        }
    }
}

/// A link could not be written: a value of the scenario does not fit its field's link form.
/// A valid scenario never gives one; it is reported rather than written as an empty value,
/// which would make a link that opens with a different scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError {
    /// The field whose value could not be written.
    pub path: &'static str,
}

/// The share link fragment (without `#`) for `scenario`, relative to `plan` if given: the
/// preset at the version the scenario was opened from, so that re-sharing an old link writes
/// the same figures against the same base.
pub fn encode(scenario: &Scenario, plan: Option<PlanRef>) -> Result<String, EncodeError> {
    let base = plan.map(|p| fields_of(&p.scenario()));
    let head = match plan {
        Some(p) => p.head(),
        None => "-".to_string(),
    };
    encode_view(&fields_of(scenario), base.as_ref(), &head)
}

/// [`encode`] on the JSON forms: the changes of `current` against `base` (or every field that
/// is not at its default, without a base).
fn encode_view(
    current: &ScenarioView,
    base: Option<&ScenarioView>,
    head: &str,
) -> Result<String, EncodeError> {
    let mut changes = Vec::new();
    for (code, path, kind) in fields() {
        let now = current.get(path);
        let was = base.and_then(|b| b.get(path));
        // Without a preset, a field at its default (missing, null, empty text) is left out; an
        // empty list is written, since "no planned capacity" and "an empty plan" differ.
        let absent = now.is_none_or(|v| v.is_null() || v.as_str() == Some(""));
        let differs = match base {
            Some(_) => now != was,
            None => !absent,
        };
        if differs {
            let value = match now {
                Some(v) => encode_value(kind, v).ok_or(EncodeError { path })?,
                // The preset has the field and the scenario does not.
                None => ABSENT.to_string(),
            };
            changes.push(format!("{code}={value}"));
        }
    }
    let body = changes.join(";");
    let sum = checksum(head, &body);
    Ok(format!("v{LINK_VERSION}/{head}{CHECK}{sum}/{body}"))
}

/// What separates the head from its checksum.
const CHECK: char = '~';
/// The checksum's length: 36^7 > 2^32, so every 32-bit hash has its own text.
const CHECK_LEN: usize = 7;

/// The checksum of a link with head `head` and changes `body`: FNV-1a (32 bits) of
/// `v1/HEAD/BODY` in base 36, seven digits. Each step of FNV-1a is a bijection of its state, so
/// any one changed byte gives another hash: a one-character change is always caught.
fn checksum(head: &str, body: &str) -> String {
    let mut hash: u32 = 0x811c_9dc5;
    let text = format!("v{LINK_VERSION}/{head}/{body}");
    for b in text.bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    let mut digits = [b'0'; CHECK_LEN];
    let mut rest = hash;
    for d in digits.iter_mut().rev() {
        let digit = (rest % 36) as u8;
        *d = if digit < 10 {
            b'0' + digit
        } else {
            b'a' + digit - 10
        };
        rest /= 36;
    }
    digits.iter().map(|&b| b as char).collect()
}

/// The longest link text opened: far above any scenario's (a scenario at every list limit
/// writes some tens of kilobytes), far below what would freeze the page.
const MAX_LINK_CHARS: usize = crate::scenario::MAX_FILE_BYTES;

/// Opens a link fragment (with or without `#`): the scenario and the plan (preset and version)
/// it builds on.
pub fn decode(fragment: &str) -> Result<(Scenario, Option<PlanRef>), LinkError> {
    let text = fragment.trim().trim_start_matches('#');
    if text.is_empty() {
        return Err(LinkError::NotALink);
    }
    let mut parts = text.splitn(3, '/');
    let version = parts.next().unwrap_or_default();
    match version {
        "v1" => {}
        v if v.starts_with('v') && v[1..].bytes().all(|b| b.is_ascii_digit()) && v.len() > 1 => {
            return Err(LinkError::UnknownVersion(shorten(&v[1..])))
        }
        _ => return Err(LinkError::NotALink),
    }
    if text.len() > MAX_LINK_CHARS {
        return Err(LinkError::TooLong);
    }
    let head = parts.next().ok_or(LinkError::NotALink)?;
    // Every link zothuis wrote has the `/` after its head: without it, it was cut short.
    let body = parts.next().ok_or(LinkError::Damaged)?;
    let head = match head.split_once(CHECK) {
        Some((head, sum)) => {
            if sum.len() != CHECK_LEN || checksum(head, body) != sum {
                return Err(LinkError::Damaged);
            }
            head
        }
        // Links made before the checksum still open.
        None => head,
    };
    let (mut root, preset_id, sources) = if head == "-" {
        (Value::Object(Map::new()), None, Default::default())
    } else {
        let (id, preset_version) = head
            .split_once('@')
            .ok_or_else(|| LinkError::BadPart(head.to_string()))?;
        presets::by_id(id).ok_or_else(|| LinkError::UnknownPreset(shorten(id)))?;
        let plan =
            PlanRef::find(id, preset_version).ok_or_else(|| LinkError::UnknownPresetVersion {
                preset: id.to_string(),
                version: shorten(preset_version),
            })?;
        let base = crate::scenario::parse(plan.json()).map_err(LinkError::Invalid)?;
        let sources = base.sources.clone();
        let root = serde_json::to_value(base.without_sources()).map_err(|_| LinkError::NotALink)?;
        (root, Some(plan), sources)
    };
    if !body.is_empty() {
        let mut seen: Vec<&str> = Vec::new();
        for part in body.split(';') {
            if part.is_empty() {
                return Err(LinkError::EmptyPart);
            }
            let code = part.split_once('=').map_or(part, |(c, _)| c);
            if seen.contains(&code) {
                return Err(LinkError::DuplicateCode(shorten(code)));
            }
            seen.push(code);
            let (code, value) = part
                .split_once('=')
                .ok_or_else(|| LinkError::BadPart(part.to_string()))?;
            let (_, path, kind) = fields()
                .find(|(c, _, _)| *c == code)
                .ok_or_else(|| LinkError::BadPart(part.to_string()))?;
            if value == ABSENT {
                remove_path(&mut root, path);
                continue;
            }
            let value =
                decode_value(kind, value).ok_or_else(|| LinkError::BadPart(part.to_string()))?;
            set_path(&mut root, path, value);
        }
    }
    // A block whose every field the link removed (a preset's under-12 band, say) is absent,
    // not an empty object; the deepest groups first.
    let mut groups: Vec<&str> = crate::scenario::fields::FIELDS
        .iter()
        .filter(|f| f.kind == crate::scenario::fields::Kind::Group)
        .map(|f| f.path)
        .collect();
    crate::sort::sort_by_key(&mut groups, |path| {
        std::cmp::Reverse(path.matches('.').count())
    });
    for path in groups {
        let empty = crate::scenario::view::steps(path)
            .and_then(|steps| {
                let mut here = &root;
                for step in steps {
                    if let crate::scenario::view::Step::Key(key) = step {
                        here = here.get(key)?;
                    }
                }
                Some(here.as_object().is_some_and(Map::is_empty))
            })
            .unwrap_or(false);
        if empty {
            remove_path(&mut root, path);
        }
    }
    // The preset's format version, or the lowest that holds what the link changed (a v2 field
    // added to a v1 plan makes it a schema 2 scenario).
    let mut sources = sources;
    read_old_resharing(&mut root);
    crate::scenario::upgrade_schema(&mut root, Some(&mut sources));
    let mut scenario = parse_value(&root).map_err(LinkError::Invalid)?;
    // The preset's sources stay with the figures they describe, as far as those still exist.
    let known = crate::scenario::known_paths(&scenario);
    let mut kept: crate::keyed::Keyed<crate::scenario::Source> = sources;
    kept.retain(|k, _| known.iter().any(|p| p == k));
    scenario.sources = kept;
    Ok((scenario, preset_id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    #[allow(unused_imports)]
    use crate::scenario::fields::FieldPath;

    trait ToMessage {
        fn to_message(&self, lang: Lang) -> String;
    }
    impl ToMessage for LinkError {
        fn to_message(&self, lang: Lang) -> String {
            crate::i18n::link_error_message(self, lang)
        }
    }
    use crate::app::state::{reduce, Action, AppState, Origin};
    use crate::engine::project;
    use crate::presets::{all, default_preset};

    #[test]
    fn unchanged_preset_is_a_short_link() {
        let s = default_preset().scenario();
        assert_eq!(
            encode(&s, PlanRef::of(default_preset().id)).unwrap(),
            "v1/gooi-en-vechtstreek@3~03b0j96/"
        );
        let (back, preset) = decode("#v1/gooi-en-vechtstreek@3/").unwrap();
        assert!(back == s);
        assert_eq!(preset, PlanRef::of("gooi-en-vechtstreek"));
        // The version-2 link opens the plan as model v2's readings had it.
        let (v2, plan) = decode("#v1/gooi-en-vechtstreek@2/").unwrap();
        assert_eq!(plan.map(|p| p.version), Some(2));
        assert!(v2.schema == 2 && v2.foster.families == 145.0);
        // The version-1 link still opens the plan as model v1 read it.
        let (old, _) = decode("#v1/gooi-en-vechtstreek@1/").unwrap();
        assert_eq!(old, crate::presets::gooi_v1());
    }

    #[test]
    fn three_lever_changes_fit_in_150_characters() {
        let mut state = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        for (path, text) in [
            ("foster.recruit_per_year", "40"),
            ("inflow.change_pct", "-2,5"),
        ] {
            state = reduce(
                &state,
                Action::SetAllYears {
                    path: FieldPath::of(path),
                    text: text.into(),
                    origin: Origin::Typed,
                },
            );
        }
        state = reduce(
            &state,
            Action::Set {
                path: FieldPath::of("cost.per_day.residential"),
                text: "250".into(),
                origin: Origin::Typed,
            },
        );
        let link = encode(&state.scenario, state.plan).unwrap();
        assert_eq!(
            link,
            "v1/gooi-en-vechtstreek@3~14t0akj/c=-2.5,-2.5,-2.5,-2.5;r=40,40,40,40;pr=250.00"
        );
        assert!(format!("https://zothuis.example/#{link}").len() <= 150);
        let (back, _) = decode(&link).unwrap();
        assert_eq!(back, *state.scenario);
        assert_eq!(project(&back), project(&state.scenario));
    }

    #[test]
    fn every_preset_round_trips_with_and_without_its_preset() {
        for p in all() {
            let s = p.scenario();
            let (back, _) = decode(&encode(&s, Some(PlanRef::current(p))).unwrap()).unwrap();
            assert_eq!(back, s, "{}", p.id);
            // Without a preset the link carries every figure (but no source notes).
            let full = encode(&s, None).unwrap();
            assert!(full.len() <= 2000, "{}: {}", p.id, full.len());
            let (back, preset) = decode(&full).unwrap();
            assert_eq!(preset, None);
            assert_eq!(back.without_sources(), s.without_sources(), "{}", p.id);
        }
    }

    #[test]
    fn text_with_markup_and_separators_survives() {
        let mut s = default_preset().scenario();
        s.name = "<script>alert('x')</script>; a=b/c!d*e:f %20 — ü".into();
        s.programme.lines[0].label = "regel; met * en ! en :".into();
        let link = encode(&s, PlanRef::of(default_preset().id)).unwrap();
        assert!(!link.contains('<') && !link.contains(' '));
        let (back, _) = decode(&link).unwrap();
        assert_eq!(back.name, s.name);
        assert_eq!(back.programme.lines[0].label, s.programme.lines[0].label);
    }

    #[test]
    fn bad_links_say_what_is_wrong() {
        // Issue 22: an empty part, a code twice, a head without its `/`, a wrong checksum.
        assert_eq!(
            decode("#v1/flevoland@1/r=1;;pp=4"),
            Err(LinkError::EmptyPart)
        );
        assert_eq!(decode("#v1/flevoland@1/pp=4;"), Err(LinkError::EmptyPart));
        assert_eq!(
            decode("#v1/flevoland@1/pp=4;r=40;pp=5"),
            Err(LinkError::DuplicateCode("pp".into()))
        );
        assert_eq!(decode("#v1/flevoland@1"), Err(LinkError::Damaged));
        assert_eq!(
            decode("#v1/gooi-en-vechtstreek@2~03axdr8/"),
            Err(LinkError::Damaged)
        );
        assert_eq!(
            decode("#v1/gooi-en-vechtstreek@2~03axdr/"),
            Err(LinkError::Damaged)
        );
        assert_eq!(
            decode("#v1/gooi-en-vechtstreek@2~03axdr7/r=4"),
            Err(LinkError::Damaged)
        );
        assert!(decode("#v1/gooi-en-vechtstreek@2~03axdr7/").is_ok());
        assert_eq!(
            decode(&format!("#v1/-/n={}", "a".repeat(3_000_000))),
            Err(LinkError::TooLong)
        );
        for (error, nl) in [
            (LinkError::EmptyPart, "lege plek tussen twee puntkomma’s"),
            (
                LinkError::DuplicateCode("pp".into()),
                "‘pp=’ staat er twee keer in",
            ),
            (LinkError::Damaged, "beschadigd of onvolledig"),
        ] {
            assert!(error.to_message(Lang::Nl).contains(nl), "{error:?}");
            assert!(!error.to_message(Lang::Nl).contains("‘’"), "{error:?}");
        }
        assert_eq!(decode(""), Err(LinkError::NotALink));
        assert_eq!(decode("#hallo"), Err(LinkError::NotALink));
        assert_eq!(
            decode("#v7/gooi-en-vechtstreek@1/"),
            Err(LinkError::UnknownVersion("7".into()))
        );
        assert_eq!(
            decode("#v1/atlantis@1/"),
            Err(LinkError::UnknownPreset("atlantis".into()))
        );
        assert!(matches!(
            decode("#v1/flevoland@9/"),
            Err(LinkError::UnknownPresetVersion { .. })
        ));
        assert!(matches!(
            decode("#v1/flevoland@1/zz=3"),
            Err(LinkError::BadPart(_))
        ));
        assert!(matches!(
            decode("#v1/flevoland@1/r=1,x"),
            Err(LinkError::BadPart(_))
        ));
        assert!(matches!(
            decode("#v1/flevoland@1/pf=1.234"),
            Err(LinkError::BadPart(_))
        ));
        for bad in [
            "u=zz:1:2",
            "u=pr:abc:1",
            "u=c.x:1:2",
            "u=pr:1:2:3",
            "u=pr:1",
            "u=r:1:2!",
            "u=pr:1.234:2",
        ] {
            let link = format!("#v1/flevoland@1/{bad}");
            assert!(
                matches!(
                    decode(&link),
                    Err(LinkError::BadPart(_)) | Err(LinkError::Invalid(_))
                ),
                "{bad}"
            );
        }
        // Readable but against the rules: a range on a decision, a year beyond the projection,
        // low above high; each named in plain Dutch.
        for (bad, words) in [
            ("u=r:1:2", "noemt geen aanname die een bandbreedte kan krijgen"),
            ("u=c.9:1:2", "noemt geen aanname die een bandbreedte kan krijgen"),
            ("u=df:60:36", "Bandbreedte verblijfsduur pleegzorg: laagste waarde mag niet boven de hoogste waarde liggen"),
        ] {
            let message = decode(&format!("#v1/flevoland@1/{bad}"))
                .unwrap_err()
                .to_message(Lang::Nl);
            assert!(message.contains(words), "{bad}: {message}");
        }
        // An empty range list removes the preset's ranges.
        let (s, _) = decode("#v1/flevoland@1/u=").unwrap();
        assert!(s.uncertainty.is_empty());
        match decode("#v1/flevoland@1/y=99") {
            Err(LinkError::Invalid(errors)) => assert_eq!(errors[0].path, "years"),
            other => panic!("{other:?}"),
        }
        let message = decode("#v1/flevoland@1/y=99")
            .unwrap_err()
            .to_message(Lang::Nl);
        assert!(
            message.contains("Aantal jaren moet tussen 1 en 15 liggen"),
            "{message}"
        );
        // Truncated in the middle of a part.
        let s = default_preset().scenario();
        let mut t = s.clone();
        t.foster.recruit_per_year = vec![40; 4];
        let link = encode(&t, PlanRef::of("gooi-en-vechtstreek")).unwrap();
        for cut in 0..link.len() {
            let _ = decode(&link[..cut]);
        }
    }

    /// A value that does not fit its field's link form fails the link instead of writing it
    /// empty: `r=` would open as a scenario without the plan's recruitment.
    #[test]
    fn a_value_that_cannot_be_written_fails_the_link() {
        let s = default_preset().scenario();
        let mut root = serde_json::to_value(s.without_sources()).unwrap();
        root["foster"]["recruit_per_year"] = serde_json::json!(["veertig"]);
        let view = ScenarioView::from_value(root, s.years as usize);
        assert_eq!(
            encode_view(&view, None, "-"),
            Err(EncodeError {
                path: "foster.recruit_per_year"
            })
        );
        let fine = ScenarioView::new(&s);
        assert!(encode_view(&fine, None, "-")
            .unwrap()
            .contains(";r=34,33,33,33;"));
    }

    /// The codes of link format version 1 as released: each keeps its field and its form.
    #[test]
    fn released_codes_keep_their_fields() {
        let released = [
            ("n", "name", Kind::Text),
            ("g", "region", Kind::Text),
            ("sy", "start_year", Kind::Number),
            ("y", "years", Kind::Number),
            ("sf", "stock.foster", Kind::Number),
            ("sg", "stock.family_home", Kind::Number),
            ("sr", "stock.residential", Kind::Number),
            ("so", "stock.other", Kind::Number),
            ("m", "mismatch", Kind::Number),
            ("df", "stay_months.foster", Kind::Number),
            ("dg", "stay_months.family_home", Kind::Number),
            ("dr", "stay_months.residential", Kind::Number),
            ("do", "stay_months.other", Kind::Number),
            ("i", "inflow.per_year", Kind::Number),
            ("c", "inflow.change_pct", Kind::Numbers),
            ("ir", "inflow.residential_need_pct", Kind::Number),
            ("io", "inflow.other_need_pct", Kind::Number),
            ("f", "foster.families", Kind::Number),
            ("k", "foster.children_per_family", Kind::Number),
            ("a", "foster.attrition_pct", Kind::Number),
            ("r", "foster.recruit_per_year", Kind::Numbers),
            ("q", "foster.status_quo_recruit_per_year", Kind::Number),
            ("h", "family_home.homes", Kind::Number),
            ("pp", "family_home.places_per_home", Kind::Number),
            ("nh", "family_home.new_per_year", Kind::Numbers),
            ("rc", "residential_capacity", Kind::NullableNumbers),
            ("pf", "cost.per_day.foster", Kind::Money),
            ("pg", "cost.per_day.family_home", Kind::Money),
            ("pr", "cost.per_day.residential", Kind::Money),
            ("po", "cost.per_day.other", Kind::Money),
            ("x", "cost.index_pct", Kind::Number),
            ("cf", "programme.cost_per_recruited_family", Kind::Money),
            ("ch", "programme.cost_per_new_home", Kind::Money),
            ("pl", "programme.lines", Kind::Lines),
            ("pt", "programme.printed_totals", Kind::NullableMoneys),
            ("bl", "budget.label", Kind::Text),
            ("b", "budget.amounts", Kind::Moneys),
            ("t", "targets", Kind::Targets),
            ("u", "uncertainty", Kind::Ranges),
        ];
        let all: Vec<_> = fields().collect();
        for (code, path, kind) in released {
            assert!(
                all.contains(&(code, path, kind)),
                "released code {code} ({path}) changed or is gone"
            );
        }
        // Only codes added after these may follow them.
        assert_eq!(&all[..released.len()], &released[..]);
        // The codes released with model v2, in their order after v1's.
        let released_v2 = [
            ("it", "inflow.trend_pct", Kind::Numbers),
            ("is", "inflow.substitution_pct", Kind::Numbers),
            ("ac", "foster.attrition_change_pts", Kind::Numbers),
            ("pc", "population.children", Kind::Number),
            ("pn", "population.trend_pct", Kind::Numbers),
            ("zf", "stay_change_pct.foster", Kind::Numbers),
            ("zg", "stay_change_pct.family_home", Kind::Numbers),
            ("zr", "stay_change_pct.residential", Kind::Numbers),
            ("zo", "stay_change_pct.other", Kind::Numbers),
            ("uf", "under12.stock.foster", Kind::Number),
            ("ug", "under12.stock.family_home", Kind::Number),
            ("ur", "under12.stock.residential", Kind::Number),
            ("uo", "under12.stock.other", Kind::Number),
            ("um", "under12.mismatch", Kind::Number),
            ("ui", "under12.inflow_pct", Kind::Number),
            ("un", "under12.residential_need_pct", Kind::Number),
            ("uv", "under12.other_need_pct", Kind::Number),
            ("us", "under12.substitution_pct", Kind::Numbers),
            ("ua", "under12.ageing_pct", Kind::Number),
            ("cp", "programme.cost_per_prevented_placement", Kind::Money),
            ("cs", "programme.cost_per_substituted_child", Kind::Money),
            ("cr", "programme.cost_per_retained_family", Kind::Money),
        ];
        let end = released.len() + released_v2.len();
        assert_eq!(&all[released.len()..end], &released_v2[..]);
    }
}
