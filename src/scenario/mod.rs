//! The scenario format, v1 and v2 (MODEL.md §3): the one value every lever edits.
//!
//! Input comes in two stages: [`parse`] turns text into a `serde_json::Value` (syntax only), then
//! walks it into a [`Scenario`], collecting *every* problem as a [`ValidationError`] (path, rule,
//! value found) instead of stopping at the first. A `Scenario` that exists is valid; the engine
//! never checks again. [`Scenario::to_json`] writes the same format back.

pub mod bounds;
mod error;
pub mod fields;
mod form;
pub mod json;
mod model;
mod parse;
mod pretty;
pub mod ranges;
pub mod view;

pub use bounds::MAX_YEARS;
pub use error::{Expected, Limit, Rule, ValidationError};
pub use model::*;
#[cfg(test)]
pub(crate) use parse::edited_as;
pub(crate) use parse::known_paths_in;
pub use parse::{
    known_paths, needed_schema, parse, parse_file, parse_value, parse_value_based_on, to_file_json,
    to_file_json_based_on, too_large, upgrade_schema, upgrade_schema_to, BasedOn, MAX_FILE_BYTES,
    MAX_PROGRAMME_LINES, MAX_TARGETS,
};
pub use pretty::{entry_path, json_text, quoted, to_pretty};
pub use ranges::Range;
