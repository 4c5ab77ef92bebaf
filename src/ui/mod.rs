//! The web app (wasm32 only): Yew components that render state and send actions.
//!
//! Nothing here computes results: the scenario lives in one `use_reducer` over
//! [`crate::app::state::AppState`], the projection is derived with `use_memo(scenario, project)`, and
//! the views render what the pure modules (`summary`, `chart_data`, `levers`, `format`) give them.

mod app;
mod charts;
mod compare;
mod context;
mod controls;
mod draw;
mod events;
mod files;
mod memo;
mod offline;
mod own_region;
mod panic;
mod present;
mod results;
mod saved;
mod share;
mod timing;
mod uncertainty;

/// Starts the app: installs the panic hook, then renders into `<body>`.
pub fn start() {
    panic::install();
    yew::Renderer::<app::App>::new().render();
}
