// End-to-end: a whole assessment filled in with the keyboard alone, in each language,
// with a reload at a random point and "continue" from home in between.
import { TEXTS as APP } from '../support/app_data.mjs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from '../support/browser.mjs';
import { activate, tabTo } from '../support/keyboard.mjs';
import { assertAxeClean, stored, useApp } from '../support/session.mjs';
import { questionnaire } from '../support/fill.mjs';

const app = useApp();

const TEXTS = {
  nl: {
    locale: 'nl-NL',
    start: APP.nl.common.start_new,
    onward: 'Naar de vragen',
    next: 'Volgend thema →',
    toStyle: 'Verder: hoe u te werk gaat →',
    toSignals: 'Verder: signalen →',
    results: 'Naar de resultaten',
    allAnswered: APP.nl.common.open_none.split(/(?<=[.:]) /)[0],
    continue: 'Verder invullen',
  },
  // French read from its interface file, as a French-speaking manager sees it.
  fr: {
    locale: 'fr-BE',
    start: APP.fr.common.start_new,
    onward: APP.fr.common.start_questions,
    next: APP.fr.common.next_theme,
    toStyle: APP.fr.common.to_style,
    toSignals: APP.fr.common.to_signals,
    results: APP.fr.common.to_results,
    allAnswered: APP.fr.common.open_none.split(/(?<=[.:]) /)[0],
    continue: APP.fr.common.continue_label,
  },
  en: {
    locale: 'en-GB',
    start: APP.en.common.start_new,
    onward: 'On to the questions',
    next: 'Next theme →',
    toStyle: 'Next: how you go about it →',
    toSignals: 'Next: signals →',
    results: 'See the results',
    allAnswered: APP.en.common.open_none.split(/(?<=[.:]) /)[0],
    continue: 'Continue',
  },
};

/**
 * What the respondent picks for the g-th question overall, as the position of the
 * radio in its group (0–4 the levels, 5 don't know, 6 not applicable) and as stored.
 */
function plan(g) {
  if (g % 11 === 4) return { position: 5, choice: 'dont_know' };
  if (g % 13 === 9) return { position: 6, choice: 'not_applicable' };
  const level = ((g * 2) % 5) + 1;
  return { position: level - 1, choice: { level } };
}

/**
 * Tabs into the group of a fieldset and picks a radio with Space and arrow keys.
 * Tab lands on the checked radio if there is one, else on the first.
 */
async function pick(page, fieldsetId, position) {
  await tabTo(page, `[id="${fieldsetId}"] input[type=radio]`);
  const [at, checked] = await page.evaluate((fid) => {
    const radios = [...document.getElementById(fid).querySelectorAll('input[type=radio]')];
    return [radios.indexOf(document.activeElement), document.activeElement.checked];
  }, fieldsetId);
  if (!checked) await page.keyboard.press('Space');
  const key = position >= at ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(position - at); i += 1) await page.keyboard.press(key);
}

const fieldsetIds = (page, selector) =>
  page.locator(selector).evaluateAll((sets) => sets.map((f) => f.id));

/** Which radio of each fieldset on the page is checked (-1 when none). */
const checkedPositions = (page) =>
  page.locator('fieldset.question').evaluateAll((sets) =>
    Object.fromEntries(
      sets.map((f) => [f.id, [...f.querySelectorAll('input[type=radio]')].findIndex((r) => r.checked)]),
    ),
  );

