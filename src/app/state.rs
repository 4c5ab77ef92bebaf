//! The app's one piece of state and its pure reducer: `Action` → `reduce` → `AppState`.
//!
//! The scenario in the state is always the last *valid* one, so the projection on screen is
//! always a real one. What the user typed is kept per field as a `Draft`, with the error that
//! stopped it, so nothing typed is lost and the message stands where the field is. No storage,
//! URL or DOM in here: side effects live in the UI's hooks.

use crate::app::edit::{apply_text, apply_value, edit_scenario, field_kind, EditError, FieldKind};
use crate::formats::link::{decode, LinkError};
use crate::i18n::input::InputError;
use crate::i18n::Lang;
use crate::keyed::Keyed;
use crate::presets;
use crate::presets::PlanRef;
use crate::scenario::fields::{FieldId, FieldPath, RangeEnd, TargetPart};
use crate::scenario::{Scenario, ValidationError};
use serde_json::{json, Value};
use std::rc::Rc;

/// Text a user typed into a field, and why it was not (yet) taken, if it was not.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub text: String,
    pub error: Option<EditError>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    /// The preset the scenario started from, if any.
    pub plan: Option<PlanRef>,
    /// The last valid scenario.
    pub scenario: Rc<Scenario>,
    /// What the user typed per field path, where it was not (yet) taken.
    pub drafts: Keyed<Draft>,
    pub lang: Lang,
    /// A message for the whole page (a link or file that could not be opened).
    pub notice: Option<Notice>,
    /// What "ongedaan maken" and "opnieuw" go back and forth through.
    pub history: History,
    /// A package answer the user put in the memo ("Wat ervoor nodig is"), with the scenario it
    /// was computed for: the memo shows it only while that scenario is on screen.
    pub need: Option<Rc<MemoNeed>>,
}

/// A package answer for the memo, and the scenario it answers for.
#[derive(Clone, Debug, PartialEq)]
pub struct MemoNeed {
    pub scenario: Rc<Scenario>,
    pub answer: crate::app::goal::PackageAnswer,
}

/// A scenario as it was, with the plan it came from: one step of undo or redo.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    pub scenario: Rc<Scenario>,
    pub plan: Option<PlanRef>,
}

/// Undo and redo stacks. Consecutive edits of one field (a slider drag, typing a number) are one
/// step, so one "ongedaan maken" undoes the whole drag. Shared behind `Rc` and compared by
/// pointer, so a slider move clones and compares nothing deep.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Rc<Vec<Snapshot>>,
    redo: Rc<Vec<Snapshot>>,
    /// The field the last edit changed, while edits of it are one step.
    editing: Option<String>,
}

impl PartialEq for History {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.undo, &other.undo)
            && Rc::ptr_eq(&self.redo, &other.redo)
            && self.editing == other.editing
    }
}

impl History {
    /// At most this many steps are kept (the README says so): far more than a meeting makes
    /// (a drag is one step), and about 5 MB at most, since each step holds one scenario.
    pub const DEPTH: usize = 1000;

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

/// Why something the user opened was not taken; what they had stays on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    Link(LinkError),
    File {
        name: String,
        errors: Vec<ValidationError>,
    },
    /// An edit of a list (adding or removing a target or programme line) that was refused.
    Edit(Vec<ValidationError>),
    /// A link opened fine, but was made when the plan was read with an earlier model
    /// (`version`: the preset version, which is the model version it was read with): the
    /// figures are the current model's, which computes some things differently (issue 23).
    OlderModel {
        version: u32,
    },
    /// A comparison link or file that could not be opened (issue 24).
    Comparison(crate::formats::comparison::ComparisonError),
}

/// The notice for a link that opened: none for the current plans, [`Notice::OlderModel`] for
/// a plan version read with an earlier model.
fn opened_notice(plan: Option<presets::PlanRef>) -> Option<Notice> {
    let plan = plan?;
    (plan.version < crate::scenario::SCHEMA_VERSION).then_some(Notice::OlderModel {
        version: plan.version,
    })
}

impl Notice {
    /// The first sentence: what failed.
    pub fn title(&self, lang: Lang) -> String {
        match self {
            Notice::Link(_) => crate::i18n::Text::LinkNotOpened.get(lang).into(),
            Notice::File { name, errors } => {
                crate::i18n::messages::file_not_a_scenario(name, errors.len(), lang)
            }
            Notice::Edit(_) => crate::i18n::Text::EditRefused.get(lang).into(),
            Notice::OlderModel { version } => {
                crate::i18n::messages::older_model_title(*version, lang)
            }
            Notice::Comparison(_) => crate::i18n::Text::ComparisonNotOpened.get(lang).into(),
        }
    }

    /// The details: why, one line per problem.
    pub fn details(&self, lang: Lang) -> Vec<String> {
        match self {
            Notice::Link(error) => vec![crate::i18n::link_error_message(error, lang)],
            Notice::File { errors, .. } | Notice::Edit(errors) => errors
                .iter()
                .map(|e| {
                    let place = if e.path.is_empty() {
                        String::new()
                    } else {
                        format!("{}: ", e.path)
                    };
                    format!("{place}{}", crate::i18n::validation_message(e, lang))
                })
                .collect(),
            Notice::OlderModel { .. } => crate::i18n::messages::older_model_changes(lang),
            Notice::Comparison(error) => vec![crate::i18n::comparison_error_message(error, lang)],
        }
    }
}

