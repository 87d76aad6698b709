/**
 * The kept grade of a finished attempt, as a schema (its type inferred). Kept apart from the scorers so
 * that saved progress can validate a grade without loading the scoring engine.
 */
import * as z from 'zod/mini';

const tallySchema = z.object({ earned: z.number(), total: z.number() });

/** What a finished attempt keeps of its grade (per-question scores are recomputed from the responses). */
export const attemptGradeSchema = z.object({
  /** Sum of each question's credit share (each question is worth 1). */
  earned: z.number(),
  /** Number of questions. */
  total: z.number(),
  /** Whole percent, rounded down: see `percentOf` (percent.ts). */
  percent: z.number(),
  passed: z.boolean(),
  perSkill: z.record(z.string(), tallySchema),
});

export type SkillTally = z.infer<typeof tallySchema>;
export type AttemptGrade = z.infer<typeof attemptGradeSchema>;
