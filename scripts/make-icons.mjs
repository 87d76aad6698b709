// Draws the app icons (PNG, for the web app manifest) from public/favicon.svg with Debian's Chromium. Run by hand
// when the logo changes: `node scripts/make-icons.mjs`; the PNGs are committed.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './chromium-path.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  // A maskable icon keeps its mark inside the safe zone (the middle 80 %) on a full-bleed background.
  const inner = maskable ? svg.replace('rx="14"', 'rx="0"').replace('<path ', '<path transform="translate(6.4 6.4) scale(0.8)" ') : svg;
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${inner}`);
  await page.screenshot({ path: `public/${name}`, omitBackground: !maskable });
  await page.close();
}
await browser.close();
