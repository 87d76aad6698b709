import { LIVE_REWRITE_CHARS } from '../../../engine/index.ts';
import type { PhoneView } from '../view-types.ts';

/** A rewrite typed on the phone: the trainer reads them and may show one; nothing is counted or compared. */
export const phone: PhoneView<'rewrite'> = {
  Input: ({ question, response, onChange, locked }) => (
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
        maxLength={LIVE_REWRITE_CHARS}
        value={response?.text ?? ''}
        onChange={(event) => onChange({ kind: 'rewrite', text: event.target.value })}
      />
    </fieldset>
  ),
  choices: () => [],
  verdict: () => null,
  tally: null,
};
