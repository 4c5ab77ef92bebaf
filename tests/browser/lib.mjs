// Shared helpers for the browser tests and benchmarks: serve dist/, launch Debian's Chromium
// headless through playwright-core (never a downloaded browser), open the app.
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { ROOT, DIST, OUT } from './paths.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** axe-core, evaluated by the test driver: the page's policy allows no inline script tag. */
export const injectAxe = (page) => page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
/** WCAG 2.1 A and AA violations on the page as it is now (axe-core). */
export const axeViolations = async (page) => {
  await injectAxe(page);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0].target})`);
  });
};

export { ROOT, DIST, OUT };

export async function start() {
  const server = await serve(DIST, 0);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    // playwright gives every launch a fresh, empty profile directory of its own.
  });
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    browser,
    async page(width = 1366, height = 768) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await watch(page, url);
      await page.goto(url);
      await ready(page);
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Collects into `page.errors` what must never happen: an uncaught error, a console error, a
 * violation of the page's content security policy, a request to another origin.
 */
export async function watch(page, url) {
  const errors = [];
  const origin = new URL(url).origin;
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) errors.push(`request to another origin: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.errors = errors;
  return page;
}

/**
 * Opens the app at `fragment` as a fresh load: a same-document navigation to a new fragment
 * only fires hashchange, so the page is reloaded to start from the link.
 */
export async function openLink(page, url, fragment) {
  await page.goto(`${url}${fragment}`);
  await page.reload();
  await ready(page);
}

/** Waits until the app has drawn its charts at least `draws` times in total. */
export async function ready(page, draws = 1) {
  await page.waitForFunction((n) => window.__zothuis && window.__zothuis.draws >= n, draws, { timeout: 20000 });
}

/** The number of chart redraws so far. */
export async function draws(page) {
  return page.evaluate(() => (window.__zothuis ? window.__zothuis.draws : 0));
}

/** Waits for the next redraw after an action. */
export async function afterRedraw(page, action) {
  const before = await draws(page);
  await action();
  await ready(page, before + 1);
}

/** Waits until the uncertainty bands belong to the scenario on screen (Monte Carlo finished). */
export async function settled(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector('#mc-status');
    return status && status.getAttribute('aria-busy') === 'false';
  }, null, { timeout: 20000 });
}
