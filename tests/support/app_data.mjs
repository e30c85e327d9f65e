// What the tests know about the app, read from the app's own sources so that a
// changed key, text or question changes the tests with it: the storage keys, the
// interface texts of every language, the questionnaire, and the shared scenarios.
import { readFileSync } from 'node:fs';

const src = (path) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');

/** The storage keys, from `src/domain/storage/schema.rs`. */
export const KEYS = Object.fromEntries(
  [...src('domain/storage/schema.rs').matchAll(/pub const (\w+_KEY(?:_PREFIX)?): &str = "([^"]+)";/g)].map((m) => [m[1], m[2]]),
);

/** The questionnaire data file. */
export const questionnaire = JSON.parse(src('domain/questionnaire/data.json'));

/** The plan's words: each question's steps and each signal's action (`steps.json`). */
export const planWords = JSON.parse(src('domain/questionnaire/steps.json'));

/**
 * The plain interface texts: `TEXTS.nl.common.start_new`, from the file of each
 * language the app fetches (`src/i18n/ui_<lang>.json`, kept current by `cargo test`).
 */
export const TEXTS = Object.fromEntries(
  ['nl', 'fr', 'en'].map((lang) => {
    const tables = {};
    for (const [key, text] of Object.entries(JSON.parse(src(`i18n/ui_${lang}.json`)))) {
      const [table, ...rest] = key.split('.');
      (tables[table] ??= {})[rest.join('.')] = text;
    }
    return [lang, tables];
  }),
);

/**
 * The busy, loosely grounded company of several tests (a Dutch-style enthusiast):
 * every drive statement clearly on the high side but one rather on the low side
 * (drive (4 × 100 + 25) / 5 = 85), every grounding statement clearly low (0).
 */
export const DRUK_BV = {
  label: 'Druk BV',
  market: 'both',
  levels: { listening: 4, journeys: 4, experimenting: 4, needs: 2, measurement: 2, value: 2 },
  rest: 3,
  styleRest: 0,
  style: Object.fromEntries(
    questionnaire.style_items
      .filter((s) => s.axis === 'drive')
      .map((s, i) => [s.id, i === 4 ? 25 : 100]),
  ),
  yes: ['nps_goal', 'buzzwords'],
};
