//! Questions asked of the engine: many projections of one scenario.
//!
//! Calibration (MODEL.md §8), goal seek ("wat is er nodig?"), why a target is missed
//! ("waarom niet?"), the Monte Carlo over the
//! uncertainty ranges and the sensitivity (tornado). Everything here is plain computation on
//! [`crate::scenario`] and [`crate::engine`]; results and errors are data, worded by
//! [`crate::i18n`].

pub mod calibrate;
pub mod goalseek;
pub mod montecarlo;
pub mod onward;
pub mod package;
pub mod plausible;
pub mod reason;
pub mod sensitivity;
pub mod split;
pub mod uncertainty;
