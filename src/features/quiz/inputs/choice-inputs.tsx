import type { MultipleQuestion, SingleQuestion } from '../../../engine/index.ts';
import { byOrder, type InputProps } from './types.ts';

export function SingleInput({ question, order, response, onChange, locked, legendId }: InputProps<SingleQuestion>) {
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
            <input
              type="radio"
              name={question.id}
              value={option.id}
              checked={choice === option.id}
              onChange={() => onChange({ kind: 'single', choice: option.id })}
            />
            <span>{option.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function MultipleInput({ question, order, response, onChange, locked, legendId }: InputProps<MultipleQuestion>) {
  const choices = response?.choices ?? [];
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...choices, id] : choices.filter((c) => c !== id);
    onChange({ kind: 'multiple', choices: next });
  };
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
}
