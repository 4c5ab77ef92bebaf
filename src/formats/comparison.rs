//! A comparison as a link and as a file (issue 24): the scenario on screen and up to three
//! pinned ones, each with its name, so that a comparison made in a meeting can be sent on and
//! opened again as it was.
//!
//! Link, format version 1: `#c1/NAME=LINK/NAME=LINK/…`, the scenario on screen first. `NAME`
//! and `LINK` (each an ordinary share link without its `#`, with its own check code) are
//! percent-encoded, so neither holds a `/` or an `=`. Every released share link stays readable
//! inside one, so a comparison link opens with the figures it was made with.
//!
//! File: `{"comparison": 1, "scenarios": [{"name": "Ambitieus", "link": "v1/…"}, …]}`. The
//! scenarios travel as their links, the form every released version reads again.

use super::link::{decode_text, encode_text};
use serde_json::Value;

/// The most scenarios a comparison holds: the one on screen and three pinned.
pub const MAX_SCENARIOS: usize = 4;

/// A scenario of a comparison: its name and its share link (as `link::encode` writes it,
/// without the `#`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub link: String,
}

/// Why a comparison link or file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ComparisonError {
    /// Not a comparison (perhaps an ordinary share link or scenario file).
    NotAComparison,
    /// A version this build does not read.
    UnknownVersion(String),
    /// More scenarios than a comparison holds.
    TooMany(usize),
    /// No scenario in it.
    Empty,
    /// The entry at this position (0: the first) is damaged.
    BadEntry(usize),
}

/// Whether a fragment is a comparison link (and not an ordinary share link).
pub fn is_comparison(fragment: &str) -> bool {
    let text = fragment.trim().trim_start_matches('#');
    let head = text.split('/').next().unwrap_or("");
    head.len() > 1 && head.starts_with('c') && head[1..].bytes().all(|b| b.is_ascii_digit())
}

/// The comparison as a link fragment: `#c1/NAME=LINK/…`.
pub fn encode(entries: &[Entry]) -> String {
    let mut out = String::from("#c1");
    for e in entries.iter().take(MAX_SCENARIOS) {
        out.push('/');
        out.push_str(&encode_text(&e.name));
        out.push('=');
        out.push_str(&encode_text(e.link.trim_start_matches('#')));
    }
    out
}

/// The entries of a comparison link, in order (the scenario that was on screen first). Each
/// link is checked when it is opened, as any share link.
pub fn decode(fragment: &str) -> Result<Vec<Entry>, ComparisonError> {
    let text = fragment.trim().trim_start_matches('#');
    let mut parts = text.split('/');
    match parts.next() {
        Some("c1") => {}
        Some(head) if is_comparison(head) => {
            return Err(ComparisonError::UnknownVersion(head.to_string()))
        }
        _ => return Err(ComparisonError::NotAComparison),
    }
    let entries: Vec<&str> = parts.collect();
    counted(if entries == [""] { 0 } else { entries.len() })?;
    entries
        .iter()
        .enumerate()
        .map(|(i, part)| {
            let (name, link) = part.split_once('=').ok_or(ComparisonError::BadEntry(i))?;
            let name = decode_text(name).ok_or(ComparisonError::BadEntry(i))?;
            let link = decode_text(link).ok_or(ComparisonError::BadEntry(i))?;
            if link.is_empty() {
                return Err(ComparisonError::BadEntry(i));
            }
            Ok(Entry { name, link })
        })
        .collect()
}

/// A comparison of `n` scenarios is one to [`MAX_SCENARIOS`].
fn counted(n: usize) -> Result<(), ComparisonError> {
    match n {
        0 => Err(ComparisonError::Empty),
        n if n > MAX_SCENARIOS => Err(ComparisonError::TooMany(n)),
        _ => Ok(()),
    }
}

/// The comparison as a file (pretty JSON with a final newline).
pub fn to_file(entries: &[Entry]) -> String {
    let scenarios: Vec<Value> = entries
        .iter()
        .take(MAX_SCENARIOS)
        .map(|e| serde_json::json!({ "name": e.name, "link": e.link }))
        .collect();
    let root = serde_json::json!({ "comparison": 1, "scenarios": scenarios });
    crate::scenario::to_pretty(&root) + "\n"
}

