/** The rewrite question and its response: one definition each, the types inferred (../types.ts). */
import * as z from 'zod/mini';
import { GOOD_MOVES, HARMFUL_MOVES } from './rewrite-moves.ts';
import { type Ctx, feedback, issue, list, type Path, phraseList, phrases, questionBase, strict, text, uniqueIds } from './schema-parts.ts';

const moveList = (moves: readonly string[]) => moves.join(', ');

function rewriteQuestion() {
  /**
   * One thing a trainer checks in a rewrite. A criterion either asks for something — `move` and/or `anyOf`,
   * with a `weight` — or rules something out — `avoid` and/or `noneOf`, without a weight: breaking it keeps
   * the reply under half marks, as every shared harmful move does.
   */
  const criterion = strict(
    {
      id: text('id', 'a criterion id'),
      label: text('label', 'what the criterion checks, in a few words'),
      /** Points for meeting a criterion that asks for something; ignored on one that rules something out. */
      weight: z.optional(z.number({ error: 'weight must be a number above 0 (usually 1)' }).check(z.positive('weight must be more than 0'))),
      /**
       * What the scenario cannot do without (the prompt asks for it): a reply that misses it is kept under half
       * marks, like a harmful move, however much else it does. Only on a criterion that asks for something.
       */
      required: z.optional(z.boolean({ error: 'required must be true or false' })),
      /** A shared good move that meets this criterion, or several, any of which meets it ("solve it now or call back"). */
      move: z.optional(
        z.union([z.enum(GOOD_MOVES), z.array(z.enum(GOOD_MOVES)).check(z.minLength(1))], {
          error: `move must be a shared move, or a list of them (any one meets the criterion): ${moveList(GOOD_MOVES)}`,
        }),
      ),
      /** Phrases of this question's own that also meet it (outside a negated clause). */
      anyOf: phrases('anyOf'),
      /** A shared harmful move this criterion names, so the learner sees it listed. */
      avoid: z.optional(z.enum(HARMFUL_MOVES, { error: `avoid must be a shared harmful move: ${moveList(HARMFUL_MOVES)}` })),
      /** Phrases of this question's own that the reply must not contain. */
      noneOf: phrases('noneOf'),
      feedback: feedback('tell the learner how to meet this criterion'),
    },
    'a criterion: { id, label, weight, required, move, anyOf, avoid, noneOf, feedback }',
  );

  /**
   * One thing of the scenario a reply can be about (the expired card, the 20 % offer), with the words that name it.
   * A question with an `about` list grades a reply only when it names at least one of them: a stock apology that
   * would fit any customer earns nothing, however many good moves it makes.
   */
  const aboutEntry = strict(
    {
      id: text('id', 'an id for this part of the scenario'),
      label: text('label', 'what the reply should be about, in a few words (the learner sees it)'),
      /** Words and phrases that name it, negated or not ("I can't pause your membership" is about the membership). */
      anyOf: phraseList('anyOf must be a list of words that name it, e.g. ["gift card", "voucher"]').check(
        z.minLength(1, 'anyOf needs at least one word that names it'),
      ),
    },
    'an about entry: { id, label, anyOf }',
  );

  /** Rules relating a criterion's fields: it either asks for something (with a weight) or rules something out. */
  function checkCriterion(ctx: Ctx, c: z.output<typeof criterion>, path: Path): void {
    const asks = c.move !== undefined || (c.anyOf?.length ?? 0) > 0;
    const rulesOut = c.avoid !== undefined || (c.noneOf?.length ?? 0) > 0;
    if (!asks && !rulesOut) {
      issue(ctx, path, 'a criterion needs something to check: move or anyOf (it asks for something) or avoid or noneOf (it rules something out)');
    } else if (asks && rulesOut) {
      issue(ctx, path, 'a criterion either asks for something (move, anyOf) or rules something out (avoid, noneOf), not both: split it in two');
    } else if (asks && c.weight === undefined) {
      issue(ctx, [...path, 'weight'], 'weight is required: a number above 0 (usually 1) for a criterion that asks for something');
    } else if (rulesOut && c.required !== undefined) {
      issue(ctx, [...path, 'required'], 'remove required: only a criterion that asks for something (move, anyOf) can be required');
    } else if (rulesOut && c.weight !== undefined) {
      issue(ctx, [...path, 'weight'], 'remove weight: a criterion that rules something out has none (breaking it keeps the score under half marks)');
    }
  }

  return strict(
    {
      ...questionBase(),
      kind: z.literal('rewrite'),
      original: text('original', 'the sentence the learner rewrites'),
      modelAnswer: text('modelAnswer', 'a good rewrite, shown after the learner answers'),
      /** What a reply must be about; see `RewriteAbout`. Without it any reply is taken to be on topic. */
      about: z.optional(z.array(aboutEntry, { error: 'about must be a list of { id, label, anyOf }' })),
      criteria: list(criterion, 'criteria', 'a rewrite question needs at least 1 criterion', 1),
    },
    'a rewrite question',
  ).check(
    z.superRefine((q, ctx) => {
      uniqueIds(ctx, q.criteria, ['criteria'], 'criterion');
      if (q.about) uniqueIds(ctx, q.about, ['about'], 'about entry');
      q.criteria.forEach((c, index) => checkCriterion(ctx, c, ['criteria', index]));
      if (!q.criteria.some((c) => c.move !== undefined || (c.anyOf?.length ?? 0) > 0)) {
        issue(ctx, ['criteria'], 'a rewrite question needs at least one criterion that asks for something (move or anyOf)');
      }
    }),
  );
}

/** Rewrite what someone said; graded by the shared detectors and the question's criteria (engine/rewrite/). */
export const rewriteQuestionSchema = /* @__PURE__ */ rewriteQuestion();

export const rewriteResponseSchema = /* @__PURE__ */ z.object({ kind: z.literal('rewrite'), text: z.string() });
