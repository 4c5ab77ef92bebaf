//! Bad input never panics: random bytes, random text and randomly mutated scenario JSON
//! go through the parser, the engine and the CLI, which must answer with errors or results.

mod common;

use proptest::prelude::*;
use serde_json::{json, Value};
use zothuis::cli::run;
use zothuis::engine::project;
use zothuis::presets::all;
use zothuis::scenario::parse;

fn cli(args: &[&str], input: &[u8]) -> zothuis::cli::Outcome {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    run(&args, &mut &input[..])
}

/// A random JSON value of any type, including extreme numbers.
fn wild_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<u64>().prop_map(|n| json!(n)),
        prop::num::f64::NORMAL.prop_map(|x| json!(x)),
        Just(json!(1e308)),
        Just(json!(-1e308)),
        Just(json!(5e-324)),
        Just(json!(0)),
        Just(json!(-1)),
        "[ -~]{0,12}".prop_map(Value::String),
        Just(json!("99999999999999999999999999999.99")),
        Just(json!("1e400")),
        Just(json!([])),
        Just(json!({})),
        Just(json!([1, "2", null])),
    ]
}

/// Walks to a random place in `v` (chosen by `path`) and applies one mutation there.
fn mutate(v: &mut Value, path: &[usize], op: usize, replacement: Value) {
    let Some((&step, rest)) = path.split_first() else {
        *v = replacement;
        return;
    };
    match v {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(step % map.len())
                .cloned()
                .unwrap_or_default();
            if rest.is_empty() {
                match op % 3 {
                    0 => {
                        map.remove(&key);
                    }
                    1 => {
                        map.insert(format!("{key}_typo"), replacement);
                    }
                    _ => {
                        map.insert(key, replacement);
                    }
                }
            } else if let Some(child) = map.get_mut(&key) {
                mutate(child, rest, op, replacement);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = step % items.len();
            if rest.is_empty() && op.is_multiple_of(3) {
                items.remove(i);
            } else if rest.is_empty() && op % 3 == 1 {
                items.push(replacement);
            } else {
                mutate(&mut items[i], rest, op, replacement);
            }
        }
        other => *other = replacement,
    }
}

