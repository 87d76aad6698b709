import { Sorter } from '../../ui/sorter.tsx';
import { byOrder } from '../shared.tsx';
import type { QuizView } from '../view-types.ts';

/** Categorizing by select-then-place: choose an item, then the category it belongs in (no drag). */
export const quiz: QuizView<'categorize'> = {
  nudge: 'Choose a category for every item first.',
  Input: ({ question, order, response, onChange, locked, legendId }) => {
    const placements = response?.placements ?? {};
    const place = (itemId: string, category: string | undefined) => {
      const next = { ...placements };
      if (category) next[itemId] = category;
      else delete next[itemId];
      onChange({ kind: 'categorize', placements: next });
    };
    return (
      <fieldset className="question__fieldset" disabled={locked}>
        <legend id={legendId} className="question__legend" tabIndex={-1}>
          {question.prompt}
        </legend>
        <Sorter items={byOrder(question.items, order)} groups={question.categories} placements={placements} onPlace={place} disabled={locked} />
      </fieldset>
    );
  },
  Feedback: ({ question, response }) => {
    const label = (id?: string) => question.categories.find((c) => c.id === id)?.label ?? 'not sorted';
    const placements = response?.placements;
    return (
      <ul className="feedback__list">
        {question.items.map((item) => {
          const right = placements?.[item.id] === item.category;
          return (
            <li key={item.id} className="feedback__item">
              <p>
                <span className={`tag ${right ? 'tag--best-answer' : 'tag--harmful'}`}>{right ? 'Right' : 'Not quite'}</span> {item.text}{' '}
                <span className="feedback__placed">
                  (you chose <em>{label(placements?.[item.id])}</em>
                  {right ? '' : `; it belongs in ${label(item.category)}`})
                </span>
              </p>
              <p className="feedback__why">{item.feedback}</p>
            </li>
          );
        })}
      </ul>
    );
  },
};
