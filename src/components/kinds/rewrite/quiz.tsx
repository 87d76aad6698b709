import { evaluateRewrite, HARMFUL_MOVE_INFO, rewriteDoubts } from '../../../engine/index.ts';
import type { FeedbackProps, QuizView } from '../view-types.ts';

function RewriteFeedback({ question, response }: FeedbackProps<'rewrite'>) {
  const r = { text: response?.text };
  const evaluation = evaluateRewrite(r.text ?? '', question);
  // Harmful moves a criterion already names are shown on that criterion; the rest get their own list.
  const named = new Set(question.criteria.map((criterion) => criterion.avoid));
  const otherHarm = evaluation.harmful.filter((found) => !named.has(found.move));
  const doubts = r.text ? rewriteDoubts(question, evaluation) : [];
  return (
    <div>
      {r.text ? (
        <p>
          <span className="feedback__heading">Your rewrite: </span>“{r.text}”
        </p>
      ) : null}
      {doubts.length > 0 ? (
        <div className="feedback__unsure" role="note" aria-label="The grader is not sure">
          <p>
            <span className="feedback__heading">Not a clear-cut one: </span>
            {doubts.join('; and ')}. Read your words beside the model answer and the checklist below; a trainer may
            see it differently. The score follows the checklist.
          </p>
          <p>
            <span className="feedback__heading">A model answer: </span>“{question.modelAnswer}”
          </p>
        </div>
      ) : null}
      <ul className="feedback__list">
        {question.about?.length ? (
          <li className="feedback__item">
            <p>
              <span className={`tag ${evaluation.grounded ? 'tag--best-answer' : 'tag--harmful'}`}>{evaluation.grounded ? 'Met' : 'Not yet'}</span> Speaks
              to this customer’s situation
            </p>
            {evaluation.grounded ? null : (
              <p className="feedback__why">
                Your reply could be sent to any customer, so it earns nothing here. Name what happened or what you will do about it:{' '}
                {question.about.map((topic) => topic.label).join('; ')}.
              </p>
            )}
          </li>
        ) : null}
        {question.criteria.map((criterion) => {
          const result = evaluation.criteria.find((x) => x.id === criterion.id);
          return (
            <li key={criterion.id} className="feedback__item">
              <p>
                <span className={`tag ${result?.met ? 'tag--best-answer' : 'tag--harmful'}`}>{result?.met ? 'Met' : 'Not yet'}</span> {criterion.label}
                {result?.matchedBanned.length ? ` (you wrote: ${result.matchedBanned.map((w) => `“${w}”`).join(', ')})` : ''}
              </p>
              {result?.met ? null : <p className="feedback__why">{criterion.feedback}</p>}
            </li>
          );
        })}
      </ul>
      {otherHarm.length > 0 ? (
        <>
          <p className="feedback__heading">Words to change</p>
          <ul className="feedback__list">
            {otherHarm.map((found) => (
              <li key={found.move} className="feedback__item">
                <p>
                  <span className="tag tag--harmful">{HARMFUL_MOVE_INFO[found.move].label}</span> you wrote:{' '}
                  {found.words.map((w) => `“${w}”`).join(', ')}
                </p>
                <p className="feedback__why">{HARMFUL_MOVE_INFO[found.move].tip}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.text && evaluation.tooShort ? (
        <p className="feedback__why">That’s too short to do the job: write a full reply, as you would say it to the customer.</p>
      ) : null}
      <p>
        <span className="feedback__heading">A model answer: </span>“{question.modelAnswer}”
      </p>
    </div>
  );
}

/** Rewrite what someone said: a labelled text box under the original; feedback on each criterion and harm. */
export const quiz: QuizView<'rewrite'> = {
  nudge: 'Write your version of the sentence first.',
  Input: ({ question, response, onChange, locked, legendId }) => (
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
      <textarea id={`${question.id}-text`} rows={4} value={response?.text ?? ''} onChange={(event) => onChange({ kind: 'rewrite', text: event.target.value })} />
    </fieldset>
  ),
  Feedback: RewriteFeedback,
};
