import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeProgress } from '../../src/progress/schema.ts';
import { parseImport } from '../../src/progress/transfer.ts';

const T = '2026-03-01T10:00:00.000Z';
const finished = {
  id: 'a1',
  quizId: 'star-method',
  kind: 'scored',
  seed: 5,
  questionIds: ['q1', 'q2'],
  hashes: { q1: 'h', q2: 'h' },
  responses: { q1: { kind: 'single', choice: 'a' } },
  answeredAt: { q1: T },
  checked: [],
  current: 1,
  startedAt: T,
  updatedAt: T,
  finishedAt: T,
  score: { earned: 1, total: 2, percent: 50, passed: false, perSkill: { listening: { earned: 1, total: 2 } } },
};
const progress = (attempt: Record<string, unknown>) => ({ attempts: { a1: attempt }, lessons: { 'star-method': { completedAt: T } }, learnerName: 'Ana' });

describe('saved progress is repaired field by field, never dropped whole', () => {
  it('keeps a good record as it is', () => {
    expect(normalizeProgress(progress(finished)).attempts.a1).toMatchObject({ finishedAt: T, score: { percent: 50 } });
  });

  it.each([
    ['a finishedAt that is not a date', { finishedAt: 'yesterday-ish' }],
    ['a score without perSkill', { score: { earned: 1, total: 2, percent: 50, passed: false } }],
  ])('with %s, the attempt stays and can be resumed (answers kept)', (_what, patch) => {
    const data = normalizeProgress(progress({ ...finished, ...patch }));
    expect(data.attempts.a1).toBeDefined();
    expect(data.attempts.a1!.finishedAt).toBeUndefined();
    expect(data.attempts.a1!.responses.q1).toEqual({ kind: 'single', choice: 'a' });
    expect(data.lessons['star-method']?.completedAt).toBe(T);
    expect(data.learnerName).toBe('Ana');
  });

  it('drops answers of the wrong shape and keeps the rest', () => {
    const data = normalizeProgress(
      progress({ ...finished, responses: { q1: { kind: 'multiple', choices: 'a' }, q2: { kind: 'order', order: ['x'] }, q3: 7 } }),
    );
    expect(data.attempts.a1!.responses).toEqual({ q2: { kind: 'order', order: ['x'] } });
  });

  it('shows old one-decimal scores by the one rounding rule', () => {
    const data = normalizeProgress(progress({ ...finished, score: { ...finished.score, earned: 15.9, total: 20, percent: 79.5 } }));
    expect(data.attempts.a1!.score!.percent).toBe(79);
  });

  it('ignores prototype keys and never throws on any JSON', () => {
    const data = normalizeProgress(JSON.parse('{"lessons": {"__proto__": {"completedAt": "2026-01-01"}}, "attempts": {"__proto__": {}}}'));
    expect(Object.keys(data.lessons)).toEqual([]);
    expect(({} as Record<string, unknown>).completedAt).toBeUndefined();
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      expect(() => normalizeProgress(value)).not.toThrow();
    }));
  });

  it('imports a file whose exportedAt is not a date, and refuses a foreign file in plain words', () => {
    const ok = parseImport(JSON.stringify({ app: 'frontline', version: 1, exportedAt: 'soon', progress: progress(finished) }));
    expect(ok).toMatchObject({ ok: true, summary: { exportedAt: '', attempts: 1 } });
    const foreign = parseImport(JSON.stringify({ app: 'other', progress: {} }));
    expect(foreign).toEqual({ ok: false, reason: expect.stringMatching(/^This is not a Frontline progress file/) });
    expect(!foreign.ok && foreign.reason).not.toMatch(/\bapp\b/);
  });
});
