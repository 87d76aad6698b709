import type { MultipleQuestion } from '../../../engine/index.ts';
import { PhoneChoices } from '../phone-parts.tsx';
import { roomOrder } from '../shared.tsx';
import type { Choice, PhoneView } from '../view-types.ts';

const choices = (question: MultipleQuestion): Choice[] => roomOrder(question, question.options).map((o) => ({ id: o.id, text: o.text, best: o.correct }));

/** Every option that applies; right for exactly the correct ones, partly for some of them. */
export const phone: PhoneView<'multiple'> = {
  Input: ({ question, response, onChange, locked }) => {
    const picked = response?.choices ?? [];
    return (
      <PhoneChoices
        name={question.id}
        prompt={question.prompt}
        hint="Select all that apply."
        choices={choices(question)}
        several
        picked={(id) => picked.includes(id)}
        onPick={(id, on) => onChange({ kind: 'multiple', choices: on ? [...picked, id] : picked.filter((c) => c !== id) })}
        locked={locked}
      />
    );
  },
  choices,
  verdict: (question, response) => {
    const picked = new Set(response.choices);
    const exact = question.options.every((o) => o.correct === picked.has(o.id));
    const some = question.options.some((o) => o.correct && picked.has(o.id));
    return exact ? 'right' : some ? 'partly' : 'wrong';
  },
  tally: { caption: 'Choices (each person may pick several)', bestLabel: 'Keyed answer' },
};
