import { useState } from 'react';
import type { Question } from '../../engine/index.ts';
import { letter, roomChoices } from './tally.ts';

/**
 * A phone's answer to the open question, with the quiz's accessible inputs: native radios or checkboxes in a
 * fieldset whose legend is the question, "Move up" / "Move down" for ordering, a labelled text box for a
 * rewrite. Options carry the letters the projector shows.
 */
export function ParticipantInput({
  question,
  response,
  onChange,
  locked,
}: {
  question: Question;
  response: unknown;
  onChange: (response: unknown) => void;
  locked: boolean;
}) {
  const choices = roomChoices(question);
  const r = (response ?? {}) as { choice?: string; choices?: string[]; order?: string[]; path?: string[]; text?: string };
  const [announcement, setAnnouncement] = useState('');

  switch (question.kind) {
    case 'single':
    case 'multiple':
    case 'conversation': {
      const multiple = question.kind === 'multiple';
      const start = question.kind === 'conversation' ? question.nodes.find((node) => node.id === question.start) : undefined;
      const picked = (id: string) => (multiple ? (r.choices ?? []).includes(id) : question.kind === 'conversation' ? r.path?.[0] === id : r.choice === id);
      const pick = (id: string, on: boolean) => {
        if (question.kind === 'single') onChange({ kind: 'single', choice: id });
        else if (question.kind === 'conversation') onChange({ kind: 'conversation', path: [id] });
        else onChange({ kind: 'multiple', choices: on ? [...(r.choices ?? []), id] : (r.choices ?? []).filter((c) => c !== id) });
      };
      return (
        <fieldset className="live-fieldset" disabled={locked}>
          <legend className="live-legend">{question.prompt}</legend>
          {start ? (
            <p className="live-customer">
              <strong>Customer:</strong> {start.customer}
            </p>
          ) : null}
          <p className="live-hint">{multiple ? 'Select all that apply.' : question.kind === 'conversation' ? 'Choose your first reply.' : 'Choose the best response.'}</p>
          <div className="live-choices">
            {choices.map((choice, i) => (
              <label key={choice.id} className="live-choice">
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={question.id}
                  value={choice.id}
                  checked={picked(choice.id)}
                  onChange={(event) => pick(choice.id, event.target.checked)}
                />
                <span>
                  <span className="live-choice__letter">{letter(i)}.</span> {choice.text}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'order': {
      const order = r.order ?? choices.map((choice) => choice.id);
      const byId = new Map(choices.map((choice) => [choice.id, choice]));
      const items = order.flatMap((id) => byId.get(id) ?? []);
      const move = (index: number, delta: -1 | 1) => {
        const target = index + delta;
        if (locked || target < 0 || target >= items.length) return;
        const next = items.map((item) => item.id);
        [next[index], next[target]] = [next[target]!, next[index]!];
        onChange({ kind: 'order', order: next });
        setAnnouncement(`${items[index]!.text} moved to position ${target + 1} of ${items.length}.`);
      };
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
                  <button type="button" className="button button--secondary" aria-describedby={`live-${item.id}`} aria-disabled={index === 0} onClick={() => move(index, -1)}>
                    Move up
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-describedby={`live-${item.id}`}
                    aria-disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    Move down
                  </button>
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
    case 'rewrite':
      return (
        <fieldset className="live-fieldset" disabled={locked}>
          <legend className="live-legend">{question.prompt}</legend>
          <figure className="live-original">
            <figcaption>The original</figcaption>
            <blockquote>{question.original}</blockquote>
          </figure>
          <label htmlFor={`live-${question.id}-text`} className="live-label">
            Your rewrite
          </label>
          <textarea
            id={`live-${question.id}-text`}
            rows={4}
            maxLength={600}
            value={r.text ?? ''}
            onChange={(event) => onChange({ kind: 'rewrite', text: event.target.value })}
          />
        </fieldset>
      );
    default:
      return (
        <div>
          <p className="live-legend">{question.prompt}</p>
          <p className="live-hint">This one is for discussion: look at the screen and talk it over.</p>
        </div>
      );
  }
}
