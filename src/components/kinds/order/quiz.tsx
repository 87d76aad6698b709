import { byOrder } from '../shared.tsx';
import { MoveButtons, useMoves } from './moves.tsx';
import type { InputProps, QuizView } from '../view-types.ts';

/** Ordering without drag: each item has "Move up" and "Move down" buttons; every move is announced. */
function OrderInput({ question, order, response, onChange, locked, legendId }: InputProps<'order'>) {
  const items = byOrder(question.items, response?.order ?? order);

  const { move, announcement } = useMoves(items, locked, (next) => onChange({ kind: 'order', order: next }));

  return (
    <fieldset className="question__fieldset" disabled={locked}>
      <legend id={legendId} className="question__legend" tabIndex={-1}>
        {question.prompt}
      </legend>
      <p className="question__hint">Put the steps in order, first at the top. Use the Move up and Move down buttons.</p>
      <ol className="order-list">
        {items.map((item, index) => (
          <li key={item.id} className="order-item">
            <span className="order-item__position" aria-hidden="true">
              {index + 1}
            </span>
            <span className="order-item__text" id={`${question.id}-${item.id}`}>
              {item.text}
            </span>
            {locked ? null : (
              <span className="order-item__buttons">
                <MoveButtons index={index} count={items.length} describedBy={`${question.id}-${item.id}`} className="button button--secondary button--small" onMove={move} />
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}

/** Put the steps in order; feedback sets the learner's order beside the best one. */
export const quiz: QuizView<'order'> = {
  nudge: 'Put the items in order first: move at least one.',
  Input: OrderInput,
  Feedback: ({ question, response, order }) => {
    const yours = byOrder(question.items, response?.order ?? order);
    return (
      <div className="feedback__columns">
        <div>
          <p className="feedback__heading">Your order</p>
          <ol>
            {yours.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </div>
        <div>
          <p className="feedback__heading">The best order</p>
          <ol>
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </div>
        <p className="feedback__why">{question.feedback}</p>
      </div>
    );
  },
};
