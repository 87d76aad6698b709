import { QUESTION_KINDS } from '../../src/engine/index.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllQuizzes } from '../../vite-plugins/content-plugin.ts';

const { quizzes, finalAssessment, lessons } = loadAllQuizzes(path.resolve('content'));
const kindsOf = (id: string) => new Set(quizzes.find((quiz) => quiz.id === id)?.questions.map((q) => q.kind));

describe('quiz content', () => {
  it('every lesson has a quiz', () => {
    expect(quizzes.map((quiz) => quiz.id).sort()).toEqual(lessons.map((lesson) => lesson.id).sort());
  });

  it.each(quizzes.map((quiz) => [quiz.id, quiz] as const))('%s: at least 8 questions of at least 3 kinds, each with a content hash', (_id, quiz) => {
    expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
    expect(new Set(quiz.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(3);
    for (const question of quiz.questions) expect(quiz.hashes[question.id]).toMatch(/^[0-9a-f]{10}$/);
  });

  it('the lesson quizzes together use every question kind', () => {
    const all = new Set(quizzes.flatMap((quiz) => quiz.questions.map((q) => q.kind)));
    expect([...all].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('difficult customers and recovery phrasing include a conversation; recovery phrasing includes rewrites', () => {
    expect(kindsOf('difficult-customers').has('conversation')).toBe(true);
    expect(kindsOf('recovery-phrasing').has('conversation')).toBe(true);
    expect(kindsOf('recovery-phrasing').has('rewrite')).toBe(true);
  });

  it('STAR and recovery include an order question; nonverbal cues a categorize question', () => {
    expect(kindsOf('star-method').has('order')).toBe(true);
    expect(kindsOf('recovery-phrasing').has('order')).toBe(true);
    expect(kindsOf('nonverbal-cues').has('categorize')).toBe(true);
  });

  it('every lesson quiz has a spot question (the seventh kind, added through the registries)', () => {
    for (const quiz of quizzes) expect(quiz.questions.some((q) => q.kind === 'spot'), quiz.id).toBe(true);
  });

  it('the final assessment: its own unseen questions, every objective tested in every attempt, every kind, exam mode at 80 %', () => {
    expect(finalAssessment).toBeDefined();
    const fa = finalAssessment!;
    const own = fa.pools.flatMap((pool) => pool.questions);
    expect(own.length).toBeGreaterThanOrEqual(20);
    const lessonIds = new Set(quizzes.flatMap((quiz) => quiz.questions.map((q) => q.id)));
    expect(own.filter((q) => lessonIds.has(q.id)).map((q) => q.id)).toEqual([]);
    expect([...new Set(own.map((q) => q.kind))].sort()).toEqual([...QUESTION_KINDS].sort());
    expect(own.filter((q) => q.kind === 'spot').length).toBeGreaterThanOrEqual(2);
    const objectives = lessons.flatMap((lesson) => lesson.objectives.map((_, i) => `${lesson.id}#${i + 1}`));
    expect(fa.pools.map((pool) => pool.objective).sort()).toEqual(objectives.sort());
    for (const pool of fa.pools) expect(pool.draw).toBeGreaterThanOrEqual(1);
    expect(fa.mode).toBe('exam');
    expect(fa.passMark).toBe(0.8);
  });

  it('each lesson quiz after the first brings back questions from earlier lessons (spaced retrieval)', () => {
    const ordered = [...lessons].sort((a, b) => a.order - b.order);
    for (const lesson of ordered.slice(1)) {
      const quiz = quizzes.find((q) => q.id === lesson.id)!;
      const review = quiz.review ?? [];
      expect(review.length, `${lesson.id} reviews nothing`).toBeGreaterThan(0);
      for (const pool of review) {
        expect(ordered.findIndex((l) => l.id === pool.from)).toBeLessThan(ordered.findIndex((l) => l.id === lesson.id));
      }
    }
  });
});
