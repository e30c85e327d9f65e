// End-to-end: what a workshop consultant needs from the team view over several
// days. A colleague's full backup adds only the assessment chosen and none of its
// notes; the team is kept in this browser (reload, home, a new tab) under its
// session title; own assessments are added from a list; the headline names the
// split of styles, never a profile nobody has; the English CSV opens as columns.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TEXTS } from '../support/app_data.mjs';
import { exportFile, person } from '../support/team_files.mjs';
import { assertAxeClean, openBackup, useApp } from '../support/session.mjs';
import { appReady } from '../support/browser.mjs';
import { activate, openFileChooser, tabTo } from '../support/keyboard.mjs';

const app = useApp();
const T = TEXTS.nl.team;
const NOTE = 'PRIVÉ: directeur wil hier niets van weten';

/** Bram's whole browser: an old test assessment and his real one, with a private note. */
function bramsBackup() {
  const old = { ...person('t', 'Test, negeren', 1, 0, 0), updated_ms: 1 };
  const bram = { ...person('b', 'Bram', 4, 100, 0), updated_ms: 5 };
  bram.answers['vision.written'].note = NOTE;
  return exportFile('bram-backup.json', old, bram);
}

async function drop(page, files) {
  await page.getByLabel(T.files_label).setInputFiles(files);
}

