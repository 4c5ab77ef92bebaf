// The size budget: the whole app (every file of dist/) transfers at most 450 KB gzip. Size is
// deterministic for a given build, so this is a test that fails, not a printed benchmark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from './paths.mjs';
import { BUDGET_BYTES, kb, sizeAccount, sizeLines } from './size.mjs';

test('the whole app transfers at most 450 KB gzip', () => {
  assert.ok(existsSync(DIST), 'dist/ is missing: run scripts/build.sh first');
  const account = sizeAccount();
  console.log(['Transferred size (dist/, gzip -9):', ...sizeLines(account)].join('\n'));
  // The build's parts are all there, so the sum cannot pass by counting nothing.
  for (const kind of [/\.wasm$/, /\.js$/, /\.css$/, /^index\.html$/, /^sw\.js$/]) {
    assert.ok(account.files.some((f) => kind.test(f.name)), `dist/ has no file matching ${kind}`);
  }
  assert.ok(account.gzip <= BUDGET_BYTES,
    `the app transfers ${kb(account.gzip)} gzip, over the budget of ${kb(BUDGET_BYTES)}`);
});

test('the size check counts every file of the folder it is given', () => {
  // Random bytes do not compress: a folder holding a few files of them, together over the
  // budget, is over it in the account too (so the check above can fail).
  const dir = mkdtempSync(join(tmpdir(), 'zothuis-size-'));
  try {
    for (const name of ['a.wasm', 'b.js', 'c.css']) writeFileSync(join(dir, name), randomBytes(160_000));
    const account = sizeAccount(dir);
    assert.equal(account.files.length, 3);
    assert.equal(account.raw, 480_000);
    assert.ok(account.gzip > BUDGET_BYTES, `random bytes compressed to ${account.gzip}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
