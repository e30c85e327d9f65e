// Screenshots of the style step and of a "leans" and a "no clear profile" result,
// in Dutch and French, desktop and 375 px, into tests/output/, for a person to look
// at: `node support/profile_shots.mjs` from tests/ after a build.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { appReady, launch } from './browser.mjs';
import { questionnaire } from './app_data.mjs';
import { styleOption } from './fill.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const OUT = fileURLToPath(new URL('../output', import.meta.url));
mkdirSync(OUT, { recursive: true });

// Leans: drive three clearly high and two rather low (70), grounding three rather
// high and two rather low (55). No clear profile: the first pole, rather, everywhere.
const leans = (id, i) => {
  const drive = id.startsWith('drive.');
  const n = questionnaire.style_items.filter((s) => s.id.startsWith(drive ? 'drive.' : 'grounding.')).findIndex((s) => s.id === id);
  const value = drive ? [100, 100, 100, 25, 25][n] : [75, 75, 75, 25, 25][n];
  return styleOption(id, value);
};
const unclear = () => 1;

const server = await serve(DIST);
const browser = await launch();
for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 740 }]]) {
  for (const locale of ['nl-NL', 'fr-BE']) {
    for (const [name, place] of [['leans', leans], ['unclear', unclear]]) {
      const context = await browser.newContext({ viewport, locale, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(server.url + '/');
      await appReady(page);
      await page.locator('.hero button').click();
      await page.locator('#assessment-label').waitFor();
      const id = new URL(page.url()).pathname.split('/')[2];
      await page.goto(`${server.url}/assessment/${id}/style`);
      const items = page.locator('fieldset.style-item');
      await items.first().waitFor();
      for (let i = 0; i < (await items.count()); i += 1) {
        const sid = (await items.nth(i).getAttribute('id')).replace(/^question-/, '');
        await items.nth(i).locator('.levels input[type=radio]').nth(place(sid, i)).check();
      }
      if (name === 'leans') await page.screenshot({ path: `${OUT}/profile-${device}-${locale}-statements.png`, fullPage: true });
      await page.goto(`${server.url}/results/${id}`);
      const profile = page.locator('section.profile');
      await profile.waitFor();
      await profile.screenshot({ path: `${OUT}/profile-${device}-${locale}-${name}.png` });
      await context.close();
    }
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${OUT}`);
