import type { SingleQuestion } from '../../../engine/index.ts';
import { PhoneChoices } from '../phone-parts.tsx';
import { roomOrder } from '../shared.tsx';
import type { Choice, PhoneView } from '../view-types.ts';

const choices = (question: SingleQuestion): Choice[] => roomOrder(question, question.options).map((o) => ({ id: o.id, text: o.text, best: o.credit >= 1 }));

/** One pick from the lettered options; right for the best answer, partly for an acceptable one. */
export const phone: PhoneView<'single'> = {
  Input: ({ question, response, onChange, locked }) => (
    <PhoneChoices
      name={question.id}
      prompt={question.prompt}
      hint="Choose the best response."
      choices={choices(question)}
      several={false}
      picked={(id) => response?.choice === id}
      onPick={(id) => onChange({ kind: 'single', choice: id })}
      locked={locked}
    />
  ),
  choices,
  verdict: (question, response) => {
    const credit = question.options.find((o) => o.id === response.choice)?.credit ?? 0;
    return credit >= 1 ? 'right' : credit > 0 ? 'partly' : 'wrong';
  },
  tally: { caption: 'The room’s answers', bestLabel: 'Keyed answer' },
};
