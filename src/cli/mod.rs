//! The analyst CLI as a pure function: arguments and input in, exit code and text out.
//!
//! `src/bin/zothuis.rs` only wires this to the process; tests call [`run`] directly, so every
//! path (including garbage input) is tested without spawning a process.
//!
//! Exit codes: 0 success, 1 invalid scenario (every validation error on stderr), 2 usage error
//! (a failed write of the output too, in `src/bin/zothuis.rs`)
//! (unknown command or option, unreadable file).

mod text;
use crate::analysis::calibrate::{calibrate, stocks_from_users, CalibrateError};
use crate::engine::{project, Projection};
use crate::formats::csv::projection_csv;
use crate::i18n::format::{format_count, format_euro, format_pct, format_plain_number};
use crate::i18n::{validation_message, warning_message, Lang, Text};
use crate::presets;
use crate::scenario::{parse, Scenario, ValidationError};
use std::io::Read;
use text::CliText;

/// What the process should do: exit code, standard output and standard error.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    fn ok(stdout: String) -> Self {
        Outcome {
            code: 0,
            stdout,
            stderr: String::new(),
        }
    }

    fn usage(message: impl Into<String>) -> Self {
        Outcome {
            code: 2,
            stdout: String::new(),
            stderr: format!("zothuis: {}\n\n{}", message.into(), USAGE),
        }
    }

    fn input_error(message: impl Into<String>) -> Self {
        Outcome {
            code: 2,
            stdout: String::new(),
            stderr: format!("zothuis: {}\n", message.into()),
        }
    }

    fn invalid(source: &str, errors: &[ValidationError], lang: Lang) -> Self {
        let mut stderr = format!(
            "zothuis: {source} is not a valid scenario ({} error{}):\n",
            errors.len(),
            if errors.len() == 1 { "" } else { "s" }
        );
        for e in errors {
            match lang {
                Lang::En => stderr.push_str(&format!("  {e}\n")),
                Lang::Nl => stderr.push_str(&format!(
                    "  {}: {}\n",
                    if e.path.is_empty() {
                        "(document)"
                    } else {
                        &e.path
                    },
                    validation_message(e, Lang::Nl)
                )),
            }
        }
        Outcome {
            code: 1,
            stdout: String::new(),
            stderr,
        }
    }
}

pub const USAGE: &str = "\
Usage:
  zothuis project FILE|- [--format json|csv|table] [--lang en|nl]
                                 project a scenario (JSON as MODEL.md section 7, CSV one row
                                 per year, or a readable table; --lang nl: Dutch numbers)
  zothuis preset [NAME]          list the regional presets, or print one as scenario JSON
  zothuis check FILE|- [--lang en|nl]
                                 validate a scenario and list every problem
  zothuis calibrate FILE|- [--from-users]
                                 print the scenario with inflow estimated from the stocks;
                                 --from-users: the file's stock and mismatch are counts of
                                 children during the year before start_year (as plans count),
                                 first turned into stocks on 1 January (MODEL.md section 8)
  zothuis goalseek FILE|- --target INDEX --lever LEVER
                                 the smallest lever setting (every year) that meets target
                                 INDEX (0-based), verified at the answer and one step below;
                                 LEVER: recruitment, new_homes, inflow_reduction (0.01 %),
                                 substitution (0.1 %), shorter_residential_stay (1 %),
                                 retention (0.1 point), under12_substitution (0.1 %)
  zothuis goalseek FILE|- --target INDEX --lever LEVER --chance P [--runs N]
                                 the smallest setting at which the target is met in at least
                                 P (0-1, e.g. 0.8) of the Monte Carlo runs (N runs, 2000 by
                                 default, the app's seed), verified one step below
  zothuis goalseek FILE|- --target INDEX --levers LEVER,LEVER,...|all [--unbounded]
                       [--chance P [--runs N]]
                                 the cheapest package of the levers (each one value every
                                 year, within the plausibility bounds unless --unbounded)
                                 that meets the target (with --chance: in at least P of the
                                 runs); total cost = care + programme + regular + committed
                                 after the horizon; verified one step back per lever
  zothuis bounds FILE|-          the plausibility bounds of the scenario's levers, with their
                                 sources (DOMAIN.md, What has been seen) and the settings
                                 beyond them
  zothuis onward FILE|- --actuals TABLE --from YEAR [--years N] [--during-year]
                                 verder vanaf: a new scenario from the actual children per
                                 care form in YEAR (TABLE: year, form, count, tab-, semicolon-
                                 or comma-separated, Dutch or English headers), starting the
                                 year after for N years (the file's horizon by default); the
                                 levers carried on, the old period's money left out, then
                                 calibrated; --during-year: the counts are children during
                                 the year (as plans count), else on 31 December
  zothuis montecarlo FILE|- [--runs N] [--seed S]
                                 P10/P50/P90 bands per year and the probability that each
                                 target is met, over the scenario's uncertainty ranges
                                 (default 2000 runs; the seed defaults to a hash of the ranges)
  zothuis sensitivity FILE|-     each range at its low and high end: effect on the final-year
                                 family share and on total cost, largest first
  zothuis help                   this text

FILE is a scenario file (JSON, schema 1 or 2); - reads standard input.
Example: zothuis preset gooi-en-vechtstreek | zothuis project - --format table --lang nl
Exit codes: 0 success, 1 invalid scenario, 2 usage error, unreadable file or failed write.
";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
    Table,
}

/// Options shared by the commands; each command says which it accepts.
struct Options {
    file: Option<String>,
    format: Format,
    lang: Lang,
}

fn parse_options(
    args: &[String],
    allow_format: bool,
    allow_lang: bool,
) -> Result<Options, Outcome> {
    let mut options = Options {
        file: None,
        format: Format::Json,
        lang: Lang::En,
    };
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg, None),
        };
        match flag {
            "--format" | "--lang" => {
                let allowed = if flag == "--format" {
                    allow_format
                } else {
                    allow_lang
                };
                if !allowed {
                    return Err(Outcome::usage(format!(
                        "option {flag} does not apply to this command"
                    )));
                }
                let value = match inline {
                    Some(v) => v,
                    None => {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                return Err(Outcome::usage(format!("option {flag} needs a value")))
                            }
                        }
                    }
                };
                if flag == "--format" {
                    options.format = match value.as_str() {
                        "json" => Format::Json,
                        "csv" => Format::Csv,
                        "table" => Format::Table,
                        other => {
                            return Err(Outcome::usage(format!(
                                "unknown format '{other}' (use json, csv or table)"
                            )))
                        }
                    };
                } else {
                    options.lang = match Lang::from_code(&value) {
                        Some(lang) => lang,
                        None => {
                            return Err(Outcome::usage(format!(
                                "unknown language '{value}' (use en or nl)"
                            )))
                        }
                    };
                }
            }
            "-" => set_file(&mut options, arg)?,
            _ if arg.starts_with('-') => {
                return Err(Outcome::usage(format!("unknown option '{arg}'")))
            }
            _ => set_file(&mut options, arg)?,
        }
        i += 1;
    }
    Ok(options)
}

fn set_file(options: &mut Options, arg: &str) -> Result<(), Outcome> {
    if options.file.is_some() {
        return Err(Outcome::usage(format!("unexpected extra argument '{arg}'")));
    }
    options.file = Some(arg.to_string());
    Ok(())
}

