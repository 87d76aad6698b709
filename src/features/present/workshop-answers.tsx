import type { Question } from '../../engine/index.ts';
import { projectorView } from '../../components/kinds/projector-views.ts';
import { pageSpan, pagesFor } from '../../components/kinds/projector-parts.tsx';
import { roomLetter as letter } from '../../components/kinds/shared.tsx';
import type { RevealStep } from '../../components/kinds/view-types.ts';

/**
 * A question as the room sees it, before and after "Reveal answer". Nothing is scored or saved: the room
 * discusses, the trainer reveals. A revealed answer is explained one point at a time (why each option is right or
 * wrong, each step of the best conversation, then the discussion prompt), so every point is as large as the
 * question itself on a projector: the trainer clicks the option the room chose, or presses R for the next point.
 * What each kind shows is its projector view (components/kinds/); this file holds what every kind shares.
 */

export type { RevealStep };

/** The points of a question's revealed answer, in the order R steps through them: the keyed answer first, the discussion last. */
export function revealSteps(question: Question): RevealStep[] {
  const list = projectorView(question).revealSteps(question);
  if (question.discussion) list.push({ id: 'discussion', title: 'Talk it over', body: question.discussion });
  return list;
}

/** How many items the room reads before the reveal, a page at a time (0: the question is not paged). */
export const pagedItems = (question: Question): number => projectorView(question).pagedItems(question);

/** How many pages the room's list of items takes before the reveal (categorize questions can be long). */
export const itemPages = (question: Question): number => pagesFor(pagedItems(question));

/** The step of the answer on show. A live region, so a screen reader hears each one as the trainer moves on. */
export function AnswerPanel({ step }: { step: RevealStep | undefined }) {
  if (!step) return null;
  return (
    <div className={`workshop__explain${step.tone ? ` workshop__explain--${step.tone}` : ''}`} aria-live="polite">
      <p className="workshop__explain-title">{step.title}</p>
      {step.quote ? <p className="workshop__explain-quote">{step.quote}</p> : null}
      <p className="workshop__explain-body">{step.body}</p>
    </div>
  );
}

/** For the control bar: step through the answer's points (R does the same). */
export function RevealStepButtons({ index, count, onSelect }: { index: number; count: number; onSelect: (index: number) => void }) {
  if (count < 2) return null;
  return (
    <div className="deck-bar__group" role="group" aria-label="Answer points">
      <button type="button" className="deck-bar__button" onClick={() => onSelect((index - 1 + count) % count)}>
        Previous point
      </button>
      <span className="deck-bar__step">
        Point {index + 1} of {count}
      </span>
      <button type="button" className="deck-bar__button" onClick={() => onSelect((index + 1) % count)}>
        Next point
      </button>
    </div>
  );
}

/** For the control bar: the pages of a long list of items. */
export function PageButtons({ page, pages, total, onSelect }: { page: number; pages: number; total: number; onSelect: (page: number) => void }) {
  if (pages < 2) return null;
  const { start, end } = pageSpan(total, page, pages);
  return (
    <div className="deck-bar__group" role="group" aria-label="Items">
      <button type="button" className="deck-bar__button" onClick={() => onSelect(page - 1)} disabled={page === 0}>
        Previous items
      </button>
      <span className="deck-bar__step">
        {letter(start)}–{letter(end - 1)} of {total}
      </span>
      <button type="button" className="deck-bar__button" onClick={() => onSelect(page + 1)} disabled={page >= pages - 1}>
        Next items
      </button>
    </div>
  );
}
