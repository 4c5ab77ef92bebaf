//! [`Keyed`]: the crate's map from a text key (a field path) to a value, kept sorted by key.
//!
//! The scenario's notes and ranges, and the app's drafts, hold a few dozen entries at most. A
//! sorted list serves them as well as a `BTreeMap` and costs the web app a fraction of the code:
//! each `BTreeMap<String, V>` brings its own node, search and rebalancing code (measured: about
//! 2.5 KB gzip of the app each). Iteration is in key order, as a `BTreeMap`'s, so the file
//! format and every listing stay the same.

use serde::ser::{Serialize, SerializeMap, Serializer};

/// Values by text key, in key order; one value per key.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyed<V>(Vec<(String, V)>);

impl<V> Default for Keyed<V> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<V> Keyed<V> {
    pub fn new() -> Self {
        Self::default()
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&V> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut V> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.find(key).is_ok()
    }

    /// Sets the value of `key`; returns the one it replaces.
    pub fn insert(&mut self, key: String, value: V) -> Option<V> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &str) -> Option<V> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    pub fn retain(&mut self, mut keep: impl FnMut(&String, &V) -> bool) {
        self.0.retain(|(k, v)| keep(k, v));
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.into_iter()
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

impl<V> IntoIterator for Keyed<V> {
    type Item = (String, V);
    type IntoIter = std::vec::IntoIter<(String, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

type Pair<'a, V> = (&'a String, &'a V);

impl<'a, V> IntoIterator for &'a Keyed<V> {
    type Item = Pair<'a, V>;
    type IntoIter =
        std::iter::Map<std::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> Pair<'a, V>>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl<V> std::ops::Index<&str> for Keyed<V> {
    type Output = V;
    /// The value of `key`; panics when there is none (tests and checked paths only).
    fn index(&self, key: &str) -> &V {
        self.get(key).expect("no entry for this key")
    }
}

/// Written as a JSON object in key order, as a `BTreeMap` is.
impl<V: Serialize> Serialize for Keyed<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

// The test compares `Keyed` with the standard map it stands in for.
#[cfg(test)]
#[allow(clippy::disallowed_types)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Every operation agrees with a `BTreeMap` doing the same, in contents and in order.
    #[test]
    fn behaves_as_a_btreemap() {
        let keys = ["b", "a", "c[2]", "c[10]", "a", "", "b.x", "c"];
        let mut ours = Keyed::new();
        let mut theirs = BTreeMap::new();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(
                ours.insert(k.to_string(), i),
                theirs.insert(k.to_string(), i)
            );
            assert!(ours.iter().eq(theirs.iter()));
        }
        for k in ["a", "zz", "c[10]", ""] {
            assert_eq!(ours.get(k), theirs.get(k));
            assert_eq!(ours.contains_key(k), theirs.contains_key(k));
            assert_eq!(ours.remove(k), theirs.remove(k));
            assert!(ours.iter().eq(theirs.iter()));
        }
        ours.retain(|k, v| k.starts_with('c') || *v > 6);
        theirs.retain(|k, v| k.starts_with('c') || *v > 6);
        assert!(ours.iter().eq(theirs.iter()));
        assert_eq!(ours.len(), theirs.len());
        assert!(ours.keys().eq(theirs.keys()));
        assert!(ours.values().eq(theirs.values()));
    }

    #[test]
    fn serialises_as_an_object_in_key_order() {
        let mut map = Keyed::new();
        map.insert("b".to_string(), 2);
        map.insert("a".to_string(), 1);
        assert_eq!(serde_json::to_string(&map).unwrap(), r#"{"a":1,"b":2}"#);
        assert!(Keyed::<u32>::new().is_empty());
    }
}
