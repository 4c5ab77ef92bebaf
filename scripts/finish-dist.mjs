// Finishes dist/ after trunk, wasm-opt and terser (called by scripts/build.sh):
// 1. moves trunk's inline start-up script into a file of its own (start-<hash>.js), so that the
//    page's content security policy (index.html) needs no inline script;
// 2. adds the service-worker registration to that start-up script;
// 3. writes dist/sw.js from web/sw.js with this build's file list and a cache name made from a
//    hash of every file, so each build has a cache of its own;
// 4. refuses a page that still has inline script or style, which the policy would block.
// Both scripts are minified with terser (as the JS glue is by scripts/build.sh).
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const fail = (why) => { console.error(`finish-dist: ${why}`); process.exit(1); };
const TERSER = join(ROOT, 'tests/browser/node_modules/.bin/terser');
const minify = (code, module) => execFileSync(TERSER, [...(module ? ['--module'] : []), '--compress', '--mangle'],
  { input: code, encoding: 'utf8' });

let html = readFileSync(join(DIST, 'index.html'), 'utf8');
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) fail('no inline start-up script from trunk in dist/index.html (trunk changed?)');

// The update notice is the app's (in the user's language); this only tells it a new version is
// ready. A first install (no worker controlling the page yet) is not an update.
const register = `
const sw = navigator.serviceWorker;
if (sw && window.isSecureContext) {
  const updating = !!sw.controller;
  sw.register('./sw.js').then((reg) => reg.addEventListener('updatefound', () => {
    const next = reg.installing;
    if (next && updating) next.addEventListener('statechange', () => {
      if (next.state === 'activated') { window.__zothuisUpdated = true; dispatchEvent(new Event('zothuis-updated')); }
    });
  }), (e) => console.warn('zothuis: offline use is not available here:', e));
}
`;
const start = minify(found[1].trim() + '\n' + register, true);
const startName = `start-${createHash('sha256').update(start).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(DIST, startName), start);
html = html.replace(inline, `<script type=module src="./${startName}"></script>`);
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('dist/index.html has an inline <script>');
if (/<style|\sstyle=/.test(html)) fail('dist/index.html has inline style');
if (!html.includes('Content-Security-Policy')) fail('dist/index.html has no Content-Security-Policy meta tag');
writeFileSync(join(DIST, 'index.html'), html);

const files = readdirSync(DIST).filter((f) => f !== 'sw.js' && statSync(join(DIST, f)).isFile()).sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(DIST, f)));
const version = hash.digest('hex').slice(0, 16);
const list = ['./', ...files.filter((f) => f !== 'index.html')];
const sw = minify(readFileSync(join(ROOT, 'web', 'sw.js'), 'utf8')
  .replace('__VERSION__', version)
  .replace('__FILES__', JSON.stringify(list)), false);
writeFileSync(join(DIST, 'sw.js'), sw);
console.log(`finish-dist: ${startName}, sw.js (cache zothuis-${version}, ${list.length} entries)`);
