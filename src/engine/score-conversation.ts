import { bestConversationPath, walkConversation } from './conversation.ts';
import { asResponseOf, invalid, isStringArray, points } from './response-shape.ts';
import type { ConversationQuestion, Score } from './types.ts';

/**
 * Scores a branching conversation: the points collected along the learner's path, out of the best path's
 * points. Scoring against the best reachable total (rather than the sum of every reply's points) means a
 * perfect conversation earns full credit however the branches are weighted.
 */
export function scoreConversation(response: unknown, question: ConversationQuestion): Score {
  const checked = asResponseOf(response, 'conversation');
  if (!checked.ok) return checked.score;
  const { path } = checked.value;
  if (!isStringArray(path)) return invalid('path must be a list of reply ids');
  if (path.length === 0) return invalid('not answered');

  const walk = walkConversation(question, path);
  if (!walk.valid) return invalid(walk.reason ?? 'the path is not a walk through this conversation');
  const total = Math.max(0, bestConversationPath(question).points);
  const earned = walk.steps.reduce((sum, step) => sum + step.response.points, 0);
  // The best path bounds every valid walk; clamping only guards unvalidated content with negative points.
  return points(Math.min(total, Math.max(0, earned)), total);
}
