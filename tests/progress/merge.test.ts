import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/progress/merge.ts';
import { emptyProgress, type AttemptRecord, type ProgressData } from '../../src/progress/types.ts';

const progress = (patch: Partial<ProgressData>): ProgressData => ({ ...emptyProgress(), ...patch });
const attempt = (id: string, patch: Partial<AttemptRecord> = {}): AttemptRecord => ({
  id,
  quizId: 'q',
  kind: 'scored',
  seed: 1,
  questionIds: ['a'],
  answeredAt: {},
  hashes: {},
  responses: {},
  checked: [],
  current: 0,
  startedAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...patch,
});

describe('mergeProgress', () => {
  it('keeps attempts from both sides, by id', () => {
    const merged = mergeProgress(progress({ attempts: { x: attempt('x') } }), progress({ attempts: { y: attempt('y') } }));
    expect(Object.keys(merged.attempts).sort()).toEqual(['x', 'y']);
  });

  it('for the same attempt, a finished copy beats an unfinished one, else the later update gives plan and position', () => {
    const finished = attempt('x', { finishedAt: '2026-01-01T01:00:00Z', updatedAt: '2026-01-01T01:00:00Z' });
    const laterButOpen = attempt('x', { updatedAt: '2026-01-02T00:00:00Z', current: 3 });
    expect(mergeProgress(progress({ attempts: { x: finished } }), progress({ attempts: { x: laterButOpen } })).attempts.x).toBe(finished);
    const later = attempt('x', { updatedAt: '2026-01-03T00:00:00Z', current: 2 });
    expect(mergeProgress(progress({ attempts: { x: attempt('x') } }), progress({ attempts: { x: later } })).attempts.x).toMatchObject({ current: 2, updatedAt: later.updatedAt });
  });

  it('keeps every answer when two tabs answer the same attempt: latest per question wins', () => {
    const tabA = attempt('x', {
      updatedAt: '2026-01-01T00:00:05Z',
      responses: { q1: { kind: 'single', choice: 'a' } },
      answeredAt: { q1: '2026-01-01T00:00:05Z' },
    });
    const tabB = attempt('x', {
      updatedAt: '2026-01-01T00:00:06Z',
      current: 1,
      responses: { q2: { kind: 'single', choice: 'b' } },
      answeredAt: { q2: '2026-01-01T00:00:06Z' },
    });
    for (const [ours, theirs] of [[tabA, tabB], [tabB, tabA]] as const) {
      const merged = mergeProgress(progress({ attempts: { x: ours } }), progress({ attempts: { x: theirs } })).attempts.x!;
      expect(merged.responses).toEqual({ q1: { kind: 'single', choice: 'a' }, q2: { kind: 'single', choice: 'b' } });
    }
    const changedLater = attempt('x', { updatedAt: '2026-01-01T00:00:01Z', responses: { q1: { kind: 'single', choice: 'c' } }, answeredAt: { q1: '2026-01-01T00:00:09Z' } });
    expect(mergeProgress(progress({ attempts: { x: tabB } }), progress({ attempts: { x: changedLater } })).attempts.x!.responses.q1).toEqual({ kind: 'single', choice: 'c' });
    const cleared = attempt('x', { updatedAt: '2026-01-01T00:00:01Z', responses: {}, answeredAt: { q1: '2026-01-01T00:00:09Z' } });
    expect(mergeProgress(progress({ attempts: { x: tabA } }), progress({ attempts: { x: cleared } })).attempts.x!.responses.q1).toBeUndefined();
  });

  it('never merges across a reset: the newer generation wins whole', () => {
    const before = progress({ learnerName: 'Sam', generation: '', attempts: { x: attempt('x') } });
    const afterReset = progress({ generation: '2026-01-02T00:00:00.000Z~abc' });
    expect(mergeProgress(before, afterReset)).toBe(afterReset);
    expect(mergeProgress(afterReset, before)).toBe(afterReset);
  });

  it('across a replace that kept a quiz in progress, that attempt keeps what the older copy added meanwhile', () => {
    const kept = attempt('x', { responses: { q1: { kind: 'single', choice: 'a' } }, answeredAt: { q1: '2026-01-01T00:01:00Z' } });
    // Tab A checked a second answer while tab B replaced the progress, keeping the quiz as it was saved.
    const tabA = progress({
      generation: '',
      attempts: { x: { ...kept, responses: { ...kept.responses, q2: { kind: 'single', choice: 'b' } }, answeredAt: { ...kept.answeredAt, q2: '2026-01-01T00:02:00Z' }, checked: ['q2'], updatedAt: '2026-01-01T00:02:00Z' } },
    });
    const replaced = progress({ generation: '2026-01-02T00:00:00.000Z~abc', learnerName: 'From the file', attempts: { x: kept, y: attempt('y') } });
    for (const merged of [mergeProgress(tabA, replaced), mergeProgress(replaced, tabA)]) {
      expect(merged.generation).toBe(replaced.generation);
      expect(merged.learnerName).toBe('From the file');
      expect(Object.keys(merged.attempts).sort()).toEqual(['x', 'y']);
      expect(merged.attempts.x!.responses).toEqual({ q1: { kind: 'single', choice: 'a' }, q2: { kind: 'single', choice: 'b' } });
      expect(merged.attempts.x!.checked).toEqual(['q2']);
    }
  });

  it('unions lesson completions and keeps the earliest completion time', () => {
    const merged = mergeProgress(
      progress({ lessons: { a: { completedAt: '2026-01-02T00:00:00Z' } } }),
      progress({ lessons: { a: { completedAt: '2026-01-01T00:00:00Z' }, b: { completedAt: '2026-01-03T00:00:00Z' } } }),
    );
    expect(merged.lessons.a?.completedAt).toBe('2026-01-01T00:00:00Z');
    expect(merged.lessons.b?.completedAt).toBe('2026-01-03T00:00:00Z');
  });

  it('a completion is never undone by a copy that lacks it', () => {
    const merged = mergeProgress(progress({ lessons: { a: { completedAt: '2026-01-02T00:00:00Z' } } }), progress({ updatedAt: '2027-01-01T00:00:00Z' }));
    expect(merged.lessons.a?.completedAt).toBe('2026-01-02T00:00:00Z');
  });

  it('reflections: the last edit wins', () => {
    const merged = mergeProgress(
      progress({ reflections: { r: { text: 'old', updatedAt: '2026-01-01T00:00:00Z' } } }),
      progress({ reflections: { r: { text: 'new', updatedAt: '2026-01-02T00:00:00Z' } } }),
    );
    expect(merged.reflections.r?.text).toBe('new');
  });

  it('settings come from the copy changed last', () => {
    const mine = progress({ prefs: { showTrainerNotes: true, textSize: 1, slideTextSize: 1, onePartAtATime: false }, updatedAt: '2026-01-01T00:00:00Z' });
    const theirs = progress({ prefs: { showTrainerNotes: false, textSize: 1.25, slideTextSize: 1, onePartAtATime: false }, updatedAt: '2026-01-02T00:00:00Z' });
    expect(mergeProgress(mine, theirs).prefs.textSize).toBe(1.25);
    expect(mergeProgress(theirs, mine).prefs.textSize).toBe(1.25);
  });

  it('is idempotent', () => {
    const a = progress({ attempts: { x: attempt('x') }, lessons: { l: { visitedAt: '2026-01-01T00:00:00Z' } } });
    expect(mergeProgress(a, a)).toEqual(a);
  });
});
