import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../vite-plugins/content-plugin.ts';
import { codeFrame, fieldPath, overlayError } from '../../vite-plugins/content-preview.ts';

/**
 * What `npm start` shows of a content error (vite-plugins/content-preview.ts): the loaders' message, the file, and
 * the line of the field it names. tests/e2e/dev-preview.spec.ts shows it in the browser.
 */

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A copy of content/ with one file changed, and the overlay's error for it. */
function errorFor(file: string, change: (text: string) => string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'frontline-preview-'));
  made.push(dir);
  cpSync('content', dir, { recursive: true });
  const target = path.join(dir, file);
  const text = change(readFileSync(target, 'utf8'));
  writeFileSync(target, text);
  let thrown: unknown;
  try {
    checkContent(dir);
  } catch (error) {
    thrown = error;
  }
  expect(thrown, 'the content check fails').toBeInstanceOf(Error);
  const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
  return { error: overlayError(thrown), target, lineOf, message: (thrown as Error).message };
}

describe('a content error as the dev server’s overlay shows it', () => {
  it('keeps the message, drops the stack, and points at the field of brand.yaml', () => {
    const { error, target, lineOf, message } = errorFor('brand.yaml', (text) => text.replace(/(\n {4}primary: )"#[0-9a-f]{6}"/, '$1"#ffff00"'));
    expect(error.message).toBe(message);
    expect(error.stack).toBe('');
    expect(error.id).toBe(target);
    expect(error.loc).toEqual({ file: target, line: lineOf('primary: "#ffff00"'), column: 5 });
    expect(error.frame).toContain(`${lineOf('primary: "#ffff00"')} |     primary: "#ffff00"`);
    expect(error.frame).toMatch(/\n\s+\| {5}\^\n/);
  });

  it('points at the key of an unknown field', () => {
    const { error, lineOf } = errorFor('brand.yaml', (text) => text.replace('\ncolours:\n', '\ncolors: {}\ncolours:\n'));
    expect(error.message).toMatch(/brand\.yaml: colors: unknown field/);
    expect(error.loc).toMatchObject({ line: lineOf('colors: {}'), column: 1 });
  });

  it('points at a question’s field, or at the question when the field is missing', () => {
    const kind = errorFor('star-method/quiz.yaml', (text) => text.replace('kind: order\n', 'kind: ordering\n'));
    expect(kind.error.message).toMatch(/star-method\/quiz\.yaml: questions\[0\]\.kind: /);
    expect(kind.error.loc).toMatchObject({ line: kind.lineOf('kind: ordering'), column: 5 });
    const prompt = errorFor('star-method/quiz.yaml', (text) => text.replace(/\n {4}prompt: [^\n]*/, ''));
    expect(prompt.error.message).toMatch(/star-method\/quiz\.yaml: questions\[0\]\.prompt: /);
    expect(prompt.error.loc).toMatchObject({ line: prompt.lineOf('- id: star-steps-order'), column: 5 });
  });

  it('finds a lesson’s field, or its YAML error, in its frontmatter', () => {
    const field = errorFor('star-method/lesson.mdx', (text) => text.replace('\nminutes: 12\n', '\nminutes: twelve\n'));
    expect(field.error.message).toMatch(/star-method\/lesson\.mdx: frontmatter\.minutes: /);
    expect(field.error.loc).toEqual({ file: field.target, line: field.lineOf('minutes: twelve'), column: 1 });
    const syntax = errorFor('star-method/lesson.mdx', (text) => text.replace('\nminutes: 12\n', '\nminutes: [12\n'));
    expect(syntax.error.message).toMatch(/star-method\/lesson\.mdx: not valid YAML: /);
    expect(syntax.error.loc).toMatchObject({ line: syntax.lineOf('minutes: [12') + 1, column: 1 });
  });

  it('points at a YAML syntax error where the parser found it', () => {
    const { error, lineOf } = errorFor('course.yaml', (text) => `${text}\nbroken: [unclosed\nnext: 1\n`);
    expect(error.message).toMatch(/course\.yaml: not valid YAML: /);
    // The parser finds the unclosed list on the line after it.
    expect(error.loc).toMatchObject({ line: lineOf('next: 1'), column: 1 });
  });

  it('names no file when the message names none', () => {
    const error = overlayError(new Error('something else went wrong'));
    expect(error).toMatchObject({ message: 'something else went wrong', stack: '' });
    expect(error.id).toBeUndefined();
    expect(error.loc).toBeUndefined();
  });
});

describe('helpers', () => {
  it('reads a field path as the loaders write it', () => {
    expect(fieldPath('questions[3].options[1].feedback')).toEqual(['questions', 3, 'options', 1, 'feedback']);
  });

  it('frames the lines around the field, the numbers first (the overlay trims the first line)', () => {
    expect(codeFrame('a\nb\nc\nd\ne\nf', 3, 2)).toBe('1 | a\n2 | b\n3 | c\n  |  ^\n4 | d\n5 | e\n');
  });
});
