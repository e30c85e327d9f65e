// Launches Debian's Chromium through playwright-core and watches every page for what
// must never happen: requests to other hosts, uncaught errors, console errors.
import { KEYS } from './app_data.mjs';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser context (empty storage) whose pages are watched. `problems` lists
 * every request to a host other than 127.0.0.1, every page error and console error.
 */
export async function newWatchedContext(browser, { locale = 'nl-NL', ...options } = {}) {
  const context = await browser.newContext({ locale, ...options });
  const problems = [];
  context.on('request', (req) => {
    const url = new URL(req.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '127.0.0.1') {
      problems.push(`request to another host: ${req.url()}`);
    }
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  // The storage keys, for code the tests run in the page (as `KS_KEYS.STATE_KEY`).
  await context.addInitScript((keys) => { window.KS_KEYS = keys; }, KEYS);
  // Chromium logs CSP violations as console errors already; this names them plainly.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    ),
  );
  context.on('page', (page) => watchPage(page, problems));
  return { context, problems };
}

function watchPage(page, problems) {
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
}

/** Runs axe-core (WCAG 2.0–2.2 A/AA and best practices) and returns readable violations. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol: a <script> tag would (rightly) be
  // refused by the app's Content-Security-Policy.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Every rule that is not experimental, plus WCAG 2.2's target size (off by default).
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }),
  );
  return result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Waits until the app has mounted: the shell index.html paints first is gone and the header's language switch is there. */
export async function appReady(page) {
  await page.waitForFunction(() => !document.getElementById('shell'), null, { timeout: 20000 });
  await page.locator('.language-switch').waitFor({ state: 'visible', timeout: 20000 });
}
