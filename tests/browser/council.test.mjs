// Browser tests for the council room: every screen size from a phone to a projector, offline
// after a first visit, the content security policy, a plain static host, presentation mode.
// Run with `node --test --test-concurrency=1` in tests/browser/ after scripts/build.sh (scripts/test.sh does both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { start, ready, afterRedraw, settled, watch, OUT, DIST, ROOT } from './lib.mjs';
import { serve } from './server.mjs';

const require = createRequire(import.meta.url);
const SIZES = [[320, 640], [390, 844], [768, 1024], [1024, 768], [1366, 768], [1920, 1080]];

let app;
before(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await start();
});
after(async () => { await app.close(); });

const text = (page, selector) => page.locator(selector).first().innerText();
const injectAxe = (page) => page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
const axe = (page) => page.evaluate(async () => {
  const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0].target})`);
});
const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Visible controls smaller than 44 × 44 CSS pixels (text links inside sentences excepted). A
 * radio button's target is its label, which selects it too.
 */
const smallTargets = (page) => page.evaluate(() => [...document.querySelectorAll('button, select, input, summary')]
  .filter((e) => !e.closest('.visually-hidden'))
  .map((e) => [e, (e.type === 'radio' && e.closest('label') ? e.closest('label') : e).getBoundingClientRect()])
  .filter(([, r]) => r.width > 0 && r.height > 0 && (r.width < 44 || r.height < 44))
  .map(([e, r]) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${e.className} ${Math.round(r.width)}×${Math.round(r.height)}`));

/** Wholly on the first screen (no scrolling). */
const onFirstScreen = (page, selector) => page.evaluate((sel) => {
  const r = document.querySelector(sel).getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
}, selector);

