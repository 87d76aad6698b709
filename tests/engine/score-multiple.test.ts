import { describe, expect, it } from 'vitest';
import { scoreMultiple } from '../../src/engine/index.ts';
import { breakdownSigns } from '../fixtures/questions.ts';

const answer = (...choices: string[]) => scoreMultiple({ kind: 'multiple', choices }, breakdownSigns);

describe('scoreMultiple', () => {
  it('gives every right option and nothing else full credit, in any order', () => {
    expect(answer('sighs', 'queue', 'repeat')).toEqual({ kind: 'points', earned: 1, total: 1 });
  });

  it('gives partial credit for some right picks', () => {
    expect(answer('queue', 'repeat')).toEqual({ kind: 'points', earned: 2 / 3, total: 1 });
  });

  it('subtracts wrong picks', () => {
    expect(answer('queue', 'repeat', 'sighs', 'thanks')).toEqual({ kind: 'points', earned: 2 / 3, total: 1 });
  });

  it('does not reward ticking everything', () => {
    expect(answer('queue', 'repeat', 'sighs', 'thanks', 'browse')).toEqual({ kind: 'points', earned: 1 / 3, total: 1 });
  });

  it('floors at zero when wrong picks outnumber right ones', () => {
    expect(answer('thanks', 'browse', 'queue')).toEqual({ kind: 'points', earned: 0, total: 1 });
  });

  it.each([
    ['no choices', { kind: 'multiple', choices: [] }, 'no options chosen'],
    ['choices that are not a list', { kind: 'multiple', choices: 'queue' }, 'list of option ids'],
    ['non-string ids', { kind: 'multiple', choices: [1, 2] }, 'list of option ids'],
    ['a repeated id', { kind: 'multiple', choices: ['queue', 'queue'] }, 'chosen twice'],
    ['an unknown id', { kind: 'multiple', choices: ['queue', 'nope'] }, '"nope" is not an option'],
    ['a single response', { kind: 'single', choice: 'queue' }, 'expected a multiple response'],
    ['nothing', undefined, 'not answered'],
  ])('is invalid for %s', (_label, response, reason) => {
    const score = scoreMultiple(response, breakdownSigns);
    expect(score).toEqual({ kind: 'invalid', reason: expect.stringContaining(reason) });
  });
});
