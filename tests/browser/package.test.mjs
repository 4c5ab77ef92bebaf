// Browser tests of issue 25's package: "Wat is er nodig?" with "Combinatie van hendels" acts as
// a user would: tick levers, get the package, apply it, undo it; the search without bounds when
// none within them meets the target; the chance package with its progress line, against the
// CLI's answers to the cent and the run. Prints how long each search took in the browser (the
// README's benchmark figures), never asserts a time. Run with `node --test
// --test-concurrency=1` in tests/browser/ after scripts/build.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { start, settled, axeViolations, OUT, ROOT } from './lib.mjs';

const CLI = join(ROOT, 'target', 'release', 'zothuis');
const preset = execFileSync(CLI, ['preset', 'gooi-en-vechtstreek']);
const cli = (...args) => JSON.parse(execFileSync(CLI, ['goalseek', '-', ...args], { input: preset }).toString());
// A number as the app writes it in Dutch: decimal comma, no grouping below 1,000.
const nl = (x) => String(x).replace('.', ',');
const euro = (text) => `€\u00a0${Number(text).toLocaleString('nl-NL', { maximumFractionDigits: 0 })}`;

let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await start();
});
after(async () => { await app.close(); });

// Target 2 of Gooi: 70 % of the children during 2022 in a family form.
const status = async (r) => (await r.locator('td.status').textContent()).replace(/\s+/g, ' ').trim();
const row = (page) => page.locator('#targets-table tbody tr', { has: page.locator('#goalseek-2') });

