import { useState } from 'react';
import type { CategorizeQuestion } from '../../../engine/index.ts';
import { creditFraction, placementKey, scoreCategorize } from '../../../engine/index.ts';
import { Sorter } from '../../ui/sorter.tsx';
import { verdictOfCredit } from '../phone-parts.tsx';
import { roomLetter as letter, roomOrder } from '../shared.tsx';
import type { Bar, Choice, PhoneInputProps, PhoneView } from '../view-types.ts';

/** The items in the room's order, lettered as on the projector (before the reveal a phone has no categories' key). */
const choices = (question: CategorizeQuestion): Choice[] => roomOrder(question, question.items).map((item) => ({ id: item.id, text: item.text, best: false }));

/**
 * Select-then-place, as in the quiz: choose an item, then "Put in …". The phone sends only a whole answer (every item
 * placed); until then the placements are kept here, so "Send answer" waits for the last one.
 */
function CategorizeInput({ question, response, onChange, locked }: PhoneInputProps<'categorize'>) {
  const [placements, setPlacements] = useState<Record<string, string>>(() => ({ ...(response?.placements ?? {}) }));
  const items = choices(question);
  const left = items.filter((item) => !Object.hasOwn(placements, item.id)).length;
  const place = (itemId: string, category: string | undefined) => {
    const next = { ...placements };
    if (category) next[itemId] = category;
    else delete next[itemId];
    setPlacements(next);
    onChange(items.every((item) => Object.hasOwn(next, item.id)) ? { kind: 'categorize', placements: next } : undefined);
  };
  return (
    <fieldset className="live-fieldset" disabled={locked}>
      <legend className="live-legend">{question.prompt}</legend>
      <p className="live-hint">{left > 0 ? 'Put every item in a category, then send your answer.' : 'Every item is placed: send your answer.'}</p>
      <Sorter items={items} groups={question.categories} placements={placements} onPlace={place} disabled={locked} />
    </fieldset>
  );
}

/** Every item in its category: right for all, partly for some, wrong for none (the quiz's own credit). */
export const phone: PhoneView<'categorize'> = {
  Input: CategorizeInput,
  choices,
  verdict: (question, response) => verdictOfCredit(creditFraction(scoreCategorize(response, question))),
  KeyedAnswer: ({ question }) => (
    <dl className="live-keyed-categories">
      {question.categories.map((category) => (
        <div key={category.id}>
          <dt>{category.label}</dt>
          <dd>
            {choices(question)
              .filter((item) => question.items.find((i) => i.id === item.id)?.category === category.id)
              .map((item) => item.text)
              .join(' · ')}
          </dd>
        </div>
      ))}
    </dl>
  ),
  tally: {
    caption: 'Where most of the room put each item',
    bestLabel: 'Right category',
    withAnswer: true,
    // One row per item, lettered as on the projector: the category most of the room chose for it and how many did.
    // Before the reveal it shows only the room's leaning (never the key); afterwards the rows the room got right are marked.
    bars: (question, tally, roomChoices): Bar[] =>
      roomChoices.map((item, i) => {
        const keyed = question.items.find((candidate) => candidate.id === item.id)?.category;
        const counts = question.categories.map((category) => ({ category, count: tally[placementKey(item.id, category.id)] ?? 0 }));
        const top = counts.reduce((best, next) => (next.count > best.count ? next : best), { category: undefined as CategorizeQuestion['categories'][number] | undefined, count: 0 });
        return {
          key: item.id,
          label: letter(i),
          text: top.category ? `${item.text} → ${top.category.label}` : item.text,
          count: top.count,
          best: top.category !== undefined && top.category.id === keyed,
        };
      }),
  },
};
