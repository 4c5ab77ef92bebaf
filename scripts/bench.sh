#!/usr/bin/env bash
# Prints the benchmark figures (README "Performance"): the engine natively, then the built app in
# headless Chromium (size, first render, slider latency, Monte Carlo, chance goal seek). Asserts
# nothing about time; the size budget is a test (scripts/test.sh).
# Usage: bash scripts/bench.sh            (builds the app first)
#        bash scripts/bench.sh --no-build (measures the dist/ that is there)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
echo "== engine (cargo bench)"
cargo bench --locked --bench engine
if [ "${1:-}" != "--no-build" ]; then
  bash scripts/build.sh
fi
echo "== app in headless Chromium"
node tests/browser/bench.mjs
