import { MoveButtons, useMoves } from './moves.tsx';
import type { OrderQuestion } from '../../../engine/index.ts';
import { roomLetter as letter, roomOrder } from '../shared.tsx';
import type { Choice, PhoneInputProps, PhoneView } from '../view-types.ts';

const choices = (question: OrderQuestion): Choice[] => roomOrder(question, question.items).map((item) => ({ id: item.id, text: item.text, best: false }));

/**
 * "Move up" / "Move down" for each step, first at the top. A phone starts from the items as the relay sent them:
 * before the reveal that is the room's order, never the keyed one (the relay's `withoutKey`).
 */
function OrderInput({ question, response, onChange, locked }: PhoneInputProps<'order'>) {
  const all = question.items.map((item) => ({ id: item.id, text: item.text }));
  const order = response?.order ?? all.map((choice) => choice.id);
  const byId = new Map(all.map((choice) => [choice.id, choice]));
  const items = order.flatMap((id) => byId.get(id) ?? []);
  const { move, announcement } = useMoves(items, locked, (next) => onChange({ kind: 'order', order: next }));
  return (
    <fieldset className="live-fieldset" disabled={locked}>
      <legend className="live-legend">{question.prompt}</legend>
      <p className="live-hint">Put the steps in order, first at the top. Use the Move up and Move down buttons.</p>
      <ol className="live-order">
        {items.map((item, index) => (
          <li key={item.id} className="live-order__item">
            <span id={`live-${item.id}`} className="live-order__text">
              {item.text}
            </span>
            <span className="live-order__buttons">
              <MoveButtons index={index} count={items.length} describedBy={`live-${item.id}`} className="button button--secondary" onMove={move} />
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}

/** Steps in order; right only for the keyed order, which the phone lists after the reveal. */
export const phone: PhoneView<'order'> = {
  Input: OrderInput,
  choices,
  verdict: (question, response) => (response.order.join(',') === question.items.map((item) => item.id).join(',') ? 'right' : 'wrong'),
  KeyedAnswer: ({ question }) => (
    <ol>
      {question.items.map((item) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ol>
  ),
  tally: {
    caption: 'Orders the room sent',
    bestLabel: 'Right order',
    // The orders the room sent, most common first, each as its letters.
    bars: (question, tally, roomChoices) => {
      const letters = new Map(roomChoices.map((choice, i) => [choice.id, letter(i)]));
      const right = question.items.map((item) => item.id).join(',');
      return Object.entries(tally)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 6)
        .map(([key, count]) => ({
          key,
          label: key.split(',').map((id) => letters.get(id) ?? '?').join(' → '),
          text: '',
          count,
          best: key === right,
        }));
    },
  },
};
