#!/usr/bin/env bash
# Runs every test: formatting, lints, native tests (engine, CLI, pure UI logic).
# Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== cargo fmt --check"
cargo fmt --all -- --check

echo "== cargo clippy (native, -D warnings)"
cargo clippy --all-targets --locked -- -D warnings

echo "== cargo test (native)"
cargo test --locked
