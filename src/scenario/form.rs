//! The care forms (MODEL.md §2) and a value per form.

use serde::Serialize;

/// The four care forms of v1 (MODEL.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    Foster,
    FamilyHome,
    Residential,
    Other,
}

impl Form {
    pub const ALL: [Form; 4] = [
        Form::Foster,
        Form::FamilyHome,
        Form::Residential,
        Form::Other,
    ];

    /// The key used in the scenario file and the output (`family_home`).
    pub fn key(self) -> &'static str {
        match self {
            Form::Foster => "foster",
            Form::FamilyHome => "family_home",
            Form::Residential => "residential",
            Form::Other => "other",
        }
    }
}

/// One value per care form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct PerForm<T> {
    pub foster: T,
    pub family_home: T,
    pub residential: T,
    pub other: T,
}

impl<T: Copy> PerForm<T> {
    pub fn get(&self, form: Form) -> T {
        match form {
            Form::Foster => self.foster,
            Form::FamilyHome => self.family_home,
            Form::Residential => self.residential,
            Form::Other => self.other,
        }
    }

    pub fn set(&mut self, form: Form, value: T) {
        match form {
            Form::Foster => self.foster = value,
            Form::FamilyHome => self.family_home = value,
            Form::Residential => self.residential = value,
            Form::Other => self.other = value,
        }
    }

    pub fn map<U>(&self, f: impl Fn(T) -> U) -> PerForm<U> {
        PerForm {
            foster: f(self.foster),
            family_home: f(self.family_home),
            residential: f(self.residential),
            other: f(self.other),
        }
    }
}
