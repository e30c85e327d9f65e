// End-to-end privacy proof: the whole product is used once (every page, an
// assessment filled in, share, team view, comparison, export, import, print) while
// every request the browser makes, the service worker's included, is recorded.
// Each must go to 127.0.0.1, be a plain GET of one of the app's own built files, and
// carry nothing of the answers; no web fonts, no other origins in any page's
// resource timing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { appReady } from '../support/browser.mjs';
import { fillIn } from '../support/fill.mjs';
import { useApp } from '../support/session.mjs';

const app = useApp();
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
// The paths a request may ask for: the built files, and the app's own routes (a
// reload or a shared link asks the server for the page, which answers index.html).
const FILES = new Set(readdirSync(DIST).map((f) => `/${f}`));
const ROUTES = [/^\/$/, /^\/share$/, /^\/team$/, /^\/compare$/, /^\/method$/, /^\/backup$/, /^\/results\/[a-z0-9]+$/, /^\/assessment\/[a-z0-9]+(\/[a-z0-9-]+)?$/];

/** Everything the page's own resource timing saw, to catch what bypasses the context. */
const resourceOrigins = (page) =>
  page.evaluate(() => [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).origin))]);

describe('privacy', () => {
  test('using every part of the app sends nothing anywhere but to its own server', async () => {
    const { page, context, done } = await app.open('/', { locale: 'nl-NL', acceptDownloads: true });
    const requests = [];
    context.on('request', (req) => requests.push(req));
    const origins = new Set();
    const seeOrigins = async (p) => (await resourceOrigins(p)).forEach((o) => origins.add(o));
    await page.evaluate(() => { window.print = () => {}; });

    await page.goto(app.url('/method'));
    await appReady(page);
    await seeOrigins(page);
    await page.goto(app.url('/'));
    await appReady(page);
    await fillIn(page, {
      label: 'Privé BV',
      market: 'both',
      levels: { listening: 4, needs: 2 },
      rest: 3,
      yes: ['nps_goal'],
    });
    await seeOrigins(page);
    await page.getByRole('button', { name: 'Rapport afdrukken' }).click();
    const link = await page.locator('#share-link').inputValue();
    const payload = new URL(link).hash.slice(1);
    assert.ok(payload.length > 20, 'a share link was made');
    await page.reload();
    await appReady(page);

    // The link opened in another page, kept, compared with the first.
    const other = await context.newPage();
    await other.goto(link);
    await appReady(other);
    await other.getByRole('button', { name: 'Kopie bewaren in deze browser' }).click();
    await other.getByRole('button', { name: 'Ja, bewaar een kopie' }).click();
    await other.waitForURL(/\/results\//);
    await other.locator('.radar .chart-svg svg').waitFor();
    await seeOrigins(other);
    await other.goto(app.url('/compare'));
    await appReady(other);
    await other.locator('#compare-table-title').waitFor();
    await seeOrigins(other);

    // The team view from a link pasted twice (it counts once).
    await other.goto(app.url('/team'));
    await appReady(other);
    await other.getByLabel("Links van collega's, één per regel").fill(`${link}\n${link}`);
    await other.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await other.getByRole('heading', { level: 2, name: '1 deelnemer' }).waitFor();
    await seeOrigins(other);

    // Export both ways and import the backup again.
    await other.goto(app.url('/backup'));
    await appReady(other);
    const [json] = await Promise.all([
      other.waitForEvent('download'),
      other.getByRole('button', { name: 'Back-up downloaden (JSON)' }).click(),
    ]);
    await Promise.all([
      other.waitForEvent('download'),
      other.getByRole('button', { name: 'Downloaden als spreadsheet (CSV)' }).click(),
    ]);
    await other.getByLabel('Back-up terugzetten (JSON-bestand)').setInputFiles(await json.path());
    await other.getByRole('button', { name: 'Terugzetten', exact: true }).click();
    await other.getByText(/evaluaties? teruggezet\./).waitFor();
    await seeOrigins(other);
    assert.deepEqual(await other.evaluate(() => [...document.fonts].map((f) => f.family)), [], 'no web fonts');

    const own = new URL(app.url('/')).origin;
    assert.deepEqual([...origins], [own], 'every page loaded only its own files');
    const seen = requests.map((r) => new URL(r.url()));
    assert.ok(seen.length >= 10, `the recorder saw the app load (${seen.length} requests)`);
    for (const [i, url] of seen.entries()) {
      const what = `${requests[i].method()} ${url.href}`;
      if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
      assert.equal(url.origin, own, `${what} goes to the app's own server`);
      assert.equal(requests[i].method(), 'GET', `${what} sends nothing`);
      assert.equal(requests[i].postData(), null, `${what} has no body`);
      assert.equal(url.search, '', `${what} carries no query`);
      assert.ok(FILES.has(url.pathname) || ROUTES.some((r) => r.test(url.pathname)), `${what} asks for the app's own file`);
      assert.ok(!url.href.includes(payload) && !url.href.includes('Priv'), `${what} carries none of the answers`);
    }
    const fromWorker = requests.filter((r) => r.serviceWorker() || r.frame() == null).length;
    console.log(`# ${seen.length} requests, ${fromWorker} from the service worker, all to ${own}`);
    await other.close();
    await done();
  });
});
