//! A scenario file's JSON text as a `serde_json::Value`, read exactly as serde_json reads it,
//! except that a key given twice in one object is refused with its path. serde_json keeps the
//! last silently, so a hand-edited file with two `"per_year"` would show one of them without a
//! word (issue 22).

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};
use std::cell::RefCell;
use std::fmt;

/// Why the text is not one JSON value.
#[derive(Debug)]
pub enum JsonError {
    /// Not JSON (serde_json's error, with its line and column).
    Syntax(serde_json::Error),
    /// A key given twice in one object: the path of the second (`inflow.per_year`) and the key.
    DuplicateKey { path: String, key: String },
}

/// Reads `text` as one JSON value with no key twice in any object.
pub fn read(text: &str) -> Result<Value, JsonError> {
    let duplicate: RefCell<Option<(String, String)>> = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let seed = Node {
        path: String::new(),
        duplicate: &duplicate,
    };
    let read = seed.deserialize(&mut de).and_then(|value| {
        de.end()?;
        Ok(value)
    });
    match (read, duplicate.into_inner()) {
        (Ok(value), _) => Ok(value),
        (Err(_), Some((path, key))) => Err(JsonError::DuplicateKey { path, key }),
        (Err(e), None) => Err(JsonError::Syntax(e)),
    }
}

/// One value at `path`; a duplicate key found below it is written into `duplicate`.
struct Node<'a> {
    path: String,
    duplicate: &'a RefCell<Option<(String, String)>>,
}

impl Node<'_> {
    fn child(&self, step: &str) -> Self {
        Node {
            path: format!("{}{step}", self.path),
            duplicate: self.duplicate,
        }
    }

    /// The path step of object key `key`: `.key`, or `["key"]` for a key that is not a plain
    /// name (the keys of `sources` and `uncertainty` hold dots of their own).
    fn key_step(&self, key: &str) -> String {
        let plain = !key.is_empty() && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        match (plain, self.path.is_empty()) {
            (true, true) => key.to_string(),
            (true, false) => format!(".{key}"),
            (false, _) => format!("[{}]", super::quoted(key)),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Node<'_> {
    type Value = Value;
    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Node<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        // As serde_json's own reader: a float that is not finite cannot come from JSON text.
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self.child(&format!("[{}]", items.len())))? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut out = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let child = self.child(&self.key_step(&key));
            if out.contains_key(&key) {
                let path = child.path;
                *self.duplicate.borrow_mut() = Some((path.clone(), key));
                return Err(de::Error::custom(format_args!("duplicate key {path}")));
            }
            let value = map.next_value_seed(child)?;
            out.insert(key, value);
        }
        Ok(Value::Object(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_as_serde_json_reads() {
        for text in [
            r#"{"a": [1, -2, 3.5, 1e300, null, true, "x\u00e9"], "b": {"c": {}}}"#,
            "0.1",
            "[]",
            r#""\ud83d\ude00""#,
            "  {\"z\": 18446744073709551615, \"y\": -9223372036854775808}  ",
            "0.30000000000000004",
        ] {
            let ours = read(text).unwrap();
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert_eq!(ours, theirs, "{text}");
        }
    }

    #[test]
    fn a_key_twice_is_refused_with_its_path() {
        let cases = [
            (r#"{"years": 4, "years": 5}"#, "years"),
            (
                r#"{"inflow": {"per_year": 1, "per_year": 2}}"#,
                "inflow.per_year",
            ),
            (
                r#"{"programme": {"lines": [{"label": "a"}, {"label": "b", "label": "c"}]}}"#,
                "programme.lines[1].label",
            ),
            (
                r#"{"sources": {"inflow.per_year": {}, "inflow.per_year": {}}}"#,
                r#"sources["inflow.per_year"]"#,
            ),
        ];
        for (text, path) in cases {
            match read(text) {
                Err(JsonError::DuplicateKey { path: found, .. }) => {
                    assert_eq!(found, path, "{text}")
                }
                other => panic!("{text}: {other:?}"),
            }
        }
        // The same key in two objects is fine.
        assert!(read(r#"{"a": {"x": 1}, "b": {"x": 1}}"#).is_ok());
    }

    #[test]
    fn text_that_is_not_json_is_a_syntax_error() {
        for text in ["", "{", "{} x", "[1,]", "{\"a\" 1}", "NaN"] {
            assert!(matches!(read(text), Err(JsonError::Syntax(_))), "{text}");
        }
    }
}