fn check_projection_is_sane(text: &str) {
    if let Ok(s) = parse(text) {
        let p = project(&s);
        for y in &p.years {
            assert!(y.stock.total.is_finite() && y.stock.total >= -1e-9);
            assert!(y.shares_pct.family.is_finite());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse(&text);
        for command in ["project", "check", "calibrate"] {
            let out = cli(&[command, "-"], &bytes);
            prop_assert!(out.code == 1 || out.code == 0, "{command}: {}", out.code);
            if out.code == 1 {
                prop_assert!(out.stderr.contains("not a valid scenario"));
            }
        }
    }

    #[test]
    fn random_json_text_never_panics(text in "[\\[\\]{}\":,0-9a-z.eE+ -]{0,200}") {
        let _ = parse(&text);
        let out = cli(&["project", "-", "--format", "table"], text.as_bytes());
        prop_assert!(out.code <= 1);
    }

    #[test]
    fn mutated_presets_never_panic(
        preset in 0usize..6,
        mutations in proptest::collection::vec(
            (proptest::collection::vec(any::<usize>(), 1..5), any::<usize>(), wild_value()), 1..6),
    ) {
        let mut v: Value = serde_json::from_str(all()[preset % all().len()].json).unwrap();
        for (path, op, replacement) in mutations {
            mutate(&mut v, &path, op, replacement);
        }
        let text = v.to_string();
        check_projection_is_sane(&text);
        for format in ["json", "csv", "table"] {
            let out = cli(&["project", "-", "--format", format, "--lang", "nl"], text.as_bytes());
            prop_assert!(out.code <= 1, "{}", out.stderr);
            prop_assert!(out.code == 0 || !out.stderr.is_empty());
        }
        let _ = cli(&["calibrate", "-"], text.as_bytes());
        let _ = cli(&["goalseek", "-", "--target", "0", "--lever", "inflow_reduction"], text.as_bytes());
    }

    /// Random v2 scenarios (every v2 part present at random), mutated at random: the v2 fields
    /// are reached too.
    #[test]
    fn mutated_v2_scenarios_never_panic(
        s in common::scenario(6),
        mutations in proptest::collection::vec(
            (proptest::collection::vec(any::<usize>(), 1..5), any::<usize>(), wild_value()), 1..6),
    ) {
        let mut v: Value = serde_json::from_str(&s.to_json()).unwrap();
        for (path, op, replacement) in mutations {
            mutate(&mut v, &path, op, replacement);
        }
        let text = v.to_string();
        check_projection_is_sane(&text);
        let out = cli(&["project", "-", "--format", "json"], text.as_bytes());
        prop_assert!(out.code <= 1, "{}", out.stderr);
        prop_assert!(out.code == 0 || !out.stderr.is_empty());
        let _ = cli(&["check", "-", "--lang", "nl"], text.as_bytes());
        let _ = cli(&["goalseek", "-", "--target", "0", "--lever", "recruitment"], text.as_bytes());
    }

    #[test]
    fn truncated_presets_report_a_syntax_error(preset in 0usize..6, cut in 0.0..1.0f64) {
        // Without the final newline, every cut removes at least the closing brace.
        let json = all()[preset].json.trim_end();
        let at = ((json.len() as f64) * cut) as usize;
        let mut end = at.min(json.len() - 1);
        while !json.is_char_boundary(end) { end -= 1; }
        let out = cli(&["check", "-"], &json.as_bytes()[..end]);
        prop_assert_eq!(out.code, 1);
    }

    /// Valid scenarios at the extremes of every range still project to finite numbers.
    #[test]
    fn random_valid_scenarios_project_finitely(s in common::scenario(15)) {
        let p = project(&s);
        for y in &p.years {
            prop_assert!(y.stock.total.is_finite());
            prop_assert!(y.youth_days.foster.is_finite());
        }
    }
}

#[test]
fn extreme_but_valid_values_do_not_overflow() {
    // The largest stocks, inflow, prices and indexation the format allows, over 15 years.
    let text = json!({
        "schema": 1, "start_year": 2086, "years": 15,
        "stock": {"foster": 1e6, "family_home": 1e6, "residential": 1e6, "other": 1e6},
        "mismatch": 1e6,
        "stay_months": {"foster": 240, "family_home": 240, "residential": 240, "other": 240},
        "inflow": {"per_year": 1e6, "change_pct": [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]},
        "foster": {"families": 1e6, "children_per_family": 10, "attrition_pct": 0,
                   "recruit_per_year": [100000], "status_quo_recruit_per_year": 0},
        "family_home": {"homes": 1e5, "places_per_home": 12, "new_per_year": [1000]},
        "cost": {"per_day": {"foster": "100000", "family_home": "100000", "residential": "100000", "other": "100000"}, "index_pct": 50},
        "programme": {"cost_per_recruited_family": "1000000000000", "cost_per_new_home": "1000000000000",
                      "lines": [{"label": "x", "amounts": ["1000000000000"]}]},
        "budget": {"label": "b", "amounts": ["1000000000000"]},
        "targets": [{"year": 2100, "metric": "care_cost", "op": "<=", "value": 1e13}]
    })
    .to_string();
    let s = parse(&text).unwrap();
    let p = project(&s);
    assert_eq!(p.years.len(), 15);
    assert!(p.years[14].stock.total.is_finite());
    assert!(p.total_care_cost.0 > rust_decimal::Decimal::ZERO);
    let out = cli(&["project", "-", "--format", "table"], text.as_bytes());
    assert_eq!(out.code, 0, "{}", out.stderr);
}

#[test]
fn extreme_but_valid_v2_values_do_not_overflow() {
    // v1's extremes with every v2 growth at its largest too: the inflow doubles three times a
    // year (population, trend, change), all of it substituted, every unit cost at its largest.
    let mut v: Value = serde_json::from_str(&extreme_v1()).unwrap();
    let hundred: Vec<Value> = (0..15).map(|_| json!(100)).collect();
    v["schema"] = json!(2);
    v["inflow"]["trend_pct"] = json!(hundred);
    v["inflow"]["residential_need_pct"] = json!(100);
    v["inflow"]["substitution_pct"] = json!([100]);
    v["population"] = json!({"children": 1e8, "trend_pct": hundred});
    v["foster"]["attrition_pct"] = json!(100);
    v["foster"]["attrition_change_pts"] = json!([-100]);
    v["stay_change_pct"] = json!({"residential": [-90], "foster": [0]});
    v["stay_months"]["residential"] = json!(240);
    v["under12"] = json!({"stock": {"foster": 1e6, "family_home": 1e6, "residential": 1e6, "other": 1e6},
                          "mismatch": 1e6, "inflow_pct": 100, "residential_need_pct": 100,
                          "substitution_pct": [100], "ageing_pct": 100});
    for key in [
        "cost_per_prevented_placement",
        "cost_per_substituted_child",
        "cost_per_retained_family",
    ] {
        v["programme"][key] = json!("1000000000000");
    }
    // Eight times the inflow a year is refused, with a reason, before anything is computed.
    let errors = parse(&v.to_string()).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, "inflow.trend_pct");
    assert_eq!(errors[0].rule_code(), "inflow_growth");
    // Growth up to the v1 limit (the trends and the change share the doubling) computes.
    let third: Vec<Value> = (0..15).map(|_| json!(25.99)).collect();
    v["inflow"]["trend_pct"] = json!(third);
    v["population"]["trend_pct"] = json!(third);
    v["inflow"]["change_pct"] = json!(third);
    let text = v.to_string();
    let s = parse(&text).unwrap_or_else(|e| panic!("{e:?}"));
    let p = project(&s);
    assert!(p.years[14].stock.total.is_finite());
    let out = cli(&["project", "-", "--format", "table"], text.as_bytes());
    assert_eq!(out.code, 0, "{}", out.stderr);
    // And with the inflow cut to nothing by prevention: the status quo's inflow is prevented.
    let doubling: Vec<Value> = (0..15).map(|_| json!(41.42)).collect();
    v["inflow"]["trend_pct"] = json!(doubling);
    v["population"]["trend_pct"] = json!(doubling);
    v["inflow"]["change_pct"] = json!([-100]);
    let p = project(&parse(&v.to_string()).unwrap_or_else(|e| panic!("{e:?}")));
    assert!(p.years[14].prevented_placements > 1e10);
    assert_eq!(p.years[14].inflow, 0.0);
}

