// The browser reads every number exactly as the CLI does: a file or link with 16- and 17-digit
// values gives the same figures in the app as in `zothuis project`, to the last digit of the
// CSV (children at full precision, money to the cent). The values below are ones that
// serde_json's fast float reader (without float_roundtrip) reads one unit in the last place off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, ready, afterRedraw, ROOT } from './lib.mjs';

const CLI = join(ROOT, 'target', 'release', 'zothuis');
const PRESET = 'gooi-en-vechtstreek';

// Field path, link code, the value as typed (16 or 17 significant digits).
const VALUES = [
  ['stock.foster', 'sf', '183.12716144576338'],
  ['stay_months.residential', 'dr', '24.333668385087274'],
  ['inflow.per_year', 'i', '449.57974998281867'],
  ['inflow.residential_need_pct', 'ir', '28.554324658370162'],
  ['foster.families', 'f', '438.21555944237037'],
  ['foster.children_per_family', 'k', '2.6534664357995494'],
  ['foster.attrition_pct', 'a', '11.746930989579239'],
];

/** The preset's file with VALUES written in as typed (not re-printed by a JSON writer). */
function fileText() {
  const scenario = JSON.parse(execFileSync(CLI, ['preset', PRESET]).toString());
  for (const [path] of VALUES) {
    const keys = path.split('.');
    const parent = keys.slice(0, -1).reduce((o, k) => o[k], scenario);
    parent[keys.at(-1)] = `@@${path}@@`;
  }
  let text = JSON.stringify(scenario, null, 2);
  for (const [path, , value] of VALUES) text = text.replace(`"@@${path}@@"`, value);
  for (const [, , value] of VALUES) assert.ok(text.includes(`: ${value}`), value);
  return text;
}

/**
 * The CLI's English CSV of a scenario file's text: children at full precision (the Dutch CSV
 * rounds them to one decimal for people, which would hide a difference in the last digit).
 */
const cliCsv = (text) => execFileSync(CLI, ['project', '-', '--format', 'csv', '--lang', 'en'], { input: text }).toString();

/** The app's CSV download in English (full precision), as its bytes. */
async function appCsv(page) {
  if (await page.evaluate(() => document.documentElement.lang) !== 'en') {
    await page.click('.lang-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-csv')]);
  return readFileSync(await download.path(), 'utf8');
}

let app;
before(async () => { app = await start(); });
after(async () => { await app.close(); });

test('16- and 17-digit values in a file give the CLI\'s figures exactly', async () => {
  const text = fileText();
  execFileSync(CLI, ['check', '-'], { input: text }); // a valid scenario for the CLI
  const expected = cliCsv(text);
  const page = await app.page();
  await afterRedraw(page, () => page.setInputFiles('#open-file', { name: 'exact.json', mimeType: 'application/json', buffer: Buffer.from(text) }));
  assert.equal(await page.locator('#notice').count(), 0);
  assert.equal(await appCsv(page), expected);
  // The file the app writes holds the same numbers: the CLI reads it to the same figures.
  const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#save-json')]);
  assert.equal(cliCsv(readFileSync(await saved.path())), expected);
  assert.deepEqual(page.errors, []);
});

test('16- and 17-digit values in a link give the CLI\'s figures exactly', async () => {
  const expected = cliCsv(fileText());
  const changes = VALUES.map(([, code, value]) => `${code}=${value}`).join(';');
  const page = await app.page();
  // Version 3 of the preset is the one `zothuis preset` prints (the share-link tests hold it).
  const link = `${app.url}#v1/${PRESET}@3/${changes}`;
  await page.goto(link);
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('#notice').count(), 0);
  assert.equal(await appCsv(page), expected);
  assert.deepEqual(page.errors, []);
});
