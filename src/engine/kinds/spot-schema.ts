/** The spot question and its response: one definition each, the types inferred (../types.ts). */
import * as z from 'zod/mini';
import { feedback, issue, list, questionBase, strict, text, uniqueIds } from './schema-parts.ts';

function spotQuestion() {
  /** One phrase of the reply, in the order the reply says them. */
  const phrase = strict(
    {
      id: text('id', 'a short phrase id such as p1, p2'),
      text: text('text', 'the words of this phrase of the reply'),
      /** True for a phrase that causes the breakdown (the learner should mark it). */
      harmful: z.boolean({ error: 'harmful is required: true if this phrase causes the breakdown, else false' }),
      /** Why this phrase does or does not cause the breakdown. */
      feedback: feedback('explain why this phrase does or does not cause the breakdown'),
    },
    'a phrase: { id, text, harmful, feedback }',
  );
  return strict(
    {
      ...questionBase(),
      kind: z.literal('spot'),
      /** The reply, phrase by phrase; shown joined by spaces, each phrase a toggle. */
      phrases: list(phrase, 'phrases', 'a spot question needs 3–8 phrases: the reply, split where a learner could mark it', 3, 8),
    },
    'a spot question',
  ).check(
    z.superRefine((q, ctx) => {
      uniqueIds(ctx, q.phrases, ['phrases'], 'phrase');
      const harmful = q.phrases.filter((phrase) => phrase.harmful).length;
      if (harmful === 0) issue(ctx, ['phrases'], 'a spot question needs at least one phrase with harmful: true');
      // Marking every phrase must not pay: (found − wrong) is at most 0 when innocent phrases are at least as many.
      else if (harmful * 2 > q.phrases.length) {
        issue(ctx, ['phrases'], `${harmful} of ${q.phrases.length} phrases are harmful: keep at least as many innocent phrases as harmful ones, or marking everything earns credit`);
      }
    }),
  );
}

/** Spot the trouble: mark the phrase or phrases of a reply that cause the breakdown. */
export const spotQuestionSchema = /* @__PURE__ */ spotQuestion();

/** The phrases the learner marked as causing the breakdown. */
export const spotResponseSchema = /* @__PURE__ */ z.object({ kind: z.literal('spot'), marked: z.array(z.string()) });
