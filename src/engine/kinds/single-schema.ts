/** The single-choice question and its response: one definition each, the types inferred (../types.ts). */
import * as z from 'zod/mini';
import { feedback, issue, list, questionBase, strict, text, uniqueIds } from './schema-parts.ts';

function singleQuestion() {
  const option = strict(
    {
      id: text('id', 'a short option id such as a, b, c'),
      text: text('text', 'the words of this option'),
      /** 1 = best, 0.5 = acceptable, 0 = harmful. */
      credit: z
        .number({ error: 'credit is required: 1 = best, 0.5 = acceptable, 0 = harmful' })
        .check(z.gte(0, 'credit must be between 0 and 1'), z.lte(1, 'credit must be between 0 and 1')),
      feedback: feedback('explain what happens after this choice'),
    },
    'an option: { id, text, credit, feedback }',
  );
  return strict(
    { ...questionBase(), kind: z.literal('single'), options: list(option, 'options', 'a single-choice question needs 3–5 options', 3, 5) },
    'a single-choice question',
  ).check(
    z.superRefine((q, ctx) => {
      uniqueIds(ctx, q.options, ['options'], 'option');
      if (!q.options.some((option) => option.credit === 1)) {
        issue(ctx, ['options'], 'a single-choice question needs a best option: give one option credit 1');
      }
    }),
  );
}

/** Choose one option; options carry credit (1 best, 0.5 acceptable, 0 harmful). */
export const singleQuestionSchema = /* @__PURE__ */ singleQuestion();

export const singleResponseSchema = /* @__PURE__ */ z.object({ kind: z.literal('single'), choice: z.string() });
