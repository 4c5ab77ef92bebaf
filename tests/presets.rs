//! Golden tests of the regional presets: the projection of every preset is compared with a
//! reviewed snapshot in `tests/golden/` (a difference prints as a line diff; regenerate with
//! `UPDATE_EXPECT=1 cargo test --test presets`, then review the diff by hand), plus explicit checks of the plan figures.

use std::str::FromStr;

use rust_decimal::Decimal;
use zothuis::analysis::calibrate::calibrate;
use zothuis::engine::project;
use zothuis::money::Euro;
use zothuis::presets::{all, by_id, default_preset, DEFAULT_ID};
use zothuis::scenario::{known_paths, Form, SourceKind};

fn eur(s: &str) -> Euro {
    Euro(Decimal::from_str(s).unwrap())
}

#[test]
fn every_preset_is_valid_and_projects() {
    for preset in all() {
        let s = preset
            .try_scenario()
            .unwrap_or_else(|e| panic!("{}: {e:?}", preset.id));
        let p = project(&s);
        assert_eq!(p.years.len(), s.years as usize, "{}", preset.id);
        assert_eq!(p.targets.len(), s.targets.len(), "{}", preset.id);
    }
    assert_eq!(default_preset().id, DEFAULT_ID);
}

#[test]
fn golden_projections() {
    // On a difference, expect-test prints a line diff of the JSON; after review,
    // UPDATE_EXPECT=1 cargo test --test presets writes the new snapshots.
    for preset in all() {
        let actual = project(&preset.scenario()).to_json() + "\n";
        expect_test::expect_file![format!("golden/{}.json", preset.id)].assert_eq(&actual);
    }
}

/// v1 equivalence (MODEL.md §9): every released v1 preset version projects, in every v1 output
/// field, bit for bit what the v1 engine gave (`tests/golden/v1/ID@VERSION.json`, written by
/// the v1 engine and never regenerated); only `schema` and the fields v2 added differ.
#[test]
fn v1_goldens_keep_their_figures() {
    use serde_json::Value;
    let v2_fields = [
        "admissions",
        "users",
        "shares_users_pct",
        "inflow_placed_pct",
        "stay_months",
        "attrition_pct",
        "residential_peak",
        "residential_shortfall",
        "children",
        "placements_per_1000",
        "prevented_placements",
        "substituted",
        "retained_families",
        "under12",
    ];
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_str().unwrap().to_string();
        let (id, version) = name.split_once('@').unwrap();
        let json = zothuis::presets::versioned(id, version)
            .unwrap_or_else(|| panic!("{name}: no such preset version"));
        let s = zothuis::scenario::parse(json).unwrap();
        assert_eq!(s.schema, 1, "{name} is a v1 file");
        let mut actual: Value = serde_json::from_str(&project(&s).to_json()).unwrap();
        assert_eq!(actual["schema"], 2);
        actual["schema"] = 1.into();
        for year in actual["years"].as_array_mut().unwrap() {
            for key in v2_fields {
                assert!(year.as_object_mut().unwrap().remove(key).is_some(), "{key}");
            }
        }
        // Compared as text: every float printed the same, every amount to the cent.
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(
            serde_json::to_string_pretty(&actual).unwrap(),
            serde_json::to_string_pretty(&expected).unwrap(),
            "{name}"
        );
        checked += 1;
    }
    assert_eq!(checked, 6);
}

