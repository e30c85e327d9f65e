// Fills in a whole assessment through the page, in Dutch, from home to the results.
import { questionnaire, TEXTS } from './app_data.mjs';

export { questionnaire };
const T = TEXTS.nl.common;
const DIMENSIONS = questionnaire.dimensions.length;

/**
 * The place (0–3: the first pole clearly, rather; the second pole rather, clearly)
 * that gives a style statement the axis value 0, 25, 75 or 100.
 */
export const styleOption = (id, value) => {
  const item = questionnaire.style_items.find((s) => s.id === id);
  const towardSecond = { 0: 0, 25: 1, 75: 2, 100: 3 }[value];
  if (towardSecond === undefined) throw new Error(`no place has the value ${value}`);
  return item.high_pole === 1 ? towardSecond : 3 - towardSecond;
};

/**
 * Answers every question through the page: the level per dimension id (default
 * `rest`), the style statements by axis value (`style`: id → 0, 25, 75 or 100;
 * default `styleRest`, "rather the high side" by default; `null` leaves them open),
 * and "yes" to the listed signals, "no" to the others; `size` picks the size band.
 */
export async function fillIn(page, { label, market, size, levels, rest, style = {}, styleRest = 75, yes }) {
  await page.getByRole('button', { name: T.start_new }).click();
  await page.getByLabel(T.label_label).fill(label);
  await page.getByLabel(questionnaire.context_fields.find((f) => f.id === 'market').label.nl).selectOption(market);
  if (size) await page.getByLabel(questionnaire.context_fields.find((f) => f.id === 'size').label.nl).selectOption(size);
  await page.getByRole('link', { name: T.start_questions }).click();
  for (let n = 1; n <= DIMENSIONS; n += 1) {
    await page.getByText(new RegExp(`^Thema ${n} van ${DIMENSIONS} ·`)).waitFor();
    const sets = page.locator('fieldset.question');
    const id = (await sets.first().getAttribute('id')).replace(/^question-/, '').split('.')[0];
    const level = levels[id] ?? rest;
    for (let i = 0; i < (await sets.count()); i += 1) {
      await sets.nth(i).locator('.levels input[type=radio]').nth(level - 1).check();
    }
    await page.locator('.step-nav a', { hasText: '→' }).click();
  }
  const items = page.locator('fieldset.style-item');
  await items.first().waitFor();
  for (let i = 0; i < (await items.count()); i += 1) {
    const id = (await items.nth(i).getAttribute('id')).replace(/^question-/, '');
    const value = id in style ? style[id] : styleRest;
    if (value !== undefined && value !== null) {
      await items.nth(i).locator('.levels input[type=radio]').nth(styleOption(id, value)).check();
    }
  }
  await page.locator('.step-nav a', { hasText: '→' }).click();
  const signals = page.locator('fieldset.signal');
  await signals.first().waitFor();
  for (let i = 0; i < (await signals.count()); i += 1) {
    const id = (await signals.nth(i).getAttribute('id')).replace(/^signal-/, '');
    await signals.nth(i).getByRole('radio', { name: yes.includes(id) ? T.yes : T.no }).check();
  }
  await page.getByRole('link', { name: T.to_results }).click();
  await page.locator('.radar .chart-svg svg').waitFor();
}
