import { asResponseOf, firstDuplicate, invalid, isStringArray, earnedScore } from './response-shape.ts';
import type { OrderQuestion, Score } from './types.ts';

/**
 * Scores an ordering answer by pairwise agreement: of all item pairs (i < j in the learner's order),
 * the share that stand in the same relative order as in the answer key, out of 1.
 *
 * Why pairs rather than "items in the right slot": moving one item from the end to the front leaves every
 * item in a wrong slot, yet the learner got most of the sequence right. Pairwise agreement (a normalised
 * Kendall tau) gives that answer (n−1)(n−2)/2 of n(n−1)/2 pairs, and a fully reversed order earns 0.
 * A question with a single item has no pairs and any permutation of it earns full credit.
 */
export function scoreOrder(response: unknown, question: OrderQuestion): Score {
  const checked = asResponseOf(response, 'order');
  if (!checked.ok) return checked.score;
  const { order } = checked.value;
  if (!isStringArray(order)) return invalid('order must be a list of item ids');
  if (order.length === 0) return invalid('no order given');

  const rank = new Map(question.items.map((item, index) => [item.id, index]));
  const repeated = firstDuplicate(order);
  if (repeated !== undefined) return invalid(`item "${repeated}" appears twice`);
  const unknown = order.find((id) => !rank.has(id));
  if (unknown !== undefined) return invalid(`"${unknown}" is not an item of this question`);
  if (order.length !== question.items.length) return invalid('every item must be placed in the order');

  return earnedScore(pairwiseAgreement(order.map((id) => rank.get(id) ?? 0)), 1);
}

/** Share of pairs (i < j) with ranks[i] < ranks[j]; 1 when there are no pairs. */
export function pairwiseAgreement(ranks: readonly number[]): number {
  const pairs = (ranks.length * (ranks.length - 1)) / 2;
  if (pairs === 0) return 1;
  let agreeing = 0;
  for (let i = 0; i < ranks.length; i += 1) {
    for (let j = i + 1; j < ranks.length; j += 1) {
      if ((ranks[i] ?? 0) < (ranks[j] ?? 0)) agreeing += 1;
    }
  }
  return agreeing / pairs;
}
