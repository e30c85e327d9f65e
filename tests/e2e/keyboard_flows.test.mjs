// End-to-end: every flow besides answering (keyboard.test.mjs) done with the keyboard
// alone: keeping a shared result, sharing, printing, the backup reminder, export,
// import, comparing, deleting, the language, the team view, data kept aside, and the
// extras of a question. Focus must stay visible and land somewhere sensible after a
// control disappears.
import { TEXTS } from '../support/app_data.mjs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appReady } from '../support/browser.mjs';
import { activate, openFileChooser, tabTo } from '../support/keyboard.mjs';
import { assertAxeClean, stored, useApp } from '../support/session.mjs';

const app = useApp();
const OUT = fileURLToPath(new URL('../output', import.meta.url));
// Golden links from src/domain/share/golden_tests.rs: a complete revision-5 assessment, and
// a revision-1 one with a label.
const COMPLETE = 'AgUpylOUpylOUpylOUpylOUpymSSSSSSSSnCnCmZnoD0G1z0';
const LABELLED = 'AQABwAAAAAAAAAAAAAAAAAAAAAAACA1UZWFtIEdlbnQg4pyTPril2g';

/** Waits until the element with this id has the focus (focus moves in the next frame). */
const focusOn = (page, id) =>
  page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 5000 });

/** Activates a button with Enter and returns the file it downloads. */
async function downloadWith(page, text) {
  const [file] = await Promise.all([page.waitForEvent('download'), activate(page, 'button', text)]);
  return { name: file.suggestedFilename(), path: await file.path() };
}

