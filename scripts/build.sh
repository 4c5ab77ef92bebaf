#!/usr/bin/env bash
# Builds the web app into dist/: trunk (offline, release, minified CSS/HTML), then wasm-opt -Oz
# from npm's binaryen and terser for the JS glue.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# Panic messages name the source file; the crates' files would carry this machine's registry
# folder (/root/.cargo/registry/src/index.crates.io-…/yew-0.23.0/…). Shortened to crates/yew-…
# (0.5 KB gzip, and the app no longer depends on where it was built).
remap=""
for dir in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  remap+=" --remap-path-prefix=${dir%/}=crates"
done
echo "== trunk build --release --offline"
RUSTFLAGS="${RUSTFLAGS:-}$remap" trunk build --release --offline
wasm=$(ls dist/*.wasm)
echo "== wasm-opt -Oz $(basename "$wasm")"
# binaryen's size optimiser (trunk's own wasm-opt step is off in index.html: it would download
# binaryen). The feature flags are those rustc's wasm32 target emits by default.
# Two -Oz passes: the second finds about 0.5 KB gzip more than one (measured 2026-12-04).
# --low-memory-unused: the first 1 KB of memory is never used, so constant addresses fold into
# the loads and stores (-2.5 KB gzip). True of a Rust wasm: the data and heap start at 1 MB, and
# the stack grows down from 1 MB toward 0, so only a stack within 1 KB of overflowing (1 MB
# deep) would touch it. --gufa-optimizing: whole-program flow analysis (what values reach each
# call and global) before a last -Oz (-0.75 KB gzip, measured 2026-12-04). The producers and
# target-features sections name the compiler and its settings, which the browser never reads.
tests/browser/node_modules/.bin/wasm-opt -Oz -Oz --low-memory-unused --gufa-optimizing -Oz \
  --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
js=$(ls dist/*.js)
# Trunk's minify covers the CSS and HTML but not wasm-bindgen's JS glue: terser (npm) does.
echo "== terser $(basename "$js")"
tests/browser/node_modules/.bin/terser "$js" --module --compress --mangle -o "$js.min"
mv "$js.min" "$js"
# The start-up script out of the page (for the content security policy) and the service worker.
node scripts/finish-dist.mjs
ls -l dist
