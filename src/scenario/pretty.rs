//! The scenario file's text: JSON laid out as serde_json's pretty printer lays it out (two-space
//! indent, `"key": value`), with each object's keys in the order of the field table.
//!
//! The scenario is first turned into a `serde_json::Value` (which the app does anyway for every
//! edit) and then written by this walk. Serialising the scenario straight to pretty text would
//! link a second copy of every `Serialize` impl of the format, for the pretty writer (measured:
//! 3.3 KB gzip of the app). A `Value`'s object keeps its keys sorted, so the order is put back
//! here: a key goes where its first field stands in [`FIELDS`]; keys that are no field (the
//! paths that notes and ranges are filed under) keep their sorted order, after the fields.

use super::fields::{FieldId, FIELDS};
use serde_json::Value;

/// `value` as compact JSON text (`"a \"b\""`, `[1,2]`), for paths and error messages.
///
/// Used instead of `Value`'s `Display`, which carries serde_json's pretty writer too (for
/// `{:#}`) and so links a second writer into the app.
pub fn json_text(value: &Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// `text` as a JSON string literal, quoted and escaped (`stay_months.foster` →
/// `"stay_months.foster"`), as paths write a key in brackets.
pub fn quoted(text: &str) -> String {
    json_text(&Value::String(text.to_string()))
}

/// The path of the entry under `key` in a map of the format (the notes, the ranges):
/// `uncertainty["stay_months.foster"]`.
pub fn entry_path(map: FieldId, key: &str) -> String {
    format!("{}[{}]", map.path(), quoted(key))
}

/// `value` as pretty JSON text, keys in field-table order.
pub fn to_pretty(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value, "", 0);
    out
}

fn write(out: &mut String, value: &Value, path: &str, depth: usize) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            crate::sort::sort_by_key(&mut entries, |(key, _)| rank(&join(path, key)));
            out.push('{');
            for (i, (key, v)) in entries.iter().enumerate() {
                item_start(out, i, depth + 1);
                out.push_str(&quoted(key));
                out.push_str(": ");
                write(out, v, &join(path, key), depth + 1);
            }
            item_end(out, depth);
            out.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                item_start(out, i, depth + 1);
                // Field paths leave out list indices (`targets.year`).
                write(out, v, path, depth + 1);
            }
            item_end(out, depth);
            out.push(']');
        }
        // Scalars, `{}` and `[]`: the compact text is the pretty one.
        other => out.push_str(&json_text(other)),
    }
}

fn item_start(out: &mut String, index: usize, depth: usize) {
    if index > 0 {
        out.push(',');
    }
    out.push('\n');
    indent(out, depth);
}

fn item_end(out: &mut String, depth: usize) {
    out.push('\n');
    indent(out, depth);
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// A field's path under its group's (`stock` + `foster` → `stock.foster`; the root is `""`).
pub(super) fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_string()
    } else {
        format!("{prefix}.{key}")
    }
}

/// Where `path` goes among its siblings: the position in [`FIELDS`] of the first field at or
/// under it; after every field if none is.
fn rank(path: &str) -> usize {
    FIELDS
        .iter()
        .position(|f| {
            f.path
                .strip_prefix(path)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        })
        .unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::presets::PRESETS;
    use crate::scenario::parse;

    #[test]
    fn the_layout_is_serde_jsons_pretty_one() {
        // Same text as serde_json's pretty printer, whatever the key order: compare with keys
        // sorted on both sides (a Value sorts them) by reading both back.
        for preset in PRESETS {
            let s = preset.scenario();
            let ours = s.to_json();
            let value: Value = serde_json::from_str(&ours).unwrap();
            assert_eq!(value, serde_json::to_value(&s).unwrap(), "{}", preset.id);
            // Line by line, the lines are serde's lines (only their order may differ).
            let mut theirs: Vec<String> = serde_json::to_string_pretty(&s)
                .unwrap()
                .lines()
                .map(|l| l.trim_end_matches(',').to_string())
                .collect();
            let mut mine: Vec<String> = ours
                .lines()
                .map(|l| l.trim_end_matches(',').to_string())
                .collect();
            crate::sort::sort(&mut theirs);
            crate::sort::sort(&mut mine);
            assert_eq!(mine, theirs, "{}", preset.id);
            assert_eq!(parse(&ours).unwrap(), s, "{}", preset.id);
        }
    }

    #[test]
    fn keys_follow_the_field_table_and_unknown_keys_come_last_in_their_order() {
        let v: Value = serde_json::from_str(
            r#"{"years": 3, "zeta": 1, "name": "n", "schema": 2, "alpha": [], "stock": {"other": 1, "foster": 2}}"#,
        )
        .unwrap();
        let text = to_pretty(&v);
        let expected = "{\n  \"schema\": 2,\n  \"name\": \"n\",\n  \"years\": 3,\n  \"stock\": {\n    \"foster\": 2,\n    \"other\": 1\n  },\n  \"alpha\": [],\n  \"zeta\": 1\n}";
        assert_eq!(text, expected);
    }

    #[test]
    fn the_file_opens_with_its_schema_name_and_region() {
        let text = PRESETS[0].scenario().to_json();
        let keys: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("  \"") && !l.starts_with("   "))
            .map(|l| l.trim().split('"').nth(1).unwrap_or(""))
            .take(3)
            .collect();
        assert_eq!(keys, ["schema", "name", "region"]);
    }
}
