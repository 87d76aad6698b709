import type { SpotQuestion } from '../../../engine/index.ts';
import { PhoneChoices } from '../phone-parts.tsx';
import type { Choice, PhoneView } from '../view-types.ts';

/** The phrases in the reply's order, lettered as on the projector; the keyed ones are those that cause the breakdown. */
const choices = (question: SpotQuestion): Choice[] => question.phrases.map((p) => ({ id: p.id, text: p.text, best: p.harmful }));

/** Mark every phrase that causes the breakdown: right for exactly those, partly for some of them. */
export const phone: PhoneView<'spot'> = {
  Input: ({ question, response, onChange, locked }) => {
    const marked = response?.marked ?? [];
    return (
      <PhoneChoices
        name={question.id}
        prompt={question.prompt}
        hint="Mark each phrase that causes the breakdown."
        choices={choices(question)}
        several
        picked={(id) => marked.includes(id)}
        onPick={(id, on) => onChange({ kind: 'spot', marked: on ? [...marked, id] : marked.filter((m) => m !== id) })}
        locked={locked}
      />
    );
  },
  choices,
  verdict: (question, response) => {
    const marked = new Set(response.marked);
    const exact = question.phrases.every((p) => p.harmful === marked.has(p.id));
    const some = question.phrases.some((p) => p.harmful && marked.has(p.id));
    return exact ? 'right' : some ? 'partly' : 'wrong';
  },
  tally: { caption: 'Phrases the room marked (each person may mark several)', bestLabel: 'Causes the breakdown' },
};
