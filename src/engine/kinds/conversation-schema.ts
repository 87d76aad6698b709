/**
 * The branching conversation and its response: one definition each, the types inferred (../types.ts). The graph's
 * rules (targets exist, no loops, all reachable, the best path recovers) need the walk, which is typed from this
 * schema, so they are added beside the kind's rules (conversation.ts, `conversationQuestionSchema`).
 */
import * as z from 'zod/mini';
import { feedback, list, questionBase, strict, text } from './schema-parts.ts';

function conversationShape() {
  const reply = strict(
    {
      /** Unique within its node; authors commonly reuse r1, r2… across nodes. */
      id: text('id', 'a reply id, unique within the question'),
      text: text('text', "the learner's reply"),
      points: z.number({ error: 'points is required: a number, 0 or more' }).check(z.gte(0, 'points must be 0 or more')),
      feedback: feedback('explain how the customer takes this reply'),
      /** Id of the next node, or of an ending. */
      next: text('next', 'the id of the next node or of an ending'),
    },
    'a reply: { id, text, points, feedback, next }',
  );
  const node = strict(
    {
      id: text('id', 'a node id, unique within the question'),
      /** The customer's line at this point of the dialogue. */
      customer: text('customer', "the customer's line"),
      responses: list(reply, 'responses', 'each node needs 2–4 responses', 2, 4),
    },
    'a node: { id, customer, responses }',
  );
  const ending = strict(
    {
      id: text('id', 'an ending id, unique within the question'),
      outcome: z.enum(['recovered', 'escalated', 'lost'], { error: 'outcome must be recovered, escalated or lost' }),
      text: text('text', 'what happened in the end'),
    },
    'an ending: { id, outcome, text }',
  );
  return strict(
    {
      ...questionBase(),
      kind: z.literal('conversation'),
      /** Id of the first node. */
      start: text('start', 'the id of the first node'),
      nodes: list(node, 'nodes', 'a conversation needs at least 1 node', 1),
      endings: list(ending, 'endings', 'a conversation needs at least 1 ending', 1),
    },
    'a conversation question',
  );
}

/** A branching conversation's fields, without the graph's rules (see above). */
export const conversationShapeSchema = /* @__PURE__ */ conversationShape();

export const conversationResponseSchema = /* @__PURE__ */ z.object({
  kind: z.literal('conversation'),
  /** Reply ids chosen, in order; each is looked up among the replies of the node reached so far. */
  path: z.array(z.string()),
  /** A reply chosen at the current step but not yet sent (kept so a reload does not lose it; never scored). */
  pending: z.optional(z.string()),
});
