//! The "Bewaarde scenario's" panel as data (pure; native-tested): the stored list or why it
//! cannot be used, the name being typed, an entry being renamed, the last deleted entry (for
//! undo) and what the last step did, worded at render in the user's language.
//!
//! A change of the list takes two steps, because writing local storage is a side effect the
//! reducer may not have: [`SavedPanel::change`] gives the list to write and what follows once it
//! is written; the UI writes it and dispatches [`PanelAction::Written`] or
//! [`PanelAction::WriteFailed`]. Only a list that was written is shown: nothing on screen claims
//! a save that did not happen.

use crate::formats::saved::{SavedList, SavedScenario, StorageError};
use crate::i18n::{Lang, Text};

/// Why the stored list cannot be used or changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The browser gives this page no local storage.
    Unavailable,
    Unreadable,
    /// Written by a newer version of zothuis (its storage version).
    Newer(u64),
    /// Storage refused the write (full, or blocked since the page opened).
    WriteFailed,
}

impl From<StorageError> for Problem {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::Unreadable => Problem::Unreadable,
            StorageError::NewerVersion(v) => Problem::Newer(v),
        }
    }
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Problem::Unavailable => Text::StorageUnavailable.get(lang).into(),
            Problem::Unreadable => Text::StorageUnreadable.get(lang).into(),
            Problem::Newer(v) => crate::i18n::messages::saved_by_newer_version(*v, lang),
            Problem::WriteFailed => Text::StorageWriteFailed.get(lang).into(),
        }
    }
}

/// What the last step did, for the status line.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Idle,
    Saved {
        name: String,
        replaced: bool,
    },
    /// The scenario has no link (the field whose value does not fit in one).
    NoLink(&'static str),
    /// A rename to an empty name or one another entry has.
    NameRefused,
}

impl Status {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Status::Idle => String::new(),
            Status::Saved { name, replaced } => {
                crate::i18n::messages::scenario_saved(name, *replaced, lang)
            }
            Status::NoLink(path) => format!(
                "{} ({})",
                Text::LinkEncodeFailed.get(lang),
                crate::i18n::field_label(path, lang)
            ),
            Status::NameRefused => Text::ThatNameIsEmptyOr.get(lang).into(),
        }
    }
}

/// The panel's state.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedPanel {
    /// The list as stored, or why it cannot be used.
    pub list: Result<SavedList, Problem>,
    /// The last write failed (the list shown is the last one written).
    pub write_failed: bool,
    pub status: Status,
    /// The name typed for the next save; `None`: the scenario's own name.
    pub name: Option<String>,
    /// The entry being renamed and the name typed so far.
    pub renaming: Option<(usize, String)>,
    /// The last deleted entry and its place, for "ongedaan maken".
    pub removed: Option<(usize, SavedScenario)>,
}

/// A change of the stored list the user asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum ListChange {
    /// Save the scenario on screen under `name` with its link (or the field that has none).
    Save {
        name: String,
        link: Result<String, &'static str>,
    },
    /// Finish the rename in progress.
    Rename,
    Delete(usize),
    UndoDelete,
}

/// What happens to the panel once a changed list has been written.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    status: Status,
    removed: Option<(usize, SavedScenario)>,
    keep_removed: bool,
    rename_done: bool,
}

/// What the user or storage does to the panel.
#[derive(Clone, Debug, PartialEq)]
pub enum PanelAction {
    TypeName(String),
    StartRename(usize, String),
    TypeRename(String),
    /// A change that was refused before any write (its status says why).
    Refused(Status),
    /// The list was written.
    Written(SavedList, Outcome),
    WriteFailed,
    /// The stored list as read again (another tab changed it).
    Reread(Result<SavedList, Problem>),
}

impl SavedPanel {
    pub fn new(list: Result<SavedList, Problem>) -> Self {
        SavedPanel {
            list,
            write_failed: false,
            status: Status::Idle,
            name: None,
            renaming: None,
            removed: None,
        }
    }

    /// The problem to show: a failed write, else why the list cannot be used.
    pub fn problem(&self) -> Option<Problem> {
        match (&self.list, self.write_failed) {
            (_, true) => Some(Problem::WriteFailed),
            (Err(p), false) => Some(p.clone()),
            _ => None,
        }
    }

    /// The entries shown (none when the list cannot be used).
    pub fn items(&self) -> &[SavedScenario] {
        self.list.as_ref().map_or(&[], |l| &l.items)
    }

