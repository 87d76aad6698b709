import { asResponseOf, invalid, isRecord, earnedScore } from './response-shape.ts';
import type { CategorizeQuestion, Score } from './types.ts';

/**
 * Scores a categorising answer: one point per item placed in its category, out of the number of items.
 * Every item must be placed; a half-finished sort is reported as invalid rather than silently marked
 * wrong, so the UI can ask the learner to finish.
 */
export function scoreCategorize(response: unknown, question: CategorizeQuestion): Score {
  const checked = asResponseOf(response, 'categorize');
  if (!checked.ok) return checked.score;
  const { placements } = checked.value;
  if (!isRecord(placements)) return invalid('placements must map item ids to category ids');

  const itemIds = new Set(question.items.map((item) => item.id));
  const categoryIds = new Set(question.categories.map((category) => category.id));
  for (const [itemId, categoryId] of Object.entries(placements)) {
    if (!itemIds.has(itemId)) return invalid(`"${itemId}" is not an item of this question`);
    if (typeof categoryId !== 'string') return invalid(`item "${itemId}" has no category`);
    if (!categoryIds.has(categoryId)) return invalid(`"${categoryId}" is not a category of this question`);
  }

  let earned = 0;
  for (const item of question.items) {
    if (!Object.hasOwn(placements, item.id)) return invalid('every item must be placed in a category');
    if (placements[item.id] === item.category) earned += 1;
  }
  return earnedScore(earned, question.items.length);
}
