/**
 * Responses: what a learner gives for each kind of question. Each kind's shape is defined once, as a schema beside
 * its question's (kinds/<kind>-schema.ts, collected in kinds/schemas.ts), and its type inferred; the quiz inputs,
 * the workshop quiz and the saved-progress schema all use these. `zod/mini` keeps the cost to the first download
 * small (it tree-shakes to what is used).
 */
import type * as z from 'zod/mini';
import { unionByKind } from '../kinds/schema-parts.ts';
import { RESPONSE_SCHEMAS } from '../kinds/schemas.ts';
import type { Question } from '../types.ts';

/** Any response, told apart by `kind`. */
export const responseSchema = /* @__PURE__ */ unionByKind(RESPONSE_SCHEMAS);

type ResponseSchemas = typeof RESPONSE_SCHEMAS;
export type SingleResponse = z.infer<ResponseSchemas['single']>;
export type MultipleResponse = z.infer<ResponseSchemas['multiple']>;
export type OrderResponse = z.infer<ResponseSchemas['order']>;
export type CategorizeResponse = z.infer<ResponseSchemas['categorize']>;
export type ConversationResponse = z.infer<ResponseSchemas['conversation']>;
export type RewriteResponse = z.infer<ResponseSchemas['rewrite']>;
export type SpotResponse = z.infer<ResponseSchemas['spot']>;
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
