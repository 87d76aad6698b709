import { describe, expect, it } from 'vitest';
import { resolvePosition, slideAt, slideCount, slideName } from '../../../src/features/present/deck.ts';
import { parseMessage } from '../../../src/features/present/deck-sync.ts';

const lesson = {
  title: 'The STAR method',
  parts: [
    { kind: 'intro' as const, id: 'introduction', title: 'Introduction', hasNotes: false, slides: 1 },
    { kind: 'section' as const, id: 'meet-star', title: 'Meet STAR', hasNotes: true, slides: 1 },
    { kind: 'section' as const, id: 'stop', title: 'Stop and Think', hasNotes: true, slides: 1 },
    { kind: 'closing' as const, id: 'key-takeaways', title: 'Key takeaways', hasNotes: false, slides: 1 },
  ],
};

describe('the slide deck of a lesson', () => {
  it('is a title slide, one slide per part, and a closing slide', () => {
    expect(slideCount(lesson)).toBe(6);
    expect(slideAt(lesson, 1)).toEqual({ kind: 'title' });
    expect(slideAt(lesson, 2)).toEqual({ kind: 'part', part: 0, page: 0, pages: 1 });
    expect(slideAt(lesson, 5)).toEqual({ kind: 'part', part: 3, page: 0, pages: 1 });
    expect(slideAt(lesson, 6)).toEqual({ kind: 'end' });
  });

  it('gives a part cut into several slides each of them in turn, named "n of N"', () => {
    const long = { ...lesson, parts: lesson.parts.map((part) => (part.id === 'meet-star' ? { ...part, slides: 3 } : part)) };
    expect(slideCount(long)).toBe(8);
    expect([3, 4, 5, 6].map((n) => slideAt(long, n))).toEqual([
      { kind: 'part', part: 1, page: 0, pages: 3 },
      { kind: 'part', part: 1, page: 1, pages: 3 },
      { kind: 'part', part: 1, page: 2, pages: 3 },
      { kind: 'part', part: 2, page: 0, pages: 1 },
    ]);
    expect(slideName(long, 4)).toBe('Meet STAR (2 of 3)');
  });

  it('names each slide', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => slideName(lesson, n))).toEqual([
      'The STAR method',
      'Introduction',
      'Meet STAR',
      'Stop and Think',
      'Key takeaways',
      'Workshop quiz',
    ]);
  });
});

describe('resolvePosition', () => {
  it.each([
    ['1', 1, true, false],
    ['6', 6, true, false],
    ['3', 3, true, false],
    ['03', 3, false, false],
    ['0', 1, false, true],
    ['-4', 1, false, true],
    ['99', 6, false, true],
    ['abc', 1, false, true],
    ['', 1, false, true],
    [undefined, 1, false, true],
    ['2.6', 1, false, true],
    ['Infinity', 1, false, true],
  ] as const)('%j → slide %i (canonical: %s, out of range: %s)', (raw, position, exact, outOfRange) => {
    expect(resolvePosition(raw, 6)).toEqual({ position, exact, outOfRange });
  });
});

describe('sync messages', () => {
  it('accepts hello and well-formed states only', () => {
    expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseMessage({ type: 'state', slide: 3, blank: false })).toEqual({ type: 'state', slide: 3, blank: false });
    expect(parseMessage({ type: 'state', slide: 3, blank: true, welcome: true })).toEqual({ type: 'state', slide: 3, blank: true, welcome: true });
    expect(parseMessage({ type: 'state', slide: 3, blank: false, welcome: 'yes' })).toEqual({ type: 'state', slide: 3, blank: false });
    expect(parseMessage({ type: 'state', slide: '3', blank: false })).toBeNull();
    expect(parseMessage({ type: 'state', slide: 2.5, blank: false })).toBeNull();
    expect(parseMessage({ type: 'state', slide: 3 })).toBeNull();
    expect(parseMessage('hello')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });
});
