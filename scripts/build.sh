#!/usr/bin/env bash
# Builds the web app into dist/: trunk (offline, release, minified CSS/HTML), then wasm-opt -O2
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
echo "== wasm-opt -O2 -O2 $(basename "$wasm")"
# --low-memory-unused: nothing lives in the first 1 KB (the stack starts at 1 MB and grows down),
# so binaryen may fold address arithmetic into load/store offsets (1.7 KB gzip).
# -O2 rather than -Oz: the module is larger, but once scripts/order-functions.mjs has put like
# functions together it compresses smaller (measured: 1.2-1.6 KB gzip), and -O2 aims at speed.
tests/browser/node_modules/.bin/wasm-opt -O2 -O2 --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
js=$(ls dist/*.js)
# Short names for the ~190 imports and the exports that join the wasm and its JS glue.
node scripts/minify-names.mjs "$wasm" "$js"
# Like functions side by side, so gzip finds their shared code within its window.
node scripts/order-functions.mjs "$wasm"
# Trunk's minify covers the CSS and HTML but not wasm-bindgen's JS glue: terser (npm) does.
echo "== terser $(basename "$js")"
tests/browser/node_modules/.bin/terser "$js" --module --compress --mangle -o "$js.min"
mv "$js.min" "$js"
# The start-up script out of the page (for the content security policy) and the service worker.
node scripts/finish-dist.mjs
ls -l dist
