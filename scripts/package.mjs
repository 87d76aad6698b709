// `npm run package`: the course as three uploadable LMS packages, beside the static site in dist/:
//   release/frontline-scorm12.zip    SCORM 1.2
//   release/frontline-scorm2004.zip  SCORM 2004 4th edition
//   release/frontline-cmi5.zip       cmi5
// One `vite build` per package, with VITE_REPORTING naming the standard (src/reporting/index.ts) and a
// relative base, since an LMS serves the package from a folder of its own. The SCORM packages carry the
// schemas their manifest names, as SCORM asks; cmi5.xml sits at the zip's root, as cmi5 asks. Each page's
// Content-Security-Policy is the build's own (vite-plugins/csp-plugin.ts: the cmi5 build may reach its LRS).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import { parse } from 'yaml';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest } from './lms/manifests.mjs';

const root = path.resolve(import.meta.dirname, '..');
export const FLAVOURS = ['scorm12', 'scorm2004', 'cmi5'];
export const releaseDir = path.join(root, 'release');

/** Every file under dir, as zip paths with forward slashes. */
function listFiles(dir, prefix = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? listFiles(full, rel) : [rel];
  });
}

/**
 * Title, description and mastery score, from the course content (one source for the app and the manifests): the
 * title is the brand's course name (content/brand.yaml), from the content folder the build uses.
 */
export function courseInfo(files = []) {
  const content = path.resolve(root, process.env.FRONTLINE_CONTENT_DIR ?? 'content');
  const course = parse(readFileSync(path.join(content, 'course.yaml'), 'utf8'));
  const brand = parse(readFileSync(path.join(content, 'brand.yaml'), 'utf8'));
  const final = parse(readFileSync(path.join(content, 'final-assessment/quiz.yaml'), 'utf8'));
  return {
    id: 'frontline',
    title: brand.course,
    description: course.tagline,
    passMark: final.passMark,
    launch: 'index.html',
    files,
    // The course's IRI for xAPI; a company may set its own domain.
    iri: process.env.FRONTLINE_COURSE_IRI ?? 'https://frontline.example/xapi/course',
  };
}

async function buildFlavour(build, standard, buildRoot) {
  const outDir = path.join(buildRoot, standard);
  process.env.VITE_REPORTING = standard;
  try {
    await build({
      configFile: path.join(root, 'vite.config.ts'),
      base: './',
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    delete process.env.VITE_REPORTING;
  }
  return outDir;
}

function schemaFiles(standard) {
  if (standard === 'cmi5') return {};
  const dir = path.join(root, 'scripts/lms/xsd', standard);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name))]));
}

/**
 * Builds the packages named (all by default) into `out` (release/). Each call builds in a folder of its own, so two
 * runs at once (tests packaging another content folder) never share one.
 */
export async function packageAll({ standards = FLAVOURS, log = console.log, out = releaseDir } = {}) {
  const { build } = await import('vite');
  mkdirSync(out, { recursive: true });
  mkdirSync(path.join(root, '.tmp'), { recursive: true });
  const buildRoot = mkdtempSync(path.join(root, '.tmp', 'package-'));
  const written = [];
  try {
    for (const standard of standards) {
      const started = Date.now();
      const outDir = await buildFlavour(build, standard, buildRoot);
      const files = listFiles(outDir).sort();
      const entries = Object.fromEntries(files.map((file) => [file, readFileSync(path.join(outDir, file))]));
      const info = courseInfo(files);
      if (standard === 'scorm12') entries['imsmanifest.xml'] = Buffer.from(scorm12Manifest(info));
      if (standard === 'scorm2004') entries['imsmanifest.xml'] = Buffer.from(scorm2004Manifest(info));
      if (standard === 'cmi5') entries['cmi5.xml'] = Buffer.from(cmi5CourseStructure(info));
      Object.assign(entries, schemaFiles(standard));
      const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, new Uint8Array(data)])), { level: 9 });
      const target = path.join(out, `frontline-${standard}.zip`);
      writeFileSync(target, zip);
      written.push(target);
      log(`✔ ${path.relative(root, target)} (${Math.round(zip.length / 1024)} KB, ${files.length} files, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } finally {
    rmSync(buildRoot, { recursive: true, force: true });
  }
  return written;
}

/** `node scripts/package.mjs [--only scorm12,cmi5] [--out DIR]` */
function cliOptions(args) {
  const value = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const only = value('--only')?.split(',');
  const unknown = only?.filter((standard) => !FLAVOURS.includes(standard)) ?? [];
  if (unknown.length > 0) throw new Error(`--only: no standard ${unknown.join(', ')}: use ${FLAVOURS.join(', ')}`);
  const out = value('--out');
  return { ...(only ? { standards: only } : {}), ...(out ? { out: path.resolve(out) } : {}) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  Promise.resolve()
    .then(() => packageAll(cliOptions(process.argv.slice(2))))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
