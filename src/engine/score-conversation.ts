import { bestConversationPath, walkConversation } from './conversation.ts';
import { asResponseOf, invalid, isStringArray, points } from './response-shape.ts';
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
 * - Quality: the points collected along the path out of the larger of (a) the best path's points and (b) the
 *   best points available at each node the path visited. (b) makes a detour pay for itself: a weak reply
 *   that leads to an extra "repair" step cannot collect as many points as the best path and tie with it. So
 *   any path with a reply that was not the best at its node earns less than full credit.
 * - Outcome: the share is capped by `OUTCOME_CAP` for the ending reached (lost ≤ 1/3, escalated ≤ 2/3).
 *
 * The total is the best path's points, so a perfect conversation earns full credit however the branches
 * are weighted.
 */
export function scoreConversation(response: unknown, question: ConversationQuestion): Score {
  const checked = asResponseOf(response, 'conversation');
  if (!checked.ok) return checked.score;
  const { path } = checked.value;
  if (!isStringArray(path)) return invalid('path must be a list of reply ids');
  if (path.length === 0) return invalid('not answered');

  const walk = walkConversation(question, path);
  if (!walk.valid || !walk.ending) return invalid(walk.reason ?? 'the path is not a walk through this conversation');
  const total = Math.max(0, bestConversationPath(question).points);
  if (total === 0) return points(0, 0);
  const earned = walk.steps.reduce((sum, step) => sum + Math.max(0, step.response.points), 0);
  const available = walk.steps.reduce(
    (sum, step) => sum + Math.max(0, ...step.node.responses.map((reply) => reply.points)),
    0,
  );
  const share = Math.min(earned / Math.max(total, available), OUTCOME_CAP[walk.ending.outcome] ?? 0);
  return points(Math.max(0, share) * total, total);
}