describe('keyboard only, every other flow', () => {
  test('keep a shared result, share, print, export, import, compare, delete, switch language', async () => {
    mkdirSync(OUT, { recursive: true });
    const { page, context, done } = await app.open(`/share#${COMPLETE}`, { locale: 'nl-NL', acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => {
      window.printed = 0;
      window.print = () => { window.printed += 1; };
    });

    // Keep the shared result: the confirmation takes the focus, as does cancel's way back.
    await activate(page, 'button', 'Kopie bewaren in deze browser');
    await page.locator('#save-copy-yes').waitFor();
    await focusOn(page, 'save-copy-yes');
    await assertAxeClean(page, 'a shared result asking to keep a copy');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#save-copy').waitFor();
    await focusOn(page, 'save-copy');
    await page.keyboard.press('Enter');
    await page.locator('#save-copy-yes').waitFor();
    await focusOn(page, 'save-copy-yes');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/results\/[a-z0-9]+$/);
    assert.equal((await stored(page)).assessments.length, 1);

    // Results: an archetype overlay, copying the share link, printing.
    await page.locator('.radar .chart-svg svg').waitFor();
    await tabTo(page, '.overlays input[type=checkbox]');
    const wasChecked = await page.evaluate(() => document.activeElement.checked);
    await page.keyboard.press('Space');
    assert.equal(await page.evaluate(() => document.activeElement.checked), !wasChecked, 'Space toggles an overlay');
    await activate(page, 'button', 'Link kopiëren');
    await page.locator('.copy-status').getByText('De link is gekopieerd.').waitFor();
    const link = await page.locator('#share-link').inputValue();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    assert.ok(link.endsWith(`#${COMPLETE}`), 'the kept copy shares the same result');
    await activate(page, 'button', 'Rapport afdrukken');
    assert.equal(await page.evaluate(() => window.printed), 1, 'Enter on the print button prints');

    // Home: the reminder is quieted; on the backup page a JSON and a CSV file are downloaded.
    await activate(page, 'a.brand', 'Klantspiegel');
    await page.locator('#saved-title').waitFor();
    await activate(page, 'button', 'Herinner me later');
    await page.locator('.reminder').waitFor({ state: 'detached' });
    await activate(page, 'a', 'Back-up, import en CSV');
    await page.locator('#backup-title').waitFor();
    const json = await downloadWith(page, 'Back-up downloaden (JSON)');
    assert.match(json.name, /\.json$/);
    const csv = await downloadWith(page, 'Downloaden als spreadsheet (CSV)');
    assert.match(csv.name, /\.csv$/);

    // Import the backup again, keeping both: the file chooser opens from the keyboard.
    await tabTo(page, '#import-file');
    const chooser = await openFileChooser(page);
    await chooser.setFiles(json.path);
    await page.getByText('Dit bestand bevat geen nieuwe evaluaties. 1 evaluatie uit dit bestand staat al in deze browser.').waitFor();
    await tabTo(page, 'input[name=on-conflict]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.locator('input[name=on-conflict]').first().isChecked(), true, 'keep both is chosen');
    await activate(page, 'button', 'Terugzetten');
    await page.getByText('1 evaluatie teruggezet.').waitFor();
    assert.equal((await stored(page)).assessments.length, 2);

    // Compare the two; the choice is made with arrow keys in the select.
    await activate(page, 'a', 'Terug naar start');
    await page.locator('#saved-title').waitFor();
    await activate(page, 'a', 'Twee evaluaties vergelijken');
    await page.waitForURL(/\/compare/);
    await page.locator('#compare-table-title').waitFor();
    await tabTo(page, '#compare-before');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/\/compare\?before=/);
    const twice = new URL(page.url()).searchParams;
    assert.equal(twice.get('before'), twice.get('after'), 'the second option is the later one');
    await page.locator('.notice-inline').waitFor();
    await focusOn(page, 'compare-before');
    await assertAxeClean(page, 'the comparison of one assessment with itself');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => {
      const q = new URLSearchParams(location.search);
      return q.get('before') !== q.get('after');
    });
    await page.locator('#compare-table-title').waitFor();
    await focusOn(page, 'compare-before');
    await assertAxeClean(page, 'the comparison, chosen by keyboard');

    // Delete one: the confirmation takes the focus (on "cancel", the safe choice).
    await activate(page, 'a.brand', 'Klantspiegel');
    await page.locator('#saved-title').waitFor();
    await activate(page, '.saved-actions button', 'Verwijderen');
    await page.locator('#confirm-cancel').waitFor();
    await focusOn(page, 'confirm-cancel');
    await tabTo(page, 'button.danger', { back: true, max: 2 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 1);
    await focusOn(page, 'saved-title');
    assert.equal((await stored(page)).assessments.length, 1);

    // The language switch.
    await activate(page, '.language-switch button', 'English');
    await page.getByRole('button', { name: TEXTS.en.common.start_new }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await done();
  });

  test('team view, data kept aside, and a question’s extras', async () => {
    const { page, done } = await app.open('/team', { locale: 'nl-NL', acceptDownloads: true });
    const url = (payload) => app.url(`/share#${payload}`);

    // Two links typed into the field, one removed again.
    await tabTo(page, '#team-links');
    await page.keyboard.type(url(COMPLETE));
    await page.keyboard.press('Enter');
    await page.keyboard.type(url(LABELLED));
    await activate(page, 'button[type=submit]', 'Toevoegen');
    await page.getByRole('heading', { level: 2, name: '2 deelnemers' }).waitFor();
    await activate(page, '.respondents button', 'Verwijderen');
    await page.getByRole('heading', { level: 2, name: '1 deelnemers' }).or(page.getByRole('heading', { level: 2, name: '1 deelnemer' })).waitFor();
    await focusOn(page, 'respondents-title');
    assert.deepEqual(await page.locator('.respondents .name').allInnerTexts(), ['Team Gent ✓']);

    // Unreadable data is kept aside; download and remove it.
    await page.evaluate(() => localStorage.setItem(KS_KEYS.STATE_KEY, '{kapot'));
    await page.goto(app.url('/'));
    await appReady(page);
    await page.locator('#kept-title').waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), activate(page, '.kept-list button', 'Downloaden')]);
    assert.equal(file.suggestedFilename().endsWith('.txt'), true);
    await activate(page, '.kept-list button.link-button', 'Verwijderen');
    await page.waitForFunction(() => document.activeElement?.matches('.kept-list button.danger'), null, { timeout: 5000 });
    assert.equal(await page.evaluate(() => document.activeElement.textContent.trim()), 'Ja, definitief verwijderen');
    await assertAxeClean(page, 'home asking to remove data kept aside');
    await page.keyboard.press('Enter');
    await page.locator('#kept-title').waitFor({ state: 'detached' });
    await focusOn(page, 'saved-title');

    // A new assessment: jump to theme 5 in the step list, answer, clear, evidence, note.
    await activate(page, 'button', TEXTS.nl.common.start_new);
    await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
    await tabTo(page, '.step-list li:nth-child(6) a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/assessment\/[a-z0-9]+\/.+/);
    await page.locator('fieldset.question').first().waitFor();
    await focusOn(page, 'step-title');
    const first = await page.locator('fieldset.question').first().getAttribute('id');
    const qid = first.replace(/^question-/, '');
    await tabTo(page, `[id="${first}"] input[type=radio]`);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    assert.deepEqual((await stored(page)).assessments[0].answers[qid].choice, { level: 2 });
    await tabTo(page, `[id="${first}"] summary`);
    await page.keyboard.press('Enter');
    await tabTo(page, `[id="${first}"] input[type=checkbox]`);
    await page.keyboard.press('Space');
    await tabTo(page, `[id="${first}"] textarea`);
    await page.keyboard.type('Gemeten in mei');
    await tabTo(page, `[id="${first}"] button`, { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (id) => !JSON.parse(localStorage.getItem(KS_KEYS.STATE_KEY)).assessments[0].answers[id]?.choice,
      qid,
    );
    const kept = (await stored(page)).assessments[0].answers[qid];
    assert.equal(kept?.note, 'Gemeten in mei', 'clearing the answer keeps the note');
    await assertAxeClean(page, 'a theme after keyboard use');
    await done();
  });
});
