// End-to-end: the 90-day plan of a small company names owners a small company has,
// every step carries its deliverable and measure (baseline, target, source), and
// the plan downloads as a CSV and a calendar file that strict readers accept, with
// due dates counted from today. Without the steps' file the result still shows and
// says what is missing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { TEXTS, questionnaire } from '../support/app_data.mjs';
import { fillIn } from '../support/fill.mjs';
import { csvRows, icsEvents } from '../support/plan_files.mjs';
import { assertAxeClean, useApp } from '../support/session.mjs';

const app = useApp();
const R = TEXTS.nl.results;

/** The file a click downloads, as text. */
async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

describe('the 90-day plan', () => {
  test('a 5-person shop gets owners it has, measured steps, and a CSV and calendar file with its due dates', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    await fillIn(page, { label: 'Bakkerij Peeters', market: 'b2c', size: 's1_9', levels: { vision: 1 }, rest: 2, yes: ['nps_goal'] });
    await page.locator('.gap-facts .measure-parts').first().waitFor();

    // Owners: the names a company under 50 people uses for each role, never a
    // large company's job title it does not have.
    const small = new Set(questionnaire.roles.map((r) => r.small.nl));
    const large = questionnaire.roles.map((r) => r.name.nl).filter((n) => !small.has(n));
    const owners = await page.locator('.gap-facts dd:first-of-type').allInnerTexts();
    assert.equal(owners.length, 3);
    for (const owner of owners) assert.ok(small.has(owner), `${owner} is a small company's owner`);
    const page_text = await page.locator('.gaps, .plan').allInnerTexts();
    for (const title of large) assert.ok(!page_text.join(' ').includes(title), `no '${title}' in a 5-person shop's plan`);
    // Each step: its deliverable and a measure with baseline, target and source.
    for (const facts of await page.locator('.gap-facts').allInnerTexts()) {
      assert.match(facts, new RegExp(`${R.owner_label}[\\s\\S]+${R.deliverable_label}[\\s\\S]+${R.measure_label}`));
      for (const label of [R.start_label, R.target_label, R.source_label]) assert.ok(facts.includes(label), `${label} in ${facts}`);
    }
    // The profile's move is one of the three steps and in the plan.
    assert.equal(await page.locator('.gap-theme .tag', { hasText: R.gap_focus }).count(), 1);
    assert.equal(await page.locator('.plan-list .tag', { hasText: R.gap_focus }).count(), 1);
    // Three steps and the signal's action beside the second: days 30, 60, 60, 90.
    const when = await page.locator('.plan-when').allInnerTexts();
    assert.deepEqual(when, ['Uiterlijk dag 30', 'Uiterlijk dag 60', 'Uiterlijk dag 60', 'Uiterlijk dag 90']);
    const actions = await page.locator('.plan-what').allInnerTexts();
    await assertAxeClean(page, 'the results with the plan');

    const due = await page.evaluate(() => [30, 60, 60, 90].map((n) => {
      const d = new Date();
      d.setDate(d.getDate() + n);
      // A due date on a weekend moves to the Monday after.
      if (d.getDay() === 6) d.setDate(d.getDate() + 2);
      if (d.getDay() === 0) d.setDate(d.getDate() + 1);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    }));
    const csv = await download(page, R.plan_csv);
    assert.match(csv.name, /^klantspiegel-plan-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = csvRows(csv.text, ';');
    assert.deepEqual(rows[0], [R.col_owner, R.col_action, R.col_deliverable, R.col_plan_measure, R.col_due]);
    assert.equal(rows.length, 1 + 4);
    assert.ok(rows.every((r) => r.length === 5));
    assert.deepEqual(rows.slice(1).map((r) => r[1]), actions);
    assert.deepEqual(rows.slice(1).map((r) => r[4]), due);
    for (const r of rows.slice(1)) assert.ok(small.has(r[0]), `${r[0]} owns a row`);
    // Every action carries its deliverable and measure, the signal's too.
    for (const r of rows.slice(1)) {
      assert.notEqual(r[2], '', `a deliverable for ${r[1]}`);
      assert.ok(r[3].includes(R.start_label) && r[3].includes(R.target_label) && r[3].includes(R.source_label), r[3]);
    }

    const ics = await download(page, R.plan_ics);
    assert.match(ics.name, /\.ics$/);
    const events = icsEvents(ics.text);
    assert.deepEqual(events.map((e) => e.summary), actions);
    assert.deepEqual(events.map((e) => e.start), due.map((d) => d.replaceAll('-', '')));
    assert.ok(events.every((e) => e.description.startsWith(`${R.owner_label}: `)));
    await done();
  });

  test('without the steps file the result shows and says the steps could not be loaded', async () => {
    const { page, context, problems, done } = await app.open('/', { locale: 'nl-NL' });
    await context.route(/\/steps-[a-z]{2}-[0-9a-f]+\.json$/, (route) => route.abort());
    await fillIn(page, { label: 'Zonder stappen', market: 'b2b', levels: {}, rest: 3, yes: [] });
    await page.getByText(R.details_failed).first().waitFor();
    assert.equal(await page.locator('.gap').count(), 3, 'the steps are there, with their owners');
    assert.ok(await page.getByRole('button', { name: R.plan_csv }).isDisabled());
    assert.ok(await page.locator('.radar .chart-svg svg').isVisible());
    // The failed fetch is logged to the console; nothing else went wrong.
    const expected = (p) => /steps-|Failed to fetch|ERR_FAILED/.test(p);
    assert.ok(problems.some(expected), problems.join('\n'));
    problems.splice(0, problems.length, ...problems.filter((p) => !expected(p)));
    await done();
  });
});
