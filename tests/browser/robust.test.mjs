// Browser tests of issue 22 "nothing lost, nothing dead": what a careless or hostile user meets.
// Run with `node --test --test-concurrency=1` in tests/browser/ after scripts/build.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { start, ready, afterRedraw, settled, OUT } from './lib.mjs';

let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await start();
});
after(async () => { await app.close(); });

const text = (page, selector) => page.locator(selector).first().innerText();

test('an old link, edited, saved and reloaded, keeps its figures and opens again', async () => {
  const page = await app.page();
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${app.url}#v1/flevoland@1/`);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('#notice').count(), 0);
  await afterRedraw(page, () => page.fill('#f-foster-recruit_per_year', '77'));
  // The address follows, written against the version the link named.
  await page.waitForFunction(() => /r=77/.test(location.hash));
  assert.match(await page.evaluate(() => location.hash), /^#v1\/flevoland@1~[0-9a-z]{7}\//);
  await settled(page);
  const headline = await text(page, '.headline');
  const cost = await text(page, '#kf-care-cost');
  // Saved under a name, and the share link says the same.
  await page.click('#saved summary');
  await page.fill('#saved-name', 'Oud plan');
  await page.click('#saved-save');
  await page.locator('#saved .share-status', { hasText: /‘Oud plan’ is bewaard/ }).waitFor();
  await page.reload();
  await ready(page);
  await settled(page);
  assert.equal(await page.locator('#notice').count(), 0, 'the reload opens without an error');
  assert.equal(await text(page, '.headline'), headline);
  assert.equal(await text(page, '#kf-care-cost'), cost);
  // The saved entry opens with the same figures after another plan was chosen.
  await afterRedraw(page, () => page.selectOption('#preset', 'haaglanden'));
  await page.click('#saved summary');
  await afterRedraw(page, () => page.click('.saved-list button:has-text("Openen")'));
  await settled(page);
  assert.equal(await page.locator('#notice').count(), 0);
  assert.equal(await text(page, '#kf-care-cost'), cost);
  assert.equal(await page.inputValue('#f-foster-recruit_per_year'), '77');
  assert.deepEqual(page.errors, []);
});
