/** The rewrite grader: shared detectors for good and harmful moves, and the per-question criteria. */
export {
  scoreRewrite,
  evaluateRewrite,
  rewriteFraction,
  findGoodMoves,
  findHarmfulMoves,
  isGoal,
  rewriteDoubts,
  HARM_CAP,
  MIN_WORDS,
  type CriterionResult,
  type RewriteEvaluation,
} from './evaluate.ts';
export type { MoveFound } from './analyse.ts';
export { GOOD_MOVES, HARMFUL_MOVES, HARMFUL_MOVE_INFO, GOOD_MOVE_INFO } from './moves.ts';
export { normalizeReply, tokenize, type Token } from './tokens.ts';
