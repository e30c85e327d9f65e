// Export files for the team view, written as the app writes them: one respondent
// per file, every question at one level and every "how you go about it" statement
// at one value per axis.
import { questionnaire } from './app_data.mjs';
import { styleOption } from './fill.mjs';

/**
 * One respondent's assessment as an export holds it: `level` on every question,
 * every drive statement at `drive` and every grounding statement at `grounding`
 * (0, 25, 75 or 100).
 */
export function person(id, label, level, drive, grounding) {
  const answers = {};
  for (const d of questionnaire.dimensions) {
    for (const x of d.questions) answers[x.id] = { choice: { level } };
  }
  for (const s of questionnaire.style_items) {
    const value = s.axis === 'drive' ? drive : grounding;
    answers[s.id] = { choice: { level: styleOption(s.id, value) + 1 } };
  }
  return {
    id,
    label,
    created_ms: 1,
    updated_ms: 1,
    questionnaire: questionnaire.id,
    revision: questionnaire.revision,
    context: { market: 'b2c' },
    answers,
  };
}

export const exportFile = (name, ...assessments) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'klantspiegel-export', version: 1, exported_ms: 1, assessments })),
});

