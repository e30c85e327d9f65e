// What the tests know about the app, read from the app's own sources so that a
// changed key, text or question changes the tests with it: the storage keys, the
// interface texts of every language, the questionnaire, and the shared scenarios.
import { readFileSync, readdirSync } from 'node:fs';

const src = (path) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');

/** The storage keys, from `src/domain/storage/schema.rs`. */
export const KEYS = Object.fromEntries(
  [...src('domain/storage/schema.rs').matchAll(/pub const (\w+_KEY(?:_PREFIX)?): &str = "([^"]+)";/g)].map((m) => [m[1], m[2]]),
);

/** The questionnaire data file. */
export const questionnaire = JSON.parse(src('domain/questionnaire/data.json'));

/**
 * The plain interface texts: `TEXTS.nl.common.start_new`, from the one file per
 * table and language under `src/i18n/<lang>/`.
 */
export const TEXTS = Object.fromEntries(
  ['nl', 'en'].map((lang) => {
    const dir = new URL(`../../src/i18n/${lang}/`, import.meta.url);
    const tables = readdirSync(dir)
      .filter((f) => f.endsWith('.rs') && f !== 'mod.rs')
      .map((f) => [
        f.replace(/\.rs$/, ''),
        Object.fromEntries(
          [...readFileSync(new URL(f, dir), 'utf8').matchAll(/^ {4}(\w+): "((?:[^"\\]|\\.)*)",$/gm)].map((m) => [m[1], m[2].replace(/\\"/g, '"')]),
        ),
      ]);
    return [lang, Object.fromEntries(tables)];
  }),
);

/** The busy, loosely grounded company of several tests (a Dutch enthusiast). */
export const DRUK_BV = {
  label: 'Druk BV',
  market: 'both',
  levels: { listening: 4, journeys: 4, experimenting: 4, needs: 2, measurement: 2, value: 2 },
  rest: 3,
  styleRest: 0,
  style: { 'style.pace': 100, 'style.try_first': 100, 'style.feedback_speed': 100, 'style.belief': 100, 'style.horizon': 50 },
  yes: ['nps_goal', 'buzzwords'],
};
