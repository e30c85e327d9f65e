// End-to-end: French for Brussels and Wallonia. A result made in French prints on
// one A4 page and passes axe; its link opened in a Dutch browser shows the same
// scores; a team view mixes a French and two Dutch links.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEXTS } from '../support/app_data.mjs';
import { assertAxeClean, useApp } from '../support/session.mjs';
import { exportFile, person } from '../support/team_files.mjs';

const app = useApp();
const FR = TEXTS.fr;
const OUT = fileURLToPath(new URL('../output', import.meta.url));
const numbers = (text) => text.match(/\d+/g);

/** A respondent's result link, made in a browser of this language. */
async function linkMadeIn(locale, file) {
  const { page, done } = await app.open('/backup', { locale });
  await page.locator('#import-file').setInputFiles(file);
  await page.locator('.import-preview button.primary').click();
  await page.locator('.import-message').filter({ hasText: /\d/ }).waitFor();
  await page.goto(app.url('/'));
  await page.locator('.saved-item a[href^="/results/"]').first().click();
  await page.locator('.radar .chart-svg svg').waitFor();
  const link = await page.locator('#share-link').inputValue();
  const shown = { score: await page.locator('.big-number').innerText(), stage: await page.locator('.stage-value').innerText() };
  return { page, done, link, shown };
}

describe('French', () => {
  test('a result in French prints on one A4 page; its link opened in Dutch shows the same scores', async () => {
    const made = await linkMadeIn('fr-BE', exportFile('lea.json', person('l', 'Léa', 3, 100, 0)));
    const { page } = made;
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.match(made.shown.stage, /^Stade 3 sur 5/);
    await page.getByRole('heading', { level: 2, name: FR.share.share_title }).waitFor();
    await assertAxeClean(page, 'results in French');
    // The file's assessment was last changed at 1 ms after the epoch; the app writes the
    // date itself (Locale::long_date) as the browser's Intl would.
    const changed = await page.evaluate(() => new Date(1).toLocaleDateString('fr-BE', { day: 'numeric', month: 'long', year: 'numeric' }));
    assert.ok((await page.locator('.report').innerText()).includes(changed), `the results show ${changed}`);
    await page.emulateMedia({ media: 'print' });
    mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width: 703, height: 1000 });
    await page.screenshot({ path: `${OUT}/print-fr-BE-results.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${OUT}/report-fr.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    assert.equal(pages.length, 1, `the French report prints on ${pages.length} pages`);
    await made.done();

    const nl = await app.open(new URL(made.link).pathname + new URL(made.link).hash, { locale: 'nl-NL' });
    await nl.page.locator('.radar .chart-svg svg').waitFor();
    assert.equal(await nl.page.getAttribute('html', 'lang'), 'nl');
    assert.equal(await nl.page.locator('.big-number').innerText(), made.shown.score);
    assert.deepEqual(numbers(await nl.page.locator('.stage-value').innerText()), numbers(made.shown.stage));
    assert.match(await nl.page.locator('.stage-value').innerText(), /^Fase 3 van 5/);
    await nl.done();
  });

  test('a team view of one French and two Dutch links', async () => {
    const fr = await linkMadeIn('fr-BE', exportFile('lea.json', person('l', 'Léa', 1, 100, 0)));
    await fr.done();
    const dutch = [];
    for (const [file, who] of [['jan.json', person('j', 'Jan', 3, 0, 100)], ['els.json', person('e', 'Els', 5, 100, 100)]]) {
      const nl = await linkMadeIn('nl-NL', exportFile(file, who));
      dutch.push(nl.link);
      await nl.done();
    }
    const { page, done } = await app.open('/team', { locale: 'fr-BE' });
    await page.getByLabel(FR.team.paste_label).fill([fr.link, ...dutch].join('\n'));
    await page.getByRole('button', { name: FR.team.add, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '3 participants' }).waitFor();
    // Scores 0, 50 and 100 on every theme: mean 50, range 0–100, spread 40,8.
    const first = page.locator('.team-table tbody tr').first().locator('td');
    assert.deepEqual(await first.allInnerTexts(), ['50', '0–100', '40,8', '3']);
    assert.deepEqual(await page.locator('.respondents .name').allInnerTexts(), ['Léa', 'Jan', 'Els']);
    await assertAxeClean(page, 'team view in French');
    await done();
  });
});
