// Shared end-to-end setup: serves dist/ and launches Chromium around a test file,
// and opens watched pages that fail the test on foreign requests or page errors.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { TEXTS } from './app_data.mjs';
import { appReady, axeViolations, launch, newWatchedContext } from './browser.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

/** Registers before/after hooks; returns helpers bound to this file's server and browser. */
export function useApp() {
  const session = {};
  before(async () => {
    session.server = await serve(DIST);
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });

  /** Opens a watched page; `done()` closes it and asserts nothing forbidden happened. */
  session.open = async (path, options) => {
    const { context, problems } = await newWatchedContext(session.browser, options);
    const page = await context.newPage();
    // File choosers are intercepted from the start, so one opened by the keyboard
    // always reaches the test (see openFileChooser in keyboard.mjs).
    page.on('filechooser', () => {});
    await page.goto(session.server.url + path);
    await appReady(page);
    return {
      page,
      context,
      problems,
      done: async () => {
        await context.close();
        assert.deepEqual(problems, [], 'no foreign requests, page errors or console errors');
      },
    };
  };
  session.url = (path) => session.server.url + path;
  return session;
}

export async function assertAxeClean(page, what) {
  assert.deepEqual(await axeViolations(page), [], `axe violations on ${what}`);
}

/** The saved state exactly as the app keeps it in localStorage. */
export const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem(KS_KEYS.STATE_KEY)));

export const question = (page, n) => page.locator('fieldset.question').nth(n);
/** The radio of a level (1–5): options show only their behaviour, so by place. */
export const levelRadio = (page, n, level) =>
  question(page, n).locator('.levels input[type=radio]').nth(level - 1);

const START = Object.fromEntries(['nl', 'fr', 'en'].map((l) => [l, [TEXTS[l].common.start_new, TEXTS[l].common.start_questions]]));

/** From home: starts a new assessment, passes the intro, lands on the first theme. */
export async function startAssessment(page, lang) {
  const [start, onward] = START[lang];
  await page.getByRole('button', { name: start }).click();
  await page.waitForURL(/\/assessment\/[a-z0-9]+$/);
  await page.getByRole('link', { name: onward }).click();
  await page.locator('fieldset.question').first().waitFor();
}

/** From home: opens the page of backups, import and CSV (the report half). */
export async function openBackup(page, lang = 'nl') {
  await page.getByRole('link', { name: TEXTS[lang].common.backup_entry_link }).click();
  await page.getByRole('heading', { level: 1, name: TEXTS[lang].data.backup_title }).waitFor();
}