/// Reads the scenario text from a file or standard input: at most
/// [`crate::scenario::MAX_FILE_BYTES`] (and the byte after, to tell a larger input), so a huge
/// file is refused without being read into memory.
fn read_input(file: &str, stdin: &mut dyn Read, lang: Lang) -> Result<String, Outcome> {
    let limit = crate::scenario::MAX_FILE_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let read = if file == "-" {
        stdin.take(limit).read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes).map(|_| ()))
    };
    let name = if file == "-" { "standard input" } else { file };
    if let Err(e) = read {
        return Err(Outcome::input_error(format!("cannot read {name}: {e}")));
    }
    if bytes.len() as u64 >= limit {
        // The size on disk, where there is one (standard input is not read further).
        let size = std::fs::metadata(file)
            .ok()
            .filter(|_| file != "-")
            .map(|m| m.len() as usize);
        return Err(Outcome::invalid(
            name,
            &[crate::scenario::too_large(size)],
            lang,
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        let name = if file == "-" { "standard input" } else { file };
        Outcome {
            code: 1,
            stdout: String::new(),
            stderr: format!(
                "zothuis: {name} is not a valid scenario: it is not UTF-8 text (invalid byte at offset {})\n",
                e.utf8_error().valid_up_to()
            ),
        }
    })
}

fn load(options: &Options, stdin: &mut dyn Read) -> Result<Scenario, Outcome> {
    load_file(options, stdin).map(|(s, _)| s)
}

/// [`load`], with the plan the file says it was made from (`based_on`).
fn load_file(
    options: &Options,
    stdin: &mut dyn Read,
) -> Result<(Scenario, Option<crate::scenario::BasedOn>), Outcome> {
    let Some(file) = options.file.as_deref() else {
        return Err(Outcome::usage(
            "a scenario FILE (or - for standard input) is required",
        ));
    };
    let text = read_input(file, stdin, options.lang)?;
    let name = if file == "-" { "standard input" } else { file };
    crate::scenario::parse_file(&text)
        .map_err(|errors| Outcome::invalid(name, &errors, options.lang))
}

/// How far a long command is: `done` of `total` steps of `what` (Monte Carlo runs, or the
/// Monte Carlos of a chance goal seek). The process prints it on stderr once a run is long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
    pub what: &'static str,
}

/// Runs the CLI with the arguments after the program name.
pub fn run(args: &[String], stdin: &mut dyn Read) -> Outcome {
    run_with_progress(args, stdin, &mut |_| {})
}

/// [`run`], telling `progress` how far a long command is (the binary prints it on stderr).
pub fn run_with_progress(
    args: &[String],
    stdin: &mut dyn Read,
    progress: &mut dyn FnMut(Progress),
) -> Outcome {
    let Some(command) = args.first() else {
        return Outcome::usage("a command is required");
    };
    let rest = &args[1..];
    // `zothuis COMMAND --help` is the usage, as `zothuis --help` is.
    if rest.iter().any(|a| a == "--help" || a == "-h") {
        return Outcome::ok(USAGE.to_string());
    }
    let outcome = match command.as_str() {
        "project" => parse_options(rest, true, true).and_then(|o| {
            let scenario = load(&o, stdin)?;
            let projection = project(&scenario);
            Ok(Outcome::ok(match o.format {
                Format::Json => projection.to_json() + "\n",
                Format::Csv => projection_csv(&projection, o.lang.csv_dialect()),
                Format::Table => table(&scenario, &projection, o.lang),
            }))
        }),
        "check" => parse_options(rest, false, true).and_then(|o| {
            let scenario = load(&o, stdin)?;
            let projection = project(&scenario);
            let mut out = format!(
                "OK: {} ({}–{}, {} target{})\n",
                if scenario.name.is_empty() {
                    "unnamed scenario"
                } else {
                    &scenario.name
                },
                scenario.start_year,
                scenario.last_year(),
                scenario.targets.len(),
                if scenario.targets.len() == 1 { "" } else { "s" }
            );
            for w in &projection.warnings {
                out.push_str(&format!("warning: {}\n", warning_message(w, o.lang)));
            }
            Ok(Outcome::ok(out))
        }),
        "calibrate" => {
            // --from-users: the file's stocks are counts of children during a year (MODEL.md §8).
            let from_users = rest.iter().any(|a| a == "--from-users");
            let rest: Vec<String> = rest
                .iter()
                .filter(|a| *a != "--from-users")
                .cloned()
                .collect();
            parse_options(&rest, false, false).and_then(|o| {
                let (mut scenario, based_on) = load_file(&o, stdin)?;
                if from_users {
                    scenario = stocks_from_users(&scenario);
                }
                let (calibrated, note) = match calibrate(&scenario) {
                    Ok(c) => (c, String::new()),
                    // MODEL.md §8: the inflow estimate works on the totals; v3's family-home
                    // need is set per band all the same (schema 3).
                    Err(CalibrateError::HasUnder12Band) if scenario.schema >= 3 => (
                        crate::analysis::calibrate::with_family_home_need(&scenario),
                        "zothuis: the scenario has an under-12 band; the inflow estimate works on the totals only, so the inflow was not changed; the family-home need was set per band\n".to_string(),
                    ),
                    Err(CalibrateError::HasUnder12Band) => (
                        scenario,
                        "zothuis: the scenario has an under-12 band; the inflow estimate works on the totals only, so the inflow was not changed\n".to_string(),
                    ),
                };
                // Extreme stocks can calibrate to an inflow beyond the format's bounds: say so.
                match parse(&calibrated.to_json()) {
                    Ok(valid) => Ok(Outcome {
                        stderr: note,
                        // The plan it was made from stays named: the calibrated figures are
                        // then changes against it.
                        ..Outcome::ok(
                            crate::scenario::to_file_json_based_on(&valid, based_on.as_ref())
                                + "\n",
                        )
                    }),
                    Err(errors) => {
                        Err(Outcome::invalid("the calibrated scenario", &errors, o.lang))
                    }
                }
            })
        }
        "goalseek" if rest.iter().any(|a| a == "--levers" || a.starts_with("--levers=")) => {
            package(rest, stdin, progress)
        }
        "goalseek" => goalseek(rest, stdin, progress),
        "bounds" => parse_options(rest, false, false).and_then(|o| {
            let scenario = load(&o, stdin)?;
            Ok(Outcome::ok(bounds_json(&scenario) + "\n"))
        }),
        "onward" => onward(rest, stdin),
        "montecarlo" => montecarlo(rest, stdin, progress),
        "sensitivity" => sensitivity(rest, stdin),
        "preset" => match rest {
            [] => Ok(Outcome::ok(preset_list())),
            [name] => match presets::by_id(name) {
                // Named as the plan it is, so that the app opens it with "uit het plan".
                Some(p) => Ok(Outcome::ok(
                    crate::scenario::to_file_json_based_on(
                        &p.scenario(),
                        Some(&presets::PlanRef::current(p).based_on()),
                    ) + "\n",
                )),
                None => Err(Outcome::usage(format!(
                    "unknown preset '{name}'; known: {}",
                    presets::all()
                        .iter()
                        .map(|p| p.id)
                        .collect::<Vec<_>>()
                        .join(", ")
                ))),
            },
            _ => Err(Outcome::usage("preset takes at most one NAME")),
        },
        "help" | "--help" | "-h" => Ok(Outcome::ok(USAGE.to_string())),
        "--version" | "version" => Ok(Outcome::ok(format!("zothuis {}\n", crate::ENGINE_VERSION))),
        other => Err(Outcome::usage(format!("unknown command '{other}'"))),
    }
    .unwrap_or_else(|outcome| outcome);
    // Text meant for a person is made safe for a terminal; JSON and CSV are data, and a name
    // in them stays as written (JSON escapes control characters itself).
    // (`preset NAME` prints a scenario file: data.)
    let for_people = match command.as_str() {
        "check" | "help" => true,
        "preset" => rest.is_empty(),
        "project" => rest.iter().any(|a| a == "table" || a == "--format=table"),
        _ => false,
    };
    Outcome {
        stdout: if for_people {
            terminal_safe(&outcome.stdout)
        } else {
            outcome.stdout
        },
        stderr: terminal_safe(&outcome.stderr),
        ..outcome
    }
}

