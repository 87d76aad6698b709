import { describe, expect, it } from 'vitest';
import { pairwiseAgreement, scoreOrder } from '../../src/engine/index.ts';
import { starSteps } from '../fixtures/questions.ts';

const answer = (...order: string[]) => scoreOrder({ kind: 'order', order }, starSteps);

describe('scoreOrder', () => {
  it('gives the correct order full credit', () => {
    expect(answer('s', 't', 'a', 'r')).toEqual({ kind: 'points', earned: 1, total: 1 });
  });

  it('gives one adjacent swap 5 of 6 pairs', () => {
    expect(answer('s', 'a', 't', 'r')).toEqual({ kind: 'points', earned: 5 / 6, total: 1 });
  });

  it('gives the last step moved to the front 3 of 6 pairs', () => {
    // Every item is in the wrong slot, yet s<t<a still hold: slot-counting would give 0.
    expect(answer('r', 's', 't', 'a')).toEqual({ kind: 'points', earned: 3 / 6, total: 1 });
  });

  it('gives a fully reversed order nothing', () => {
    expect(answer('r', 'a', 't', 's')).toEqual({ kind: 'points', earned: 0, total: 1 });
  });

  it.each([
    ['an empty order', [], 'no order given'],
    ['a missing item', ['s', 't', 'a'], 'every item'],
    ['a repeated item', ['s', 't', 'a', 'a'], 'appears twice'],
    ['an unknown item', ['s', 't', 'a', 'x'], '"x" is not an item'],
    ['an extra item', ['s', 't', 'a', 'r', 'x'], '"x" is not an item'],
  ])('is invalid for %s', (_label, order, reason) => {
    expect(scoreOrder({ kind: 'order', order }, starSteps)).toEqual({ kind: 'invalid', reason: expect.stringContaining(reason) });
  });

  it('is invalid for malformed responses', () => {
    expect(scoreOrder({ kind: 'order', order: 's,t,a,r' }, starSteps).kind).toBe('invalid');
    expect(scoreOrder({ kind: 'order', order: [0, 1, 2, 3] }, starSteps).kind).toBe('invalid');
    expect(scoreOrder({ kind: 'order' }, starSteps).kind).toBe('invalid');
    expect(scoreOrder(42, starSteps).kind).toBe('invalid');
  });
});

describe('pairwiseAgreement', () => {
  it('counts pairs in the right relative order', () => {
    expect(pairwiseAgreement([0, 1, 2])).toBe(1);
    expect(pairwiseAgreement([1, 0, 2])).toBeCloseTo(2 / 3);
    expect(pairwiseAgreement([2, 1, 0])).toBe(0);
  });

  it('treats a single item as fully ordered', () => {
    expect(pairwiseAgreement([0])).toBe(1);
  });
});
