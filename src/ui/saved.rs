//! Named saved scenarios in the browser's local storage: save, open, rename, delete with undo.
//! Storage that is unavailable or full is reported; nothing is lost silently.

use super::context::AppContext;
use crate::app::state::Action;
use crate::formats::link::encode;
use crate::formats::saved::{SavedList, SavedScenario, StorageError, STORAGE_KEY};
use crate::i18n::{Lang, Text};
use gloo_storage::{LocalStorage, Storage};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Whether the page may use local storage. Asked first: gloo-storage throws where it may not
/// (storage blocked by the browser's settings, a sandboxed frame), and that is reported instead.
fn storage_available() -> bool {
    web_sys::window().is_some_and(|w| w.local_storage().is_ok_and(|s| s.is_some()))
}

/// The stored list, or why it cannot be used.
fn read_list() -> Result<SavedList, Problem> {
    if !storage_available() {
        return Err(Problem::Unavailable);
    }
    let stored = match LocalStorage::get::<serde_json::Value>(STORAGE_KEY) {
        Ok(value) => Some(value),
        Err(gloo_storage::errors::StorageError::KeyNotFound(_)) => None,
        Err(_) => return Err(Problem::Unreadable),
    };
    SavedList::from_stored(stored).map_err(|e| match e {
        StorageError::Unreadable => Problem::Unreadable,
        StorageError::NewerVersion(v) => Problem::Newer(v),
    })
}

/// Writes the list; false when storage is unavailable or full.
fn write_list(list: &SavedList) -> bool {
    storage_available() && LocalStorage::set(STORAGE_KEY, list.to_stored()).is_ok()
}

#[derive(Clone, PartialEq)]
enum Problem {
    Unavailable,
    Unreadable,
    Newer(u64),
    WriteFailed,
}

fn problem_text(problem: &Problem, lang: Lang) -> String {
    match problem {
        Problem::Unavailable => Text::StorageUnavailable.get(lang).into(),
        Problem::Unreadable => Text::StorageUnreadable.get(lang).into(),
        Problem::Newer(v) => crate::i18n::messages::saved_by_newer_version(*v, lang),
        Problem::WriteFailed => Text::StorageWriteFailed.get(lang).into(),
    }
}

#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    pub ctx: AppContext,
}

