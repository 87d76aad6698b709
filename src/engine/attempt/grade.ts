/**
 * Grading an attempt: per-question scores, a per-skill breakdown, the percent and pass/fail. The percent is
 * computed by one rule (`percentOf`) and pass/fail compares that same number with the pass mark, so no
 * screen can show "80%" beside "not passed", or "79.5%" rounded up to a pass.
 */
import { creditFraction, scoreQuestion } from '../score.ts';
import type { Question, Score } from '../types.ts';
import type { AttemptGrade, SkillTally } from './grade-schema.ts';
import { isPassing, percentOf } from './percent.ts';
import { readResponse } from './responses.ts';

export interface AttemptResult extends AttemptGrade {
  readonly perQuestion: Readonly<Record<string, Score>>;
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
