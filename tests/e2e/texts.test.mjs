// End-to-end: the questionnaire's texts come in one file per language. Only the
// language shown is fetched; another is fetched on switching (and works offline
// after one visit); a file that cannot be had leaves the language as it was, says
// so, and loses nothing; without the starting file the shell says the app cannot start.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { questionnaire, TEXTS } from '../support/app_data.mjs';
import { appReady, launch, newWatchedContext } from '../support/browser.mjs';
import { serve } from '../support/server.mjs';
import { startAssessment, useApp } from '../support/session.mjs';

const app = useApp();
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const FIRST = questionnaire.dimensions[0].questions[0].text;
/**
 * 'answering-nl' (the questionnaire without what only the results show),
 * 'questionnaire-nl', 'ui-nl', 'ui-report-nl', 'ui-tools-nl' for a language file, else undefined.
 */
const fileOf = (url) => new URL(url).pathname.match(/^\/((?:answering|questionnaire|ui|ui-report|ui-tools)-[a-z]+)-[0-9a-f]+\.json$/)?.[1];

describe('questionnaire texts per language', () => {
  test('a Dutch browser fetches only the Dutch file; switching fetches the English one', async () => {
    const { context, problems } = await newWatchedContext(app.browser, { locale: 'nl-BE', serviceWorkers: 'block' });
    const fetched = [];
    context.on('request', (r) => fileOf(r.url()) && fetched.push(fileOf(r.url())));
    const page = await context.newPage();
    await page.goto(app.url('/'));
    await appReady(page);
    await startAssessment(page, 'nl');
    await page.locator('fieldset.question legend', { hasText: FIRST.nl }).waitFor();
    assert.deepEqual(fetched, ['answering-nl', 'ui-nl'], 'only the language shown, and not the report pages\' texts');

    await page.locator('.language-switch button[lang=en]').click();
    await page.locator('fieldset.question legend', { hasText: FIRST.en }).waitFor();
    assert.deepEqual(fetched, ['answering-nl', 'ui-nl', 'answering-en', 'ui-en']);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    // Back to Dutch needs no fetch: both are there now.
    await page.locator('.language-switch button[lang=nl]').click();
    await page.locator('fieldset.question legend', { hasText: FIRST.nl }).waitFor();
    assert.deepEqual(fetched, ['answering-nl', 'ui-nl', 'answering-en', 'ui-en']);
    // The tools (here the method page) read the report's questionnaire file, the
    // report's texts and their own.
    fetched.length = 0;
    await page.goto(app.url('/method'));
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.method.title }).waitFor();
    assert.deepEqual(fetched.sort(), ['questionnaire-nl', 'ui-nl', 'ui-report-nl', 'ui-tools-nl']);
    // A results page fetches no tools' texts.
    fetched.length = 0;
    await page.goto(app.url('/results/nothing'));
    await appReady(page);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.deepEqual(fetched.sort(), ['questionnaire-nl', 'ui-nl', 'ui-report-nl']);
    await context.close();
    assert.deepEqual(problems, []);
  });

  test('a French browser fetches only the French files', async () => {
    const { context, problems } = await newWatchedContext(app.browser, { locale: 'fr-BE', serviceWorkers: 'block' });
    const fetched = [];
    context.on('request', (r) => fileOf(r.url()) && fetched.push(fileOf(r.url())));
    const page = await context.newPage();
    await page.goto(app.url('/'));
    await appReady(page);
    await startAssessment(page, 'fr');
    await page.locator('fieldset.question legend', { hasText: FIRST.fr }).waitFor();
    assert.deepEqual(fetched, ['answering-fr', 'ui-fr']);
    await context.close();
    assert.deepEqual(problems, []);
  });

  test('a language file that cannot be fetched keeps the language and says so', async () => {
    const { context } = await newWatchedContext(app.browser, { locale: 'nl-NL', serviceWorkers: 'block' });
    await context.route(/\/ui-en-/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(app.url('/'));
    await appReady(page);
    await startAssessment(page, 'nl');
    await page.locator('fieldset.question').first().locator('input[type=radio]').nth(2).check();
    await page.locator('.language-switch button[lang=en]').click();
    const notice = page.locator('.connection-notice');
    await notice.filter({ hasText: TEXTS.nl.device.language_failed }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    assert.equal(await page.locator('.language-switch button[lang=nl]').getAttribute('aria-pressed'), 'true');
    assert.ok(await page.locator('fieldset.question legend', { hasText: FIRST.nl }).isVisible());
    assert.ok(await page.locator('fieldset.question').first().locator('input[type=radio]').nth(2).isChecked(), 'the answer stays');
    await context.close();
  });

  test('without the starting language file the shell says the app cannot start', async () => {
    const browser = await launch();
    try {
      const context = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
      await context.route(/answering-nl-/, (route) => route.fulfill({ status: 500, body: 'no' }));
      const page = await context.newPage();
      await page.goto(app.url('/'));
      const alert = page.locator('#shell [role=alert]');
      await alert.waitFor();
      assert.equal(await alert.textContent(), TEXTS.nl.common.start_failed);
      await context.close();
    } finally {
      await browser.close();
    }
  });

  test('after one visit, switching language works offline', async () => {
    const server = await serve(DIST);
    const browser = await launch();
    try {
      const { context, problems } = await newWatchedContext(browser, { locale: 'nl-NL' });
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await appReady(page);
      await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 20000 });
      await server.close();
      await context.setOffline(true);
      await page.reload();
      await appReady(page);
      await startAssessment(page, 'nl');
      await page.locator('.language-switch button[lang=en]').click();
      await page.locator('fieldset.question legend', { hasText: FIRST.en }).waitFor();
      await context.close();
      assert.deepEqual(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED')), []);
    } finally {
      await browser.close();
    }
  });
});
