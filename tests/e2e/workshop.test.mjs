// End-to-end: a workshop's team view. Export files dropped and links pasted give
// the hand-computed means, ranges and profile counts; a duplicate and a broken
// file are reported and do not count; the QR codes decode to their links; the team
// prints on one A4 page and downloads as CSV; all of it works by keyboard alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { PNG } from 'pngjs';
import { questionnaire, TEXTS } from '../support/app_data.mjs';
import { exportFile, person } from '../support/team_files.mjs';
import { openFileChooser, tabTo } from '../support/keyboard.mjs';
import { assertAxeClean, useApp } from '../support/session.mjs';

const app = useApp();
const T = TEXTS.nl.team;
const OUT = fileURLToPath(new URL('../output', import.meta.url));

// Theme scores 0, 50, 100 (files) and 25, 75 (links). The profile is the statements'
// mean: Anna drive 100, grounding 0 (enthusiast); Bert 0 and 100 (follower); Chris
// 100 and 100 (balanced); Dirk 0 and 0 (starter); Eva 100 and 0 (enthusiast).
const ANNA = person('a', 'Anna', 1, 100, 0);
const FILES = [
  exportFile('anna.json', ANNA),
  exportFile('bert.json', person('b', 'Bert', 3, 0, 100)),
  exportFile('chris.json', person('c', 'Chris', 5, 100, 100)),
  exportFile('anna-kopie.json', ANNA),
  { name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "klantspiegel-export", ') },
];
const LINKED = [exportFile('dirk.json', person('d', 'Dirk', 2, 0, 0)), exportFile('eva.json', person('e', 'Eva', 4, 100, 0))];

/** Drops files on the drop zone as a mouse user would. */
async function drop(page, files) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    return dt;
  }, files.map((f) => ({ name: f.name, type: f.mimeType, text: f.buffer.toString('utf8') })));
  await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: transfer });
}

/** The text of the QR code drawn in `figure`, read back from a screenshot. */
async function decodeQr(figure) {
  const svg = figure.locator('.qr-code svg');
  // Six pixels per module: a clean image for the decoder, as a camera close up.
  const page = figure.page();
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 1400, height: 1400 });
  await svg.evaluate((el) => {
    const side = 6 * el.viewBox.baseVal.width;
    el.style.maxWidth = 'none';
    el.style.width = `${side}px`;
    el.style.height = `${side}px`;
  });
  // Up to three readings, each after two painted frames: right after a switch from
  // print to screen media the first capture can catch the code before its new size
  // is painted (seen twice in ten runs of the suite, as ZXing's "Dimensions could be not found").
  // A code that does not decode fails all three.
  let error;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await svg.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    try {
      const text = readQr(PNG.sync.read(await svg.screenshot()));
      await svg.evaluate((el) => el.removeAttribute('style'));
      await page.setViewportSize(viewport);
      return text;
    } catch (e) {
      error = e;
    }
  }
  throw error;
}

/** The text of a QR code in a screenshot. */
function readQr(png) {
  // jsQR 1.4 reads the small codes but not the dense ones of a large team (version
  // 25 and up), which ZXing (the library behind most phone scanners) reads.
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  if (found !== undefined) return found;
  const luminance = new Uint8ClampedArray(png.width * png.height).map((_, i) => png.data[i * 4]);
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, png.width, png.height)));
  return new QRCodeReader().decode(bitmap).getText();
}

/** The result links of two respondents: their payloads in a team link, split. */
async function linksOf(open, files) {
  const { page, done } = await open('/team', { locale: 'nl-NL' });
  await page.locator('#team-files').setInputFiles(files);
  await page.getByRole('heading', { level: 2, name: files.length === 1 ? '1 deelnemer' : `${files.length} deelnemers` }).waitFor();
  const team = await page.locator('#team-link').inputValue();
  await done();
  const origin = new URL(team).origin;
  return team.split('#')[1].split('.').map((payload) => `${origin}/share#${payload}`);
}

