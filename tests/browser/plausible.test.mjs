// Browser tests of issue 25's first part: a lever setting beyond what has been seen nationally is
// marked "ongebruikelijk" with its reason in one line, moved by hand or given by goal seek, and a
// yearly fall of the inflow is said compounded. Run with `node --test --test-concurrency=1` in
// tests/browser/ after scripts/build.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { start, afterRedraw, OUT, ROOT } from './lib.mjs';

const CLI = join(ROOT, 'target', 'release', 'zothuis');
let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await start();
});
after(async () => { await app.close(); });

const lever = (page, field) => page.locator('.lever', { has: page.locator(`#${field}`) });
const bounds = JSON.parse(execFileSync(CLI, ['bounds', '-'], {
  input: execFileSync(CLI, ['preset', 'gooi-en-vechtstreek']),
}).toString()).bounds;

for (const [width, height] of [[320, 640], [1366, 768]]) {
  test(`a lever beyond what has been seen is marked, never refused, at ${width} px`, async () => {
    const page = await app.page(width, height);
    const inflow = lever(page, 'f-inflow-change_pct');
    assert.equal(await inflow.locator('p.hint.unusual').count(), 0, 'the plan itself is within the bounds');
    // Within the bound: the fall compounded, not marked.
    await afterRedraw(page, () => page.fill('#f-inflow-change_pct', '-5'));
    assert.equal(await inflow.locator('p.hint', { hasText: 'per jaar =' }).innerText(),
      '\u22125 % per jaar = \u221219 % in 2022 t.o.v. 2018');
    assert.equal(await inflow.locator('p.hint.unusual').count(), 0);
    // Beyond it: marked with the reason, the value kept as typed.
    await afterRedraw(page, () => page.fill('#f-inflow-change_pct', '-14,7'));
    const note = inflow.locator('p.hint.unusual');
    assert.equal(await note.innerText(), 'Ongebruikelijk: \u221214,7 % per jaar = \u221247 % in 2022 t.o.v. 2018 (grens 5); '
      + 'landelijk daalde het aantal kinderen in 24-uurszorg in 2015–2019 nooit meer dan 8 % in een jaar, en niet jaar na jaar meer dan ongeveer 5 %.');
    assert.equal(await page.inputValue('#f-inflow-change_pct'), '-14,7');
    // The warning sign is the style's: shown, not part of the text read out.
    assert.equal(await note.evaluate((el) => getComputedStyle(el, '::before').content), '"⚠ " / ""');
    // Recruitment: the bound is the CLI's (three times the region's share of national recruitment).
    const max = bounds.find((b) => b.lever === 'recruitment').max;
    await afterRedraw(page, () => page.fill('#f-foster-recruit_per_year', String(max + 22)));
    assert.match(await lever(page, 'f-foster-recruit_per_year').locator('p.hint.unusual').innerText(),
      new RegExp(`^Ongebruikelijk: ${max + 22} pleeggezinnen werven per jaar \\(grens ${max}\\); landelijk komen er per jaar 5–7 pleeggezinnen bij`));
    await afterRedraw(page, () => page.fill('#f-foster-recruit_per_year', String(max)));
    assert.equal(await lever(page, 'f-foster-recruit_per_year').locator('p.hint.unusual').count(), 0);
    // Nothing overflows the phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page wider than the screen by ${overflow} px`);
    await inflow.screenshot({ path: join(OUT, `unusual-lever-${width}.png`) });
    assert.deepEqual(page.errors, []);
  });
}

test('a goal-seek answer far beyond anything seen says so, with its compounding', async () => {
  const page = await app.page(1366, 768);
  // Target 2: 70 % of the children during 2022 in a family form, by prevention alone.
  const row = page.locator('#targets-table tbody tr', { has: page.locator('#goalseek-2') });
  await page.selectOption('#goalseek-2', 'inflow_reduction');
  await row.locator('button:text-is("Bereken")').click();
  await row.locator('.goalseek-answer', { hasText: /^Nodig/ }).waitFor();
  const answer = await row.locator('.goalseek-answer').innerText();
  const preset = execFileSync(CLI, ['preset', 'gooi-en-vechtstreek']);
  const cli = JSON.parse(execFileSync(CLI, ['goalseek', '-', '--target', '2', '--lever', 'inflow_reduction'], { input: preset }).toString());
  assert.ok(cli.value > 5, `the CLI's answer ${cli.value} lies beyond the bound`);
  const m = answer.match(/^Nodig: ([\d,]+) % minder instroom per jaar \(nu 0\)\. Ongebruikelijk: \u2212([\d,]+) % per jaar = \u2212(\d+) % in 2022 t\.o\.v\. 2018 \(grens 5\); landelijk daalde/);
  assert.ok(m, answer);
  assert.equal(m[1], m[2]);
  const applied = Number(m[1].replace(',', '.'));
  assert.equal(Number(m[3]), Math.round(-100 * ((1 - applied / 100) ** 4 - 1)));
  await page.screenshot({ path: join(OUT, 'unusual-goalseek-1366.png') });
  assert.deepEqual(page.errors, []);
});