#[component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let ctx = &props.ctx;
    let lang = ctx.state.0.lang;
    // The list as stored, or why it cannot be used.
    let list = use_state(read_list);
    let write_problem = use_state(|| None::<Problem>);
    let status = use_state(String::new);
    let name = use_state(|| None::<String>);
    let removed = use_state(|| None::<(usize, SavedScenario)>);
    let renaming = use_state(|| None::<(usize, String)>);

    // Writes the new list; only a successful write changes what is shown.
    let commit = {
        let (list, write_problem) = (list.clone(), write_problem.clone());
        move |next: SavedList| -> bool {
            let ok = write_list(&next);
            if ok {
                list.set(Ok(next));
                write_problem.set(None);
            } else {
                write_problem.set(Some(Problem::WriteFailed));
            }
            ok
        }
    };

    let current_name = name
        .as_ref()
        .cloned()
        .unwrap_or_else(|| ctx.state.0.scenario.name.clone());
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(Some(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_save = {
        let (list, status, commit) = (list.clone(), status.clone(), commit.clone());
        // The link is made on click, not on every render (a slider move should not pay for it).
        let scenario = ctx.state.0.scenario.clone();
        let preset_id = ctx.state.0.preset_id.clone();
        let save_name = if current_name.trim().is_empty() {
            Text::UntitledScenario.get(lang).to_string()
        } else {
            current_name.clone()
        };
        Callback::from(move |_| {
            let Ok(current) = (*list).clone() else { return };
            let mut next = current;
            let link = match encode(&scenario, preset_id.as_deref()) {
                Ok(link) => link,
                Err(error) => {
                    status.set(format!(
                        "{} ({})",
                        Text::LinkEncodeFailed.get(lang),
                        crate::i18n::field_label(error.path, lang)
                    ));
                    return;
                }
            };
            let replaced = next.save(&save_name, &link);
            if commit(next) {
                status.set(crate::i18n::messages::scenario_saved(
                    save_name.trim(),
                    replaced,
                    lang,
                ));
            }
        })
    };

    let items: Vec<SavedScenario> = match &*list {
        Ok(l) => l.items.clone(),
        Err(_) => Vec::new(),
    };
    let problem = match (&*list, &*write_problem) {
        (_, Some(p)) => Some(p.clone()),
        (Err(p), None) => Some(p.clone()),
        _ => None,
    };
    let usable = list.is_ok();

    html! {
        <details class="saved" id="saved">
            <summary><h2>{ Text::SavedScenarios.get(lang) }{ format!(" ({})", items.len()) }</h2></summary>
            <p class="intro">{ Text::InThisBrowserOnlyNothing.get(lang) }</p>
            if let Some(p) = &problem { <p class="field-error" role="alert">{ problem_text(p, lang) }</p> }
            <div class="saved-new">
                <label for="saved-name">{ Text::Name.get(lang) }</label>
                <input id="saved-name" type="text" value={current_name} oninput={on_name} disabled={!usable} />
                <button type="button" class="small" id="saved-save" onclick={on_save} disabled={!usable}>{ Text::Save.get(lang) }</button>
            </div>
            <p class="share-status" role="status">{ (*status).clone() }</p>
            if let Some((_, item)) = &*removed {
                <p class="undo" role="status">
                    { crate::i18n::messages::scenario_deleted(&item.name, lang) }
                    <button type="button" class="small" id="saved-undo" onclick={{
                        let (list, removed, commit) = (list.clone(), removed.clone(), commit.clone());
                        Callback::from(move |_| {
                            if let (Ok(current), Some(r)) = ((*list).clone(), (*removed).clone()) {
                                let mut next = current;
                                next.restore(r);
                                if commit(next) { removed.set(None); }
                            }
                        })
                    }}>{ Text::Undo.get(lang) }</button>
                </p>
            }
            <ul class="saved-list">
                { for items.iter().enumerate().map(|(i, item)| {
                    let open = {
                        let (dispatch, link) = (ctx.dispatch.clone(), item.link.clone());
                        Callback::from(move |_| dispatch.emit(Action::OpenLink(link.clone())))
                    };
                    let delete = {
                        let (list, removed, commit) = (list.clone(), removed.clone(), commit.clone());
                        Callback::from(move |_| {
                            if let Ok(current) = (*list).clone() {
                                let mut next = current;
                                if let Some(r) = next.remove(i) {
                                    if commit(next) { removed.set(Some(r)); }
                                }
                            }
                        })
                    };
                    let editing = renaming.as_ref().filter(|(k, _)| *k == i).map(|(_, text)| text.clone());
                    html! {
                        <li>
                            if let Some(text) = editing {
                                <label for={format!("saved-rename-{i}")} class="visually-hidden">{ Text::NewName.get(lang) }</label>
                                <input id={format!("saved-rename-{i}")} type="text" value={text}
                                    oninput={{
                                        let renaming = renaming.clone();
                                        Callback::from(move |e: InputEvent| renaming.set(Some((i, e.target_unchecked_into::<HtmlInputElement>().value()))))
                                    }} />
                                <button type="button" class="small" onclick={{
                                    let (list, renaming, commit, status) = (list.clone(), renaming.clone(), commit.clone(), status.clone());
                                    Callback::from(move |_| {
                                        if let (Ok(current), Some((k, text))) = ((*list).clone(), (*renaming).clone()) {
                                            let mut next = current;
                                            if next.rename(k, &text) {
                                                if commit(next) { renaming.set(None); }
                                            } else {
                                                status.set(Text::ThatNameIsEmptyOr.get(lang).into());
                                            }
                                        }
                                    })
                                }}>{ Text::OkButton.get(lang) }</button>
                            } else {
                                <span class="saved-name">{ item.name.clone() }</span>
                                <button type="button" class="small" onclick={open}>{ Text::Open.get(lang) }</button>
                                <button type="button" class="small" onclick={{
                                    let (renaming, name) = (renaming.clone(), item.name.clone());
                                    Callback::from(move |_| renaming.set(Some((i, name.clone()))))
                                }}>{ Text::Rename.get(lang) }</button>
                                <button type="button" class="small" onclick={delete}>{ Text::Delete.get(lang) }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
