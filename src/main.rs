//! The web app's entry point, built by Trunk for wasm32. Natively it only points to the CLI.

#[cfg(target_arch = "wasm32")]
fn main() {
    zothuis::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("zothuis-app is the web app: build and serve it with `bash scripts/serve.sh`.");
    eprintln!("For the command line, use `zothuis` (cargo run --bin zothuis -- help).");
    std::process::exit(2);
}
