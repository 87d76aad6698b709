import type { SpotQuestion } from '../../../engine/index.ts';
import { creditFraction, scoreSpot } from '../../../engine/index.ts';
import { PhoneChoices, verdictOfCredit } from '../phone-parts.tsx';
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
        onPick={(id, on) => {
          const next = on ? [...marked, id] : marked.filter((m) => m !== id);
          onChange(next.length > 0 ? { kind: 'spot', marked: next } : undefined);
        }}
        locked={locked}
      />
    );
  },
  choices,
  // The quiz's own rule: right for full credit, partly for some, wrong for none (marking a wrong one costs a right one).
  verdict: (question, response) => verdictOfCredit(creditFraction(scoreSpot(response, question))),
  tally: { caption: 'Phrases the room marked (each person may mark several)', bestLabel: 'Causes the breakdown' },
};