#[test]
fn every_figure_has_a_source() {
    // Each field a user can change is covered by a source entry (directly or via its parent).
    let fields = [
        "stock.foster",
        "stock.family_home",
        "stock.residential",
        "stock.other",
        "mismatch",
        "stay_months.foster",
        "stay_months.residential",
        "inflow.per_year",
        "inflow.change_pct",
        "inflow.residential_need_pct",
        "inflow.other_need_pct",
        "foster.families",
        "foster.children_per_family",
        "foster.attrition_pct",
        "foster.recruit_per_year",
        "family_home.homes",
        "family_home.places_per_home",
        "family_home.new_per_year",
        "cost.per_day.foster",
        "cost.per_day.residential",
        "cost.index_pct",
        "programme.cost_per_recruited_family",
        "budget",
        "targets",
    ];
    let mut missing = Vec::new();
    for preset in all() {
        let s = preset.scenario();
        for field in fields {
            match s.source_of(field) {
                Some(source) if !source.note.trim().is_empty() => {}
                _ => missing.push(format!("{}: {field}", preset.id)),
            }
        }
        for key in s.sources.keys() {
            assert!(known_paths(&s).contains(key), "{}: {key}", preset.id);
        }
    }
    assert!(missing.is_empty(), "figures without a source: {missing:#?}");
}

#[test]
fn presets_without_stocks_say_they_are_illustrative() {
    for id in ["flevoland", "zuid-limburg", "haaglanden"] {
        let s = by_id(id).unwrap().scenario();
        let stock = s.source_of("stock").unwrap();
        assert_eq!(stock.kind, SourceKind::Assumption, "{id}");
        assert!(
            stock.note.starts_with("Illustratief"),
            "{id}: {}",
            stock.note
        );
    }
}

#[test]
fn calibrated_inflows_match_their_notes() {
    // The notes say inflow was estimated by calibration and rounded: keep that true.
    for id in [
        "gooi-en-vechtstreek",
        "flevoland",
        "zuid-limburg",
        "haaglanden",
    ] {
        let s = by_id(id).unwrap().scenario();
        let c = calibrate(&s).unwrap();
        assert!(
            (s.inflow.per_year - c.inflow.per_year).abs() <= 0.05,
            "{id}: per_year"
        );
        assert!(
            (s.inflow.residential_need_pct - c.inflow.residential_need_pct).abs() <= 0.05,
            "{id}"
        );
        assert!(
            (s.inflow.other_need_pct - c.inflow.other_need_pct).abs() <= 0.05,
            "{id}"
        );
        assert_eq!(
            s.foster.status_quo_recruit_per_year, c.foster.status_quo_recruit_per_year,
            "{id}"
        );
    }
}

#[test]
fn gooi_en_vechtstreek_plan_figures() {
    let s = by_id("gooi-en-vechtstreek").unwrap().scenario();
    let total: f64 = Form::ALL.iter().map(|&f| s.stock.get(f)).sum();
    assert_eq!(total, 456.0);
    let p = project(&s);
    assert_eq!(p.targets.len(), 6);
    // The programme totals the plan's €405,000 over 2019–2022, all covered by the fund.
    assert_eq!(p.total_programme_cost, eur("405000"));
    assert_eq!(p.total_budget, eur("405000"));
    assert_eq!(
        p.years.last().unwrap().budget_balance_cumulative,
        Euro::ZERO
    );
    // 2019: 10 extra families × €1,875 + 1 home × €2,500 + €85,000 ambulant care.
    assert_eq!(p.years[0].programme_cost, eur("106250"));
    // The reviewed outcome: the plan as modelled meets the 2020 family-share target only.
    let met: Vec<(i32, &str, bool)> = p
        .targets
        .iter()
        .map(|t| (t.year, t.metric.key(), t.met))
        .collect();
    assert_eq!(
        met,
        vec![
            (2020, "family_share_pct", true),
            (2021, "family_share_pct", false),
            (2022, "family_share_pct", false),
            (2020, "residential_share_pct", false),
            (2021, "residential_share_pct", false),
            (2022, "residential_share_pct", false),
        ]
    );
    // The gross reading of "40 families" recruits below attrition: the family share falls.
    let bruto = project(&by_id("gooi-en-vechtstreek-bruto").unwrap().scenario());
    assert!(bruto.years[3].shares_pct.family < p.years[3].shares_pct.family);
    assert_eq!(bruto.total_programme_cost, eur("405000"));
    let printed: Vec<_> = bruto
        .years
        .iter()
        .map(|y| y.programme_printed_total)
        .collect();
    assert_eq!(
        printed,
        vec![Some(eur("160000")), Some(eur("245000")), None, None]
    );
    assert_eq!(bruto.years[0].programme_cost, eur("160000"));
}

