import { describe, expect, it } from 'vitest';
import { scoreCategorize } from '../../src/engine/index.ts';
import { cueSort } from '../fixtures/questions.ts';

const answer = (placements: Record<string, unknown>) => scoreCategorize({ kind: 'categorize', placements }, cueSort);

describe('scoreCategorize', () => {
  it('gives one point per item, all right', () => {
    expect(answer({ smile: 'pos', nod: 'pos', arms: 'neg', phone: 'neg' })).toEqual({ kind: 'points', earned: 4, total: 4 });
  });

  it('gives partial credit', () => {
    expect(answer({ smile: 'pos', nod: 'neg', arms: 'neg', phone: 'pos' })).toEqual({ kind: 'points', earned: 2, total: 4 });
  });

  it('gives nothing when everything is swapped', () => {
    expect(answer({ smile: 'neg', nod: 'neg', arms: 'pos', phone: 'pos' })).toEqual({ kind: 'points', earned: 0, total: 4 });
  });

  it.each([
    ['an unplaced item', { smile: 'pos', nod: 'pos', arms: 'neg' }, 'every item must be placed'],
    ['no placements', {}, 'every item must be placed'],
    ['an unknown item', { smile: 'pos', nod: 'pos', arms: 'neg', phone: 'neg', wink: 'pos' }, '"wink" is not an item'],
    ['an unknown category', { smile: 'pos', nod: 'pos', arms: 'neg', phone: 'meh' }, '"meh" is not a category'],
    ['a non-string category', { smile: 'pos', nod: 'pos', arms: 'neg', phone: 1 }, 'has no category'],
  ])('is invalid for %s', (_label, placements, reason) => {
    expect(answer(placements)).toEqual({ kind: 'invalid', reason: expect.stringContaining(reason) });
  });

  it('is invalid when placements is not a record', () => {
    expect(scoreCategorize({ kind: 'categorize', placements: [['smile', 'pos']] }, cueSort).kind).toBe('invalid');
    expect(scoreCategorize({ kind: 'categorize' }, cueSort).kind).toBe('invalid');
  });
});
