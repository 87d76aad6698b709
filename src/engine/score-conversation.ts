import { walkConversation } from './conversation-walk.ts';
import { asResponseOf, invalid, isStringArray, earnedScore } from './response-shape.ts';
import type { ConversationOutcome, ConversationQuestion, Score } from './types.ts';

/**
 * The most a conversation can earn, as a share of full credit, by how it ends: a customer who walks away is
 * a failed conversation however polite the earlier replies were, and one handed to a manager is at best a
 * partial success.
 */
export const OUTCOME_CAP: Readonly<Record<ConversationOutcome, number>> = { recovered: 1, escalated: 2 / 3, lost: 1 / 3 };

/**
 * Scores a branching conversation by the quality of each step and by its outcome.
 *
 * - Quality: the points collected along the path out of the most available at each node it visited (the
 *   best reply's points there). The best conversation — the best reply every time — earns full credit;
 *   any weaker reply costs credit, and a weak reply that opens a longer "repair" detour cannot collect
 *   enough points to tie with the best path.
 * - Outcome: the share is capped by `OUTCOME_CAP` for the ending reached (lost ≤ 1/3, escalated ≤ 2/3).
 *
 * The score is returned out of the points available on the learner's path.
 */
export function scoreConversation(response: unknown, question: ConversationQuestion): Score {
  const checked = asResponseOf(response, 'conversation');
  if (!checked.ok) return checked.score;
  const { path } = checked.value;
  if (!isStringArray(path)) return invalid('path must be a list of reply ids');
  if (path.length === 0) return invalid('not answered');

  const walk = walkConversation(question, path);
  if (!walk.valid || !walk.ending) return invalid(walk.reason ?? 'the path is not a walk through this conversation');
  const earned = walk.steps.reduce((sum, step) => sum + Math.max(0, step.response.points), 0);
  const available = walk.steps.reduce(
    (sum, step) => sum + Math.max(0, ...step.node.responses.map((reply) => reply.points)),
    0,
  );
  // No points on offer anywhere on the path (degenerate content): only the outcome can speak.
  if (available === 0) return earnedScore(OUTCOME_CAP[walk.ending.outcome] ?? 0, 1);
  const share = Math.min(earned / available, OUTCOME_CAP[walk.ending.outcome] ?? 0);
  return earnedScore(Math.max(0, share) * available, available);
}
