/**
 * The shared moves' names: what a rewrite criterion may name (rewrite-schema.ts) and what the grader's detectors
 * find (../rewrite/). A module of its own, importing nothing, so the grader can have the names without the schemas.
 */

/**
 * Moves a strong reply makes, each recognised by a shared detector in engine/rewrite/ whatever the wording
 * (any common phrasing, UK or US spelling, simple typos; never inside a negated clause).
 */
export const GOOD_MOVES = [
  'apology',
  'ownership',
  'next-step',
  'follow-up',
  'time-commitment',
  'duration',
  'permission',
  'reason',
  'thanks',
  'empathy',
  'alternative',
] as const;

/** Moves that fail a reply. Their detectors apply to every rewrite question, whatever its criteria. */
export const HARMFUL_MOVES = [
  'non-apology',
  'blame',
  'refusal',
  'sarcasm',
  'push-back',
  'policy',
  'negated-commitment',
  'dismissive',
  'over-promise',
  'dig',
  'label',
  'unrealistic-wait',
] as const;
