// What each file of dist/ weighs, raw and compressed, and what a set of requests
// costs on the wire (brotli, as a static host serves it).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const kib = (n) => (n / 1024).toFixed(1).padStart(8);

/** Every file of `dist` with its raw, gzip and brotli size in bytes. */
export function distSizes(dist) {
  const rows = [];
  for (const name of readdirSync(dist).sort()) {
    const path = join(dist, name);
    if (!statSync(path).isFile()) continue;
    const body = readFileSync(path);
    rows.push({
      name,
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

export function printSizes(rows) {
  console.log('Sizes of dist/ (KiB)              raw     gzip   brotli');
  for (const r of rows) console.log(`  ${r.name.padEnd(40)}${kib(r.raw)} ${kib(r.gzip)} ${kib(r.brotli)}`);
  const total = (k) => rows.reduce((sum, r) => sum + r[k], 0);
  console.log(`  ${'TOTAL'.padEnd(40)}${kib(total('raw'))} ${kib(total('gzip'))} ${kib(total('brotli'))}`);
  // The PNG icons are fetched only when the app is installed; everything else is
  // fetched on the first visit (by the page or by the service worker's precache).
  const all = rows.filter((r) => !r.name.endsWith('.png')).reduce((sum, r) => sum + r.brotli, 0);
  console.log(`  everything a first visit fetches (page + precache, all but the PNG icons), brotli: ${kib(all).trim()} KiB`);
}

/**
 * The brotli bytes of the files a page requested: `paths` are URL paths such as
 * "/answer-….wasm"; a path that is not a file (a page address) is index.html.
 */
export function wireBytes(rows, paths) {
  const byName = new Map(rows.map((r) => [r.name, r.brotli]));
  let total = 0;
  const files = new Set(paths.map((p) => (byName.has(p.replace(/^\//, '')) ? p.replace(/^\//, '') : 'index.html')));
  for (const f of files) total += byName.get(f) ?? 0;
  return { total, files: [...files].sort() };
}
