/** The select-all question and its response: one definition each, the types inferred (../types.ts). */
import * as z from 'zod/mini';
import { feedback, issue, list, questionBase, strict, text, uniqueIds } from './schema-parts.ts';

function multipleQuestion() {
  const option = strict(
    {
      id: text('id', 'a short option id such as a, b, c'),
      text: text('text', 'the words of this option'),
      correct: z.boolean({ error: 'correct is required: true or false' }),
      feedback: feedback('explain why this option does or does not apply'),
    },
    'an option: { id, text, correct, feedback }',
  );
  return strict(
    { ...questionBase(), kind: z.literal('multiple'), options: list(option, 'options', 'a select-all question needs at least 2 options', 2) },
    'a select-all question',
  ).check(
    z.superRefine((q, ctx) => {
      uniqueIds(ctx, q.options, ['options'], 'option');
      if (!q.options.some((option) => option.correct)) {
        issue(ctx, ['options'], 'a select-all question needs at least one option with correct: true');
      }
    }),
  );
}

/** Select every option that applies. */
export const multipleQuestionSchema = /* @__PURE__ */ multipleQuestion();

export const multipleResponseSchema = /* @__PURE__ */ z.object({ kind: z.literal('multiple'), choices: z.array(z.string()) });
