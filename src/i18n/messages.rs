//! Sentences that carry figures or names, in Dutch and English: one function each, so that
//! every sentence of the interface lives in `i18n` (fixed texts are [`super::Text`]).

use super::lang::Lang;

/// A file that is not a valid scenario: "Het bestand ‘x.json’ is geen geldig scenario (2 fouten); …".
pub fn file_not_a_scenario(name: &str, errors: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!(
            "Het bestand ‘{name}’ is geen geldig scenario ({errors} {}); uw huidige scenario is niet veranderd.",
            if errors == 1 { "fout" } else { "fouten" }
        ),
        Lang::En => format!(
            "The file ‘{name}’ is not a valid scenario ({errors} error{}); your current scenario has not changed.",
            if errors == 1 { "" } else { "s" }
        ),
    }
}

/// Saved scenarios made by a newer version of zothuis.
pub fn saved_by_newer_version(version: u64, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("De bewaarde scenario’s zijn gemaakt met een nieuwere versie van zothuis (opslagversie {version}); deze versie laat ze ongemoeid."),
        Lang::En => format!("The saved scenarios were made with a newer version of zothuis (storage version {version}); this version leaves them alone."),
    }
}

/// A scenario was saved (or an existing one with its name updated) in the browser.
pub fn scenario_saved(name: &str, replaced: bool, lang: Lang) -> String {
    match (replaced, lang) {
        (true, Lang::Nl) => format!("‘{name}’ is bijgewerkt."),
        (false, Lang::Nl) => format!("‘{name}’ is bewaard in deze browser."),
        (true, Lang::En) => format!("‘{name}’ was updated."),
        (false, Lang::En) => format!("‘{name}’ was saved in this browser."),
    }
}

/// A saved scenario was deleted (an undo button follows).
pub fn scenario_deleted(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("‘{name}’ is verwijderd. "),
        Lang::En => format!("‘{name}’ was deleted. "),
    }
}

/// A count of list entries: "3 regels".
pub fn lines_count(count: usize, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{count} regels"),
        Lang::En => format!("{count} lines"),
    }
}

/// The same value every year: "35 per jaar".
pub fn per_year(value: &str, lang: Lang) -> String {
    match lang {
        Lang::Nl => format!("{value} per jaar"),
        Lang::En => format!("{value} a year"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_in_both_languages() {
        assert_eq!(
            file_not_a_scenario("x.json", 1, Lang::Nl),
            "Het bestand ‘x.json’ is geen geldig scenario (1 fout); uw huidige scenario is niet veranderd."
        );
        assert!(file_not_a_scenario("x.json", 2, Lang::En).contains("(2 errors)"));
        assert_eq!(
            scenario_saved("Plan", true, Lang::Nl),
            "‘Plan’ is bijgewerkt."
        );
        assert_eq!(scenario_deleted("Plan", Lang::En), "‘Plan’ was deleted. ");
        assert_eq!(lines_count(3, Lang::Nl), "3 regels");
        assert_eq!(per_year("35", Lang::En), "35 a year");
        assert!(saved_by_newer_version(7, Lang::Nl).contains("opslagversie 7"));
    }
}
