import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import YAML from 'yaml';
import { applyBrandColours, brandModule, loadBrand, markedColours } from '../../vite-plugins/brand.ts';
import { APP_PALETTE, checkContrast, describeFailure, SCHEMES } from '../../src/content/brand-colours.ts';
import { AA_TEXT, contrastRatio } from '../../src/content/contrast.ts';

const STYLESHEETS = ['src/app/styles.css', 'src/features/present/present.css', 'src/features/certificate/certificate.css'];
const ACME = path.resolve('tests/fixtures/brand-acme');

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A content folder holding only a brand.yaml: the default one with `change` applied, and the acme logo. */
function brandDir(change: (brand: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'frontline-brand-'));
  made.push(dir);
  const brand = YAML.parse(readFileSync('content/brand.yaml', 'utf8')) as Record<string, unknown>;
  change(brand);
  writeFileSync(path.join(dir, 'brand.yaml'), YAML.stringify(brand));
  copyFileSync(path.join(ACME, 'logo.svg'), path.join(dir, 'logo.svg'));
  return dir;
}

const colours = (brand: Record<string, unknown>) => brand.colours as Record<string, Record<string, string>>;

describe('the default brand (content/brand.yaml)', () => {
  const brand = loadBrand(path.resolve('content'));

  it('is today’s course: its name and no logo, issuer, signatory or support line', () => {
    expect(brand.course).toBe('Frontline');
    expect(brand.appName).toBe('Frontline: customer service recovery');
    expect(brand.logo).toBeUndefined();
    expect(brand.certificate).toBeUndefined();
    expect(brand.support).toBeUndefined();
  });

  it('repeats the colours the stylesheets mark, so the default build looks exactly as before', () => {
    for (const file of STYLESHEETS) {
      const css = readFileSync(file, 'utf8');
      for (const [key, values] of markedColours(css)) {
        const [scheme, role] = key.split('.') as [keyof typeof brand.resolved, keyof (typeof brand.resolved)['light']];
        for (const value of values) expect(value, `${file}: ${key}`).toBe(brand.resolved[scheme][role]);
      }
      expect(applyBrandColours(css, brand.resolved)).toBe(css);
    }
    const marked = STYLESHEETS.flatMap((file) => [...markedColours(readFileSync(file, 'utf8')).keys()]);
    for (const scheme of SCHEMES) for (const role of ['primary', 'primaryHover', 'onPrimary', 'accent']) expect(marked).toContain(`${scheme}.${role}`);
  });

  it('knows the app’s own backgrounds and text as the stylesheets write them', () => {
    const block = (css: string, start: string) => css.slice(css.indexOf(start), css.indexOf('}', css.indexOf(start)));
    const styles = readFileSync('src/app/styles.css', 'utf8');
    const blocks = {
      light: block(styles, ':root {'),
      dark: block(styles, '@media (prefers-color-scheme: dark)'),
      projector: block(readFileSync('src/features/present/present.css', 'utf8'), '.presenter {'),
    };
    for (const scheme of SCHEMES)
      for (const [name, value] of Object.entries(APP_PALETTE[scheme])) expect(blocks[scheme], `${scheme} --${name}`).toMatch(new RegExp(`--${name}: ${value};`));
  });

  it('passes every contrast check', () => {
    expect(checkContrast(brand.colours)).toEqual([]);
  });

  it('gives the pages nothing extra to show', () => {
    expect(brandModule(brand)).not.toMatch(/import/);
  });
});

describe('a second brand (tests/fixtures/brand-acme)', () => {
  const brand = loadBrand(ACME);

  it('loads with its logo, certificate and support line', () => {
    expect(brand.organisation).toBe('Acme Bank');
    expect(brand.logo).toEqual({ src: 'logo.svg', alt: 'Acme Bank' });
    expect(brand.files.logo).toBe(path.join(ACME, 'logo.svg'));
    expect(brand.certificate?.signatory).toEqual({ name: 'Dana Okafor', role: 'Head of Customer Service', signature: 'signature.svg' });
    expect(brand.files.signature).toBe(path.join(ACME, 'signature.svg'));
    expect(brandModule(brand)).toContain(`import logoSrc from ${JSON.stringify(`${path.join(ACME, 'logo.svg')}?url`)}`);
  });

  it('fills in the colours it leaves out, every one passing', () => {
    for (const scheme of SCHEMES) {
      const own = brand.resolved[scheme];
      for (const key of ['bg', 'surface', 'surface-2'] as const) {
        expect(contrastRatio(own.primary, APP_PALETTE[scheme][key])).toBeGreaterThanOrEqual(AA_TEXT);
        expect(contrastRatio(own.primaryHover, APP_PALETTE[scheme][key])).toBeGreaterThanOrEqual(AA_TEXT);
      }
      expect(contrastRatio(own.onPrimary, own.primary)).toBeGreaterThanOrEqual(AA_TEXT);
      expect(contrastRatio(own.onPrimary, own.primaryHover)).toBeGreaterThanOrEqual(AA_TEXT);
    }
    // No projector colours: the slides use the dark scheme's.
    expect(brand.resolved.projector.primary).toBe(brand.resolved.dark.primary);
  });

  it('writes its colours into the stylesheets', () => {
    const css = applyBrandColours(readFileSync('src/app/styles.css', 'utf8'), brand.resolved);
    expect(css).toContain('--accent: #7a1f5c; /* brand: light.primary */');
    expect(css).toContain('--focus: #7fe0c4; /* brand: dark.accent */');
  });
});