describe('workshop team view', () => {
  test('three files and two links: hand-computed means, ranges and profiles; duplicates and broken files reported', async () => {
    const links = await linksOf(app.open, LINKED);
    const { page, done } = await app.open('/team', { locale: 'nl-NL' });
    await drop(page, FILES);
    await page.getByRole('heading', { level: 2, name: '3 deelnemers' }).waitFor();
    const problems = await page.locator('.team-problems li').allInnerTexts();
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /^Anna staat al in de lijst; de kopie uit bestand anna-kopie\.json telt niet nog eens mee/);
    assert.equal(problems[1], `kapot.json: ${T.file_not_backup}`);
    await page.getByLabel(T.paste_label).fill(`${links[0]}\n${links[1]}\n${links[0]}`);
    await page.getByRole('button', { name: T.add, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '5 deelnemers' }).waitFor();
    const listed = await page.locator('.respondents li').evaluateAll((items) =>
      items.map((li) => li.querySelector(".who").textContent));
    assert.deepEqual(listed, [
      'Anna · uit bestand anna.json',
      'Bert · uit bestand bert.json',
      'Chris · uit bestand chris.json',
      'Dirk · via een link',
      'Eva · via een link',
    ]);
    // The second copy of Dirk's link counts once.
    assert.match(await page.locator('.team-problems li').innerText(), /^Dirk staat al in de lijst; de kopie via een link telt/);

    // Every theme: 0, 50, 100, 25, 75 → mean 50, range 0–100,
    // spread √((50² + 0 + 50² + 25² + 25²) / 5) = √1250 = 35,4.
    const rows = page.locator('.team-table tbody tr');
    assert.equal(await rows.count(), questionnaire.dimensions.length);
    for (let i = 0; i < (await rows.count()); i += 1) {
      assert.deepEqual((await rows.nth(i).locator('td').allInnerTexts()), ['50', '0–100', '35,4', '5']);
    }
    // Profiles: 2 enthusiasts (Anna, Eva), 1 follower, 1 balanced, 1 starter.
    const counts = await page.locator('.profile-counts li').evaluateAll((items) => items.map((li) => li.firstChild.textContent));
    assert.deepEqual(counts, [
      'Voortvarend: 2',
      'Bedachtzaam: 1',
      'In balans: 1',
      'Op verkenning: 1',
      'Nog geen duidelijk profiel: 0',
    ]);
    // The quadrant has a point per spot (Anna and Eva share 100, 0) and the team's.
    assert.equal(await page.locator('.team-profiles svg circle[r="4"]').count(), 4);
    assert.equal(await page.locator('.team-profiles svg circle[r="7"]').count(), 1);
    await assertAxeClean(page, 'team view with files, links and problems');

    // The QR codes decode to the team link and to the start of an assessment.
    const teamLink = await page.locator('#team-link').inputValue();
    assert.equal(await decodeQr(page.locator('figure.qr').first()), teamLink);
    assert.equal(await decodeQr(page.locator('figure.qr').nth(1)), app.url('/'));
    // Only the team itself is kept in this browser (its links, so no notes), never
    // the colleagues' results as assessments of this browser.
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), ['klantspiegel.teams'], 'only the team is kept');

    // The team CSV: a row per respondent and theme, then the team's rows.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: T.csv }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    const themes = questionnaire.dimensions.length;
    assert.equal(csv.length, 1 + 5 * themes + themes);
    assert.equal(csv[0], 'Deelnemer;Bron;Versie vragenlijst;Thema;Score;Laagste;Hoogste;Spreiding');
    const first = `1. ${questionnaire.dimensions[0].title.nl}`;
    assert.equal(csv[1], `Anna;uit bestand anna.json;${questionnaire.revision};${first};0;;;`);
    assert.equal(csv[1 + 3 * themes], `Dirk;via een link;${questionnaire.revision};${first};25;;;`);
    assert.equal(csv[1 + 5 * themes], `Teamgemiddelde;;;${first};50;0;100;35,4`);

    // Printed: one A4 page with the date and revision.
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: `${OUT}/desktop-nl-NL-team.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.screenshot({ path: `${OUT}/print-nl-NL-team.png`, fullPage: true });
    assert.match(await page.locator('.team-print-head').innerText(), new RegExp(`revisie ${questionnaire.revision} van de vragenlijst`));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${OUT}/team-report.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    assert.equal(pages.length, 1, `the printed team report has ${pages.length} pages`);
    await page.emulateMedia({ media: 'screen' });

    // The team link opens the same five in a fresh browser.
    const other = await app.open(teamLink.replace(app.url(''), ''), { locale: 'nl-NL' });
    await other.page.getByRole('heading', { level: 2, name: '5 deelnemers' }).waitFor();
    assert.equal(await other.page.locator('.respondents .source').first().innerText(), ' · via de teamlink');
    await other.done();
    await done();
  });

  test('by keyboard alone: choose files, paste a link, download the CSV', async () => {
    const links = await linksOf(app.open, LINKED.slice(0, 1));
    const { page, done } = await app.open('/team', { locale: 'nl-NL' });
    await tabTo(page, '#team-files');
    const chooser = await openFileChooser(page);
    await chooser.setFiles(FILES.slice(0, 2));
    await page.getByRole('heading', { level: 2, name: '2 deelnemers' }).waitFor();
    await tabTo(page, '#team-links', { back: true });
    await page.keyboard.type(links[0]);
    await tabTo(page, 'button[type=submit]', { text: T.add });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '3 deelnemers' }).waitFor();
    await tabTo(page, 'button', { text: T.csv });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^klantspiegel-team-\d{4}-\d{2}-\d{2}\.csv$/);
    await tabTo(page, 'button', { text: 'Verwijderen “Bert”' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: '2 deelnemers' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'respondents-title');
    await done();
  });

  test('a workshop of fifteen still prints on one A4 page', async () => {
    const names = ['Marieke van den Berg', 'Jan Peeters', 'Sofie Claes', 'Pieter de Vries', 'Els Wouters', 'Tom Janssens',
      'Annelies Bakker', 'Koen Maes', 'Lotte Visser', 'Bram Willems', 'Nina Smit', 'Joris Goossens', 'Eva Mulder',
      'Wim Hermans', 'Ruben Dekker'];
    const files = names.map((name, i) => exportFile(`${i + 1}.json`, person(`p${i}`, name, 1 + (i % 5), [0, 25, 100][i % 3], [100, 0, 75][i % 3])));
    const { page, done } = await app.open('/team', { locale: 'nl-NL' });
    await page.locator('#team-files').setInputFiles(files);
    await page.getByRole('heading', { level: 2, name: '15 deelnemers' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${OUT}/team-report-15.pdf`, pdf);
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.screenshot({ path: `${OUT}/print-nl-NL-team-15.png`, fullPage: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    assert.equal(pages.length, 1, `the printed team report of 15 has ${pages.length} pages`);
    // The QR code of a team of fifteen still decodes.
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await decodeQr(page.locator('figure.qr').first()), await page.locator('#team-link').inputValue());
    await done();
  });

  test('respondents on different questionnaire revisions are combined on the questions both asked', async () => {
    const r1 = JSON.parse(readFileSync(new URL('../../src/domain/share/layout_r1.json', import.meta.url), 'utf8'));
    const r5 = JSON.parse(readFileSync(new URL('../../src/domain/share/layout_r5.json', import.meta.url), 'utf8'));
    const old = person('o', 'Oud', 5, 75, 75);
    old.revision = 1;
    old.answers = Object.fromEntries(Object.entries(old.answers).filter(([id]) => r1.questions.includes(id)));
    const shared = r5.questions.filter((id) => r1.questions.includes(id)).length;
    const { page, done } = await app.open('/team', { locale: 'nl-NL' });
    await page.locator('#team-files').setInputFiles([exportFile('oud.json', old), FILES[0]]);
    await page.getByRole('heading', { level: 2, name: '2 deelnemers' }).waitFor();
    const note = await page.locator('.revisions-note').innerText();
    assert.match(note, /revisies van de vragenlijst ingevuld \(revisie 1, 5\)/);
    assert.match(note, new RegExp(`op de ${shared} vragen die in elke revisie staan\. De ${r5.questions.length - shared} vragen die niet`));
    // Scores 100 (Oud) and 0 (Anna) on every theme, also where later revisions added questions.
    const rows = page.locator('.team-table tbody tr td:nth-of-type(1)');
    assert.deepEqual([...new Set(await rows.allInnerTexts())], ['50']);
    // The team link keeps each respondent's revision.
    const other = await app.open(new URL(await page.locator('#team-link').inputValue()).pathname + new URL(await page.locator('#team-link').inputValue()).hash, { locale: 'nl-NL' });
    await other.page.locator('.revisions-note').waitFor();
    await other.done();
    await assertAxeClean(page, 'team view of mixed revisions');
    await done();
  });

  test('the result page shows a QR code of its share link', async () => {
    const links = await linksOf(app.open, LINKED.slice(1));
    const { page, done } = await app.open(links[0].replace(/^https?:\/\/[^/]+/, ''), { locale: 'nl-NL' });
    // A shared result is read-only; its saved copy has the share panel.
    await page.locator('#save-copy').click();
    await page.locator('#save-copy-yes').click();
    await page.locator('figure.qr').waitFor();
    assert.equal(await decodeQr(page.locator('figure.qr')), await page.locator('#share-link').inputValue());
    assert.equal(await page.locator('#share-link').inputValue(), links[0]);
    await assertAxeClean(page, 'results with the QR code');
    await done();
  });
});
