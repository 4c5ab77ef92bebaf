//! Named saved scenarios, as kept in the browser's local storage (pure; native-tested).
//!
//! Each entry holds a share link fragment, not a copy of the scenario: links are versioned and
//! stay decodable forever (`share`), so a saved scenario survives app updates the same way.

use serde_json::{json, Value};

/// The storage format version this build writes.
pub const STORAGE_VERSION: u64 = 1;
/// The local-storage key.
pub const STORAGE_KEY: &str = "zothuis.saved.v1";
/// Own regions kept for the plan picker (issue 24): the same list format, a key of its own.
pub const REGIONS_KEY: &str = "zothuis.regions.v1";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedScenario {
    pub name: String,
    /// A share link fragment (`v1/…`).
    pub link: String,
}

/// The saved scenarios, in the order the user saved them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedList {
    pub items: Vec<SavedScenario>,
}

/// Why the stored list could not be read (it is then left untouched, never overwritten).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    Unreadable,
    NewerVersion(u64),
}

impl SavedList {
    /// Reads the stored text; an absent entry is an empty list.
    pub fn from_storage(text: Option<&str>) -> Result<SavedList, StorageError> {
        match text {
            None => Self::from_stored(None),
            Some(text) => Self::from_stored(Some(
                serde_json::from_str(text).map_err(|_| StorageError::Unreadable)?,
            )),
        }
    }

    /// Reads the stored JSON value; an absent entry is an empty list.
    pub fn from_stored(value: Option<Value>) -> Result<SavedList, StorageError> {
        let Some(value) = value else {
            return Ok(SavedList::default());
        };
        match value.get("version").and_then(Value::as_u64) {
            Some(STORAGE_VERSION) => {}
            Some(v) => return Err(StorageError::NewerVersion(v)),
            None => return Err(StorageError::Unreadable),
        }
        let items = value
            .get("items")
            .and_then(Value::as_array)
            .ok_or(StorageError::Unreadable)?
            .iter()
            .map(|item| {
                Some(SavedScenario {
                    name: item.get("name")?.as_str()?.to_string(),
                    link: item.get("link")?.as_str()?.to_string(),
                })
            })
            .collect::<Option<Vec<_>>>()
            .ok_or(StorageError::Unreadable)?;
        Ok(SavedList { items })
    }

    /// The list as the JSON value that is stored.
    pub fn to_stored(&self) -> Value {
        let items: Vec<Value> = self
            .items
            .iter()
            .map(|i| json!({"name": i.name, "link": i.link}))
            .collect();
        json!({"version": STORAGE_VERSION, "items": items})
    }

    /// The stored text.
    pub fn to_storage(&self) -> String {
        serde_json::to_string(&self.to_stored()).unwrap_or_default()
    }

    /// Saves under `name` (trimmed; a name already in the list is updated in place).
    /// Returns whether an existing entry was replaced.
    pub fn save(&mut self, name: &str, link: &str) -> bool {
        let name = name.trim().to_string();
        match self.items.iter_mut().find(|i| i.name == name) {
            Some(existing) => {
                existing.link = link.to_string();
                true
            }
            None => {
                self.items.push(SavedScenario {
                    name,
                    link: link.to_string(),
                });
                false
            }
        }
    }

    /// Renames entry `index`; `false` if the new name is empty or taken by another entry.
    pub fn rename(&mut self, index: usize, name: &str) -> bool {
        let name = name.trim();
        if name.is_empty()
            || self
                .items
                .iter()
                .enumerate()
                .any(|(i, s)| i != index && s.name == name)
        {
            return false;
        }
        match self.items.get_mut(index) {
            Some(item) => {
                item.name = name.to_string();
                true
            }
            None => false,
        }
    }

    /// Removes entry `index`, returning it and its place so that it can be restored (undo).
    pub fn remove(&mut self, index: usize) -> Option<(usize, SavedScenario)> {
        (index < self.items.len()).then(|| (index, self.items.remove(index)))
    }

    /// Puts a removed entry back where it was.
    pub fn restore(&mut self, removed: (usize, SavedScenario)) {
        let (index, item) = removed;
        self.items.insert(index.min(self.items.len()), item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn storage_round_trip_and_versions() {
        let mut list = SavedList::default();
        list.save("Voorzichtig", "v1/gooi-en-vechtstreek@1/r=30,30,30,30");
        list.save("  Ambitieus ", "v1/gooi-en-vechtstreek@1/r=60,60,60,60");
        let text = list.to_storage();
        assert_eq!(SavedList::from_storage(Some(&text)), Ok(list.clone()));
        assert_eq!(list.items[1].name, "Ambitieus");
        assert_eq!(SavedList::from_storage(None), Ok(SavedList::default()));
        assert_eq!(
            SavedList::from_storage(Some("{kapot")),
            Err(StorageError::Unreadable)
        );
        assert_eq!(
            SavedList::from_storage(Some(r#"{"version": 2, "items": []}"#)),
            Err(StorageError::NewerVersion(2))
        );
    }

    #[test]
    fn save_rename_remove_undo() {
        let mut list = SavedList::default();
        assert!(!list.save("A", "v1/-/"));
        assert!(list.save("A", "v1/flevoland@1/"));
        assert_eq!(list.items.len(), 1);
        list.save("B", "v1/-/");
        assert!(!list.rename(1, "A"));
        assert!(!list.rename(1, "  "));
        assert!(list.rename(1, "C"));
        let removed = list.remove(0).unwrap();
        assert_eq!(list.items.len(), 1);
        list.restore(removed);
        assert_eq!(list.items[0].name, "A");
        assert_eq!(list.items[1].name, "C");
        assert!(list.remove(5).is_none());
    }
}