/// Where a new value comes from. Only typed text is in the user's number format and stays on
/// screen as typed; the others send plain text (`12.5`) and show the value as the field writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A slider moved.
    Slider,
    /// A person typed into a box.
    Typed,
    /// A choice from a list (a target's metric or operator).
    Chosen,
    /// A goal-seek answer applied.
    Applied,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    LoadPreset(String),
    /// Opens a share link fragment (from the address bar).
    OpenLink(String),
    DismissNotice,
    /// A comparison link or file could not be opened: said, the scenario on screen stays.
    ComparisonRefused(crate::formats::comparison::ComparisonError),
    /// A scenario file the user opened (its name and text).
    OpenFile {
        name: String,
        text: String,
    },
    /// A file the user chose that is larger than any scenario (its name and size in bytes): it
    /// is not read, and the scenario on screen stays.
    FileTooLarge {
        name: String,
        bytes: usize,
    },
    SetLang(Lang),
    /// A scenario built from the user's own figures ("Eigen regio").
    OwnRegion(Box<Scenario>),
    /// A new value for the field at `path` (read against the field table once, by the control).
    Set {
        path: FieldPath,
        text: String,
        origin: Origin,
    },
    /// One value for every year of the per-year array at `path`.
    SetAllYears {
        path: FieldPath,
        text: String,
        origin: Origin,
    },
    /// Several per-year fields at once, each to one value for every year (a package of levers,
    /// issue 25): one step to undo.
    SetAllYearsOfEach {
        edits: Vec<(FieldPath, String)>,
        origin: Origin,
    },
    /// Chooses a target's metric or operator.
    ChooseTarget {
        index: usize,
        field: TargetPart,
        value: String,
    },
    AddTarget,
    RemoveTarget(usize),
    AddProgrammeLine,
    RemoveProgrammeLine(usize),
    /// Adds the band of children under 12 (MODEL.md §3), all zero, so that it changes nothing
    /// until the user fills it in; raises the scenario to schema 2.
    AddUnder12,
    /// Removes the band, with the targets, ranges and notes that need it.
    RemoveUnder12,
    /// A new low or high end for the range of `key`.
    SetRange {
        key: String,
        end: RangeEnd,
        text: String,
        origin: Origin,
    },
    /// Gives the assumption at `key` a range (±25 % around its value, within its bounds).
    AddRange(String),
    RemoveRange(String),
    /// Puts a package answer for the scenario on screen in the memo ("Wat ervoor nodig is").
    NeedToMemo(Box<crate::app::goal::PackageAnswer>),
    /// Back to the scenario before the last step ("ongedaan maken", Ctrl+Z).
    Undo,
    /// Forward again (Ctrl+Y).
    Redo,
}

/// The draft path of one end of a range: `uncertainty["stay_months.foster"].low`.
pub fn range_path(key: &str, end: RangeEnd) -> String {
    format!(
        "{}.{}",
        crate::scenario::entry_path(FieldId::Uncertainty, key),
        end.key()
    )
}

impl Action {
    /// A new value for a field, or for every year of a per-year field when `all_years`.
    pub fn edit(path: FieldPath, text: String, origin: Origin, all_years: bool) -> Action {
        if all_years {
            Action::SetAllYears { path, text, origin }
        } else {
            Action::Set { path, text, origin }
        }
    }
}

impl AppState {
    /// The package answer in the memo, if it was computed for the scenario on screen.
    pub fn need(&self) -> Option<&MemoNeed> {
        self.need
            .as_deref()
            .filter(|n| Rc::ptr_eq(&n.scenario, &self.scenario))
    }

    pub fn new(plan: &str, lang: Lang) -> Self {
        let preset = presets::by_id(plan).unwrap_or(presets::default_preset());
        AppState {
            plan: Some(PlanRef::current(preset)),
            scenario: Rc::new(preset.scenario()),
            drafts: Keyed::new(),
            lang,
            notice: None,
            history: History::default(),
            need: None,
        }
    }

    /// The state a share link opens with: its scenario, or, if it cannot be opened, the default
    /// preset with a notice that says why. An empty fragment is simply the default preset.
    pub fn from_link(fragment: &str, lang: Lang) -> Self {
        let mut state = AppState::new(presets::DEFAULT_ID, lang);
        if fragment.trim().trim_start_matches('#').is_empty() {
            return state;
        }
        match decode(fragment) {
            Ok((scenario, plan)) => {
                state.scenario = Rc::new(scenario);
                state.plan = plan;
                state.notice = opened_notice(plan);
            }
            Err(error) => state.notice = Some(Notice::Link(error)),
        }
        state
    }

    /// The draft of a field, if the user typed something there that is still shown.
    pub fn draft(&self, path: &str) -> Option<&Draft> {
        self.drafts.get(path)
    }

    /// The drafts of the field at `path` and of its parts or whole (`a`, `a[2]`).
    pub fn drafts_of<'a>(&'a self, path: &'a str) -> impl Iterator<Item = (&'a String, &'a Draft)> {
        self.drafts.iter().filter(move |(k, _)| related(k, path))
    }

    /// Fields whose typed text was refused.
    pub fn invalid_fields(&self) -> usize {
        self.drafts.values().filter(|d| d.error.is_some()).count()
    }
}

/// Whether two paths are the same field, or one holds the other (`a` and `a[2]`).
pub fn related(a: &str, b: &str) -> bool {
    a == b
        || a.strip_prefix(b)
            .is_some_and(|r| r.starts_with('[') || r.starts_with('.'))
        || b.strip_prefix(a)
            .is_some_and(|r| r.starts_with('[') || r.starts_with('.'))
}

fn input_lang(origin: Origin, lang: Lang) -> Lang {
    match origin {
        Origin::Typed => lang,
        // A slider's, a list's or an answer's value is always plain "12.5".
        Origin::Slider | Origin::Chosen | Origin::Applied => Lang::En,
    }
}

/// The field an action edits, for grouping edits of one field into one undo step.
fn edited_field(action: &Action) -> Option<String> {
    match action {
        Action::Set { path, .. } | Action::SetAllYears { path, .. } => {
            Some(path.as_str().to_string())
        }
        Action::SetRange { key, end, .. } => Some(range_path(key, *end)),
        _ => None,
    }
}

/// The new state after `action`, with the step it took on the undo stack. Pure: the same state
/// and action give the same result.
pub fn reduce(state: &AppState, action: Action) -> AppState {
    match action {
        Action::Undo => return step_back(state, true),
        Action::Redo => return step_back(state, false),
        _ => {}
    }
    let field = edited_field(&action);
    let mut next = apply(state, action);
    let changed = !Rc::ptr_eq(&next.scenario, &state.scenario) && next.scenario != state.scenario;
    if changed {
        let same_step = field.is_some() && field == state.history.editing;
        if !same_step {
            let undo = Rc::make_mut(&mut next.history.undo);
            undo.push(Snapshot {
                scenario: state.scenario.clone(),
                plan: state.plan,
            });
            if undo.len() > History::DEPTH {
                undo.remove(0);
            }
        }
        next.history.redo = Rc::new(Vec::new());
        next.history.editing = field;
    } else if field.is_none() {
        next.history.editing = None;
    }
    next
}

/// Undo (`back`) or redo: the scenario from the one stack, the current onto the other.
fn step_back(state: &AppState, back: bool) -> AppState {
    let mut next = state.clone();
    let (from, to) = if back {
        (&mut next.history.undo, &mut next.history.redo)
    } else {
        (&mut next.history.redo, &mut next.history.undo)
    };
    let Some(snapshot) = Rc::make_mut(from).pop() else {
        return next;
    };
    Rc::make_mut(to).push(Snapshot {
        scenario: state.scenario.clone(),
        plan: state.plan,
    });
    next.scenario = snapshot.scenario;
    next.plan = snapshot.plan;
    next.drafts.clear();
    next.history.editing = None;
    next
}

