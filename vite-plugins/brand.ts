/**
 * content/brand.yaml at build time: validated (src/content/brand-schema.ts), its files found, its colours checked
 * for WCAG AA contrast where the app uses them (src/content/brand-colours.ts), then applied without adding a byte
 * of start-up script: the colours are written into the stylesheets in place of the defaults marked
 * `/* brand: <scheme>.<role> *\/`, the names reach the pages through `virtual:course` and `virtual:brand`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brandSchema, type BrandFile, type SchemeColours } from '../src/content/brand-schema.ts';
import { checkContrast, describeFailure, resolveColours, type Role, type Scheme } from '../src/content/brand-colours.ts';
import { ContentError, formatZodError } from '../src/content/format-error.ts';
import { parseYaml, rel } from './content-files.ts';

export interface Brand extends BrandFile {
  /** Every scheme's colours, the optional ones filled in. */
  resolved: Record<Scheme, Required<SchemeColours>>;
  /** Absolute paths of the logo and the signature image, when the brand has them. */
  files: { logo?: string; signature?: string };
}


export function brandFile(dir: string): string {
  return path.join(dir, 'brand.yaml');
}

/** Reads, validates and checks content/brand.yaml; throws a ContentError naming the file and the field. */
export function loadBrand(dir: string): Brand {
  const file = brandFile(dir);
  const name = rel(file);
  if (!existsSync(file)) throw new ContentError(`${name}: missing: the course needs a brand.yaml (organisation, course, colours)`);
  const result = brandSchema.safeParse(parseYaml(file, readFileSync(file, 'utf8')));
  if (!result.success) throw new ContentError(formatZodError(name, result.error));
  const brand = result.data;
  const files: Brand['files'] = {};
  const find = (field: string, src: string) => {
    const target = path.join(dir, src);
    if (!existsSync(target)) throw new ContentError(`${name}: ${field}: no file "${src}" in ${rel(dir)}: put the image there or correct the path`);
    return target;
  };
  if (brand.logo) files.logo = find('logo.src', brand.logo.src);
  const signature = brand.certificate?.signatory?.signature;
  if (signature) files.signature = find('certificate.signatory.signature', signature);
  const failures = checkContrast(brand.colours);
  if (failures.length > 0) {
    throw new ContentError(
      [`${name}: ${failures.length} colour pair${failures.length === 1 ? '' : 's'} would fail WCAG AA contrast:`, ...failures.map((f) => `${name}: ${describeFailure(f)}`)].join('\n'),
    );
  }
  return { ...brand, resolved: resolveColours(brand.colours), files };
}

const MARKED = /(:\s*)(#[0-9a-fA-F]{6})(\s*;?\s*\/\*\s*brand:\s*(light|dark|projector)\.(primary|primaryHover|onPrimary|accent)\s*\*\/)/g;

/** A stylesheet with every colour marked `/* brand: <scheme>.<role> *\/` replaced by the brand's. */
export function applyBrandColours(css: string, resolved: Brand['resolved']): string {
  return css.replace(MARKED, (_all, before: string, _old: string, after: string, scheme: Scheme, role: Role) => `${before}${resolved[scheme][role]}${after}`);
}

/** The colours a stylesheet marks, `scheme.role` → the colour written there (the defaults content/brand.yaml repeats). */
export function markedColours(css: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of css.matchAll(MARKED)) {
    const key = `${match[4]}.${match[5]}`;
    found.set(key, [...(found.get(key) ?? []), match[2]!.toLowerCase()]);
  }
  return found;
}

/**
 * `virtual:brand`: what some pages show of the brand, as named exports so each page's chunk keeps only what it uses
 * (the header the logo, the certificate its issuer and signatory, the error pages the support contact). Images are
 * imported as assets: the build emits them (or inlines a small one) and precaches them with everything else.
 */
export function brandModule(brand: Brand): string {
  const imports: string[] = [];
  const image = (name: string, file: string | undefined) => {
    if (!file) return 'undefined';
    imports.push(`import ${name} from ${JSON.stringify(`${file}?url`)};`);
    return name;
  };
  const logo = brand.logo ? `{ src: ${image('logoSrc', brand.files.logo)}, alt: ${JSON.stringify(brand.logo.alt)} }` : 'undefined';
  const signatory = brand.certificate?.signatory;
  const certificate = {
    issuer: brand.certificate?.issuer,
    signatory: signatory ? `{ name: ${JSON.stringify(signatory.name)}, role: ${JSON.stringify(signatory.role)}, signature: ${image('signatureSrc', brand.files.signature)} }` : 'undefined',
  };
  return [
    ...imports,
    `export const organisation = ${JSON.stringify(brand.organisation)};`,
    `export const logo = ${logo};`,
    `export const issuer = ${certificate.issuer === undefined ? 'undefined' : JSON.stringify(certificate.issuer)};`,
    `export const signatory = ${certificate.signatory};`,
    `export const support = ${brand.support === undefined ? 'undefined' : JSON.stringify(brand.support)};`,
  ].join('\n');
}
