import { replyOrder, ROOM_SEED, type ConversationQuestion } from '../../../engine/index.ts';
import { PhoneChoices } from '../phone-parts.tsx';
import type { Choice, PhoneView } from '../view-types.ts';

/** The first replies, in the room's order: the room answers the customer's opening line. */
function choices(question: ConversationQuestion): Choice[] {
  const start = question.nodes.find((node) => node.id === question.start);
  if (!start) return [];
  const top = Math.max(...start.responses.map((reply) => reply.points));
  return replyOrder(question, start, ROOM_SEED).map((reply) => ({ id: reply.id, text: reply.text, best: reply.points === top }));
}

/** A conversation's first reply; right for a best-scoring one. */
export const phone: PhoneView<'conversation'> = {
  Input: ({ question, response, onChange, locked }) => (
    <PhoneChoices
      name={question.id}
      prompt={question.prompt}
      customer={question.nodes.find((node) => node.id === question.start)?.customer}
      hint="Choose your first reply."
      choices={choices(question)}
      several={false}
      picked={(id) => response?.path[0] === id}
      onPick={(id) => onChange({ kind: 'conversation', path: [id] })}
      locked={locked}
    />
  ),
  choices,
  verdict: (question, response) => (choices(question).find((choice) => choice.id === response.path[0])?.best ? 'right' : 'wrong'),
  tally: { caption: 'The room’s answers', bestLabel: 'Keyed answer' },
};
