//! "Verder vanaf" (issue 26): the new projection from the latest actual year is the scenario
//! `zothuis calibrate` makes of the same figures, for every plan and both ways of counting.

use zothuis::analysis::onward::{continue_from, onward_scenario, Counted, Onward};
use zothuis::formats::actuals::{counts_in, read_table};
use zothuis::scenario::parse;

#[test]
fn verder_vanaf_equals_zothuis_calibrate_on_the_same_figures() {
    // A pasted table of actual figures, Dutch headers and decimal commas; a year without every
    // form names the form missing.
    let partial = read_table("jaar;vorm;aantal\n2021;pleegzorg;10\n").unwrap();
    assert_eq!(
        counts_in(&partial, 2021),
        Err(zothuis::scenario::Form::FamilyHome)
    );
    let table = "jaar\tvorm\taantal\n\
                 2021\tpleegzorg\t231,5\n\
                 2021\tgezinshuis\t48\n\
                 2021\tresidentieel\t97\n\
                 2021\toverig\t22\n";
    let actuals = counts_in(&read_table(table).unwrap(), 2021).unwrap();
    for preset in zothuis::presets::all() {
        let s = preset.scenario();
        for (counted, flag) in [
            (Counted::OnOneDay, None),
            (Counted::DuringYear, Some("--from-users")),
        ] {
            let onward = Onward {
                year: 2021,
                counted,
                years: 8,
            };
            let before = onward_scenario(&s, actuals, onward).unwrap();
            let mut args = vec!["calibrate".to_string(), "-".to_string()];
            args.extend(flag.map(String::from));
            let out = zothuis::cli::run(&args, &mut before.to_json().as_bytes());
            assert_eq!(out.code, 0, "{}: {}", preset.id, out.stderr);
            let cli = parse(&out.stdout).unwrap();
            let ours = continue_from(&s, actuals, onward).unwrap();
            // Through the file format as the CLI writes it: the same scenario, figure for figure.
            let ours = parse(&ours.to_json()).unwrap();
            assert_eq!(ours, cli, "{} {counted:?}", preset.id);
            assert_eq!((ours.start_year, ours.years), (2022, 8));
            assert_eq!(
                zothuis::engine::project(&ours).total_care_cost,
                zothuis::engine::project(&cli).total_care_cost
            );
        }
    }
}
