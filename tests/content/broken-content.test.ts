import { mkdirSync, mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { loadAllLessons } from '../../vite-plugins/content-plugin.ts';

const GOOD_FRONTMATTER = {
  title: 'A test lesson',
  summary: 'A lesson that exists only to exercise the content checks.',
  order: '1',
  minutes: '10',
  objectives: '\n  - Name one thing.\n  - Explain another thing.\n  - Choose a third thing.',
};

/** Every folder made here, removed when the file's tests end. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A content folder with course.yaml and one lesson whose frontmatter fields can be overridden or removed. */
function contentDir(fields: Record<string, string | undefined>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'frontline-content-'));
  made.push(dir);
  copyFileSync(path.resolve('content/course.yaml'), path.join(dir, 'course.yaml'));
  copyFileSync(path.resolve('content/brand.yaml'), path.join(dir, 'brand.yaml'));
  mkdirSync(path.join(dir, 'test-lesson'));
  const merged = { ...GOOD_FRONTMATTER, ...fields };
  const yaml = Object.entries(merged)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  writeFileSync(path.join(dir, 'test-lesson', 'lesson.mdx'), `---\n${yaml}\n---\n\n## A section\n\nText.\n`);
  return dir;
}

describe('broken lesson frontmatter is reported with the file and the field', () => {
  it('accepts the good fixture', () => {
    expect(loadAllLessons(contentDir({})).lessons).toHaveLength(1);
  });

  it.each([
    ['minutes', { minutes: 'ten' }, /test-lesson\/lesson\.mdx: frontmatter\.minutes: .*number/],
    ['title', { title: undefined }, /test-lesson\/lesson\.mdx: frontmatter\.title: title is required/],
    ['objectives', { objectives: '[one]' }, /frontmatter\.objectives(\[0\])?: /],
    ['order', { order: '1.5' }, /frontmatter\.order: order must be a whole number/],
    ['skills', { skills: '[juggling]' }, /frontmatter\.skills\[0\]: unknown skill/],
    ['an unknown field', { colour: 'blue' }, /frontmatter\.colour: unknown field/],
  ])('%s', (_name, fields, message) => {
    expect(() => loadAllLessons(contentDir(fields))).toThrow(message);
  });

  it('fails `vite build` itself, naming the file and the field', async () => {
    process.env.FRONTLINE_CONTENT_DIR = contentDir({ minutes: 'ten' });
    try {
      await expect(build({ logLevel: 'silent', build: { write: false } })).rejects.toThrow(
        /test-lesson\/lesson\.mdx: frontmatter\.minutes/,
      );
    } finally {
      delete process.env.FRONTLINE_CONTENT_DIR;
    }
  }, 30_000);
});

describe('broken quiz content is reported with the file and the field', () => {
  const quiz = (credit: string) => `title: A test quiz
questions:
  - id: t-one
    kind: single
    skills: [listening]
    prompt: What do you do first?
    options:
      - { id: a, text: Listen, credit: ${credit}, feedback: Good. }
      - { id: b, text: Talk, credit: 0, feedback: Not yet. }
      - { id: c, text: Leave, credit: 0, feedback: No. }
`;
  const withQuiz = (text: string) => {
    const dir = contentDir({});
    writeFileSync(path.join(dir, 'test-lesson', 'quiz.yaml'), text);
    return dir;
  };

  it('accepts a good quiz', async () => {
    const { loadAllQuizzes } = await import('../../vite-plugins/content-plugin.ts');
    expect(loadAllQuizzes(withQuiz(quiz('1'))).quizzes).toHaveLength(1);
  });

  it('names the file and the field path of a credit out of range', async () => {
    const { loadAllQuizzes } = await import('../../vite-plugins/content-plugin.ts');
    expect(() => loadAllQuizzes(withQuiz(quiz('2')))).toThrow(/test-lesson\/quiz\.yaml: questions\[0\]\.options\[0\]\.credit: /);
  });

  it('names a YAML syntax error with the file', async () => {
    const { loadAllQuizzes } = await import('../../vite-plugins/content-plugin.ts');
    expect(() => loadAllQuizzes(withQuiz('title: [unclosed'))).toThrow(/test-lesson\/quiz\.yaml: not valid YAML/);
  });

  it('fails `vite build` for a broken quiz', async () => {
    process.env.FRONTLINE_CONTENT_DIR = withQuiz(quiz('2'));
    try {
      await expect(build({ logLevel: 'silent', build: { write: false } })).rejects.toThrow(/quiz\.yaml: questions\[0\]\.options\[0\]\.credit/);
    } finally {
      delete process.env.FRONTLINE_CONTENT_DIR;
    }
  }, 30_000);
});

describe('cross-file quiz rules name the file and the field', () => {
  const single = (id: string) => `  - id: ${id}
    kind: single
    skills: [listening]
    prompt: What do you do first?
    options:
      - { id: a, text: Listen, credit: 1, feedback: Good. }
      - { id: b, text: Talk, credit: 0, feedback: Not yet. }
      - { id: c, text: Leave, credit: 0, feedback: No. }
`;
  function dirWith(finalQuestionId: string, review = ''): string {
    const dir = contentDir({});
    writeFileSync(path.join(dir, 'test-lesson', 'quiz.yaml'), `title: A test quiz\n${review}questions:\n${single('t-one')}`);
    mkdirSync(path.join(dir, 'final-assessment'));
    const pools = [1, 2, 3]
      .map((n) => `  - objective: test-lesson#${n}\n    draw: 1\n    questions:\n${single(n === 1 ? finalQuestionId : `fa-${n}`).replace(/^(?=.)/gm, '    ')}`)
      .join('');
    writeFileSync(path.join(dir, 'final-assessment', 'quiz.yaml'), `title: Final\npools:\n${pools}`);
    return dir;
  }

  it('accepts a final assessment of unseen questions, one pool per objective', async () => {
    const { loadAllQuizzes } = await import('../../vite-plugins/content-plugin.ts');
    expect(loadAllQuizzes(dirWith('fa-1')).finalAssessment?.pools).toHaveLength(3);
  });

  it('rejects a final-assessment question that a lesson quiz also asks', async () => {
    const { loadAllQuizzes } = await import('../../vite-plugins/content-plugin.ts');
    expect(() => loadAllQuizzes(dirWith('t-one'))).toThrow(
      /final-assessment\/quiz\.yaml: pools\[0\]\.questions\[0\]\.id: "t-one" is also in .*test-lesson\/quiz\.yaml/,
    );
  });

  it('rejects a review pool that names the lesson itself (not an earlier one)', async () => {
    const { loadAllQuizzes } = await import('../../vite-plugins/content-plugin.ts');
    expect(() => loadAllQuizzes(dirWith('fa-1', 'review:\n  - { from: test-lesson, draw: 1 }\n'))).toThrow(
      /test-lesson\/quiz\.yaml: review\[0\]\.from: "test-lesson" does not come before/,
    );
  });
});
