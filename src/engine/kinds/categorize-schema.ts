/** The categorize question and its response: one definition each, the types inferred (../types.ts). */
import * as z from 'zod/mini';
import { feedback, issue, list, questionBase, strict, text, uniqueIds } from './schema-parts.ts';

function categorizeQuestion() {
  const category = strict(
    { id: text('id', 'a short category id'), label: text('label', 'the category name learners see') },
    'a category: { id, label }',
  );
  const item = strict(
    {
      id: text('id', 'a short item id'),
      text: text('text', 'the words learners sort'),
      /** Id of the category this item belongs in. */
      category: text('category', 'the id of the category this item belongs in'),
      feedback: feedback('explain why the item belongs in its category'),
    },
    'an item: { id, text, category, feedback }',
  );
  return strict(
    {
      ...questionBase(),
      kind: z.literal('categorize'),
      categories: list(category, 'categories', 'a categorize question needs at least 2 categories', 2),
      items: list(item, 'items', 'a categorize question needs at least 2 items', 2),
    },
    'a categorize question',
  ).check(
    z.superRefine((q, ctx) => {
      uniqueIds(ctx, q.categories, ['categories'], 'category');
      uniqueIds(ctx, q.items, ['items'], 'item');
      const ids = new Set(q.categories.map((c) => c.id));
      q.items.forEach((item, index) => {
        if (!ids.has(item.category)) {
          issue(ctx, ['items', index, 'category'], `no category "${item.category}": use one of ${[...ids].join(', ')}`);
        }
      });
      const used = new Set(q.items.map((item) => item.category));
      q.categories.forEach((c, index) => {
        if (!used.has(c.id)) issue(ctx, ['categories', index], `category "${c.id}" has no items: add an item or remove it`);
      });
    }),
  );
}

/** Put each item in its category. */
export const categorizeQuestionSchema = /* @__PURE__ */ categorizeQuestion();

export const categorizeResponseSchema = /* @__PURE__ */ z.object({
  kind: z.literal('categorize'),
  placements: z.record(z.string(), z.string()),
});
