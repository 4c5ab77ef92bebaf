//! The regional plans (PRESETS.md) as scenario files in the CLI's own format.
//!
//! Each preset is a JSON file beside this module, embedded at compile time, so a reviewer reads
//! exactly what the engine reads, and every figure carries its source in `sources`.

pub mod patch;

use crate::scenario::{parse, Scenario, ValidationError};

/// A named regional plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    /// Stable identifier used by the CLI and in share links (never rename one).
    pub id: &'static str,
    /// The region, as a person says it (in Dutch).
    pub region: &'static str,
    /// The same in English, for the plan picker in English (the region's name stays Dutch).
    pub region_en: &'static str,
    /// The source document, short.
    pub document: &'static str,
    /// The version of this preset's figures. Share links name it, so that a link made before a
    /// preset changed still opens with the figures it was made with: when a preset's JSON
    /// changes, copy the old file into `HISTORY` below first, then raise this number.
    pub version: u32,
    pub json: &'static str,
}

impl Preset {
    /// The preset as a validated scenario. Every preset is checked by the test suite, so this
    /// cannot fail in a released build; it returns the errors rather than panic all the same.
    pub fn try_scenario(&self) -> Result<Scenario, Vec<ValidationError>> {
        parse(self.json)
    }

    /// The preset as a scenario (see [`Preset::try_scenario`]; an invalid preset is a build
    /// defect caught by `tests/presets.rs`, so this falls back to the default rather than panic).
    pub fn scenario(&self) -> Scenario {
        match self.try_scenario() {
            Ok(s) => s,
            Err(_) if self.id != DEFAULT_ID => default_preset().scenario(),
            Err(_) => unreachable_default(),
        }
    }
}

/// Each plan's current JSON followed by the edits that give its earlier versions
/// ([`patch`]: version 2 as edits of the current text, version 1 as edits of version 2) as one
/// string, so that they lie side by side in the app's binary. The texts are the repository's
/// files without the whitespace between tokens, written by `build.rs`, which also writes and
/// checks the edits. Gives (current, edits to version 2, edits from 2 to version 1).
macro_rules! with_history {
    ($id:literal) => {{
        const ALL: &str = concat!(
            include_str!(concat!(env!("OUT_DIR"), "/presets/", $id, ".json")),
            include_str!(concat!(
                env!("OUT_DIR"),
                "/presets/history/",
                $id,
                "@2.patch"
            )),
            include_str!(concat!(
                env!("OUT_DIR"),
                "/presets/history/",
                $id,
                "@1.patch"
            ))
        );
        const CURRENT: usize =
            include_str!(concat!(env!("OUT_DIR"), "/presets/", $id, ".json")).len();
        const V2: usize = include_str!(concat!(
            env!("OUT_DIR"),
            "/presets/history/",
            $id,
            "@2.patch"
        ))
        .len();
        let (current, rest) = ALL.split_at(CURRENT);
        let (v2, v1) = rest.split_at(V2);
        (current, v2, v1)
    }};
}

const GOOI: (&str, &str, &str) = with_history!("gooi-en-vechtstreek");
const GOOI_BRUTO: (&str, &str, &str) = with_history!("gooi-en-vechtstreek-bruto");
const FLEVOLAND: (&str, &str, &str) = with_history!("flevoland");
const ZUID_LIMBURG: (&str, &str, &str) = with_history!("zuid-limburg");
const HAAGLANDEN: (&str, &str, &str) = with_history!("haaglanden");
const GELDERLAND: (&str, &str, &str) = with_history!("gelderland-jeugdzorgplus");

/// The default preset's id.
pub const DEFAULT_ID: &str = "gooi-en-vechtstreek";

