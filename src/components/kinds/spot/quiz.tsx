import type { QuizView } from '../view-types.ts';
import { PhraseMarker } from './marker.tsx';

/** Spot the trouble: mark the phrases of a reply that cause the breakdown; feedback says why for every phrase. */
export const quiz: QuizView<'spot'> = {
  nudge: 'Mark at least one phrase first.',
  Input: ({ question, response, onChange, locked, legendId }) => (
    <fieldset className="question__fieldset" disabled={locked}>
      <legend id={legendId} className="question__legend" tabIndex={-1}>
        {question.prompt}
      </legend>
      <p className="question__hint">Press each phrase that causes the breakdown; press it again to unmark it.</p>
      <PhraseMarker question={question} marked={response?.marked ?? []} onChange={(marked) => onChange({ kind: 'spot', marked })} locked={locked} />
    </fieldset>
  ),
  Feedback: ({ question, response }) => {
    const marked = response?.marked ?? [];
    return (
      <ul className="feedback__list">
        {question.phrases.map((phrase) => (
          <li key={phrase.id} className={marked.includes(phrase.id) ? 'feedback__item feedback__item--chosen' : 'feedback__item'}>
            <p>
              <span className={`tag ${phrase.harmful ? 'tag--harmful' : 'tag--best-answer'}`}>{phrase.harmful ? 'Causes the breakdown' : 'Fine'}</span>
              {marked.includes(phrase.id) ? <span className="tag tag--yours">You marked</span> : null} “{phrase.text}”
            </p>
            <p className="feedback__why">{phrase.feedback}</p>
          </li>
        ))}
      </ul>
    );
  },
};
