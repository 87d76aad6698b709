import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllQuizzes } from '../../build/content-plugin.ts';

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
    expect([...all].sort()).toEqual(['categorize', 'conversation', 'multiple', 'order', 'rewrite', 'single']);
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

  it('the final assessment draws 15–20 questions from every lesson, in exam mode at 80 %', () => {
    expect(finalAssessment).toBeDefined();
    const total = finalAssessment!.pools.reduce((sum, pool) => sum + pool.draw, 0);
    expect(total).toBeGreaterThanOrEqual(15);
    expect(total).toBeLessThanOrEqual(20);
    expect(finalAssessment!.mode).toBe('exam');
    expect(finalAssessment!.passMark).toBe(0.8);
    expect(finalAssessment!.pools.map((pool) => pool.from).sort()).toEqual(lessons.map((lesson) => lesson.id).sort());
  });
});
