import type { ProjectorView } from '../view-types.ts';

/** Saying it better: the original, then a model answer and what makes a good rewrite. */
export const projector: ProjectorView<'rewrite'> = {
  Body: ({ question, revealed, heading }) => (
    <>
      <figure className="workshop__original">
        <figcaption>Say this better:</figcaption>
        <blockquote>“{question.original}”</blockquote>
      </figure>
      {revealed ? (
        <>
          {heading}
          <figure className="workshop__original workshop__original--model">
            <figcaption>A model answer:</figcaption>
            <blockquote>“{question.modelAnswer}”</blockquote>
          </figure>
        </>
      ) : null}
    </>
  ),
  revealSteps: (question) => question.criteria.map((criterion) => ({ id: criterion.id, title: `A good rewrite: ${criterion.label}`, body: criterion.feedback })),
  pagedItems: () => 0,
};
