// Puts the wasm module's functions in an order that gzip compresses better (called by
// scripts/build.sh as the last step on the wasm). The linker lays functions out by crate and
// object file, so the many near-copies that generics make (one per component, per element type)
// lie far apart, beyond gzip's 32 KB window. This script chains each function to one most like
// it (by the 4-byte sequences their code shares, estimated with MinHash, then by what deflate
// makes of it after the functions placed before), then rebuilds the module in that order with
// binaryen: `wasm-dis`, the functions' text reordered, `wasm-as`. The text names functions by
// symbol ($0, $1, …), so every call, table entry and export follows its function; only the
// binary layout changes. Measured: about 13 KB gzip of the app; it takes 10–20 s.
//
// Deterministic: the same module in gives the same module out (fixed hash seeds, ties to the
// lower index).
//
//   node scripts/order-functions.mjs dist/x_bg.wasm
import { readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'tests/browser/node_modules/.bin');
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];
// MinHash signature length; how many of the last placed functions a candidate is compared with
// (the nearest counts most); how many of the most alike are then tried with gzip itself.
// Chosen by measurement (4-byte sequences, 256, 6, 16 compressed best of the tried).
const HASHES = 256;
const WINDOW = 6;
const TRIED = 16;
// deflate's window: what a function's code can refer back to.
const DEFLATE_WINDOW = 32768;

const [wasmPath] = process.argv.slice(2);
const fail = (why) => { console.error(`order-functions: ${why}`); process.exit(1); };
if (!wasmPath) fail('usage: order-functions.mjs <wasm>');

/** The bodies of the code section, in function order (imports have none). */
function codeBodies(bytes) {
  let i = 8;
  const leb = () => {
    let result = 0; let shift = 0; let byte;
    do { byte = bytes[i++]; result += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
    return result;
  };
  while (i < bytes.length) {
    const id = bytes[i++];
    const size = leb();
    const end = i + size;
    if (id === 10) {
      const count = leb();
      const bodies = [];
      for (let k = 0; k < count; k++) {
        const len = leb();
        bodies.push(bytes.subarray(i, i + len));
        i += len;
      }
      return bodies;
    }
    i = end;
  }
  return fail('no code section');
}

/** A MinHash signature of the set of 4-byte sequences in `body`. */
function signature(body) {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const seen = new Set();
  for (let j = 0; j + 4 <= body.length; j++) {
    const gram = (body[j] << 24) | (body[j + 1] << 16) | (body[j + 2] << 8) | body[j + 3];
    if (seen.has(gram)) continue;
    seen.add(gram);
    for (let h = 0; h < HASHES; h++) {
      // A multiply-xorshift hash per seed.
      let x = Math.imul(gram ^ Math.imul(h + 1, 0x9e3779b1), 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35) >>> 0;
      if (x < sig[h]) sig[h] = x;
    }
  }
  return sig;
}

/**
 * A chain through all functions. The next one is, of the TRIED most like the last few placed
 * (by MinHash), the one that deflate codes in the fewest bytes per byte of code, given the last
 * 32 KB placed as what it may refer back to.
 */
function chain(bodies, sigs) {
  const n = sigs.length;
  const placed = new Uint8Array(n);
  // similarity of every function to each of the last WINDOW placed ones (a ring).
  const recent = Array.from({ length: WINDOW }, () => new Float64Array(n));
  let start = 0;
  for (let k = 1; k < n; k++) if (bodies[k].length > bodies[start].length) start = k;
  const order = [start];
  placed[start] = 1;
  let stream = Buffer.from(bodies[start]);
  for (let step = 1; step < n; step++) {
    const last = order[order.length - 1];
    const row = recent[(step - 1) % WINDOW];
    const a = sigs[last];
    const scored = [];
    for (let k = 0; k < n; k++) {
      if (placed[k]) continue;
      const b = sigs[k];
      let same = 0;
      for (let h = 0; h < HASHES; h++) if (a[h] === b[h]) same++;
      row[k] = same;
      let score = 0;
      for (let t = 0; t < Math.min(WINDOW, step); t++) {
        const s = recent[(step - 1 - t + WINDOW) % WINDOW][k] * (1 - 0.1 * t);
        if (s > score) score = s;
      }
      scored.push([score, k]);
    }
    // The most alike first; equal scores by position, so the result is deterministic.
    scored.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    const dictionary = stream.subarray(Math.max(0, stream.length - DEFLATE_WINDOW));
    let best = -1; let bestRatio = Infinity;
    for (const [, k] of scored.slice(0, TRIED)) {
      const coded = deflateRawSync(bodies[k], { level: 9, dictionary }).length;
      const ratio = coded / Math.max(1, bodies[k].length);
      if (ratio < bestRatio) { bestRatio = ratio; best = k; }
    }
    order.push(best);
    placed[best] = 1;
    stream = Buffer.concat([dictionary, bodies[best]]);
  }
  return order;
}

const bytes = readFileSync(wasmPath);
const bodies = codeBodies(bytes);
const order = chain(bodies, bodies.map(signature));

const watPath = `${wasmPath}.wat`;
execFileSync(join(BIN, 'wasm-dis'), [...FEATURES, wasmPath, '-o', watPath]);
const wat = readFileSync(watPath, 'utf8');
// binaryen prints each function as "\n (func $…" up to its closing "\n )", after everything
// else of the module but the custom sections' comments at the end.
const first = wat.indexOf('\n (func ');
if (first < 0) fail('no functions in the text');
const head = wat.slice(0, first);
const funcs = [];
let at = first;
for (;;) {
  const end = wat.indexOf('\n )', at + 1);
  if (end < 0) fail('a function without its end');
  funcs.push(wat.slice(at, end + 3));
  at = end + 3;
  if (!wat.startsWith('\n (func ', at)) break;
}
const tail = wat.slice(at);
if (/\n \(/.test(tail)) fail('module fields after the functions: binaryen\'s text layout changed?');
if (funcs.length !== bodies.length) fail(`${funcs.length} functions in the text, ${bodies.length} in the code`);

writeFileSync(watPath, head + order.map((k) => funcs[k]).join('') + tail);
execFileSync(join(BIN, 'wasm-as'), [...FEATURES, watPath, '-o', `${wasmPath}.ordered`]);
rmSync(watPath);

// The module must still offer and ask for the same things.
const shape = (buf) => {
  const m = new WebAssembly.Module(buf);
  return JSON.stringify([WebAssembly.Module.imports(m), WebAssembly.Module.exports(m)]);
};
const ordered = readFileSync(`${wasmPath}.ordered`);
if (shape(ordered) !== shape(bytes)) fail('imports or exports changed');
if (codeBodies(ordered).length !== bodies.length) fail('the number of functions changed');
renameSync(`${wasmPath}.ordered`, wasmPath);
console.log(`order-functions: ${bodies.length} functions reordered, ${bytes.length} → ${ordered.length} bytes`);
