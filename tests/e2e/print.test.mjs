// End-to-end: the printed report carries what to act on — the 90-day plan, the
// signals answered "yes" and B2B readiness — and still fits one A4 page in Dutch,
// French and English.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fillIn } from '../support/fill.mjs';
import { useApp } from '../support/session.mjs';

const app = useApp();

describe('print', () => {
  test('plan, signals and B2B readiness on one A4 page in nl, fr and en', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    await fillIn(page, { label: 'Fietsen Maes', market: 'both', levels: { vision: 2, journeys: 1 }, rest: 3, yes: ['nps_goal', 'buzzwords'] });
    for (const [lang, button] of [['nl', 'Nederlands'], ['fr', 'Français'], ['en', 'English']]) {
      await page.getByRole('button', { name: button }).click();
      await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
      await page.locator('.radar .chart-svg svg').waitFor();
      await page.locator('.gap-facts .measure-parts').first().waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const part of ['.plan', '.warnings', '.b2b', '.gaps', '.themes', '.profile']) {
        assert.ok(await page.locator(part).isVisible(), `${part} is printed (${lang})`);
      }
      // The three steps and an action for each of the two signals answered 'yes'.
      assert.equal(await page.locator('.plan-list li').count(), 5, `the five actions of the plan (${lang})`);
      assert.equal(await page.locator('.warning').count(), 2, `both signals answered 'yes' (${lang})`);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
      assert.equal(pages.length, 1, `the printed report (${lang}) has ${pages.length} pages`);
      await page.emulateMedia({ media: 'screen' });
    }
    await done();
  });
});
