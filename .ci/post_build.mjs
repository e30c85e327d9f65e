// Trunk post-build hook (see Trunk.toml), run with the final files in
// $TRUNK_STAGING_DIR:
// 1. cuts the questionnaire into one file per language, adds each language's
//    interface texts as a file, and names them all in index.html;
// 2. puts the style sheets into index.html as one <style> (a separate sheet held up
//    the first paint by ~45 ms on every cold load; together they are ~5 KiB brotli);
// 3. puts a strict Content-Security-Policy <meta> into index.html that allows the
//    inline script (the shell's, which also loads the app) and the style by their SHA-256
//    hashes, never 'unsafe-inline';
// 4. writes the build's file list and a version into the service worker, so it
//    precaches exactly this build and browsers see a new build as an update.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');

const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// One questionnaire file per language, cut from data.json: every text object
// ({"nl": …, "en": …}) becomes its string in that language; all else stays, in the
// same order, so every language's file has the same shape (src/domain/locale/texts.rs).
const source = process.env.TRUNK_SOURCE_DIR ?? '.';
const data = JSON.parse(readFileSync(join(source, 'src/domain/questionnaire/data.json'), 'utf8'));
const languages = Object.keys(data.level_names[0]).sort();
const isText = (v) => {
  const keys = Object.keys(v).sort();
  return keys.length === languages.length && keys.every((k, i) => k === languages[i]);
};
const cut = (v, code) =>
  Array.isArray(v)
    ? v.map((x) => cut(x, code))
    : v && typeof v === 'object'
      ? isText(v)
        ? v[code]
        : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x, code)]))
      : v;
