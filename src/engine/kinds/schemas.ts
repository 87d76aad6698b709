/**
 * Every kind's question and response schemas, in one table each (the kinds' rules are in registry.ts, their views in
 * src/components/kinds/). The engine's types are inferred from here (../types.ts, ../attempt/responses.ts), so a
 * kind listed here without rules fails to compile at the registry. Nothing here imports the engine's types: the
 * schemas are where those types come from.
 */
import type * as z from 'zod/mini';
import { categorizeQuestionSchema, categorizeResponseSchema } from './categorize-schema.ts';
import { conversationResponseSchema, conversationShapeSchema } from './conversation-schema.ts';
import { multipleQuestionSchema, multipleResponseSchema } from './multiple-schema.ts';
import { orderQuestionSchema, orderResponseSchema } from './order-schema.ts';
import { rewriteQuestionSchema, rewriteResponseSchema } from './rewrite-schema.ts';
import { singleQuestionSchema, singleResponseSchema } from './single-schema.ts';
import { spotQuestionSchema, spotResponseSchema } from './spot-schema.ts';

/**
 * Each kind's question: its fields and the rules relating them. A conversation's graph rules are added in
 * conversation.ts; parse with the engine's `questionSchema` (registry.ts), which has them.
 */
export const QUESTION_SCHEMAS = {
  single: singleQuestionSchema,
  multiple: multipleQuestionSchema,
  order: orderQuestionSchema,
  categorize: categorizeQuestionSchema,
  conversation: conversationShapeSchema,
  rewrite: rewriteQuestionSchema,
  spot: spotQuestionSchema,
};

/** What a learner gives for each kind of question. */
export const RESPONSE_SCHEMAS = {
  single: singleResponseSchema,
  multiple: multipleResponseSchema,
  order: orderResponseSchema,
  categorize: categorizeResponseSchema,
  conversation: conversationResponseSchema,
  rewrite: rewriteResponseSchema,
  spot: spotResponseSchema,
} satisfies { readonly [K in keyof typeof QUESTION_SCHEMAS]: z.ZodMiniType<{ kind: K }> };
