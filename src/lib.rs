//! # zothuis — scenario planner for Dutch municipal youth care
//!
//! Regions have promised that children who cannot live at home grow up "zo thuis mogelijk":
//! in foster families and family homes rather than residential institutions. This crate
//! projects, month by month, how many children are in each care form, what that costs, and
//! whether a region meets its phased targets within its transformation budget
//! (the contract is `MODEL.md`, summarised in `docs/model-notes.md`).
//!
//! The engine is plain Rust with no browser dependency: the CLI (`src/bin/zothuis.rs`) and the
//! Yew app (`src/ui/`, wasm32 only) compute with the same [`engine::project`].
//!
//! ```
//! let scenario = zothuis::presets::default_preset().scenario();
//! let projection = zothuis::engine::project(&scenario);
//! let last = projection.years.last().unwrap();
//! assert!(last.shares_pct.family > 0.0);
//! for target in &projection.targets {
//!     println!("{} {} {} {}: {}", target.year, target.metric.key(), target.op, target.value,
//!              if target.met { "met" } else { "missed" });
//! }
//! ```

// The layers, bottom to top. A module may use the layers below it, never one above it
// (ARCHITECTURE.md "Layers"; enforced by tests/tidy.rs).
pub mod analysis;
pub mod app;
pub mod cli;
pub mod engine;
pub mod formats;
pub mod i18n;
pub mod keyed;
pub mod money;
pub mod presets;
pub mod scenario;
pub mod sort;

/// The engine version, printed in every projection (and later in memos and share links).
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

#[cfg(target_arch = "wasm32")]
pub mod ui;
