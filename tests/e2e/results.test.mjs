// End-to-end: two scripted answer sets land in the expected profile, stage and
// weakest theme, shown side by side; the plan names owners; the method page
// explains it; the printed report is one A4 page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DRUK_BV, TEXTS, planWords } from '../support/app_data.mjs';
import { fillIn, questionnaire, styleOption } from '../support/fill.mjs';
import { assertAxeClean, useApp } from '../support/session.mjs';

const app = useApp();
const OUT = fileURLToPath(new URL('../output', import.meta.url));

const text = (page, selector) => page.locator(selector).innerText();

describe('results', () => {
  test('a busy, ungrounded company is a Dutch-style enthusiast at stage 2, weakest on needs', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    // Drive themes at 4 (75), grounding themes at 2 (25), the rest at 3 (50). Style:
    // eager (drive statements clearly high but one rather low), loosely grounded
    // (every grounding statement clearly low). Two overreaction signals.
    await fillIn(page, DRUK_BV);
    // Overall (3 × 75 + 3 × 25 + 6 × 50) / 12 = 50. Stage 3 needs 80 % of themes at
    // level 3 or more: only 9 of 12 (75 %), so stage 2. Weakest: needs (first at 2).
    assert.equal(await text(page, '.big-number'), '50');
    assert.equal(await text(page, '.stage-value'), 'Fase 2 van 5: Bewust');
    assert.equal(await text(page, '.weakest-value'), '6. Behoeften en verwachtingen (25)');
    // Drive: (4 × 100 + 25) / 5 = 85. Grounding: 0. Maturity and signals play no part.
    const name = 'Voortvarend';
    const tagline = 'Veel vaart en ambitie; wat het klanten oplevert, wordt minder gemeten.';
    assert.equal(await text(page, '.stage-profile'), `Fase 2 van 5 · profiel: ${name}: ${tagline}`);
    assert.equal(await text(page, '.profile-name'), name);
    assert.equal(await text(page, '.profile-tagline'), tagline);
    assert.equal(await page.locator('.profile-clarity').count(), 0, 'a clear profile does not say it only leans');
    // The calculation is one click away, behind 'how is this calculated?'.
    await page.locator('.calc summary').click();
    assert.deepEqual(await page.locator('.calc p').allInnerTexts(), [
      'Daadkracht: gemiddelde van 5 van de 5 stellingen = 85 (0 tot 100, het midden is 50).',
      'Onderbouwing: gemiddelde van 5 van de 5 stellingen = 0 (0 tot 100, het midden is 50).',
    ]);
    assert.equal(await page.locator('.quadrant svg desc').textContent(), `Daadkracht 85, onderbouwing 0: ${name}.`);
    assert.equal(await page.locator('.warning').count(), 2);
    assert.ok(!/excellen/i.test(await text(page, '.report')), 'no excellence below stage 4');
    // B2B: levels 3, 4, 3, 3, 3, 3 on the six B2B questions (journeys.handover at 4):
    // mean 19 / 6, (19 / 6 − 1) / 4 × 100 = 54.2, shown 54: "ready". Shown first, as the company serves businesses.
    assert.equal(await text(page, '.b2b .band-name'), 'Stevig');
    assert.ok(await page.locator('.b2b.prominent').isVisible());
    assert.match(await page.locator('.gauge svg desc').textContent(), /^54 van 100 Stevig\./);
    // Weight × levels to climb: the grounding themes at level 2 come first; one of
    // the three is the enthusiast's grounding move; one step per theme, each with
    // owner, deliverable and a measure with baseline, target and source.
    await page.locator('.gap-facts .measure-parts').first().waitFor();
    const themes = await page.locator('.gap-theme').allInnerTexts();
    assert.match(themes[0], /^6\. Behoeften en verwachtingen/);
    assert.equal(themes.filter((g) => g.includes('Past bij uw profiel')).length, 1, themes.join(' | '));
    assert.equal(new Set(themes).size, 3);
    for (const facts of await page.locator('.gap-facts').allInnerTexts()) {
      assert.match(facts, /Wie[\s\S]+Resultaat[\s\S]+Meetpunt[\s\S]+Vertrekpunt:[\s\S]+Doel na 90 dagen:[\s\S]+Bron:/);
    }
    // The plan: the three steps on days 30, 60 and 90, and each signal answered
    // 'yes' as one action with its owner beside them (its explanation stays with
    // the warning).
    const plan = await page.locator('.plan-source').allInnerTexts();
    assert.equal(plan.length, 5);
    assert.match(plan[0], /^\(thema 6\. Behoeften en verwachtingen; door: /);
    assert.match(plan[2], /^\(bij een waarschuwing hierboven; door: directie\)$/);
    assert.equal(await page.locator('.plan-what').nth(2).innerText(), planWords.signals.nps_goal.action.nl);
    assert.deepEqual(await page.locator('.plan-when').allInnerTexts(), ['Uiterlijk dag 30', 'Uiterlijk dag 60', 'Uiterlijk dag 60', 'Uiterlijk dag 90', 'Uiterlijk dag 90']);
    assert.equal(await page.locator('.partial').count(), 0, 'a complete assessment is not marked partial');
    // The date is written by the app (Locale::long_date), as the browser's Intl writes it.
    const today = await page.evaluate(() => new Date().toLocaleDateString('nl', { day: 'numeric', month: 'long', year: 'numeric' }));
    assert.ok((await text(page, '.report')).includes(today), `the results show ${today}`);
    await assertAxeClean(page, 'results of a complete assessment');

    // The radar shows the line of the next stage; others can be added.
    const legend = () => page.locator('.radar svg text').allTextContents();
    assert.ok((await legend()).some((s) => s.includes('fase 3')));
    await page.getByRole('checkbox', { name: 'fase 4' }).check();
    await page.waitForFunction(() => [...document.querySelectorAll('.radar svg text')].some((t) => t.textContent.includes('fase 4')));

    // Printed: one A4 page.
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/report-dutch-enthusiast.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    assert.equal(pages.length, 1, `the printed report has ${pages.length} pages`);
    await done();
  });

  test('a cautious, grounded company is a Flemish-style follower at stage 3, weakest on listening', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    // Style: cautious (every drive statement clearly low), grounded (every grounding
    // statement clearly high); one holding-back signal.
    await fillIn(page, {
      label: 'Voorzichtig NV',
      market: 'b2c',
      levels: { listening: 2, journeys: 3, experimenting: 2 },
      rest: 4,
      styleRest: 0,
      style: Object.fromEntries(
        questionnaire.style_items.filter((s) => s.axis === 'grounding').map((s) => [s.id, 100]),
      ),
      yes: ['revenue_first'],
    });
    // Consumers only: the business-only questions do not count (answered or not).
    // Overall (25 + 50 + 25 + 9 × 75) / 12 = 64.6 → 65. Stage 4: 9 of 12 at 4 (75 %),
    // no; stage 3: 10 of 12 (83.3 %) at 3 or more and none below 2. Weakest: listening.
    assert.equal(await text(page, '.big-number'), '65');
    assert.equal(await text(page, '.stage-value'), 'Fase 3 van 5: Gestructureerd');
    assert.equal(await text(page, '.weakest-value'), '4. Klantinzicht en luisteren (25)');
    // Drive 0, grounding 100, whatever the themes and the signal.
    const name = 'Bedachtzaam';
    assert.match(await text(page, '.stage-profile'), new RegExp(`^Fase 3 van 5 · profiel: ${name}: `));
    assert.equal(await page.locator('.quadrant svg desc').textContent(), `Daadkracht 0, onderbouwing 100: ${name}.`);
    assert.equal(await page.locator('.warning').count(), 1);
    assert.match(await text(page, '.warning'), /^Afwachten /);
    assert.equal(await page.locator('.b2b.prominent').count(), 0, 'B2B is not put first for a B2C company');
    // B2B readiness on request: closed, and it opens.
    const b2b = page.locator('.b2b.on-request details');
    assert.equal(await b2b.getAttribute('open'), null);
    await page.getByText('B2B-score tonen').click();
    await page.locator('.b2b .band-name').waitFor();
    assert.match(await text(page, '.b2b'), /alleen consumenten/);
    await page.getByText('De namen beschrijven een werkstijl, niet wie u bent').waitFor();
    const phoneWidth = async (what) => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 375, `${what} is ${width} px wide on a 375 px phone`);
    };
    await page.setViewportSize({ width: 375, height: 740 });
    await phoneWidth('the results page');
    await assertAxeClean(page, 'results at 375 px');

    await page.getByRole('link', { name: 'Hoe wordt dit berekend?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoe Klantspiegel rekent' }).waitFor();
    await page.getByText('(3 − 1) / 4 × 100 = 50').first().waitFor();
    await assertAxeClean(page, 'method page');
    await phoneWidth('the method page');
    // Home lists the stage with the assessment.
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    assert.equal(await text(page, '.saved-stage'), 'Fase 3 van 5: Gestructureerd');
    await done();
  });

  test('results before any answer say so, with the way back, and show no empty charts or plan', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
    await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
    const id = new URL(page.url()).pathname.split('/').pop();
    await page.goto(app.url(`/results/${id}`));
    await page.getByText(TEXTS.nl.results.nothing_yet).waitFor();
    for (const part of ['.radar', '.bars', '.gaps', '.plan', '.b2b', '.share']) {
      assert.equal(await page.locator(part).count(), 0, `no ${part} without a score`);
    }
    await page.getByRole('link', { name: TEXTS.nl.common.back_to_questions }).waitFor();
    await page.setViewportSize({ width: 320, height: 640 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `the page is ${width} px wide at 320 px`);
    await assertAxeClean(page, 'results without a single answer');
    await done();
  });

  test('a profile that only leans says so, one near the middle is no clear profile, and too few statements say how many are missing', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
    await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
    const id = new URL(page.url()).pathname.split('/').pop();
    const answer = async (valueOf) => {
      await page.goto(app.url(`/assessment/${id}/style`));
      const items = page.locator('fieldset.style-item');
      await items.first().waitFor();
      for (let i = 0; i < (await items.count()); i += 1) {
        const sid = (await items.nth(i).getAttribute('id')).replace(/^question-/, '');
        const value = valueOf(sid);
        const radios = items.nth(i).locator('.levels input[type=radio]');
        if (value === null) continue;
        await radios.nth(styleOption(sid, value)).check();
      }
      await page.goto(app.url(`/results/${id}`));
      await page.locator('section.profile').waitFor();
    };
    const ofAxis = (axis) => questionnaire.style_items.filter((s) => s.axis === axis).map((s) => s.id);
    const [drive, grounding] = [ofAxis('drive'), ofAxis('grounding')];
    // Two statements only: four more are needed (three on each axis).
    await answer((sid) => (sid === drive[0] || sid === grounding[0] ? 100 : null));
    assert.equal(await page.locator('section.profile .profile-text p').first().innerText(), 'Nog geen profiel: beantwoord nog 4 stellingen in de stap ‘Hoe u te werk gaat’.');
    // Drive (3 × 100 + 2 × 25) / 5 = 70, grounding (3 × 75 + 2 × 25) / 5 = 55: balanced, leaning.
    await answer((sid) => {
      const d = drive.indexOf(sid);
      return d >= 0 ? [100, 100, 100, 25, 25][d] : [75, 75, 75, 25, 25][grounding.indexOf(sid)];
    });
    assert.equal(await text(page, '.profile-name'), 'Neigt naar In balans');
    assert.equal(await text(page, '.profile-clarity'), 'Onderbouwing (55) ligt dicht bij het midden: u neigt naar dit profiel, het is nog niet uitgesproken.');
    assert.equal(await page.locator('.quadrant svg desc').textContent(), 'Daadkracht 70, onderbouwing 55: neigt naar In balans.');
    await assertAxeClean(page, 'a profile that leans');
    // The first pole, rather, everywhere: near the middle on both axes.
    await answer((sid) => {
      const item = questionnaire.style_items.find((s) => s.id === sid);
      return item.high_pole === 0 ? 75 : 25;
    });
    assert.equal(await text(page, '.profile-name'), 'Nog geen duidelijk profiel');
    assert.equal(await page.locator('.quadrant svg circle').count() > 0, true, 'the point is still plotted');
    assert.doesNotMatch(await text(page, '.stage-profile').catch(() => ''), /In balans/);
    await assertAxeClean(page, 'no clear profile');
    await done();
  });
});
