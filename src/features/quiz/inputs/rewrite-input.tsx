import type { RewriteQuestion } from '../../../engine/index.ts';
import type { InputProps } from './types.ts';

export function RewriteInput({ question, response, onChange, locked, legendId }: InputProps<RewriteQuestion>) {
  const text = response?.text ?? '';
  return (
    <fieldset className="question__fieldset" disabled={locked}>
      <legend id={legendId} className="question__legend" tabIndex={-1}>
        {question.prompt}
      </legend>
      <figure className="rewrite-original">
        <figcaption>The original</figcaption>
        <blockquote>{question.original}</blockquote>
      </figure>
      <label htmlFor={`${question.id}-text`} className="field-label">
        Your rewrite
      </label>
      <textarea
        id={`${question.id}-text`}
        rows={4}
        value={text}
        onChange={(event) => onChange({ kind: 'rewrite', text: event.target.value })}
      />
    </fieldset>
  );
}
