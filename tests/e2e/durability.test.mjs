// End-to-end: nothing is lost. Unreadable or newer data is kept aside, the user is
// told and can download it; a full storage is reported while the work stays on the
// page and can be downloaded; two pages editing one assessment lose nothing.
import { KEYS, TEXTS } from '../support/app_data.mjs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appReady } from '../support/browser.mjs';
import { tabTo } from '../support/keyboard.mjs';
import { assertAxeClean, levelRadio, question, startAssessment, stored, useApp } from '../support/session.mjs';

const app = useApp();
const KEY = KEYS.STATE_KEY;
const kept = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith(KS_KEYS.BACKUP_KEY_PREFIX))
      .map((k) => localStorage.getItem(k)),
  );

/** Polls `check` until it holds (the pages talk through storage events). */
async function until(check, what) {
  for (let i = 0; i < 100; i += 1) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`never happened: ${what}`);
}

async function download(page, locator) {
  const [file] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return readFileSync(await file.path(), 'utf8');
}

const UNREADABLE = 'Opgeslagen gegevens in deze browser waren onleesbaar.';
const NEWER = 'Opgeslagen gegevens komen van een nieuwere versie van Klantspiegel.';
const PARTLY = 'Sommige evaluaties in deze browser konden niet worden gelezen; de overige zijn gewoon beschikbaar.';
const GOOD = '{"id":"good","label":"Noord","created_ms":1,"updated_ms":1,"questionnaire":"klantspiegel","revision":2}';
// What storage holds, the message, and the assessments that can still be read.
const CORRUPTIONS = [
  ['cut-off JSON', '{"schema":2,"assessments":[{"id":"a","label":"Noo', UNREADABLE, []],
  ['not JSON at all', 'hallo wereld', UNREADABLE, []],
  ['the wrong shape', '{"schema":2,"assessments":"alles"}', UNREADABLE, []],
  ['an impossible answer', '{"schema":2,"assessments":[{"id":"a","created_ms":1,"updated_ms":1,"questionnaire":"klantspiegel","revision":1,"answers":{"vision.written":{"choice":{"level":9}}}}]}', UNREADABLE, []],
  ['one damaged assessment beside a good one', `{"schema":2,"assessments":[${GOOD},{"id":"bad","created_ms":"gisteren"}]}`, PARTLY, ['Noord']],
  ['the same id twice', `{"schema":2,"assessments":[${GOOD},${GOOD.replace('Noord', 'Zuid')}]}`, PARTLY, ['Noord']],
  ['a newer schema', '{"schema":9,"assessments":[],"future":true}', NEWER, []],
];

