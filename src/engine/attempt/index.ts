/** The attempt's one home: plan (draw and every display order), responses, and grade. */
export { planAttempt, ROOM_SEED, displayOrder, replyOrder, type QuestionPool, type AttemptPlan } from './plan.ts';
export {
  responseSchema,
  readResponse,
  type Response,
  type ResponseOf,
  type SingleResponse,
  type MultipleResponse,
  type OrderResponse,
  type CategorizeResponse,
  type ConversationResponse,
  type RewriteResponse,
  type SpotResponse,
} from './responses.ts';
export { isAnswered } from './answered.ts';
export { gradeAttempt, gradeToKeep, type AttemptResult } from './grade.ts';
export { attemptGradeSchema, type AttemptGrade, type SkillTally } from './grade-schema.ts';
export { percentOf, isPassing } from './percent.ts';
