import { z } from 'zod';
import { formatPath } from '../content/format-error.ts';
import { normalizeProgress } from './normalize.ts';
import { PROGRESS_VERSION, type ProgressData } from './types.ts';

/**
 * Export and import of progress as a JSON file. Imports are checked strictly (zod) before anything is
 * touched, and refused with a reason a learner can act on.
 */

export const MAX_IMPORT_BYTES = 1024 * 1024;

const iso = z.string().min(1);
const attemptSchema = z.object({
  id: z.string().min(1),
  quizId: z.string().min(1),
  kind: z.enum(['scored', 'practice']),
  seed: z.number(),
  questionIds: z.array(z.string()),
  optionOrder: z.record(z.string(), z.array(z.string())),
  hashes: z.record(z.string(), z.string()),
  responses: z.record(z.string(), z.unknown()),
  checked: z.array(z.string()),
  current: z.number().int().min(0),
  startedAt: iso,
  updatedAt: iso,
  finishedAt: iso.optional(),
  score: z
    .object({
      earned: z.number(),
      total: z.number(),
      percent: z.number().min(0).max(100),
      passed: z.boolean(),
      perSkill: z.record(z.string(), z.object({ earned: z.number(), total: z.number() })),
    })
    .optional(),
});

const progressSchema = z.object({
  lessons: z.record(z.string(), z.object({ visitedAt: iso.optional(), completedAt: iso.optional(), lastPart: z.string().optional() })),
  attempts: z.record(z.string(), attemptSchema),
  reflections: z.record(z.string(), z.object({ text: z.string(), updatedAt: z.string() })),
  prefs: z.object({ showTrainerNotes: z.boolean(), textSize: z.number(), slideTextSize: z.number() }),
  learnerName: z.string(),
  lastRoute: z.string().optional(),
  updatedAt: iso,
});

const exportSchema = z.object({
  app: z.literal('frontline', { error: 'this is not a Frontline progress file' }),
  version: z.number().int().min(1).max(PROGRESS_VERSION, { error: 'this file comes from a newer version of Frontline' }),
  exportedAt: z.string(),
  progress: progressSchema,
});

export interface ProgressExport {
  app: 'frontline';
  version: number;
  exportedAt: string;
  progress: ProgressData;
}

export function exportProgress(progress: ProgressData, now = new Date()): { filename: string; json: string } {
  const file: ProgressExport = { app: 'frontline', version: PROGRESS_VERSION, exportedAt: now.toISOString(), progress };
  return { filename: `frontline-progress-${now.toISOString().slice(0, 10)}.json`, json: JSON.stringify(file, null, 2) };
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
  const result = exportSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0]!;
    const where = formatPath(first.path);
    return { ok: false, reason: `This file can’t be imported: ${where ? `${where}: ` : ''}${first.message}.` };
  }
  const progress = normalizeProgress(result.data.progress);
  return {
    ok: true,
    progress,
    summary: {
      lessonsCompleted: Object.values(progress.lessons).filter((lesson) => lesson.completedAt).length,
      attempts: Object.values(progress.attempts).filter((attempt) => attempt.finishedAt).length,
      reflections: Object.keys(progress.reflections).length,
      learnerName: progress.learnerName,
      exportedAt: result.data.exportedAt,
    },
  };
}
