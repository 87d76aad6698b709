import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/engine/index.ts';
import { creditFraction, isFullCredit, scoreQuestion } from '../../src/engine/index.ts';
import { angryCaller, breakdownSigns, cueSort, policyRewrite, starSteps, wrongOrder } from '../fixtures/questions.ts';

describe('scoreQuestion', () => {
  it('dispatches on the question kind', () => {
    expect(scoreQuestion({ kind: 'single', choice: 'b' }, angryCaller)).toEqual({ kind: 'points', earned: 0.5, total: 1 });
    expect(scoreQuestion({ kind: 'multiple', choices: ['queue'] }, breakdownSigns)).toEqual({ kind: 'points', earned: 1 / 3, total: 1 });
    expect(scoreQuestion({ kind: 'order', order: ['t', 's', 'a', 'r'] }, starSteps)).toEqual({ kind: 'points', earned: 5 / 6, total: 1 });
    expect(scoreQuestion({ kind: 'categorize', placements: { smile: 'pos', nod: 'pos', arms: 'pos', phone: 'neg' } }, cueSort)).toEqual({
      kind: 'points',
      earned: 3,
      total: 4,
    });
    expect(scoreQuestion({ kind: 'conversation', path: ['r2', 'r5'] }, wrongOrder)).toEqual({ kind: 'points', earned: 2, total: 3 });
    expect(scoreQuestion({ kind: 'rewrite', text: 'Sorry, I will fix it for you today.' }, policyRewrite)).toEqual({ kind: 'points', earned: 3, total: 3 });
  });

  it('rejects a response of another kind instead of guessing', () => {
    expect(scoreQuestion({ kind: 'single', choice: 'a' }, starSteps)).toEqual({
      kind: 'invalid',
      reason: 'expected a order response, got a single response',
    });
  });

  it('scores a question of an unknown kind as invalid rather than throwing', () => {
    const future = { ...angryCaller, kind: 'hotspot' } as unknown as Question;
    expect(scoreQuestion({ kind: 'hotspot' }, future)).toEqual({ kind: 'invalid', reason: 'unknown question kind "hotspot"' });
  });
});

describe('isFullCredit', () => {
  it('is true only when every point is earned', () => {
    expect(isFullCredit({ kind: 'points', earned: 4, total: 4 })).toBe(true);
    expect(isFullCredit({ kind: 'points', earned: 3, total: 4 })).toBe(false);
    expect(isFullCredit({ kind: 'invalid', reason: 'not answered' })).toBe(false);
  });

  it('tolerates float noise from fractional credits', () => {
    expect(isFullCredit({ kind: 'points', earned: 0.1 + 0.2, total: 0.3 })).toBe(true);
  });
});

describe('creditFraction', () => {
  it('is earned / total, 0 for invalid, and 1 when nothing was available', () => {
    expect(creditFraction({ kind: 'points', earned: 1, total: 4 })).toBe(0.25);
    expect(creditFraction({ kind: 'invalid', reason: 'x' })).toBe(0);
    expect(creditFraction({ kind: 'points', earned: 0, total: 0 })).toBe(1);
  });
});
