import { describe, expect, it } from 'vitest';
import { resolvePosition, slideAt, slideCount, slideName } from '../../../src/features/present/deck.ts';
import { parseMessage } from '../../../src/features/present/sync.ts';

const lesson = {
  title: 'The STAR method',
  parts: [
    { kind: 'intro' as const, id: 'introduction', title: 'Introduction', hasNotes: false },
    { kind: 'section' as const, id: 'meet-star', title: 'Meet STAR', hasNotes: true },
    { kind: 'section' as const, id: 'stop', title: 'Stop and Think', hasNotes: true },
    { kind: 'closing' as const, id: 'key-takeaways', title: 'Key takeaways', hasNotes: false },
  ],
};

describe('the slide deck of a lesson', () => {
  it('is a title slide, one slide per part, and a closing slide', () => {
    expect(slideCount(lesson)).toBe(6);
    expect(slideAt(lesson, 1)).toEqual({ kind: 'title' });
    expect(slideAt(lesson, 2)).toEqual({ kind: 'part', part: 0 });
    expect(slideAt(lesson, 5)).toEqual({ kind: 'part', part: 3 });
    expect(slideAt(lesson, 6)).toEqual({ kind: 'end' });
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
    ['1', 1, true],
    ['6', 6, true],
    ['3', 3, true],
    ['0', 1, false],
    ['-4', 1, false],
    ['99', 6, false],
    ['abc', 1, false],
    ['', 1, false],
    [undefined, 1, false],
    ['03', 3, false],
    ['2.6', 3, false],
    ['Infinity', 1, false],
  ] as const)('%j → slide %i (canonical: %s)', (raw, position, exact) => {
    expect(resolvePosition(raw, 6)).toEqual({ position, exact });
  });
});

describe('sync messages', () => {
  it('accepts hello and well-formed states only', () => {
    expect(parseMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parseMessage({ type: 'state', slide: 3, blank: false })).toEqual({ type: 'state', slide: 3, blank: false });
    expect(parseMessage({ type: 'state', slide: '3', blank: false })).toBeNull();
    expect(parseMessage({ type: 'state', slide: 2.5, blank: false })).toBeNull();
    expect(parseMessage({ type: 'state', slide: 3 })).toBeNull();
    expect(parseMessage('hello')).toBeNull();
    expect(parseMessage(null)).toBeNull();
  });
});
