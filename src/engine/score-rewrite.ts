/** The rewrite scorer lives in rewrite/ with its detectors; this file keeps the one-scorer-per-kind layout. */
export { scoreRewrite, evaluateRewrite, type CriterionResult, type RewriteEvaluation } from './rewrite/index.ts';
