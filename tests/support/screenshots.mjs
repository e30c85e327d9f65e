// Takes screenshots of every page (desktop and 375 px phone) into tests/output/, for
// a person to look at: `node support/screenshots.mjs` from tests/ after a build.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { appReady, launch } from './browser.mjs';
import { DRUK_BV } from './app_data.mjs';
import { fillIn } from './fill.mjs';
import { exportFile, person } from './team_files.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const OUT = fileURLToPath(new URL('../output', import.meta.url));
mkdirSync(OUT, { recursive: true });

const server = await serve(DIST);
const browser = await launch();
for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
  for (const locale of ['nl-NL', 'fr-BE', 'en-GB']) {
    const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const shot = async (name) => {
      await page.screenshot({ path: `${OUT}/${device}-${locale}-${name}.png`, fullPage: true });
      await page.screenshot({ path: `${OUT}/${device}-${locale}-${name}-top.png` });
    };
    await page.goto(server.url + '/');
    await appReady(page);
    await shot('home-empty');
    await page.locator('.hero button').click();
    await page.locator('#assessment-label').fill('Klantenservice Noord');
    await page.locator('#context-market').selectOption('both');
    await shot('intro');
    await page.locator('.step-nav a.primary').click();
    await page.locator('fieldset.question').first().waitFor();
    const radios = page.locator('fieldset.question');
    await radios.nth(0).locator('input[type=radio]').nth(2).check();
    await radios.nth(1).locator('input[type=radio]').nth(3).check();
    await radios.nth(2).locator('input[type=radio]').nth(5).check();
    await shot('assessment');
    for (const picks of [[4, 1], [0, 2, 3]]) {
      await page.locator('.step-nav a', { hasText: /→/ }).first().click();
      await page.locator('fieldset.question').first().waitFor();
      for (const [i, level] of picks.entries()) {
        await page.locator('fieldset.question').nth(i).locator('input[type=radio]').nth(level).check();
      }
    }
    await page.locator('.step-list a').last().click();
    await page.locator('fieldset.signal').first().waitFor();
    await page.locator('fieldset.signal').nth(0).locator('input[type=radio]').nth(0).check();
    await page.locator('fieldset.signal').nth(1).locator('input[type=radio]').nth(1).check();
    await shot('signals');
    await page.locator('.step-nav a.primary').click();
    await page.locator('.radar .chart-svg svg').waitFor();
    await shot('results');
    await page.locator('a.brand').click();
    await page.locator('.saved-list').waitFor();
    await shot('home-saved');
    await page.locator('.saved-item button.link-button').first().click();
    await page.locator('.confirm').waitFor();
    await shot('home-confirm-delete');
    await context.close();
  }
  // A complete assessment in Dutch (the Dutch enthusiast of the e2e tests), on screen.
  const context = await browser.newContext({ viewport, locale: 'nl-NL', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await appReady(page);
  await fillIn(page, DRUK_BV);
  await page.screenshot({ path: `${OUT}/${device}-complete-results.png`, fullPage: true });
  await page.locator('.plan').screenshot({ path: `${OUT}/${device}-nl-NL-plan.png` });
  await page.locator('.gaps').screenshot({ path: `${OUT}/${device}-nl-NL-gaps.png` });
  const resultsUrl = page.url();
  await page.goto(resultsUrl.replace('/results/', '/assessment/') + '/style');
  await page.locator('fieldset.style-item').first().waitFor();
  await page.screenshot({ path: `${OUT}/${device}-nl-NL-style.png`, fullPage: true });
  await page.getByRole('button', { name: 'English' }).click();
  await page.locator('h1', { hasText: 'How you go about it' }).waitFor();
  await page.screenshot({ path: `${OUT}/${device}-en-GB-style.png`, fullPage: true });
  await page.goto(resultsUrl);
  await page.locator('.radar .chart-svg svg').waitFor();
  await page.screenshot({ path: `${OUT}/${device}-en-GB-complete-results.png`, fullPage: true });
  await page.locator('.plan').screenshot({ path: `${OUT}/${device}-en-GB-plan.png` });
  await page.getByRole('button', { name: 'Nederlands' }).click();
  // A workshop's team view from three export files.
  await page.goto(server.url + '/team');
  await page.locator('#team-files').setInputFiles([
    exportFile('anna.json', person('a', 'Anna', 2, 100, 0)),
    exportFile('bert.json', person('b', 'Bert', 3, 0, 100)),
    exportFile('chris.json', person('c', 'Chris', 4, 75, 75)),
  ]);
  await page.locator('.team-table').waitFor();
  await page.screenshot({ path: `${OUT}/${device}-nl-NL-team.png`, fullPage: true });
  await page.goto(server.url + '/backup');
  await page.locator('#backup-title').waitFor();
  await page.screenshot({ path: `${OUT}/${device}-nl-NL-backup.png`, fullPage: true });
  await page.goto(server.url + '/method');
  await page.screenshot({ path: `${OUT}/${device}-method.png`, fullPage: true });
  // Home with the backup reminder, then with data kept aside after a corruption.
  await page.goto(server.url + '/');
  await page.locator('.reminder').waitFor();
  await page.screenshot({ path: `${OUT}/${device}-home-reminder.png` });
  await page.evaluate(() => localStorage.setItem('klantspiegel.state', '{"schema":2,"assessments":[{"id":"a","lab'));
  await page.reload();
  await page.locator('.kept-aside').waitFor();
  await page.screenshot({ path: `${OUT}/${device}-home-kept-aside.png`, fullPage: true });
  // A full storage while answering.
  await page.locator('.hero button').click();
  await page.locator('.step-nav a.primary').click();
  await page.locator('fieldset.question').first().waitFor();
  await page.evaluate(() => {
    for (let size = 1 << 20, n = 0; size >= 1; size >>= 1) {
      for (;;) {
        try {
          localStorage.setItem(`filler.${n++}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
  await page.locator('fieldset.question').nth(0).locator('input[type=radio]').nth(2).check();
  await page.locator('.notice').waitFor();
  await page.screenshot({ path: `${OUT}/${device}-storage-full.png` });
  // No network: the offline notice.
  await page.evaluate(() => localStorage.clear());
  await page.goto(server.url + '/');
  await context.setOffline(true);
  await page.locator('.connection-notice:not(:empty)').waitFor();
  await page.screenshot({ path: `${OUT}/${device}-offline.png` });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${OUT}`);
