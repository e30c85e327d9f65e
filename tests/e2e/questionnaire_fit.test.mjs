// End-to-end: revision 5 of the questionnaire as a respondent meets it. Business-only
// questions are marked not applicable for a consumers-only company (and can still be
// answered); answering pages show behaviours only, no level numbers or stage names;
// revision-1 and revision-2 assessments kept in the browser open after the upgrade
// and say what is new.
import { TEXTS } from '../support/app_data.mjs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from '../support/browser.mjs';
import { questionnaire } from '../support/fill.mjs';
import { assertAxeClean, stored, useApp } from '../support/session.mjs';

const app = useApp();
const businessOnly = questionnaire.dimensions.flatMap((d) => d.questions.filter((q) => q.business_only).map((q) => [d, q]));

describe('questions that fit the company', () => {
  test('a consumers-only company sees business-only questions marked not applicable, and can still answer them', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
    await page.getByLabel('Klanten').selectOption('b2c');
    const assessment = page.url().split('/').pop();
    assert.ok(businessOnly.length >= 2);
    for (const [dimension, question] of businessOnly) {
      await page.goto(app.url(`/assessment/${assessment}/${dimension.id}`));
      const set = page.locator(`[id="question-${question.id}"]`);
      await set.waitFor();
      await set.getByText('Staat op ‘niet van toepassing’ omdat u alleen consumenten bedient.').waitFor();
      assert.ok(await set.getByRole('radio', { name: 'Niet van toepassing' }).isChecked());
    }
    await assertAxeClean(page, 'a theme with a question not applicable by default');
    // Nothing was written for them, and they count as answered.
    assert.deepEqual((await stored(page)).assessments[0].answers, {});
    // Still answerable: the note goes, the choice is saved.
    const [, last] = businessOnly.at(-1);
    const set = page.locator(`[id="question-${last.id}"]`);
    await set.locator('.levels input[type=radio]').nth(2).check();
    await assert.rejects(set.locator('.na-default').waitFor({ timeout: 1000 }));
    assert.deepEqual((await stored(page)).assessments[0].answers[last.id].choice, { level: 3 });
    // A business company sees them open.
    await page.goto(app.url(`/assessment/${assessment}`));
    await page.getByLabel('Klanten').selectOption('b2b');
    const [dimension, first] = businessOnly[0];
    await page.goto(app.url(`/assessment/${assessment}/${dimension.id}`));
    await page.locator(`[id="question-${first.id}"]`).waitFor();
    assert.equal(await page.locator('.na-default').count(), 0);
    assert.ok(!(await page.locator(`[id="question-${first.id}"]`).getByRole('radio', { name: 'Niet van toepassing' }).isChecked()));
    await done();
  });

  test('the country decides the example words where the Netherlands and Belgium differ', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-BE' });
    await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
    const assessment = page.url().split('/').pop();
    const stem = page.locator('[id="question-digital.inclusion"] legend');
    for (const [country, word, not] of [['be', 'itsme', 'DigiD'], ['nl', 'DigiD', 'itsme'], ['', 'DigiD of itsme', '{eid}']]) {
      await page.goto(app.url(`/assessment/${assessment}`));
      await page.getByLabel('Land').selectOption(country);
      await page.goto(app.url(`/assessment/${assessment}/digital`));
      const text = await stem.innerText();
      assert.ok(text.includes(word), `${country}: ${text}`);
      if (country) assert.ok(!text.includes(not), `${country}: ${text}`);
    }
    await done();
  });

  test('answering pages show the behaviour only: no level number, no level or stage name', async () => {
    for (const locale of ['nl-NL', 'en-GB']) {
      const { page, done } = await app.open('/', { locale });
      await page.locator('.hero button').click();
      await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
      const names = questionnaire.level_names.map((n) => n[locale.slice(0, 2)]);
      for (const dimension of questionnaire.dimensions) {
        await page.goto(page.url().replace(/(\/assessment\/[a-z0-9]+).*$/, `$1/${dimension.id}`));
        await page.locator('fieldset.question').first().waitFor();
        const titles = await page.locator('.levels .option-title').allInnerTexts();
        assert.equal(titles.length, dimension.questions.length * 5);
        for (const title of titles) {
          assert.doesNotMatch(title, /^\s*[1-5]\b/, `${dimension.id}: ${title}`);
          assert.ok(!names.some((n) => title.startsWith(n)), `${dimension.id}: ${title}`);
        }
        const main = await page.locator('.step-main').innerText();
        assert.doesNotMatch(main, /\b(Fase|Stage) [1-5]\b/, `${dimension.id} names a stage`);
        assert.ok(!names.some((n) => new RegExp(`\\b${n}\\b`).test(main)), `${dimension.id} names a level`);
        await page.getByText(locale === 'nl-NL' ? 'Kies per vraag het hoogste niveau dat volledig past.' : 'For each question, choose the highest level that fully fits.').waitFor();
      }
      await done();
    }
  });
});

