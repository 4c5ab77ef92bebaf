// The transferred size of the app: every file of dist/ (the service worker caches every file on
// the first visit), each gzipped at level 9, in KB of 1,000 bytes. Shared by the size test and the
// benchmark so both count the same bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from './paths.mjs';

/** The product's budget for the whole app, gzip (README "Performance"). */
export const BUDGET_BYTES = 450_000;

export const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

/** Every file of dist/ with its raw and gzip size, largest first, and the totals. */
export function sizeAccount(dir = DIST) {
  const files = readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => {
      const body = readFileSync(join(dir, name));
      return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip || a.name.localeCompare(b.name));
  const raw = files.reduce((sum, f) => sum + f.raw, 0);
  const gzip = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, raw, gzip };
}

/** The account as lines for a terminal. */
export function sizeLines(account) {
  const lines = account.files.map((f) =>
    `  ${f.name.padEnd(44)} raw ${kb(f.raw).padStart(10)}  gzip ${kb(f.gzip).padStart(9)}`);
  lines.push(`  ${'total'.padEnd(44)} raw ${kb(account.raw).padStart(10)}  gzip ${kb(account.gzip).padStart(9)}   (budget <= ${kb(BUDGET_BYTES)} gzip)`);
  return lines;
}
