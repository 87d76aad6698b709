import { describe, expect, it } from 'vitest';
import { attemptsInProgress, exportProgress, keepingAttempts, parseImport, MAX_IMPORT_BYTES } from '../../src/progress/transfer.ts';
import { emptyProgress } from '../../src/progress/types.ts';
import { attemptRecord, finishedRecord } from '../fixtures/attempts.ts';

describe('export and import', () => {
  const progress = { ...emptyProgress(), learnerName: 'Sam', lessons: { a: { completedAt: '2026-01-01T00:00:00.000Z' } } };

  it('exports a dated file that imports back to the same progress', () => {
    const { filename, json } = exportProgress(progress, new Date('2026-11-23T10:00:00Z'));
    expect(filename).toBe('frontline-progress-2026-11-23.json');
    const result = parseImport(json);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.progress).toEqual(progress);
      expect(result.summary).toMatchObject({ lessonsCompleted: 1, attempts: 0, reflections: 0, learnerName: 'Sam' });
    }
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['another app', JSON.stringify({ app: 'other' }), /not a Frontline progress file/],
    ['a newer version', JSON.stringify({ app: 'frontline', version: 99, exportedAt: '', progress: emptyProgress() }), /newer version/],
    [
      'a file without progress',
      JSON.stringify({ app: 'frontline', version: 1, exportedAt: '', progress: 'all of it' }),
      /holds no progress/,
    ],
  ])('refuses %s with the reason', (_name, text, reason) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses files over 1 MB before reading them', () => {
    const result = parseImport('{}', MAX_IMPORT_BYTES + 1);
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/too large/) });
  });
});

describe('Replace, keeping the attempts in progress', () => {
  const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;

  it('lists the attempts in progress, latest first, and no finished one', () => {
    const attempts = {
      old: attemptRecord('old', 'star-method', at(1)),
      done: finishedRecord('done', 'star-method', 90, at(2)),
      recent: attemptRecord('recent', 'final-assessment', at(3)),
    };
    expect(attemptsInProgress(attempts).map((a) => a.id)).toEqual(['recent', 'old']);
  });

  it('adds them to the imported progress, merging answer by answer with the file’s copy of the same attempt', () => {
    const ours = attemptRecord('open', 'star-method', at(1), {
      questionIds: ['q1', 'q2'],
      responses: { q2: { kind: 'single', choice: 'b' } },
      answeredAt: { q2: at(5) },
      updatedAt: at(5),
    });
    const fileCopy = attemptRecord('open', 'star-method', at(1), {
      questionIds: ['q1', 'q2'],
      responses: { q1: { kind: 'single', choice: 'a' } },
      answeredAt: { q1: at(2) },
      updatedAt: at(2),
    });
    const other = attemptRecord('mine', 'service-breakdowns', at(4));
    const imported = { ...emptyProgress(), learnerName: 'Sam', attempts: { open: fileCopy } };
    const kept = keepingAttempts(imported, [ours, other]);
    expect(kept.learnerName).toBe('Sam');
    expect(Object.keys(kept.attempts).sort()).toEqual(['mine', 'open']);
    expect(kept.attempts.open!.responses).toEqual({ q1: { kind: 'single', choice: 'a' }, q2: { kind: 'single', choice: 'b' } });
    // The imported progress itself is not changed.
    expect(Object.keys(imported.attempts)).toEqual(['open']);
  });
});
