// Lighthouse (npm `lighthouse`, driving Debian's Chromium) scores for accessibility,
// best practices and SEO on the pages that need no saved data: home, method, a shared
// result (the full report), the team view with two results, and the comparison.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.mjs';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../node_modules/.bin/lighthouse', import.meta.url));
const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
// Golden links from src/domain/share/tests.rs: a complete assessment, one with a label.
const COMPLETE = 'AQABKcpTlKcpTlKcpTlKcpTlMkkkkkkmZl-oxQQyyQ';
const LABELLED = 'AQABwAAAAAAAAAAAAAAAAAAAAAAACA1UZWFtIEdlbnQg4pyTPril2g';
const PAGES = [
  ['home', '/'],
  ['method', '/method'],
  ['shared result', `/share#${COMPLETE}`],
  ['team view', `/team#${COMPLETE}.${LABELLED}`],
  ['compare (empty)', '/compare'],
];

/** Prints each page's scores and the lowest per category; returns the lowest. */
export async function lighthouseScores(baseUrl) {
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-lh-'));
  const lowest = Object.fromEntries(CATEGORIES.map((c) => [c, 100]));
  console.log('Lighthouse scores (accessibility / best practices / SEO), Debian Chromium, headless');
  for (const [name, path] of PAGES) {
    const out = join(dir, `${name.replace(/\W+/g, '-')}.json`);
    await run(
      BIN,
      [
        baseUrl + path,
        `--only-categories=${CATEGORIES.join(',')}`,
        `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180000 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const scores = CATEGORIES.map((c) => Math.round((report.categories[c]?.score ?? 0) * 100));
    CATEGORIES.forEach((c, i) => (lowest[c] = Math.min(lowest[c], scores[i])));
    const failing = Object.values(report.audits)
      .filter((a) => a.score !== null && a.score < 1 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode))
      .map((a) => a.id);
    console.log(`  ${name.padEnd(18)} ${scores.join(' / ')}${failing.length ? `   (below full marks: ${failing.join(', ')})` : ''}`);
  }
  const verdict = CATEGORIES.every((c) => lowest[c] >= 95) ? 'all ≥ 95' : 'BELOW 95';
  console.log(`  lowest: ${CATEGORIES.map((c) => `${c} ${lowest[c]}`).join(', ')} (${verdict})`);
  return lowest;
}
