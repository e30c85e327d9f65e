// End-to-end: the Content-Security-Policy allows only the app's own files, and
// labels and notes full of HTML, SVG and script payloads, RTL overrides and 10 000
// characters stay inert and intact everywhere they appear.
import { TEXTS } from '../support/app_data.mjs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appReady } from '../support/browser.mjs';
import { assertAxeClean, levelRadio, openBackup, question, stored, useApp } from '../support/session.mjs';

const app = useApp();

// 37 bytes, so it also fits in a share link (at most 40).
const LABEL = '<img src=x onerror=window.__xss=1>\u202E!';
const PAYLOADS = [
  '<img src=x onerror="window.__xss=2">',
  '<svg onload="window.__xss=3"><script>window.__xss=4</script></svg>',
  '"><script>window.__xss=5</script><!--',
  '<a href="javascript:window.__xss=6">klik</a>',
  '\u202Eredro\u202C =1+1 @SUM(A1) -2',
  '{{constructor.constructor("window.__xss=7")()}}',
];
const NOTE = `${PAYLOADS.join('\n')}\n${'é'.repeat(10000)}`.slice(0, 10000);

/** Nothing injected ran or became an element. */
async function assertInert(page, where) {
  const found = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    images: document.querySelectorAll('img').length,
    handlers: document.querySelectorAll('[onerror], [onload], a[href^="javascript:"]').length,
    svgScripts: document.querySelectorAll('svg script').length,
  }));
  assert.deepEqual(found, { xss: null, images: 0, handlers: 0, svgScripts: 0 }, `inert on ${where}`);
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

describe('security', () => {
  test('the Content-Security-Policy allows only the app itself and refuses injected code', async () => {
    const { page, problems, done } = await app.open('/');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, /^default-src 'none'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]{43}=')+; style-src 'self' 'sha256-[A-Za-z0-9+/]{43}=';/);
    // One hash per inline script that runs (Trunk's loader and the shell's), no more.
    const hashes = policy.split('; ').find((d) => d.startsWith('script-src')).match(/'sha256-/g).length;
    const scripts = await page.evaluate(() => document.querySelectorAll('script:not([src]):not([type="application/json"])').length);
    assert.equal(hashes, scripts, policy);
    assert.ok(!policy.includes("'unsafe-inline'") && !policy.includes("'unsafe-eval'"), policy);
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = 1';
      document.body.append(s);
      await new Promise((ok) => setTimeout(ok, 100));
      return window.__ran ?? null;
    });
    assert.equal(ran, null, 'an injected inline script does not run');
    assert.ok(problems.some((p) => p.includes('CSP violation: script-src')), problems.join('\n'));
    problems.length = 0;
    await done();
  });

  test('payloads in a label and a 10 000-character note stay inert and intact everywhere', async () => {
    const { page, context, done } = await app.open('/', { locale: 'nl-NL', acceptDownloads: true });
    await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
    await page.getByLabel('Naam van deze evaluatie').fill(LABEL);
    await page.getByLabel('Klanten').selectOption('both');
    await page.getByRole('link', { name: 'Naar de vragen' }).click();
    await question(page, 0).waitFor();
    for (let i = 0; i < 4; i += 1) await levelRadio(page, i, 3).check();
    await question(page, 0).locator('.answer-extras summary').click();
    const note = question(page, 0).locator('textarea');
    await note.fill(NOTE);
    await page.reload();
    await appReady(page);
    assert.equal(await question(page, 0).locator('textarea').inputValue(), NOTE, 'the note is intact after a reload');
    assert.equal((await stored(page)).assessments[0].answers['vision.written'].note, NOTE);
    await assertInert(page, 'the theme page');

    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    assert.equal(await page.locator('.saved-title').innerText(), LABEL);
    await assertInert(page, 'home');
    await openBackup(page);
    const json = JSON.parse(await download(page, 'Back-up downloaden (JSON)'));
    assert.equal(json.assessments[0].label, LABEL);
    assert.equal(json.assessments[0].answers['vision.written'].note, NOTE);
    const csv = await download(page, 'Downloaden als spreadsheet (CSV)');
    assert.ok(csv.includes(`"${NOTE.replace(/^[=+\-@]/, "'$&").replaceAll('"', '""')}"`), 'the note is one quoted CSV cell');
    assert.ok(csv.includes(LABEL), 'the label is in the CSV as written');
    await page.getByRole('link', { name: 'Terug naar start' }).click();

    await page.getByRole('link', { name: 'Resultaten' }).click();
    await page.locator('.radar .chart-svg svg').waitFor();
    assert.equal(await page.locator('h1').innerText(), LABEL);
    assert.ok((await page.locator('.share .contains').innerText()).includes(`de naam “${LABEL}”`));
    await assertInert(page, 'results');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('h1').innerText(), LABEL, 'print shows the label as written');
    await page.emulateMedia({ media: 'screen' });
    await assertAxeClean(page, 'results with payloads');

    const link = await page.locator('.share').getByLabel('Link om te delen').inputValue();
    const shared = await context.newPage();
    await shared.goto(link);
    await appReady(shared);
    await shared.locator('.radar .chart-svg svg').waitFor();
    assert.equal(await shared.locator('h1').innerText(), LABEL);
    await assertInert(shared, 'a shared result');

    await shared.goto(app.url('/team'));
    await appReady(shared);
    await shared.getByLabel("Links van collega's, één per regel").fill(`${link}\n${link}`);
    await shared.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await shared.locator('.team-radar svg').waitFor();
    assert.ok((await shared.locator('main').innerText()).includes(LABEL));
    await assertInert(shared, 'the team view');

    // A second assessment, so the comparison draws the label into its chart legend.
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await page.getByRole('button', { name: TEXTS.nl.common.start_new }).click();
    await page.goto(app.url('/compare'));
    await appReady(page);
    await page.locator('.compare-summary').waitFor();
    const legend = await page.locator('.radar svg').textContent();
    assert.ok(legend.includes(LABEL), 'the chart legend holds the label as text');
    await assertInert(page, 'the comparison');
    await done();
  });
});
