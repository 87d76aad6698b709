/** Public API of the pure scoring engine. UI code imports from here, never from individual files. */
export type * from './types';
export { scoreSingle } from './score-single';
export { scoreMultiple } from './score-multiple';
export { scoreOrder, pairwiseAgreement } from './score-order';
export { scoreCategorize } from './score-categorize';
export { scoreConversation } from './score-conversation';
export { scoreRewrite, evaluateRewrite, type CriterionResult } from './score-rewrite';
export { normalizeText, containsPhrase } from './normalize-text';
export {
  walkConversation,
  bestConversationPath,
  type ConversationStep,
  type ConversationWalk,
  type BestConversationPath,
} from './conversation';
export { findConversationProblems, type GraphProblem } from './conversation-graph';
export { scoreQuestion, isFullCredit, creditFraction } from './score';
export { createRng, shuffle, sample, deriveSeed, type Rng } from './random';
export {
  planAttempt,
  gradeAttempt,
  type QuestionPool,
  type AttemptPlan,
  type PlanOptions,
  type AttemptResult,
  type SkillResult,
} from './attempt';
