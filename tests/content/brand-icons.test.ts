import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBrand } from '../../vite-plugins/brand.ts';
import { brandIconFiles, drawsIcons, iconsFor, iconSvg } from '../../vite-plugins/brand-icons.ts';

/** The app's icons follow the brand (issue 29): its logo, or its initial on its colour; today's look keeps public/'s. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function brandDir(change: (brand: Record<string, unknown>) => void, logo = false): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'frontline-icons-'));
  made.push(dir);
  const brand = YAML.parse(readFileSync('content/brand.yaml', 'utf8')) as Record<string, unknown>;
  change(brand);
  writeFileSync(path.join(dir, 'brand.yaml'), YAML.stringify(brand));
  if (logo) copyFileSync('tests/fixtures/brand-acme/logo.svg', path.join(dir, 'logo.svg'));
  return dir;
}

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (data: Buffer) => ({ width: data.readUInt32BE(16), height: data.readUInt32BE(20) });

describe('brand icons', () => {
  it('today’s look keeps the icons in public/', () => {
    const brand = loadBrand(path.resolve('content'));
    expect(drawsIcons(brand)).toBe(false);
    expect(iconsFor(brand).favicon).toBe('favicon.svg');
    expect(iconsFor(brand).manifest.map((icon) => icon.src)).toContain('/icon-512.png');
  });

  it('a logo is drawn on a white tile, at 192 and 512 px and as a maskable icon', () => {
    const brand = loadBrand(brandDir((b) => (b.logo = { src: 'logo.svg', alt: 'Acme Bank' }), true));
    expect(drawsIcons(brand)).toBe(true);
    expect(iconSvg(brand)).toContain('href="data:image/svg+xml;base64,');
    const files = brandIconFiles(brand);
    expect(Object.keys(files).sort()).toEqual(['brand-icon-192.png', 'brand-icon-512.png', 'brand-icon-maskable-512.png', 'brand-icon.svg']);
    expect(pngSize(files['brand-icon-192.png'] as Buffer)).toEqual({ width: 192, height: 192 });
    expect(pngSize(files['brand-icon-512.png'] as Buffer)).toEqual({ width: 512, height: 512 });
    expect(pngSize(files['brand-icon-maskable-512.png'] as Buffer)).toEqual({ width: 512, height: 512 });
    expect(iconsFor(brand).manifest.map((icon) => icon.src)).toEqual(['/brand-icon-192.png', '/brand-icon-512.png', '/brand-icon-maskable-512.png', '/brand-icon.svg']);
  });

  it('without a logo, a brand of its own colour shows its course name’s initial on that colour', () => {
    const brand = loadBrand(
      brandDir((b) => {
        b.course = 'öresund Hotels';
        (b.colours as Record<string, Record<string, string>>).light!.primary = '#7a1f5c';
      }),
    );
    expect(drawsIcons(brand)).toBe(true);
    const svg = iconSvg(brand);
    expect(svg).toContain('fill="#7a1f5c"');
    expect(svg).toMatch(/>Ö<\/text>/);
    expect(pngSize(brandIconFiles(brand)['brand-icon-512.png'] as Buffer).width).toBe(512);
  });
});
