import { scoreCategorize } from './score-categorize.ts';
import { scoreConversation } from './score-conversation.ts';
import { scoreMultiple } from './score-multiple.ts';
import { scoreOrder } from './score-order.ts';
import { scoreRewrite } from './score-rewrite.ts';
import { scoreSingle } from './score-single.ts';
import type { Question, Score } from './types.ts';

/**
 * Scores any question by dispatching on its kind. Like every scorer it never throws: a question of an
 * unknown kind (content from a newer build, say) scores `invalid`.
 */
export function scoreQuestion(response: unknown, question: Question): Score {
  switch (question.kind) {
    case 'single':
      return scoreSingle(response, question);
    case 'multiple':
      return scoreMultiple(response, question);
    case 'order':
      return scoreOrder(response, question);
    case 'categorize':
      return scoreCategorize(response, question);
    case 'conversation':
      return scoreConversation(response, question);
    case 'rewrite':
      return scoreRewrite(response, question);
    default:
      return unknownKind(question);
  }
}

function unknownKind(question: never): Score {
  const kind = (question as { kind?: unknown }).kind;
  return { kind: 'invalid', reason: `unknown question kind "${String(kind)}"` };
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
