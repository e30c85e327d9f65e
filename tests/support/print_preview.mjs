// The printed report as paper shows it, for a person to look at: fills in an
// assessment (business and consumers, two signals "yes"), then for each language
// prints to PDF (page count) and takes a screenshot in print media at the A4
// text width. Run from tests/ after a build: `node support/print_preview.mjs`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { appReady, launch } from './browser.mjs';
import { fillIn } from './fill.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const OUT = fileURLToPath(new URL('../output', import.meta.url));
mkdirSync(OUT, { recursive: true });
const server = await serve(DIST);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
const page = await context.newPage();
await page.goto(server.url + '/');
await appReady(page);
await fillIn(page, { label: 'Fietsen Maes', market: 'both', levels: { vision: 2, journeys: 1 }, rest: 3, styleRest: 75, yes: ['nps_goal', 'buzzwords'] });
for (const [lang, button] of [['nl', 'Nederlands'], ['fr', 'Français'], ['en', 'English']]) {
  await page.getByRole('button', { name: button }).click();
  await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
  await page.locator('.radar .chart-svg svg').waitFor();
  await page.locator('.gap-facts .measure-parts').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, path: `${OUT}/print-${lang}.pdf` });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  // 210 mm − 2 × 12 mm margins at 96 px per inch.
  await page.setViewportSize({ width: 703, height: 1032 });
  await page.screenshot({ path: `${OUT}/print-${lang}.png`, fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`${lang}: ${pages.length} page(s), ${(height / 96 * 25.4).toFixed(0)} mm of content at the A4 text width`);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
}
await browser.close();
await server.close();
