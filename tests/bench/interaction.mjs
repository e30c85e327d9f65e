// Work inside the running app: the results page drawn after a click, and one click
// on an answer until it is saved and shown.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '../support/server.mjs';
import { launch } from '../support/browser.mjs';
import { CHARTS } from './startup.mjs';

const QUESTIONNAIRE = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../src/domain/questionnaire/data.json', import.meta.url)), 'utf8'),
);
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const verdict = (ok) => (ok ? 'within' : 'OVER');

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

// Records when every chart of the results page is in the document.
const CHARTS_DRAWN = (count) => {
  const mark = () => {
    if (window.__drawn === undefined && document.querySelectorAll('.chart-svg svg').length >= count) {
      window.__drawn = performance.now();
    }
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
};

export async function resultsTimes(DIST, RUNS) {
  const app = await serve(DIST);
  const browser = await launch();
  const json = JSON.stringify(fullState());
  const load = [];
  const afterCode = [];
  const fromClick = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext();
      await context.addInitScript((state) => {
        if (location.protocol === 'http:') localStorage.setItem('klantspiegel.state', state);
      }, json);
      await context.addInitScript(CHARTS_DRAWN, CHARTS);
      const page = await context.newPage();
      await page.goto(`${app.url}/results/full`);
      await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 30000 });
      const cold = await page.evaluate(() => [window.__drawn, window.__drawn - performance.getEntriesByName('ks-start')[0].startTime]);
      // From the click on "results" on the last step (the answering half) to every
      // chart drawn by the report half, which that click loads (here from the cache).
      await page.goto(`${app.url}/assessment/full/signals`);
      await page.locator('.step-nav a.primary').waitFor();
      const t0 = await page.evaluate(() => performance.timeOrigin + performance.now());
      await page.locator('.step-nav a.primary').click();
      await page.waitForURL(/\/results\//);
      await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 30000 });
      const t1 = await page.evaluate(() => performance.timeOrigin + window.__drawn);
      await context.close();
      if (i > 0) {
        load.push(cold[0]);
        afterCode.push(cold[1]);
        fromClick.push(t1 - t0);
      } // the first run warms up and is not counted
    }
  } finally {
    await browser.close();
    await app.close();
  }
  const list = (xs) => xs.map((t) => t.toFixed(0)).join(' ');
  console.log(`\nResults page with all ${CHARTS} charts drawn, complete assessment (median of ${RUNS})`);
  console.log(`  cold load of /results/…, from navigation start:      ${median(load).toFixed(1)} ms   [${list(load)}]`);
  console.log(`  after its code is ready (from the module's start):   ${median(afterCode).toFixed(1)} ms   [${list(afterCode)}]`);
  console.log(`  from the click on "results" on the last step:         ${median(fromClick).toFixed(1)} ms   [${list(fromClick)}]`);
  return median(afterCode);
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

export async function answerTimes(DIST, RUNS) {
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