describe('durability', () => {
  for (const [what, raw, message, readable] of CORRUPTIONS) {
    test(`storage holding ${what} is kept aside, reported and downloadable`, async () => {
      const { page, done } = await app.open('/', { locale: 'nl-NL', acceptDownloads: true });
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, raw]);
      await page.reload();
      await appReady(page);
      await page.getByRole('alert').getByText(message).waitFor();
      assert.deepEqual(await kept(page), [raw], 'the data is kept aside, unchanged');
      assert.deepEqual(await page.locator('.saved-title').allInnerTexts(), readable, 'what can be read is listed');
      const section = page.locator('.kept-aside');
      assert.equal(await download(page, section.getByRole('button', { name: 'Downloaden' })), raw);
      await assertAxeClean(page, `home after ${what}`);

      // Reloading keeps one copy aside, not one per visit; what could be read
      // is what storage now holds, so the next visit starts without the alarm
      // (data of a newer version stays in place and is reported again).
      await page.reload();
      await appReady(page);
      assert.deepEqual(await kept(page), [raw], 'still one copy kept aside');
      assert.deepEqual(await page.locator('.saved-title').allInnerTexts(), readable);
      const alarms = await page.getByRole('alert').filter({ hasText: message }).count();
      assert.equal(alarms, message === NEWER ? 1 : 0);
      if (alarms) {
        // A notice that only reports can be closed; focus goes to the page.
        await page.getByRole('button', { name: TEXTS.nl.device.notice_dismiss }).click();
        await page.getByRole('alert').filter({ hasText: message }).waitFor({ state: 'detached' });
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
      }

      // Working on does not touch what was kept aside.
      await startAssessment(page, 'nl');
      await levelRadio(page, 0, 3).check();
      assert.equal((await stored(page)).assessments.length, readable.length + 1);
      await page.reload();
      await appReady(page);
      assert.deepEqual(await kept(page), [raw]);

      // Removing it takes a second yes.
      await page.getByRole('link', { name: 'Klantspiegel' }).click();
      await section.getByRole('button', { name: 'Verwijderen' }).click();
      assert.deepEqual(await kept(page), [raw]);
      await section.getByRole('button', { name: 'Ja, definitief verwijderen' }).click();
      await section.waitFor({ state: 'detached' });
      assert.deepEqual(await kept(page), []);
      await done();
    });
  }

  test('a full storage is reported; the answer stays on the page, downloads, and saves once there is room', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL', acceptDownloads: true });
    await startAssessment(page, 'nl');
    await levelRadio(page, 0, 2).check();
    // Fill the quota to the last character.
    const filler = await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        for (;;) {
          try {
            localStorage.setItem(`filler.${n}`, 'x'.repeat(size));
            n += 1;
          } catch {
            break;
          }
        }
      }
      return n;
    });
    assert.ok(filler > 0);
    await levelRadio(page, 1, 4).check();
    const alert = page.getByRole('alert');
    await alert.getByText('De opslag van deze browser is vol.').waitFor();
    assert.ok(await levelRadio(page, 1, 4).isChecked(), 'the answer stays on the page');
    assert.equal(Object.keys((await stored(page)).assessments[0].answers).length, 1);
    // The notice's download is reached from the answer with the keyboard (Shift+Tab).
    await levelRadio(page, 1, 4).focus();
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await tabTo(page, '.notice button', { text: 'Evaluaties downloaden (JSON)', back: true });
        await page.keyboard.press('Enter');
      })(),
    ]);
    const file = JSON.parse(readFileSync(await saved.path(), 'utf8'));
    assert.equal(Object.keys(file.assessments[0].answers).length, 2, 'the download holds the unsaved answer');
    await assertAxeClean(page, 'a theme with the storage-full notice');

    await page.evaluate((n) => {
      for (let i = 0; i < n; i += 1) localStorage.removeItem(`filler.${i}`);
    }, filler);
    await levelRadio(page, 2, 5).check();
    await alert.waitFor({ state: 'detached' });
    assert.equal(Object.keys((await stored(page)).assessments[0].answers).length, 3);
    await done();
  });

  test('the backup reminder comes once something is answered, and "later" or a backup quiets it', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL', acceptDownloads: true });
    const reminder = page.locator('.reminder');
    await startAssessment(page, 'nl');
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    assert.equal(await reminder.count(), 0, 'nothing answered yet');
    await page.goBack();
    await levelRadio(page, 0, 3).check();
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await reminder.getByText('Uw evaluaties staan alleen in deze browser.').waitFor();
    await reminder.getByRole('button', { name: 'Herinner me later' }).click();
    await reminder.waitFor({ state: 'detached' });
    await page.reload();
    await appReady(page);
    assert.equal(await reminder.count(), 0, 'still quiet after a reload');
    // Two weeks later it is back; a backup quiets it again.
    await page.evaluate(() => {
      const memo = JSON.parse(localStorage.getItem(KS_KEYS.REMINDER_KEY));
      memo.last_later_ms -= 15 * 24 * 3600 * 1000;
      localStorage.setItem(KS_KEYS.REMINDER_KEY, JSON.stringify(memo));
    });
    await page.reload();
    await appReady(page);
    const file = JSON.parse(await download(page, reminder.getByRole('button', { name: 'Back-up downloaden' })));
    assert.equal(file.assessments.length, 1);
    await reminder.waitFor({ state: 'detached' });
    await assertAxeClean(page, 'home after a backup');
    await done();
  });

  test('two pages editing the same assessment lose nothing, even when one writes stale data', async () => {
    const { page: a, context, done } = await app.open('/', { locale: 'nl-NL' });
    await startAssessment(a, 'nl');
    const b = await context.newPage();
    await b.goto(a.url());
    await appReady(b);
    await question(b, 0).waitFor();
    const before = await a.evaluate((k) => localStorage.getItem(k), KEY);

    await levelRadio(a, 0, 2).check();
    await levelRadio(b, 1, 3).check();
    await levelRadio(a, 2, 4).check();
    // The other page shows what this one did, and a later change wins.
    await b.waitForFunction(() => document.querySelectorAll('fieldset.question input:checked').length === 3);
    await levelRadio(b, 0, 5).check();
    await until(() => levelRadio(a, 0, 5).isChecked(), 'the other page shows the later change');

    // A tab that missed everything writes its stale copy over the top.
    await b.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, before]);
    await a.waitForFunction((k) => Object.keys(JSON.parse(localStorage.getItem(k)).assessments[0].answers).length === 3, KEY);
    const answers = (await stored(a)).assessments[0].answers;
    assert.deepEqual(
      Object.values(answers).map((x) => x.choice.level).sort(),
      [3, 4, 5],
    );
    for (const page of [a, b]) {
      await page.reload();
      await appReady(page);
      await question(page, 0).waitFor();
      assert.ok(await levelRadio(page, 0, 5).isChecked());
      assert.ok(await levelRadio(page, 1, 3).isChecked());
      assert.ok(await levelRadio(page, 2, 4).isChecked());
    }
    await done();
  });
});