/// All presets, the default first.
pub const PRESETS: [Preset; 6] = [
    Preset {
        id: "gooi-en-vechtstreek",
        region: "Gooi en Vechtstreek",
        region_en: "Gooi en Vechtstreek",
        document: "Zo thuis mogelijk opgroeien, Rapportage fase 2 Project Verblijf (4 sept. 2019)",
        version: 3,
        json: GOOI.0,
    },
    Preset {
        id: "gooi-en-vechtstreek-bruto",
        region: "Gooi en Vechtstreek (40 gezinnen bovenop de gewone werving)",
        region_en: "Gooi en Vechtstreek (40 families on top of ordinary recruitment)",
        document: "Zo thuis mogelijk opgroeien, Rapportage fase 2 Project Verblijf (4 sept. 2019)",
        version: 3,
        json: GOOI_BRUTO.0,
    },
    Preset {
        id: "flevoland",
        region: "Flevoland",
        region_en: "Flevoland",
        document: "Aanvraag Transformatiefonds Jeugdhulp Flevoland 2018–2021 (4 sept. 2018)",
        version: 3,
        json: FLEVOLAND.0,
    },
    Preset {
        id: "zuid-limburg",
        region: "Zuid-Limburg",
        region_en: "South Limburg (Zuid-Limburg)",
        document: "Zuid-Limburg voor de jeugd! Beleidsplan 2019–2022",
        version: 3,
        json: ZUID_LIMBURG.0,
    },
    Preset {
        id: "haaglanden",
        region: "Haaglanden",
        region_en: "Haaglanden",
        document: "Voorstel besteding Transformatiefonds Jeugdhulp 2019–2021 (20 sept. 2018)",
        version: 3,
        json: HAAGLANDEN.0,
    },
    Preset {
        id: "gelderland-jeugdzorgplus",
        region: "IJsselland (G7-projectplan), JeugdzorgPlus",
        region_en: "IJsselland (G7 project plan), secure youth care (JeugdzorgPlus)",
        document: "Projectplan Transformatie JeugdzorgPlus (2 aug. 2022)",
        version: 3,
        json: GELDERLAND.0,
    },
];

pub fn all() -> &'static [Preset] {
    &PRESETS
}

pub fn by_id(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// Earlier versions of presets, kept for old share links: (id, version, edits of the next
/// version). Version 1 of every preset is the plan as model v1 read it (schema 1); version 2
/// reads it with model v2 (PRESETS.md "v2 readings"); the current version 3 with model v3 ("v3
/// readings"; `docs/model-notes.md`). The versions 2 come first: a version 1 is the edits of
/// its version 2.
const HISTORY: [(&str, u32, &str); 12] = [
    ("gooi-en-vechtstreek", 2, GOOI.1),
    ("gooi-en-vechtstreek-bruto", 2, GOOI_BRUTO.1),
    ("flevoland", 2, FLEVOLAND.1),
    ("zuid-limburg", 2, ZUID_LIMBURG.1),
    ("haaglanden", 2, HAAGLANDEN.1),
    ("gelderland-jeugdzorgplus", 2, GELDERLAND.1),
    ("gooi-en-vechtstreek", 1, GOOI.2),
    ("gooi-en-vechtstreek-bruto", 1, GOOI_BRUTO.2),
    ("flevoland", 1, FLEVOLAND.2),
    ("zuid-limburg", 1, ZUID_LIMBURG.2),
    ("haaglanden", 1, HAAGLANDEN.2),
    ("gelderland-jeugdzorgplus", 1, GELDERLAND.2),
];

/// The text of history entry `index`, made from the edits on first use and kept for the rest of
/// the session (twelve texts at most, so they are leaked rather than freed). `None` only for a
/// broken build, which the test suite catches.
fn history_text(index: usize) -> Option<&'static str> {
    use std::sync::OnceLock;
    static TEXTS: [OnceLock<Option<&'static str>>; 12] = [const { OnceLock::new() }; 12];
    let (id, version, edits) = *HISTORY.get(index)?;
    *TEXTS[index].get_or_init(|| {
        let base = match HISTORY
            .iter()
            .position(|(i, v, _)| *i == id && *v == version + 1)
        {
            Some(next) => history_text(next)?,
            None => by_id(id)?.json,
        };
        patch::apply(base, edits).map(|text| &*Box::leak(text.into_boxed_str()))
    })
}

/// The JSON of preset `id` at `version` (a link's `@VERSION` text), current or historical.
pub fn versioned(id: &str, version: &str) -> Option<&'static str> {
    PlanRef::find(id, version).map(|plan| plan.json)
}

/// A preset at one version of its figures: the plan a scenario was opened from. Links are
/// written against it, so a scenario opened from an old link re-shares against the same
/// figures and reopens exactly as it was (issue 22: writing it against the current version
/// carried a v1 range onto a v2 policy lever, and the link was refused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanRef {
    pub preset: &'static Preset,
    pub version: u32,
    json: &'static str,
}

impl PlanRef {
    /// The preset's current figures.
    pub fn current(preset: &'static Preset) -> PlanRef {
        PlanRef {
            preset,
            version: preset.version,
            json: preset.json,
        }
    }