test('every size from 320 to 1920 px: no sideways scrolling, the answer first, touch targets, axe clean', async () => {
  for (const [w, h] of SIZES) {
    const page = await app.page(w, h);
    await settled(page);
    assert.ok(await onFirstScreen(page, '.headline-actual'), `${w}×${h}: the headline figure on the first screen`);
    assert.ok(await onFirstScreen(page, '.headline-verdict'), `${w}×${h}: the verdict on the first screen`);
    await page.screenshot({ path: join(OUT, `size-${w}x${h}.png`) });
    await page.screenshot({ path: join(OUT, `size-${w}x${h}-full.png`), fullPage: true });
    // Every panel open: the assumptions, a chart's table, the ranges, the share panel.
    await page.click('#assumptions summary');
    await afterRedraw(page, () => page.click('#chart-0 figcaption button'));
    await page.click('#ranges summary');
    await page.locator('#ranges-table').waitFor();
    assert.ok(await sideways(page) <= 0, `${w}×${h}: ${await sideways(page)} px sideways scroll`);
    if (w <= 1100) assert.deepEqual(await smallTargets(page), [], `${w}×${h}: controls under 44 px`);
    await injectAxe(page);
    assert.deepEqual(await axe(page), [], `${w}×${h}: axe`);
    await page.click('.share-button');
    await page.locator('#share-link').waitFor();
    assert.ok(await sideways(page) <= 0, `${w}×${h}: share panel sticks out by ${await sideways(page)} px`);
    const box = await page.locator('.share-panel').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= w, `${w}×${h}: share panel within the screen (${box.x}, ${box.width})`);
    await page.click('.share-panel button:has-text("Sluiten")');
    // The full-page views fit too: the Eigen regio form (with an error shown) and the memo.
    await page.selectOption('#preset', 'eigen-regio');
    await page.locator('#own-region-form').waitFor();
    await page.click('#own-build');
    await page.locator('.own-errors').waitFor();
    assert.ok(await sideways(page) <= 0, `${w}×${h}: the Eigen regio form scrolls sideways by ${await sideways(page)} px`);
    if (w <= 1100) assert.deepEqual(await smallTargets(page), [], `${w}×${h}: form controls under 44 px`);
    await injectAxe(page);
    assert.deepEqual(await axe(page), [], `${w}×${h}: axe on the form`);
    await page.screenshot({ path: join(OUT, `own-region-${w}x${h}.png`) });
    await page.click('#own-cancel');
    await page.click('#memo-open');
    await page.locator('#memo').waitFor();
    assert.ok(await sideways(page) <= 0, `${w}×${h}: the memo scrolls sideways by ${await sideways(page)} px`);
    await page.click('#memo-close');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('phone: while a lever moves, the answer stays pinned above it and follows', async () => {
  for (const [w, h] of [[390, 844], [768, 1024]]) {
    const page = await app.page(w, h);
    await settled(page);
    const slider = '#f-foster-recruit_per_year-slider';
    await page.locator(slider).scrollIntoViewIfNeeded();
    const before = await text(page, '#compact-answer');
    // The same words as the headline above.
    const squeeze = (t) => t.replace(/\s+/g, '');
    assert.equal(squeeze(before), squeeze((await text(page, '.headline-subject > span')) + ':' + (await text(page, '.headline-actual')) + (await text(page, '.headline-verdict'))));
    await page.focus(slider);
    for (let i = 0; i < 3; i++) await afterRedraw(page, () => page.keyboard.press('ArrowRight'));
    assert.ok(await onFirstScreen(page, '#compact-answer'), `${w}: the pinned answer is on screen`);
    assert.ok(await onFirstScreen(page, slider), `${w}: with the lever`);
    const after = await text(page, '#compact-answer');
    assert.notEqual(after, before, `${w}: the pinned answer follows the lever`);
    assert.match(after, new RegExp(await text(page, '.headline-actual')));
    await page.screenshot({ path: join(OUT, `phone-lever-${w}x${h}.png`) });
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('offline after a first visit: reload, move a lever, open a share link', async () => {
  const page = await app.page(1024, 768);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const context = page.context();
  await context.setOffline(true);
  await page.reload();
  await ready(page);
  assert.match(await text(page, '.headline'), /Aandeel gezinsvormen/);
  const before = await text(page, '#kf-care-cost');
  await afterRedraw(page, () => page.fill('#f-cost-per_day-residential', '300'));
  assert.notEqual(await text(page, '#kf-care-cost'), before);
  // The address follows the change; that link opens in another tab without a network.
  await page.waitForFunction(() => location.hash.length > 5);
  const cost = await text(page, '#kf-care-cost');
  const other = await watch(await context.newPage(), app.url);
  await other.goto(page.url());
  await ready(other);
  assert.equal(await text(other, '#kf-care-cost'), cost);
  assert.equal(await other.inputValue('#f-cost-per_day-residential'), '300,00');
  assert.deepEqual(other.errors, []);
  // A scenario saved in the browser opens without a network, and a new one can be saved.
  await page.click('#saved summary');
  await page.fill('#saved-name', 'Zonder netwerk');
  await page.click('#saved-save');
  await page.locator('#saved .share-status', { hasText: /‘Zonder netwerk’ is bewaard/ }).waitFor();
  await afterRedraw(page, () => page.selectOption('#preset', 'haaglanden'));
  await page.reload();
  await ready(page);
  await page.click('#saved summary');
  await afterRedraw(page, () => page.click('.saved-list li:has-text("Zonder netwerk") button:has-text("Openen")'));
  assert.equal(await page.inputValue('#f-cost-per_day-residential'), '300,00');
  await page.screenshot({ path: join(OUT, 'offline-1024x768.png') });
  assert.deepEqual(page.errors, []);
  await context.close();
});

/**
 * A copy of dist/ on a server of its own (so that a test can publish a "new build" there), a
 * context, and a page that the service worker controls on its second visit; `run` gets them, and
 * everything is taken down afterwards.
 */
async function withOwnCopy(caching, run) {
  const dir = mkdtempSync(join(tmpdir(), 'zothuis-dist-'));
  cpSync(DIST, dir, { recursive: true });
  const server = await serve(dir, 0, caching);
  const url = `http://127.0.0.1:${server.address().port}/`;
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await watch(await context.newPage(), url);
    await page.goto(url);
    await ready(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A later visit: the page is the service worker's.
    await page.reload();
    await ready(page);
    await run({ dir, url, context, page });
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a new version: the open page says so in Dutch and the next load is the new one', async () => {
  await withOwnCopy('no-store', async ({ dir, page }) => {
    const oldCache = await page.evaluate(() => caches.keys());
    assert.equal(await page.locator('#update-notice').count(), 0, 'no notice on a first visit');
    // Publish: the same files, a new service worker (as every build has).
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/zothuis-[0-9a-f]+/, 'zothuis-0000000000000001');
    writeFileSync(join(dir, 'sw.js'), sw);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('#update-notice').waitFor();
    assert.match(await text(page, '#update-notice'), /nieuwe versie van zothuis/);
    await page.screenshot({ path: join(OUT, 'update-notice-1366.png') });
    // Only the new build's cache is left.
    assert.deepEqual(await page.evaluate(() => caches.keys()), ['zothuis-0000000000000001']);
    assert.notDeepEqual(oldCache, ['zothuis-0000000000000001']);
    await page.click('#update-reload');
    await ready(page);
    assert.equal(await page.locator('#update-notice').count(), 0);
    assert.deepEqual(page.errors, []);
  });
});

/** Turns the copy of dist/ in `dir` into a "new build": every hashed name of the app's code
 * changed (the files renamed, every reference in the page, the start-up script and the worker
 * rewritten, the old files gone from the host), and a worker with a cache of its own. */
function publishNewBuild(dir) {
  const files = readdirSync(dir);
  // The app's code and the start-up script each carry a hash of their own in their names.
  const hashes = [/zothuis-app-([0-9a-f]+)_bg\.wasm/, /start-([0-9a-f]+)\.js/]
    .map((re) => files.map((f) => f.match(re)).find(Boolean)[1]);
  const renamed = (text) => hashes.reduce((t, h, i) => t.replaceAll(h, String(i + 1).repeat(h.length)), text);
  for (const name of files) {
    const path = join(dir, name);
    let body = readFileSync(path);
    if (/\.(html|js)$/.test(name)) {
      let text = renamed(body.toString('utf8'));
      if (name === 'sw.js') text = text.replace(/(CACHE=["'])zothuis-[0-9a-f]+/, '$1zothuis-0000000000000002');
      body = Buffer.from(text);
    }
    rmSync(path);
    writeFileSync(join(dir, renamed(name)), body);
  }
}

test('an update never blanks the page, whatever the host lets the browser cache', async () => {
  // A host that lets the browser keep files for ten minutes, and one that sends no cache header
  // at all (as Python's http.server): the worker must cache the new build's page, not the one
  // the browser kept, or the next load asks for files that are gone.
  for (const caching of ['max-age=600', null]) {
    await withOwnCopy(caching, async ({ dir, url, context, page }) => {
      publishNewBuild(dir);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      // Until the new worker has taken over (only its cache is left). Polled from here: a
      // predicate of waitForFunction that returns a promise counts as true at once.
      for (let i = 0; ; i++) {
        const keys = await page.evaluate(() => caches.keys());
        if (keys.length === 1 && keys[0] === 'zothuis-0000000000000002') break;
        assert.ok(i < 200, `the new worker did not take over: ${keys}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // The browser drops what its HTTP cache kept (as it does in time): the next load is the
      // new build from the worker's cache alone, and it works, online and offline.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.clearBrowserCache');
      await page.reload();
      await ready(page);
      assert.match(await text(page, '.headline'), /2022/, String(caching));
      const page2 = await watch(await context.newPage(), url);
      await context.setOffline(true);
      await page2.goto(url);
      await ready(page2);
      await context.setOffline(false);
      assert.deepEqual(page.errors, [], String(caching));
      assert.deepEqual(page2.errors, [], String(caching));
    });
  }
});

test('a plain static server (http-server, no special headers) serves dist/ as it is', async () => {
  const port = 18000 + Math.floor(Math.random() * 1000);
  const bin = join(ROOT, 'tests', 'browser', 'node_modules', '.bin', 'http-server');
  const server = spawn(bin, [DIST, '-a', '127.0.0.1', '-p', String(port), '-s'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await watch(await context.newPage(), url);
    for (let i = 0; ; i++) {
      try { await page.goto(url); break; } catch (e) { if (i > 50) throw e; await new Promise((r) => setTimeout(r, 100)); }
    }
    await ready(page);
    await settled(page);
    assert.match(await text(page, '.headline'), /Aandeel gezinsvormen/);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Installable on a tablet: Chromium's own check of the manifest, icons and worker.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // (The test's browser context is an incognito one, which Chromium names as the only reason.)
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    assert.match(manifest.data, /"short_name": "zothuis"/);
    assert.deepEqual(page.errors, []);
  } finally {
    await context.close();
    server.kill();
  }
});

test('presentation by keyboard alone: one slide at a time, pinned scenarios, Escape returns', async () => {
  for (const [w, h] of [[1920, 1080], [1366, 768], [390, 844]]) {
    const page = await app.page(w, h);
    await settled(page);
    const figure = await text(page, '.headline-actual');
    // Pin the plan, then change a lever: two scenarios to show.
    await page.click('#pin');
    await afterRedraw(page, () => page.fill('#f-foster-recruit_per_year', '90'));
    await settled(page);
    const changedFigure = await text(page, '.headline-actual');
    // Reach the button with the keyboard (Shift+Tab back from the lever), open it with Enter.
    for (let i = 0; i < 80 && (await page.evaluate(() => document.activeElement.id)) !== 'present-open'; i++) await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'present-open', `${w}: the button by Tab`);
    await page.keyboard.press('Enter');
    await page.locator('#presentation').waitFor();
    // Full screen where the browser allows it (headless Chromium does).
    await page.waitForFunction(() => document.fullscreenElement && document.fullscreenElement.id === 'presentation');
    assert.equal(await text(page, '#present-figure'), changedFigure);
    assert.match(await text(page, '#present-scenario'), /^1\/2 · .*\(gewijzigd\)$/);
    const count = await text(page, '#present-count');
    const total = Number(count.split('/')[1]);
    assert.equal(count, `1 / ${total}`);
    assert.ok(total >= 5, `${w}: answer, four charts and the targets`);
    await page.screenshot({ path: join(OUT, `present-answer-${w}x${h}.png`) });
    await page.keyboard.press('ArrowRight');
    assert.equal(await text(page, '#present-count'), `2 / ${total}`);
    await page.waitForFunction(() => { const c = document.querySelector('#present-slide canvas'); return c && c.width > 0; });
    // The chart fills the screen's width and its lettering is larger than on the page.
    const canvasWidth = await page.evaluate(() => document.querySelector('#present-slide canvas').getBoundingClientRect().width);
    assert.ok(canvasWidth > 0.85 * w, `${w}: chart ${canvasWidth} px wide`);
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(OUT, `present-chart-${w}x${h}.png`) });
    await page.keyboard.press(' ');
    assert.equal(await text(page, '#present-count'), `3 / ${total}`);
    await page.keyboard.press('End');
    assert.equal(await text(page, '#present-count'), `${total} / ${total}`);
    assert.match(await text(page, '#present-slide'), /Doelen per jaar/);
    await page.screenshot({ path: join(OUT, `present-targets-${w}x${h}.png`) });
    // Down: the pinned plan, on the same slide; Home: its answer.
    await page.keyboard.press('ArrowDown');
    assert.match(await text(page, '#present-scenario'), /^2\/2 · /);
    await page.keyboard.press('Home');
    assert.equal(await text(page, '#present-figure'), figure);
    await injectAxe(page);
    assert.deepEqual(await axe(page), [], `${w}: axe in the presentation`);
    await page.keyboard.press('Escape');
    await page.locator('#presentation').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.fullscreenElement), null);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'present-open');
    assert.equal(await text(page, '.headline-actual'), changedFigure);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
