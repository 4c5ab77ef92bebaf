//! Languages of the user interface and of rendered messages.
//!
//! Dutch is the default: the users read Dutch first. Every user-facing text is a variant of a
//! `Text` enum with an exhaustive match per language, so a missing translation does not compile.

mod errors;
mod text;

pub use errors::{field_label, validation_message, warning_message};
pub use text::{metric_text, Text};

/// A language the interface speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// One of two texts by language, for texts used in one place only (the rest is `Text`).
    pub fn pick(self, nl: &'static str, en: &'static str) -> &'static str {
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}
