// End-to-end: two assessments a year apart compared: overall, stage, profile and
// per theme, with hand-worked numbers; the choice lives in the address.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appReady } from '../support/browser.mjs';
import { TEXTS } from '../support/app_data.mjs';
import { fillIn } from '../support/fill.mjs';
import { assertAxeClean, useApp } from '../support/session.mjs';

const app = useApp();
const text = (page, selector) => page.locator(selector).innerText();

describe('compare over time', () => {
  test('a year apart: the change per theme, overall, in stage and profile', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL', viewport: { width: 375, height: 740 } });
    // Last year: every answer level 2 (score 25). This year: level 3 (50), listening 4 (75).
    await fillIn(page, { label: 'Vorig jaar', market: 'b2c', levels: {}, rest: 2, yes: [] });
    const profileBefore = await text(page, '.profile-name');
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await fillIn(page, { label: 'Dit jaar', market: 'b2c', levels: { listening: 4 }, rest: 3, yes: [] });
    const profileAfter = await text(page, '.profile-name');
    await page.getByRole('link', { name: 'Klantspiegel' }).click();

    await page.getByRole('link', { name: 'Twee evaluaties vergelijken' }).click();
    await page.locator('.compare-summary').waitFor();
    assert.equal(await text(page, '#compare-summary-title'), 'Vorig jaar → Dit jaar');
    // Overall: 25 before; after (11 × 50 + 75) / 12 = 52.1 → 52: a change of 27.
    assert.equal(await text(page, '.overall-change'), '25 → 52');
    assert.ok((await page.locator('.headline').innerText()).includes('+27'));
    assert.match(await text(page, '.stage-change'), /^Fase 2 .* → Fase 3 /);
    assert.equal(await text(page, '.profile-change'), `${profileBefore} → ${profileAfter}`);
    const row = (name) => page.locator('.compare-table tr', { hasText: name }).locator('td').allInnerTexts();
    assert.deepEqual(await row('Klantinzicht en luisteren'), ['25', '75', '+50']);
    assert.deepEqual(await row('Klantvisie en strategie'), ['25', '50', '+25']);
    assert.equal(await page.locator('.compare-table tbody tr').count(), 12);
    assert.ok((await text(page, '.rose')).startsWith('4. Klantinzicht en luisteren (+50)'));
    assert.equal(await page.locator('.fell').count(), 0);
    await page.locator('.radar .chart-svg svg').waitFor();
    await assertAxeClean(page, 'the comparison');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `no sideways scrolling at 375 px (${width})`);

    // The same one twice is refused; the other way round is a fall.
    await page.getByLabel('Eerder').selectOption({ label: 'Dit jaar' });
    await page.getByText('Kies twee verschillende evaluaties.').waitFor();
    await page.getByLabel('Later').selectOption({ label: 'Vorig jaar' });
    await page.locator('.compare-summary').waitFor();
    assert.equal(await text(page, '.overall-change'), '52 → 25');
    assert.ok((await page.locator('.headline').innerText()).includes('−27'));
    assert.match(page.url(), /\/compare\?before=[a-z0-9]+&after=[a-z0-9]+$/);
    await page.reload();
    await appReady(page);
    await page.locator('.compare-summary').waitFor();
    assert.equal(await text(page, '.overall-change'), '52 → 25');

    // A link naming an assessment this browser does not have says so, and shows a pair.
    const after = new URL(page.url()).searchParams.get('after');
    await page.goto(app.url(`/compare?before=weg&after=${after}`));
    await appReady(page);
    await page.getByText(TEXTS.nl.compare.missing_in_link).waitFor();
    await page.locator('.compare-summary').waitFor();
    await assertAxeClean(page, 'a comparison link naming a missing assessment');
    await done();
  });

  test('with fewer than two assessments the page says what is needed', async () => {
    const { page, done } = await app.open('/compare', { locale: 'en-GB' });
    await page.getByText('To compare, you need at least two assessments in this browser.').waitFor();
    await assertAxeClean(page, 'compare with nothing to compare');
    await done();
  });
});