    /// The list to write for `change`, and what follows once it is written; or, when there is
    /// nothing to write, the status that says why (`Status::Idle` for nothing to say).
    ///
    /// `stored` is the list as storage holds it *now*, read again just before the write: another
    /// tab may have saved or deleted since this one last read it (issue 22: each tab wrote its
    /// own copy, and a save in one tab wiped the other's). The change is made to that list, the
    /// entries it names found by their name (names are unique), so the other tab's entries stay.
    pub fn change(
        &self,
        stored: Result<SavedList, Problem>,
        change: ListChange,
    ) -> Result<(SavedList, Outcome), Status> {
        let Ok(mut next) = stored else {
            return Err(Status::Idle);
        };
        let outcome = |status: Status| Outcome {
            status,
            removed: None,
            keep_removed: true,
            rename_done: false,
        };
        // The place in the stored list of the entry shown at `index`.
        let find = |list: &SavedList, index: usize| {
            let name = &self.items().get(index)?.name;
            list.items.iter().position(|item| &item.name == name)
        };
        match change {
            ListChange::Save { name, link } => {
                let link = link.map_err(Status::NoLink)?;
                let replaced = next.save(&name, &link);
                let status = Status::Saved {
                    name: name.trim().to_string(),
                    replaced,
                };
                Ok((next, outcome(status)))
            }
            ListChange::Rename => {
                let Some((index, name)) = &self.renaming else {
                    return Err(Status::Idle);
                };
                let Some(at) = find(&next, *index) else {
                    // Deleted in another tab meanwhile: nothing to rename.
                    return Ok((
                        next,
                        Outcome {
                            rename_done: true,
                            ..outcome(Status::Idle)
                        },
                    ));
                };
                if !next.rename(at, name) {
                    return Err(Status::NameRefused);
                }
                let done = Outcome {
                    rename_done: true,
                    ..outcome(Status::Idle)
                };
                Ok((next, done))
            }
            ListChange::Delete(index) => {
                // Already deleted in another tab: the stored list is written as it is.
                let removed = find(&next, index).and_then(|at| next.remove(at));
                let done = Outcome {
                    removed,
                    keep_removed: false,
                    ..outcome(Status::Idle)
                };
                Ok((next, done))
            }
            ListChange::UndoDelete => {
                let removed = self.removed.clone().ok_or(Status::Idle)?;
                // Saved again under the same name meanwhile: that newer entry stays.
                if !next.items.iter().any(|item| item.name == removed.1.name) {
                    next.restore(removed);
                }
                let done = Outcome {
                    keep_removed: false,
                    ..outcome(Status::Idle)
                };
                Ok((next, done))
            }
        }
    }