/// `action` applied to `state`, without the undo bookkeeping.
fn apply(state: &AppState, action: Action) -> AppState {
    let mut next = state.clone();
    match action {
        Action::Undo | Action::Redo => {}
        Action::LoadPreset(id) => {
            if let Some(preset) = presets::by_id(&id) {
                next.plan = Some(PlanRef::current(preset));
                next.scenario = Rc::new(preset.scenario());
                next.drafts.clear();
            }
        }
        Action::SetLang(lang) => next.lang = lang,
        Action::OpenLink(fragment) => {
            // A link that fails keeps what is on screen (the user's work), with the notice.
            match decode(&fragment) {
                Ok((scenario, plan)) => {
                    next.scenario = Rc::new(scenario);
                    next.plan = plan;
                    next.drafts.clear();
                    next.notice = opened_notice(plan);
                }
                Err(error) => next.notice = Some(Notice::Link(error)),
            }
        }
        Action::OpenFile { name, text } => match crate::scenario::parse_file(&text) {
            Ok((scenario, based_on)) => {
                next.scenario = Rc::new(scenario);
                // The plan the file was made from (issue 24): its changes are then "gewijzigd —
                // plan: …", as for the link. A plan this build does not know: no plan.
                next.plan = based_on.and_then(|b| PlanRef::find(&b.preset, &b.version.to_string()));
                next.drafts.clear();
                next.notice = None;
            }
            Err(errors) => next.notice = Some(Notice::File { name, errors }),
        },
        Action::FileTooLarge { name, bytes } => {
            next.notice = Some(Notice::File {
                name,
                errors: vec![crate::scenario::too_large(Some(bytes))],
            });
        }
        Action::OwnRegion(scenario) => {
            next.scenario = Rc::new(*scenario);
            next.plan = None;
            next.drafts.clear();
            next.notice = None;
        }
        Action::DismissNotice => next.notice = None,
        Action::NeedToMemo(answer) => {
            next.need = Some(Rc::new(MemoNeed {
                scenario: state.scenario.clone(),
                answer: *answer,
            }));
        }
        Action::ComparisonRefused(error) => next.notice = Some(Notice::Comparison(error)),
        Action::Set { path, text, origin } => {
            let result = apply_text(
                &state.scenario,
                &path,
                &text,
                input_lang(origin, state.lang),
            );
            record(&mut next, path.as_str().into(), text, origin, result);
        }
        Action::SetAllYears { path, text, origin } => {
            let element = path.element(0);
            let lang = input_lang(origin, state.lang);
            let value = crate::app::edit::parse_field_text(&element, &text, lang);
            let result = value.and_then(|v| {
                let all = Value::Array(vec![v; state.scenario.years as usize]);
                apply_value(&state.scenario, &path, all).map_err(EditError::Invalid)
            });
            record(&mut next, path.as_str().into(), text, origin, result);
        }
        Action::SetAllYearsOfEach { edits, origin } => {
            for (path, text) in edits {
                next = apply(&next, Action::SetAllYears { path, text, origin });
            }
        }
        Action::ChooseTarget {
            index,
            field,
            value,
        } => {
            let text = format!("{}[{index}].{}", FieldId::Targets.path(), field.key());
            let result = match FieldPath::parse(text.clone()) {
                Some(path) => apply_value(&state.scenario, &path, Value::String(value.clone()))
                    .map_err(EditError::Invalid),
                None => Err(EditError::Invalid(Vec::new())),
            };
            record(&mut next, text, value, Origin::Chosen, result);
        }
        Action::AddTarget => {
            let s = &state.scenario;
            let target = json!({"year": s.last_year(), "metric": "family_share_pct", "op": ">=", "value": 70});
            edit_list(&mut next, FieldId::Targets.path(), ListEdit::Push(target));
        }
        Action::RemoveTarget(i) => {
            edit_list(&mut next, FieldId::Targets.path(), ListEdit::Remove(i));
            drop_indexed_drafts(&mut next, FieldId::Targets.path());
        }
        Action::AddProgrammeLine => {
            let line = json!({"label": "", "amounts": []});
            edit_list(
                &mut next,
                FieldId::ProgrammeLines.path(),
                ListEdit::Push(line),
            );
        }
        Action::RemoveProgrammeLine(i) => {
            edit_list(
                &mut next,
                FieldId::ProgrammeLines.path(),
                ListEdit::Remove(i),
            );
            drop_indexed_drafts(&mut next, FieldId::ProgrammeLines.path());
        }
        Action::AddUnder12 => {
            if state.scenario.under12.is_none() {
                // One in twelve of the children under 12 turns 12 in a year when their ages
                // are spread evenly over 0–11: a placeholder the note says to check.
                let band = json!({
                    "stock": {"foster": 0, "family_home": 0, "residential": 0, "other": 0},
                    "mismatch": 0, "inflow_pct": 0, "residential_need_pct": 0,
                    "other_need_pct": 0, "ageing_pct": 8.3
                });
                let note = crate::i18n::Text::Under12AddedNote
                    .get(state.lang)
                    .to_string();
                edit_root(&mut next, |root, sources| {
                    if let Some(map) = root.as_object_mut() {
                        map.insert(FieldId::Under12.path().into(), band);
                    }
                    crate::scenario::upgrade_schema(root, Some(sources));
                    sources.insert(
                        FieldId::Under12.path().into(),
                        crate::scenario::Source {
                            kind: crate::scenario::SourceKind::Assumption,
                            note,
                        },
                    );
                });
            }
        }
        Action::RemoveUnder12 => {
            let band = FieldId::Under12.path();
            let inside = |key: &str| key == band || key.starts_with(&format!("{band}."));
            // The targets on the band, last first, each note moving with its target.
            let gone: Vec<usize> = (state.scenario.targets.iter().enumerate())
                .filter(|(_, t)| t.metric.key().ends_with("_under12"))
                .map(|(i, _)| i)
                .rev()
                .collect();
            edit_root(&mut next, |root, sources| {
                if let Some(map) = root.as_object_mut() {
                    map.remove(band);
                    if let Some(Value::Array(targets)) = map.get_mut(FieldId::Targets.path()) {
                        for &i in &gone {
                            if i < targets.len() {
                                targets.remove(i);
                                *sources = shift_sources(sources, FieldId::Targets.path(), i);
                            }
                        }
                    }
                    if let Some(Value::Object(ranges)) = map.get_mut(FieldId::Uncertainty.path()) {
                        ranges.retain(|key, _| !inside(key));
                    }
                }
                sources.retain(|key, _| {
                    !inside(key) && !key.strip_prefix("uncertainty.").is_some_and(&inside)
                });
            });
            if next.scenario.under12.is_none() {
                next.drafts.retain(|key, _| !inside(key));
                if !gone.is_empty() {
                    drop_indexed_drafts(&mut next, FieldId::Targets.path());
                }
            }
        }
        Action::SetRange {
            key,
            end,
            text,
            origin,
        } => {
            let path = range_path(&key, end);
            let field = FieldPath::parse(key.clone()).ok_or(EditError::Invalid(Vec::new()));
            let result = field
                .and_then(|field| {
                    crate::app::edit::parse_field_text(
                        &field,
                        &text,
                        input_lang(origin, state.lang),
                    )
                })
                .and_then(|value| {
                    edit_ranges(&state.scenario, |ranges| {
                        if let Some(Value::Object(range)) = ranges.get_mut(&key) {
                            range.insert(end.key().to_string(), value);
                        }
                    })
                    .map_err(EditError::Invalid)
                });
            record(&mut next, path, text, origin, result);
        }
        Action::AddRange(key) => {
            if let Some(range) =
                crate::analysis::uncertainty::suggested_range(&state.scenario, &key)
            {
                let entry = crate::scenario::ranges::range_json(&key, range);
                match edit_ranges(&state.scenario, |ranges| {
                    ranges.insert(key.clone(), entry);
                }) {
                    Ok(scenario) => next.scenario = Rc::new(scenario),
                    Err(errors) => next.notice = Some(Notice::Edit(errors)),
                }
            }
        }
        Action::RemoveRange(key) => {
            match edit_ranges(&state.scenario, |ranges| {
                ranges.remove(&key);
            }) {
                Ok(scenario) => next.scenario = Rc::new(scenario),
                Err(errors) => next.notice = Some(Notice::Edit(errors)),
            }
            let prefix = crate::scenario::entry_path(FieldId::Uncertainty, &key);
            next.drafts.retain(|k, _| !k.starts_with(&prefix));
        }
    }
    next
}

