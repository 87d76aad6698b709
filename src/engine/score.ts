import { isKnownKind, rulesFor } from './kinds/registry.ts';
import type { Question, Score } from './types.ts';

/**
 * Scores any question by its kind's rules (engine/kinds/). Like every scorer it never throws: a question of an
 * unknown kind (content from a newer build, say) scores `invalid`.
 */
export function scoreQuestion(response: unknown, question: Question): Score {
  if (!isKnownKind(question.kind)) return { kind: 'invalid', reason: `unknown question kind "${String(question.kind)}"` };
  return rulesFor(question).score(response, question);
}

/** True when the score earns every available point (a total of 0 counts as nothing left to earn). */
export function isFullCredit(score: Score): boolean {
  return score.kind === 'points' && score.earned >= score.total - 1e-9;
}

/**
 * The share of a question's credit a score earns, in [0, 1]. Invalid scores earn 0; a total of 0 (nothing
 * was available to earn) counts as full credit so it cannot divide by zero or penalise the learner.
 */
export function creditFraction(score: Score): number {
  if (score.kind === 'invalid') return 0;
  if (!(score.total > 0)) return 1;
  return Math.min(1, Math.max(0, score.earned / score.total));
}