// Beside it, the interface texts of each language (src/i18n/ui_<code>.json, kept
// current by `cargo test`), minified.
const hashed = (kind, code, body) => {
  const name = `${kind}-${code}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.json`;
  writeFileSync(join(dir, name), body);
  return `/${name}`;
};
// The interface texts are cut in three: those of the report's tables and those of
// the tools' (named in src/i18n/mod.rs, REPORT_TABLES and TOOLS_TABLES) go in
// files of their own, fetched only by the modules that show them.
const tablesOf = (name) => {
  const list = JSON.parse(
    readFileSync(join(source, 'src/i18n/mod.rs'), 'utf8').match(new RegExp(`${name}: \\[&str; \\d+\\] = (\\[[^\\]]*\\])`))?.[1] ?? 'null',
  );
  if (!Array.isArray(list)) throw new Error(`src/i18n/mod.rs has no ${name}`);
  return list;
};
const reportTables = tablesOf('REPORT_TABLES');
const toolsTables = tablesOf('TOOLS_TABLES');
// The answering pages (home and the steps) never show what only the results use:
// the plan's words (a file of their own), the signals' explanations, stage texts and the
// profiles' texts beyond their names. They get a file without them
// (`answering-<code>-…`); the report and the tools read theirs (below).
// src/domain/questionnaire/loading_tests.rs cuts the same way and parses the result.
const forAnswering = (q) => ({
  ...Object.fromEntries(Object.entries(q).filter(([k]) => k !== 'stage_texts')),
  profiles: q.profiles.map((p) => ({ id: p.id, name: p.name })),
  signals: q.signals.map(({ why, ...rest }) => rest),
  style_items: q.style_items.map(({ steps, ...rest }) => rest),
  dimensions: q.dimensions.map((d) => ({
    ...d,
    questions: d.questions.map(({ move, requires, ...rest }) => ({
      ...rest,
      levels: rest.levels.map(({ text }) => ({ text })),
    })),
  })),
});
// The report and the tools name levels ("3 · Structured") but never show what a
// level says, nor the hints beside a question: their file leaves both out
// (`questionnaire-<code>-…`), as loading_tests.rs checks. The steps' deliverables
// and measures have a file of their own (`steps-<code>-…`), fetched after a result
// is drawn.
// A step's family of action only matters when another step shares it (a plan holds
// one step of each family), so a family no other step has is left out.
const familyCount = {};
for (const d of data.dimensions) for (const x of d.questions) for (const l of x.levels) familyCount[l.family] = (familyCount[l.family] ?? 0) + 1;
const forReport = (q) => ({
  ...q,
  dimensions: q.dimensions.map((d) => ({
    ...d,
    questions: d.questions.map(({ na_hint, ...rest }) => ({
      ...rest,
      levels: rest.levels.map(({ text, family, ...level }) => (familyCount[family] > 1 ? { ...level, family } : level)),
    })),
  })),
});
// The plan's words (src/domain/questionnaire/steps.json, by id): the questions'
// steps in questionnaire order, five each, then the signals' actions in theirs.
const planWords = JSON.parse(readFileSync(join(source, 'src/domain/questionnaire/steps.json'), 'utf8'));
const byId = (table, id) => {
  if (!table[id]) throw new Error(`steps.json has nothing for ${id}`);
  return table[id];
};
const stepDetails = (q) => ({
  questions: q.dimensions.flatMap((d) => d.questions.map((x) => byId(planWords.steps, x.id))),
  signals: q.signals.map((s) => byId(planWords.signals, s.id)),
});
const files = {};
for (const code of languages) {
  const ui = Object.entries(JSON.parse(readFileSync(join(source, `src/i18n/ui_${code}.json`), 'utf8')));
  const ofReport = ([key]) => reportTables.includes(key.split('.')[0]);
  const ofTools = ([key]) => toolsTables.includes(key.split('.')[0]);
  files[code] = {
    questionnaire: hashed('questionnaire', code, JSON.stringify(cut(forReport(data), code))),
    answering: hashed('answering', code, JSON.stringify(cut(forAnswering(data), code))),
    steps: hashed('steps', code, JSON.stringify(cut(stepDetails(data), code))),
    ui: hashed('ui', code, JSON.stringify(Object.fromEntries(ui.filter((e) => !ofReport(e) && !ofTools(e))))),
    report: hashed('ui-report', code, JSON.stringify(Object.fromEntries(ui.filter(ofReport)))),
    tools: hashed('ui-tools', code, JSON.stringify(Object.fromEntries(ui.filter(ofTools)))),
  };
}
const slot = /(<script[^>]*id=["']?text-files["']?[^>]*>)[\s\S]*?(<\/script>)/;
if (!slot.test(html)) throw new Error('index.html has no <script id="text-files"> for the questionnaire files');
html = html.replace(slot, (_, open, close) => `${open}${JSON.stringify(files)}${close}`);
// The report and the tools are built as Trunk "worker" modules (Trunk allows one
// "main"), which Trunk leaves unhashed and unannounced: give them hashed names and
// data blocks like the answering part's, for the shell's loader in index.html.
for (const part of ['report', 'tools']) {
  const wasm = readFileSync(join(dir, `${part}_bg.wasm`));
  const hash = createHash('sha256').update(wasm).update(readFileSync(join(dir, `${part}.js`))).digest('hex').slice(0, 16);
  renameSync(join(dir, `${part}.js`), join(dir, `${part}-${hash}.js`));
  renameSync(join(dir, `${part}_bg.wasm`), join(dir, `${part}-${hash}_bg.wasm`));
  const block = `<script type="application/json" class="ks-app">${JSON.stringify({ js: `/${part}-${hash}.js`, wasm: `/${part}-${hash}_bg.wasm` })}</script>`;
  const answer = html.match(/<script[^>]*class=["']?ks-app["']?[^>]*>[^<]*<\/script>/);
  if (!answer) throw new Error('index.html lacks the answering half (Trunk.toml pattern_script)');
  html = html.replace(answer[0], `${answer[0]}${block}`);
}

// The style sheets, in their order, become one <style> where the first one was;
// those only the report and the tools use (results, print) become one file of
// their own, which the shell links for those modules only, so the first question
// does not wait for them (DESIGN §11: bytes before the first answer).
const sheets = [...html.matchAll(/<link\b[^>]*>/g)]
  .map((m) => m[0])
  .filter((tag) => /\brel=["']?stylesheet\b/.test(tag));
if (sheets.length === 0) throw new Error('index.html links no style sheet to put inline');
const sheetName = (tag) => tag.match(/\bhref=["']?\/?([^"'\s>]+)/)[1];
const deferred = (tag) => /^(results|print)[-.]/.test(sheetName(tag));
const read = (tag) => {
  const text = readFileSync(join(dir, sheetName(tag)), 'utf8');
  unlinkSync(join(dir, sheetName(tag)));
  return text;
};
const css = sheets.filter((t) => !deferred(t)).map(read).join('\n');
const reportCss = sheets.filter(deferred).map(read).join('\n');
if (!reportCss) throw new Error('index.html links no results.css or print.css to put in the report style sheet');
if (css.includes('</style')) throw new Error('a style sheet contains </style');
const reportCssName = `report-${createHash('sha256').update(reportCss).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(dir, reportCssName), reportCss);
html = html.replace(sheets[0], `<style>${css}</style><meta name="ks-report-css" content="/${reportCssName}">`);
for (const tag of sheets.slice(1)) html = html.replace(tag, '');
const styleHash = `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

// The inline scripts that run ship without their comment lines and indentation
// (bytes before the first answer and a shared result, DESIGN §11: −0.4 KiB brotli).
// Safe for these scripts: no template literal or string spans a line.
html = html.replace(/(<script(?![^>]*\b(?:src=|type=["']?application\/json))[^>]*>)([\s\S]*?)(<\/script>)/g, (_, open, code, close) => {
  const lines = code.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('//'));
  return `${open}${lines.join('\n')}${close}`;
});

// Every inline script that runs (not data blocks such as the shell's texts).
const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type=["']?application\/json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length < 1) throw new Error('index.html lacks the shell script');
if (!html.includes('ks-app')) throw new Error('index.html lacks the wasm modules (Trunk.toml pattern_script)');
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  `style-src 'self' ${styleHash}`,
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const charset = /<meta charset[^>]*>/i;
if (!charset.test(html)) throw new Error('no <meta charset> in index.html to put the policy after');
html = html.replace(charset, (m) => `${m}<meta http-equiv=Content-Security-Policy content="${policy}">`);
writeFileSync(indexPath, html);

const version = createHash('sha256').update(html).digest('hex').slice(0, 16);
const assets = readdirSync(dir)
  .filter((f) => f !== 'sw.js' && f !== 'index.html' && !f.endsWith('.png'))
  .sort()
  .map((f) => `"/${f}"`)
  .join(',');
const swPath = join(dir, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace(/^const VERSION = .*$/m, `const VERSION = '${version}';`)
  .replace(/^const ASSETS = .*$/m, `const ASSETS = [${assets}];`);
if (!sw.includes(`const VERSION = '${version}';`)) throw new Error('sw.js has no VERSION line to fill in');
writeFileSync(swPath, sw);
