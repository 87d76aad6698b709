import { describe, expect, it } from 'vitest';
import {
  attemptsOf,
  inProgressAttempt,
  quizSummary,
  recordAnswer,
  recordFinish,
  recordPosition,
  refreshChangedQuestions,
  skillMastery,
} from '../../src/progress/attempt-records.ts';
import type { AttemptRecord } from '../../src/progress/types.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const attempt = (patch: Partial<AttemptRecord> = {}): AttemptRecord => ({
  id: 'a1',
  quizId: 'q',
  kind: 'scored',
  seed: 7,
  questionIds: ['q1', 'q2', 'q3'],
  answeredAt: {},
  hashes: { q1: 'h1', q2: 'h2', q3: 'h3' },
  responses: { q1: { kind: 'single', choice: 'a' }, q2: { kind: 'single', choice: 'b' } },
  checked: ['q1', 'q2'],
  current: 2,
  startedAt: T0,
  updatedAt: T0,
  ...patch,
});
const score = (percent: number, passed = percent >= 80) => ({ earned: percent / 10, total: 10, percent, passed, perSkill: { listening: { earned: percent / 100, total: 1 } } });
/** The engine's result for a finished attempt: the grade and each question's score. */
const graded = (percent: number) => ({
  ...score(percent),
  perQuestion: {
    q1: { kind: 'points', earned: 1, total: 1 },
    q2: { kind: 'points', earned: 0, total: 1 },
    q3: { kind: 'invalid', reason: 'not answered' },
  } as const,
});

describe('attempt records', () => {
  it('a finished attempt can no longer be answered or finished again', () => {
    const finished = recordFinish(attempt(), graded(90), '2026-01-02T00:00:00.000Z');
    expect(recordAnswer(finished, 'q3', { kind: 'single', choice: 'a' }, '2026-01-03T00:00:00.000Z')).toBe(finished);
    expect(recordFinish(finished, graded(10), '2026-01-03T00:00:00.000Z').score?.percent).toBe(90);
  });

  it('finishing keeps the grade and each question’s score, apart', () => {
    const finished = recordFinish(attempt(), graded(90), '2026-01-02T00:00:00.000Z');
    expect(finished.score).toEqual(score(90));
    expect(finished.questionScores).toEqual(graded(90).perQuestion);
    expect(finished).toMatchObject({ finishedAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' });
  });

  it('positions stay within the questions', () => {
    expect(recordPosition(attempt(), 99, T0).current).toBe(2);
    expect(recordPosition(attempt(), -4, T0).current).toBe(0);
  });

  it('a changed question loses its answer and check; unchanged answers stay', () => {
    const { attempt: refreshed, changed } = refreshChangedQuestions(attempt(), { q1: 'NEW', q2: 'h2', q3: 'h3' }, T0);
    expect(changed).toEqual(['q1']);
    expect(refreshed.responses).toEqual({ q2: { kind: 'single', choice: 'b' } });
    expect(refreshed.checked).toEqual(['q2']);
    expect(refreshed.hashes.q1).toBe('NEW');
  });

  it('a question removed from the quiz leaves the attempt', () => {
    const { attempt: refreshed, changed } = refreshChangedQuestions(attempt(), { q1: 'h1', q2: 'h2' }, T0);
    expect(changed).toEqual(['q3']);
    expect(refreshed.questionIds).toEqual(['q1', 'q2']);
    expect(refreshed.current).toBe(1);
  });

  it('finished attempts are never rewritten by a content change', () => {
    const finished = attempt({ finishedAt: T0, score: score(50) });
    expect(refreshChangedQuestions(finished, { q1: 'NEW' }, T0).attempt).toBe(finished);
  });

  it('summaries: first, best, latest; practice rounds do not count', () => {
    const attempts = {
      a: attempt({ id: 'a', startedAt: '2026-01-01', finishedAt: '2026-01-01', score: score(60) }),
      b: attempt({ id: 'b', startedAt: '2026-01-02', finishedAt: '2026-01-02', score: score(90) }),
      c: attempt({ id: 'c', startedAt: '2026-01-03', finishedAt: '2026-01-03', score: score(70) }),
      p: attempt({ id: 'p', kind: 'practice', startedAt: '2026-01-04', finishedAt: '2026-01-04', score: score(100) }),
      open: attempt({ id: 'open', startedAt: '2026-01-05' }),
    };
    expect(quizSummary(attempts, 'q')).toMatchObject({ count: 3, first: 60, best: 90, latest: 70, passed: true });
    expect(inProgressAttempt(attempts, 'q')?.id).toBe('open');
    expect(attemptsOf(attempts, 'q', 'practice').map((a) => a.id)).toEqual(['p']);
  });

  it('skill mastery counts the latest finished scored attempt of each quiz', () => {
    const attempts = {
      a: attempt({ id: 'a', finishedAt: '2026-01-01T00:00:00.000Z', score: score(50) }),
      b: attempt({ id: 'b', finishedAt: '2026-01-02T00:00:00.000Z', score: score(100) }),
      c: attempt({ id: 'c', quizId: 'other', finishedAt: '2026-01-01T00:00:00.000Z', score: score(50) }),
    };
    expect(skillMastery(attempts)).toEqual({ listening: { percent: 75, questions: 2, quizzes: 2 } });
  });
});