/// Changes the scenario's ranges as JSON ([`crate::app::edit::edit_scenario`]). The notes stay,
/// except the note of a range that is gone.
fn edit_ranges(
    scenario: &Scenario,
    change: impl FnOnce(&mut serde_json::Map<String, Value>),
) -> Result<Scenario, Vec<ValidationError>> {
    edit_scenario(scenario, |root, sources| {
        let map = root.as_object_mut().ok_or_else(Vec::new)?;
        let ranges = map
            .entry(FieldId::Uncertainty.path())
            .or_insert_with(|| Value::Object(Default::default()));
        if let Some(ranges) = ranges.as_object_mut() {
            change(ranges);
            sources.retain(|k, _| {
                k.strip_prefix(FieldId::Uncertainty.path())
                    .and_then(|rest| rest.strip_prefix('.'))
                    .is_none_or(|key| ranges.contains_key(key))
            });
        }
        Ok(())
    })
}

/// Stores the outcome of an edit: on success the new scenario (and no draft for the field, unless
/// it was typed: then the text stays as typed); on failure the draft with its error.
fn record(
    next: &mut AppState,
    path: String,
    text: String,
    origin: Origin,
    result: Result<Scenario, EditError>,
) {
    match result {
        Ok(scenario) => {
            next.scenario = Rc::new(scenario);
            next.drafts.retain(|k, _| !related(k, &path));
            if origin == Origin::Typed {
                next.drafts.insert(path, Draft { text, error: None });
            }
        }
        Err(error) => {
            next.drafts.insert(
                path,
                Draft {
                    text,
                    error: Some(error),
                },
            );
        }
    }
}

/// A change to a list of entries: one added at the end, or the one at an index removed.
enum ListEdit {
    Push(Value),
    Remove(usize),
}

/// Edits the scenario as its JSON form and its notes together
/// ([`crate::app::edit::edit_scenario`]); a refused edit leaves the scenario as it was and the
/// page says why ([`Notice::Edit`]): nothing fails silently.
fn edit_root(
    next: &mut AppState,
    change: impl FnOnce(&mut Value, &mut Keyed<crate::scenario::Source>),
) {
    let edited = edit_scenario(&next.scenario, |root, sources| {
        change(root, sources);
        Ok(())
    });
    match edited {
        Ok(scenario) => next.scenario = Rc::new(scenario),
        Err(errors) => next.notice = Some(Notice::Edit(errors)),
    }
}

/// Edits the list at `path` (`targets`, `programme.lines`). A removal takes the notes of the
/// removed entry with it and moves the notes of the entries after it up with them
/// (`targets[5]` becomes `targets[4]`), so a note never ends up on another entry or on nothing.
fn edit_list(next: &mut AppState, path: &str, edit: ListEdit) {
    edit_root(next, |root, sources| {
        let mut here = root;
        for key in path.split('.') {
            if here.get(key).is_none() {
                if let Some(map) = here.as_object_mut() {
                    map.insert(key.to_string(), Value::Array(Vec::new()));
                }
            }
            match here.get_mut(key) {
                Some(v) => here = v,
                None => return,
            }
        }
        let Some(items) = here.as_array_mut() else {
            return;
        };
        match edit {
            ListEdit::Push(item) => items.push(item),
            ListEdit::Remove(i) if i < items.len() => {
                items.remove(i);
                *sources = shift_sources(sources, path, i);
            }
            ListEdit::Remove(_) => {}
        }
    });
}

/// The notes after removing entry `removed` of the list at `list`: the entry's own notes are
/// dropped, those of later entries renumbered.
fn shift_sources(
    sources: &Keyed<crate::scenario::Source>,
    list: &str,
    removed: usize,
) -> Keyed<crate::scenario::Source> {
    let prefix = format!("{list}[");
    let mut out = Keyed::new();
    for (key, source) in sources {
        let entry = key.strip_prefix(&prefix).and_then(|rest| {
            let (index, tail) = rest.split_once(']')?;
            Some((index.parse::<usize>().ok()?, tail))
        });
        match entry {
            Some((i, _)) if i == removed => {}
            Some((i, tail)) if i > removed => {
                out.insert(format!("{prefix}{}]{tail}", i - 1), source.clone());
            }
            _ => {
                out.insert(key.clone(), source.clone());
            }
        }
    }
    out
}

