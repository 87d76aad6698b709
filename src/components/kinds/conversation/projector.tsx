import { bestConversationPath, walkConversation } from '../../../engine/index.ts';
import { pointsLabel } from '../shared.tsx';
import type { RevealStep, ProjectorView } from '../view-types.ts';
import { OUTCOME, WorkshopConversation } from './workshop-conversation.tsx';

/** A branching conversation: the room walks it reply by reply, then the best path is revealed a step at a time. */
export const projector: ProjectorView<'conversation'> = {
  Body: ({ question, revealed, heading }) => (
    <>
      {/* Kept (hidden) once revealed, so the room's walk is not lost. */}
      <div hidden={revealed}>
        <WorkshopConversation key={question.id} question={question} />
      </div>
      {revealed ? (
        <>
          {heading}
          <p className="workshop__hint">The best path ({pointsLabel(bestConversationPath(question).points)})</p>
        </>
      ) : null}
    </>
  ),
  revealSteps: (question) => {
    const list: RevealStep[] = [];
    const walk = walkConversation(question, bestConversationPath(question).path);
    walk.steps.forEach((step, i) => {
      list.push({
        id: step.node.id,
        title: `Step ${i + 1} of ${walk.steps.length}`,
        body: (
          <>
            <span className="workshop-talk__line">
              <span className="workshop-talk__who">Customer</span> “{step.node.customer}”
            </span>
            <span className="workshop-talk__line">
              <span className="workshop-talk__who">You</span> “{step.response.text}”{' '}
              <span className="workshop-tag workshop-tag--accent">{pointsLabel(step.response.points)}</span>
            </span>
          </>
        ),
      });
    });
    if (walk.ending) list.push({ id: 'ending', title: OUTCOME[walk.ending.outcome], body: walk.ending.text, tone: 'good' });
    return list;
  },
  pagedItems: () => 0,
};
