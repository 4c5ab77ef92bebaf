//! The web app's pure logic, natively tested: its one piece of state and the reducer
//! ([`state`]), editing fields by path ([`edit`]), the levers and assumption panels as data
//! ([`levers`]), and what the views show: the headline and tables ([`summary`]), chart series
//! ([`chart_data`]), the memo ([`memo`]), the comparison ([`compare`]).
//!
//! Nothing here touches a browser; [`crate::ui`] renders these values and sends actions.

pub mod changes;
pub mod chart_data;
pub mod compare;
pub mod edit;
pub mod goal;
pub mod levers;
pub mod memo;
pub mod own_region;
pub mod precision;
pub mod present;
pub mod realisation;
pub mod saved;
pub mod shown;
pub mod state;
pub mod summary;
pub mod unbudgeted;
