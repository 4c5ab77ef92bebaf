//! The analyst CLI: `zothuis project|preset|check|calibrate`. All logic lives in
//! `zothuis::cli::run`; this file only connects it to the process.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::io::Write;
    let args: Vec<String> = std::env::args_os()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // A long run says how far it is on stderr, once a second after its first second.
    let started = std::time::Instant::now();
    let mut last = started;
    let mut progress = |p: zothuis::cli::Progress| {
        let now = std::time::Instant::now();
        if now.duration_since(started).as_secs_f64() >= 1.0
            && now.duration_since(last).as_secs_f64() >= 1.0
            && p.done < p.total
        {
            last = now;
            let _ = writeln!(
                std::io::stderr(),
                "zothuis: {} of about {} {}…",
                p.done,
                p.total,
                p.what
            );
        }
    };
    let outcome =
        zothuis::cli::run_with_progress(&args, &mut std::io::stdin().lock(), &mut progress);
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(outcome.stdout.as_bytes())
        .and_then(|()| stdout.flush());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    match written {
        // A reader that stops early (`| head`) is not a failure of this command.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            let _ = writeln!(std::io::stderr(), "zothuis: cannot write the output: {e}");
            std::process::exit(2);
        }
        _ => std::process::exit(outcome.code),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
