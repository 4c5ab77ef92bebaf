//! The CLI's own texts of its terminal table (`--lang nl`), in Dutch and English: kept out of
//! the app's table of texts ([`crate::i18n::Text`]), which the web app carries whole.

use crate::i18n::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CliText {
    CliFoster,
    CliFamHome,
    CliResid,
    CliOther,
    CliTotal,
    CliFamily,
    CliResid2,
    CliFamilyUsers,
    CliResidUsers,
    CliCountingNote,
    CliMismatch,
    CliStatusQuo,
    CliProgramme,
    CliBudgetCum,
    CliTargetsN,
    CliNotMet,
    CliActual,
    CliCareCostTotal,
    CliProgrammeTotal,
    CliPaybackYear,
    CliWarning,
    CliNoTargets,
}

impl CliText {
    pub fn get(self, lang: Lang) -> &'static str {
        let (nl, en) = match self {
            CliText::CliFoster => ("Pleegzorg", "Foster"),
            CliText::CliFamHome => ("Gezinshuis", "Fam. home"),
            CliText::CliResid => ("Resid.", "Resid."),
            CliText::CliOther => ("Overig", "Other"),
            CliText::CliTotal => ("Totaal", "Total"),
            CliText::CliFamily => ("Gezinsv. 31-12", "Family 31 Dec"),
            CliText::CliResid2 => ("Resid. 31-12", "Resid. 31 Dec"),
            CliText::CliFamilyUsers => ("Gezinsv. in jaar", "Family in year"),
            CliText::CliResidUsers => ("Resid. in jaar", "Resid. in year"),
            CliText::CliCountingNote => ("31-12: kinderen op 31 december; in jaar: kinderen die in het jaar 24-uurszorg gebruikten (zoals het plan telt).", "31 Dec: children on 31 December; in year: children who used 24-hour care during the year (as the plan counts)."),
            CliText::CliMismatch => ("Mismatch", "Mismatch"),
            CliText::CliStatusQuo => ("Status quo", "Status quo"),
            CliText::CliProgramme => ("Programma", "Programme"),
            CliText::CliBudgetCum => ("Budget cum.", "Budget cum."),
            CliText::CliTargetsN => ("Doelen:\n", "Targets:\n"),
            CliText::CliNotMet => ("NIET gehaald", "NOT met"),
            CliText::CliActual => ("werkelijk", "actual"),
            CliText::CliCareCostTotal => ("Zorgkosten totaal", "Care cost total"),
            CliText::CliProgrammeTotal => ("Programma totaal", "Programme total"),
            CliText::CliPaybackYear => ("Terugverdienen", "Payback"),
            CliText::CliWarning => ("Let op", "Warning"),
            CliText::CliNoTargets => ("Doelen: dit scenario heeft geen doelen.\n", "Targets: this scenario has none.\n"),
        };
        match lang {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }
}
