//! Share links: round trip over random scenarios, golden links of every released format
//! version (they must open with the same figures forever), and random strings never panic.

mod common;

use proptest::prelude::*;
use zothuis::app::state::{reduce, Action, AppState, Origin};
use zothuis::engine::project;
use zothuis::formats::link::{decode, encode};
use zothuis::i18n::Lang;
use zothuis::presets::{all, PlanRef};
use zothuis::scenario::fields::{FieldPath, RangeEnd};

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any valid scenario survives a link, with or without a preset to diff against.
    #[test]
    fn round_trip(s in common::scenario(15), preset in 0usize..19) {
        let plan = PlanRef::all().nth(preset);
        let link = encode(&s, plan).expect("a valid scenario always has a link");
        let (back, _) = decode(&link).map_err(|e| TestCaseError::fail(format!("{e:?}: {link}")))?;
        // A link opens with the lowest format version that holds what it carries (at least its
        // preset's): a schema 2 scenario without a v2 field may come back as schema 1, which
        // computes the same (MODEL.md §9).
        let needed = zothuis::scenario::needed_schema(&serde_json::to_value(&s).unwrap());
        prop_assert!(back.schema >= needed);
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

/// Links of format version 1 with the codes model v2 added (released with it), the figures they
/// open with and a v2 target's actual value: reviewed once and fixed forever. Each names a v1
/// preset, so each also shows a v1 plan raised to schema 2 (its range on the inflow change moved
/// to the baseline trend). Model v3 corrects the mechanics for every file (MODEL.md, opening):
/// the figures below are v3's where they differ from v2's, and each such change is named
/// beside it.
const GOLDEN_V1_WITH_V2_FIELDS: &[(&str, &str, &str, f64)] = &[
    (
        "v1/gooi-en-vechtstreek@1/is=20,30;zr=-25;ac=-4;cs=15000.00;cp=8000.00;cr=1000.00;c=-2,-2,-2,-2",
        "96738518.36",
        "2819387.28",
        69.8183392393357,
    ),
    (
        "v1/zuid-limburg@1/c=0,0,0,0;pc=91913;pn=-1.5;it=1;t=2022:placements_per_1000:le:1.2",
        "227743271.61",
        "0.00",
        7.233829817327254,
    ),
    (
        "v1/haaglanden@1/uf=60;ug=10;ur=25;uo=5;um=5;ui=35;un=15;uv=5;us=0,50,100;ua=12;t=2021:residential_admissions_under12:le:0",
        "357987948.25",
        "6150000.00",
        71.79100000000221,
    ),
    (
        "v1/flevoland@1/rc=120,100,80,60;t=2021:residential_shortfall:le:0!2020:users_count:ge:1;zr=-20;is=25",
        "188397514.01",
        "2935000.00",
        // v2: 141.93850576056093, the year's peak against December's capacity; v3 compares
        // each month with the capacity in force then (MODEL.md §6).
        141.65684839279052,
    ),
    (
        "v1/gelderland-jeugdzorgplus@1/zr=-30;zf=10;zg=-10;zo=5;t=2023:residential_admissions:le:28.5;it=2,2;pc=100000;pn=-1,-1",
        "3982740.90",
        "0.00",
        29.061337140000003,
    ),
];

#[test]
fn golden_links_with_v2_fields_open_with_the_same_figures() {
    for (link, care_cost, programme, first_target) in GOLDEN_V1_WITH_V2_FIELDS {
        let (s, _) = decode(link).unwrap_or_else(|e| panic!("{link}: {e:?}"));
        assert_eq!(s.schema, 2, "{link}");
        let p = project(&s);
        assert_eq!(p.total_care_cost.to_string(), *care_cost, "{link}");
        assert_eq!(p.total_programme_cost.to_string(), *programme, "{link}");
        assert_eq!(p.targets[0].actual, *first_target, "{link}");
    }
    // Every code of a v2 field appears in one of them.
    for field in zothuis::scenario::fields::FIELDS
        .iter()
        .filter(|f| f.id.since() == 2)
    {
        let Some(code) = field.link else { continue };
        let used = GOLDEN_V1_WITH_V2_FIELDS.iter().any(|(link, ..)| {
            link.rsplit('/')
                .next()
                .unwrap()
                .split(';')
                .any(|part| part.split('=').next() == Some(code))
        });
        assert!(used, "no golden link uses {code} ({})", field.path);
    }
    // The v1 range on the inflow change became a range on the trend, with its note.
    let (s, _) = decode(GOLDEN_V1_WITH_V2_FIELDS[0].0).unwrap();
    assert!(s.uncertainty.contains_key("inflow.trend_pct"));
    assert!(!s.uncertainty.contains_key("inflow.change_pct"));
    assert!(s.sources.contains_key("uncertainty.inflow.trend_pct"));
}

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

/// Opens `link` as the app does, makes one edit of a value and one of a range as a user would,
/// and returns the state.
/// Opened without an error: no notice, or only the one that says the link was made when its
/// plan was read with an earlier model (issue 23), for a plan version older than the model.
fn opened_cleanly(state: &AppState) -> bool {
    match &state.notice {
        None => state.plan.is_none_or(|p| p.version >= 3),
        Some(zothuis::app::state::Notice::OlderModel { version }) => {
            state.plan.map(|p| p.version) == Some(*version) && *version < 3
        }
        Some(_) => false,
    }
}

fn open_and_edit(link: &str) -> AppState {
    let opened = AppState::from_link(link, Lang::Nl);
    assert!(opened_cleanly(&opened), "{link}: {:?}", opened.notice);
    let typed = reduce(
        &opened,
        Action::Set {
            path: FieldPath::parse("stay_months.residential").unwrap(),
            text: "10,5".into(),
            origin: Origin::Typed,
        },
    );
    let key = opened
        .scenario
        .uncertainty
        .keys()
        .next()
        .cloned()
        .unwrap_or_else(|| "stay_months.foster".into());
    let with_range = if opened.scenario.uncertainty.contains_key(&key) {
        typed
    } else {
        reduce(&typed, Action::AddRange(key.clone()))
    };
    let high = with_range.scenario.uncertainty[&key].high;
    let edited = reduce(
        &with_range,
        Action::SetRange {
            key: key.clone(),
            end: RangeEnd::High,
            text: format!("{}", high + 1.0),
            origin: Origin::Slider,
        },
    );
    assert!(opened_cleanly(&edited), "{link}: {:?}", edited.notice);
    assert_ne!(edited.scenario, opened.scenario, "{link}: the edits took");
    edited
}

/// The figures of a scenario, every output field, as the CLI's JSON writes them.
fn figures(s: &zothuis::scenario::Scenario) -> String {
    serde_json::to_string(&project(s)).unwrap()
}

/// Every released version of every preset, opened by link, edited, re-shared and reopened,
/// computes the same figures, and re-sharing the reopened link writes the same link (issue 22:
/// a `@1` link re-shared after an edit was refused).
#[test]
fn every_plan_version_survives_edit_and_reshare() {
    let mut seen = 0;
    for plan in PlanRef::all() {
        let edited = open_and_edit(&format!("#v1/{}/", plan.head()));
        assert_eq!(
            edited.plan,
            Some(plan),
            "the plan keeps the version it was opened at"
        );
        let shared = encode(&edited.scenario, edited.plan).unwrap();
        assert!(
            shared.starts_with(&format!("v1/{}~", plan.head())),
            "{shared}"
        );
        let reopened = AppState::from_link(&shared, Lang::Nl);
        assert!(opened_cleanly(&reopened), "{shared}: {:?}", reopened.notice);
        assert_eq!(reopened.scenario, edited.scenario, "{shared}");
        assert_eq!(
            figures(&reopened.scenario),
            figures(&edited.scenario),
            "{shared}"
        );
        assert_eq!(encode(&reopened.scenario, reopened.plan).unwrap(), shared);
        seen += 1;
    }
    assert_eq!(seen, 3 * all().len(), "every preset at versions 1, 2 and 3");
}

/// Links as the build before this fix wrote them after an edit of a `@1` link: written against
/// the preset's v2 figures (then the current ones), with the v1 range on the inflow change. They were refused; they open
/// now as the v1 scenario they were made from, with its figures.
#[test]
fn links_written_against_the_wrong_version_open_as_made() {
    for plan in PlanRef::all().filter(|p| p.version == 1) {
        let edited = open_and_edit(&format!("#v1/{}/", plan.head()));
        // What the old build wrote: the changes against the current version, no checksum.
        let v2 = PlanRef::find(plan.id(), "2");
        let with_sum = encode(&edited.scenario, v2).unwrap();
        let (head, body) = with_sum.split_once("~").unwrap();
        let old_link = format!("{head}{}", &body[7..]);
        assert!(old_link.contains("@2/"), "{old_link}");
        let (back, back_plan) = decode(&old_link).unwrap_or_else(|e| panic!("{old_link}: {e:?}"));
        assert_eq!(back_plan, v2);
        assert_eq!(figures(&back), figures(&edited.scenario), "{old_link}");
    }
}

/// Issue 22, case 6: a link cut short (in a mail) or with one character changed never opens a
/// different scenario without a word. Every truncation and 300 random one-character changes
/// (fixed seed) of the plan's link and of an edited one, for every preset and version, are
/// refused with a message, or open exactly the same scenario.
#[test]
fn damaged_links_never_open_another_scenario() {
    // xorshift64*, fixed seed: the same changes in every run.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move |n: usize| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_f491_4f6c_dd1d) >> 33) as usize % n
    };
    let alphabet: Vec<char> = ('!'..='~').collect();
    let (mut refused, mut same) = (0, 0);
    for plan in PlanRef::all() {
        let opened = AppState::from_link(&format!("#v1/{}/", plan.head()), Lang::Nl);
        let edited = open_and_edit(&format!("#v1/{}/", plan.head()));
        for state in [&opened, &edited] {
            let link = encode(&state.scenario, state.plan).unwrap();
            let (original, _) = decode(&link).unwrap();
            let mut check = |damaged: &str| match decode(damaged) {
                Ok((s, _)) => {
                    assert_eq!(s, original, "{damaged} opened another scenario");
                    same += 1;
                }
                Err(e) => {
                    // Every refusal has a message in both languages.
                    assert!(!zothuis::i18n::link_error_message(&e, Lang::Nl).is_empty());
                    refused += 1;
                }
            };
            for cut in 0..link.len() {
                check(&link[..cut]);
            }
            for _ in 0..300 {
                let at = next(link.len());
                let with = alphabet[next(alphabet.len())];
                let mut damaged: Vec<char> = link.chars().collect();
                if damaged[at] == with {
                    continue;
                }
                damaged[at] = with;
                check(&damaged.iter().collect::<String>());
            }
        }
    }
    // Nearly all are refused; the rest changed nothing the link means.
    assert!(
        refused > 9_000 && same * 100 < refused,
        "{refused} refused, {same} the same"
    );
}

