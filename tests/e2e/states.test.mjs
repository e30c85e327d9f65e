// End-to-end: every page, in its usual and its odd states (nothing answered, a
// broken or cut link, an unknown assessment or step, an empty team), in Dutch,
// French and English at 320 px and in Dutch on a desktop: axe finds nothing and
// nothing scrolls sideways (WCAG 1.4.10, reflow), also in French at 320 px with the
// text spacing a reader may set (WCAG 1.4.12).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DRUK_BV, TEXTS } from '../support/app_data.mjs';
import { fillIn } from '../support/fill.mjs';
import { appReady, axeViolations, newWatchedContext } from '../support/browser.mjs';
import { useApp } from '../support/session.mjs';

const app = useApp();
// WCAG 1.4.12: the text spacing a reader may set must not break the page.
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

/** One complete and one untouched assessment, as stored, and the complete one's link. */
async function seed() {
  const { page, done } = await app.open('/', { locale: 'nl-NL' });
  await fillIn(page, DRUK_BV);
  const full = new URL(page.url()).pathname.split('/').pop();
  const link = await page.locator('.share').getByLabel(TEXTS.nl.share.link_label).inputValue();
  await page.getByRole('link', { name: 'Klantspiegel' }).click();
  await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
  await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
  const empty = new URL(page.url()).pathname.split('/').pop();
  const storage = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  await done();
  return { full, empty, payload: link.split('#')[1], storage };
}

function pages({ full, empty, payload }) {
  return [
    ['home', '/'],
    ['intro', `/assessment/${empty}`],
    ['a theme', `/assessment/${full}/vision`],
    ['an unanswered theme', `/assessment/${empty}/vision`],
    ['the style step', `/assessment/${full}/style`],
    ['the signals', `/assessment/${full}/signals`],
    ['unanswered signals', `/assessment/${empty}/signals`],
    ['an unknown step', `/assessment/${full}/nope`],
    ['results', `/results/${full}`],
    ['results before any answer', `/results/${empty}`],
    ['results of an unknown assessment', '/results/zzzz'],
    ['a shared result', `/share#${payload}`],
    ['a damaged link', '/share#AAAAAAAA'],
    ['a link without its result', '/share'],
    ['an empty team', '/team'],
    ['a team link', `/team#${payload}`],
    ['a damaged team link', `/team#${payload.slice(0, -5)}`],
    ['compare', '/compare'],
    ['compare with unknown ids', '/compare?before=a&after=b'],
    ['backups', '/backup'],
    ['method', '/method'],
    ['an unknown page', '/nope/x'],
  ];
}

describe('every page and state', () => {
  test('passes axe and fits 320 px in three languages, and a desktop in Dutch', async () => {
    const seeded = await seed();
    const found = [];
    const runs = [['nl-NL', 1280, 800], ['nl-NL', 320, 640], ['fr-BE', 320, 640], ['en-GB', 320, 640], ['fr-BE', 320, 640, SPACING]];
    for (const [locale, width, height, spacing] of runs) {
      // The spacing style is added as a reader's style sheet would be, past the page's CSP.
      const { context, problems } = await newWatchedContext(app.browser, { locale, viewport: { width, height }, bypassCSP: Boolean(spacing) });
      await context.addInitScript((stored) => {
        if (location.protocol.startsWith('http') && !localStorage.length) {
          for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
        }
      }, seeded.storage);
      const page = await context.newPage();
      for (const [what, path] of pages(seeded)) {
        await page.goto(app.url(path));
        await appReady(page);
        await page.locator('main h1').first().waitFor();
        // Every part that opens on request (answers, B2B readiness) open too.
        await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
        const where = `${locale} ${width} px${spacing ? ' with text spacing' : ''}, ${what}`;
        // The tab is named after the page (WCAG 2.4.2): its heading, then the app.
        const titled = await page
          .waitForFunction(() => {
            const h1 = document.querySelector('main h1').textContent.replace(/\s+/g, ' ').trim();
            return document.title === (h1 === 'Klantspiegel' ? h1 : `${h1} – Klantspiegel`);
          }, null, { timeout: 3000 })
          .then(() => true, () => false);
        if (!titled) found.push(`${where}: the title is "${await page.title()}"`);
        if (spacing) {
          await page.addStyleTag({ content: spacing });
        } else {
          for (const v of await axeViolations(page)) found.push(`${where}: ${v}`);
        }
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        if (wide > width) found.push(`${where}: the page is ${wide} px wide`);
      }
      await context.close();
      found.push(...problems.map((p) => `${locale} ${width} px: ${p}`));
    }
    assert.deepEqual(found, []);
  });
});
