// The walk through a whole assessment as a new user on a 375 × 740 phone: for
// each step, how many screen heights of page there are to scroll through, and
// the time estimate the app shows. Prints numbers; run from tests/ after a build:
// `node bench/walk.mjs` (BENCH_DIST for another dist/).
import { fileURLToPath } from 'node:url';
import { serve } from '../support/server.mjs';
import { appReady, launch } from '../support/browser.mjs';
import { TEXTS } from '../support/app_data.mjs';

const DIST = process.env.BENCH_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
const server = await serve(DIST);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'nl-BE', isMobile: true, hasTouch: true });
const page = await context.newPage();
await page.goto(server.url + '/');
await appReady(page);
const estimate = await page.locator('.time-estimate').first().innerText().catch(() => '(none)');
await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
const screens = async () => page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
const rows = [['intro', await screens()]];
await page.locator('.step-nav a.primary, .step-nav a', { hasText: TEXTS.nl.common.start_questions }).first().click();
let words = 0;
for (;;) {
  await page.locator('h1#step-title').waitFor();
  await page.waitForTimeout(100);
  const title = await page.locator('h1#step-title').innerText();
  words += await page.evaluate(() => document.querySelector('.step-main').innerText.split(/\s+/).length);
  rows.push([title, await screens()]);
  const next = page.locator('.step-nav a', { hasText: '→' });
  if ((await next.count()) === 0) break;
  await next.first().click();
  await page.waitForFunction((t) => document.querySelector('h1#step-title')?.innerText !== t, title);
}
const total = rows.reduce((n, [, s]) => n + s, 0);
for (const [title, s] of rows) console.log(`  ${s.toFixed(1).padStart(5)}  ${title}`);
console.log(`Screen heights (375 × 740) through the whole questionnaire: ${total.toFixed(1)}`);
console.log(`Words on the answering steps: ${words}`);
console.log(`Time estimate on home: ${estimate}`);
await browser.close();
await server.close();
