/** The attempt's one home: plan (draw and every display order), responses, and grade. */
export { planAttempt, displayOrder, replyOrder, type QuestionPool, type AttemptPlan } from './plan.ts';
export {
  responseSchema,
  readResponse,
  isAnswered,
  type Response,
  type ResponseOf,
  type SingleResponse,
  type MultipleResponse,
  type OrderResponse,
  type CategorizeResponse,
  type ConversationResponse,
  type RewriteResponse,
} from './responses.ts';
export {
  gradeAttempt,
  gradeToKeep,
  percentOf,
  isPassing,
  attemptGradeSchema,
  type AttemptGrade,
  type AttemptResult,
  type SkillTally,
} from './grade.ts';
