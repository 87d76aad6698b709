import type { MultipleQuestion } from '../../../engine/index.ts';
import { creditFraction, scoreMultiple } from '../../../engine/index.ts';
import { PhoneChoices, verdictOfCredit } from '../phone-parts.tsx';
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
        onPick={(id, on) => {
          const next = on ? [...picked, id] : picked.filter((c) => c !== id);
          onChange(next.length > 0 ? { kind: 'multiple', choices: next } : undefined);
        }}
        locked={locked}
      />
    );
  },
  choices,
  // The quiz's own rule: right for full credit, partly for some, wrong for none (marking a wrong one costs a right one).
  verdict: (question, response) => verdictOfCredit(creditFraction(scoreMultiple(response, question))),
  tally: { caption: 'Choices (each person may pick several)', bestLabel: 'Keyed answer' },
};
