import { describe, expect, it } from 'vitest';
import { containsPhrase, normalizeText } from '../../src/engine/index.ts';

describe('normalizeText', () => {
  it.each([
    ["I can't", 'i cannot'],
    ["We won't", 'we will not'],
    ["Don't worry, it isn't", 'do not worry it is not'],
    ["I'll, you're, we've, I'm, she'd", 'i will you are we have i am she would'],
    ["It's here; that's it; let's go", 'it is here that is it let us go'],
    ['I’ll do it — “promise”', 'i will do it promise'],
    ["The customer's order", 'the customers order'],
    ['a follow-up call', 'a follow up call'],
    ['  lots   of\n\tspace  ', 'lots of space'],
    ['Café — NAÏVE', 'café naïve'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeText("I can't — it's the SYSTEM’s fault!");
    expect(normalizeText(once)).toBe(once);
  });
});

describe('containsPhrase', () => {
  const text = normalizeText('Yes, I can help with that candidly.');

  it('matches whole words', () => {
    expect(containsPhrase(text, 'i can')).toBe(true);
    expect(containsPhrase(text, 'help with')).toBe(true);
    expect(containsPhrase(text, 'can')).toBe(true);
  });

  it('does not match inside words', () => {
    expect(containsPhrase(text, 'candid')).toBe(false);
    expect(containsPhrase(text, 'elp')).toBe(false);
    expect(containsPhrase(normalizeText("I can't"), 'i can')).toBe(false);
  });

  it('normalises the phrase so trainers may write it any way', () => {
    expect(containsPhrase(text, 'I CAN')).toBe(true);
    expect(containsPhrase(normalizeText('I cannot'), "can't")).toBe(true);
  });

  it('never matches an empty phrase', () => {
    expect(containsPhrase(text, '')).toBe(false);
    expect(containsPhrase(text, '!!')).toBe(false);
  });
});
