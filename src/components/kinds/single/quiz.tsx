import { creditLabel } from '../../ui/credit-label.ts';
import { byOrder } from '../shared.tsx';
import type { QuizView } from '../view-types.ts';

/** Choose the best response: radios in a fieldset whose legend is the question; feedback on every option. */
export const quiz: QuizView<'single'> = {
  nudge: 'Choose an answer first.',
  Input: ({ question, order, response, onChange, locked, legendId }) => {
    const choice = response?.choice;
    return (
      <fieldset className="question__fieldset" disabled={locked}>
        <legend id={legendId} className="question__legend" tabIndex={-1}>
          {question.prompt}
        </legend>
        <p className="question__hint">Choose the best response.</p>
        <div className="choices">
          {byOrder(question.options, order).map((option) => (
            <label key={option.id} className="choice">
              <input type="radio" name={question.id} value={option.id} checked={choice === option.id} onChange={() => onChange({ kind: 'single', choice: option.id })} />
              <span>{option.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  },
  Feedback: ({ question, response, order }) => {
    const chosen = response?.choice;
    const options = byOrder(question.options, order.length ? order : question.options.map((o) => o.id));
    return (
      <ul className="feedback__list">
        {options.map((option) => (
          <li key={option.id} className={option.id === chosen ? 'feedback__item feedback__item--chosen' : 'feedback__item'}>
            <p>
              <span className={`tag tag--${creditLabel(option.credit).toLowerCase().replace(' ', '-')}`}>{creditLabel(option.credit)}</span>
              {option.id === chosen ? <span className="tag tag--yours">Your answer</span> : null} {option.text}
            </p>
            <p className="feedback__why">{option.feedback}</p>
          </li>
        ))}
      </ul>
    );
  },
};
