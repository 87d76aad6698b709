import { asResponseOf, firstDuplicate, invalid, isStringArray, earnedScore } from './response-shape.ts';
import type { MultipleQuestion, Score } from './types.ts';

/**
 * Scores a select-all-that-apply answer: (right picks − wrong picks) / right options, floored at 0,
 * out of 1. Subtracting wrong picks stops "tick everything" from earning full credit.
 */
export function scoreMultiple(response: unknown, question: MultipleQuestion): Score {
  const checked = asResponseOf(response, 'multiple');
  if (!checked.ok) return checked.score;
  const { choices } = checked.value;
  if (!isStringArray(choices)) return invalid('choices must be a list of option ids');
  if (choices.length === 0) return invalid('no options chosen');
  const repeated = firstDuplicate(choices);
  if (repeated !== undefined) return invalid(`option "${repeated}" is chosen twice`);

  const byId = new Map(question.options.map((option) => [option.id, option]));
  let right = 0;
  let wrong = 0;
  for (const choice of choices) {
    const option = byId.get(choice);
    if (!option) return invalid(`"${choice}" is not an option of this question`);
    if (option.correct) right += 1;
    else wrong += 1;
  }
  const rightOptions = question.options.filter((option) => option.correct).length;
  if (rightOptions === 0) return invalid('this question has no correct option to score against');
  return earnedScore(Math.max(0, right - wrong) / rightOptions, 1);
}
