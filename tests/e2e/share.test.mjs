// End-to-end: a result shared as a link opens the same elsewhere, stores nothing
// until asked, and every broken link says what is wrong.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { DRUK_BV } from '../support/app_data.mjs';
import { fillIn, questionnaire } from '../support/fill.mjs';
import { assertAxeClean, stored, useApp } from '../support/session.mjs';

const app = useApp();
const text = (page, selector) => page.locator(selector).innerText();
const headline = async (page) => ({
  score: await text(page, '.big-number'),
  stage: await text(page, '.stage-value'),
  weakest: await text(page, '.weakest-value'),
  profile: await text(page, '.profile-name'),
});

const bytes = (payload) => [...Buffer.from(payload, 'base64url')];
/** A payload of these bytes with their CRC-32 appended, as the app seals a link. */
const sealed = (content) => {
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(Buffer.from(content)));
  return Buffer.concat([Buffer.from(content), sum]).toString('base64url');
};

describe('share links', () => {
  test('a link opens the same result in a fresh browser, and nothing is stored until a copy is asked for', async () => {
    const { page, context, done } = await app.open('/', { locale: 'nl-NL' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fillIn(page, DRUK_BV);
    const original = await headline(page);
    const panel = page.locator('.share');
    const contains = () => panel.locator('.contains li').allInnerTexts();
    const questions = questionnaire.dimensions.reduce((n, d) => n + d.questions.length, 0);
    const styleItems = questionnaire.style_items.length;
    assert.ok((await contains()).includes(`${questions} antwoorden (een niveau, ‘weet ik niet’ of ‘niet van toepassing’)`));
    assert.ok((await contains()).includes(`${styleItems} keuzes over hoe u te werk gaat`));
    assert.ok((await contains()).includes('de naam “Druk BV”'));
    await panel.getByLabel('Naam van de evaluatie meesturen').uncheck();
    assert.ok((await contains()).includes('geen naam'));
    const link = await panel.getByLabel('Link om te delen').inputValue();
    const payload = link.split('#')[1];
    assert.ok(link.startsWith(app.url('/share#')), link);
    assert.ok(payload.length <= 48, `payload of ${payload.length} characters`);
    await panel.getByRole('button', { name: 'Link kopiëren' }).click();
    await panel.getByText('De link is gekopieerd.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    await assertAxeClean(page, 'results with the share panel');

    // A fresh browser: the same numbers, read-only, nothing stored.
    const other = await app.open('/share#' + payload, { locale: 'nl-NL' });
    await other.page.locator('.radar svg').waitFor();
    assert.deepEqual(await headline(other.page), original);
    assert.equal(await text(other.page, 'h1'), 'Gedeeld resultaat', 'the name was left out');
    assert.equal(await other.page.locator('.share').count(), 0);
    assert.equal(await other.page.evaluate(() => localStorage.length), 0, 'opening a link stores nothing');
    await assertAxeClean(other.page, 'a shared result');

    await other.page.getByRole('button', { name: 'Kopie bewaren in deze browser' }).click();
    await other.page.getByRole('button', { name: 'Annuleren' }).click();
    assert.equal(await other.page.evaluate(() => localStorage.length), 0, 'cancel stores nothing');
    await other.page.getByRole('button', { name: 'Kopie bewaren in deze browser' }).click();
    await other.page.getByRole('button', { name: 'Ja, bewaar een kopie' }).click();
    await other.page.waitForURL(/\/results\//);
    assert.deepEqual(await headline(other.page), original);
    const saved = (await stored(other.page)).assessments;
    assert.equal(saved.length, 1);
    assert.equal(Object.keys(saved[0].answers).length, questions + styleItems);
    // The same link again: it says it is saved already and leads there.
    await other.page.goBack();
    await other.page.getByText('Dit resultaat staat al in deze browser.').waitFor();
    await other.page.getByRole('link', { name: 'Openen' }).click();
    await other.page.waitForURL(new RegExp(`/results/${saved[0].id}$`));
    await other.done();
    await done();
  });

  test('a revision-1 link still opens, upgraded, and says what carried over', async () => {
    const { page, done } = await app.open('/share#AQABKcpTlKcpTlKcpTlKcpTlMkkkkkkmZl-oxQQyyQ', { locale: 'en-GB' });
    await page.getByRole('heading', { level: 1, name: 'Shared result' }).waitFor();
    const note = await text(page, '.upgraded');
    assert.match(note, /began on revision 1 of the questionnaire/);
    assert.match(note, /35 answers carried over/);
    assert.match(note, /6 answers to questions no longer asked are kept/);
    assert.match(await text(page, '.report-meta'), /questionnaire revision 5/);
    assert.match(await text(page, '.stage-value'), /^Stage [1-5] of 5: /);
    // No style answers in a revision-1 link: no profile, and it says how to get one.
    assert.match(await text(page, '.profile'), /No profile yet: answer 6 more statements/);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    await assertAxeClean(page, 'an upgraded revision-1 link');
    await done();
  });

  test('a revision-2 link still opens, upgraded: its answers carry over, its old statements make no profile', async () => {
    // The golden complete revision-2 link of src/domain/share/tests.rs.
    const { page, done } = await app.open('/share#AgIpylOUpylOUpylOUpylOUpyySSSSSSQplMpszNwOz0taw', { locale: 'nl-NL' });
    await page.getByRole('heading', { level: 1, name: 'Gedeeld resultaat' }).waitFor();
    const note = await text(page, '.upgraded');
    assert.match(note, /begon op revisie 2 van de vragenlijst/);
    assert.match(note, /40 antwoorden gingen mee/);
    assert.match(await text(page, '.report-meta'), /vragenlijst revisie 5/);
    assert.match(await text(page, '.profile'), /Nog geen profiel: beantwoord nog 6 stellingen/);
    await assertAxeClean(page, 'an upgraded revision-2 link');
    await done();
  });

  test('a revision-3 link says which question was rewritten, and no question is new', async () => {
    // The golden complete revision-3 link of src/domain/share/golden_tests.rs.
    const { page, done } = await app.open('/share#AgMpylOUpylOUpylOUpylOUpymSSSSSSSSnCnCmZnoDSSy4S', { locale: 'nl-NL' });
    await page.getByRole('heading', { level: 1, name: 'Gedeeld resultaat' }).waitFor();
    const note = await text(page, '.upgraded');
    assert.doesNotMatch(note, /nieuw en wacht/);
    assert.match(note, /De antwoordmogelijkheden van deze vraag zijn herschreven; .* Controleer of het nog klopt: Hoeveel ruimte hebben medewerkers met klantcontact /);
    await assertAxeClean(page, 'an upgraded revision-3 link');
    await done();
  });

  test('a revision-4 link opens with its three replaced statements left out, and no empty notice', async () => {
    // The golden complete revision-4 link of src/domain/share/golden_tests.rs.
    const { page, done } = await app.open('/share#AgQpylOUpylOUpylOUpylOUpymSSSSSSSSnCnCmZnoD6_LQl', { locale: 'nl-NL' });
    await page.getByRole('heading', { level: 1, name: 'Gedeeld resultaat' }).waitFor();
    assert.match(await text(page, '.report-meta'), /vragenlijst revisie 5/);
    assert.equal(await page.locator('.upgraded').count(), 0, 'nothing but new statements changed: no notice box');
    // In the folded "how is this calculated": drive counts the four statements still asked.
    assert.match(await page.locator('.profile').textContent(), /gemiddelde van 4 van de 5 stellingen/);
    await assertAxeClean(page, 'an upgraded revision-4 link');
    await done();
  });

  test('links mangled by mail and chat apps still open where that is safe', async () => {
    const { page, done } = await app.open('/', { locale: 'en-GB' });
    const empty = 'AQABAAAAAAAAAAAAAAAAAAAAAAAAANpm7mY';
    // A `>` or quote stuck to it, a space or an invisible character in it (the
    // address bar encodes them), its page name in capitals.
    const mangled = [`${empty}.`, `${empty})`, empty.replace('AQAB', 'AQA%42'), `${empty}>`, `${empty}"`, `${empty.slice(0, 10)} ${empty.slice(10)}`, `${empty.slice(0, 10)}\u200b${empty.slice(10)}`];
    for (const address of [...mangled.map((m) => `/share#${m}`), `/SHARE#${empty}`, `/share%23${empty}`]) {
      await page.goto(app.url(address));
      await page.getByRole('heading', { level: 1, name: 'Shared result' }).waitFor();
    }
    await done();
  });

  test('each broken link shows its own message and nothing is written', async () => {
    const { page, done } = await app.open('/', { locale: 'en-GB' });
    const good = 'AQABKcpTlKcpTlKcpTlKcpTlMkkkkkkmZl-oxQQyyQ';
    const cases = [
      ['', 'the part after the # sign is missing'],
      ['AQAB!x', 'at position 5'],
      [good.slice(0, 30), 'cut off'],
      ['A'.repeat(200), 'longer than a Klantspiegel link'],
      [good.slice(0, 20) + (good[20] === 'A' ? 'B' : 'A') + good.slice(21), 'checksum'],
      // Sealed by its checksum, a link of a newer format or questionnaire is news
      // from a newer Klantspiegel; the same first characters typed wrong are damage.
      [sealed([3, ...bytes(good).slice(1, -4)]), 'newer version'],
      ['Aw' + good.slice(2), 'checksum'],
      [sealed([1, 0, 9, 0, 0]), 'questionnaire this version'],
      ['AQAJAAA', 'checksum'],
    ];
    for (const [payload, expected] of cases) {
      await page.goto(app.url('/share#' + payload));
      await page.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
      assert.match(await text(page, '.share-error .notice'), new RegExp(expected), `#${payload}`);
      assert.equal(await page.evaluate(() => localStorage.length), 0, `#${payload} wrote nothing`);
    }
    await assertAxeClean(page, 'a broken link');
    await done();
  });
});
