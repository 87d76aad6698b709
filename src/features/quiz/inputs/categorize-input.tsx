import type { CategorizeQuestion } from '../../../engine/index.ts';
import { byOrder, type InputProps } from './types.ts';

/** Categorizing without drag: one native select per item. */
export function CategorizeInput({ question, order, response, onChange, locked, legendId }: InputProps<CategorizeQuestion>) {
  const placements = response?.placements ?? {};
  const place = (itemId: string, category: string) => {
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
      <p className="question__hint">Choose a category for each item.</p>
      <ul className="categorize-list">
        {byOrder(question.items, order).map((item) => (
          <li key={item.id} className="categorize-item">
            <label htmlFor={`${question.id}-${item.id}`} className="categorize-item__text">
              {item.text}
            </label>
            <select id={`${question.id}-${item.id}`} value={placements[item.id] ?? ''} onChange={(event) => place(item.id, event.target.value)}>
              <option value="">Choose a category…</option>
              {question.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.label}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
