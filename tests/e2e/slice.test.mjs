// End-to-end: the thin slice through every layer, in real headless Chromium against
// the release build in dist/. Run by `bash .ci/test` (see README).
import { TEXTS } from '../support/app_data.mjs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady, newWatchedContext } from '../support/browser.mjs';
import { assertAxeClean, levelRadio, question, startAssessment, useApp } from '../support/session.mjs';

const app = useApp();
const open = (path, options) => app.open(path, options);

describe('home', () => {
  test('speaks Dutch to a Dutch browser, promises privacy, and passes axe', async () => {
    const { page, done } = await open('/', { locale: 'nl-BE' });
    assert.equal(await page.getAttribute('html', 'lang'), 'nl');
    await page.getByRole('heading', { name: 'Uw gegevens blijven bij u' }).waitFor();
    await page.getByRole('button', { name: TEXTS.nl.common.start_new }).waitFor();
    await assertAxeClean(page, 'home (nl)');
    await done();
  });

  test('speaks French to a French browser and English to other browsers', async () => {
    const fr = await open('/', { locale: 'fr-BE' });
    assert.equal(await fr.page.getAttribute('html', 'lang'), 'fr');
    await fr.page.getByRole('button', { name: TEXTS.fr.common.start_new }).waitFor();
    await assertAxeClean(fr.page, 'home in French');
    await fr.done();
    const { page, done } = await open('/', { locale: 'de-DE' });
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByRole('button', { name: TEXTS.en.common.start_new }).waitFor();
    await done();
  });

  test('remembers the language switch across a reload', async () => {
    const { page, done } = await open('/', { locale: 'nl-NL' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Your data stays with you' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
    await page.reload();
    await appReady(page);
    await page.getByRole('heading', { name: 'Your data stays with you' }).waitFor();
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { name: 'Uw gegevens blijven bij u' }).waitFor();
    await done();
  });
});

describe('answering', () => {
  test('an answer is saved at once, survives a reload, and shows in the results chart', async () => {
    const { page, done } = await open('/', { locale: 'en-GB' });
    await startAssessment(page, 'en');
    await page.waitForURL(/\/assessment\/[a-z0-9]+\/vision$/);
    await page.getByRole('heading', { level: 1, name: 'Customer vision and strategy' }).waitFor();
    assert.equal(await page.locator('fieldset.question').count(), 4);
    await assertAxeClean(page, 'assessment page');

    await levelRadio(page, 0, 3).check();
    await levelRadio(page, 1, 4).check();
    await question(page, 2).getByRole('radio', { name: "Don’t know" }).check();
    // "Don't know" is an answer: it counts for progress, not for the score.
    await page.getByText(/^3 of \d+ answered overall$/).waitFor();
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem(KS_KEYS.STATE_KEY)));
    assert.equal(stored.schema, 2);
    assert.ok(stored.assessments[0].stamps['answer.vision.written'] > 0, 'the change is stamped');
    assert.deepEqual(stored.assessments[0].answers['vision.written'], { choice: { level: 3 } });

    await page.reload();
    await appReady(page);
    assert.ok(await levelRadio(page, 0, 3).isChecked(), 'level 3 still chosen after reload');
    assert.ok(await levelRadio(page, 1, 4).isChecked(), 'level 4 still chosen after reload');
    assert.ok(await question(page, 2).getByRole('radio', { name: "Don’t know" }).isChecked());
    assert.equal(await levelRadio(page, 3, 1).isChecked(), false);

    // Clearing an answer works and is saved too.
    await question(page, 2).getByRole('button', { name: 'Clear answer' }).click();
    await page.getByText(/^2 of \d+ answered overall$/).waitFor();
    assert.equal(await question(page, 2).getByRole('radio', { name: "Don’t know" }).isChecked(), false);

    await page.getByRole('link', { name: 'See the results' }).click();
    await page.waitForURL(/\/results\//);
    // Levels 3 and 4: mean 3.5, (3.5 − 1) / 4 × 100 = 62.5, shown rounded half up as 63.
    const svg = page.locator('.bars .chart-svg svg');
    await svg.waitFor();
    assert.equal(await svg.getAttribute('role'), 'img');
    assert.equal(await svg.locator('title').textContent(), 'Score by theme (0–100)');
    assert.match(await svg.locator('desc').textContent(), /1\. Customer vision and strategy: 63/);
    assert.equal(await svg.locator('rect').count(), 2, 'background plus one bar');
    await page.locator('.bars').getByRole('row', { name: '1. Customer vision and strategy 63' }).waitFor();
    await page.getByText(/^Partial result: 2 of \d+ questions answered\.$/).waitFor();
    await assertAxeClean(page, 'results page');

    // A deep link to the results survives a reload (single-page fallback).
    await page.reload();
    await appReady(page);
    await page.locator('.bars .chart-svg svg').waitFor();
    await done();
  });

  test('the home list shows progress, and an unknown page says so', async () => {
    const { page, done } = await open('/', { locale: 'nl-NL' });
    await startAssessment(page, 'nl');
    await levelRadio(page, 3, 5).check();
    await page.getByRole('link', { name: 'Volgend thema →' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leiderschap, cultuur en eigenaarschap' }).waitFor();
    await page.getByText(/^Thema 2 van \d+ ·/).waitFor();
    await page.getByRole('link', { name: '← Vorig thema' }).click();
    await page.getByRole('heading', { level: 1, name: 'Klantvisie en strategie' }).waitFor();
    assert.ok(await levelRadio(page, 3, 5).isChecked(), 'answer kept when moving between themes');
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await page.getByText(/^In totaal 1 van de \d+ beantwoord$/).waitFor();
    await assertAxeClean(page, 'home with a saved assessment');
    await page.goto(app.url('/does/not/exist'));
    await appReady(page);
    await page.getByRole('heading', { name: 'Pagina niet gevonden' }).waitFor();
    await assertAxeClean(page, 'not-found page');
    await page.goto(app.url('/results/nope'));
    await appReady(page);
    await page.getByText('Deze evaluatie bestaat niet (meer) in deze browser.').waitFor();
    await page.getByRole('link', { name: 'Terug naar start' }).click();
    await page.getByRole('heading', { name: 'Uw evaluaties' }).waitFor();
    await done();
  });
});

describe('storage trouble', () => {
  test('unreadable saved data is kept aside, the user is told, and saving goes on', async () => {
    const { page, done } = await open('/', { locale: 'en-GB' });
    await page.evaluate(() => localStorage.setItem(KS_KEYS.STATE_KEY, '{"schema":1,"assessments":[{"broken'));
    await page.reload();
    await appReady(page);
    await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith(KS_KEYS.BACKUP_KEY_PREFIX))
        .map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(backups, ['{"schema":1,"assessments":[{"broken']);
    await assertAxeClean(page, 'home with a storage notice');
    await startAssessment(page, 'en');
    await levelRadio(page, 0, 3).check();
    await page.getByText('All answers are saved in this browser.').waitFor();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem(KS_KEYS.STATE_KEY)));
    assert.equal(saved.assessments.length, 1);
    await done();
  });

  test('data from a newer version is kept aside, never overwritten', async () => {
    const { page, done } = await open('/', { locale: 'nl-NL' });
    const future = '{"schema":99,"assessments":[]}';
    await page.evaluate((v) => localStorage.setItem(KS_KEYS.STATE_KEY, v), future);
    await page.reload();
    await appReady(page);
    await page.getByRole('alert').filter({ hasText: 'nieuwere versie' }).waitFor();
    const kept = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith(KS_KEYS.BACKUP_KEY_PREFIX)).map((k) => localStorage.getItem(k)),
    );
    assert.deepEqual(kept, [future]);
    await done();
  });

  test('blocked storage gets a clear message; the work in memory goes along to the results and back', async () => {
    const { context, problems } = await newWatchedContext(app.browser, { locale: 'en-GB' });
    await context.addInitScript(() => {
      // As with cookies blocked: neither storage can be used.
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      }
    });
    const page = await context.newPage();
    await page.goto(app.url('/'));
    await appReady(page);
    await page.getByRole('alert').filter({ hasText: 'does not allow saving' }).waitFor();
    await startAssessment(page, 'en');
    await levelRadio(page, 0, 4).check();
    await page.getByText(/^1 of \d+ answered overall$/).waitFor();
    await page.getByText('Not saved: see the message at the top.').waitFor();
    // The results are the other module, a page load away: the answer goes along.
    await page.locator('a[href^="/results/"]').first().click();
    await page.locator('.report').waitFor();
    assert.equal(await page.locator('.big-number').innerText(), '75');
    await page.getByRole('alert').filter({ hasText: 'does not allow saving' }).waitFor();
    await page.goBack();
    await page.locator('fieldset.question').first().waitFor();
    assert.ok(await levelRadio(page, 0, 4).isChecked(), 'the answer is still there after going back');
    await context.close();
    assert.deepEqual(problems, []);
  });

  test('a full storage quota gets a clear message and keeps the answer on screen', async () => {
    const { page, done } = await open('/', { locale: 'nl-NL' });
    await startAssessment(page, 'nl');
    await levelRadio(page, 0, 2).check();
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await levelRadio(page, 1, 3).check();
    await page.getByRole('alert').filter({ hasText: 'De opslag van deze browser is vol' }).waitFor();
    assert.ok(await levelRadio(page, 1, 3).isChecked());
    await done();
  });
});
