// End-to-end: export to a file, clear the browser, import it back and get the same
// results; CSV is safe for spreadsheets; odd files change nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appReady } from '../support/browser.mjs';
import { DRUK_BV } from '../support/app_data.mjs';
import { fillIn } from '../support/fill.mjs';
import { assertAxeClean, openBackup, stored, useApp } from '../support/session.mjs';

const app = useApp();
const OUT = fileURLToPath(new URL('../output', import.meta.url));
const headline = async (page) => [
  await page.locator('.big-number').innerText(),
  await page.locator('.stage-value').innerText(),
  await page.locator('.profile-name').innerText(),
];

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

describe('export and import', () => {
  test('export, clear the browser, import: the same results; conflicts ask; odd files change nothing', async () => {
    mkdirSync(OUT, { recursive: true });
    const { page, done } = await app.open('/', { locale: 'nl-NL', acceptDownloads: true });
    await fillIn(page, { ...DRUK_BV, label: '=Druk BV', yes: ['nps_goal'] });
    const before = await headline(page);
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await openBackup(page);

    const json = await download(page, 'Back-up downloaden (JSON)');
    assert.match(json.name, /^klantspiegel-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(json.text);
    assert.equal(file.format, 'klantspiegel-export');
    assert.equal(file.assessments.length, 1);
    const csv = await download(page, 'Downloaden als spreadsheet (CSV)');
    assert.ok(csv.text.startsWith('\ufeffEvaluatie;Soort;Thema'));
    assert.ok(csv.text.includes("\r\n'=Druk BV;antwoord;"), 'a label starting with = cannot run as a formula');
    assert.ok(!/(^|;)=/m.test(csv.text.replace(/^\ufeff/, '')), 'no cell starts with =');

    const backup = `${OUT}/backup.json`;
    writeFileSync(backup, json.text);
    await page.evaluate(() => localStorage.clear());
    await page.goto(app.url('/'));
    await appReady(page);
    await page.getByText('U hebt nog geen evaluaties in deze browser.').waitFor();
    await openBackup(page);

    await page.getByLabel('Back-up terugzetten (JSON-bestand)').setInputFiles(backup);
    await page.getByText('Dit bestand bevat 1 nieuwe evaluatie.').waitFor();
    await assertAxeClean(page, 'the backup page with an import preview');
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page.getByText('1 evaluatie teruggezet.').waitFor();
    await page.getByRole('link', { name: 'Terug naar start' }).click();
    await page.getByRole('link', { name: 'Resultaten' }).click();
    assert.deepEqual(await headline(page), before);

    // The same file again: it conflicts, and "keep both" makes a copy.
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await openBackup(page);
    await page.getByLabel('Back-up terugzetten (JSON-bestand)').setInputFiles(backup);
    await page.getByText('Dit bestand bevat geen nieuwe evaluaties. 1 evaluatie uit dit bestand staat al in deze browser.').waitFor();
    assert.ok(await page.getByRole('radio', { name: 'Beide bewaren (die uit het bestand als kopie)' }).isChecked());
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page.getByText('1 evaluatie teruggezet.').waitFor();
    assert.equal((await stored(page)).assessments.length, 2);

    // Changed here after the file was made: replacing would undo that, and the
    // preview says so; the next file starts again from "keep both".
    await page.evaluate(() => {
      const state = JSON.parse(localStorage.getItem(KS_KEYS.STATE_KEY));
      for (const a of state.assessments) a.updated_ms += 60000;
      localStorage.setItem(KS_KEYS.STATE_KEY, JSON.stringify(state));
    });
    await page.reload();
    await page.getByLabel('Back-up terugzetten (JSON-bestand)').setInputFiles(backup);
    await page.getByText('Let op: 1 van deze evaluaties is in deze browser gewijzigd na het maken van dit bestand.', { exact: false }).waitFor();
    await page.getByRole('radio', { name: 'Vervangen door die uit het bestand' }).check();
    await page.getByLabel('Back-up terugzetten (JSON-bestand)').setInputFiles(backup);
    await page.waitForFunction(() => document.querySelector('input[name=on-conflict]')?.checked === true);
    assert.ok(await page.getByRole('radio', { name: 'Beide bewaren (die uit het bestand als kopie)' }).isChecked());

    // Odd files: a clear message, nothing changed.
    const saved = await page.evaluate(() => localStorage.getItem(KS_KEYS.STATE_KEY));
    for (const [content, message] of [
      ['hello', 'Dit bestand is geen back-up van Klantspiegel (het is geen JSON). Er is niets veranderd.'],
      ['{"schema":1,"assessments":[]}', 'Dit bestand is geen back-up van Klantspiegel. Er is niets veranderd.'],
      ['{"format":"klantspiegel-export","version":9,"assessments":[]}', 'Deze back-up komt uit een nieuwere versie'],
    ]) {
      const odd = `${OUT}/odd.json`;
      writeFileSync(odd, content);
      await page.getByLabel('Back-up terugzetten (JSON-bestand)').setInputFiles(odd);
      await page.locator('.import-message', { hasText: message }).waitFor({ timeout: 5000 }).catch(async (e) => {
        throw new Error(`${message} not shown; shown: ${await page.locator('.import-message').innerText()}`);
      });
      assert.equal(await page.evaluate(() => localStorage.getItem(KS_KEYS.STATE_KEY)), saved);
    }

    // A backup with one damaged assessment: the preview says so, the others restore.
    const exported = JSON.parse(readFileSync(backup, 'utf8'));
    const good = { ...exported.assessments[0], id: 'heel', label: 'Heel' };
    const broken = { ...exported.assessments[0], id: 'kapot', created_ms: 'gisteren' };
    const half = `${OUT}/half.json`;
    writeFileSync(half, JSON.stringify({ ...exported, assessments: [good, broken] }));
    await page.getByLabel('Back-up terugzetten (JSON-bestand)').setInputFiles(half);
    await page.getByText('1 evaluatie in dit bestand is beschadigd of bewerkt en wordt niet teruggezet.').waitFor();
    await page.getByText('Dit bestand bevat 1 nieuwe evaluatie.').waitFor();
    await assertAxeClean(page, 'an import preview with a damaged assessment');
    await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await page.getByText('1 evaluatie teruggezet.').waitFor();
    const labels = (await stored(page)).assessments.map((a) => a.label);
    assert.equal(labels.length, 3);
    assert.ok(labels.includes('Heel') && !labels.includes(''), labels.join());
    await done();
  });
});