    /// The panel after `action` (pure).
    pub fn reduce(&self, action: PanelAction) -> SavedPanel {
        let mut next = self.clone();
        match action {
            PanelAction::TypeName(name) => next.name = Some(name),
            PanelAction::StartRename(i, name) => next.renaming = Some((i, name)),
            PanelAction::TypeRename(text) => {
                if let Some((_, name)) = &mut next.renaming {
                    *name = text;
                }
            }
            PanelAction::Refused(status) => next.status = status,
            PanelAction::Written(list, outcome) => {
                next.list = Ok(list);
                next.write_failed = false;
                next.status = outcome.status;
                if !outcome.keep_removed {
                    next.removed = outcome.removed;
                }
                if outcome.rename_done {
                    next.renaming = None;
                }
            }
            PanelAction::WriteFailed => next.write_failed = true,
            PanelAction::Reread(list) => {
                // Another tab's list replaces ours; an entry being renamed may have moved.
                next.list = list;
                next.renaming = None;
            }
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(panel: &SavedPanel, change: ListChange) -> SavedPanel {
        let (list, outcome) = panel.change(panel.list.clone(), change).unwrap();
        panel.reduce(PanelAction::Written(list, outcome))
    }

    #[test]
    fn save_rename_delete_and_undo() {
        let panel = SavedPanel::new(Ok(SavedList::default()));
        let saved = written(
            &panel,
            ListChange::Save {
                name: " Ambitieus ".into(),
                link: Ok("v1/x@1/".into()),
            },
        );
        assert_eq!(saved.items().len(), 1);
        assert_eq!(saved.items()[0].name, "Ambitieus");
        assert_eq!(
            saved.status.message(Lang::Nl),
            "‘Ambitieus’ is bewaard in deze browser."
        );
        let again = written(
            &saved,
            ListChange::Save {
                name: "Ambitieus".into(),
                link: Ok("v1/x@1/r=60".into()),
            },
        );
        assert_eq!(again.items().len(), 1);
        assert_eq!(again.status.message(Lang::En), "‘Ambitieus’ was updated.");
        // Rename: an empty name is refused and nothing is written.
        let renaming = again.reduce(PanelAction::StartRename(0, "Ambitieus".into()));
        let empty = renaming.reduce(PanelAction::TypeRename("  ".into()));
        assert_eq!(
            empty.change(empty.list.clone(), ListChange::Rename),
            Err(Status::NameRefused)
        );
        let named = written(
            &renaming.reduce(PanelAction::TypeRename("Voorzichtig".into())),
            ListChange::Rename,
        );
        assert_eq!(named.items()[0].name, "Voorzichtig");
        assert_eq!(named.renaming, None);
        // Delete, then undo puts it back where it was.
        let gone = written(&named, ListChange::Delete(0));
        assert!(gone.items().is_empty());
        assert_eq!(gone.removed.as_ref().map(|(i, _)| *i), Some(0));
        let back = written(&gone, ListChange::UndoDelete);
        assert_eq!(back.items()[0].name, "Voorzichtig");
        assert_eq!(back.removed, None);
    }

    #[test]
    fn a_failed_write_shows_the_last_written_list_and_says_so() {
        let panel = SavedPanel::new(Ok(SavedList::default()));
        let (_, _) = panel
            .change(
                panel.list.clone(),
                ListChange::Save {
                    name: "A".into(),
                    link: Ok("v1/x@1/".into()),
                },
            )
            .unwrap();
        let failed = panel.reduce(PanelAction::WriteFailed);
        assert!(failed.items().is_empty());
        assert_eq!(failed.problem(), Some(Problem::WriteFailed));
        assert_eq!(failed.status, Status::Idle);
    }

    #[test]
    fn nothing_is_written_to_an_unusable_list_or_without_a_link() {
        let blocked = SavedPanel::new(Err(Problem::Unavailable));
        assert_eq!(blocked.problem(), Some(Problem::Unavailable));
        assert!(blocked
            .change(blocked.list.clone(), ListChange::Delete(0))
            .is_err());
        let panel = SavedPanel::new(Ok(SavedList::default()));
        assert_eq!(
            panel.change(
                panel.list.clone(),
                ListChange::Save {
                    name: "A".into(),
                    link: Err("name"),
                }
            ),
            Err(Status::NoLink("name"))
        );
        assert_eq!(
            Problem::from(StorageError::NewerVersion(2)),
            Problem::Newer(2)
        );
    }

    /// Issue 22, case 8: two tabs, one storage. Each change is made to the list as stored at
    /// that moment, so neither tab's save or delete removes the other's entries.
    #[test]
    fn two_tabs_keep_each_others_entries() {
        let mut storage = SavedList::default();
        let write = |panel: &SavedPanel, storage: &mut SavedList, change: ListChange| {
            let (list, outcome) = panel.change(Ok(storage.clone()), change).unwrap();
            *storage = list.clone();
            panel.reduce(PanelAction::Written(list, outcome))
        };
        let save = |name: &str| ListChange::Save {
            name: name.into(),
            link: Ok(format!("v1/-/n={name}")),
        };
        let a = SavedPanel::new(Ok(storage.clone()));
        let b = SavedPanel::new(Ok(storage.clone()));
        let a = write(&a, &mut storage, save("A"));
        let b = write(&b, &mut storage, save("B"));
        let names = |l: &SavedList| l.items.iter().map(|i| i.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&storage), ["A", "B"]);
        // Tab A has not seen B's entry; its delete of A keeps B.
        assert_eq!(a.items().len(), 1);
        let a = write(&a, &mut storage, ListChange::Delete(0));
        assert_eq!(names(&storage), ["B"]);
        // Tab B deletes B while A still shows it after a re-read, then A renames it: nothing to
        // rename, and nothing comes back.
        let a = a.reduce(PanelAction::Reread(Ok(storage.clone())));
        assert_eq!(names(a.list.as_ref().unwrap()), ["B"]);
        let b = write(&b, &mut storage, ListChange::Delete(1));
        assert!(storage.items.is_empty());
        let a = a.reduce(PanelAction::StartRename(0, "B2".into()));
        let a = write(&a, &mut storage, ListChange::Rename);
        assert!(storage.items.is_empty());
        assert!(a.items().is_empty());
        // B's undo brings its entry back; A's undo of A keeps it too.
        let _b = write(&b, &mut storage, ListChange::UndoDelete);
        let _a = write(&a, &mut storage, ListChange::UndoDelete);
        assert_eq!(names(&storage), ["A", "B"]);
    }
}
