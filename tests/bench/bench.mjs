// The benchmark: prints what users download and how fast each page paints and
// becomes usable, as ratios to a static HTML page measured in the same run, with
// each figure's budget and goal (issue "Speed", ../shared/DESIGN.md §11). Numbers,
// not pass/fail: run it with `bash .ci/bench` (see README).
import { fileURLToPath } from 'node:url';
import { serve } from '../support/server.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { answerTimes, median, resultsTimes } from './interaction.mjs';
import { distSizes, kib, printSizes } from './sizes.mjs';
import { PAGES, bytesUntilReady, coldLoads, repeatLoads } from './startup.mjs';

const DIST = process.env.BENCH_DIST ?? fileURLToPath(new URL('../../dist', import.meta.url));
const STATIC = fileURLToPath(new URL('./static', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const ms = (x) => (x === null || x === undefined ? '    –' : x.toFixed(0).padStart(5));
const med = (runs, key) => {
  const xs = runs.map((r) => r[key]).filter((x) => x !== null && x !== undefined);
  return xs.length ? median(xs) : null;
};
const verdict = (value, budget, goal) => (value <= goal ? 'goal met' : value <= budget ? 'within budget' : 'OVER budget');

const rows = distSizes(DIST);
printSizes(rows);

const loads = await coldLoads(DIST, STATIC, RUNS);
const repeat = await repeatLoads(DIST, RUNS);
const bytes = bytesUntilReady(rows, loads);
const resultsInApp = await resultsTimes(DIST, RUNS);

const staticFcp = med(loads.static, 'fcp');
const staticReady = med(loads.static, 'ready');
console.log(`\nCold loads, median of ${RUNS}, interleaved with a static HTML page (127.0.0.1, ms from navigation start)`);
console.log('  page            HTML  wasm fetched  app start  texts in  mounted  ready (what)           FCP');
console.log(`  static page    ${ms(med(loads.static, 'html'))}                                            ${ms(staticReady)} (first answer)   ${ms(staticFcp)}`);
for (const p of PAGES) {
  const r = loads[p.key];
  console.log(
    `  ${p.label.padEnd(14)} ${ms(med(r, 'html'))}  ${ms(med(r, 'wasm'))}        ${ms(med(r, 'start'))}     ${ms(med(r, 'texts'))}    ${ms(med(r, 'mounted'))}  ${ms(med(r, 'ready'))} (${p.what.padEnd(14)}) ${ms(med(r, 'fcp'))}`,
  );
}
console.log('  (app start = the wasm instantiated and main() running; texts in = the questionnaire file\n   of the language shown read; mounted = the first view built)');

console.log('\nBytes fetched before each page was ready (brotli, what the page itself requested)');
for (const p of PAGES) console.log(`  ${p.label.padEnd(14)} ${kib(bytes[p.key].total)} KiB  ${bytes[p.key].files.join(', ')}`);

const table = [];
for (const p of PAGES) {
  const ratio = med(loads[p.key], 'fcp') / staticFcp;
  table.push([`first paint (FCP), ${p.label}`, `${ratio.toFixed(2)}×`, ratio, 1.5, 1.2, '×']);
}
const cold = med(loads.question, 'ready') / staticReady;
table.push(['first clickable answer, cold', `${cold.toFixed(2)}×`, cold, 2.5, 1.5, '×']);
const warm = median(repeat) / staticReady;
table.push(['first clickable answer, repeat visit (service worker)', `${warm.toFixed(2)}×`, warm, 2, 1.3, '×']);
const q = bytes.question.total / 1024;
table.push(['bytes until the first clickable answer, brotli', `${q.toFixed(1)} KiB`, q, 160, 100, ' KiB']);
const s = bytes.shared.total / 1024;
table.push(['bytes until a shared link\'s result is drawn, brotli', `${s.toFixed(1)} KiB`, s, 220, 150, ' KiB']);
table.push(['results drawn after their code is ready', `${resultsInApp.toFixed(1)} ms`, resultsInApp, 50, 20, ' ms']);

console.log(`\nBudgets (static page in the same run: FCP ${staticFcp.toFixed(1)} ms, first answer ${staticReady.toFixed(1)} ms; repeat visit ${median(repeat).toFixed(1)} ms)`);
for (const [name, shown, value, budget, goal, unit] of table) {
  console.log(`  ${name.padEnd(56)} ${shown.padStart(10)}   budget ≤ ${budget}${unit}, goal ${goal}${unit}: ${verdict(value, budget, goal)}`);
}

await answerTimes(DIST, RUNS);
{
  const server = await serve(DIST);
  try {
    await lighthouseScores(server.url);
  } finally {
    await server.close();
  }
}
