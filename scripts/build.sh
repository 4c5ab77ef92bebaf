#!/usr/bin/env bash
# Builds the web app into dist/: trunk (offline, release), then wasm-opt -Oz from npm's binaryen.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "== trunk build --release --offline"
trunk build --release --offline
wasm=$(ls dist/*.wasm)
echo "== wasm-opt -Oz $(basename "$wasm")"
tests/browser/node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
ls -l dist
