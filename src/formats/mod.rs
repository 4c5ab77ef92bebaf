//! The scenario's other written forms: the share link, the CSV of the yearly table, the
//! saved-scenario list kept in the browser's storage, and a pasted table of actual figures.
//!
//! Pure codecs on [`crate::scenario`] and [`crate::engine`] results: no wording (their errors are
//! data that [`crate::i18n`] words) and no browser.

pub mod actuals;
pub mod comparison;
pub mod csv;
pub mod link;
pub mod saved;
