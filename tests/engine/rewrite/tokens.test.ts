import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandWord, normalizeReply, tokenize, withinOneEdit } from '../../../src/engine/rewrite/tokens.ts';

describe('tokenize', () => {
  it.each([
    ["I won't", 'i will not'],
    ['I can’t', 'i can not'],
    ['I cannot', 'i can not'],
    ['ill call u back', 'i will call you back'],
    ['Im sorry', 'i am sorry'],
    ['soz, thx', 'sorry thanks'],
    ['I do apologise', 'i do apologize'],
    ['I apologized', 'i apologized'],
    ['appologise', 'apologize'],
    ['in 5 mins', 'in 5 minutes'],
    ['by 5pm', 'by 5 pm'],
    ['by 3 p.m. today', 'by 3 pm today'],
    ['whilst I check', 'while i check'],
    ["the branch's stock", 'the branch stock'],
    ["it's down", 'it is down'],
    ['alright', 'all right'],
    ['low-cost plan', 'low cost plan'],
    ['tommorow', 'tomorrow'],
  ])('%s → %s', (typed, words) => {
    expect(normalizeReply(typed)).toBe(words);
  });

  it('keeps each token’s span in the typed text, so the grader can quote the learner', () => {
    const text = 'Sorry, I won’t call.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Sorry', 'I', 'won’t', 'won’t', 'call']);
  });

  it('splits sentences at . ! ? … but not after Mr. or Dr., and clauses at commas', () => {
    const tokens = tokenize('Sorry, Mr. Ito. I will ask Dr. Patel… Thanks!');
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 2]);
    expect(tokens[1]!.clause).toBeGreaterThan(tokens[0]!.clause);
  });

  it('marks words typed in capitals', () => {
    expect(tokenize('I’m SO sorry').map((t) => t.shouted)).toEqual([false, false, true, false]);
  });

  it('is idempotent: normalising normalised text changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aeiou sctlrnm’\',.!?-5pSOwn'.split('')), maxLength: 60 }), (text) => {
        const once = normalizeReply(text);
        expect(normalizeReply(once)).toBe(once);
      }),
    );
  });

  it('catches one typo only in long words, so "worry" never becomes "sorry"', () => {
    expect(expandWord('apreciate')).toEqual(['appreciate']);
    expect(expandWord('worry')).toEqual(['worry']);
    expect(withinOneEdit('minutes', 'minuets')).toBe(true);
    expect(withinOneEdit('minutes', 'mints')).toBe(false);
  });
});
