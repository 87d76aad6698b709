/** Public API of the pure scoring engine. UI code imports from here, never from individual files. */
export type * from './types.ts';
export { scoreSingle } from './score-single.ts';
export { scoreMultiple } from './score-multiple.ts';
export { scoreOrder, pairwiseAgreement } from './score-order.ts';
export { scoreCategorize } from './score-categorize.ts';
export { placementKey } from './kinds/categorize.ts';
export { scoreConversation } from './score-conversation.ts';
export { scoreSpot } from './kinds/spot.ts';
export {
  scoreRewrite,
  evaluateRewrite,
  findGoodMoves,
  findHarmfulMoves,
  isGoal,
  rewriteDoubts,
  normalizeReply,
  GOOD_MOVES,
  HARMFUL_MOVES,
  GOOD_MOVE_INFO,
  HARMFUL_MOVE_INFO,
  HARM_CAP,
  type CriterionResult,
  type RewriteEvaluation,
  type MoveFound,
} from './rewrite/index.ts';
export { normalizeText, containsPhrase } from './normalize-text.ts';
export {
  walkConversation,
  bestConversationPath,
  type ConversationStep,
  type ConversationWalk,
  type BestConversationPath,
} from './conversation-walk.ts';
export { findConversationProblems, type GraphProblem } from './conversation-graph.ts';
export { scoreQuestion, isFullCredit, creditFraction } from './score.ts';
export { KIND_RULES, QUESTION_KINDS, isKnownKind, ofKind, rulesFor, questionSchema, type AnyKindRules } from './kinds/registry.ts';
export { LIVE_REWRITE_CHARS } from './kinds/kind-rules.ts';
export type { KindRules, QuestionOf, ResponseFor, FormattedInteraction, InteractionType, InteractionComponents } from './kinds/kind-rules.ts';
export { createRng, shuffle, sample, deriveSeed, type Rng } from './random.ts';
export {
  planAttempt,
  ROOM_SEED,
  displayOrder,
  replyOrder,
  responseSchema,
  readResponse,
  isAnswered,
  gradeAttempt,
  gradeToKeep,
  percentOf,
  isPassing,
  attemptGradeSchema,
  type QuestionPool,
  type AttemptPlan,
  type ResponseOf,
  type Response,
  type Response as QuestionResponse,
  type SingleResponse,
  type MultipleResponse,
  type OrderResponse,
  type CategorizeResponse,
  type ConversationResponse,
  type RewriteResponse,
  type SpotResponse,
  type AttemptGrade,
  type AttemptResult,
  type SkillTally,
} from './attempt/index.ts';
