/**
 * Responses: what a learner gives for each kind of question. Each shape is defined once, as a schema, and
 * its type inferred; the quiz inputs, the workshop quiz and the saved-progress schema all use these.
 * `zod/mini` keeps the cost to the first download small (it tree-shakes to what is used).
 */
import * as z from 'zod/mini';
import type { Question } from '../types.ts';

export const singleResponseSchema = z.object({ kind: z.literal('single'), choice: z.string() });
export const multipleResponseSchema = z.object({ kind: z.literal('multiple'), choices: z.array(z.string()) });
export const orderResponseSchema = z.object({ kind: z.literal('order'), order: z.array(z.string()) });
export const categorizeResponseSchema = z.object({
  kind: z.literal('categorize'),
  placements: z.record(z.string(), z.string()),
});
export const conversationResponseSchema = z.object({
  kind: z.literal('conversation'),
  /** Reply ids chosen, in order; each is looked up among the replies of the node reached so far. */
  path: z.array(z.string()),
  /** A reply chosen at the current step but not yet sent (kept so a reload does not lose it; never scored). */
  pending: z.optional(z.string()),
});
export const rewriteResponseSchema = z.object({ kind: z.literal('rewrite'), text: z.string() });
/** The phrases the learner marked as causing the breakdown. */
export const spotResponseSchema = z.object({ kind: z.literal('spot'), marked: z.array(z.string()) });

/** Any response, told apart by `kind`. */
export const responseSchema = z.discriminatedUnion('kind', [
  singleResponseSchema,
  multipleResponseSchema,
  orderResponseSchema,
  categorizeResponseSchema,
  conversationResponseSchema,
  rewriteResponseSchema,
  spotResponseSchema,
]);

export type SingleResponse = z.infer<typeof singleResponseSchema>;
export type MultipleResponse = z.infer<typeof multipleResponseSchema>;
export type OrderResponse = z.infer<typeof orderResponseSchema>;
export type CategorizeResponse = z.infer<typeof categorizeResponseSchema>;
export type ConversationResponse = z.infer<typeof conversationResponseSchema>;
export type RewriteResponse = z.infer<typeof rewriteResponseSchema>;
export type SpotResponse = z.infer<typeof spotResponseSchema>;
export type Response = z.infer<typeof responseSchema>;

/** The response type for a question type: `ResponseOf<SingleQuestion>` is `SingleResponse`, and so on. */
export type ResponseOf<Q extends Question> = Extract<Response, { kind: Q['kind'] }>;

/**
 * Reads a stored response for a question: the typed response when it has the right shape and kind, else
 * `undefined` (not answered). Stored data may be stale (the question changed kind) or corrupt.
 */
export function readResponse<Q extends Question>(question: Q, stored: unknown): ResponseOf<Q> | undefined {
  const parsed = responseSchema.safeParse(stored);
  if (!parsed.success || parsed.data.kind !== question.kind) return undefined;
  return parsed.data as ResponseOf<Q>;
}
