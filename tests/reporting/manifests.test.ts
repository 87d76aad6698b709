import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest } from '../../scripts/lms/manifests.mjs';
import { courseInfo } from '../../scripts/package.mjs';

const XMLLINT = '/usr/bin/xmllint';
const schemas = {
  scorm12: path.resolve('tests/reporting/xsd/scorm12-all.xsd'),
  scorm2004: path.resolve('tests/reporting/xsd/scorm2004-all.xsd'),
  cmi5: path.resolve('scripts/lms/xsd/cmi5/CourseStructure.xsd'),
};

/** Validates XML text with Debian's xmllint against a schema; returns xmllint's verdict. */
function validate(xml: string, schema: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'frontline-manifest-'));
  const file = path.join(dir, 'manifest.xml');
  writeFileSync(file, xml);
  try {
    const output = execFileSync(XMLLINT, ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr ?? error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const info = courseInfo(['index.html', 'assets/index-abc.js', 'favicon.svg']);

describe('LMS manifests, validated against the official schemas', () => {
  it('take their title from the brand of the content folder the build uses', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'frontline-content-'));
    cpSync('content', dir, { recursive: true });
    cpSync('tests/fixtures/brand-acme', dir, { recursive: true });
    process.env.FRONTLINE_CONTENT_DIR = dir;
    try {
      const branded = courseInfo([]);
      expect(branded.title).toBe('Acme Service Academy');
      expect(scorm2004Manifest(branded)).toContain('<title>Acme Service Academy</title>');
    } finally {
      delete process.env.FRONTLINE_CONTENT_DIR;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carry the title, description, mastery score and launch file from the course content', () => {
    expect(info.title).toBe('Frontline');
    expect(info.description).toMatch(/customer service/);
    expect(info.passMark).toBe(0.8);
    const m12 = scorm12Manifest(info);
    expect(m12).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(m12).toContain('href="index.html"');
    expect(m12).toContain(info.description);
    const m2004 = scorm2004Manifest(info);
    expect(m2004).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    expect(m2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    const cmi5 = cmi5CourseStructure(info);
    expect(cmi5).toContain('masteryScore="0.8"');
    expect(cmi5).toContain('moveOn="CompletedAndPassed"');
    expect(cmi5).toContain('<url>index.html</url>');
  });

  it.each([
    ['SCORM 1.2 (IMS CP 1.1.2, ADL CP 1.2, IMS MD 1.2.1)', scorm12Manifest, schemas.scorm12],
    ['SCORM 2004 4th edition (IMS CP, ADL CP/SEQ/NAV, IMS SS)', scorm2004Manifest, schemas.scorm2004],
    ['cmi5 course structure', cmi5CourseStructure, schemas.cmi5],
  ])('%s validates', (_name, make, schema) => {
    const result = validate(make(info), schema);
    expect(result.ok, result.output).toBe(true);
  });

  it('the schemas do catch a broken manifest (the check is not vacuous)', () => {
    expect(validate(scorm12Manifest(info).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'), schemas.scorm12).ok).toBe(false);
    expect(validate(scorm2004Manifest(info).replace('satisfiedByMeasure="true"', 'satisfiedByMeasure="yes"'), schemas.scorm2004).ok).toBe(false);
    expect(validate(cmi5CourseStructure(info).replace('CompletedAndPassed', 'WhenDone'), schemas.cmi5).ok).toBe(false);
  });
});