describe('upgrade from revision 1', () => {
  test('an assessment kept in revision 1 opens, keeps every answer and says what is new', async () => {
    const { page, done } = await app.open('/', { locale: 'en-GB' });
    const old = {
      schema: 2,
      assessments: [{
        id: 'old1', label: 'Last spring', created_ms: 1700000000000, updated_ms: 1700000000000,
        questionnaire: 'klantspiegel', revision: 1,
        context: { sector: 'retail', market: 'b2c', country: 'nl', size: 'medium' },
        answers: {
          'vision.written': { choice: { level: 3 } },
          'listening.methods': { choice: { level: 2 }, evidence: true, note: 'panel' },
          'value.horizon': { choice: { level: 4 } },
        },
        signals: { nps_goal: true, survey_spam: true },
      }],
    };
    await page.evaluate((s) => localStorage.setItem(KS_KEYS.STATE_KEY, JSON.stringify(s)), old);
    await page.reload();
    await appReady(page);
    await page.getByText('Updated from revision 1 to the new questionnaire: 11 new questions and 10 new statements.').waitFor();
    await assertAxeClean(page, 'home with an upgraded assessment');

    await page.getByRole('link', { name: 'Results' }).click();
    const note = await page.locator('.upgraded').innerText();
    assert.match(note, /began on revision 1/);
    assert.match(note, /2 answers carried over/);
    assert.match(note, /1 answer to questions no longer asked is kept without counting/);
    assert.match(await page.locator('.report-meta').innerText(), /revision 5/);
    await assertAxeClean(page, 'results of an upgraded assessment');
    // No style answers yet: no profile, how many statements it takes, and a way there.
    await page.getByText('No profile yet: answer 6 more statements in the step ‘How you go about it’.').waitFor();
    await page.getByRole('link', { name: 'Go to ‘How you go about it’' }).click();
    await page.getByRole('heading', { level: 1, name: 'How you go about it' }).waitFor();

    // A new question is marked as new until it is answered.
    await page.goto(app.url('/assessment/old1/digital'));
    const fresh = page.locator('[id="question-digital.inclusion"]');
    await fresh.locator('legend .tag', { hasText: 'New' }).waitFor();
    await fresh.locator('.levels input[type=radio]').first().check();
    await assert.rejects(fresh.locator('legend .tag').waitFor({ timeout: 1000 }));
    const saved = (await stored(page)).assessments[0];
    assert.equal(saved.revision, 5);
    assert.equal(saved.upgraded_from, 1);
    // Revision 1's size band carries over to revision 5's.
    assert.equal(saved.context.size, 's50_249');
    // Answers to removed questions and old context stay in the record.
    assert.deepEqual(saved.answers['value.horizon'].choice, { level: 4 });
    assert.equal(saved.answers['listening.methods'].note, 'panel');
    assert.equal(saved.context.sector, 'retail');
    await done();
  });

  test('an assessment kept in revision 2 keeps its answers; its old statements no longer count and the new ones are marked new', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    const old = {
      schema: 2,
      assessments: [{
        id: 'old2', label: 'Vorige versie', created_ms: 1750000000000, updated_ms: 1750000000000,
        questionnaire: 'klantspiegel', revision: 2,
        context: { market: 'b2c', country: 'be' },
        answers: {
          'vision.written': { choice: { level: 4 } },
          'experimenting.stop': { choice: { level: 2 } },
          'style.pace': { choice: { level: 3 } },
          'style.words': { choice: { level: 1 } },
        },
        signals: { nps_goal: false, wait_for_competitors: true },
      }],
    };
    await page.evaluate((s) => localStorage.setItem(KS_KEYS.STATE_KEY, JSON.stringify(s)), old);
    await page.reload();
    await appReady(page);
    await page.getByText('Bijgewerkt van revisie 2 naar de nieuwe vragenlijst: 6 nieuwe vragen en 10 nieuwe stellingen.').waitFor();
    await page.getByRole('link', { name: 'Resultaten' }).click();
    await page.locator('section.profile').waitFor();
    // The revision-2 statements are kept in the record but make no profile.
    await page.getByText('Nog geen profiel: beantwoord nog 6 stellingen in de stap ‘Hoe u te werk gaat’.').waitFor();
    assert.match(await page.locator('.report-meta').innerText(), /revisie 5/);
    await page.goto(app.url('/assessment/old2/style'));
    const statements = page.locator('fieldset.style-item');
    await statements.first().waitFor();
    assert.equal(await statements.locator('legend .tag', { hasText: 'Nieuw' }).count(), questionnaire.style_items.length);
    await assertAxeClean(page, 'the statements of an upgraded assessment');
    const saved = (await stored(page)).assessments[0];
    assert.equal(saved.revision, 5);
    assert.deepEqual(saved.answers['vision.written'].choice, { level: 4 });
    assert.deepEqual(saved.answers['style.pace'].choice, { level: 3 });
    await done();
  });
});
