//! What every component below the root shares: the context value and the hooks that read it.
//!
//! A leaf of the UI: it imports no component, so every component can import it and the root
//! (`app.rs`) provides it without an import cycle.

use crate::analysis::montecarlo::MonteCarlo;
use crate::analysis::sensitivity::Sensitivity;
use crate::app::state::{Action, AppState};
use crate::engine::{project, Projection};
use crate::i18n::Lang;
use crate::presets;
use crate::scenario::view::ScenarioView;
use crate::scenario::Scenario;
use std::rc::Rc;
use yew::prelude::*;

/// The state as components see it; equal when nothing they show can have changed.
#[derive(Clone)]
pub struct StateRef(pub Rc<AppState>);

impl PartialEq for StateRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0.scenario, &other.0.scenario)
            && self.0.lang == other.0.lang
            && self.0.drafts == other.0.drafts
            && self.0.preset_id == other.0.preset_id
    }
}

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

#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub state: StateRef,
    pub projection: ByPtr<Projection>,
    pub view: ByPtr<ScenarioView>,
    /// The plan's fields (the preset the scenario came from), for "gewijzigd — plan: …".
    pub plan: ByPtr<Option<ScenarioView>>,
    pub dispatch: Callback<Action>,
    /// Monte Carlo bands, target chances and the tornado (computed after the levers settle).
    pub mc: McState,
}

/// The state and the way to change it, for any component below `App`.
#[hook]
pub fn use_app() -> (StateRef, Callback<Action>) {
    let ctx = use_context::<AppContext>();
    match ctx {
        Some(ctx) => (ctx.state, ctx.dispatch),
        None => (
            StateRef(Rc::new(AppState::new(presets::DEFAULT_ID, Lang::Nl))),
            Callback::noop(),
        ),
    }
}

/// The scenario's fields by path, for the controls.
#[hook]
pub fn use_view() -> Rc<ScenarioView> {
    let ctx = use_context::<AppContext>();
    match ctx {
        Some(ctx) => ctx.view.0,
        None => Rc::new(ScenarioView::new(&presets::default_preset().scenario())),
    }
}

/// The uncertainty results (bands, chances, tornado).
#[hook]
pub fn use_mc() -> Option<McState> {
    use_context::<AppContext>().map(|ctx| ctx.mc)
}

/// The projection of the current scenario.
#[hook]
pub fn use_projection() -> Rc<Projection> {
    let ctx = use_context::<AppContext>();
    match ctx {
        Some(ctx) => ctx.projection.0,
        None => Rc::new(project(&presets::default_preset().scenario())),
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

    /// Whether the result on screen was computed for an earlier scenario.
    pub fn is_stale(&self, scenario: &Rc<Scenario>) -> bool {
        !scenario.uncertainty.is_empty()
            && self
                .result
                .as_ref()
                .is_none_or(|(s, _)| !Rc::ptr_eq(&s.0, scenario))
    }
}
