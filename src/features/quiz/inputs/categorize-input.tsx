import type { CategorizeQuestion } from '../../../engine/index.ts';
import { Sorter } from '../../../components/ui/sorter.tsx';
import { byOrder, type InputProps } from './types.ts';

/** Categorizing by select-then-place: choose an item, then the category it belongs in. */
export function CategorizeInput({ question, order, response, onChange, locked, legendId }: InputProps<CategorizeQuestion>) {
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
}