describe('a broken brand.yaml is refused, naming the file and the field', () => {
  it.each([
    ['a colour in words', (b: Record<string, unknown>) => (colours(b).light!.primary = 'blue'), /brand\.yaml: colours\.light\.primary: colours\.light\.primary must be a colour written "#rrggbb"/],
    ['a missing course name', (b: Record<string, unknown>) => delete b.course, /brand\.yaml: course: course is required/],
    ['a misspelt field', (b: Record<string, unknown>) => (b.colors = {}), /brand\.yaml: colors: unknown field/],
    ['a logo that is not there', (b: Record<string, unknown>) => (b.logo = { src: 'missing.svg', alt: 'X' }), /brand\.yaml: logo\.src: no file "missing\.svg"/],
    ['a logo outside the content folder', (b: Record<string, unknown>) => (b.logo = { src: '../logo.svg', alt: 'X' }), /brand\.yaml: logo\.src: logo\.src must be a path inside the content folder/],
    ['a logo that is not SVG or PNG', (b: Record<string, unknown>) => (b.logo = { src: 'logo.gif', alt: 'X' }), /brand\.yaml: logo\.src: logo\.src must be a \.svg or \.png file/],
    ['a logo without alt text', (b: Record<string, unknown>) => (b.logo = { src: 'logo.svg' }), /brand\.yaml: logo\.alt: logo\.alt is required/],
  ])('%s', (_name, change, message) => {
    expect(() => loadBrand(brandDir(change))).toThrow(message);
  });

  it('refuses a colour that fails contrast, naming the pair, the ratio against the one needed and a colour that passes', () => {
    const dir = brandDir((b) => {
      colours(b).light!.primary = '#7cb8ff';
      delete colours(b).light!.primaryHover;
    });
    let message = '';
    try {
      loadBrand(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/brand\.yaml: \d colour pairs? would fail WCAG AA contrast/);
    expect(message).toMatch(/brand\.yaml: colours\.light\.primary: "#7cb8ff" against the page background \(bg\) "#f7f8fa" is \d\.\d\d:1; WCAG AA needs 4\.5:1 for text/);
    const suggestion = /colours\.light\.primary: .*the nearest colour that passes is "(#[0-9a-f]{6})"/.exec(message)?.[1];
    expect(suggestion).toBeDefined();
    // The suggested colour, written in, passes.
    expect(() => loadBrand(brandDir((b) => ((colours(b).light!.primary = suggestion!), delete colours(b).light!.primaryHover)))).not.toThrow();
  });

  it('refuses a focus ring colour under 3:1', () => {
    const failures = checkContrast({ ...YAML.parse(readFileSync('content/brand.yaml', 'utf8')).colours, dark: { primary: '#7cb8ff', accent: '#1f2b39' } });
    expect(failures.map((f) => f.field)).toContain('colours.dark.accent');
    expect(describeFailure(failures.find((f) => f.field === 'colours.dark.accent')!)).toMatch(/WCAG AA needs 3:1 for the focus ring/);
  });

  it('fails `vite build` itself', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'frontline-content-'));
    made.push(dir);
    const { cpSync } = await import('node:fs');
    cpSync('content', dir, { recursive: true });
    const brand = YAML.parse(readFileSync('content/brand.yaml', 'utf8')) as Record<string, unknown>;
    colours(brand).light!.accent = '#f7f8fa';
    writeFileSync(path.join(dir, 'brand.yaml'), YAML.stringify(brand));
    process.env.FRONTLINE_CONTENT_DIR = dir;
    try {
      await expect(build({ logLevel: 'silent', build: { write: false } })).rejects.toThrow(/brand\.yaml: colours\.light\.accent: "#f7f8fa"/);
    } finally {
      delete process.env.FRONTLINE_CONTENT_DIR;
    }
  }, 60_000);
});
