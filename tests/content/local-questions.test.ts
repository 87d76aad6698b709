import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAllQuizzes } from '../../vite-plugins/content-plugin.ts';

/**
 * content/local/: a company's own scenarios join a lesson quiz or a final-assessment pool by objective (issue 29),
 * checked as the course's own questions are — schema, unique ids, the exam's unseen rule, the cue audit — with every
 * error naming the file and the field. The fixture is tests/fixtures/brand-acme/local/acme-branch.yaml.
 */
const FIXTURE = YAML.parse(readFileSync('tests/fixtures/brand-acme/local/acme-branch.yaml', 'utf8')) as { questions: Entry[] };
type Entry = Record<string, unknown> & { question: Record<string, unknown> & { options?: Record<string, unknown>[] }; unseen?: Record<string, unknown> };

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The course's content with content/local/acme.yaml holding `questions` (and course.yaml's lessons, if given). */
function withLocal(questions: unknown, lessons?: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'frontline-local-'));
  made.push(dir);
  cpSync('content', dir, { recursive: true });
  mkdirSync(path.join(dir, 'local'));
  writeFileSync(path.join(dir, 'local', 'acme.yaml'), YAML.stringify({ questions }));
  if (lessons) writeFileSync(path.join(dir, 'course.yaml'), `${readFileSync(path.join(dir, 'course.yaml'), 'utf8')}\nlessons: [${lessons.join(', ')}]\n`);
  return dir;
}

const [practice, exam] = FIXTURE.questions as [Entry, Entry];
const change = (entry: Entry, edit: (copy: Entry) => void): Entry => {
  const copy = structuredClone(entry);
  edit(copy);
  return copy;
};

describe('content/local: the company’s own scenarios', () => {
  it('a practice question joins its lesson’s quiz, an exam question its objective’s pool, each with its hash', () => {
    const content = loadAllQuizzes(withLocal(FIXTURE.questions));
    const quiz = content.quizzes.find((q) => q.id === 'star-method')!;
    expect(quiz.questions.map((q) => q.id)).toContain('acme-drawer-count');
    expect(quiz.hashes['acme-drawer-count']).toMatch(/^[0-9a-f]{10}$/);
    const pool = content.finalAssessment!.pools.find((p) => p.objective === 'star-method#4')!;
    expect(pool.questions.map((q) => q.id)).toContain('acme-large-print');
    expect(content.finalAssessment!.hashes['acme-large-print']).toMatch(/^[0-9a-f]{10}$/);
    // Nowhere else.
    const elsewhere = [...content.quizzes.filter((q) => q.id !== 'star-method').flatMap((q) => q.questions), ...content.finalAssessment!.pools.filter((p) => p !== pool).flatMap((p) => p.questions)];
    expect(elsewhere.map((q) => q.id)).not.toContain('acme-drawer-count');
    expect(elsewhere.map((q) => q.id)).not.toContain('acme-large-print');
  });

  it('a local question of a lesson the course leaves out is not asked', () => {
    const content = loadAllQuizzes(withLocal(FIXTURE.questions, ['service-breakdowns', 'difficult-customers']));
    const asked = [...content.quizzes.flatMap((q) => q.questions), ...content.finalAssessment!.pools.flatMap((p) => p.questions)].map((q) => q.id);
    expect(asked).not.toContain('acme-drawer-count');
    expect(asked).not.toContain('acme-large-print');
  });

  it.each([
    ['a misspelt field', [change(practice, (e) => (e.objectve = e.objective))], /local\/acme\.yaml: questions\[0\]\.objectve: unknown field/],
    ['an objective of no lesson', [change(practice, (e) => (e.objective = 'star-methods#1'))], /local\/acme\.yaml: questions\[0\]\.objective: no lesson "star-methods"/],
    ['an objective the lesson lacks', [change(practice, (e) => (e.objective = 'star-method#9'))], /questions\[0\]\.objective: star-method has 4 objectives: #9 does not exist/],
    ['no use', [change(practice, (e) => delete e.use)], /questions\[0\]\.use: use is required: practice .* or exam/],
    ['a broken question', [change(practice, (e) => delete e.question.prompt)], /local\/acme\.yaml: questions\[0\]\.question\.prompt: /],
    ['an unknown skill', [change(practice, (e) => (e.question.skills = ['juggling']))], /questions\[0\]\.question\.skills\[0\]: unknown skill "juggling"/],
    ['an exam question without unseen', [change(exam, (e) => delete e.unseen)], /questions\[0\]\.unseen: unseen is required for an exam question/],
    ['an id the course uses', [change(practice, (e) => (e.question.id = 'star-real-need'))], /questions\[0\]\.question\.id: "star-real-need" is already used in .*star-method\/quiz\.yaml/],
    ['an id used twice in the file', [practice, change(exam, (e) => (e.question.id = practice.question.id))], /questions\[1\]\.question\.id: duplicate question id "acme-drawer-count"/],
    ['a nearest question that is not practised', [change(exam, (e) => (e.unseen!.nearest = ['fa-star-no-show-fee']))], /questions\[0\]\.unseen\.nearest\[0\]: "fa-star-no-show-fee" is no lesson-quiz question/],
    [
      'a decision the exam already asks',
      [change(exam, (e) => (e.unseen!.decision = 'Raise an advertised-promise gap the customer has not noticed, before she pays'))],
      /questions\[0\]\.unseen\.decision: the final assessment already asks this decision \(fa-sb-flyer-delivery\)/,
    ],
  ])('%s is refused, naming the file and the field', (_name, questions, message) => {
    expect(() => loadAllQuizzes(withLocal(questions))).toThrow(message);
  });

  it('a question carrying a cue fails the cue audit, naming it', () => {
    const everyOptionRight = change(practice, (e) => {
      e.question.kind = 'multiple';
      e.question.options = e.question.options!.map(({ credit: _credit, ...option }) => ({ ...option, correct: true }));
    });
    expect(() => loadAllQuizzes(withLocal([everyOptionRight]))).toThrow(/local\/acme\.yaml: questions\[0\]\.question: cue audit: select-all: 4 of 4 options are correct/);
  });
});
