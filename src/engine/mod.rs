//! The projection: monthly steps → yearly results, money, status quo and targets
//! (MODEL.md §4–§7).
//!
//! [`project`] is the one entry point the CLI and the app share. It is a pure function of a
//! validated [`Scenario`]; it cannot fail and does not panic.

mod project;
mod results;
mod step;
pub mod targets;

pub use project::*;
pub use results::*;

pub use step::{
    days_in_month, is_leap_year, step, Band, MonthDrivers, MonthFlows, State, OLDER, UNDER12,
};
pub use targets::{evaluate_one as evaluate_target, metric_value, MetricValue};
