/**
 * The saved-progress shape, defined once as a schema; its types are inferred (types.ts re-exports them).
 * The store's rehydration, tab sync and imports all read saved data through `progressSchema`, which repairs
 * field by field: a bad field falls back to a safe value or is dropped, a bad record is dropped, and the rest
 * is kept — never a crash, never the whole record lost for one bad date. The attempt's own parts (responses
 * and grade) are the engine's schemas; its per-question scores follow the engine's `Score`. `zod/mini` keeps the
 * first download small.
 */
import * as z from 'zod/mini';
import { attemptGradeSchema, percentOf, responseSchema } from '../engine/index.ts';

const EPOCH = new Date(0).toISOString();
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An ISO-like time that `Date` can read ("yesterday-ish" is refused). */
export const timeSchema = z.string().check(
  z.refine((value) => Number.isFinite(Date.parse(value)), { error: 'not a date and time' }),
);

/** A record whose entries are validated one by one: bad entries (and prototype keys) are dropped, the rest kept. */
function lenientRecord<T extends z.core.$ZodType>(entry: T) {
  return z.pipe(
    z.catch(z.record(z.string(), z.unknown()), {}),
    z.transform((input) => {
      const out: Record<string, z.infer<T>> = {};
      for (const [key, value] of Object.entries(input)) {
        if (UNSAFE_KEYS.has(key)) continue;
        const parsed = z.safeParse(entry, value);
        if (parsed.success) out[key] = parsed.data;
      }
      return out;
    }),
  );
}

/** A list whose bad items are dropped. */
function lenientList<T extends z.core.$ZodType>(item: T) {
  return z.pipe(
    z.catch(z.array(z.unknown()), []),
    z.transform((input) => input.flatMap((value) => {
      const parsed = z.safeParse(item, value);
      return parsed.success ? [parsed.data as z.infer<T>] : [];
    })),
  );
}

const optionalTime = z.catch(z.optional(timeSchema), undefined);

/** One question's score as the engine gives it: points earned out of a total, or `invalid` with the reason. */
const questionScoreSchema = z.union([
  z.object({ kind: z.literal('points'), earned: z.number(), total: z.number() }),
  z.object({ kind: z.literal('invalid'), reason: z.string() }),
]);

export const lessonRecordSchema = z.object({
  visitedAt: optionalTime,
  completedAt: optionalTime,
  /** Id of the last lesson part the learner reached, for "Continue". */
  lastPart: z.catch(z.optional(z.string()), undefined),
  /** When the learner last marked the lesson complete or not complete by hand (decides merges). */
  markedAt: optionalTime,
});

export const attemptRecordSchema = z.pipe(
  z.object({
    id: z.string().check(z.minLength(1)),
    quizId: z.string().check(z.minLength(1)),
    /** `practice` rounds (missed questions) never count as a scored attempt. */
    kind: z.catch(z.enum(['scored', 'practice']), 'scored'),
    /** Every display order is derived from the seed (engine `displayOrder`, `replyOrder`). */
    seed: z.number().check(z.refine(Number.isFinite)),
    questionIds: lenientList(z.string()),
    /** Content hash of each question when it was asked: a changed question is asked again on resume. */
    hashes: lenientRecord(z.string()),
    responses: lenientRecord(responseSchema),
    /** When each response was last changed: tabs merge an attempt answer by answer, latest wins. */
    answeredAt: lenientRecord(timeSchema),
    /** Question ids whose answer was checked (practice mode shows feedback once checked). */
    checked: lenientList(z.string()),
    current: z.catch(z.number().check(z.int(), z.nonnegative()), 0),
    startedAt: z.catch(timeSchema, EPOCH),
    updatedAt: z.catch(timeSchema, EPOCH),
    finishedAt: optionalTime,
    score: z.catch(z.optional(attemptGradeSchema), undefined),
    /**
     * Each question's score (the engine's `Score`, by question id), kept with the grade when the attempt finished:
     * the results page, its review and the LMS read these instead of scoring the answers again. Records saved
     * before they were kept, and those restored from an LMS (its compact copy leaves them out), have none:
     * `questionScoresOf` (attempt-grade.ts) grades those from their answers, the one place that does.
     */
    questionScores: z.catch(z.optional(lenientRecord(questionScoreSchema)), undefined),
  }),
  // A finished attempt needs both its time and its grade. With only one, keep the answers and let the learner
  // resume (and finish again) rather than show a results page that cannot render.
  z.transform((attempt) => {
    type Attempt = typeof attempt;
    const { finishedAt: _finished, score, questionScores, ...open } = attempt;
    if (!attempt.finishedAt || !score) return open as Attempt;
    // Grades saved before the one rounding rule may hold 79.5: show them by today's rule.
    const finished = { ...open, finishedAt: attempt.finishedAt, score: { ...score, percent: percentOf(score.earned, score.total) } };
    // Per-question scores are kept only whole: one per graded question, each a question of the attempt (a score
    // dropped as unreadable, or a hand-edited list, leaves them out, and they are graded from the answers).
    const ids = Object.keys(questionScores ?? {});
    const whole = ids.length === score.total && ids.every((id) => attempt.questionIds.includes(id));
    return (questionScores && whole ? { ...finished, questionScores } : finished) as Attempt;
  }),
);

