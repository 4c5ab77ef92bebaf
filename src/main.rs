//! The web app's entry point, built by Trunk for wasm32. Natively it only points to the CLI.

/// Talc instead of the standard library's dlmalloc: a smaller allocator for wasm (measured:
/// about 3 KB gzip of the app) and faster at the Monte Carlo's many short-lived vectors.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