for (const lang of ['nl', 'fr', 'en']) {
  const t = TEXTS[lang];
  describe(`keyboard only (${lang})`, () => {
    test('a whole assessment, with a reload at a random point and continue from home', async (ctx) => {
      const { page, done } = await app.open('/', { locale: t.locale });
      await activate(page, 'button', t.start);
      await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
      await tabTo(page, '#assessment-label');
      await page.keyboard.type('Toetsenbord');
      await tabTo(page, '#context-market');
      // Business customers (the second option), so no question is not applicable by default.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await activate(page, '.step-nav a', t.onward);

      const expected = {};
      const positions = {};
      const total = questionnaire.dimensions.reduce((n, d) => n + d.questions.length, 0);
      const ORDER = questionnaire.dimensions.flatMap((d) => d.questions.map((x) => x.id));
      const themes = questionnaire.dimensions.length;
      const reloadAt = Math.floor(Math.random() * total);
      ctx.diagnostic(`reload after question ${reloadAt + 1}`);
      let g = 0;
      for (let dimension = 0; dimension < themes; dimension += 1) {
        await page.locator('fieldset.question').first().waitFor();
        const ids = await fieldsetIds(page, 'fieldset.question');
        for (const id of ids) {
          const { position, choice } = plan(g);
          await pick(page, id, position);
          expected[id.replace(/^question-/, '')] = choice;
          positions[id] = position;
          if (g === reloadAt) {
            const url = page.url();
            await page.reload();
            await appReady(page);
            await page.locator('fieldset.question').first().waitFor();
            assert.equal(page.url(), url, 'a reload stays on the step');
            const kept = Object.fromEntries(Object.entries((await stored(page)).assessments[0].answers).map(([k, v]) => [k, v.choice]));
            assert.deepEqual(kept, expected, 'every answer so far survives the reload');
            const shown = await checkedPositions(page);
            for (const [fid, at] of Object.entries(shown)) assert.equal(at, positions[fid] ?? -1, `${fid} shows its answer`);
            // Reopen the app: "continue" goes straight to the first open question
            // (the one after this), or to the statements after the last question.
            await page.goto(app.url('/'));
            await appReady(page);
            await activate(page, '.saved-actions a', t.continue);
            const next = ORDER[g + 1];
            await page.waitForURL(next ? new RegExp(`#question-${next.replace('.', '\\.')}$`) : /\/style$/);
            await page.goto(url);
            await appReady(page);
            await page.locator('fieldset.question').first().waitFor();
          }
          g += 1;
        }
        await activate(page, '.step-nav a', dimension < themes - 1 ? t.next : t.toStyle);
      }
      assert.equal(g, total, 'every question was on a page');

      // How you go about it: a place of each statement (clearly or rather A or B),
      // or "can't say" (place 4).
      await page.locator('fieldset.style-item').first().waitFor();
      for (const [j, id] of (await fieldsetIds(page, 'fieldset.style-item')).entries()) {
        const position = j % 5;
        await pick(page, id, position);
        expected[id.replace(/^question-/, '')] = position === 4 ? 'dont_know' : { level: position + 1 };
      }
      await assertAxeClean(page, `style step (${lang})`);
      await activate(page, '.step-nav a', t.toSignals);

      await page.locator('fieldset.signal').first().waitFor();
      // Every question and statement answered, the signals not yet: not finished.
      await page.locator('.open-list').getByText(new RegExp(`: ${questionnaire.signals.length}$`)).waitFor();
      assert.equal(await page.getByText(t.allAnswered).count(), 0, 'unanswered signals are still open');
      assert.equal(await page.locator('#progress').evaluate((p) => p.value < p.max), true, 'the progress bar is not full');
      const signals = {};
      for (const [j, id] of (await fieldsetIds(page, 'fieldset.signal')).entries()) {
        const yes = j % 3 === 0;
        await pick(page, id, yes ? 0 : 1);
        signals[id.replace(/^signal-/, '')] = yes;
      }
      assert.ok(Object.keys(signals).length >= 5, 'the signals are on the page');
      await page.getByText(t.allAnswered).waitFor();
      assert.equal(await page.locator('#progress').evaluate((p) => p.value === p.max), true, 'the progress bar is full');
      await assertAxeClean(page, `signals page, all answered (${lang})`);

      const saved = (await stored(page)).assessments[0];
      assert.equal(saved.label, 'Toetsenbord');
      assert.ok(saved.context.market, 'the market was chosen with the arrow key');
      assert.deepEqual(
        Object.fromEntries(Object.entries(saved.answers).map(([k, v]) => [k, v.choice])),
        expected,
      );
      assert.deepEqual(saved.signals, signals);
      assert.equal(await page.locator('.step-list li.complete').count(), themes + 2, 'the themes, the style step and the signals are complete');

      await activate(page, '.step-nav a', t.results);
      await page.locator('.radar .chart-svg svg').waitFor();
      await done();
    });
  });
}
