import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { Plugin } from 'vite';
import type { Brand } from './brand.ts';

/**
 * The app's icons (the browser tab, the installed app, the phone's home screen) drawn from the brand at build time:
 * the brand's logo on a white tile, or, without a logo, the course name's first letter on the brand's primary colour.
 * PNGs are drawn from SVG with resvg (a maintained Rust renderer with prebuilt binaries, so no browser is needed at
 * build time). Today's look (no logo, the default primary colour) keeps the hand-drawn icons in public/.
 */
const DEFAULT_PRIMARY = '#0b5cad';

export interface IconSet {
  favicon: string;
  touch: string;
  manifest: { src: string; sizes: string; type: string; purpose?: string }[];
}

/** An icon set: the SVG, then PNGs at 192 and 512 px and a maskable 512 px one, their names led by `prefix`. */
const iconSet = (svg: string, prefix: string): IconSet => ({
  favicon: svg,
  touch: `${prefix}icon-192.png`,
  manifest: [
    { src: `/${prefix}icon-192.png`, sizes: '192x192', type: 'image/png' },
    { src: `/${prefix}icon-512.png`, sizes: '512x512', type: 'image/png' },
    { src: `/${prefix}icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: `/${svg}`, sizes: 'any', type: 'image/svg+xml' },
  ],
});
/** Today's hand-drawn icons, in public/. */
const PUBLIC_ICONS = iconSet('favicon.svg', '');
/** The icons a brand draws at build (brandIconFiles). */
const BRAND_ICONS = iconSet('brand-icon.svg', 'brand-');

/** Whether the brand draws icons of its own: it has a logo, or a primary colour other than today's. */
export function drawsIcons(brand: Brand): boolean {
  return Boolean(brand.files.logo) || brand.resolved.light.primary.toLowerCase() !== DEFAULT_PRIMARY;
}

/** The icons the pages and the web app manifest name for this brand. */
export function iconsFor(brand: Brand): IconSet {
  return drawsIcons(brand) ? BRAND_ICONS : PUBLIC_ICONS;
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The icon as SVG, on a 64-unit tile. A maskable icon is full-bleed and keeps its mark inside the middle 80 % (the
 * safe zone a launcher's mask never cuts).
 */
export function iconSvg(brand: Brand, { maskable = false } = {}): string {
  const inset = maskable ? 12.8 : 6;
  const corner = maskable ? 0 : 14;
  const logo = brand.files.logo;
  if (logo) {
    const type = path.extname(logo).toLowerCase() === '.svg' ? 'image/svg+xml' : 'image/png';
    const data = readFileSync(logo).toString('base64');
    const size = 64 - 2 * inset;
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="${corner}" fill="#ffffff"/>` +
      `<image x="${inset}" y="${inset}" width="${size}" height="${size}" preserveAspectRatio="xMidYMid meet" href="data:${type};base64,${data}"/></svg>`
    );
  }
  const { primary, onPrimary } = brand.resolved.light;
  const letter = escape(Array.from(brand.course.trim())[0]?.toUpperCase() ?? '');
  const size = maskable ? 30 : 40;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="${corner}" fill="${primary}"/>` +
    `<text x="32" y="${32 + size * 0.36}" font-size="${size}" font-weight="700" text-anchor="middle" fill="${onPrimary}" ` +
    `font-family="DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif">${letter}</text></svg>`
  );
}

function png(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: true } }).render().asPng();
}

/** Every icon file of a brand that draws its own: name → contents. */
export function brandIconFiles(brand: Brand): Record<string, string | Buffer> {
  const svg = iconSvg(brand);
  const maskable = iconSvg(brand, { maskable: true });
  const [small, large, mask] = BRAND_ICONS.manifest.map((icon) => icon.src.slice(1)) as [string, string, string];
  return { [BRAND_ICONS.favicon]: svg, [small]: png(svg, 192), [large]: png(svg, 512), [mask]: png(maskable, 512) };
}

/**
 * Writes the brand's icons into the build and points the page's icon links at them (the manifest names them through
 * vite.config.ts). The dev server shows today's icons.
 */
export function brandIconsPlugin(load: () => Brand): Plugin {
  let brand: Brand | undefined;
  return {
    name: 'frontline-brand-icons',
    apply: 'build',
    buildStart() {
      brand = load();
    },
    generateBundle() {
      if (!brand || !drawsIcons(brand)) return;
      for (const [fileName, source] of Object.entries(brandIconFiles(brand))) this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!brand || !drawsIcons(brand)) return html;
        return html.replace(/(href="[^"]*?)favicon\.svg"/g, `$1${BRAND_ICONS.favicon}"`).replace(/(href="[^"]*?)icon-192\.png"/g, `$1${BRAND_ICONS.touch}"`);
      },
    },
  };
}
