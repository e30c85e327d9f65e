// End-to-end: the page is not blank while the app's code loads. index.html paints a
// shell (header, a loading line, a skeleton) in the stored or the browser's language;
// the app replaces it without moving the header; if the code cannot load, the shell
// says so instead of loading for ever.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXTS, KEYS } from '../support/app_data.mjs';
import { appReady, launch, newWatchedContext } from '../support/browser.mjs';
import { assertAxeClean, useApp } from '../support/session.mjs';

const app = useApp();

// One saved, empty assessment, so /assessment/x/vision is a question page.
const EMPTY = JSON.stringify({
  schema: 1,
  assessments: [{ id: 'x', label: '', created_ms: 0, updated_ms: 0, questionnaire: 'klantspiegel', revision: 2, answers: {} }],
});

/** Opens `path` with the wasm held back until `release()` is called. */
async function openHeld(path, options) {
  const { context, problems } = await newWatchedContext(app.browser, options);
  await context.addInitScript(([key, json]) => {
    if (location.protocol === 'http:' && !localStorage.getItem(key)) localStorage.setItem(key, json);
  }, [KEYS.STATE_KEY, EMPTY]);
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  await context.route('**/*.wasm', async (route) => {
    await gate;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(app.url(path));
  return { page, context, problems, release };
}

describe('the shell before the app', () => {
  test('a question page shows the shell in Dutch while the wasm is held back, then the app in its place', async () => {
    const { page, context, problems, release } = await openHeld('/assessment/x/vision', { locale: 'nl-BE' });
    const t = TEXTS.nl.common;
    const status = page.locator('#shell [role=status]');
    await status.waitFor();
    assert.equal(await status.textContent(), t.loading);
    assert.equal(await page.locator('#shell .brand').textContent(), t.app_name);
    assert.equal(await page.locator('#shell .nav-link').textContent(), t.method_nav);
    assert.equal(await page.locator('#shell footer').textContent(), t.footer_privacy);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    assert.equal(await page.locator('input[type=radio]').count(), 0, 'the app has not run yet');
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length);
    assert.equal(fcp, 1, 'the shell is a contentful paint');
    await assertAxeClean(page, 'the shell');
    const before = await page.locator('header.top').boundingBox();

    release();
    await appReady(page);
    await page.locator('fieldset.question').first().waitFor();
    assert.equal(await page.locator('header.top').count(), 1, 'one header: the shell is gone');
    assert.equal(await page.locator('main').count(), 1);
    assert.deepEqual(await page.locator('header.top').boundingBox(), before, 'the header does not move');
    await context.close();
    assert.deepEqual(problems, [], 'no CSP violation, page error or foreign request');
  });

  test('an English browser gets the shell in English; a stored choice wins and carries into the app', async () => {
    const held = await openHeld('/', { locale: 'en-GB' });
    await held.page.locator('#shell [role=status]').waitFor();
    assert.equal(await held.page.locator('#shell [role=status]').textContent(), TEXTS.en.common.loading);
    assert.equal(await held.page.evaluate(() => document.documentElement.lang), 'en');
    // Choosing Dutch in the shell is remembered and the app starts in Dutch.
    await held.page.locator('#shell button[lang=nl]').click();
    assert.equal(await held.page.locator('#shell [role=status]').textContent(), TEXTS.nl.common.loading);
    assert.equal(await held.page.locator('#shell button[lang=nl]').getAttribute('aria-pressed'), 'true');
    assert.equal(await held.page.evaluate((key) => localStorage.getItem(key), KEYS.LOCALE_KEY), '"nl"');
    held.release();
    await appReady(held.page);
    assert.equal(await held.page.locator('.hero button').textContent(), TEXTS.nl.common.start_new);
    await held.context.close();
    assert.deepEqual(held.problems, []);
  });

  test('when the app cannot load, the shell says so plainly', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext({ locale: 'en-GB' });
      await context.route('**/*.wasm', (route) => route.abort());
      const page = await context.newPage();
      await page.goto(app.url('/'));
      const alert = page.locator('#shell [role=alert]');
      await alert.waitFor();
      assert.equal(await alert.textContent(), TEXTS.en.common.start_failed);
      assert.equal(await page.locator('.shell-skeleton').isVisible(), false, 'no skeleton that suggests loading');
      await context.close();
    } finally {
      await browser.close();
    }
  });
});
