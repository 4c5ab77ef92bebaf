#!/usr/bin/env bash
# Builds the web app into dist/: trunk (offline, release, minified CSS/HTML), then wasm-opt -Oz
# from npm's binaryen and terser for the JS glue.
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
# Trunk's minify covers the CSS and HTML but not wasm-bindgen's JS glue: terser (npm) does.
js=$(ls dist/*.js)
echo "== terser $(basename "$js")"
tests/browser/node_modules/.bin/terser "$js" --module --compress --mangle -o "$js.min"
mv "$js.min" "$js"
# The start-up script out of the page (for the content security policy) and the service worker.
node scripts/finish-dist.mjs
ls -l dist
