import * as z from 'zod/mini';
import { findConversationProblems } from '../conversation-graph.ts';
import { walkConversation } from '../conversation-walk.ts';
import { scoreConversation } from '../score-conversation.ts';
import { conversationShapeSchema } from './conversation-schema.ts';
import type { KindRules } from './kind-rules.ts';
import { issue } from './schema-parts.ts';

function withGraphRules() {
  return conversationShapeSchema.check(
    z.superRefine((q, ctx) => {
      for (const problem of findConversationProblems(q)) issue(ctx, [...problem.path], problem.message);
    }),
  );
}

/**
 * The conversation question's schema (conversation-schema.ts) with the graph's rules: every target exists, no loop,
 * everything reachable from start, the best path wins the customer back. They use the walk, which is typed from the
 * schema, so they are added here rather than there.
 */
export const conversationQuestionSchema = /* @__PURE__ */ withGraphRules();

/**
 * A branching conversation: a reply at each step. Reply ids repeat from node to node, so only a walk of the path
 * says whether it reached an ending; the replies' display order is per node (the engine's `replyOrder`).
 */
export const conversation: KindRules<'conversation'> = {
  kind: 'conversation',
  score: scoreConversation,
  isAnswered: (response, question) => walkConversation(question, response.path).valid,
  displayOrder: () => [],
  codec: {
    pack: (_question, response) => response.path.join(' '),
    unpack: (_question, packed) => ({ kind: 'conversation', path: packed ? packed.split(' ') : [] }),
  },
  live: {
    // A phone answers with the first reply only; the room walks the rest together.
    accept: (question, response) => {
      const start = question.nodes.find((node) => node.id === question.start);
      const [first] = response.path;
      return response.path.length === 1 && first !== undefined && start?.responses.some((reply) => reply.id === first) ? { kind: 'conversation', path: [first] } : null;
    },
    tallyKeys: (response) => response.path.slice(0, 1),
  },
  lms: {
    // SCORM 1.2 has no "other": performance, the path of steps taken.
    format2004: (_question, response) => ({ type: 'other', response: response.path.join(' ').slice(0, 4000) }),
    format12: (_question, response) => ({ type: 'performance', response: response.path.join(',').slice(0, 255) }),
    components: () => ({}),
  },
};
