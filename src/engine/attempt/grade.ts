/**
 * Grading an attempt: per-question scores, a per-skill breakdown, the percent and pass/fail. The percent is
 * computed by one rule (`percentOf`) and pass/fail compares that same number with the pass mark, so no
 * screen can show "80%" beside "not passed", or "79.5%" rounded up to a pass.
 */
import * as z from 'zod/mini';
import { creditFraction, scoreQuestion } from '../score.ts';
import type { Question, Score } from '../types.ts';
import { readResponse } from './responses.ts';

const tallySchema = z.object({ earned: z.number(), total: z.number() });

/** What a finished attempt keeps of its grade (per-question scores are recomputed from the responses). */
export const attemptGradeSchema = z.object({
  /** Sum of each question's credit share (each question is worth 1). */
  earned: z.number(),
  /** Number of questions. */
  total: z.number(),
  /** Whole percent, rounded down: see `percentOf`. */
  percent: z.number(),
  passed: z.boolean(),
  perSkill: z.record(z.string(), tallySchema),
});

export type SkillTally = z.infer<typeof tallySchema>;
export type AttemptGrade = z.infer<typeof attemptGradeSchema>;

export interface AttemptResult extends AttemptGrade {
  readonly perQuestion: Readonly<Record<string, Score>>;
}

/**
 * The one rounding rule: a share as a whole percent, rounded down (79.5 % shows as 79 %, never as a pass
 * mark it did not reach). A tiny epsilon absorbs float noise so 0.7 × 100 stays 70.
 */
export function percentOf(earned: number, total: number): number {
  if (!(total > 0) || !Number.isFinite(earned)) return 0;
  return Math.max(0, Math.min(100, Math.floor((earned / total) * 100 + 1e-9)));
}

/** Whether a whole percent (from `percentOf`) reaches a pass mark given as a fraction (0.8). */
export function isPassing(percent: number, passMark: number): boolean {
  return percent >= Math.round(passMark * 100);
}

/**
 * Grades an attempt. Every question weighs 1 whatever its own total (a 6-item sort is not worth six
 * single-choice questions): it contributes its earned/total share, and an invalid or missing response
 * contributes 0 of 1. A question counts once towards each of its skills. Responses are read through
 * `readResponse`, so a stored answer of the wrong shape counts as unanswered instead of throwing.
 */
export function gradeAttempt(
  questions: readonly Question[],
  responses: Readonly<Record<string, unknown>>,
  passMark: number,
): AttemptResult {
  const perQuestion: Record<string, Score> = {};
  const perSkill: Record<string, SkillTally> = {};
  let earned = 0;
  for (const question of questions) {
    const stored = Object.hasOwn(responses, question.id) ? responses[question.id] : undefined;
    const score = scoreQuestion(readResponse(question, stored), question);
    perQuestion[question.id] = score;
    const credit = creditFraction(score);
    earned += credit;
    for (const skill of new Set(question.skills)) {
      const tally = (perSkill[skill] ??= { earned: 0, total: 0 });
      tally.earned += credit;
      tally.total += 1;
    }
  }
  const total = questions.length;
  const percent = percentOf(earned, total);
  return { earned, total, percent, passed: isPassing(percent, passMark), perQuestion, perSkill };
}

/** The grade to keep with a finished attempt: everything but the per-question scores. */
export function gradeToKeep(result: AttemptResult): AttemptGrade {
  const { earned, total, percent, passed, perSkill } = result;
  return { earned, total, percent, passed, perSkill };
}
