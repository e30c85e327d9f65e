// Renders the app icon (src/web/pwa/icon.svg) to the PNG sizes the web app manifest
// lists, with Chromium. Run after changing the SVG: node support/icons.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { launch } from './browser.mjs';

const dir = new URL('../../src/web/pwa/', import.meta.url);
const svg = await readFile(new URL('icon.svg', dir), 'utf8');
// Maskable icons are cropped to a circle by some launchers: full bleed, no corners.
const maskable = svg.replace(/ rx="\d+"/, '');
const browser = await launch();
const page = await browser.newPage();
for (const [name, source, size] of [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['icon-maskable-512.png', maskable, 512],
]) {
  await page.setViewportSize({ width: size, height: size });
  const inline = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${inline}`);
  await writeFile(new URL(name, dir), await page.screenshot({ omitBackground: true }));
}
await browser.close();
