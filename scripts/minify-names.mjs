// Shortens the names that join the wasm module and its JS glue (called by scripts/build.sh, after
// wasm-opt and before terser). wasm-bindgen names every import after the function and a hash
// ("__wbg_setAttribute_3a6f…"), about 190 of them, and each name is written twice: in the wasm
// import section and as a key in the glue's import object; hashes do not compress. binaryen's
// --minify-imports-and-exports-and-modules renames them in the wasm and prints the mapping;
// this script applies the same mapping to the glue. Measured: about 6 KB gzip of the app.
//
//   node scripts/minify-names.mjs dist/x_bg.wasm dist/x.js
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const [wasmPath, jsPath] = process.argv.slice(2);
const fail = (why) => { console.error(`minify-names: ${why}`); process.exit(1); };
if (!wasmPath || !jsPath) fail('usage: minify-names.mjs <wasm> <js>');

const wasmOpt = join(ROOT, 'tests/browser/node_modules/.bin/wasm-opt');
const features = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types'];
const out = execFileSync(wasmOpt, [...features, '--minify-imports-and-exports-and-modules',
  wasmPath, '-o', `${wasmPath}.min`], { encoding: 'utf8' });
const map = JSON.parse(out.slice(out.indexOf('{')));

let js = readFileSync(jsPath, 'utf8');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Replaces every match and fails with fewer than `min` (the glue's shape is checked, not assumed).
const replace = (pattern, to, what, min = 1) => {
  let n = 0;
  js = js.replace(pattern, () => { n += 1; return to; });
  if (n < min) fail(`${what} not found in ${jsPath} (wasm-bindgen's glue changed?)`);
};

for (const [, name, short] of map.imports) {
  // The import object's key: `__wbg_x_hash: function(` (wasm-bindgen 0.2.1xx).
  replace(new RegExp(`(?<=[\\s{,])${escape(name)}(?=\\s*:)`, 'g'), JSON.stringify(short), `import ${name}`);
}
for (const [name, short] of map.exports) {
  replace(new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g'), `wasm[${JSON.stringify(short)}]`, `export ${name}`, 0);
}
// The module name: every import of this build comes from the glue itself, and binaryen gives
// that one module a short name of its own (which it does not print): read it from the result.
const before = new Set(map.imports.map(([module]) => module));
const after = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(`${wasmPath}.min`)))
  .map((i) => i.module));
if (before.size !== 1 || after.size !== 1) fail(`expected one import module, found ${[...before]} → ${[...after]}`);
replace(new RegExp(`${escape(JSON.stringify([...before][0]))}\\s*:\\s*import0`, 'g'),
  `${JSON.stringify([...after][0])}: import0`, 'import module');

// Nothing may still use an old name: the glue would ask the module for something it lacks.
for (const [, name] of map.imports) if (js.includes(name)) fail(`import ${name} still in the glue`);
for (const [name] of map.exports) {
  if (new RegExp(`\\bwasm\\.${escape(name)}\\b`).test(js)) fail(`export ${name} still in the glue`);
}

writeFileSync(jsPath, js);
renameSync(`${wasmPath}.min`, wasmPath);
console.log(`minify-names: ${map.imports.length} imports, ${map.exports.length} exports renamed`);
