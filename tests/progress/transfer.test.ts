import { describe, expect, it } from 'vitest';
import { exportProgress, parseImport, MAX_IMPORT_BYTES } from '../../src/progress/transfer.ts';
import { emptyProgress } from '../../src/progress/types.ts';

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
