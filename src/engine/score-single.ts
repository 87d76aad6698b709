import { asResponseOf, invalid, earnedScore } from './response-shape.ts';
import type { Score, SingleQuestion } from './types.ts';

/**
 * Scores a single-choice answer: the chosen option's credit out of 1, so an "acceptable" option (0.5)
 * earns half and a harmful one nothing.
 */
export function scoreSingle(response: unknown, question: SingleQuestion): Score {
  const checked = asResponseOf(response, 'single');
  if (!checked.ok) return checked.score;
  const { choice } = checked.value;
  if (choice === undefined || choice === null || choice === '') return invalid('no option chosen');
  if (typeof choice !== 'string') return invalid('the chosen option must be an option id');
  const option = question.options.find((candidate) => candidate.id === choice);
  if (!option) return invalid(`"${choice}" is not an option of this question`);
  // Clamp so a mistyped credit in unvalidated content cannot push a score outside [0, 1].
  return earnedScore(Math.min(1, Math.max(0, option.credit)), 1);
}
