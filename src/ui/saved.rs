//! Named saved scenarios in the browser's local storage: save, open, rename, delete with undo.
//! Storage that is unavailable or full is reported; nothing is lost silently.

use super::context::{send, use_env, ByPtr, Env};
use super::controls::fixed_class;
use crate::app::saved::{ListChange, PanelAction, Problem, SavedPanel as PanelState};
use crate::app::state::Action;
use crate::formats::link::encode;
use crate::formats::saved::{SavedList, SavedScenario, REGIONS_KEY, STORAGE_KEY};
use crate::i18n::Text;
use crate::presets::PlanRef;
use crate::scenario::Scenario;
use gloo_storage::{LocalStorage, Storage};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Whether the page may use local storage. Asked first: gloo-storage throws where it may not
/// (storage blocked by the browser's settings, a sandboxed frame), and that is reported instead.
fn storage_available() -> bool {
    web_sys::window().is_some_and(|w| w.local_storage().is_ok_and(|s| s.is_some()))
}

/// The stored list, or why it cannot be used.
fn read_list() -> Result<SavedList, Problem> {
    read_list_at(STORAGE_KEY)
}

/// The list stored at `key`, or why it cannot be used.
fn read_list_at(key: &str) -> Result<SavedList, Problem> {
    if !storage_available() {
        return Err(Problem::Unavailable);
    }
    let stored = match LocalStorage::get::<serde_json::Value>(key) {
        Ok(value) => Some(value),
        Err(gloo_storage::errors::StorageError::KeyNotFound(_)) => None,
        Err(_) => return Err(Problem::Unreadable),
    };
    SavedList::from_stored(stored).map_err(Problem::from)
}

/// Writes the list; false when storage is unavailable or full.
fn write_list(list: &SavedList) -> bool {
    write_list_at(STORAGE_KEY, list)
}

fn write_list_at(key: &str, list: &SavedList) -> bool {
    storage_available() && LocalStorage::set(key, list.to_stored()).is_ok()
}

/// The own regions kept in this browser for the plan picker (none where storage cannot be
/// read: the picker then offers the plans only).
pub fn kept_regions() -> Vec<SavedScenario> {
    read_list_at(REGIONS_KEY).map_or(Vec::new(), |list| list.items)
}

/// Keeps an own region for the plan picker, under its region's name (a second one of that name
/// replaces it); `false` when storage is unavailable, full or unreadable (nothing is written
/// over a list that cannot be read).
pub fn keep_region(scenario: &Scenario) -> bool {
    let (Ok(mut list), Ok(link)) = (read_list_at(REGIONS_KEY), encode(scenario, None)) else {
        return false;
    };
    list.save(&scenario.region, &link);
    write_list_at(REGIONS_KEY, &list)
}

impl Reducible for PanelState {
    type Action = PanelAction;
    fn reduce(self: Rc<Self>, action: PanelAction) -> Rc<Self> {
        Rc::new(PanelState::reduce(&self, action))
    }
}

#[derive(Properties, PartialEq)]
pub struct SavedPanelProps {
    pub scenario: ByPtr<Scenario>,
    pub plan: Option<PlanRef>,
    /// Pins a saved scenario for the comparison: its name and link (issue 24).
    pub on_pin: Callback<(String, String)>,
    /// No more room among the pins.
    pub pins_full: bool,
}

