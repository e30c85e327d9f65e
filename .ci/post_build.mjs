// Trunk post-build hook (see Trunk.toml), run with the final files in
// $TRUNK_STAGING_DIR:
// 1. puts a strict Content-Security-Policy <meta> into index.html that allows
//    Trunk's inline loader by its SHA-256 hash, never 'unsafe-inline';
// 2. cuts the questionnaire into one file per language and names them in index.html;
// 3. writes the build's file list and a version into the service worker, so it
//    precaches exactly this build and browsers see a new build as an update.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
const files = {};
for (const code of languages) {
  const body = JSON.stringify(cut(data, code));
  const name = `questionnaire-${code}-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.json`;
  writeFileSync(join(dir, name), body);
  files[code] = `/${name}`;
}
const slot = /(<script[^>]*id=["']?text-files["']?[^>]*>)[\s\S]*?(<\/script>)/;
if (!slot.test(html)) throw new Error('index.html has no <script id="text-files"> for the questionnaire files');
html = html.replace(slot, (_, open, close) => `${open}${JSON.stringify(files)}${close}`);
// Every inline script that runs (not data blocks such as the shell's texts).
const inline = [...html.matchAll(/<script(?![^>]*\b(?:src=|type=["']?application\/json))[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length < 2) throw new Error('index.html lacks the inline loader or the shell script');
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
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
