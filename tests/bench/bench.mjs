// The benchmark: prints what users download and how fast the first question becomes
// clickable. Numbers, not pass/fail: run it with `bash .ci/bench` (see README).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { serve } from '../support/server.mjs';
import { launch } from '../support/browser.mjs';
import { lighthouseScores } from './lighthouse.mjs';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const QUESTIONNAIRE = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../src/domain/questionnaire/data.json', import.meta.url)), 'utf8'),
);
const STATIC = fileURLToPath(new URL('./static', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const verdict = (ok) => (ok ? 'within' : 'OVER');
const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function sizes() {
  const rows = [];
  for (const name of readdirSync(DIST).sort()) {
    const path = join(DIST, name);
    if (!statSync(path).isFile()) continue;
    const body = readFileSync(path);
    rows.push({
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  console.log('Sizes of dist/ (KiB)              raw     gzip   brotli');
  for (const r of rows) console.log(`  ${r.name.padEnd(40)}${kib(r.raw)} ${kib(r.gzip)} ${kib(r.brotli)}`);
  const total = (k) => rows.reduce((sum, r) => sum + r[k], 0);
  console.log(`  ${'TOTAL'.padEnd(40)}${kib(total('raw'))} ${kib(total('gzip'))} ${kib(total('brotli'))}`);
  // The PNG icons are fetched only when the app is installed; the rest on the first visit
  // (page, assets, and what the service worker precaches).
  const first = rows.filter((r) => !r.name.endsWith('.png')).reduce((sum, r) => sum + r.brotli, 0);
  const budget = 100 * 1024;
  console.log(`  first load (all but the PNG icons), brotli: ${kib(first).trim()} KiB (budget 100 KiB: ${verdict(first <= budget)})`);
}

// Records when the first radio button exists in the page, in ms since navigation start.
const FIRST_RADIO = () => {
  const mark = () => {
    if (window.__firstRadio === undefined && document.querySelector('input[type=radio]')) {
      window.__firstRadio = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
};

async function timeToFirstRadio(browser, url, seed) {
  const context = await browser.newContext();
  if (seed) await context.addInitScript(seed.script, seed.arg);
  await context.addInitScript(FIRST_RADIO);
  const page = await context.newPage();
  await page.goto(url);
  const radio = page.locator('input[type=radio]').first();
  await radio.waitFor({ state: 'visible', timeout: 30000 });
  const ms = await page.evaluate(() => window.__firstRadio);
  await context.close();
  return ms;
}

/** A repeat visit: after one visit, the service worker serves every file from its cache. */
async function repeatVisitTimes(seed) {
  const app = await serve(DIST);
  const browser = await launch();
  const times = [];
  try {
    const context = await browser.newContext();
    await context.addInitScript(seed.script, seed.arg);
    await context.addInitScript(FIRST_RADIO);
    const first = await context.newPage();
    await first.goto(`${app.url}/`);
    await first.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30000 });
    await first.close();
    for (let i = 0; i <= RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`${app.url}/assessment/bench/vision`);
      await page.locator('input[type=radio]').first().waitFor({ state: 'visible', timeout: 30000 });
      if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
        throw new Error('the repeat visit was not served by the service worker');
      }
      if (i > 0) times.push(await page.evaluate(() => window.__firstRadio)); // the first warms up
      await page.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
  return times;
}

async function loadTimes() {
  const app = await serve(DIST);
  const baseline = await serve(STATIC);
  const browser = await launch();
  // One saved, empty assessment, so the measured page is the first question page.
  const state = {
    schema: 1,
    assessments: [
      { id: 'bench', label: '', created_ms: 0, updated_ms: 0, questionnaire: 'klantspiegel', revision: 1, answers: {} },
    ],
  };
  const seed = {
    script: (json) => {
      if (!localStorage.getItem('klantspiegel.state')) localStorage.setItem('klantspiegel.state', json);
    },
    arg: JSON.stringify(state),
  };
  const appUrl = `${app.url}/assessment/bench/vision`;
  const times = { app: [], static: [] };
  try {
    await timeToFirstRadio(browser, appUrl, seed); // warm-up, not counted
    for (let i = 0; i < RUNS; i++) {
      times.static.push(await timeToFirstRadio(browser, `${baseline.url}/`));
      times.app.push(await timeToFirstRadio(browser, appUrl, seed));
    }
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
  times.worker = await repeatVisitTimes(seed);
  const a = median(times.app);
  const s = median(times.static);
  console.log(`\nTime from navigation to the first answer being clickable (median of ${RUNS}, cold cache, 127.0.0.1)`);
  console.log(`  app (first question page):   ${a.toFixed(1)} ms   [${times.app.map((t) => t.toFixed(0)).join(' ')}]`);
  console.log(`  static HTML baseline:        ${s.toFixed(1)} ms   [${times.static.map((t) => t.toFixed(0)).join(' ')}]`);
  console.log(`  app, repeat visit (service worker cache): ${median(times.worker).toFixed(1)} ms   [${times.worker.map((t) => t.toFixed(0)).join(' ')}]`);
  console.log(`  ratio app / static:          ${(a / s).toFixed(2)}×   (budget 1.3×: ${verdict(a / s <= 1.3)})`);
}

// A complete assessment: every question answered with a level, every signal answered.
function fullState() {
  const answers = {};
  let i = 0;
  for (const d of QUESTIONNAIRE.dimensions) {
    for (const q of d.questions) answers[q.id] = { choice: { level: (i++ % 5) + 1 }, evidence: i % 3 === 0 };
  }
  const signals = Object.fromEntries(QUESTIONNAIRE.signals.map((s, k) => [s.id, k % 2 === 0]));
  const base = { label: 'Bench', created_ms: 0, updated_ms: 0, questionnaire: QUESTIONNAIRE.id, revision: QUESTIONNAIRE.revision };
  return { schema: 1, assessments: [{ id: 'full', ...base, answers, signals, context: { market: 'both' } }] };
}

const CHARTS = 4; // radar, quadrant, bars, gauge

// Records when every chart of the results page is in the document.
const CHARTS_DRAWN = (count) => {
  const mark = () => {
    if (window.__drawn === undefined && document.querySelectorAll('.chart-svg svg').length >= count) {
      window.__drawn = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
};

async function resultsTimes() {
  const app = await serve(DIST);
  const browser = await launch();
  const json = JSON.stringify(fullState());
  const load = [];
  const inApp = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext();
      await context.addInitScript((state) => localStorage.setItem('klantspiegel.state', state), json);
      await context.addInitScript(CHARTS_DRAWN, CHARTS);
      const page = await context.newPage();
      await page.goto(`${app.url}/results/full`);
      await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 30000 });
      const cold = await page.evaluate(() => window.__drawn);
      // In the app: from the click on "results" on the last step to every chart drawn.
      await page.goto(`${app.url}/assessment/full/signals`);
      await page.locator('.step-nav a.primary').waitFor();
      const ms = await page.evaluate(
        (count) =>
          new Promise((resolve) => {
            const start = performance.now();
            const done = () => {
              if (document.querySelectorAll('.chart-svg svg').length >= count) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            };
            const observer = new MutationObserver(done);
            observer.observe(document, { childList: true, subtree: true });
            document.querySelector('.step-nav a.primary').click();
          }),
        CHARTS,
      );
      await context.close();
      if (i > 0) {
        load.push(cold);
        inApp.push(ms);
      } // the first run warms up and is not counted
    }
  } finally {
    await browser.close();
    await app.close();
  }
  console.log(`\nResults page with all ${CHARTS} charts drawn, complete assessment (median of ${RUNS})`);
  console.log(`  cold load of /results/…, from navigation start: ${median(load).toFixed(1)} ms   [${load.map((t) => t.toFixed(0)).join(' ')}]`);
  console.log(`  in the app, from the click on "results":        ${median(inApp).toFixed(1)} ms   [${inApp.map((t) => t.toFixed(1)).join(' ')}]`);
  console.log(`  (budget 50 ms after navigation: in the app ${verdict(median(inApp) <= 50)}, cold load ${verdict(median(load) <= 50)})`);
}

// Times one real click on an answer: from the input event's time stamp to the moment
// every handler and the re-render it caused have run (`work`: the answer is saved and
// on screen once the browser paints) and to the end of the next frame (`frame`).
const CLICK_LATENCY = () =>
  new Promise((resolve) => {
    addEventListener(
      'click',
      (e) => {
        const t0 = e.timeStamp;
        setTimeout(() => {
          const work = performance.now() - t0;
          // What the progress bar shows at that moment: proof the re-render is included.
          const shown = document.querySelector('#progress').value;
          requestAnimationFrame(() => setTimeout(() => resolve({ work, shown, frame: performance.now() - t0 }), 0));
        }, 0);
      },
      { capture: true, once: true },
    );
  });

async function answerTimes() {
  const app = await serve(DIST);
  const browser = await launch();
  const work = [];
  const frame = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(app.url + '/');
    await page.locator('.hero button').click();
    await page.locator('.step-nav a.primary').click();
    const sets = page.locator('fieldset.question');
    await sets.first().waitFor();
    const count = await sets.count();
    for (let i = 0; i <= RUNS; i++) {
      const radio = sets.nth(i % count).locator('input[type=radio]').nth(i % 5);
      const pending = page.evaluate(CLICK_LATENCY);
      await radio.click();
      const t = await pending;
      // Saved and rendered: the radio is checked and the progress counts it.
      const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('klantspiegel.state')).assessments[0].answers);
      const answered = Math.min(i + 1, count);
      if (!(await radio.isChecked()) || Object.keys(saved).length !== answered || t.shown !== answered) {
        throw new Error(`click ${i} was not saved and shown`);
      }
      if (i > 0) {
        work.push(t.work);
        frame.push(t.frame);
      } // the first click warms up and is not counted
    }
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
  console.log(`\nClicking an answer, real mouse clicks on the first theme (median of ${RUNS}; one frame is 16.7 ms)`);
  console.log(`  input to saved and re-rendered:  ${median(work).toFixed(1)} ms   [${work.map((t) => t.toFixed(1)).join(' ')}]`);
  console.log(`  (budget: under one frame, 16.7 ms: ${verdict(median(work) < 16.7)}; slowest ${Math.max(...work).toFixed(1)} ms)`);
  console.log(`  input to the end of next frame:  ${median(frame).toFixed(1)} ms   [${frame.map((t) => t.toFixed(1)).join(' ')}]`);
}

sizes();
await loadTimes();
await answerTimes();
await resultsTimes();
{
  const server = await serve(DIST);
  try {
    await lighthouseScores(server.url);
  } finally {
    await server.close();
  }
}