#[test]
fn flevoland_plan_lines_and_budget_balance() {
    let p = project(&by_id("flevoland").unwrap().scenario());
    let years: Vec<i32> = p.years.iter().map(|y| y.year).collect();
    assert_eq!(years, vec![2018, 2019, 2020, 2021]);
    let programme: Vec<Euro> = p.years.iter().map(|y| y.programme_cost).collect();
    assert_eq!(
        programme,
        vec![eur("0"), eur("975000"), eur("980000"), eur("980000")]
    );
    // The printed subtotals differ from the sum of the printed lines, and stay visible.
    let printed: Vec<Option<Euro>> = p.years.iter().map(|y| y.programme_printed_total).collect();
    assert_eq!(
        printed,
        vec![
            None,
            Some(eur("905000")),
            Some(eur("960000")),
            Some(eur("960000"))
        ]
    );
    // Budget €991,408 a year; the balance is the contingency the plan keeps (onvoorzien).
    let balance: Vec<Euro> = p.years.iter().map(|y| y.budget_balance).collect();
    assert_eq!(
        balance,
        vec![eur("0"), eur("16408"), eur("11408"), eur("11408")]
    );
    assert_eq!(p.years[3].budget_balance_cumulative, eur("39224"));
    assert_eq!(p.total_budget, eur("2974224"));
    // Target: residential −50 % by end 2021; the plan's own levers do not get there.
    assert_eq!(p.targets.len(), 1);
    assert_eq!(p.targets[0].metric.key(), "residential_reduction_pct");
    assert!(!p.targets[0].met);
    assert_eq!(p.years[3].residential_capacity_plan, Some(130.0));
}

#[test]
fn haaglanden_printed_total_for_2021_differs() {
    let p = project(&by_id("haaglanden").unwrap().scenario());
    let programme: Vec<Euro> = p.years.iter().map(|y| y.programme_cost).collect();
    assert_eq!(
        programme,
        vec![eur("2350000"), eur("2450000"), eur("1350000")]
    );
    let printed: Vec<Option<Euro>> = p.years.iter().map(|y| y.programme_printed_total).collect();
    assert_eq!(
        printed,
        vec![
            Some(eur("2350000")),
            Some(eur("2450000")),
            Some(eur("1200000"))
        ]
    );
    assert_eq!(p.years[2].budget_balance_cumulative, eur("1050000"));
    assert!(p.targets.is_empty());
}

#[test]
fn zuid_limburg_follows_the_shrinking_population() {
    let s = by_id("zuid-limburg").unwrap().scenario();
    let p = project(&s);
    assert!(p.targets.is_empty());
    // −1.5 % a year, compounded: 2022 inflow is 0.985^4 of the base.
    let expected = (0.985f64.powi(4) - 1.0) * 100.0;
    assert!((p.years[3].inflow_change_pct - expected).abs() < 1e-9);
    assert_eq!(p.total_budget, eur("3000000"));
}

#[test]
fn gelderland_jeugdzorgplus_inflow_target() {
    let p = project(&by_id("gelderland-jeugdzorgplus").unwrap().scenario());
    assert_eq!(p.years.len(), 2);
    let t = &p.targets[0];
    assert_eq!(
        (t.year, t.metric.key(), t.op),
        (2023, "inflow_change_pct", "<=")
    );
    assert!(t.met, "actual {}", t.actual);
    assert!((t.actual + 5.0).abs() < 1e-9);
    // All placements are secure care; 30 a year, then 28.5.
    assert!((p.years[0].inflow - 30.0).abs() < 1e-9);
    assert!((p.years[1].inflow - 28.5).abs() < 1e-9);
    assert_eq!(p.years[0].shares_pct.residential, 100.0);
}
