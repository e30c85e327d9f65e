// Reads a shared result's plan in the app as its reader would: opens
// `/share#<payload>` in the given language, waits for the steps, and prints the
// three steps (owner, deliverable, measure), the 90-day plan and its CSV.
// `node support/plan_for.mjs <payload> <nl|fr|en>` from tests/, after a build.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { appReady, launch } from './browser.mjs';

const [payload, lang = 'nl'] = process.argv.slice(2);
if (!payload) throw new Error('usage: node support/plan_for.mjs <payload> <nl|fr|en>');
const server = await serve(fileURLToPath(new URL('../../dist', import.meta.url)));
const browser = await launch();
const locale = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' }[lang];
const context = await browser.newContext({ locale, acceptDownloads: true });
const page = await context.newPage();
await page.goto(`${server.url}/share#${payload.replace(/^.*#/, '')}`);
await appReady(page);
await page.locator('.gap-facts .measure-parts').first().waitFor({ timeout: 20000 });
for (const part of ['.summary', '.profile', '.gaps', '.plan']) {
  const el = page.locator(part).first();
  if (await el.count()) console.log(`\n${await el.innerText()}`);
}
const [file] = await Promise.all([page.waitForEvent('download'), page.locator('.plan-files button').first().click()]);
console.log(`\n--- ${file.suggestedFilename()}\n${await readFile(await file.path(), 'utf8')}`);
await browser.close();
await server.close();