/// The v1 extreme scenario of [`extreme_but_valid_values_do_not_overflow`] as text.
fn extreme_v1() -> String {
    json!({
        "schema": 1, "start_year": 2086, "years": 15,
        "stock": {"foster": 1e6, "family_home": 1e6, "residential": 1e6, "other": 1e6},
        "mismatch": 1e6,
        "stay_months": {"foster": 240, "family_home": 240, "residential": 240, "other": 240},
        "inflow": {"per_year": 1e6, "change_pct": [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100]},
        "foster": {"families": 1e6, "children_per_family": 10, "attrition_pct": 0,
                   "recruit_per_year": [100000], "status_quo_recruit_per_year": 0},
        "family_home": {"homes": 1e5, "places_per_home": 12, "new_per_year": [1000]},
        "cost": {"per_day": {"foster": "100000", "family_home": "100000", "residential": "100000", "other": "100000"}, "index_pct": 50},
        "programme": {"cost_per_recruited_family": "1000000000000", "cost_per_new_home": "1000000000000",
                      "lines": [{"label": "x", "amounts": ["1000000000000"]}]},
        "budget": {"label": "b", "amounts": ["1000000000000"]},
        "targets": [{"year": 2100, "metric": "care_cost", "op": "<=", "value": 1e13}]
    })
    .to_string()
}

