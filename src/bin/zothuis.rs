//! The analyst CLI: `zothuis project|preset|check|calibrate`. All logic lives in
//! `zothuis::cli::run`; this file only connects it to the process.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::io::Write;
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let outcome = zothuis::cli::run(&args, &mut std::io::stdin().lock());
    // A closed pipe (e.g. `| head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    std::process::exit(outcome.code);
}

#[cfg(target_arch = "wasm32")]
fn main() {}
