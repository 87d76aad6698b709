import { normalizeProgress, timeSchema } from './schema.ts';
import { mergeAttempt } from './merge.ts';
import { PROGRESS_VERSION, type AttemptRecord, type ProgressData } from './types.ts';

export { exportProgress, type ProgressExport } from './export.ts';

/**
 * Export and import of progress as a JSON file. An import is read through the same schema as saved
 * progress (field by field: a bad date or answer is dropped, the rest kept), after the envelope is checked
 * and refused, with a reason a learner can act on, when it is not a Frontline progress file.
 */

export const MAX_IMPORT_BYTES = 1024 * 1024;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why an envelope cannot be imported, in plain language; undefined when it can. */
function envelopeProblem(raw: unknown): string | undefined {
  if (!isObject(raw) || raw.app !== 'frontline') return 'This is not a Frontline progress file. Choose a file you saved with “Export progress”.';
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return 'This progress file is damaged: it doesn’t say which version of Frontline saved it.';
  }
  if (raw.version > PROGRESS_VERSION) {
    return 'This progress file was saved by a newer version of Frontline. Open it in the newer version, or ask your trainer for help.';
  }
  if (!isObject(raw.progress)) return 'This progress file is damaged: it holds no progress.';
  return undefined;
}

export type ImportResult = { ok: true; progress: ProgressData; summary: ImportSummary } | { ok: false; reason: string };

export interface ImportSummary {
  lessonsCompleted: number;
  attempts: number;
  reflections: number;
  learnerName: string;
  exportedAt: string;
}

/** Checks an imported file's text; never throws. */
export function parseImport(text: string, size = new Blob([text]).size): ImportResult {
  if (size > MAX_IMPORT_BYTES) return { ok: false, reason: `The file is too large (${Math.ceil(size / 1024)} KB). A progress file is at most 1 MB.` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not valid JSON, so it cannot be a Frontline progress file.' };
  }
  const problem = envelopeProblem(raw);
  if (problem) return { ok: false, reason: problem };
  const envelope = raw as { progress: unknown; exportedAt?: unknown };
  const progress = normalizeProgress(envelope.progress);
  const exportedAt = timeSchema.safeParse(envelope.exportedAt);
  return {
    ok: true,
    progress,
    summary: {
      lessonsCompleted: Object.values(progress.lessons).filter((lesson) => lesson.completedAt).length,
      attempts: Object.values(progress.attempts).filter((attempt) => attempt.finishedAt).length,
      reflections: Object.keys(progress.reflections).length,
      learnerName: progress.learnerName,
      exportedAt: exportedAt.success ? exportedAt.data : '',
    },
  };
}

/**
 * The attempts still in progress in this browser's saved progress, latest first: what a Replace would discard.
 * Saved progress is shared by every tab, so these may be open in another tab.
 */
export function attemptsInProgress(attempts: Readonly<Record<string, AttemptRecord>>): AttemptRecord[] {
  return Object.values(attempts)
    .filter((attempt) => !attempt.finishedAt)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/**
 * An imported file's progress with this browser's attempts in progress kept in it ("Replace", keeping them): each is
 * added, or merged answer by answer with the file's copy of the same attempt (mergeAttempt's rules).
 */
export function keepingAttempts(progress: ProgressData, kept: readonly AttemptRecord[]): ProgressData {
  const attempts = { ...progress.attempts };
  for (const attempt of kept) {
    const theirs = attempts[attempt.id];
    attempts[attempt.id] = theirs ? mergeAttempt(theirs, attempt) : attempt;
  }
  return { ...progress, attempts };
}