describe('kept teams', () => {
  test('a full backup adds only the chosen assessment, without notes; the team survives reload, home and a new tab', async () => {
    const { page, context, done } = await app.open('/team', { locale: 'nl-NL' });
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.common.team_title }).waitFor();
    assert.equal(await page.locator('.kept').innerText().then((t) => t.includes(T.kept_none)), true);

    await drop(page, [bramsBackup()]);
    const pick = page.getByRole('group', { name: 'bram-backup.json is een volledige back-up met 2 evaluaties' });
    await pick.waitFor();
    // The latest is ticked, the old test is not; only names and dates are shown.
    assert.equal(await pick.getByRole('checkbox', { name: /^Bram/ }).isChecked(), true);
    assert.equal(await pick.getByRole('checkbox', { name: /^Test, negeren/ }).isChecked(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'team-pick-add', 'focus moves to the choice');
    await assertAxeClean(page, 'picking from a backup');
    await pick.getByRole('button', { name: T.pick_add }).click();
    await page.getByRole('heading', { level: 2, name: '1 deelnemer' }).waitFor();
    assert.deepEqual(await page.locator('.respondents .name').allInnerTexts(), ['Bram']);

    // Two colleagues' files for the team: an enthusiast and a follower.
    await drop(page, [exportFile('anna.json', person('a', 'Anna', 2, 75, 25)), exportFile('bert.json', person('c', 'Bert', 3, 0, 100))]);
    await page.getByRole('heading', { level: 2, name: '3 deelnemers' }).waitFor();
    // Two enthusiasts and a follower: the headline is the split, not a profile.
    assert.equal(await page.locator('.team-styles').innerText(), 'Voortvarend: 2 · Bedachtzaam: 1');
    assert.equal(await page.locator('.style-agreement').innerText(), T.agree_split);
    assert.equal(await page.locator('.team-summary .profile-name').count(), 0);
    // Each respondent's overall score and stage, and the theme grid.
    const bramRow = page.locator('.team-grid tbody tr', { hasText: 'Bram' });
    assert.deepEqual((await bramRow.locator('th, td').allInnerTexts()).slice(0, 4), ['1. Bram', '75', '4', '75']);
    assert.equal(await page.locator('.team-grid tbody tr').count(), 3);
    // The team's plan: moves several respondents' own plans share, with how many.
    const shared = await page.locator('.shared-steps .step-from').allInnerTexts();
    assert.ok(shared.length >= 1, 'the team shares at least one step');
    assert.match(shared[0], /^in het plan van [23] van de 3 · /);
    // On the quadrant each respondent is their number, as in the list and the grid.
    const marks = (await page.locator('.team-profiles svg text').allTextContents()).map((m) => m.trim());
    assert.ok(['1', '2', '3'].every((n) => marks.includes(n)) && !marks.some((m) => m.includes('Bram')), marks.join('|'));

    await page.getByLabel(T.session_label).fill('Workshop Gent');
    await page.getByLabel(T.session_label).press('Tab');
    await page.getByText(T.kept_here).waitFor();

    // No note anywhere: page, team link, kept team, team CSV.
    assert.ok(!(await page.locator('body').innerText()).includes(NOTE));
    const link = await page.getByLabel('Link om te delen').inputValue();
    assert.ok(!decodeURIComponent(link).includes('PRIV'));
    const kept = await page.evaluate(() => localStorage.getItem('klantspiegel.teams'));
    assert.ok(kept.includes('Workshop Gent') && !kept.includes('PRIV'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: T.csv }).click()]);
    assert.ok(!readFileSync(await download.path(), 'utf8').includes('PRIV'));
    await assertAxeClean(page, 'a kept team');

    // A reload, then home, then a new tab: the team is still there.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: '3 deelnemers' }).waitFor();
    assert.equal(await page.getByLabel(T.session_label).inputValue(), 'Workshop Gent');
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await page.getByRole('link', { name: 'Workshop Gent' }).click();
    await page.getByRole('heading', { level: 2, name: '3 deelnemers' }).waitFor();
    const tab = await context.newPage();
    await tab.goto(app.url('/team'));
    await tab.getByRole('link', { name: 'Workshop Gent' }).click();
    await tab.getByRole('heading', { level: 2, name: '3 deelnemers' }).waitFor();
    assert.deepEqual(await tab.locator('.respondents .name').allInnerTexts(), ['Bram', 'Anna', 'Bert']);
    // Deleted from this browser: gone from the list, the team on screen stays.
    await tab.getByRole('button', { name: `${T.kept_delete} “Workshop Gent”` }).click();
    await tab.getByText(T.kept_none).waitFor();
    await tab.close();
    await done();
  });

  test('own assessments are added from a list; the English CSV opens as columns', async () => {
    const { page, done } = await app.open('/', { locale: 'en-GB' });
    await openBackup(page, 'en');
    const own = exportFile('mine.json', { ...person('m1', 'Shop', 2, 100, 100), updated_ms: 9 }, { ...person('m2', 'Webshop', 3, 0, 0), updated_ms: 3 });
    await page.getByLabel(TEXTS.en.data.import_label).setInputFiles(own);
    await page.getByRole('button', { name: TEXTS.en.data.import_do, exact: true }).click();
    await page.getByText('2 assessments restored.').waitFor();
    await page.getByRole('link', { name: 'Klantspiegel' }).click();
    await page.getByRole('link', { name: TEXTS.en.common.team_nav }).click();
    await page.getByRole('button', { name: TEXTS.en.team.own_add }).click();
    const pick = page.getByRole('group', { name: TEXTS.en.team.own_add });
    await pick.getByRole('checkbox', { name: /^Webshop/ }).check();
    await pick.getByRole('button', { name: TEXTS.en.team.pick_add }).click();
    await page.getByRole('heading', { level: 2, name: '2 respondents' }).waitFor();
    assert.deepEqual(await page.locator('.respondents .source').allInnerTexts(), [' · from this browser', ' · from this browser']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: TEXTS.en.team.csv }).click(),
    ]);
    const rows = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    assert.deepEqual(rows[0].split(','), ['Respondent', 'Source', 'Questionnaire revision', 'Theme', 'Score', 'Lowest', 'Highest', 'Spread']);
    // Scores 25 and 50 on every theme: the team row's spread is 12.5, with a point.
    const team = rows.at(-1).split(',');
    assert.equal(team.length, 8, rows.at(-1));
    assert.equal(team[7], '12.5');
    await done();
  });

  test('by keyboard alone: pick from a backup, name the session, delete a kept team; a pasted results address is explained', async () => {
    const { page, done } = await app.open('/team', { locale: 'nl-NL' });
    await page.getByRole('heading', { level: 1, name: TEXTS.nl.common.team_title }).waitFor();
    // The address of one's own results page, the most likely mistake.
    await tabTo(page, 'textarea#team-links');
    await page.keyboard.type(app.url('/results/mk2x9a7'));
    await activate(page, 'button[type=submit]', T.add);
    await page.locator('.team-problems li').getByText(TEXTS.nl.share.error_results_page).waitFor();

    await tabTo(page, 'input#team-files');
    const chooser = await openFileChooser(page);
    await chooser.setFiles([bramsBackup()]);
    // Focus is on 'add the chosen'; back to the unticked test, tick it, add both.
    await page.waitForFunction(() => document.activeElement?.id === 'team-pick-add');
    await tabTo(page, 'input[type=checkbox]', { back: true });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'team-pick-add');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '2 deelnemers' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'respondents-title', 'focus goes on to the list');

    await tabTo(page, 'input#session-name', { back: true });
    await page.keyboard.type('Sessie Hasselt');
    await page.keyboard.press('Tab');
    await page.getByText(T.kept_here).waitFor();
    await tabTo(page, '.kept-teams button', { back: true });
    await page.keyboard.press('Enter');
    await page.getByText(T.kept_none).waitFor();
    await done();
  });

  test('unreadable kept teams: kept aside, a clear notice, home and the assessments untouched', async () => {
    const { page, done } = await app.open('/', { locale: 'nl-NL' });
    await page.evaluate(() => localStorage.setItem('klantspiegel.teams', '{"version":1,"teams":[{"id":'));
    await page.reload();
    await appReady(page);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    assert.equal(await page.locator('.kept-teams').count(), 0, 'home lists nothing it cannot read');
    await page.getByRole('link', { name: TEXTS.nl.common.team_nav }).click();
    await page.getByText(T.kept_problem).waitFor();
    const kept = await page.evaluate(() => [localStorage.getItem('klantspiegel.teams'), localStorage.getItem('klantspiegel.teams.unreadable')]);
    assert.deepEqual(kept, [null, '{"version":1,"teams":[{"id":'], 'the unreadable text is kept aside, not lost');
    // A new team is kept again as usual.
    await drop(page, [exportFile('anna.json', person('a', 'Anna', 2, 75, 25))]);
    await page.getByText(T.kept_here).waitFor();
    await assertAxeClean(page, 'team view with unreadable kept teams');
    await done();
  });
});
