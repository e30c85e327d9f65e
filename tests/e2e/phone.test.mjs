// End-to-end: a new user on a 375 px phone. The time is said up front and per
// theme; customer data and the note are one tap away; forward is the primary
// button; the step tiles say what they are; sharing uses the phone's own share
// sheet, and no caption tells the phone to scan itself.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXTS } from '../support/app_data.mjs';
import { assertAxeClean, levelRadio, question, useApp } from '../support/session.mjs';

const app = useApp();
const T = TEXTS.nl.common;
const PHONE = { locale: 'nl-BE', viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

describe('on a phone', () => {
  test('time estimate, extras one tap away, forward first, tiles that say what they are, native share', async () => {
    const { page, context, done } = await app.open('/', PHONE);
    // The phone's share sheet, as a phone browser has it; what it was given is kept.
    await context.addInitScript(() => {
      window.__shared = [];
      navigator.share = async (data) => {
        window.__shared.push(data);
      };
    });
    await page.reload();
    assert.match(await page.locator('.hero .time-estimate').innerText(), /^Duurt \d+ tot \d+ minuten\./);
    await page.getByRole('button', { name: T.start_new }).click();
    await page.locator('.time-estimate').waitFor();
    await page.getByRole('link', { name: T.start_questions }).click();
    await question(page, 0).waitFor();
    assert.match(await page.locator('.eyebrow').innerText(), /^Thema 1 van \d+ · ongeveer \d+ min\.$/);
    assert.equal(await question(page, 0).locator('textarea').isVisible(), false, 'the note is one tap away');
    assert.equal(await page.locator('.step-nav a.primary').innerText(), T.next_theme);
    const tiles = await page.locator('.step-list .step-short').allInnerTexts();
    assert.deepEqual([tiles[0], ...tiles.slice(-2)], [T.tile_intro, T.tile_style, T.tile_signals]);
    assert.ok(await page.getByText(T.tiles_hint).isVisible());
    await levelRadio(page, 0, 2).check();
    await assertAxeClean(page, 'a theme on a phone');

    await page.getByRole('link', { name: T.to_results }).click();
    await page.locator('.radar .chart-svg svg').waitFor();
    const link = await page.locator('#share-link').inputValue();
    await page.getByRole('button', { name: TEXTS.nl.share.share_native }).click();
    await page.waitForFunction(() => window.__shared.length === 1);
    assert.deepEqual(await page.evaluate(() => window.__shared[0]), { title: T.app_name, url: link });
    assert.ok(!/met uw (telefoon|gsm|smartphone)/i.test(await page.locator('.share').innerText()), 'no “scan with your phone” on the phone');
    await assertAxeClean(page, 'results with native share on a phone');
    await done();
  });
});