    /// Preset `id` at its current version.
    pub fn of(id: &str) -> Option<PlanRef> {
        by_id(id).map(PlanRef::current)
    }

    /// Preset `id` at `version` (a link's `@VERSION` text), current or historical.
    pub fn find(id: &str, version: &str) -> Option<PlanRef> {
        let preset = by_id(id)?;
        let version: u32 = version.parse().ok()?;
        if preset.version == version {
            return Some(PlanRef::current(preset));
        }
        let index = HISTORY
            .iter()
            .position(|(i, v, _)| *i == id && *v == version)?;
        Some(PlanRef {
            preset,
            version,
            json: history_text(index)?,
        })
    }

    /// Every released version of every preset: the current ones, then the history.
    pub fn all() -> impl Iterator<Item = PlanRef> {
        PRESETS
            .iter()
            .map(PlanRef::current)
            .chain(
                HISTORY
                    .iter()
                    .enumerate()
                    .filter_map(|(index, (id, version, _))| {
                        Some(PlanRef {
                            preset: by_id(id)?,
                            version: *version,
                            json: history_text(index)?,
                        })
                    }),
            )
    }

    pub fn id(&self) -> &'static str {
        self.preset.id
    }

    pub fn json(&self) -> &'static str {
        self.json
    }

    /// Whether these are the preset's current figures (not an older version kept for links).
    pub fn is_current(&self) -> bool {
        self.version == self.preset.version
    }

    /// The plan as a scenario. Every version is checked by the test suite; an invalid one would
    /// fall back to the preset's current figures rather than panic.
    pub fn scenario(&self) -> Scenario {
        parse(self.json).unwrap_or_else(|_| self.preset.scenario())
    }

    /// How a file names it (`based_on`, issue 24).
    pub fn based_on(&self) -> crate::scenario::BasedOn {
        crate::scenario::BasedOn {
            preset: self.preset.id.to_string(),
            version: self.version,
        }
    }

    /// How a link names it: `gooi-en-vechtstreek@2`.
    pub fn head(&self) -> String {
        format!("{}@{}", self.preset.id, self.version)
    }
}

/// A plan as model v1 read it (version 1, schema 1): the fixture of the tests whose expected
/// figures were worked out on it.
#[cfg(test)]
pub(crate) fn v1(id: &str) -> Scenario {
    versioned(id, "1")
        .and_then(|json| parse(json).ok())
        .unwrap_or_else(unreachable_default)
}

/// The default plan as model v1 read it (see [`v1`]).
#[cfg(test)]
pub(crate) fn gooi_v1() -> Scenario {
    v1(DEFAULT_ID)
}

pub fn default_preset() -> &'static Preset {
    &PRESETS[0]
}

/// The last resort if the default preset itself were invalid: a tiny valid scenario. Only a
/// broken build reaches it, and the test suite fails on such a build.
fn unreachable_default() -> Scenario {
    parse(FALLBACK).unwrap_or_else(|_| std::process::abort())
}

const FALLBACK: &str = r#"{"schema": 1, "start_year": 2019, "years": 1,
 "stock": {"foster": 0, "family_home": 0, "residential": 0, "other": 0},
 "stay_months": {"foster": 48, "family_home": 36, "residential": 12, "other": 6},
 "inflow": {"per_year": 0},
 "foster": {"families": 0, "children_per_family": 1.2, "attrition_pct": 14},
 "family_home": {"homes": 0, "places_per_home": 3.5},
 "cost": {"per_day": {"foster": "0", "family_home": "0", "residential": "0", "other": "0"}}}"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every earlier version the app makes from its edits is the repository's file (as JSON:
    /// `build.rs` checks the minified text byte for byte).
    #[test]
    fn every_earlier_version_is_the_repository_file() {
        for (index, (id, version, _)) in HISTORY.iter().enumerate() {
            let path = format!(
                "{}/src/presets/history/{id}@{version}.json",
                env!("CARGO_MANIFEST_DIR")
            );
            let file: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let made: serde_json::Value =
                serde_json::from_str(history_text(index).unwrap()).unwrap();
            assert_eq!(made, file, "{id}@{version}");
            assert_eq!(
                PlanRef::find(id, &version.to_string()).unwrap().json(),
                history_text(index).unwrap()
            );
        }
        assert_eq!(PlanRef::all().count(), PRESETS.len() + HISTORY.len());
    }
}
