// End-to-end: after one visit the app works with no network at all (the server is
// stopped and the browser is offline): it starts, an assessment is filled in and
// saved, results and a share link open. A new build is offered as an update.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appReady, launch, newWatchedContext } from '../support/browser.mjs';
import { DRUK_BV, TEXTS } from '../support/app_data.mjs';
import { fillIn, questionnaire } from '../support/fill.mjs';
import { activate } from '../support/keyboard.mjs';
import { serve } from '../support/server.mjs';
import { assertAxeClean, stored } from '../support/session.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Waits until the service worker controls the page (it has cached the app). */
const controlled = (page) =>
  page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20000 });

describe('offline', () => {
  test('after one visit: starts, fills in, saves, shows results and opens a share link with no network', async () => {
    const server = await serve(DIST);
    const browser = await launch();
    const { context, problems } = await newWatchedContext(browser, { locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await appReady(page);
      await controlled(page);
      const manifest = await page.evaluate(async () => {
        const href = document.querySelector('link[rel=manifest]').href;
        return (await fetch(href)).json();
      });
      assert.equal(manifest.display, 'standalone');
      assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.type === 'image/png'));
      assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));

      await server.close();
      await context.setOffline(true);
      await page.reload();
      await appReady(page);
      const notice = page.locator('.connection-notice');
      await notice.getByText('U bent offline').waitFor();
      await assertAxeClean(page, 'home with the offline notice');
      await fillIn(page, { ...DRUK_BV, label: 'Zonder net', yes: ['nps_goal'] });
      const score = await page.locator('.big-number').innerText();
      assert.equal(score, '50');
      const state = await stored(page);
      assert.equal(state.assessments.length, 1);
      assert.equal(Object.keys(state.assessments[0].answers).length, questionnaire.dimensions.flatMap((d) => d.questions).length + questionnaire.style_items.length, 'every question and style item');

      // A deep link reloads offline too.
      await page.reload();
      await appReady(page);
      assert.equal(await page.locator('.big-number').innerText(), '50');

      const link = await page.locator('.share').getByLabel('Link om te delen').inputValue();
      const other = await context.newPage();
      await other.goto(link);
      await appReady(other);
      await other.locator('.big-number').waitFor();
      assert.equal(await other.locator('.big-number').innerText(), '50');
      await assertAxeClean(other, 'a shared result opened offline');
      // Every page of the later-loaded report half opens offline too.
      for (const path of ['/method', '/team', '/compare', '/backup']) {
        await other.goto(`${server.url}${path}`);
        await appReady(other);
        const title = await other.locator('h1').first().innerText();
        assert.ok(title && title !== TEXTS.nl.common.not_found_title, `${path} offline: ${title}`);
      }

      // Back online: the notice goes without a reload.
      await context.setOffline(false);
      await notice.getByText('U bent offline').waitFor({ state: 'detached' });
      assert.equal(await notice.innerText(), '');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await browser.close();
      await server.close();
    }
  });

  test('a new build is installed in the background and loads when the user asks', async () => {
    // A copy of dist/ whose service worker is then replaced by a "new build".
    const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-dist-'));
    cpSync(DIST, dir, { recursive: true });
    const server = await serve(dir);
    const browser = await launch();
    const { context, problems } = await newWatchedContext(browser, { locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await appReady(page);
      await controlled(page);
      const before = await page.evaluate(() => caches.keys());
      assert.equal(before.length, 1);

      const sw = join(dir, 'sw.js');
      writeFileSync(sw, readFileSync(sw, 'utf8').replace(/^const VERSION = '([^']*)';/m, "const VERSION = '$1-next';"));
      await page.reload();
      await appReady(page);
      const notice = page.locator('.update-notice');
      await notice.getByText('A new version of Klantspiegel is ready.').waitFor({ timeout: 20000 });
      await assertAxeClean(page, 'home with the update notice');
      // With the keyboard alone, as every flow.
      await Promise.all([page.waitForEvent('load'), activate(page, '.update-notice button', 'Load the new version')]);
      await appReady(page);
      await page.waitForFunction(async () => {
        const keys = await caches.keys();
        return keys.length === 1 && keys[0].endsWith('-next');
      });
      assert.equal(await notice.count(), 0);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await browser.close();
      await server.close();
    }
  });
});
