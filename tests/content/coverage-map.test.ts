import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadAllQuizzes } from '../../vite-plugins/content-plugin.ts';

/**
 * content/coverage.yaml maps every teachable concept in the source articles to the lesson section that teaches
 * it and the questions that assess it. A concept whose section was renamed or removed, or whose questions
 * were deleted, fails here: the map has to stay true as the course changes.
 */
interface Entry {
  concept: string;
  source: string;
  lesson: string;
  section: string;
  questions: string[];
}
/** How a final-assessment question is kept unseen: what it asks and why no lesson-quiz item practises that. */
interface ExamEntry {
  question: string;
  objective: string;
  lesson: string;
  section: string;
  decision: string;
  nearest: string[];
  differs: string;
}
const map = YAML.parse(readFileSync('content/coverage.yaml', 'utf8')) as { sources: Record<string, string>; concepts: Entry[]; exam?: ExamEntry[] };
const { lessons, quizzes, finalAssessment } = loadAllQuizzes(path.resolve('content'));
const questionIds = new Set([
  ...quizzes.flatMap((quiz) => quiz.questions.map((q) => q.id)),
  ...(finalAssessment?.pools.flatMap((pool) => pool.questions.map((q) => q.id)) ?? []),
]);
const lessonQuestionIds = new Set(quizzes.flatMap((quiz) => quiz.questions.map((q) => q.id)));
const examPools = (finalAssessment?.pools ?? []) as unknown as { objective: string; questions: { id: string }[] }[];
const sourceDir = path.resolve('..', 'shared', 'source-material');

describe('content/coverage.yaml', () => {
  it('lists well over a hundred concepts, each named once', () => {
    expect(map.concepts.length).toBeGreaterThanOrEqual(120);
    const names = map.concepts.map((entry) => entry.concept.toLowerCase());
    expect(names.length).toBe(new Set(names).size);
  });

  it('names source files that exist (when the articles are beside the repo)', () => {
    for (const entry of map.concepts) expect(Object.keys(map.sources)).toContain(entry.source);
    if (!existsSync(sourceDir)) return;
    for (const file of Object.values(map.sources)) expect(existsSync(path.join(sourceDir, file)), file).toBe(true);
  });

  it.each(map.concepts.map((entry) => [entry.concept, entry] as const))('%s: taught in an existing section and assessed', (_name, entry) => {
    const lesson = lessons.find((l) => l.id === entry.lesson);
    expect(lesson, `no lesson "${entry.lesson}"`).toBeDefined();
    const sections = lesson!.parts.filter((part) => part.kind === 'section').map((part) => part.id);
    expect(sections, `no section #${entry.section} in ${entry.lesson}`).toContain(entry.section);
    expect(entry.questions.length, 'no question assesses this concept').toBeGreaterThan(0);
    expect(entry.questions.filter((id) => !questionIds.has(id)), 'unknown question ids').toEqual([]);
  });

  it('at least 90 % of the questions in the course are mapped to a concept', () => {
    const mapped = new Set(map.concepts.flatMap((entry) => entry.questions));
    const unmapped = [...questionIds].filter((id) => !mapped.has(id));
    expect(unmapped.length).toBeLessThanOrEqual(Math.ceil(questionIds.size * 0.1));
  });

  it('every concept the final assessment asks is also practised in a lesson quiz', () => {
    const examOnly = map.concepts
      .filter((entry) => entry.questions.some((id) => !lessonQuestionIds.has(id)) && !entry.questions.some((id) => lessonQuestionIds.has(id)))
      .map((entry) => entry.concept);
    expect(examOnly).toEqual([]);
  });
});

describe('content/coverage.yaml: the final assessment asks no practised decision', () => {
  const entries = map.exam ?? [];
  const examIds = examPools.flatMap((pool) => pool.questions.map((q) => q.id));

  it('has one entry for every final-assessment question, and none for anything else', () => {
    expect(entries.map((entry) => entry.question).sort()).toEqual([...examIds].sort());
  });

  it.each(entries.map((entry) => [entry.question, entry] as const))('%s: its pool, the section that teaches it, the decision and what makes it new', (_id, entry) => {
    const pool = examPools.find((p) => p.questions.some((q) => q.id === entry.question));
    expect(pool?.objective, 'objective is the pool the question sits in').toBe(entry.objective);
    const lesson = lessons.find((l) => l.id === entry.lesson);
    expect(lesson, `no lesson "${entry.lesson}"`).toBeDefined();
    expect(lesson!.parts.filter((part) => part.kind === 'section').map((part) => part.id), `no section #${entry.section} in ${entry.lesson}`).toContain(entry.section);
    expect(entry.decision.trim().length, 'decision: what the question asks the learner to decide').toBeGreaterThan(10);
    expect(entry.differs.trim().length, 'differs: why no lesson item practises this decision').toBeGreaterThan(20);
    expect(entry.nearest.length, 'nearest: the lesson-quiz items closest in topic').toBeGreaterThan(0);
    expect(entry.nearest.filter((id) => !lessonQuestionIds.has(id)), 'nearest must name lesson-quiz questions').toEqual([]);
  });

  it('no two final-assessment questions ask the same decision', () => {
    const decisions = entries.map((entry) => entry.decision.toLowerCase().trim());
    expect(decisions.length).toBe(new Set(decisions).size);
  });
});
