/** The ordering question and its response: one definition each, the types inferred (../types.ts). */
import * as z from 'zod/mini';
import { feedback, list, questionBase, strict, text, uniqueIds } from './schema-parts.ts';

function orderQuestion() {
  const item = strict({ id: text('id', 'a short item id'), text: text('text', 'the words of this step') }, 'an item: { id, text }');
  return strict(
    {
      ...questionBase(),
      kind: z.literal('order'),
      /** Listed in the correct order; the app shuffles them for display. */
      items: list(item, 'items', 'an ordering question needs at least 2 items, listed in the correct order', 2),
      feedback: feedback('explain why this is the right order'),
    },
    'an ordering question',
  ).check(z.superRefine((q, ctx) => uniqueIds(ctx, q.items, ['items'], 'item')));
}

/** Put the steps in order. */
export const orderQuestionSchema = /* @__PURE__ */ orderQuestion();

export const orderResponseSchema = /* @__PURE__ */ z.object({ kind: z.literal('order'), order: z.array(z.string()) });
