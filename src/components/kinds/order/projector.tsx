import { LetteredList } from '../projector-parts.tsx';
import { roomOrder } from '../shared.tsx';
import type { ProjectorView } from '../view-types.ts';

/** Steps in order: the room's scrambled, lettered list, then the right order and why. */
export const projector: ProjectorView<'order'> = {
  Body: ({ question, revealed, heading }) =>
    revealed ? (
      <>
        {heading}
        <ol className="workshop__order">
          {question.items.map((item) => (
            <li key={item.id}>{item.text}</li>
          ))}
        </ol>
      </>
    ) : (
      <>
        <p className="workshop__hint">Put these in the best order.</p>
        <LetteredList items={roomOrder(question, question.items)} />
      </>
    ),
  revealSteps: (question) => [{ id: 'order', title: 'Why this order', body: question.feedback }],
  pagedItems: () => 0,
};
