#!/usr/bin/env bash
# Sets up, builds and serves the app on http://localhost:8080 (PORT=... to change).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node tests/browser/server.mjs dist "${PORT:-8080}"
