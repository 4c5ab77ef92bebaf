//! Share links: round trip over random scenarios, golden links of every released format
//! version (they must open with the same figures forever), and random strings never panic.

mod common;

use proptest::prelude::*;
use zothuis::engine::project;
use zothuis::formats::link::{decode, encode};
use zothuis::presets::all;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any valid scenario survives a link, with or without a preset to diff against.
    #[test]
    fn round_trip(s in common::scenario(15), preset in 0usize..7) {
        let preset_id = all().get(preset).map(|p| p.id);
        let link = encode(&s, preset_id).expect("a valid scenario always has a link");
        let (back, _) = decode(&link).map_err(|e| TestCaseError::fail(format!("{e:?}: {link}")))?;
        // A link opens with the lowest format version that holds what it carries (at least its
        // preset's): a schema 2 scenario without a v2 field may come back as schema 1, which
        // computes the same (MODEL.md §9).
        let holds_v2 = zothuis::scenario::needed_schema(&serde_json::to_value(&s).unwrap()) == 2;
        if holds_v2 {
            prop_assert_eq!(back.schema, 2);
        }
        prop_assert_eq!(
            zothuis::scenario::Scenario { schema: s.schema, ..back.without_sources() },
            s.without_sources()
        );
        prop_assert_eq!(project(&back).total_care_cost, project(&s).total_care_cost);
    }

    /// A fully custom v1 scenario fits in 2,000 characters when its labels are short, even with
    /// every number at full precision (17 digits).
    #[test]
    fn custom_scenarios_fit(s in common::scenario_v1(15)) {
        let link = encode(&s, None).expect("a valid scenario always has a link");
        let labels: usize = s.programme.lines.iter().map(|l| l.label.len() * 3).sum();
        prop_assert!(link.len() <= 2000 + labels, "{} characters", link.len());
    }

    /// With every v2 part at full precision as well, it stays within 4,000 characters (far
    /// within what browsers take in an address; a lever's rounded values are much shorter).
    #[test]
    fn custom_v2_scenarios_fit(s in common::scenario(15)) {
        let link = encode(&s, None).expect("a valid scenario always has a link");
        let labels: usize = s.programme.lines.iter().map(|l| l.label.len() * 3).sum();
        prop_assert!(link.len() <= 4000 + labels, "{} characters", link.len());
    }

    #[test]
    fn random_text_never_panics(text in "\\PC{0,300}") {
        let _ = decode(&text);
    }

    #[test]
    fn near_links_never_panic(tail in "[a-z0-9=;,.!*:%@/-]{0,120}", preset in 0usize..6) {
        let _ = decode(&format!("#v1/{}@1/{tail}", all()[preset].id));
        let _ = decode(&format!("#v1/-/{tail}"));
    }
}

/// Links of format version 1 and the figures they open with, reviewed once and fixed forever.
/// A failure here means an old link would now show other numbers: migrate, never edit this list.
const GOLDEN_V1: &[(&str, &str, &str)] = &[
    ("v1/gooi-en-vechtstreek@1/", "110052520.93", "405000.00"),
    (
        "v1/gooi-en-vechtstreek@1/c=-2.5,-2.5,-2.5,-2.5;r=40,40,40,40;pr=250.00",
        "108789893.81",
        "442500.00",
    ),
    (
        "v1/flevoland@1/nh=2,2,2,2;pp=4",
        "204087925.65",
        "2955000.00",
    ),
    (
        "v1/zuid-limburg@1/t=2022:family_share_pct:ge:65!2022:residential_share_pct:le:25",
        "222881465.64",
        "0.00",
    ),
    (
        "v1/haaglanden@1/n=Haaglanden%20%E2%80%94%20ambitieus;r=200,200,200",
        "353045198.54",
        "7050000.00",
    ),
    (
        "v1/gelderland-jeugdzorgplus@1/c=-5,-5;dr=3",
        "2603693.87",
        "0.00",
    ),
];

#[test]
fn golden_links_open_with_the_same_figures() {
    for (link, care_cost, programme) in GOLDEN_V1 {
        let (s, _) = decode(link).unwrap_or_else(|e| panic!("{link}: {e:?}"));
        let p = project(&s);
        assert_eq!(
            (
                p.total_care_cost.to_string().as_str(),
                p.total_programme_cost.to_string().as_str()
            ),
            (*care_cost, *programme),
            "{link}"
        );
    }
}