export const reflectionSchema = z.object({ text: z.string(), updatedAt: z.catch(timeSchema, EPOCH) });

export const prefsSchema = z.object({
  showTrainerNotes: z.catch(z.boolean(), false),
  /** Learner text size, 1 = 100 %. */
  textSize: z.catch(z.number().check(z.gte(0.75), z.lte(2)), 1),
  /** Projector text size, per device. */
  slideTextSize: z.catch(z.number().check(z.gte(0.5), z.lte(2)), 1),
  /** Lessons shown one part at a time, with Previous / Next part (the learner's choice). */
  onePartAtATime: z.catch(z.boolean(), false),
});

const defaultPrefs = { showTrainerNotes: false, textSize: 1, slideTextSize: 1, onePartAtATime: false };

export const progressSchema = z.object({
  lessons: lenientRecord(lessonRecordSchema),
  attempts: z.pipe(
    lenientRecord(attemptRecordSchema),
    // An attempt is filed under its own id; a mismatch means a hand-edited or foreign record.
    z.transform((attempts) => Object.fromEntries(Object.entries(attempts).filter(([id, attempt]) => attempt.id === id))),
  ),
  reflections: lenientRecord(reflectionSchema),
  prefs: z.catch(prefsSchema, defaultPrefs),
  learnerName: z.catch(z.string(), ''),
  lastRoute: z.catch(z.optional(z.string()), undefined),
  /**
   * Set anew by "Reset progress" and "Replace": copies of another generation are never merged together —
   * the newer generation wins whole, so a reset in one tab cannot be undone by another tab's old data.
   */
  generation: z.catch(z.string(), ''),
  /** When anything in this record last changed (ISO time); used to merge tabs and imports. */
  updatedAt: z.catch(timeSchema, EPOCH),
});

export type LessonRecord = z.infer<typeof lessonRecordSchema>;
export type AttemptRecord = z.infer<typeof attemptRecordSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type Prefs = z.infer<typeof prefsSchema>;
export type ProgressData = z.infer<typeof progressSchema>;

/**
 * Reads any saved or imported progress into the current shape, keeping every field that can be read.
 * Never throws: anything that is not an object gives empty progress.
 */
export function normalizeProgress(input: unknown): ProgressData {
  const parsed = z.safeParse(progressSchema, typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {});
  // Every field falls back to a safe value, so parsing `{}` gives empty progress.
  return stripUndefined(parsed.success ? parsed.data : z.parse(progressSchema, {}));
}

/** Optional fields come back as explicit `undefined`; dropping them keeps saved JSON and comparisons canonical. */
function stripUndefined<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripUndefined) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, stripUndefined(v)]),
    ) as T;
  }
  return value;
}
