//! What components share: the one context (`Env`: language and dispatcher), the root's derived
//! values for the view functions (`Screen`), and the value wrappers props compare by.
//!
//! A leaf of the UI: it imports no component, so every component can import it and the root
//! (`app.rs`) provides it without an import cycle.

use crate::analysis::montecarlo::MonteCarlo;
use crate::analysis::sensitivity::Sensitivity;
use crate::app::state::{Action, AppState};
use crate::engine::Projection;
use crate::i18n::Lang;
use crate::presets::PlanRef;
use crate::scenario::view::ScenarioView;
use crate::scenario::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// A shared value compared by identity: the reducer and the memos make a new `Rc` whenever
/// the value changes, so comparing pointers is exact and costs nothing.
pub struct ByPtr<T>(pub Rc<T>);

impl<T> Clone for ByPtr<T> {
    fn clone(&self) -> Self {
        ByPtr(self.0.clone())
    }
}

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The one context: what every component may need wherever it sits, the language and the way
/// to change the state. Everything else reaches a component through its props.
#[derive(Clone, PartialEq)]
pub struct Env {
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

/// The language and the dispatcher, from the root (`App` provides them).
#[hook]
pub fn use_env() -> Env {
    use_context::<Env>().unwrap_or_else(|| Env {
        lang: Lang::Nl,
        dispatch: Callback::noop(),
    })
}

/// A pure state and its reducer, as the app layer defines them (`AppState`, `Pins`).
pub trait Reduce: Sized {
    type Action;
    fn next(&self, action: Self::Action) -> Self;
}

/// A reducer's state behind an `Rc` of its own, so that props holding it compare by pointer: a
/// new pointer whenever an action produced a new state.
pub struct Shared<T>(pub Rc<T>);

impl<T: Reduce + 'static> Reducible for Shared<T> {
    type Action = T::Action;
    fn reduce(self: Rc<Self>, action: T::Action) -> Rc<Self> {
        Rc::new(Shared(Rc::new(self.0.next(action))))
    }
}

impl<T> Shared<T> {
    pub fn by_ptr(&self) -> ByPtr<T> {
        ByPtr(self.0.clone())
    }
}

/// The scenario on screen with its projection and the plan it came from, for the comparison and
/// the presentation.
#[derive(Clone, PartialEq)]
pub struct OnScreen {
    pub scenario: ByPtr<Scenario>,
    pub projection: ByPtr<Projection>,
    pub plan: Option<PlanRef>,
}

/// What the root derives in a render, passed by reference to the plain view functions (not a
/// context and not a prop: components get the parts they show). `state` is the reducer's state,
/// a new `Rc` whenever an action changed it.
#[derive(Clone)]
pub struct Screen {
    pub state: ByPtr<AppState>,
    pub projection: ByPtr<Projection>,
    pub view: ByPtr<ScenarioView>,
    /// The plan's fields (the preset the scenario came from), for "gewijzigd — plan: …".
    pub plan: ByPtr<Option<ScenarioView>>,
    pub dispatch: Callback<Action>,
    /// Monte Carlo bands, target chances and the tornado (computed after the levers settle).
    pub mc: McState,
    /// Why each target is missed, by index (`app::summary::miss_reasons`), once per scenario.
    pub reasons: ByPtr<Vec<Option<crate::analysis::reason::MissReason>>>,
    /// Levers beyond the plan whose unit cost is € 0 (`app::unbudgeted`), once per scenario.
    pub unbudgeted: ByPtr<Vec<crate::app::unbudgeted::Unbudgeted>>,
}

impl Screen {
    /// The scenario on screen, its projection and its plan.
    pub fn on_screen(&self) -> OnScreen {
        OnScreen {
            scenario: ByPtr(self.state.0.scenario.clone()),
            projection: self.projection.clone(),
            plan: self.state.0.plan,
        }
    }

    /// The fields on screen, for a component that shows many of them.
    pub fn fields(&self) -> Fields {
        Fields {
            state: self.state.clone(),
            view: self.view.clone(),
            plan: self.plan.clone(),
        }
    }
}

/// The scenario's fields as a panel of them shows them: the state (values, drafts, sources),
/// the scenario read by path, and the plan's fields for "gewijzigd".
#[derive(Clone, PartialEq)]
pub struct Fields {
    pub state: ByPtr<AppState>,
    pub view: ByPtr<ScenarioView>,
    pub plan: ByPtr<Option<ScenarioView>>,
}

/// Whatever can show the scenario's fields: the root's [`Screen`], or a panel's [`Fields`].
pub trait ShowsFields {
    fn state(&self) -> &AppState;
    fn view(&self) -> &ScenarioView;
    fn plan(&self) -> Option<&ScenarioView>;

    /// The badge of the figure at `path`.
    fn badge(&self, path: &str) -> Option<crate::app::shown::Badge> {
        crate::app::shown::badge(self.state(), self.view(), self.plan(), path)
    }

    /// The field at `path` as its box shows it.
    fn field(&self, path: &str, all_years: bool) -> crate::app::shown::FieldShown {
        crate::app::shown::field(self.state(), self.view(), path, all_years)
    }
}

impl ShowsFields for Screen {
    fn state(&self) -> &AppState {
        &self.state.0
    }
    fn view(&self) -> &ScenarioView {
        &self.view.0
    }
    fn plan(&self) -> Option<&ScenarioView> {
        self.plan.0.as_ref().as_ref()
    }
}

impl ShowsFields for Fields {
    fn state(&self) -> &AppState {
        &self.state.0
    }
    fn view(&self) -> &ScenarioView {
        &self.view.0
    }
    fn plan(&self) -> Option<&ScenarioView> {
        self.plan.0.as_ref().as_ref()
    }
}

/// The uncertainty results as the views see them.
#[derive(Clone, PartialEq)]
pub struct McState {
    /// The latest finished Monte Carlo, and the scenario it belongs to.
    pub result: Option<(ByPtr<Scenario>, ByPtr<MonteCarlo>)>,
    pub tornado: Option<ByPtr<Sensitivity>>,
    /// Runs done of the job in progress (0 when none runs).
    pub done: u32,
}

impl McState {
    /// The latest result to show for `scenario` (possibly computed for an earlier scenario with
    /// the same years; none when the scenario has no ranges).
    pub fn result_for(&self, scenario: &Rc<Scenario>) -> Option<&MonteCarlo> {
        self.result
            .as_ref()
            .map(|(_, mc)| &*mc.0)
            .filter(|_| !scenario.uncertainty.is_empty())
    }

    /// [`McState::result_for`], shared.
    pub fn bands_for(&self, scenario: &Rc<Scenario>) -> Option<ByPtr<MonteCarlo>> {
        self.result
            .as_ref()
            .map(|(_, mc)| mc.clone())
            .filter(|_| !scenario.uncertainty.is_empty())
    }

    /// Whether the result on screen was computed for an earlier scenario.
    pub fn is_stale(&self, scenario: &Rc<Scenario>) -> bool {
        !scenario.uncertainty.is_empty()
            && self
                .result
                .as_ref()
                .is_none_or(|(s, _)| !Rc::ptr_eq(&s.0, scenario))
    }
}

/// A button's click that sends `action` (a copy each click): one function for the many buttons
/// that only send an action, where a closure each is code of its own in the app.
pub fn send(dispatch: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    dispatch.reform(move |_| action.clone())
}
