import { describe, expect, it } from 'vitest';
import { evaluateRewrite, scoreRewrite } from '../../src/engine/index.ts';
import { policyRewrite } from './fixtures.ts';

const answer = (text: string) => scoreRewrite({ kind: 'rewrite', text }, policyRewrite);

describe('scoreRewrite', () => {
  it('gives a rewrite that meets every criterion full credit', () => {
    expect(answer("Here's what I'll do: I will send a replacement today.")).toEqual({ kind: 'points', earned: 3, total: 3 });
  });

  it('gives partial credit, weighted', () => {
    // Offers action (weight 2) but still blames policy (weight 1).
    expect(answer('Let me explain our policy.')).toEqual({ kind: 'points', earned: 2, total: 3 });
    // Avoids policy but offers nothing.
    expect(answer('Sorry about that.')).toEqual({ kind: 'points', earned: 1, total: 3 });
  });

  it('gives the original sentence nothing: "can\'t" is not "can"', () => {
    expect(answer(policyRewrite.original)).toEqual({ kind: 'points', earned: 0, total: 3 });
  });

  it('reads curly apostrophes and capitals like straight, lower-case text', () => {
    expect(answer('I’LL SORT IT. I’m on it.')).toEqual({ kind: 'points', earned: 3, total: 3 });
  });

  it.each([
    ['empty text', ''],
    ['only spaces and punctuation', '  ... !! '],
  ])('is invalid for %s', (_label, text) => {
    expect(answer(text)).toEqual({ kind: 'invalid', reason: expect.stringContaining('not answered') });
  });

  it('is invalid for malformed responses', () => {
    expect(scoreRewrite({ kind: 'rewrite', text: 42 }, policyRewrite).kind).toBe('invalid');
    expect(scoreRewrite({ kind: 'rewrite' }, policyRewrite).kind).toBe('invalid');
    expect(scoreRewrite('I can help', policyRewrite).kind).toBe('invalid');
  });
});

describe('evaluateRewrite', () => {
  it('reports each criterion with the phrases found', () => {
    expect(evaluateRewrite('I can check what the system says.', policyRewrite)).toEqual([
      { id: 'offers-action', met: true, matched: ['i can'], matchedBanned: [] },
      { id: 'no-policy', met: false, matched: [], matchedBanned: ['the system'] },
    ]);
  });

  it('treats a criterion without anyOf as met unless a banned phrase appears', () => {
    expect(evaluateRewrite('Sorry.', policyRewrite)[1]).toEqual({ id: 'no-policy', met: true, matched: [], matchedBanned: [] });
  });
});
