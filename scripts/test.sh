#!/usr/bin/env bash
# Runs every test: formatting, lints (native and wasm, with the house rules of clippy.toml),
# native tests (engine, CLI, pure UI logic, tidy), then builds the app and runs the browser tests
# in headless Chromium, the size budget included. Installs what it needs first
# (scripts/setup.sh --browser). The benchmarks are scripts/bench.sh.
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --browser

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy (native and wasm32, -D warnings)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --locked --target wasm32-unknown-unknown --lib --bins -- -D warnings

echo "== cargo test (native)"
cargo test --locked

echo "== build the CLI and the web app"
cargo build --release --locked --bin zothuis
bash scripts/build.sh

echo "== browser tests (headless Chromium)"
(cd tests/browser && node --test --test-concurrency=1)
