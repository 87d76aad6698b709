import { useEffect, useRef, type RefObject } from 'react';
import { bestConversationPath, replyOrder, walkConversation, type ConversationQuestion, type ConversationStep } from '../../../engine/index.ts';
import type { InputProps, QuizView } from '../view-types.ts';

const OUTCOME_LABEL = { recovered: 'Recovered', escalated: 'Escalated', lost: 'Customer lost' } as const;

/** A branching dialogue: the learner picks a reply at each turn until the conversation reaches an ending. */
function ConversationInput({ question, seed, response, onChange, locked, legendId }: InputProps<'conversation'>) {
  const path = response?.path ?? [];
  const walk = walkConversation(question, path);
  const lastNext = walk.steps.at(-1)?.response.next;
  const current = walk.ending ? undefined : question.nodes.find((node) => node.id === (lastNext ?? question.start));
  // The reply chosen but not yet sent is part of the saved response, so a reload keeps it.
  const selected = response?.pending ?? '';
  const setSelected = (id: string) => onChange({ kind: 'conversation', path, ...(id ? { pending: id } : {}) });
  // After a reply the customer's next line (or the ending) takes focus, so keyboard and screen-reader users
  // hear the answer to what they said instead of landing on the page body.
  const lineRef = useRef<HTMLElement>(null);
  const replied = useRef(false);
  useEffect(() => {
    if (!replied.current) return;
    replied.current = false;
    lineRef.current?.focus();
    lineRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [path.length]);

  const reply = () => {
    if (!selected) return;
    replied.current = true;
    onChange({ kind: 'conversation', path: [...walk.steps.map((step) => step.response.id), selected] });
  };

  return (
    <div className="conversation">
      <p id={legendId} className="question__legend" tabIndex={-1}>
        {question.prompt}
      </p>
      <ol className="transcript" aria-label="The conversation so far">
        {walk.steps.map((step) => (
          <li key={step.node.id} className="transcript__turn">
            <p className="bubble bubble--customer">
              <span className="bubble__who">Customer: </span>
              {step.node.customer}
            </p>
            <p className="bubble bubble--you">
              <span className="bubble__who">You: </span>
              {step.response.text}
            </p>
          </li>
        ))}
      </ol>
      {current && !locked ? (
        <fieldset className="question__fieldset">
          <legend className="bubble bubble--customer" ref={lineRef as RefObject<HTMLLegendElement>} tabIndex={-1}>
            <span className="bubble__who">Customer: </span>
            {current.customer}
          </legend>
          <p className="question__hint">Choose your reply.</p>
          <div className="choices">
            {replyOrder(question, current, seed).map((option) => (
              <label key={option.id} className="choice">
                <input
                  type="radio"
                  name={`${question.id}-${current.id}`}
                  value={option.id}
                  checked={selected === option.id}
                  onChange={() => setSelected(option.id)}
                />
                <span>{option.text}</span>
              </label>
            ))}
          </div>
          <button type="button" className="button button--secondary" onClick={reply} disabled={!selected}>
            Reply
          </button>
        </fieldset>
      ) : null}
      {walk.ending ? (
        <p
          className={`conversation__ending conversation__ending--${walk.ending.outcome}`}
          ref={lineRef as RefObject<HTMLParagraphElement>}
          tabIndex={-1}
        >
          <strong>{OUTCOME_LABEL[walk.ending.outcome]}:</strong> {walk.ending.text}
        </p>
      ) : null}
      {path.length > 0 && !locked ? (
        <button type="button" className="button button--secondary button--small" onClick={() => onChange(undefined)}>
          Start the conversation over
        </button>
      ) : null}
    </div>
  );
}

/** One side of the review: the customer's line at each step, then the reply, then how it ended. */
function Transcript({ steps, showFeedback }: { steps: readonly ConversationStep[]; showFeedback: boolean }) {
  return (
    <ol className="feedback__path">
      {steps.map((step) => (
        <li key={step.node.id}>
          <p className="feedback__customer">
            <span className="feedback__who">Customer: </span>
            {step.node.customer}
          </p>
          <p>
            <span className="feedback__who">You: </span>“{step.response.text}” <span className="tag">{step.response.points} pts</span>
          </p>
          {showFeedback ? <p className="feedback__why">{step.response.feedback}</p> : null}
        </li>
      ))}
    </ol>
  );
}

/** "Your path vs best path": both dialogues in full, with the customer's lines between the replies. */
function ConversationFeedback({ question, path }: { question: ConversationQuestion; path: readonly string[] }) {
  const yours = walkConversation(question, path);
  const best = bestConversationPath(question);
  const bestWalk = walkConversation(question, best.path);
  const same = best.path.join() === path.join();
  return (
    <div className="feedback__columns">
      <div>
        <p className="feedback__heading">Your path</p>
        <Transcript steps={yours.steps} showFeedback />
        {yours.ending ? (
          <p>
            <strong>{OUTCOME_LABEL[yours.ending.outcome]}:</strong> {yours.ending.text}
          </p>
        ) : null}
      </div>
      <div>
        <p className="feedback__heading">{same ? 'You took the best path.' : 'The best path'}</p>
        {same ? null : <Transcript steps={bestWalk.steps} showFeedback={false} />}
        {!same && bestWalk.ending ? (
          <p>
            <strong>{OUTCOME_LABEL[bestWalk.ending.outcome]}:</strong> {bestWalk.ending.text}
          </p>
        ) : null}
      </div>
    </div>
  );
}

/** A branching conversation: a reply at each turn; feedback sets the learner's path beside the best one. */
export const quiz: QuizView<'conversation'> = {
  nudge: 'Finish the conversation first.',
  Input: ConversationInput,
  Feedback: ({ question, response }) => <ConversationFeedback question={question} path={response?.path ?? []} />,
};
