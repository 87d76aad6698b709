import { walkConversation } from '../conversation-walk.ts';
import { scoreConversation } from '../score-conversation.ts';
import type { KindRules } from './kind-rules.ts';

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