#[component]
pub fn SavedPanel(props: &SavedPanelProps) -> Html {
    let Env { lang, dispatch } = use_env();
    let panel = use_reducer(|| PanelState::new(read_list()));
    // Another tab changed the list: show it as stored now.
    {
        let panel = panel.clone();
        super::events::use_listener(
            super::events::On::Window,
            "storage",
            Callback::from(move |e: Event| {
                let key = e
                    .dyn_ref::<web_sys::StorageEvent>()
                    .and_then(web_sys::StorageEvent::key);
                // No key: the whole storage was cleared.
                if key.as_deref().is_none_or(|k| k == STORAGE_KEY) {
                    panel.dispatch(PanelAction::Reread(read_list()));
                }
            }),
        );
    }
    // A change of the list: made to the list as stored now (another tab may have changed it),
    // written first, shown only once written.
    let change = {
        let panel = panel.clone();
        Callback::from(
            move |change: ListChange| match panel.change(read_list(), change) {
                Ok((list, outcome)) => panel.dispatch(if write_list(&list) {
                    PanelAction::Written(list, outcome)
                } else {
                    PanelAction::WriteFailed
                }),
                Err(status) => panel.dispatch(PanelAction::Refused(status)),
            },
        )
    };
    let scenario = &props.scenario.0;
    let current_name = panel.name.clone().unwrap_or_else(|| scenario.name.clone());
    let on_name = {
        let panel = panel.clone();
        Callback::from(move |e: InputEvent| {
            panel.dispatch(PanelAction::TypeName(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let on_save = {
        let (change, scenario, plan) = (change.clone(), scenario.clone(), props.plan);
        let dispatch = dispatch.clone();
        let name = if current_name.trim().is_empty() {
            Text::UntitledScenario.get(lang).to_string()
        } else {
            current_name.clone()
        };
        // The link is made on click, not on every render (a slider move should not pay for it).
        // The scenario takes the name it is saved under (issue 24: a file saved from it is
        // then "ambitieus.json", its memo "Ambitieus"), as an edit that "ongedaan maken" undoes.
        Callback::from(move |_| {
            let named = name.trim().to_string();
            let path = crate::scenario::fields::FieldPath::parse(
                crate::scenario::fields::FieldId::Name.path(),
            );
            let renamed = path
                .as_ref()
                .filter(|_| scenario.name != named)
                .and_then(|path| {
                    crate::app::edit::apply_text(&scenario, path, &named, lang)
                        .ok()
                        .map(|s| (path.clone(), s))
                });
            let entry = match renamed {
                Some((path, entry)) => {
                    dispatch.emit(Action::Set {
                        path,
                        text: named.clone(),
                        origin: crate::app::state::Origin::Typed,
                    });
                    entry
                }
                None => (*scenario).clone(),
            };
            let link = encode(&entry, plan).map_err(|e| e.path);
            change.emit(ListChange::Save {
                name: name.clone(),
                link,
            });
        })
    };
    let items = panel.items();
    let usable = panel.list.is_ok();
    let emit = |change: &Callback<ListChange>, what: ListChange| {
        let change = change.clone();
        Callback::from(move |_| change.emit(what.clone()))
    };
    html! {
        <details class="saved" id="saved">
            <summary><h2>{ Text::SavedScenarios.get(lang) }{ format!(" ({})", items.len()) }</h2></summary>
            { fixed_class("p", "intro", Text::InThisBrowserOnlyNothing.get(lang)) }
            if let Some(p) = panel.problem() { <p class="field-error" role="alert">{ p.message(lang) }</p> }
            <div class="saved-new">
                <label for="saved-name">{ Text::Name.get(lang) }</label>
                <input id="saved-name" type="text" value={current_name} oninput={on_name} disabled={!usable} />
                <button type="button" class="small" id="saved-save" onclick={on_save} disabled={!usable}>{ Text::Save.get(lang) }</button>
            </div>
            <p class="share-status" role="status">{ panel.status.message(lang) }</p>
            if let Some((_, item)) = &panel.removed {
                <p class="undo" role="status">
                    { crate::i18n::messages::scenario_deleted(&item.name, lang) }
                    <button type="button" class="small" id="saved-undo"
                        onclick={emit(&change, ListChange::UndoDelete)}>{ Text::Undo.get(lang) }</button>
                </p>
            }
            <ul class="saved-list">
                { for items.iter().enumerate().map(|(i, item)| {
                    let open = send(&dispatch, Action::OpenLink(item.link.clone()));
                    let editing = panel.renaming.as_ref().filter(|(k, _)| *k == i).map(|(_, text)| text.clone());
                    html! {
                        <li>
                            if let Some(text) = editing {
                                <label for={format!("saved-rename-{i}")} class="visually-hidden">{ Text::NewName.get(lang) }</label>
                                <input id={format!("saved-rename-{i}")} type="text" value={text}
                                    oninput={{
                                        let panel = panel.clone();
                                        Callback::from(move |e: InputEvent| panel.dispatch(PanelAction::TypeRename(
                                            e.target_unchecked_into::<HtmlInputElement>().value())))
                                    }} />
                                <button type="button" class="small"
                                    onclick={emit(&change, ListChange::Rename)}>{ Text::OkButton.get(lang) }</button>
                            } else {
                                <bdi class="saved-name">{ item.name.clone() }</bdi>
                                <button type="button" class="small" onclick={open}>{ Text::Open.get(lang) }</button>
                                <button type="button" class="small saved-pin" disabled={props.pins_full} onclick={{
                                    let (on_pin, name, link) = (props.on_pin.clone(), item.name.clone(), item.link.clone());
                                    Callback::from(move |_| on_pin.emit((name.clone(), link.clone())))
                                }}>{ Text::PinSaved.get(lang) }</button>
                                <button type="button" class="small" onclick={{
                                    let (panel, name) = (panel.clone(), item.name.clone());
                                    Callback::from(move |_| panel.dispatch(PanelAction::StartRename(i, name.clone())))
                                }}>{ Text::Rename.get(lang) }</button>
                                <button type="button" class="small"
                                    onclick={emit(&change, ListChange::Delete(i))}>{ Text::Delete.get(lang) }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
