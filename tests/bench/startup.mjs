// Cold and repeat loads of the home page, a question page and a shared link, each
// interleaved with a static HTML page served by the same kind of server in the same
// run: first contentful paint, when the page is usable, the bytes it took, and a
// startup breakdown from the marks the app sets (`ks-start`, `ks-texts`, `ks-mounted`).
import { serve } from '../support/server.mjs';
import { launch } from '../support/browser.mjs';
import { wireBytes } from './sizes.mjs';

// Golden link from src/domain/share/tests.rs: a complete revision-2 assessment.
const COMPLETE = 'AgIpylOUpylOUpylOUpylOUpyySSSSSSQplMpszNwOz0taw';
export const CHARTS = 4; // radar, quadrant, bars, gauge

// One saved, empty assessment, so the question page is the first question.
const EMPTY = JSON.stringify({
  schema: 1,
  assessments: [{ id: 'bench', label: '', created_ms: 0, updated_ms: 0, questionnaire: 'klantspiegel', revision: 1, answers: {} }],
});
const SEED = (json) => {
  if (!localStorage.getItem('klantspiegel.state')) localStorage.setItem('klantspiegel.state', json);
};

export const PAGES = [
  { key: 'home', label: 'home page', path: '/', ready: '.hero button', count: 1, what: 'start button' },
  { key: 'question', label: 'question page', path: '/assessment/bench/vision', ready: 'input[type=radio]', count: 1, what: 'first answer', seed: true },
  { key: 'shared', label: 'shared link', path: `/share#${COMPLETE}`, ready: '.chart-svg svg', count: CHARTS, what: 'result drawn' },
];
const STATIC_PAGE = { key: 'static', label: 'static HTML page', path: '/', ready: 'input[type=radio]', count: 1 };

// Records the moment `count` elements match `selector`, in ms since navigation start.
const READY = ({ selector, count }) => {
  const check = () => {
    if (window.__ready === undefined && document.querySelectorAll(selector).length >= count) {
      window.__ready = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
};

const FIGURES = () => {
  const nav = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  const wasm = resources.find((r) => new URL(r.name).pathname.endsWith('.wasm'));
  return {
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    ready: window.__ready,
    html: nav.responseEnd,
    wasm: wasm ? wasm.responseEnd : null,
    start: mark('ks-start'),
    texts: mark('ks-texts'),
    mounted: mark('ks-mounted'),
    paths: [location.pathname, ...resources.filter((r) => r.startTime <= window.__ready).map((r) => new URL(r.name).pathname)],
  };
};

async function once(browser, base, page) {
  const context = await browser.newContext();
  if (page.seed) await context.addInitScript(SEED, EMPTY);
  await context.addInitScript(READY, { selector: page.ready, count: page.count });
  const tab = await context.newPage();
  await tab.goto(base + page.path);
  await tab.waitForFunction(
    () => window.__ready !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0,
    null,
    { timeout: 30000 },
  );
  const figures = await tab.evaluate(FIGURES);
  await context.close();
  return figures;
}

/** Cold loads: `runs` of each page, interleaved with the static page. */
export async function coldLoads(dist, staticDir, runs) {
  const app = await serve(dist);
  const baseline = await serve(staticDir);
  const browser = await launch();
  const out = Object.fromEntries([STATIC_PAGE, ...PAGES].map((p) => [p.key, []]));
  try {
    for (const p of PAGES) await once(browser, app.url, p); // warm-up, not counted
    for (let i = 0; i < runs; i++) {
      out.static.push(await once(browser, baseline.url, STATIC_PAGE));
      for (const p of PAGES) out[p.key].push(await once(browser, app.url, p));
    }
  } finally {
    await browser.close();
    await app.close();
    await baseline.close();
  }
  return out;
}

/** A repeat visit of the question page: after one visit the service worker serves every file. */
export async function repeatLoads(dist, runs) {
  const app = await serve(dist);
  const browser = await launch();
  const times = [];
  try {
    const context = await browser.newContext();
    await context.addInitScript(SEED, EMPTY);
    await context.addInitScript(READY, { selector: 'input[type=radio]', count: 1 });
    const first = await context.newPage();
    await first.goto(`${app.url}/`);
    await first.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30000 });
    await first.close();
    for (let i = 0; i <= runs; i++) {
      const page = await context.newPage();
      await page.goto(`${app.url}/assessment/bench/vision`);
      await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 30000 });
      if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
        throw new Error('the repeat visit was not served by the service worker');
      }
      if (i > 0) times.push(await page.evaluate(() => window.__ready)); // the first warms up
      await page.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await app.close();
  }
  return times;
}

/** The brotli bytes each page fetched before it was ready (the same in every run). */
export function bytesUntilReady(rows, loads) {
  return Object.fromEntries(PAGES.map((p) => [p.key, wireBytes(rows, loads[p.key][0].paths)]));
}
