//! Languages of the user interface and of rendered messages.
//!
//! Dutch is the default: the users read Dutch first. Every user-facing text is a variant of a
//! `Text` enum with an exhaustive match per language, so a missing translation does not compile.

mod errors;
pub mod format;
pub mod input;
mod lang;
pub mod messages;
mod text;

pub use errors::{
    comparison_error_message, field_label, goal_seek_error_message, link_error_message,
    validation_message, warning_message,
};
pub use lang::Lang;
pub use text::{choice_text, goal_lever_text, input_unit_text, metric_text, unit_text, Text};
