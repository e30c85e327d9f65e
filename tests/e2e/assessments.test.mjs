// End-to-end: the intro step and several named assessments (rename, keep apart, delete).
import { TEXTS } from '../support/app_data.mjs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from '../support/browser.mjs';
import { assertAxeClean, levelRadio, question, startAssessment, stored, useApp } from '../support/session.mjs';

const app = useApp();

/** Starts an assessment from home and fills in the intro's label. */
async function newNamed(page, label) {
  await page.getByRole('link', { name: 'Klantspiegel' }).click();
  await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
  await page.getByRole('heading', { level: 1, name: 'Over uw organisatie' }).waitFor();
  await page.getByLabel('Naam van deze evaluatie').fill(label);
}

describe('intro step', () => {
  test('label and context are saved as typed and chosen, and survive a reload', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-BE' });
    await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
    await page.getByRole('heading', { level: 1, name: 'Over uw organisatie' }).waitFor();
    await assertAxeClean(page, 'intro page');
    const label = 'Team <b>Noord</b> & "Zuid"';
    await page.getByLabel('Naam van deze evaluatie').fill(label);
    // Revision 3 asks only what it uses: who the customers are (which questions
    // apply), the country (example words) and the size (the plan's owners).
    assert.equal(await page.getByLabel('Sector').count(), 0);
    await page.getByLabel('Klanten').selectOption({ label: 'Bedrijven en organisaties (B2B)' });
    await page.getByLabel('Land').selectOption({ label: 'België' });
    await page.getByLabel('Aantal medewerkers').selectOption({ label: '10 tot 49' });
    const saved = (await stored(page)).assessments[0];
    assert.equal(saved.label, label);
    assert.deepEqual(saved.context, { country: 'be', market: 'b2b', size: 's10_49' });

    await page.reload();
    await appReady(page);
    assert.equal(await page.getByLabel('Naam van deze evaluatie').inputValue(), label);
    assert.equal(await page.getByLabel('Klanten').inputValue(), 'b2b');
    assert.equal(await page.getByLabel('Land').inputValue(), 'be');
    await page.getByLabel('Land').selectOption({ label: 'Niet opgegeven' });
    assert.deepEqual((await stored(page)).assessments[0].context, { market: 'b2b', size: 's10_49' });

    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    // The label is shown as text, never as markup.
    await page.locator('.saved-title', { hasText: label }).waitFor();
    assert.equal(await page.locator('.saved-list b').count(), 0);
    await done();
  });
});

describe('several assessments', () => {
  test('are kept apart, and deleting one asks first and removes only that one', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    await newNamed(page, 'Vestiging Gent');
    await page.getByRole('link', { name: 'Naar de vragen' }).click();
    await levelRadio(page, 0, 2).check();
    await newNamed(page, 'Vestiging Utrecht');
    await page.getByRole('link', { name: 'Naar de vragen' }).click();
    await levelRadio(page, 0, 5).check();

    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    const items = page.locator('.saved-item');
    assert.equal(await items.count(), 2);
    const state = await stored(page);
    const byLabel = Object.fromEntries(state.assessments.map((a) => [a.label, a.answers['vision.written']]));
    assert.deepEqual(byLabel, {
      'Vestiging Gent': { choice: { level: 2 } },
      'Vestiging Utrecht': { choice: { level: 5 } },
    });

    await page.getByRole('button', { name: 'Verwijderen “Vestiging Gent”' }).click();
    await page.getByText('“Vestiging Gent” definitief verwijderen?').waitFor();
    // Focus moves to "cancel" on the next frame.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Annuleren', null, { timeout: 2000 });
    await assertAxeClean(page, 'home asking to confirm a delete');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    assert.equal(await items.count(), 2, 'cancel keeps both');
    assert.equal((await stored(page)).assessments.length, 2);

    await page.getByRole('button', { name: 'Verwijderen “Vestiging Gent”' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.locator('.saved-item', { hasText: 'Vestiging Gent' }).waitFor({ state: 'detached' });
    const left = (await stored(page)).assessments;
    assert.deepEqual(left.map((a) => a.label), ['Vestiging Utrecht']);
    assert.deepEqual(left[0].answers['vision.written'], { choice: { level: 5 } });

    await page.reload();
    await appReady(page);
    assert.equal(await items.count(), 1);
    await page.locator('.saved-title', { hasText: 'Vestiging Utrecht' }).waitFor();
    await done();
  });
});

describe('notes and evidence', () => {
  test('are saved with the answer, survive a reload, and a note alone is not an answer', async () => {
    const { page, done } = await app.open('/', { locale: 'en-GB' });
    await startAssessment(page, 'en');
    await levelRadio(page, 0, 3).check();
    // Customer data and the note are one tap away, closed until opened.
    assert.equal(await question(page, 0).getByLabel('Note (optional)').isVisible(), false);
    await question(page, 0).getByText('Add customer data or a note').click();
    await question(page, 1).getByText('Add customer data or a note').click();
    await question(page, 0).getByLabel('Backed by customer data').check();
    await question(page, 0).getByLabel('Note (optional)').fill('Based on the 2026 <survey> & interviews');
    await question(page, 1).getByLabel('Note (optional)').fill('Ask sales first');
    await page.getByText(/^1 of \d+ answered overall$/).waitFor();
    const answers = (await stored(page)).assessments[0].answers;
    assert.deepEqual(answers['vision.written'], {
      choice: { level: 3 },
      note: 'Based on the 2026 <survey> & interviews',
      evidence: true,
    });
    assert.deepEqual(answers['vision.priority_customers'], { note: 'Ask sales first' });
    await assertAxeClean(page, 'dimension page with notes');

    await page.reload();
    await appReady(page);
    // With something in them they open by themselves; an empty one stays closed.
    assert.equal(await question(page, 2).getByLabel('Note (optional)').isVisible(), false);
    assert.ok(await question(page, 0).getByLabel('Backed by customer data').isChecked());
    assert.equal(await question(page, 0).getByLabel('Note (optional)').inputValue(), 'Based on the 2026 <survey> & interviews');
    assert.equal(await question(page, 1).getByLabel('Note (optional)').inputValue(), 'Ask sales first');
    await question(page, 0).getByLabel('Backed by customer data').uncheck();
    assert.equal((await stored(page)).assessments[0].answers['vision.written'].evidence, undefined);
    await done();
  });
});