/// The entries of a comparison file; `NotAComparison` for any other JSON (a scenario file).
pub fn from_file(text: &str) -> Result<Vec<Entry>, ComparisonError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Read as a scenario file is (duplicate keys refused): any JSON that is not one is not a
    // comparison either.
    let root = crate::scenario::json::read(text).map_err(|_| ComparisonError::NotAComparison)?;
    let Some(map) = root.as_object() else {
        return Err(ComparisonError::NotAComparison);
    };
    match map.get("comparison") {
        None => return Err(ComparisonError::NotAComparison),
        Some(v) if v.as_f64() == Some(1.0) => {}
        Some(v) => {
            return Err(ComparisonError::UnknownVersion(crate::scenario::json_text(
                v,
            )))
        }
    }
    let items = map
        .get("scenarios")
        .and_then(Value::as_array)
        .ok_or(ComparisonError::Empty)?;
    counted(items.len())?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let name = item.get("name").and_then(Value::as_str);
            let link = item.get("link").and_then(Value::as_str);
            match (name, link) {
                (Some(name), Some(link)) if !link.trim_start_matches('#').is_empty() => Ok(Entry {
                    name: name.to_string(),
                    link: link.trim_start_matches('#').to_string(),
                }),
                _ => Err(ComparisonError::BadEntry(i)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries() -> Vec<Entry> {
        let plan = crate::presets::PlanRef::of("gooi-en-vechtstreek");
        let mut s = plan.unwrap().scenario();
        let first = crate::formats::link::encode(&s, plan).unwrap();
        s.foster.recruit_per_year = vec![60; 4];
        s.name = "Ambitieus / 60 = veel".into();
        let second = crate::formats::link::encode(&s, plan).unwrap();
        let old = crate::presets::PlanRef::find("flevoland", "1");
        let third = crate::formats::link::encode(&old.unwrap().scenario(), old).unwrap();
        vec![
            Entry {
                name: "Huidig".into(),
                link: first,
            },
            Entry {
                name: "Ambitieus / 60 = veel".into(),
                link: second,
            },
            Entry {
                name: "Flevoland (oud)".into(),
                link: third,
            },
        ]
    }

    #[test]
    fn a_comparison_link_and_file_open_as_made() {
        let e = entries();
        let link = encode(&e);
        assert!(
            link.starts_with("#c1/Huidig=v1%2Fgooi-en-vechtstreek%403"),
            "{link}"
        );
        assert!(is_comparison(&link));
        assert!(!is_comparison(&e[0].link));
        assert_eq!(decode(&link).unwrap(), e);
        assert_eq!(from_file(&to_file(&e)).unwrap(), e);
        // Each scenario opens with its figures, an old plan version too.
        for entry in decode(&link).unwrap() {
            assert!(
                crate::formats::link::decode(&entry.link).is_ok(),
                "{}",
                entry.link
            );
        }
    }

    #[test]
    fn a_damaged_comparison_says_what_is_wrong() {
        let e = entries();
        let link = encode(&e);
        assert_eq!(
            decode("#c9/a=b"),
            Err(ComparisonError::UnknownVersion("c9".into()))
        );
        assert_eq!(decode("#c1/"), Err(ComparisonError::Empty));
        assert_eq!(decode("#c1/x"), Err(ComparisonError::BadEntry(0)));
        assert_eq!(decode("#c1/a=%ZZ"), Err(ComparisonError::BadEntry(0)));
        let five = format!("{link}/e=f/g=h");
        assert_eq!(decode(&five), Err(ComparisonError::TooMany(5)));
        assert_eq!(decode(&e[0].link), Err(ComparisonError::NotAComparison));
        // A scenario file is not a comparison file; a comparison file with a bad entry says which.
        assert_eq!(
            from_file("{\"schema\": 3}"),
            Err(ComparisonError::NotAComparison)
        );
        assert_eq!(
            from_file(r#"{"comparison": 1, "scenarios": [{"name": "a"}]}"#),
            Err(ComparisonError::BadEntry(0))
        );
        assert_eq!(
            from_file(r#"{"comparison": 2, "scenarios": []}"#),
            Err(ComparisonError::UnknownVersion("2".into()))
        );
        // A damaged link inside is refused when it is opened, as any link.
        let mut cut = e.clone();
        let shorter = cut[1].link.len() - 3;
        cut[1].link.truncate(shorter);
        let back = decode(&encode(&cut)).unwrap();
        assert!(crate::formats::link::decode(&back[1].link).is_err());
    }
}
