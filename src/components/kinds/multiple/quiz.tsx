import { byOrder } from '../shared.tsx';
import type { QuizView } from '../view-types.ts';

/** Select all that apply: checkboxes; feedback says which should and should not be selected. */
export const quiz: QuizView<'multiple'> = {
  nudge: 'Select at least one answer first.',
  Input: ({ question, order, response, onChange, locked, legendId }) => {
    const choices = response?.choices ?? [];
    const toggle = (id: string, on: boolean) => onChange({ kind: 'multiple', choices: on ? [...choices, id] : choices.filter((c) => c !== id) });
    return (
      <fieldset className="question__fieldset" disabled={locked}>
        <legend id={legendId} className="question__legend" tabIndex={-1}>
          {question.prompt}
        </legend>
        <p className="question__hint">Select all that apply.</p>
        <div className="choices">
          {byOrder(question.options, order).map((option) => (
            <label key={option.id} className="choice">
              <input
                type="checkbox"
                name={question.id}
                value={option.id}
                checked={choices.includes(option.id)}
                onChange={(event) => toggle(option.id, event.target.checked)}
              />
              <span>{option.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  },
  Feedback: ({ question, response, order }) => {
    const chosen = response?.choices ?? [];
    return (
      <ul className="feedback__list">
        {byOrder(question.options, order.length ? order : question.options.map((o) => o.id)).map((option) => (
          <li key={option.id} className={chosen.includes(option.id) ? 'feedback__item feedback__item--chosen' : 'feedback__item'}>
            <p>
              <span className={`tag ${option.correct ? 'tag--best-answer' : 'tag--harmful'}`}>{option.correct ? 'Should be selected' : 'Should not be selected'}</span>
              {chosen.includes(option.id) ? <span className="tag tag--yours">You selected</span> : null} {option.text}
            </p>
            <p className="feedback__why">{option.feedback}</p>
          </li>
        ))}
      </ul>
    );
  },
};
