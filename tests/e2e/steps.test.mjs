// End-to-end: moving between steps (step list, what is still open), the signals,
// and the answering pages on a 375 px phone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from '../support/browser.mjs';
import { assertAxeClean, levelRadio, startAssessment, stored, useApp } from '../support/session.mjs';
import { questionnaire } from '../support/app_data.mjs';

const app = useApp();
const focusedFieldset = (page) => page.evaluate(() => document.activeElement?.closest('fieldset')?.id ?? null);

describe('step list and what is still open', () => {
  test('jump to any theme, and an open question link puts focus on that question', async () => {
    const { page, done } = await app.open('/', { locale: 'en-GB' });
    await startAssessment(page, 'en');
    await levelRadio(page, 0, 3).check();
    const steps = page.getByRole('navigation', { name: 'All steps' });
    const followup = questionnaire.dimensions.find((d) => d.id === 'followup');
    const title = followup.title.en;
    const total = questionnaire.dimensions.reduce((n, d) => n + d.questions.length, 0);
    await steps.getByRole('link', { name: new RegExp(`^${title}\\s*,\\s*0 of ${followup.questions.length} answered$`) }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    assert.equal(await steps.locator('li.current').innerText().then((s) => s.includes(title)), true);
    // Focus moves to the new step's title on the next frame.
    await page.waitForFunction(() => document.activeElement?.id === 'step-title', null, { timeout: 2000 });
    assert.match(await steps.getByRole('link', { name: /^Customer vision and strategy/ }).innerText(), /1 of 4 answered/);

    await steps.getByRole('link', { name: /^Signals: overdoing it or holding back/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Signals: overdoing it or holding back' }).waitFor();
    // Every question but one, every statement and every signal is still open.
    const missing = total - 1 + questionnaire.style_items.length + questionnaire.signals.length;
    await page.getByText(`${missing} answers are still missing.`).waitFor();
    await page.locator('.open-list').getByText(`‘How you go about it’: ${questionnaire.style_items.length} statements`).waitFor();
    await assertAxeClean(page, 'signals page with open questions');

    const analysis = followup.questions.find((q) => q.id === 'followup.complaint_analysis');
    const open = page.locator('.open-list a', { hasText: analysis.text.en });
    await open.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const target = new URL(page.url()).hash.slice(1);
    assert.match(target, /^question-/);
    await page.waitForFunction((id) => document.activeElement?.closest('fieldset')?.id === id, target);
    assert.equal(await focusedFieldset(page), target);
    await done();
  });

  test('signal answers are saved at once, can be cleared, and survive a reload', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    await startAssessment(page, 'nl');
    await page.getByRole('navigation', { name: 'Alle stappen' }).getByRole('link', { name: /^Signalen: doorschieten of afwachten/ }).click();
    const first = page.locator('fieldset.signal').first();
    const second = page.locator('fieldset.signal').nth(1);
    await first.getByRole('radio', { name: 'Ja' }).check();
    await second.getByRole('radio', { name: 'Nee' }).check();
    const ids = await page.locator('fieldset.signal').evaluateAll((s) => s.slice(0, 2).map((f) => f.id.slice('signal-'.length)));
    assert.deepEqual((await stored(page)).assessments[0].signals, { [ids[0]]: true, [ids[1]]: false });

    await page.reload();
    await appReady(page);
    assert.ok(await first.getByRole('radio', { name: 'Ja' }).isChecked());
    assert.ok(await second.getByRole('radio', { name: 'Nee' }).isChecked());
    await first.getByRole('button', { name: 'Antwoord wissen' }).focus();
    await page.keyboard.press('Enter');
    assert.ok(!(await first.getByRole('radio', { name: 'Ja' }).isChecked()));
    // The button is disabled now; focus goes on at the question's first option.
    assert.equal(await page.evaluate(() => document.activeElement.closest('fieldset')?.id), `signal-${ids[0]}`);
    assert.equal(await page.evaluate(() => document.activeElement.type), 'radio');
    assert.deepEqual((await stored(page)).assessments[0].signals, { [ids[1]]: false });
    await done();
  });
});

describe('on a 375 px phone', () => {
  test('answering pages fit the width, targets are at least 24 px and axe finds nothing', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL', viewport: { width: 375, height: 740 } });
    await startAssessment(page, 'nl');
    await levelRadio(page, 1, 4).check();
    const steps = page.getByRole('navigation', { name: 'Alle stappen' });
    for (const [what, go] of [
      ['a theme', async () => {}],
      ['how you go about it', () => steps.getByRole('link', { name: /^Hoe u te werk gaat/ }).click()],
      ['the signals', () => steps.getByRole('link', { name: /^Signalen: doorschieten of afwachten/ }).click()],
      ['the intro', () => steps.getByRole('link', { name: /^Over uw organisatie/ }).click()],
    ]) {
      await go();
      await page.locator('#step-title').waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `${what}: the page is ${width} px wide, wider than the phone`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea, button, .step-nav a, .step-list a, .saved-actions a')]
          .filter((el) => el.offsetParent !== null)
          .map((el) => [el, el.getBoundingClientRect()])
          .filter(([, r]) => r.width < 24 || r.height < 24)
          .map(([el, r]) => `${el.tagName.toLowerCase()} “${el.textContent.trim().slice(0, 30)}” ${r.width}×${r.height}`),
      );
      assert.deepEqual(small, [], `${what}: targets smaller than 24×24 px`);
      await assertAxeClean(page, `${what} at 375 px`);
    }
    await done();
  });
});