/// A link with the codes model v3 added (`ih`, `uh`, `fl`, `pu`) opens as a schema 3 scenario
/// with exactly those values, and with the figures of the same scenario written as a file.
#[test]
fn links_with_v3_fields_open_as_schema_3() {
    let link = "v1/gooi-en-vechtstreek@2/ih=6.4;uh=7.9;fl=3;pu=regular";
    let (s, plan) = decode(link).unwrap_or_else(|e| panic!("{link}: {e:?}"));
    assert_eq!(s.schema, 3);
    assert_eq!(s.inflow.family_home_need_pct, 6.4);
    assert_eq!(s.under12.as_ref().unwrap().family_home_need_pct, 7.9);
    assert_eq!(s.foster.lead_months, 3);
    assert_eq!(
        s.programme.unit_costs_from,
        zothuis::scenario::UnitCostsFrom::Regular
    );
    let mut v: serde_json::Value =
        serde_json::from_str(zothuis::presets::versioned("gooi-en-vechtstreek", "2").unwrap())
            .unwrap();
    v["schema"] = 3.into();
    v["inflow"]["family_home_need_pct"] = 6.4.into();
    v["under12"]["family_home_need_pct"] = 7.9.into();
    v["foster"]["lead_months"] = 3.into();
    v["programme"]["unit_costs_from"] = "regular".into();
    let file = zothuis::scenario::parse_value(&v).unwrap();
    assert_eq!(project(&s), project(&file));
    // Written again, it opens the same.
    let again = encode(&s, plan).unwrap();
    assert_eq!(decode(&again).unwrap().0, s);
    // Every code of a v3 field is in it.
    for field in zothuis::scenario::fields::FIELDS
        .iter()
        .filter(|f| f.id.since() == 3)
    {
        let code = field.link.unwrap();
        assert!(link.contains(&format!("{code}=")), "{code}");
    }
    // A v3 code in a link whose plan is older still opens: the scenario is raised to schema 3.
    let (old, _) = decode("v1/flevoland@1/fl=2").unwrap();
    assert_eq!((old.schema, old.foster.lead_months), (3, 2));
}
