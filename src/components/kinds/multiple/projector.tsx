import { OptionList } from '../projector-parts.tsx';
import { roomLetter as letter, roomOrder } from '../shared.tsx';
import type { RevealStep, ProjectorView } from '../view-types.ts';

/** Every option that applies: the lettered options, then each one correct or not; the correct ones explained first. */
export const projector: ProjectorView<'multiple'> = {
  Body: ({ question, revealed, heading, shown, onShow }) => (
    <>
      {/all that apply/i.test(question.prompt) ? null : <p className="workshop__hint">Choose all that apply.</p>}
      {heading}
      <OptionList
        options={roomOrder(question, question.options)}
        revealed={revealed}
        verdict={(option) => (option.correct ? { tone: 'good', label: 'Correct' } : { tone: 'bad', label: 'Incorrect' })}
        shown={shown}
        onShow={onShow}
      />
    </>
  ),
  revealSteps: (question) => {
    const list: RevealStep[] = [];
    const options = roomOrder(question, question.options).map((option, i) => ({ option, i }));
    const keyedFirst = [...options.filter(({ option }) => option.correct), ...options.filter(({ option }) => !option.correct)];
    for (const { option, i } of keyedFirst) {
      list.push({
        id: option.id,
        title: `${letter(i)}: ${option.correct ? 'Correct' : 'Incorrect'}`,
        quote: option.text,
        body: option.feedback,
        tone: option.correct ? 'good' : 'bad',
      });
    }
    return list;
  },
  pagedItems: () => 0,
};
