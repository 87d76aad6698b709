import { shuffle } from '../random.ts';
import { scoreOrder } from '../score-order.ts';
import type { OrderQuestion } from '../types.ts';
import { codeOf, described, idsOfCode, scormChar, scormChars, type KindRules, unique } from './kind-rules.ts';
import type { Rng } from '../random.ts';

const itemIds = (question: OrderQuestion) => question.items.map((i) => i.id);

/**
 * A uniform shuffle conditioned on not being the correct order (rejection sampling, so every wrong order is
 * equally likely): presenting the answer would be a giveaway, and "left as shown" would score full marks.
 */
function scrambled(correct: readonly string[], rng: Rng): string[] {
  if (correct.length < 2) return [...correct];
  for (;;) {
    const out = shuffle(correct, rng);
    if (out.some((id, index) => id !== correct[index])) return out;
  }
}

/**
 * Put the steps in order. Answered only once the learner has arranged it: the order first shown is never
 * correct, and leaving it as shown is not an answer.
 */
export const order: KindRules<'order'> = {
  kind: 'order',
  score: scoreOrder,
  isAnswered: (response) => response.order.length > 0,
  displayOrder: (question, rng) => scrambled(itemIds(question), rng),
  codec: {
    pack: (question, response) => response.order.map((id) => codeOf(itemIds(question), id)).join(''),
    unpack: (question, packed) => ({ kind: 'order', order: idsOfCode(itemIds(question), packed) }),
  },
  live: {
    // Counted as a whole order ("id,id,id"): the room sees which orders it sent.
    accept: (question, response) => {
      const ids = itemIds(question);
      const ok = response.order.length === ids.length && unique(response.order) && response.order.every((item) => ids.includes(item));
      return ok ? { kind: 'order', order: response.order } : null;
    },
    tallyKeys: (response) => [response.order.join(',')],
    // Listed in the keyed order, the items would give the answer away: phones get them in the room's order (never
    // the keyed one), the order the projector shows and the phone starts from.
    beforeReveal: (question, roomOrder) => {
      const byId = new Map(question.items.map((item) => [item.id, item]));
      return { ...question, items: roomOrder.flatMap((id) => byId.get(id) ?? []) };
    },
  },
  lms: {
    format2004: (question, response) => ({ type: 'sequencing', response: response.order.join('[,]'), correct: itemIds(question).join('[,]') }),
    format12: (question, response) => {
      const ids = itemIds(question);
      return { type: 'sequencing', response: scormChars(response.order, ids).join(','), correct: ids.map((_, i) => scormChar(i)).join(',') };
    },
    components: (question) => ({ choices: question.items.map((i) => described(i.id, i.text)) }),
  },
};