#[test]
fn huge_numbers_are_range_errors_not_panics() {
    let mut v: Value = serde_json::from_str(all()[0].json).unwrap();
    v["stock"]["foster"] = json!(1e300);
    v["years"] = json!(u64::MAX);
    v["foster"]["recruit_per_year"] = json!([u64::MAX, -1, 1.5]);
    v["cost"]["per_day"]["foster"] = json!("123456789012345678901234567890");
    let errors = parse(&v.to_string()).unwrap_err();
    let paths: Vec<&str> = errors.iter().map(|e| e.path.as_str()).collect();
    for p in [
        "stock.foster",
        "years",
        "foster.recruit_per_year[0]",
        "foster.recruit_per_year[1]",
        "foster.recruit_per_year[2]",
        "cost.per_day.foster",
    ] {
        assert!(paths.contains(&p), "{p} not in {paths:?}");
    }
    // Numbers beyond f64 are a syntax error from the JSON reader, reported, not a panic.
    let out = cli(&["check", "-"], br#"{"schema": 1e400}"#);
    assert_eq!(out.code, 1);
}

#[test]
fn deeply_nested_input_is_refused() {
    let text = "[".repeat(100_000);
    let out = cli(&["check", "-"], text.as_bytes());
    assert_eq!(out.code, 1);
}

#[test]
fn a_preset_cut_just_before_its_closing_brace_is_a_syntax_error() {
    for preset in all() {
        let json = preset.json.trim_end();
        let out = cli(&["check", "-"], &json.as_bytes()[..json.len() - 1]);
        assert_eq!(out.code, 1, "{}", preset.id);
    }
}

/// The process as a shell runs it: output that cannot be written is an error with a message, not
/// a silent success; a reader that stops early is not.
#[test]
fn the_cli_process_reports_a_failed_write() {
    use std::process::{Command, Stdio};
    let cli = env!("CARGO_BIN_EXE_zothuis");
    if let Ok(full) = std::fs::File::create("/dev/full") {
        let out = Command::new(cli)
            .args(["preset", "gooi-en-vechtstreek"])
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("cannot write the output"), "{stderr}");
    }
    // A pipe closed by its reader at once: the command ends normally.
    let mut child = Command::new(cli)
        .args(["preset", "gooi-en-vechtstreek"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
}

/// A file saved with a UTF-8 byte-order mark (older Notepad) reads as the app reads it.
#[test]
fn the_cli_reads_a_file_with_a_byte_order_mark() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let cli = env!("CARGO_BIN_EXE_zothuis");
    let file = zothuis::presets::default_preset().scenario().to_json();
    let mut child = Command::new(cli)
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("\u{feff}{file}").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("OK: "));
}

/// Issue 22, case 3: a scenario whose own values keep within the growth limit but whose ranges
/// reach beyond it. Validation used to check only the values, and a Monte Carlo draw near the
/// ranges' high ends overflowed the money arithmetic (exit 134 in the CLI, a dead page in the
/// app). Now every command refuses it, naming the range.
fn growth_beyond_the_limit_at_the_ranges_ends() -> String {
    let mut v: Value = serde_json::from_str(all()[0].json).unwrap();
    v["years"] = json!(15);
    v["inflow"]["per_year"] = json!(1_000_000);
    v["inflow"]["change_pct"] = json!(vec![100; 15]);
    v["inflow"]["trend_pct"] = json!([0]);
    for form in ["foster", "family_home", "residential", "other"] {
        v["stay_months"][form] = json!(240);
        v["cost"]["per_day"][form] = json!("100000.00");
    }
    v["cost"]["index_pct"] = json!(50);
    v["foster"]["recruit_per_year"] = json!([34]);
    v["family_home"]["new_per_year"] = json!([1]);
    for line in v["programme"]["lines"].as_array_mut().unwrap() {
        line["amounts"] = json!(["1000.00"]);
    }
    v["targets"] = json!([]);
    v["sources"] = json!({});
    v["population"] = json!({"children": 1_000_000, "trend_pct": [0]});
    v["uncertainty"] = json!({
        "inflow.trend_pct": {"low": 99.9, "high": 100},
        "population.trend_pct": {"low": 99.9, "high": 100}
    });
    v.to_string()
}

