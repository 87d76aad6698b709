import { containsPhrase, normalizeText } from './normalize-text.ts';
import { asResponseOf, invalid, points } from './response-shape.ts';
import type { RewriteCriterion, RewriteQuestion, Score } from './types.ts';

export interface CriterionResult {
  readonly id: string;
  readonly met: boolean;
  /** `anyOf` phrases found in the text (empty when none, or when the criterion has no `anyOf`). */
  readonly matched: readonly string[];
  /** `noneOf` phrases found in the text, so the UI can point at the words to change. */
  readonly matchedBanned: readonly string[];
}

/**
 * Checks a learner's rewrite against each criterion. A criterion is met when (it has no `anyOf`, or at
 * least one `anyOf` phrase appears) and no `noneOf` phrase appears. Results follow the question's
 * criteria order.
 */
export function evaluateRewrite(text: string, question: RewriteQuestion): CriterionResult[] {
  const normalized = normalizeText(text);
  return question.criteria.map((criterion) => evaluateCriterion(normalized, criterion));
}

function evaluateCriterion(normalized: string, criterion: RewriteCriterion): CriterionResult {
  const anyOf = criterion.anyOf ?? [];
  const matched = anyOf.filter((phrase) => containsPhrase(normalized, phrase));
  const matchedBanned = (criterion.noneOf ?? []).filter((phrase) => containsPhrase(normalized, phrase));
  const met = (anyOf.length === 0 || matched.length > 0) && matchedBanned.length === 0;
  return { id: criterion.id, met, matched, matchedBanned };
}

/**
 * Scores a rewrite: the summed weights of the criteria met, out of the sum of all weights. A text with no
 * words is invalid, since it would otherwise pass every "don't say X" criterion.
 */
export function scoreRewrite(response: unknown, question: RewriteQuestion): Score {
  const checked = asResponseOf(response, 'rewrite');
  if (!checked.ok) return checked.score;
  const { text } = checked.value;
  if (typeof text !== 'string') return invalid('the rewrite must be text');
  if (normalizeText(text) === '') return invalid('not answered: write your version of the sentence');

  // Negative weights would let a score leave [0, total]; validated content never has them.
  const weightOf = (criterion: RewriteCriterion): number => Math.max(0, criterion.weight);
  const results = evaluateRewrite(text, question);
  const total = question.criteria.reduce((sum, criterion) => sum + weightOf(criterion), 0);
  const earned = question.criteria.reduce(
    (sum, criterion, index) => sum + (results[index]?.met ? weightOf(criterion) : 0),
    0,
  );
  return points(earned, total);
}