/// After a removal the indices shift: drafts of the list's entries no longer match them.
fn drop_indexed_drafts(next: &mut AppState, list: &str) {
    let prefix = format!("{list}[");
    next.drafts.retain(|k, _| !k.starts_with(&prefix));
}

/// The message for a refused draft, in `lang`: the field, the rule and what was found.
pub fn draft_message(path: &str, error: &EditError, lang: Lang) -> String {
    match error {
        EditError::Input(e) => format!(
            "{}: {}",
            crate::i18n::field_label(path, lang),
            e.message(lang)
        ),
        EditError::Invalid(errors) => errors
            .iter()
            .map(|e| crate::i18n::validation_message(e, lang))
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// Whether typed text for this field is a number (for `inputmode` and alignment).
pub fn is_numeric(path: &str) -> bool {
    field_kind(path).is_some_and(|kind| kind != FieldKind::Text)
}

impl From<InputError> for EditError {
    fn from(e: InputError) -> Self {
        EditError::Input(e)
    }
}

#[cfg(test)]
mod tests {
    /// A package applied is one step: one undo takes every lever back. A package put in the
    /// memo belongs to the scenario it answers for.
    #[test]
    fn a_package_applies_in_one_step_and_the_memo_keeps_its_scenario() {
        use crate::analysis::package::{default_levers, package_seek};
        use crate::app::goal::{GoalAnswer, PackageAnswer};
        let state = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        let p = package_seek(&state.scenario, 2, &default_levers(&state.scenario), true).unwrap();
        let answer = PackageAnswer::point(p.clone(), &state.scenario);
        let noted = reduce(&state, Action::NeedToMemo(Box::new(answer.clone())));
        assert_eq!(noted.need().map(|n| &n.answer), Some(&answer));
        let (_, actions) =
            GoalAnswer::Package(Box::new(answer)).describe(&state.scenario, Lang::Nl);
        let edits = actions
            .into_iter()
            .map(|(path, text)| (FieldPath::parse(path).unwrap(), text))
            .collect();
        let applied = reduce(
            &noted,
            Action::SetAllYearsOfEach {
                edits,
                origin: Origin::Applied,
            },
        );
        // The figures of the package as the search projected it.
        let shown = crate::engine::project(&applied.scenario);
        let searched = crate::engine::project(&crate::analysis::package::apply_package(
            &state.scenario,
            &p,
        ));
        assert_eq!(shown.targets, searched.targets);
        assert_eq!(shown.net_with_committed, searched.net_with_committed);
        assert_eq!(shown.targets[2].actual, p.actual);
        // The memo no longer shows an answer for the scenario before.
        assert!(applied.need().is_none());
        let back = reduce(&applied, Action::Undo);
        assert_eq!(back.scenario, state.scenario);
    }

    use super::*;
    use crate::engine::project;
    #[allow(unused_imports)]
    use crate::scenario::fields::FieldPath;

    fn start() -> AppState {
        AppState::new("gooi-en-vechtstreek", Lang::Nl)
    }

    /// A target whose note sits on the target itself (`sources["targets[5]"]`) can be removed:
    /// its note goes with it, and the notes of the targets after it move up with their targets.
    #[test]
    fn removing_a_target_with_its_own_note() {
        let mut state = start();
        let mut s = (*state.scenario).clone();
        s.sources.retain(|key, _| !key.starts_with("targets["));
        let n = s.targets.len();
        assert!(n >= 6);
        let note = |text: &str| crate::scenario::Source {
            kind: crate::scenario::SourceKind::Plan,
            note: text.into(),
        };
        s.sources.insert("targets[5]".into(), note("laatste doel"));
        s.sources.insert("targets[2]".into(), note("derde doel"));
        state.scenario = Rc::new(s);
        let removed = reduce(&state, Action::RemoveTarget(5));
        assert_eq!(removed.scenario.targets.len(), n - 1);
        assert!(!removed.scenario.sources.contains_key("targets[5]"));
        assert_eq!(removed.notice, None);
        let first = reduce(&state, Action::RemoveTarget(0));
        assert_eq!(first.scenario.targets.len(), n - 1);
        assert_eq!(first.scenario.targets[..], state.scenario.targets[1..]);
        assert_eq!(first.scenario.sources["targets[4]"].note, "laatste doel");
        assert_eq!(first.scenario.sources["targets[1]"].note, "derde doel");
        assert!(!first.scenario.sources.contains_key("targets[5]"));
    }

    #[test]
    fn ranges_are_added_edited_and_removed() {
        let key = "foster.children_per_family";
        let state = start();
        assert!(!state.scenario.uncertainty.contains_key(key));
        let added = reduce(&state, Action::AddRange(key.into()));
        let range = added.scenario.uncertainty[key];
        assert_eq!((range.low, range.high), (0.9, 1.5));
        // Typed in Dutch, money to the cent.
        let price = "cost.per_day.residential";
        let typed = reduce(
            &added,
            Action::SetRange {
                key: price.into(),
                end: RangeEnd::Low,
                text: "160,50".into(),
                origin: Origin::Typed,
            },
        );
        assert_eq!(typed.scenario.uncertainty[price].low, 160.5);
        assert!(typed.scenario.to_json().contains(r#""low": "160.50""#));
        // A low end above the high end is refused, with the reason at the field.
        let wrong = reduce(
            &typed,
            Action::SetRange {
                key: price.into(),
                end: RangeEnd::Low,
                text: "400".into(),
                origin: Origin::Typed,
            },
        );
        assert!(Rc::ptr_eq(&wrong.scenario, &typed.scenario));
        let draft = wrong.draft(&range_path(price, RangeEnd::Low)).unwrap();
        let Some(EditError::Invalid(errors)) = &draft.error else {
            panic!("{draft:?}")
        };
        assert_eq!(
            crate::i18n::validation_message(&errors[0], Lang::Nl),
            "Bandbreedte prijs per dag residentieel: laagste waarde mag niet boven de hoogste waarde liggen (gevonden: 400)."
        );
        // Removing a range removes its note and its drafts.
        assert!(wrong
            .scenario
            .sources
            .contains_key("uncertainty.cost.per_day.residential"));
        let removed = reduce(&wrong, Action::RemoveRange(price.into()));
        assert!(!removed.scenario.uncertainty.contains_key(price));
        assert!(!removed
            .scenario
            .sources
            .contains_key("uncertainty.cost.per_day.residential"));
        assert!(removed.draft(&range_path(price, RangeEnd::Low)).is_none());
        // Unknown keys change nothing.
        let same = reduce(&removed, Action::AddRange("foster.recruit_per_year".into()));
        assert_eq!(same.scenario, removed.scenario);
    }

    fn set(state: &AppState, path: &str, text: &str, origin: Origin) -> AppState {
        reduce(
            state,
            Action::Set {
                path: FieldPath::of(path),
                text: text.into(),
                origin,
            },
        )
    }

    #[test]
    fn a_whole_drag_is_one_undo_step_and_redo_goes_forward() {
        let start = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        assert!(!start.history.can_undo());
        // A drag: many slider inputs on one lever, one step.
        let mut s = start.clone();
        for v in ["35", "36", "37", "40"] {
            s = reduce(
                &s,
                Action::SetAllYears {
                    path: FieldPath::of("foster.recruit_per_year"),
                    text: v.into(),
                    origin: Origin::Slider,
                },
            );
        }
        assert_eq!(s.scenario.recruit(3), 40);
        // Then a price: another step.
        let s = set(&s, "cost.per_day.residential", "250", Origin::Typed);
        let back = reduce(&s, Action::Undo);
        assert_eq!(back.scenario.recruit(3), 40);
        assert_eq!(
            back.scenario.cost.per_day.residential,
            start.scenario.cost.per_day.residential
        );
        let back = reduce(&back, Action::Undo);
        assert_eq!(
            *back.scenario, *start.scenario,
            "the plan's 34, 33, 33, 33 again"
        );
        assert!(!back.history.can_undo());
        // Undo at the bottom changes nothing.
        assert_eq!(reduce(&back, Action::Undo).scenario, back.scenario);
        let forward = reduce(&reduce(&back, Action::Redo), Action::Redo);
        assert_eq!(*forward.scenario, *s.scenario);
        assert!(!forward.history.can_redo());
        // A new edit after an undo drops what could be redone.
        let branched = set(&back, "stay_months.foster", "40", Origin::Typed);
        assert!(!branched.history.can_redo());
    }

    #[test]
    fn one_value_for_all_years_over_a_schedule_is_undone_in_one_step() {
        let start = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        assert_eq!(start.scenario.family_home.new_per_year, vec![1, 2, 1, 0]);
        let flat = reduce(
            &start,
            Action::SetAllYears {
                path: FieldPath::of("family_home.new_per_year"),
                text: "0".into(),
                origin: Origin::Slider,
            },
        );
        assert_eq!(flat.scenario.family_home.new_per_year, vec![0, 0, 0, 0]);
        let back = reduce(&flat, Action::Undo);
        assert_eq!(back.scenario.family_home.new_per_year, vec![1, 2, 1, 0]);
        // Opening another plan is undoable too: nothing is lost by a click.
        let other = reduce(&flat, Action::LoadPreset("flevoland".into()));
        let back = reduce(&other, Action::Undo);
        assert_eq!(back.plan, PlanRef::of("gooi-en-vechtstreek"));
        assert_eq!(back.scenario.family_home.new_per_year, vec![0, 0, 0, 0]);
    }

    #[test]
    fn slider_changes_the_projection() {
        let s0 = start();
        let before = project(&s0.scenario).years[3].shares_pct.family;
        let s1 = reduce(
            &s0,
            Action::SetAllYears {
                path: FieldPath::of("foster.recruit_per_year"),
                text: "80".into(),
                origin: Origin::Slider,
            },
        );
        assert_eq!(s1.scenario.foster.recruit_per_year, vec![80; 4]);
        assert!(s1.drafts.is_empty());
        assert!(project(&s1.scenario).years[3].shares_pct.family > before);
    }

    #[test]
    fn bad_input_keeps_the_last_valid_scenario_and_the_text() {
        let s0 = start();
        let s1 = set(&s0, "stay_months.foster", "dertig", Origin::Typed);
        assert_eq!(s1.scenario, s0.scenario);
        let draft = s1.draft("stay_months.foster").unwrap();
        assert_eq!(draft.text, "dertig");
        let message = draft_message(
            "stay_months.foster",
            draft.error.as_ref().unwrap(),
            Lang::Nl,
        );
        assert_eq!(
            message,
            "Verblijfsduur pleegzorg: Dit is geen getal. Gebruik cijfers, bijvoorbeeld 12,5."
        );
        // Another field still edits, and the broken one keeps its text.
        let s2 = set(&s1, "cost.per_day.foster", "60", Origin::Typed);
        assert_eq!(s2.scenario.cost.per_day.foster.to_string(), "60.00");
        assert_eq!(s2.draft("stay_months.foster").unwrap().text, "dertig");
        assert_eq!(s2.invalid_fields(), 1);
        // Fixing it clears the error.
        let s3 = set(&s2, "stay_months.foster", "30", Origin::Typed);
        assert_eq!(s3.invalid_fields(), 0);
        assert_eq!(s3.scenario.stay_months.foster, 30.0);
    }

    #[test]
    fn the_under_12_band_is_added_as_zero_and_removed_with_what_needs_it() {
        let mut state = start();
        state.plan = PlanRef::of("zuid-limburg");
        state.scenario = Rc::new(crate::presets::by_id("zuid-limburg").unwrap().scenario());
        assert!(state.scenario.under12.is_none());
        let before = crate::engine::project(&state.scenario);
        let added = reduce(&state, Action::AddUnder12);
        let band = added.scenario.under12.as_ref().expect("the band");
        assert_eq!(band.inflow_pct, 0.0);
        // All zero: the totals stay (MODEL.md §9), and the note says what to fill in.
        let after = crate::engine::project(&added.scenario);
        for (a, b) in before.years.iter().zip(&after.years) {
            assert!((a.shares_pct.family - b.shares_pct.family).abs() < 1e-9);
        }
        let note = &added
            .scenario
            .source_of("under12.stock.residential")
            .unwrap()
            .note;
        assert!(note.starts_with("Toegevoegd in zothuis"), "{note}");
        // Filled in, it can carry a target of its own and an edit of its fields.
        let filled = set(&added, "under12.stock.residential", "5", Origin::Typed);
        assert_eq!(
            filled.scenario.under12.as_ref().unwrap().stock.residential,
            5.0
        );
        let mut with_target = filled.clone();
        let mut s = (*filled.scenario).clone();
        s.targets.push(crate::scenario::Target {
            year: s.last_year(),
            metric: crate::scenario::Metric::ResidentialCountUnder12,
            op: crate::scenario::Op::AtMost,
            value: 0.0,
        });
        let kept = s.targets.len() - 1;
        s.sources.insert(
            format!("targets[{kept}]"),
            crate::scenario::Source {
                kind: crate::scenario::SourceKind::Plan,
                note: "onder 12".into(),
            },
        );
        with_target.scenario = Rc::new(s);
        let removed = reduce(&with_target, Action::RemoveUnder12);
        assert!(removed.scenario.under12.is_none());
        assert!(removed.notice.is_none());
        assert_eq!(removed.scenario.targets.len(), kept);
        assert!(!removed
            .scenario
            .sources
            .contains_key(&format!("targets[{kept}]")));
        assert!(!removed
            .scenario
            .sources
            .keys()
            .any(|k| k.starts_with("under12")));
        // And back with one step of undo.
        let undone = reduce(&removed, Action::Undo);
        assert!(undone.scenario.under12.is_some());
    }

    #[test]
    fn rule_errors_name_field_and_rule_in_dutch() {
        let s1 = set(&start(), "stay_months.residential", "500", Origin::Typed);
        let draft = s1.draft("stay_months.residential").unwrap();
        let message = draft_message(
            "stay_months.residential",
            draft.error.as_ref().unwrap(),
            Lang::Nl,
        );
        assert_eq!(
            message,
            "Verblijfsduur residentieel moet tussen 1 en 240 liggen (gevonden: 500)."
        );
        let english = draft_message(
            "stay_months.residential",
            draft.error.as_ref().unwrap(),
            Lang::En,
        );
        assert_eq!(
            english,
            "Length of stay, residential must be between 1 and 240 (found: 500)."
        );
    }

    #[test]
    fn per_year_edit_clears_the_uniform_draft() {
        let s1 = reduce(
            &start(),
            Action::SetAllYears {
                path: FieldPath::of("foster.recruit_per_year"),
                text: "40".into(),
                origin: Origin::Typed,
            },
        );
        assert!(s1.draft("foster.recruit_per_year").is_some());
        let s2 = set(&s1, "foster.recruit_per_year[1]", "50", Origin::Typed);
        assert_eq!(s2.scenario.foster.recruit_per_year, vec![40, 50, 40, 40]);
        assert!(s2.draft("foster.recruit_per_year").is_none());
    }

    #[test]
    fn presets_and_language() {
        let s1 = set(&start(), "stay_months.foster", "x", Origin::Typed);
        let s2 = reduce(&s1, Action::LoadPreset("flevoland".into()));
        assert_eq!(s2.plan, PlanRef::of("flevoland"));
        assert!(s2.drafts.is_empty());
        assert_eq!(s2.scenario.start_year, 2018);
        let s3 = reduce(&s2, Action::LoadPreset("atlantis".into()));
        assert_eq!(s3, s2);
        assert_eq!(reduce(&s3, Action::SetLang(Lang::En)).lang, Lang::En);
    }

    #[test]
    fn targets_and_lines_can_be_added_and_removed() {
        let s0 = reduce(&start(), Action::LoadPreset("zuid-limburg".into()));
        let s1 = reduce(&s0, Action::AddTarget);
        assert_eq!(s1.scenario.targets.len(), 1);
        assert_eq!(s1.scenario.targets[0].year, 2022);
        let s2 = reduce(
            &s1,
            Action::ChooseTarget {
                index: 0,
                field: TargetPart::Metric,
                value: "residential_share_pct".into(),
            },
        );
        assert_eq!(s2.scenario.targets[0].metric.key(), "residential_share_pct");
        let s3 = reduce(
            &s2,
            Action::ChooseTarget {
                index: 0,
                field: TargetPart::Op,
                value: "<=".into(),
            },
        );
        assert_eq!(s3.scenario.targets[0].op.symbol(), "<=");
        let s4 = reduce(&s3, Action::RemoveTarget(0));
        assert!(s4.scenario.targets.is_empty());
        let s5 = reduce(&s4, Action::AddProgrammeLine);
        assert_eq!(s5.scenario.programme.lines.len(), 1);
        let s6 = set(
            &s5,
            "programme.lines[0].amounts[1]",
            "12.500",
            Origin::Typed,
        );
        assert_eq!(
            s6.scenario.programme.lines[0].amounts[1].to_string(),
            "12500.00"
        );
        let s7 = reduce(&s6, Action::RemoveProgrammeLine(0));
        assert!(s7.scenario.programme.lines.is_empty());
        assert!(s7.drafts.is_empty());
    }

    #[test]
    fn links_open_or_explain() {
        let s = AppState::from_link("#v1/flevoland@1/pp=4", Lang::Nl);
        // The plan is kept at the version the link names, so that re-sharing writes against it.
        assert_eq!(s.plan, PlanRef::find("flevoland", "1"));
        assert_eq!(s.plan.map(|p| p.version), Some(1));
        assert_eq!(s.scenario.family_home.places_per_home, 4.0);
        assert_eq!(s.notice, Some(Notice::OlderModel { version: 1 }));
        let bad = AppState::from_link("#v1/flevoland@1/pp=vier", Lang::Nl);
        assert_eq!(bad.plan, PlanRef::of("gooi-en-vechtstreek"));
        assert!(bad.notice.as_ref().unwrap().details(Lang::Nl)[0].contains("pp=vier"));
        assert!(AppState::from_link("", Lang::Nl).notice.is_none());
        // A link to a plan read with an earlier model opens, and says what now differs.
        let old = AppState::from_link("#v1/flevoland@2/", Lang::Nl);
        assert_eq!(old.notice, Some(Notice::OlderModel { version: 2 }));
        assert_eq!(old.notice.as_ref().unwrap().details(Lang::Nl).len(), 4);
        assert!(AppState::from_link("#v1/flevoland@3/", Lang::Nl)
            .notice
            .is_none());
        // A bad link pasted later keeps the user's scenario.
        let edited = set(&s, "stay_months.foster", "40", Origin::Typed);
        let after = reduce(&edited, Action::OpenLink("#v9/x".into()));
        assert_eq!(after.scenario, edited.scenario);
        assert!(after.notice.is_some());
        assert!(reduce(&after, Action::DismissNotice).notice.is_none());
    }

    #[test]
    fn files_open_or_list_their_errors() {
        let s0 = start();
        let edited = set(&s0, "stay_months.foster", "40", Origin::Typed);
        let bad = reduce(
            &edited,
            Action::OpenFile {
                name: "x.json".into(),
                text: r#"{"schema": 1, "years": 99}"#.into(),
            },
        );
        assert_eq!(bad.scenario, edited.scenario);
        let notice = bad.notice.clone().unwrap();
        assert!(notice
            .title(Lang::Nl)
            .starts_with("Het bestand ‘x.json’ is geen geldig scenario ("));
        assert!(notice
            .details(Lang::Nl)
            .iter()
            .any(|d| d == "years: Aantal jaren moet tussen 1 en 15 liggen (gevonden: 99)."));
        // A file written by the CLI (or saved by the app) opens.
        let file = crate::presets::by_id("haaglanden")
            .unwrap()
            .scenario()
            .to_json();
        let good = reduce(
            &bad,
            Action::OpenFile {
                name: "h.json".into(),
                text: file,
            },
        );
        assert_eq!(good.scenario.region, "Haaglanden");
        assert_eq!(good.plan, None);
        assert!(good.notice.is_none());
    }

    /// Issue 24: a file the app saves names the plan and its version, so that opening it
    /// shows the same "gewijzigd — plan: …" as the link, not "uit het plan" for the user's 80.
    #[test]
    fn a_saved_file_keeps_the_plan_it_came_from() {
        let edited = set(&start(), "foster.recruit_per_year[0]", "80", Origin::Typed);
        let plan = edited.plan.unwrap();
        let text = crate::scenario::to_file_json_based_on(&edited.scenario, Some(&plan.based_on()));
        assert!(text.contains("\"based_on\": {"), "{text}");
        let opened = reduce(
            &AppState::new("haaglanden", Lang::Nl),
            Action::OpenFile {
                name: "ambitieus.json".into(),
                text: text.clone(),
            },
        );
        assert_eq!(opened.plan, Some(plan));
        assert_eq!(opened.scenario, edited.scenario);
        // The same badges and the same link as the scenario it was saved from.
        let view = crate::app::edit::ScenarioView::new(&opened.scenario);
        let plan_view = crate::app::changes::plan_view(opened.plan);
        let badge = |state: &AppState| {
            crate::app::shown::badge(state, &view, plan_view.as_ref(), "foster.recruit_per_year")
        };
        assert_eq!(badge(&opened), badge(&edited));
        let shown = badge(&opened).unwrap();
        assert_eq!(shown.text, "gewijzigd");
        assert!(shown.plan.unwrap().starts_with("plan: 34"));
        assert_eq!(
            crate::formats::link::encode(&opened.scenario, opened.plan),
            crate::formats::link::encode(&edited.scenario, edited.plan)
        );
        // An older plan version stays that version.
        let old = crate::presets::PlanRef::find("flevoland", "1").unwrap();
        let text = crate::scenario::to_file_json_based_on(&old.scenario(), Some(&old.based_on()));
        let opened = reduce(
            &start(),
            Action::OpenFile {
                name: "f.json".into(),
                text,
            },
        );
        assert_eq!(opened.plan, Some(old));
        // Without `based_on`, a figure the file calls the plan's is "uit bestand".
        let plain = reduce(
            &start(),
            Action::OpenFile {
                name: "x.json".into(),
                text: crate::scenario::to_file_json(&edited.scenario),
            },
        );
        assert_eq!(plain.plan, None);
        let kind =
            crate::app::shown::badge(&plain, &view, None, "family_home.new_per_year").unwrap();
        assert_eq!(kind.text, "uit bestand");
        // A plan this build does not know: no plan, the figures open all the same.
        let unknown =
            text_with_based_on(&edited.scenario, r#"{"preset": "atlantis", "version": 1}"#);
        let opened = reduce(
            &start(),
            Action::OpenFile {
                name: "a.json".into(),
                text: unknown,
            },
        );
        assert_eq!(opened.plan, None);
        assert!(opened.notice.is_none());
        // A damaged `based_on` is refused with its path, as any field.
        for (bad, path) in [
            (r#"{"preset": "flevoland"}"#, "based_on.version"),
            (
                r#"{"preset": "flevoland", "version": 0}"#,
                "based_on.version",
            ),
            (
                r#"{"preset": "flevoland", "version": 1, "x": 2}"#,
                "based_on.x",
            ),
            (r#""flevoland""#, "based_on"),
        ] {
            let text = text_with_based_on(&edited.scenario, bad);
            let refused = reduce(
                &edited,
                Action::OpenFile {
                    name: "b.json".into(),
                    text,
                },
            );
            assert_eq!(refused.scenario, edited.scenario, "{bad}");
            match refused.notice {
                Some(Notice::File { errors, .. }) => {
                    assert!(errors.iter().any(|e| e.path == path), "{bad}: {errors:?}")
                }
                other => panic!("{bad}: {other:?}"),
            }
        }
    }

    fn text_with_based_on(s: &Scenario, based_on: &str) -> String {
        let mut root: Value = serde_json::from_str(&crate::scenario::to_file_json(s)).unwrap();
        root["based_on"] = serde_json::from_str(based_on).unwrap();
        root.to_string()
    }

    #[test]
    fn related_paths() {
        assert!(related("a.b", "a.b[2]"));
        assert!(related("a.b[2]", "a.b"));
        assert!(!related("a.b", "a.bc"));
        assert!(!related("a.b[1]", "a.b[2]"));
    }

    /// Issue 22: the undo limit is the README's: the last 1,000 steps go back, one by one, and
    /// the step before them is no longer kept.
    #[test]
    fn the_last_thousand_steps_can_be_undone() {
        let start = AppState::new("gooi-en-vechtstreek", Lang::Nl);
        let mut state = start.clone();
        let values: Vec<String> = (0..History::DEPTH + 5)
            .map(|i| format!("{}", 100 + i % 2 + 2 * (i / 2)))
            .collect();
        for (i, text) in values.iter().enumerate() {
            // Two fields by turns, so that every edit is a step of its own.
            let path = if i % 2 == 0 {
                "cost.per_day.residential"
            } else {
                "cost.per_day.other"
            };
            state = reduce(
                &state,
                Action::Set {
                    path: FieldPath::of(path),
                    text: text.clone(),
                    origin: Origin::Typed,
                },
            );
        }
        let mut undone = 0;
        while state.history.can_undo() {
            state = reduce(&state, Action::Undo);
            undone += 1;
        }
        assert_eq!(undone, History::DEPTH);
        assert_eq!(History::DEPTH, 1000);
        // Back to the state after the first five steps, not to the start.
        assert_ne!(state.scenario, start.scenario);
        assert_eq!(
            state.scenario.cost.per_day.residential.to_string(),
            format!("{}.00", values[4])
        );
    }
}
