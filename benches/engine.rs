//! Engine benchmarks: prints figures, asserts nothing about time (the figures go in the README).
//!
//! Run: `cargo bench --bench engine`

use std::hint::black_box;
use std::time::{Duration, Instant};
use zothuis::engine::project;
use zothuis::presets::default_preset;
use zothuis::scenario::Scenario;

/// Runs `f` `n` times and returns the time per run (best of three batches, to skip noise).
fn per_run(n: u32, mut f: impl FnMut()) -> Duration {
    (0..3)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..n {
                f();
            }
            start.elapsed() / n
        })
        .min()
        .unwrap_or_default()
}

fn fifteen_years(base: &Scenario) -> Scenario {
    let mut s = base.clone();
    s.years = 15;
    s.foster.recruit_per_year = vec![35; 15];
    s.family_home.new_per_year = vec![1; 15];
    s.inflow.change_pct = vec![-1.0; 15];
    s
}

fn main() {
    // The current plan (schema 3, with its under-12 band) and the same plan as v1 read it.
    let gooi = default_preset().scenario();
    let gooi_v1 = zothuis::scenario::parse(
        zothuis::presets::versioned(zothuis::presets::DEFAULT_ID, "1").unwrap_or_default(),
    )
    .unwrap_or_else(|_| gooi.clone());
    let long = fifteen_years(&gooi);

    let one = per_run(2_000, || {
        black_box(project(black_box(&gooi)));
    });
    let one_v1 = per_run(2_000, || {
        black_box(project(black_box(&gooi_v1)));
    });
    let fifteen = per_run(500, || {
        black_box(project(black_box(&long)));
    });
    let mut varied = gooi.clone();
    let ten_thousand = (0..3)
        .map(|_| {
            let start = Instant::now();
            for i in 0..10_000u32 {
                // Vary a lever so that nothing can be hoisted out of the loop.
                varied.foster.recruit_per_year[0] = 25 + i % 20;
                black_box(project(black_box(&varied)));
            }
            start.elapsed()
        })
        .min()
        .unwrap_or_default();

    let seed = zothuis::analysis::montecarlo::default_seed(&gooi);
    let monte_carlo = (0..3)
        .map(|_| {
            let start = Instant::now();
            black_box(zothuis::analysis::montecarlo::monte_carlo(
                black_box(&gooi),
                2_000,
                seed,
            ));
            start.elapsed()
        })
        .min()
        .unwrap_or_default();
    let without_status_quo = per_run(2_000, || {
        black_box(zothuis::engine::project_without_status_quo(black_box(
            &gooi,
        )));
    });
    let simulate_only = per_run(2_000, || {
        black_box(zothuis::engine::simulate(
            black_box(&gooi),
            zothuis::engine::Mode::Scenario,
            |_, _, _| {},
        ));
    });
    let tornado = per_run(50, || {
        black_box(zothuis::analysis::sensitivity::sensitivity(black_box(
            &gooi,
        )));
    });

    // Issue 25: the package of every lever for Gooi's 70 % in 2022 (target 2), and the same for
    // an 80 % chance (the app's 2,000 runs and seed). Not yet in the app: native figures only.
    let levers = zothuis::analysis::package::default_levers(&gooi);
    let mut projections = 0;
    let package = per_run(3, || {
        let p = zothuis::analysis::package::package_seek(black_box(&gooi), 2, &levers, true);
        projections = p.map_or(0, |p| p.projections);
    });
    let seed = zothuis::analysis::montecarlo::default_seed(&gooi);
    let mut monte_carlos = 0;
    let chance_package = per_run(1, || {
        let p = zothuis::analysis::package::chance_package(
            black_box(&gooi),
            2,
            &levers,
            true,
            0.8,
            zothuis::analysis::montecarlo::DEFAULT_RUNS,
            seed,
            &mut |_, _| {},
        );
        monte_carlos = p.map_or(0, |p| p.monte_carlos);
    });

    println!("zothuis engine benchmarks (this machine, release-grade bench profile)");
    println!("  one Gooi en Vechtstreek projection, v3 (under-12 band, family-home need, lead time; incl. status quo): {:>8.1} µs  (goal <= 2 × the v1 figure below)", one.as_secs_f64() * 1e6);
    println!("  the same plan as v1 read it (one band, schema 1):                                        {:>8.1} µs  ({:.2} × for v3)", one_v1.as_secs_f64() * 1e6, one.as_secs_f64() / one_v1.as_secs_f64());
    println!(
        "  of which one projection without the status quo (a Monte Carlo run): {:>8.1} µs, its simulation alone {:.1} µs",
        without_status_quo.as_secs_f64() * 1e6,
        simulate_only.as_secs_f64() * 1e6
    );
    println!(
        "  one 15-year projection (incl. status quo):                     {:>8.1} µs",
        fifteen.as_secs_f64() * 1e6
    );
    println!(
        "  Monte Carlo, 2,000 runs of Gooi v3 ({} ranges, 4 years):      {:>8.1} ms  (goal <= 20 ms natively)",
        gooi.uncertainty.len(),
        monte_carlo.as_secs_f64() * 1e3
    );
    println!(
        "  sensitivity (tornado), Gooi, {} ranges:                       {:>8.1} ms",
        gooi.uncertainty.len(),
        tornado.as_secs_f64() * 1e3
    );
    println!("  10,000 Gooi v3 projections (Monte Carlo load):                 {:>8.1} ms  (goal <= 500 ms)", ten_thousand.as_secs_f64() * 1e3);
    println!(
        "  package goal seek, Gooi 70 % in 2022, every lever ({} projections): {:>8.1} ms",
        projections,
        package.as_secs_f64() * 1e3
    );
    println!(
        "  the same for an 80 % chance ({} Monte Carlos of 2,000 runs):   {:>8.2} s",
        monte_carlos,
        chance_package.as_secs_f64()
    );
}
