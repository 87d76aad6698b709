import { creditLabel } from '../../ui/credit-label.ts';
import { OptionList } from '../projector-parts.tsx';
import { roomLetter as letter, roomOrder } from '../shared.tsx';
import type { RevealStep, ProjectorView } from '../view-types.ts';

const creditTone = (credit: number) => (credit >= 1 ? 'good' : credit > 0 ? 'warn' : 'bad');

/** One best answer: the lettered options, then each option's credit; the best explained first. */
export const projector: ProjectorView<'single'> = {
  Body: ({ question, revealed, heading, shown, onShow }) => (
    <>
      {heading}
      <OptionList
        options={roomOrder(question, question.options)}
        revealed={revealed}
        verdict={(option) => ({ tone: creditTone(option.credit), label: creditLabel(option.credit) })}
        shown={shown}
        onShow={onShow}
      />
    </>
  ),
  revealSteps: (question) => {
    const list: RevealStep[] = [];
    const options = roomOrder(question, question.options).map((option, i) => ({ option, i }));
    const keyedFirst = [...options.filter(({ option }) => option.credit >= 1), ...options.filter(({ option }) => option.credit < 1)];
    for (const { option, i } of keyedFirst) {
      list.push({ id: option.id, title: `${letter(i)}: ${creditLabel(option.credit)}`, quote: option.text, body: option.feedback, tone: creditTone(option.credit) });
    }
    return list;
  },
  pagedItems: () => 0,
};