/// `text` with every character that could steer a terminal or reorder what it shows written
/// as an escape (`\u{1b}`): control characters other than newline and tab (an ESC starts a
/// colour or a title change, OSC sequences can do more) and the bidirectional controls (a
/// right-to-left override turns a figure around). Issue 22: names and unknown keys reached the
/// terminal raw.
pub fn terminal_safe(text: &str) -> String {
    let steering = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(steering) {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            if steering(c) {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Flags taken off the arguments, as (flag, value) pairs in order.
type Flags = Vec<(String, String)>;

/// Splits `--flag VALUE` / `--flag=VALUE` pairs of the given flags off the arguments; the rest
/// (file, other options) is returned for [`parse_options`].
fn take_flags(args: &[String], flags: &[&str]) -> Result<(Flags, Vec<String>), Outcome> {
    let mut taken = Vec::new();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let (flag, inline) = match args[i].split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (args[i].clone(), None),
        };
        if flags.contains(&flag.as_str()) {
            let value = match inline {
                Some(v) => v,
                None => {
                    i += 1;
                    args.get(i)
                        .cloned()
                        .ok_or_else(|| Outcome::usage(format!("option {flag} needs a value")))?
                }
            };
            taken.push((flag, value));
        } else {
            rest.push(args[i].clone());
        }
        i += 1;
    }
    Ok((taken, rest))
}

/// `goalseek FILE --target INDEX --lever NAME [--chance P [--runs N]]`: JSON with the answer
/// and its checks; with `--chance`, the smallest setting whose Monte Carlo chance reaches P.
fn goalseek(
    args: &[String],
    stdin: &mut dyn Read,
    progress: &mut dyn FnMut(Progress),
) -> Result<Outcome, Outcome> {
    use crate::analysis::montecarlo::{default_seed, DEFAULT_RUNS};
    let (flags, rest) = take_flags(args, &["--target", "--lever", "--chance", "--runs"])?;
    let (mut target, mut lever, mut chance, mut runs) = (None, None, None, DEFAULT_RUNS);
    for (flag, value) in flags {
        if flag == "--chance" {
            chance = Some(parse_chance(&value)?);
        } else if flag == "--runs" {
            runs = parse_runs(&value)?;
        } else if flag == "--target" {
            target = Some(parse_target(&value)?);
        } else {
            lever = Some(parse_lever(&value, "")?);
        }
    }
    let options = parse_options(&rest, false, false)?;
    let (Some(target), Some(lever)) = (target, lever) else {
        return Err(Outcome::usage(
            "goalseek needs --target INDEX and --lever NAME",
        ));
    };
    if chance.is_none() && args.iter().any(|a| a.starts_with("--runs")) {
        return Err(Outcome::usage(
            "--runs only applies to a chance goal seek (--chance P)",
        ));
    }
    let scenario = load(&options, stdin)?;
    check_target_index(target, &scenario)?;
    let answer = match chance {
        None => crate::analysis::goalseek::goal_seek(&scenario, target, lever)
            .map(|r| serde_json::to_string_pretty(&r)),
        Some(level) => {
            let seed = default_seed(&scenario);
            crate::analysis::goalseek::ChanceSearch::new(
                &scenario, target, lever, level, runs, seed, None,
            )
            .and_then(|mut search| {
                while search.step() {
                    let (done, total) = search.progress();
                    progress(Progress {
                        done,
                        total,
                        what: "Monte Carlos of the goal seek",
                    });
                }
                search.finish()
            })
            .map(|r| serde_json::to_string_pretty(&r))
        }
    };
    answer_json(answer)
}

/// `--chance P`: a probability above 0 and at most 1.
fn parse_chance(value: &str) -> Result<f64, Outcome> {
    value
        .parse::<f64>()
        .ok()
        .filter(|p| *p > 0.0 && *p <= 1.0)
        .ok_or_else(|| {
            Outcome::usage(format!(
                "--chance takes a probability above 0 and at most 1, such as 0.8, not '{value}'"
            ))
        })
}

/// `--target INDEX`: a position in the scenario's targets (checked against the scenario by
/// [`check_target_index`] once it is read).
fn parse_target(value: &str) -> Result<usize, Outcome> {
    value.parse::<usize>().map_err(|_| {
        Outcome::usage(format!(
            "--target takes a number (0 for the first target), not '{value}'"
        ))
    })
}

/// A target the scenario does not have is a mistake in the command, not in the file.
fn check_target_index(target: usize, scenario: &Scenario) -> Result<(), Outcome> {
    match scenario.targets.len() {
        n if target < n => Ok(()),
        0 => Err(Outcome::usage(format!(
            "--target {target}: the scenario has no targets"
        ))),
        n => Err(Outcome::usage(format!(
            "--target {target}: the scenario has {n} target{} (0 to {})",
            if n == 1 { "" } else { "s" },
            n - 1
        ))),
    }
}

/// A lever by its key; the error lists the keys after `also` ("all or " where the command
/// takes that too).
fn parse_lever(name: &str, also: &str) -> Result<crate::analysis::goalseek::GoalLever, Outcome> {
    use crate::analysis::goalseek::GoalLever;
    GoalLever::from_key(name).ok_or_else(|| {
        let known: Vec<&str> = GoalLever::ALL.iter().map(|l| l.key()).collect();
        Outcome::usage(format!(
            "unknown lever '{name}' (use {also}{})",
            known.join(", ")
        ))
    })
}

/// A goal seek's answer as JSON on stdout, or why there is none on stderr (exit 1).
fn answer_json(
    answer: Result<serde_json::Result<String>, crate::analysis::goalseek::GoalSeekError>,
) -> Result<Outcome, Outcome> {
    match answer {
        Ok(json) => Ok(Outcome::ok(json.unwrap_or_default() + "\n")),
        Err(error) => Err(Outcome {
            code: 1,
            stdout: String::new(),
            stderr: format!(
                "zothuis: {}\n",
                crate::i18n::goal_seek_error_message(&error, Lang::En)
            ),
        }),
    }
}

/// `bounds FILE`: every lever's bound, where it comes from, and the settings beyond it.
fn bounds_json(scenario: &Scenario) -> String {
    use crate::analysis::plausible::{bounds, derivation, seen_row, setting, unusual};
    let beyond = unusual(scenario);
    let rows: Vec<serde_json::Value> = bounds(scenario)
        .into_iter()
        .map(|b| {
            let (value, cumulative) = setting(b.lever, scenario);
            serde_json::json!({
                "lever": b.lever,
                "max": b.max,
                "basis": b.basis,
                "derivation": derivation(b.lever, scenario),
                "seen": b.seen.and_then(seen_row),
                "setting": value,
                "cumulative_pct": cumulative,
                "unusual": beyond.iter().find(|u| u.lever == b.lever),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({ "bounds": rows })).unwrap_or_default()
}

/// `goalseek FILE --target INDEX --levers a,b,c [--unbounded] [--chance P [--runs N]]`: the
/// cheapest package of the levers that meets the target, as JSON with its costs and checks.
fn package(
    args: &[String],
    stdin: &mut dyn Read,
    progress: &mut dyn FnMut(Progress),
) -> Result<Outcome, Outcome> {
    use crate::analysis::goalseek::GoalLever;
    use crate::analysis::montecarlo::{default_seed, DEFAULT_RUNS};
    use crate::analysis::package::{chance_package, default_levers, package_seek};
    let unbounded = args.iter().any(|a| a == "--unbounded");
    let args: Vec<String> = args
        .iter()
        .filter(|a| *a != "--unbounded")
        .cloned()
        .collect();
    let (flags, rest) = take_flags(
        &args,
        &["--target", "--levers", "--chance", "--runs", "--lever"],
    )?;
    let (mut target, mut names, mut chance, mut runs) = (None, None, None, None);
    for (flag, value) in flags {
        match flag.as_str() {
            "--lever" => {
                return Err(Outcome::usage(
                    "goalseek takes either --lever NAME (one lever) or --levers a,b,c (a package)",
                ))
            }
            "--chance" => chance = Some(parse_chance(&value)?),
            "--runs" => runs = Some(parse_runs(&value)?),
            "--target" => target = Some(parse_target(&value)?),
            _ => names = Some(value),
        }
    }
    if chance.is_none() && runs.is_some() {
        return Err(Outcome::usage(
            "--runs only applies to a chance goal seek (--chance P)",
        ));
    }
    let options = parse_options(&rest, false, false)?;
    let Some(target) = target else {
        return Err(Outcome::usage("goalseek needs --target INDEX"));
    };
    let names = names.unwrap_or_default();
    let scenario = load(&options, stdin)?;
    check_target_index(target, &scenario)?;
    let levers: Vec<GoalLever> = if names == "all" {
        default_levers(&scenario)
    } else {
        let mut levers = Vec::new();
        for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            let lever = parse_lever(name, "all or ")?;
            if !lever.applies_to(&scenario) {
                return Err(Outcome::usage(format!(
                    "lever '{name}' is not in this scenario (it has no under-12 band)"
                )));
            }
            if !levers.contains(&lever) {
                levers.push(lever);
            }
        }
        levers
    };
    if levers.is_empty() {
        return Err(Outcome::usage("--levers needs at least one lever, or all"));
    }
    let answer = match chance {
        None => package_seek(&scenario, target, &levers, !unbounded)
            .map(|p| serde_json::to_string_pretty(&p)),
        Some(level) => chance_package(
            &scenario,
            target,
            &levers,
            !unbounded,
            level,
            runs.unwrap_or(DEFAULT_RUNS),
            default_seed(&scenario),
            &mut |done, total| {
                progress(Progress {
                    done,
                    total,
                    what: "Monte Carlos of the package search",
                })
            },
        )
        .map(|p| serde_json::to_string_pretty(&p)),
    };
    answer_json(answer)
}

/// `onward FILE --actuals TABLE --from YEAR [--years N] [--during-year]`: the new scenario
/// from the actual figures of YEAR, as JSON ("Verder vanaf", issue 26).
fn onward(args: &[String], stdin: &mut dyn Read) -> Result<Outcome, Outcome> {
    use crate::analysis::onward::{continue_from, Counted, Onward, OnwardError};
    use crate::formats::actuals::{counts_in, read_table, ActualsError};
    let during_year = args.iter().any(|a| a == "--during-year");
    let args: Vec<String> = args
        .iter()
        .filter(|a| *a != "--during-year")
        .cloned()
        .collect();
    let (flags, rest) = take_flags(&args, &["--actuals", "--from", "--years"])?;
    let (mut table, mut year, mut years) = (None, None, None);
    for (flag, value) in flags {
        let whole = |what: &str| {
            value
                .parse::<i64>()
                .map_err(|_| Outcome::usage(format!("{what} takes a whole number, not '{value}'")))
        };
        match flag.as_str() {
            "--actuals" => table = Some(value.clone()),
            "--from" => year = Some(whole("--from")? as i32),
            _ => years = Some(whole("--years")?.clamp(0, i64::from(u32::MAX)) as u32),
        }
    }
    let (Some(table), Some(year)) = (table, year) else {
        return Err(Outcome::usage(
            "onward needs --actuals TABLE and --from YEAR",
        ));
    };
    let options = parse_options(&rest, false, false)?;
    let scenario = load(&options, stdin)?;
    let text = std::fs::read_to_string(&table)
        .map_err(|e| Outcome::usage(format!("cannot read {table}: {e}")))?;
    let invalid = |message: String| Outcome {
        code: 1,
        stdout: String::new(),
        stderr: format!("zothuis: {table}: {message}\n"),
    };
    let actuals = read_table(&text).map_err(|errors| {
        let lines: Vec<String> = errors
            .iter()
            .map(|e| match e {
                ActualsError::Empty => "the table is empty".to_string(),
                ActualsError::MissingColumn { column } => {
                    format!("the first line has no column {column:?} (year, form, count)")
                }
                ActualsError::UnknownColumn { name } => format!("unknown column '{name}'"),
                ActualsError::Cell { row, column, text } => {
                    format!("row {row}, column {column:?}: '{text}' does not read")
                }
                ActualsError::Duplicate { row, year, form } => {
                    format!("row {row}: {year} {} a second time", form.key())
                }
            })
            .collect();
        invalid(lines.join("; "))
    })?;
    let counts = counts_in(&actuals, year)
        .map_err(|form| invalid(format!("no count for {} in {year}", form.key())))?;
    let onward = Onward {
        year,
        counted: if during_year {
            Counted::DuringYear
        } else {
            Counted::OnOneDay
        },
        years: years.unwrap_or(scenario.years),
    };
    match continue_from(&scenario, counts, onward) {
        Ok(s) => Ok(Outcome::ok(crate::scenario::to_file_json(&s) + "\n")),
        Err(OnwardError::Years(n)) => Err(Outcome::usage(format!(
            "--years takes 1 to {}, not {n}",
            crate::scenario::MAX_YEARS
        ))),
        Err(OnwardError::BadCount(form)) => Err(invalid(format!(
            "the count for {} in {year} is not a number of children",
            form.key()
        ))),
    }
}

/// A note on stderr when a scenario has no ranges: the command still answers, trivially.
fn no_ranges_note(scenario: &Scenario) -> String {
    if scenario.uncertainty.is_empty() {
        "zothuis: note: this scenario has no uncertainty ranges, so every run is the scenario \
         itself; add an \"uncertainty\" map (see docs/model-notes.md)\n"
            .to_string()
    } else {
        String::new()
    }
}

/// `montecarlo FILE [--runs N] [--seed S]`: bands and target probabilities as JSON.
fn montecarlo(
    args: &[String],
    stdin: &mut dyn Read,
    progress: &mut dyn FnMut(Progress),
) -> Result<Outcome, Outcome> {
    use crate::analysis::montecarlo::{default_seed, monte_carlo, Sampler, DEFAULT_RUNS};
    let (flags, rest) = take_flags(args, &["--runs", "--seed"])?;
    let (mut runs, mut seed) = (DEFAULT_RUNS, None);
    for (flag, value) in flags {
        if flag == "--runs" {
            runs = parse_runs(&value)?;
        } else {
            seed = Some(value.parse::<u64>().map_err(|_| {
                Outcome::usage(format!(
                    "--seed takes a whole number from 0 to {}, not '{value}'",
                    u64::MAX
                ))
            })?);
        }
    }
    let options = parse_options(&rest, false, false)?;
    let scenario = load(&options, stdin)?;
    let seed = seed.unwrap_or_else(|| default_seed(&scenario));
    // In slices, to say how far it is; the runs are the same as all at once (tested).
    let mut sampler = Sampler::new(&scenario, runs, seed);
    while !sampler.is_finished() {
        sampler.run(1000);
        progress(Progress {
            done: sampler.done(),
            total: runs,
            what: "Monte Carlo runs",
        });
    }
    let result = sampler
        .result()
        .unwrap_or_else(|| monte_carlo(&scenario, runs, seed));
    Ok(Outcome {
        code: 0,
        stdout: result.to_json() + "\n",
        stderr: no_ranges_note(&scenario),
    })
}

/// `sensitivity FILE`: the tornado as JSON.
fn sensitivity(args: &[String], stdin: &mut dyn Read) -> Result<Outcome, Outcome> {
    let options = parse_options(args, false, false)?;
    let scenario = load(&options, stdin)?;
    Ok(Outcome {
        code: 0,
        stdout: crate::analysis::sensitivity::sensitivity(&scenario).to_json() + "\n",
        stderr: no_ranges_note(&scenario),
    })
}

/// The value of `--runs`: a whole number of Monte Carlo runs from 1 to `MAX_RUNS`.
fn parse_runs(value: &str) -> Result<u32, Outcome> {
    use crate::analysis::montecarlo::MAX_RUNS;
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (1..=MAX_RUNS).contains(n))
        .ok_or_else(|| {
            Outcome::usage(format!(
                "--runs takes a whole number from 1 to {MAX_RUNS}, not '{value}'"
            ))
        })
}

fn preset_list() -> String {
    let width = presets::all().iter().map(|p| p.id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for p in presets::all() {
        let marker = if p.id == presets::DEFAULT_ID {
            " (default)"
        } else {
            ""
        };
        out.push_str(&format!(
            "{:width$}  {}{marker} — {}\n",
            p.id, p.region, p.document
        ));
    }
    out
}

/// A readable terminal table of the yearly results, the targets and the money.
fn table(s: &Scenario, p: &Projection, lang: Lang) -> String {
    // Each share says which children it counts; a plan that counts children during the year
    // gets those shares too, beside the one-day ones (issue 23).
    let users = s.counting_basis() == crate::scenario::CountingBasis::Users;
    let budget_known = p.budget_known();
    let mut headers = vec![
        Text::ColYear.get(lang),
        CliText::CliFoster.get(lang),
        CliText::CliFamHome.get(lang),
        CliText::CliResid.get(lang),
        CliText::CliOther.get(lang),
        CliText::CliTotal.get(lang),
        CliText::CliFamily.get(lang),
        CliText::CliResid2.get(lang),
    ];
    if users {
        headers.extend([
            CliText::CliFamilyUsers.get(lang),
            CliText::CliResidUsers.get(lang),
        ]);
    }
    headers.extend([
        CliText::CliMismatch.get(lang),
        Text::CareCostTotal.get(lang),
        CliText::CliStatusQuo.get(lang),
        CliText::CliProgramme.get(lang),
        CliText::CliBudgetCum.get(lang),
    ]);
    let mut rows: Vec<Vec<String>> = vec![headers.iter().map(|h| h.to_string()).collect()];
    for y in &p.years {
        let mut row = vec![
            y.year.to_string(),
            format_count(y.stock.foster, lang),
            format_count(y.stock.family_home, lang),
            format_count(y.stock.residential, lang),
            format_count(y.stock.other, lang),
            format_count(y.stock.total, lang),
            format_pct(y.shares_pct.family, lang),
            format_pct(y.shares_pct.residential, lang),
        ];
        if users {
            row.extend([
                format_pct(y.shares_users_pct.family, lang),
                format_pct(y.shares_users_pct.residential, lang),
            ]);
        }
        row.extend([
            format_count(y.mismatch, lang),
            format_euro(y.care_cost.total, lang),
            format_euro(y.status_quo_care_cost, lang),
            format_euro(y.programme_cost, lang),
            if budget_known {
                format_euro(y.budget_balance_cumulative, lang)
            } else {
                "—".to_string()
            },
        ]);
        rows.push(row);
    }
    let widths: Vec<usize> = (0..headers.len())
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    let title = if s.name.is_empty() {
        Text::Scenario.get(lang)
    } else {
        &s.name
    };
    out.push_str(&format!("{title}\n\n"));
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (cell, w))| {
                let pad = w - cell.chars().count();
                if c == 0 {
                    format!("{cell}{}", " ".repeat(pad))
                } else {
                    format!("{}{cell}", " ".repeat(pad))
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
        if i == 0 {
            let rule: usize = widths.iter().sum::<usize>() + 2 * (widths.len() - 1);
            out.push_str(&"-".repeat(rule));
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(CliText::CliCountingNote.get(lang));
    out.push_str("\n\n");
    if p.targets.is_empty() {
        out.push_str(CliText::CliNoTargets.get(lang));
    } else {
        out.push_str(CliText::CliTargetsN.get(lang));
        for r in &p.targets {
            let show = |x: f64| {
                if r.metric.is_money() {
                    format_euro(crate::money::Euro(crate::money::decimal_from_f64(x)), lang)
                } else if r.metric.is_percent() {
                    format_pct(x, lang)
                } else {
                    format_plain_number((x * 10.0).round() / 10.0, lang)
                }
            };
            // With the decimals that decide the verdict (one more for counts than the app's).
            let actual = match r.actual_eur {
                Some(_) => crate::app::precision::shown_actual(r, lang),
                None => crate::app::precision::decisive_figure(
                    r.metric,
                    r.actual,
                    r.target().op,
                    r.value,
                    1,
                    lang,
                ),
            };
            // In Dutch the metric's name, as the app says it; in English its key (for scripts).
            let metric = match lang {
                Lang::Nl => crate::i18n::metric_text(r.metric).get(lang).to_string(),
                Lang::En => r.metric.key().to_string(),
            };
            out.push_str(&format!(
                "  {} {} {} {}: {} {} ({} {})\n",
                r.year,
                metric,
                if r.op == ">=" { "≥" } else { "≤" },
                show(r.value),
                if r.met {
                    Text::TargetMet.get(lang)
                } else {
                    CliText::CliNotMet.get(lang)
                },
                if r.met { "✓" } else { "✗" },
                CliText::CliActual.get(lang),
                actual,
            ));
        }
    }
    out.push_str(&format!(
        "\n{}: {}   {}: {}   {}: {}\n",
        CliText::CliCareCostTotal.get(lang),
        format_euro(p.total_care_cost, lang),
        CliText::CliProgrammeTotal.get(lang),
        format_euro(p.total_programme_cost, lang),
        CliText::CliPaybackYear.get(lang),
        crate::i18n::messages::payback(p, lang),
    ));
    if !budget_known {
        out.push_str(&format!(
            "{}: {}\n",
            Text::Budget.get(lang),
            Text::NoBudgetKnown.get(lang)
        ));
    }
    out.push_str(&crate::i18n::messages::committed(
        p.years.last().map_or(0, |y| y.year),
        &format_euro(p.committed_care_cost, lang),
        &format_euro(p.status_quo_committed_care_cost, lang),
        lang,
    ));
    out.push('\n');
    for w in &p.warnings {
        out.push_str(&format!(
            "{}: {}\n",
            CliText::CliWarning.get(lang),
            warning_message(w, lang)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(args: &[&str], input: &[u8]) -> Outcome {
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        run(&args, &mut &input[..])
    }

    #[test]
    fn preset_then_project_round_trip() {
        let preset = run_with(&["preset", "gooi-en-vechtstreek"], b"");
        assert_eq!(preset.code, 0, "{}", preset.stderr);
        let projected = run_with(&["project", "-"], preset.stdout.as_bytes());
        assert_eq!(projected.code, 0, "{}", projected.stderr);
        let json: serde_json::Value = serde_json::from_str(&projected.stdout).unwrap();
        assert_eq!(json["years"].as_array().unwrap().len(), 4);
        assert_eq!(json["targets"].as_array().unwrap().len(), 11);
        assert_eq!(json["schema"], 3);
    }

    #[test]
    fn usage_errors_exit_2() {
        assert_eq!(run_with(&[], b"").code, 2);
        assert_eq!(run_with(&["frobnicate"], b"").code, 2);
        assert_eq!(run_with(&["project"], b"").code, 2);
        assert_eq!(run_with(&["project", "-", "--format", "xml"], b"").code, 2);
        assert_eq!(run_with(&["project", "-", "--format"], b"").code, 2);
        assert_eq!(run_with(&["project", "a", "b"], b"").code, 2);
        assert_eq!(run_with(&["project", "/no/such/file.json"], b"").code, 2);
        assert_eq!(run_with(&["preset", "atlantis"], b"").code, 2);
        assert_eq!(run_with(&["calibrate", "-", "--lang", "nl"], b"").code, 2);
    }

    #[test]
    fn invalid_input_exits_1_with_every_error() {
        let out = run_with(
            &["check", "-"],
            br#"{"schema": 1, "years": 99, "colour": 1}"#,
        );
        assert_eq!(out.code, 1);
        assert!(
            out.stderr
                .contains("years: must be between 1 and 15 (found: 99)"),
            "{}",
            out.stderr
        );
        assert!(
            out.stderr.contains("colour: is not a field"),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains("stock: is required"), "{}", out.stderr);
        let binary = run_with(&["project", "-"], &[0xff, 0xfe, 0x00, 0x12]);
        assert_eq!(binary.code, 1);
        assert!(binary.stderr.contains("not UTF-8"));
        let empty = run_with(&["project", "-"], b"");
        assert_eq!(empty.code, 1);
        assert!(empty.stderr.contains("not valid JSON"), "{}", empty.stderr);
    }

    #[test]
    fn dutch_errors_on_request() {
        let out = run_with(
            &["check", "-", "--lang", "nl"],
            br#"{"schema": 1, "years": 99}"#,
        );
        assert!(
            out.stderr
                .contains("Aantal jaren moet tussen 1 en 15 liggen (gevonden: 99)."),
            "{}",
            out.stderr
        );
    }

    #[test]
    fn table_and_csv_formats() {
        let preset = run_with(&["preset", "flevoland"], b"").stdout;
        let table = run_with(
            &["project", "-", "--format", "table", "--lang", "nl"],
            preset.as_bytes(),
        );
        assert_eq!(table.code, 0);
        assert!(table.stdout.contains("Jaar"));
        // Target lines in Dutch under --lang nl, in keys in English (issue 23).
        assert!(
            table
                .stdout
                .contains("2021 Tekort aan residentiële plaatsen ≤ 0"),
            "{}",
            table.stdout
        );
        assert!(table.stdout.contains("€\u{a0}"));
        // Every share says which children it counts.
        assert!(table.stdout.contains("Gezinsv. 31-12"));
        assert!(!table.stdout.contains("Gezinsv. in jaar"));
        let english = run_with(&["project", "-", "--format", "table"], preset.as_bytes());
        assert!(english.stdout.contains("2021 residential_shortfall ≤ 0"));
        let gooi = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        let counted = run_with(
            &["project", "-", "--format", "table", "--lang", "nl"],
            gooi.as_bytes(),
        );
        assert!(
            counted.stdout.contains("Gezinsv. in jaar"),
            "{}",
            counted.stdout
        );
        // No budget known: said, no balance shown.
        let ijssel = run_with(&["preset", "gelderland-jeugdzorgplus"], b"").stdout;
        let none = run_with(
            &["project", "-", "--format", "table", "--lang", "nl"],
            ijssel.as_bytes(),
        );
        assert!(
            none.stdout
                .contains("Transformatiebudget: geen budget bekend"),
            "{}",
            none.stdout
        );
        let csv = run_with(&["project", "-", "--format=csv"], preset.as_bytes());
        assert_eq!(csv.stdout.lines().count(), 5);
    }

    #[test]
    fn montecarlo_and_sensitivity_commands() {
        let preset = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        let out = run_with(
            &["montecarlo", "-", "--runs", "200", "--seed=42"],
            preset.as_bytes(),
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(json["runs"], 200);
        assert_eq!(json["seed"], 42);
        assert_eq!(json["years"].as_array().unwrap().len(), 4);
        let p = json["targets"][0]["probability"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&p));
        assert!(json["years"][3]["care_cost"]["p50"].is_string());
        // Same input, same output; the default seed is the ranges' hash.
        let again = run_with(
            &["montecarlo", "-", "--runs", "200", "--seed", "42"],
            preset.as_bytes(),
        );
        assert_eq!(again.stdout, out.stdout);
        assert_eq!(
            run_with(&["montecarlo", "-", "--runs", "0"], preset.as_bytes()).code,
            2
        );
        assert_eq!(
            run_with(&["montecarlo", "-", "--seed", "-1"], preset.as_bytes()).code,
            2
        );
        assert_eq!(
            run_with(&["montecarlo", "-", "--runs"], preset.as_bytes()).code,
            2
        );

        let tornado = run_with(&["sensitivity", "-"], preset.as_bytes());
        assert_eq!(tornado.code, 0, "{}", tornado.stderr);
        let json: serde_json::Value = serde_json::from_str(&tornado.stdout).unwrap();
        assert_eq!(json["year"], 2022);
        assert!(!json["by_family_share"].as_array().unwrap().is_empty());

        // Without ranges: an answer and a note saying why it is trivial.
        let bare = crate::scenario::parse(&preset).unwrap();
        let mut bare = bare;
        bare.uncertainty.clear();
        bare.sources.retain(|k, _| !k.starts_with("uncertainty."));
        let out = run_with(
            &["montecarlo", "-", "--runs", "5"],
            bare.to_json().as_bytes(),
        );
        assert_eq!(out.code, 0);
        assert!(
            out.stderr.contains("no uncertainty ranges"),
            "{}",
            out.stderr
        );
    }

    #[test]
    fn goalseek_for_a_chance() {
        let preset = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        // Target 3: at most 27 % residential in 2020 (of the children during the year).
        let args = ["goalseek", "-", "--target", "3", "--lever", "substitution"];
        let out = run_with(
            &[&args[..], &["--chance", "0.8", "--runs", "200"]].concat(),
            preset.as_bytes(),
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(
            (json["level"].as_f64(), json["runs"].as_u64()),
            (Some(0.8), Some(200))
        );
        assert!(json["probability"].as_f64().unwrap() >= 0.8);
        assert!(json["probability_one_below"].as_f64().unwrap() < 0.8);
        // The app's seed, so the chance equals the one `montecarlo` reports at that setting.
        let scenario = crate::presets::by_id("gooi-en-vechtstreek")
            .unwrap()
            .scenario();
        assert_eq!(
            json["seed"].as_u64(),
            Some(crate::analysis::montecarlo::default_seed(&scenario))
        );
        for (bad, says) in [
            (
                &["--chance", "80"][..],
                "--chance takes a probability above 0 and at most 1",
            ),
            (&["--chance", "0"][..], "--chance takes a probability"),
            (
                &["--runs", "200"][..],
                "--runs only applies to a chance goal seek",
            ),
            (
                &["--chance", "0.8", "--runs", "0"][..],
                "--runs takes a whole number",
            ),
        ] {
            let out = run_with(&[&args[..], bad].concat(), preset.as_bytes());
            assert_eq!(out.code, 2, "{bad:?}");
            assert!(out.stderr.contains(says), "{bad:?}: {}", out.stderr);
        }
    }

    /// Issue 22: long runs report how far they are; the Monte Carlo in slices gives the same
    /// figures as all runs at once.
    #[test]
    fn long_runs_report_progress_and_the_same_figures() {
        let preset = presets::default_preset().scenario().to_json();
        let args: Vec<String> = ["montecarlo", "-", "--runs", "2500"]
            .iter()
            .map(|a| a.to_string())
            .collect();
        let mut seen = Vec::new();
        let out = run_with_progress(&args, &mut preset.as_bytes(), &mut |p| seen.push(p));
        assert_eq!(out.code, 0, "{}", out.stderr);
        let s = presets::default_preset().scenario();
        let all_at_once = crate::analysis::montecarlo::monte_carlo(
            &s,
            2500,
            crate::analysis::montecarlo::default_seed(&s),
        );
        assert_eq!(out.stdout, all_at_once.to_json() + "\n");
        let done: Vec<u32> = seen.iter().map(|p| p.done).collect();
        assert_eq!(done, [1000, 2000, 2500]);
        assert!(seen.iter().all(|p| p.total == 2500));
        // The chance goal seek reports each Monte Carlo, its estimate of the total never below
        // what is done.
        let args: Vec<String> = [
            "goalseek",
            "-",
            "--target",
            "0",
            "--lever",
            "recruitment",
            "--chance",
            "0.8",
            "--runs",
            "200",
        ]
        .iter()
        .map(|a| a.to_string())
        .collect();
        let mut seen = Vec::new();
        let out = run_with_progress(&args, &mut preset.as_bytes(), &mut |p| seen.push(p));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(seen.len() >= 3, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[1].done == w[0].done + 1));
        assert!(seen.iter().all(|p| p.done <= p.total));
        assert_eq!(seen.last().map(|p| p.done == p.total), Some(true));
    }

    /// Issue 22: names and unknown keys with terminal escapes are shown escaped.
    #[test]
    fn control_characters_never_reach_the_terminal() {
        let mut v: serde_json::Value =
            serde_json::from_str(&presets::default_preset().scenario().to_json()).unwrap();
        v["name"] = serde_json::json!("Plan\u{1b}]0;pwned\u{7}\u{1b}[31m rood \u{202e}2202");
        let text = v.to_string();
        let check = run_with(&["check", "-"], text.as_bytes());
        assert_eq!(check.code, 0);
        assert!(!check.stdout.contains('\u{1b}') && !check.stdout.contains('\u{202e}'));
        assert!(
            check
                .stdout
                .contains("Plan\\u{1b}]0;pwned\\u{7}\\u{1b}[31m rood \\u{202e}2202"),
            "{}",
            check.stdout
        );
        let table = run_with(&["project", "-", "--format", "table"], text.as_bytes());
        assert!(!table.stdout.contains('\u{1b}'), "{}", table.stdout);
        // JSON keeps the name as written (escaped by JSON itself).
        let json = run_with(&["project", "-"], text.as_bytes());
        assert!(!json.stdout.contains('\u{1b}'));
        // An unknown key with an escape in it, in an error message.
        v["\u{1b}[2Jweg"] = serde_json::json!(1);
        let bad = run_with(&["check", "-"], v.to_string().as_bytes());
        assert_eq!(bad.code, 1);
        assert!(!bad.stderr.contains('\u{1b}'), "{}", bad.stderr);
        assert!(bad.stderr.contains("\\u{1b}[2Jweg"), "{}", bad.stderr);
        assert_eq!(terminal_safe("a\tb\nc"), "a\tb\nc");
    }

    #[test]
    fn package_command_verified_by_the_projection_of_the_applied_scenario() {
        use crate::analysis::goalseek::GoalLever;
        let preset = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        // Target 2: at least 70 % of the children during 2022 in a family form.
        let out = run_with(
            &["goalseek", "-", "--target", "2", "--levers", "all"],
            preset.as_bytes(),
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(json["met"], true);
        assert_eq!(json["verified"], true);
        assert_eq!(json["bounded"], true);
        let mut scenario = crate::scenario::parse(&preset).unwrap();
        for lever in json["levers"].as_array().unwrap() {
            let key = lever["lever"].as_str().unwrap();
            let value = lever["value"].as_f64().unwrap();
            if let Some(bound) = lever["bound"].as_f64() {
                assert!(value <= bound, "{key} {value} {bound}");
            }
            if value > lever["rest"].as_f64().unwrap() {
                assert_eq!(lever["met_one_step_back"], false, "{key}");
            }
            scenario = GoalLever::from_key(key).unwrap().apply(&scenario, value);
        }
        let projected = run_with(&["project", "-"], scenario.to_json().as_bytes());
        assert_eq!(projected.code, 0, "{}", projected.stderr);
        let p: serde_json::Value = serde_json::from_str(&projected.stdout).unwrap();
        assert_eq!(p["targets"][2]["met"], true);
        assert_eq!(p["targets"][2]["actual"], json["actual"]);
        // Its total cost is the projection's care, programme and regular cost plus the
        // committed cost, to the cent.
        let cents = |v: &serde_json::Value| crate::money::parse_money(v.as_str().unwrap()).unwrap();
        let regular: rust_decimal::Decimal = p["years"]
            .as_array()
            .unwrap()
            .iter()
            .map(|y| cents(&y["regular_cost"]))
            .sum();
        assert_eq!(
            cents(&json["cost"]["total"]),
            cents(&p["total_care_cost"])
                + cents(&p["total_programme_cost"])
                + regular
                + cents(&p["committed_care_cost"])
        );
        // Usage errors: a lever twice is one lever; an unknown or absent one is refused.
        for bad in [
            vec!["goalseek", "-", "--target", "2", "--levers", "magic"],
            vec!["goalseek", "-", "--target", "2", "--levers", ""],
            vec!["goalseek", "-", "--levers", "all"],
            vec![
                "goalseek", "-", "--target", "2", "--levers", "all", "--runs", "10",
            ],
            vec![
                "goalseek",
                "-",
                "--target",
                "2",
                "--levers",
                "all",
                "--lever",
                "recruitment",
            ],
        ] {
            assert_eq!(run_with(&bad, preset.as_bytes()).code, 2, "{bad:?}");
        }
        let flevoland = run_with(&["preset", "flevoland"], b"").stdout;
        let out = run_with(
            &[
                "goalseek",
                "-",
                "--target",
                "0",
                "--levers",
                "under12_substitution",
            ],
            flevoland.as_bytes(),
        );
        assert_eq!(out.code, 2);
        assert!(out.stderr.contains("under-12"), "{}", out.stderr);
    }

    #[test]
    fn package_command_without_bounds_and_for_a_chance() {
        let preset = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        let args = [
            "goalseek",
            "-",
            "--target",
            "2",
            "--levers",
            "inflow_reduction",
            "--unbounded",
        ];
        let out = run_with(&args, preset.as_bytes());
        assert_eq!(out.code, 0, "{}", out.stderr);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(json["bounded"], false);
        // Prevention alone needs far more than has been seen, and says so with its compounding.
        let lever = &json["levers"][0];
        assert!(lever["value"].as_f64().unwrap() > 5.0);
        assert_eq!(lever["beyond_seen"], true);
        let cumulative = lever["cumulative_pct"].as_f64().unwrap();
        let value = lever["value"].as_f64().unwrap();
        assert!((cumulative - 100.0 * ((1.0 - value / 100.0).powi(4) - 1.0)).abs() < 1e-9);
        // Within the bounds it is not reachable: the best reached and the binding bound.
        let bounded = run_with(&args[..6], preset.as_bytes());
        let json: serde_json::Value = serde_json::from_str(&bounded.stdout).unwrap();
        assert_eq!(json["met"], false);
        assert_eq!(json["binding"]["lever"], "inflow_reduction");
        assert_eq!(json["binding"]["met_without_bound"], true);
        // For a chance, fewer runs to keep the test quick: the chance reaches the level and
        // every lever one step back falls below it.
        let out = run_with(
            &[
                "goalseek", "-", "--target", "2", "--levers", "all", "--chance", "0.8", "--runs",
                "200",
            ],
            preset.as_bytes(),
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert!(json["probability"].as_f64().unwrap() >= 0.8);
        for back in json["chance_one_step_back"].as_array().unwrap() {
            if let Some(p) = back.as_f64() {
                assert!(p < 0.8, "{p}");
            }
        }
        assert_eq!(json["package"]["verified"], true);
    }

    #[test]
    fn bounds_command_lists_each_lever_with_its_source() {
        let preset = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        let out = run_with(&["bounds", "-"], preset.as_bytes());
        assert_eq!(out.code, 0, "{}", out.stderr);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let rows = json["bounds"].as_array().unwrap();
        assert_eq!(rows.len(), 7);
        let inflow = rows
            .iter()
            .find(|r| r["lever"] == "inflow_reduction")
            .unwrap();
        assert_eq!(inflow["max"], 5.0);
        assert_eq!(
            inflow["seen"]["source"],
            "NJi cijfers jeugdhulp met verblijf"
        );
        assert!(inflow["unusual"].is_null());
        // A scenario with a steep fall of the inflow is marked, not refused.
        let mut s = crate::scenario::parse(&preset).unwrap();
        s.inflow.change_pct = vec![-14.68; 4];
        let out = run_with(&["bounds", "-"], s.to_json().as_bytes());
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let inflow = json["bounds"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["lever"] == "inflow_reduction")
            .unwrap()
            .clone();
        assert_eq!(inflow["unusual"]["max"], 5.0);
        assert_eq!(
            inflow["cumulative_pct"].as_f64().map(f64::round),
            Some(-47.0)
        );
    }

    #[test]
    fn goalseek_command() {
        let preset = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        // Target 0: at least 60 % of the children during 2020 in a family form.
        let out = run_with(
            &["goalseek", "-", "--target", "0", "--lever", "recruitment"],
            preset.as_bytes(),
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(json["lever"], "recruitment");
        assert_eq!(json["target"]["metric"], "family_share_users_pct");
        assert!(json["actual"].as_f64().unwrap() >= 60.0);
        assert!(json["actual_one_below"].as_f64().unwrap() < 60.0);
        // Target 1 (65 % in 2021): no recruitment reaches it, and the answer says so.
        let out = run_with(
            &["goalseek", "-", "--target", "1", "--lever", "recruitment"],
            preset.as_bytes(),
        );
        let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        assert!(json["value"].is_null());
        assert_eq!(json["unreachable"]["kind"], "because");
        assert!(json["unreachable"]["reason"]["kind"].is_string());
        assert_eq!(
            run_with(
                &["goalseek", "-", "--lever", "recruitment"],
                preset.as_bytes()
            )
            .code,
            2
        );
        assert_eq!(
            run_with(
                &["goalseek", "-", "--target", "1", "--lever", "magic"],
                preset.as_bytes()
            )
            .code,
            2
        );
        // A target the scenario does not have is a usage error (issue 22: it exited 1, as if
        // the file were invalid).
        let beyond = run_with(
            &["goalseek", "-", "--target", "11", "--lever", "new_homes"],
            preset.as_bytes(),
        );
        assert_eq!(beyond.code, 2);
        assert!(
            beyond
                .stderr
                .contains("--target 11: the scenario has 11 targets (0 to 10)"),
            "{}",
            beyond.stderr
        );
        // `COMMAND --help` prints the usage and succeeds.
        for command in ["goalseek", "project", "montecarlo", "check"] {
            let help = run_with(&[command, "--help"], b"");
            assert_eq!(help.code, 0);
            assert!(help.stdout.starts_with("Usage:"), "{}", help.stdout);
        }
    }

    #[test]
    fn preset_list_names_all() {
        let out = run_with(&["preset"], b"");
        for p in presets::all() {
            assert!(out.stdout.contains(p.id));
        }
        assert!(out.stdout.contains("(default)"));
    }

    #[test]
    fn calibrate_prints_a_valid_scenario() {
        let preset = run_with(&["preset", "flevoland"], b"").stdout;
        let out = run_with(&["calibrate", "-"], preset.as_bytes());
        assert_eq!(out.code, 0, "{}", out.stderr);
        let s = parse(&out.stdout).unwrap();
        assert!((s.inflow.per_year - 569.2).abs() < 0.05);
        // 14 % of the 375 families, 52.5, rounded.
        assert_eq!(s.foster.status_quo_recruit_per_year, 53);
        // A scenario with an under-12 band: said, the inflow unchanged, the family-home need
        // set per band (schema 3): the preset's own figures, which it rounds to a tenth.
        let gooi = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        let out = run_with(&["calibrate", "-"], gooi.as_bytes());
        assert_eq!(out.code, 0);
        assert!(out.stderr.contains("under-12 band"), "{}", out.stderr);
        let (after, before) = (parse(&out.stdout).unwrap(), parse(&gooi).unwrap());
        assert_eq!(after.inflow.per_year, before.inflow.per_year);
        assert_eq!(after.stock, before.stock);
        let near = |a: f64, b: f64| (a - b).abs() < 0.05;
        assert!(near(
            after.inflow.family_home_need_pct,
            before.inflow.family_home_need_pct
        ));
        assert!(near(
            after.under12.as_ref().unwrap().family_home_need_pct,
            before.under12.as_ref().unwrap().family_home_need_pct
        ));
    }

    #[test]
    fn calibrate_from_users_turns_counts_during_a_year_into_stocks() {
        let text = br#"{"schema": 1, "start_year": 2019, "years": 2,
            "stock": {"foster": 240, "family_home": 48, "residential": 120, "other": 36},
            "mismatch": 24,
            "stay_months": {"foster": 48, "family_home": 36, "residential": 12, "other": 6},
            "inflow": {"per_year": 1},
            "foster": {"families": 200, "children_per_family": 1.2, "attrition_pct": 14},
            "family_home": {"homes": 12, "places_per_home": 3.5},
            "cost": {"per_day": {"foster": "55", "family_home": "180", "residential": "225", "other": "450"}}}"#;
        let out = run_with(&["calibrate", "-", "--from-users"], text);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let s = parse(&out.stdout).unwrap();
        // 240 × 48/60, 48 × 36/48, 120 × 12/24, 36 × 6/18; mismatch 24 × 12/24.
        assert_eq!(s.stock.foster, 192.0);
        assert_eq!(s.stock.family_home, 36.0);
        assert_eq!(s.stock.residential, 60.0);
        assert_eq!(s.stock.other, 12.0);
        assert_eq!(s.mismatch, 12.0);
        // Then the stationary inflow: the year's users less the stock, 444 − 300.
        assert!((s.inflow.per_year - 144.0).abs() < 1e-9);
        assert!(s.sources["stock.foster"]
            .note
            .contains("240 × 48 / (48 + 12) = 192"));
        // Without the flag the same counts are read as stocks.
        let plain = parse(&run_with(&["calibrate", "-"], text).stdout).unwrap();
        assert_eq!(plain.stock.foster, 240.0);
        assert_eq!(run_with(&["calibrate", "-", "--from-user"], text).code, 2);
    }

    /// `zothuis onward`: the new scenario from a table of actual figures, as `project` reads
    /// it; a year without every form is named.
    #[test]
    fn onward_starts_a_new_scenario_from_the_actual_year() {
        let table = std::env::temp_dir().join(format!("zothuis-onward-{}.csv", std::process::id()));
        std::fs::write(
            &table,
            "jaar;vorm;aantal\n2021;pleegzorg;231,5\n2021;gezinshuis;48\n2021;residentieel;97\n2021;overig;22\n",
        )
        .unwrap();
        let preset = run_with(&["preset", "gooi-en-vechtstreek"], b"").stdout;
        let path = table.to_string_lossy().to_string();
        let out = run_with(
            &[
                "onward",
                "-",
                "--actuals",
                &path,
                "--from",
                "2021",
                "--years",
                "6",
                "--during-year",
            ],
            preset.as_bytes(),
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        let s = crate::scenario::parse(&out.stdout).unwrap();
        assert_eq!((s.start_year, s.years), (2022, 6));
        assert!((s.stock.foster - 231.5 * 48.0 / 60.0).abs() < 1e-9);
        assert_eq!(run_with(&["project", "-"], out.stdout.as_bytes()).code, 0);
        let missing = run_with(
            &["onward", "-", "--actuals", &path, "--from", "2020"],
            preset.as_bytes(),
        );
        assert_eq!(missing.code, 1);
        assert!(
            missing.stderr.contains("no count for foster in 2020"),
            "{}",
            missing.stderr
        );
        let far = run_with(
            &[
                "onward",
                "-",
                "--actuals",
                &path,
                "--from",
                "2021",
                "--years",
                "16",
            ],
            preset.as_bytes(),
        );
        assert_eq!(far.code, 2);
        let _ = std::fs::remove_file(&table);
    }
}