for (const [width, height] of [[320, 640], [1366, 768]]) {
  test(`a package within the bounds, applied and undone, at ${width} px`, async () => {
    const page = await app.page(width, height);
    const r = row(page);
    await page.selectOption('#goalseek-2', 'package');
    // Every policy lever of the scenario is ticked by default.
    const boxes = r.locator('.package-levers input[type=checkbox]');
    assert.equal(await boxes.count(), 7);
    for (let i = 0; i < 7; i += 1) assert.ok(await boxes.nth(i).isChecked());
    const t0 = Date.now();
    await r.locator('button.goalseek-plain').click();
    const answer = r.locator('.goalseek-answer', { hasText: /^Combinatie/ });
    await answer.waitFor({ timeout: 30_000 });
    const ms = Date.now() - t0;
    console.log(`package goal seek, Gooi 2022 with every lever, ${width} px: ${ms} ms in the browser`);
    const text = await answer.innerText();
    const expected = cli('--target', '2', '--levers', 'all');
    assert.ok(expected.met && expected.verified);
    const lines = text.split('\n');
    assert.equal(lines[0], 'Combinatie binnen wat landelijk is gezien die het doel haalt tegen de laagste totale kosten:');
    // Each lever's setting is the CLI's.
    assert.match(text, new RegExp(`• ${expected.levers[0].value} pleeggezinnen werven per jaar \\(nu \\d+\\)`));
    const inflow = expected.levers.find((l) => l.lever === 'inflow_reduction');
    assert.ok(text.includes(`• ${nl(inflow.value)} % minder instroom per jaar (nu 0); \u2212${nl(inflow.value)} % per jaar = `), text);
    const stay = expected.levers.find((l) => l.lever === 'shorter_residential_stay');
    assert.ok(text.includes(`• ${nl(stay.value)} % kortere verblijfsduur residentieel (nu 0) — op de grens`), text);
    // The price: the programme cost against the fund, as the CLI computes it.
    assert.ok(text.includes(`Prijs: programmakosten ${euro(expected.cost.programme)}, tegen een budget van ${euro(expected.cost.budget)} (${euro(-expected.cost.budget_left)} tekort)`), text);
    assert.match(text, /^Controle, elke hendel is nodig: Werving pleeggezinnen één stap minder: 69,9\d* %/m);
    await r.screenshot({ path: join(OUT, `package-answer-${width}.png`) });
    assert.deepEqual(await axeViolations(page), [], 'axe with the package answer');
    const chance = text.match(/; kans (\d+ %) \(2\.000 doorrekeningen\)/);
    assert.ok(chance, text);
    // Apply: one click sets every lever; the target is then met with the CLI's figure.
    await r.locator('button.goalseek-apply').click();
    await settled(page);
    await r.locator('.goalseek-applied').waitFor();
    assert.match(await r.locator('.goalseek-applied').innerText(), /^Toegepast: de combinatie van hendels/);
    assert.equal(await status(r), '✓ gehaald');
    assert.equal(await r.locator('td.num').first().innerText(), `${nl(expected.actual.toFixed(1))} %`);
    assert.equal(await page.inputValue('#f-foster-recruit_per_year'), String(expected.levers[0].value));
    await page.waitForFunction(() => !document.querySelector('#targets-table td.chance.stale'));
    assert.equal(await r.locator('td.chance').innerText(), chance[1], 'the answer\'s chance is the table\'s');
    // One undo takes the whole package back.
    await page.locator('button', { hasText: 'Ongedaan maken' }).first().click();
    await settled(page);
    assert.equal(await status(r), '✗ niet gehaald');
    assert.equal(await page.inputValue('#f-inflow-change_pct'), '0');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page wider than the screen by ${overflow} px`);
    assert.deepEqual(page.errors, []);
  });
}

test('a package answer goes into the memo as "Wat ervoor nodig is", with the bounds in its appendix', async () => {
  const page = await app.page(1366, 768);
  const r = row(page);
  await page.selectOption('#goalseek-2', 'package');
  await r.locator('button.goalseek-plain').click();
  const answer = r.locator('.goalseek-answer', { hasText: /^Combinatie/ });
  await answer.waitFor({ timeout: 30_000 });
  const text = await answer.innerText();
  await r.locator('button.goalseek-memo').click();
  assert.equal(await r.locator('button.goalseek-memo').innerText(), 'In de notitie opgenomen');
  await page.click('#memo-open');
  await page.locator('#memo').waitFor();
  const need = page.locator('#memo-need');
  // The memo says what the planner said, line for line.
  assert.equal(await need.innerText(), text);
  assert.match(await page.locator('#memo-need + p').innerText(), /^Binnen de grenzen van wat landelijk is gezien \(bijlage\)/);
  // The bounds, one row per lever, as the CLI lists them.
  const bounds = JSON.parse(execFileSync(CLI, ['bounds', '-'], { input: preset }).toString()).bounds;
  const rows = page.locator('#memo-bounds tbody tr');
  assert.equal(await rows.count(), bounds.length);
  const recruitment = bounds.find((b) => b.lever === 'recruitment');
  assert.equal(await rows.filter({ hasText: 'Werving pleeggezinnen' }).locator('td').first().innerText(),
    `≤ ${recruitment.max} pleeggezinnen werven per jaar`);
  await page.locator('#memo-bounds').screenshot({ path: join(OUT, 'package-memo-bounds-1366.png') });
  await need.screenshot({ path: join(OUT, 'package-memo-need-1366.png') });
  // Another scenario on screen: the memo no longer shows an answer for the one before.
  await page.click('#memo-close');
  await page.fill('#f-foster-recruit_per_year', '50');
  await settled(page);
  await page.click('#memo-open');
  await page.locator('#memo').waitFor();
  assert.equal(await page.locator('#memo-need').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('no package within the bounds: the best reached, the binding bound, then without bounds', async () => {
  const page = await app.page(1366, 768);
  const r = row(page);
  await page.selectOption('#goalseek-2', 'package');
  // Prevention alone: untick every other lever.
  const labels = r.locator('.package-levers label');
  for (let i = 0; i < await labels.count(); i += 1) {
    const label = labels.nth(i);
    if ((await label.innerText()).trim() !== 'Instroom') await label.locator('input').uncheck();
  }
  await r.locator('button.goalseek-plain').click();
  const answer = r.locator('.goalseek-answer', { hasText: /^Geen combinatie/ });
  await answer.waitFor({ timeout: 30_000 });
  const text = await answer.innerText();
  const bounded = cli('--target', '2', '--levers', 'inflow_reduction');
  assert.equal(bounded.met, false);
  assert.ok(text.startsWith('Geen combinatie van deze hendels binnen wat landelijk is gezien haalt het doel.'), text);
  assert.ok(text.includes(`De grens van ${nl(bounded.binding.bound)} % minder instroom per jaar bindt het meest: zonder die grens`), text);
  // Nothing to apply; the search without bounds is offered, clearly labelled.
  assert.equal(await r.locator('button.goalseek-apply').count(), 0);
  await r.locator('button.goalseek-unbounded').click();
  const free = r.locator('.goalseek-answer', { hasText: /^Combinatie zonder grenzen/ });
  await free.waitFor({ timeout: 30_000 });
  const unbounded = cli('--target', '2', '--levers', 'inflow_reduction', '--unbounded');
  const freeText = await free.innerText();
  assert.ok(freeText.includes(`• ${nl(unbounded.levers[0].value)} % minder instroom per jaar (nu 0); Ongebruikelijk:`), freeText);
  await r.screenshot({ path: join(OUT, 'package-unbounded-1366.png') });
  assert.deepEqual(page.errors, []);
});

test('the chance package shows its progress and agrees with the CLI\'s Monte Carlo', async () => {
  const page = await app.page(1366, 768);
  const r = row(page);
  await page.selectOption('#goalseek-2', 'package');
  await r.locator('select.goalseek-level').selectOption('80');
  const t0 = Date.now();
  await r.locator('button.goalseek-chance').click();
  // The progress line, while it runs.
  await r.locator('.goalseek-progress', { hasText: /^Kans doorrekenen: \d+ van ongeveer \d+ keer 2\.000 doorrekeningen/ }).waitFor({ timeout: 30_000 });
  const answer = r.locator('.goalseek-answer', { hasText: /^Combinatie/ });
  await answer.waitFor({ timeout: 120_000 });
  console.log(`chance package (80 %), Gooi 2022 with every lever: ${Date.now() - t0} ms in the browser`);
  const text = await answer.innerText();
  const expected = cli('--target', '2', '--levers', 'all', '--chance', '0.8');
  assert.ok(expected.package.met, JSON.stringify(expected.probability));
  assert.ok(text.startsWith('Combinatie binnen wat landelijk is gezien voor minstens 80 % kans:'), text);
  for (const l of expected.package.levers.filter((x) => x.value > x.rest)) {
    assert.ok(text.includes(`• ${nl(l.value)} `), `${l.lever} ${l.value}: ${text}`);
  }
  assert.ok(text.includes(`; kans ${Math.round(100 * expected.probability)} % (2.000 doorrekeningen)`), text);
  // Applied, the targets table's chance is the answer's (the same draws: the seed does not
  // depend on the levers).
  await r.locator('button.goalseek-apply').click();
  await settled(page);
  await page.locator('#targets-table td.chance:not(.stale)').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('#targets-table td.chance.stale'));
  assert.equal(await r.locator('td.chance').innerText(), `${Math.round(100 * expected.probability)} %`);
  await r.screenshot({ path: join(OUT, 'package-chance-1366.png') });
  assert.deepEqual(page.errors, []);
});