#[test]
fn ranges_that_reach_beyond_the_growth_limit_are_refused_by_every_command() {
    let text = growth_beyond_the_limit_at_the_ranges_ends();
    let errors = parse(&text).unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].path, "uncertainty[\"inflow.trend_pct\"]");
    assert_eq!(errors[0].rule_code(), "inflow_growth_at_range");
    for args in [
        &["check", "-"][..],
        &["montecarlo", "-", "--runs", "2000"],
        &["sensitivity", "-"],
        &[
            "goalseek",
            "-",
            "--target",
            "0",
            "--lever",
            "recruitment",
            "--chance",
            "0.8",
        ],
    ] {
        let out = cli(args, text.as_bytes());
        assert_eq!(out.code, 1, "{args:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("narrow the range"),
            "{args:?}: {}",
            out.stderr
        );
    }
    // Narrowed to what the limit allows, every command computes (no overflow at the ends).
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["inflow"]["change_pct"] = json!([0]);
    v["uncertainty"] = json!({
        "inflow.trend_pct": {"low": 0, "high": 41.4},
        "population.trend_pct": {"low": 0, "high": 41.4}
    });
    let text = v.to_string();
    parse(&text).unwrap_or_else(|e| panic!("{e:?}"));
    for args in [
        &["montecarlo", "-", "--runs", "200"][..],
        &["sensitivity", "-"],
    ] {
        let out = cli(args, text.as_bytes());
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever growth figures and ranges a valid scenario has, each draw the Monte Carlo can
    /// make computes: every range at its high end at once (the largest inflow), then at its low
    /// end, projects to finite figures. Scenarios the validator refuses are skipped.
    #[test]
    fn every_range_at_its_ends_at_once_computes(
        trend in -20.0..100.0f64,
        pop in -20.0..100.0f64,
        change in -20.0..100.0f64,
        spread in 0.0..200.0f64,
    ) {
        let mut v: Value = serde_json::from_str(&extreme_v1()).unwrap();
        v["schema"] = json!(2);
        v["inflow"]["change_pct"] = json!(vec![change; 15]);
        v["inflow"]["trend_pct"] = json!([trend]);
        v["population"] = json!({"children": 1e8, "trend_pct": [pop]});
        v["uncertainty"] = json!({
            "inflow.trend_pct": {"low": trend, "high": (trend + spread).min(100.0)},
            "population.trend_pct": {"low": pop, "high": (pop + spread).min(100.0)},
            "inflow.per_year": {"low": 1e5, "high": 1e6},
            "cost.per_day.residential": {"low": "1.00", "high": "100000.00"},
            "cost.index_pct": {"low": 0, "high": 50},
        });
        let Ok(s) = parse(&v.to_string()) else { return Ok(()) };
        for high in [true, false] {
            let mut at_end = s.clone();
            for (key, range) in &s.uncertainty {
                let slot = zothuis::analysis::uncertainty::slot_of(key).unwrap();
                let x = if high { range.high } else { range.low };
                for i in 0..slot.len(&s) {
                    slot.set(&mut at_end, i, zothuis::analysis::uncertainty::in_set_units(slot, x));
                }
            }
            let p = project(&at_end);
            prop_assert!(p.years.iter().all(|y| y.stock.total.is_finite()));
        }
    }
}
