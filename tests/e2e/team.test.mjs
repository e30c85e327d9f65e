// End-to-end: colleagues' links combined in the team view, with the numbers
// worked out by hand, broken links reported one by one, and the team link.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXTS } from '../support/app_data.mjs';
import { fillIn } from '../support/fill.mjs';
import { assertAxeClean, useApp } from '../support/session.mjs';

const app = useApp();

describe('team view', () => {
  test('three links give the hand-computed mean, range and spread; broken lines are reported alone', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    const links = [];
    // Every statement of 'how you go about it' clearly low, rather high and clearly high.
    for (const [label, level, styleRest] of [['Anna', 2, 0], ['Bert', 3, 75], ['Chris', 5, 100]]) {
      await page.getByRole('link', { name: 'Klantspiegel' }).click();
      await fillIn(page, { label, market: 'b2c', levels: {}, rest: level, styleRest, yes: level === 2 ? ['nps_goal'] : [] });
      links.push(await page.locator('.share').getByLabel('Link om te delen').inputValue());
    }
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await page.getByRole('link', { name: 'Teamoverzicht openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Teamoverzicht' }).waitFor();
    // Chris's link as Outlook's Safe Links leaves it when copied from a mail.
    const safeLink = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(links[2])}&data=05%7C02%7C&reserved=0`;
    const pasted = [links[0], 'https://example.org/share#kapot', `${links[1]}.`, '', safeLink].join('\n');
    await page.getByLabel("Links van collega's, één per regel").fill(pasted);
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();

    await page.getByRole('heading', { level: 2, name: '3 deelnemers' }).waitFor();
    assert.deepEqual(await page.locator('.respondents .name').allInnerTexts(), ['Anna', 'Bert', 'Chris']);
    // The broken line stays in the field, and is reported with its new line number.
    assert.equal(await page.getByLabel("Links van collega's, één per regel").inputValue(), 'https://example.org/share#kapot');
    assert.match(await page.locator('.notice li').innerText(), /^Regel 1: De link is afgebroken/);
    // Every theme scores 25, 50 and 100: mean 175 / 3 = 58.3 → 58, range 25–100,
    // spread √(((25 − 58.3)² + (50 − 58.3)² + (100 − 58.3)²) / 3) = √972.2 = 31.2.
    const row = page.locator('.team-table tbody tr').first();
    assert.deepEqual(await row.locator('th, td').allInnerTexts(), ['1. Klantvisie en strategie', '58', '25–100', '31,2', '3']);
    assert.equal(await page.locator('.team-table tbody tr').count(), 12);
    // Team levels (2 + 3 + 5) / 3 = 3.33 everywhere: stage 3. Profiles: Anna 0 and 0
    // (exploring); Bert 75 and 75, Chris 100 and 100 (balanced). The mean point
    // (58.3 on both) is not named: the headline is the split.
    assert.equal(await page.locator('.team-summary .stage-value').innerText(), 'Fase 3 van 5: Gestructureerd');
    assert.equal(await page.locator('.team-summary .team-styles').innerText(), 'In balans: 2 · Op verkenning: 1');
    assert.equal(await page.locator('.team-summary .style-agreement').innerText(), TEXTS.nl.team.agree_split);
    assert.equal(await page.locator('.team-summary .profile-name').count(), 0, 'the team is given no profile of its own');
    assert.match(await page.locator('.disagreements li').first().innerText(), /Anna 2, Bert 3, Chris 5/);
    await assertAxeClean(page, 'team view');

    // The team link opens the same view in a fresh browser.
    const teamLink = await page.getByLabel('Link om te delen').inputValue();
    const other = await app.open(teamLink.replace(app.url(''), ''), { locale: 'nl-NL' });
    await other.page.getByRole('heading', { level: 2, name: '3 deelnemers' }).waitFor();
    assert.deepEqual(
      await other.page.locator('.team-table tbody tr').first().locator('th, td').allInnerTexts(),
      ['1. Klantvisie en strategie', '58', '25–100', '31,2', '3'],
    );
    assert.equal(await other.page.evaluate(() => localStorage.length), 0, 'the team view stores nothing');
    await other.page.getByRole('button', { name: 'Verwijderen “Chris”' }).click();
    await other.page.getByRole('heading', { level: 2, name: '2 deelnemers' }).waitFor();
    // Anna and Bert: 25 and 50, mean 37.5 → 38, spread 12.5.
    assert.deepEqual(
      await other.page.locator('.team-table tbody tr').first().locator('th, td').allInnerTexts(),
      ['1. Klantvisie en strategie', '38', '25–50', '12,5', '2'],
    );
    await other.page.setViewportSize({ width: 375, height: 740 });
    const width = await other.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the team view is ${width} px wide on a 375 px phone`);
    await assertAxeClean(other.page, 'team view at 375 px');
    await other.done();

    // A team link cut short (as some chat apps do) still shows who could be read,
    // and names the respondent that could not.
    const cut = await app.open(teamLink.replace(app.url(''), '').slice(0, -6), { locale: 'nl-NL' });
    await cut.page.getByRole('heading', { level: 2, name: '2 deelnemers' }).waitFor();
    assert.equal(await cut.page.locator('.notice .notice-title').innerText(), TEXTS.nl.team.broken_title);
    assert.match(await cut.page.locator('.team-problems li').innerText(), /^Deelnemer 3 uit de teamlink kon niet worden gelezen\. De link is afgebroken/);
    await assertAxeClean(cut.page, 'a team link cut short');
    await cut.done();
    await done();
  });
});
