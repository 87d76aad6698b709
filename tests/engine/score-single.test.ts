import { describe, expect, it } from 'vitest';
import { scoreSingle } from '../../src/engine/index.ts';
import { angryCaller } from '../fixtures/questions.ts';

describe('scoreSingle', () => {
  it('gives the best option full credit', () => {
    expect(scoreSingle({ kind: 'single', choice: 'a' }, angryCaller)).toEqual({ kind: 'points', earned: 1, total: 1 });
  });

  it('gives an acceptable option half credit', () => {
    expect(scoreSingle({ kind: 'single', choice: 'b' }, angryCaller)).toEqual({ kind: 'points', earned: 0.5, total: 1 });
  });

  it('gives a harmful option nothing', () => {
    expect(scoreSingle({ kind: 'single', choice: 'c' }, angryCaller)).toEqual({ kind: 'points', earned: 0, total: 1 });
  });

  it.each([
    ['undefined', undefined, 'not answered'],
    ['null', null, 'not answered'],
    ['a string', 'a', 'response object'],
    ['an array', ['a'], 'response object'],
    ['another kind', { kind: 'multiple', choices: ['a'] }, 'expected a single response'],
    ['no kind', { choice: 'a' }, 'without a kind'],
    ['no choice', { kind: 'single' }, 'no option chosen'],
    ['an empty choice', { kind: 'single', choice: '' }, 'no option chosen'],
    ['a numeric choice', { kind: 'single', choice: 1 }, 'option id'],
    ['an unknown option', { kind: 'single', choice: 'z' }, '"z" is not an option'],
    ['an inherited property name', { kind: 'single', choice: 'toString' }, 'is not an option'],
  ])('is invalid for %s', (_label, response, reason) => {
    const score = scoreSingle(response, angryCaller);
    expect(score.kind).toBe('invalid');
    expect(score.kind === 'invalid' && score.reason).toContain(reason);
  });
});
