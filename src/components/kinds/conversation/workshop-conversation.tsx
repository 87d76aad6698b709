import { useEffect, useRef, useState } from 'react';
import {
  percentOf,
  replyOrder,
  ROOM_SEED,
  scoreConversation,
  walkConversation,
  type ConversationOutcome,
  type ConversationQuestion,
} from '../../../engine/index.ts';
import { pointsLabel } from '../shared.tsx';

/** How a conversation ended, as the room reads it. */
export const OUTCOME: Record<ConversationOutcome, string> = { recovered: 'Customer recovered', escalated: 'Escalated', lost: 'Customer lost' };

/**
 * A branching conversation, walked by the room one customer line at a time: the trainer presses the reply the
 * room picks, everyone sees its feedback and points, then the customer's next line, until an ending. The whole
 * exchange stays on screen as a transcript.
 */
export function WorkshopConversation({ question }: { question: ConversationQuestion }) {
  const [path, setPath] = useState<string[]>([]);
  const [moves, setMoves] = useState(0);
  const nowRef = useRef<HTMLDivElement>(null);
  const logRef = useRef<HTMLOListElement>(null);
  const walk = walkConversation(question, path);
  const nodes = new Map(question.nodes.map((node) => [node.id, node]));
  const lastStep = walk.steps.at(-1);
  const current = walk.ending ? undefined : nodes.get(lastStep ? lastStep.response.next : question.start);
  const score = scoreConversation({ kind: 'conversation', path }, question);
  const percent = score.kind === 'points' ? percentOf(score.earned, score.total) : 0;

  // After a choice the buttons are gone: take focus to what happened next.
  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
    if (moves > 0) nowRef.current?.focus();
  }, [moves]);

  const choose = (replyId: string) => {
    setPath((p) => [...p, replyId]);
    setMoves((m) => m + 1);
  };
  const restart = () => {
    setPath([]);
    setMoves((m) => m + 1);
  };

  const restartButton = (
    <button type="button" className="deck-bar__button" onClick={restart}>
      Start again
    </button>
  );
  return (
    <div className="workshop-talk">
      {walk.steps.length > 0 ? (
        // The whole exchange so far, oldest first; a long one scrolls inside the slide, newest in view.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <ol className="workshop-talk__log" aria-label="The conversation so far" tabIndex={0} ref={logRef}>
          {walk.steps.map((step, i) => (
            <li key={`${step.node.id}-${i}`}>
              <p className="workshop-talk__customer">
                <span className="workshop-talk__who">Customer</span> “{step.node.customer}”
              </p>
              <p className="workshop-talk__reply">
                <span className="workshop-talk__who">The room said</span> “{step.response.text}”{' '}
                <span className="workshop-tag workshop-tag--accent">{pointsLabel(step.response.points)}</span>
              </p>
              {i === walk.steps.length - 1 ? <p className="workshop__why">{step.response.feedback}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
      <div className="workshop-talk__now" ref={nowRef} tabIndex={-1}>
        {current ? (
          <>
            <p className="workshop-talk__customer">
              <span className="workshop-talk__who">Customer</span> “{current.customer}”
            </p>
            <div className="workshop-talk__ask">
              <p className="workshop__hint" id={`${question.id}-replies`}>
                What do you say?
              </p>
              {path.length > 0 ? restartButton : null}
            </div>
          </>
        ) : null}
        {walk.ending ? (
          <p className="workshop-talk__ending">
            <strong>{OUTCOME[walk.ending.outcome]}.</strong> {walk.ending.text}{' '}
            <span className="workshop-talk__total">
              The room’s conversation scores {percent}% (the best path scores 100%).
            </span>{' '}
            {restartButton}
          </p>
        ) : null}
      </div>
      {current ? (
        <div className="workshop-talk__replies" role="group" aria-labelledby={`${question.id}-replies`}>
          {replyOrder(question, current, ROOM_SEED).map((reply) => (
            <button key={reply.id} type="button" className="workshop-talk__choice" onClick={() => choose(reply.id)}>
              {reply.text}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
