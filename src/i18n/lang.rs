//! The languages the interface speaks.

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

    /// The CSV convention of this language's spreadsheets.
    pub fn csv_dialect(self) -> crate::formats::csv::Dialect {
        match self {
            Lang::Nl => crate::formats::csv::Dialect::Dutch,
            Lang::En => crate::formats::csv::Dialect::English,
        }
    }
}
