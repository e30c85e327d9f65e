// End-to-end: the app comes in three wasm modules. Answering (home, the steps) loads
// without the report (results, shared result) and the tools (method, team view,
// comparison, backups); moving between them loads the page anew with the other module,
// keeps the history right, and an unknown address is "not found" without reloading
// in a loop.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXTS } from '../support/app_data.mjs';
import { appReady, newWatchedContext } from '../support/browser.mjs';
import { startAssessment, useApp } from '../support/session.mjs';

const app = useApp();
const moduleOf = (url) => new URL(url).pathname.match(/^\/(answer|report|tools)-[0-9a-f]+_bg\.wasm$/)?.[1];

describe('two halves', () => {
  test('answering loads one module, results the other; back returns; unknown is not found', async () => {
    const { context, problems } = await newWatchedContext(app.browser, { locale: 'nl-NL', serviceWorkers: 'block' });
    const loaded = [];
    context.on('request', (r) => moduleOf(r.url()) && loaded.push(moduleOf(r.url())));
    const page = await context.newPage();
    await page.goto(app.url('/'));
    await appReady(page);
    await startAssessment(page, 'nl');
    assert.deepEqual(loaded, ['answer'], 'the first question needs only the answering module');

    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await page.locator('.saved-item').first().getByRole('link', { name: TEXTS.nl.common.results_label }).click();
    await page.waitForURL(/\/results\//);
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.common.results_title }).waitFor();
    assert.deepEqual(loaded, ['answer', 'report']);

    await page.goBack();
    await page.waitForURL((url) => new URL(url).pathname === '/');
    await appReady(page);
    await page.locator('.saved-item').first().waitFor();
    assert.deepEqual(loaded, ['answer', 'report', 'answer']);

    // The team view, the comparison and the backups come with the tools.
    await page.getByRole('link', { name: TEXTS.nl.common.team_nav }).click();
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.common.team_title }).waitFor();
    await page.goto(app.url('/backup'));
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.data.backup_title }).waitFor();
    await page.goto(app.url('/compare'));
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.compare.compare_title }).waitFor();
    assert.deepEqual(loaded, ['answer', 'report', 'answer', 'tools', 'tools', 'tools']);

    await page.goto(app.url('/nothing/here'));
    await appReady(page);
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.common.not_found_title }).waitFor();
    await page.waitForTimeout(300);
    assert.equal(new URL(page.url()).pathname, '/nothing/here', 'no reload loop');
    await context.close();
    assert.deepEqual(problems, []);
  });
});
