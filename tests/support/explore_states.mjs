// Exploration (not a test): every page and state, three languages, two widths; axe + overflow.
import { serve } from './server.mjs';
import { launch, newWatchedContext, appReady, axeViolations } from './browser.mjs';
import { DRUK_BV, KEYS } from './app_data.mjs';
import { fillIn } from './fill.mjs';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const server = await serve(DIST);
const browser = await launch();
const url = (p) => server.url + p;

// Seed: one complete assessment, one empty.
const { context, problems } = await newWatchedContext(browser, { locale: 'nl-NL' });
const page = await context.newPage();
await page.goto(url('/')); await appReady(page);
await fillIn(page, DRUK_BV);
const resultsPath = new URL(page.url()).pathname;
const full = resultsPath.split('/').pop();
const link = await page.locator('.share input[type=text], .share input[readonly], .share textarea').first().inputValue().catch(() => '');
const payload = link.split('#')[1];
await page.goto(url('/')); await appReady(page);
await page.locator('button.primary, button').filter({ hasText: /Nieuwe evaluatie/ }).first().click();
await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
const empty = new URL(page.url()).pathname.split('/').pop();
const storage = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
await context.close();
console.log('seeded', full, empty, payload, problems);

const pages = [
  ['home', '/'], ['intro', `/assessment/${empty}`], ['theme 1', `/assessment/${full}/vision`],
  ['empty theme', `/assessment/${empty}/vision`], ['style', `/assessment/${full}/style`], ['signals', `/assessment/${full}/signals`],
  ['empty signals', `/assessment/${empty}/signals`],
  ['results', `/results/${full}`], ['empty results', `/results/${empty}`], ['missing results', '/results/zzzz'],
  ['shared', `/share#${payload}`], ['broken share', '/share#AAAAAAAA'], ['empty share', '/share'],
  ['team empty', '/team'], ['team link', `/team#${payload}`], ['team broken', '/team#xx%0Ayy'],
  ['compare', '/compare'], ['compare bad', '/compare?before=a&after=b'], ['backup', '/backup'], ['method', '/method'], ['not found', '/nope/x'],
  ['bad step', `/assessment/${full}/nope`],
];
const report = [];
for (const locale of ['nl-NL', 'fr-BE', 'en-GB']) {
  for (const [w, h] of (process.env.WIDTHS==='320'?[[320,640]]:[[1280, 800], [320, 640]])) {
    const { context, problems } = await newWatchedContext(browser, { locale, viewport: { width: w, height: h } });
    await context.addInitScript((s) => { if (location.protocol.startsWith('http') && !localStorage.length) for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, storage);
    const p = await context.newPage();
    for (const [name, path] of pages) {
      try {
        await p.goto(url(path)); await appReady(p); await p.waitForTimeout(400);
      } catch (e) { report.push(`${locale} ${w} ${name}: did not load ${e.message.split('\n')[0]}`); continue; }
      const v = await axeViolations(p);
      const over = await p.evaluate(() => {
        const W = document.documentElement.clientWidth;
        const out = [];
        if (document.documentElement.scrollWidth > W + 1) out.push(`page scrolls sideways ${document.documentElement.scrollWidth} > ${W}: ` + [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > W + 1).map(e => `${e.tagName}.${e.className} w=${Math.round(e.getBoundingClientRect().width)} "${(e.textContent||'').slice(0,30)}"`).slice(0,4).join(' | '));
        return out;
      });
      for (const x of [...v, ...over]) report.push(`${locale} ${w} ${name}: ${x}`);
      if (w === 320 && locale !== 'nl-NL') await p.screenshot({ path: `/tmp/explore/${locale}-${name.replace(/ /g, '_')}.png`, fullPage: true });
      if (w === 320 && locale === 'nl-NL') await p.screenshot({ path: `/tmp/explore/nl-${name.replace(/ /g, '_')}.png`, fullPage: true });
    }
    for (const x of problems) report.push(`${locale} ${w}: ${x}`);
    await context.close();
  }
}
console.log(report.join('\n') || 'nothing found');
await browser.close(); await server.close();
