import { LetteredList, OptionList } from '../projector-parts.tsx';
import { roomLetter as letter } from '../shared.tsx';
import type { RevealStep, ProjectorView } from '../view-types.ts';

const verdict = (phrase: { harmful: boolean }) => (phrase.harmful ? { tone: 'bad', label: 'Causes it' } : { tone: 'good', label: 'Fine' });

/**
 * Spot the trouble for the room: the reply's phrases lettered in the reply's order (the room calls out "C!"), then
 * each one's verdict; the phrases that cause the breakdown are explained first.
 */
export const projector: ProjectorView<'spot'> = {
  Body: ({ question, revealed, heading, shown, onShow }) => (
    <>
      {revealed ? null : <p className="workshop__hint">Which phrases cause the breakdown?</p>}
      {heading}
      {revealed ? (
        <OptionList options={[...question.phrases]} revealed verdict={verdict} shown={shown} onShow={onShow} noun="Phrase" />
      ) : (
        <LetteredList items={question.phrases} noun="Phrase" />
      )}
    </>
  ),
  revealSteps: (question) => {
    const lettered = question.phrases.map((phrase, i) => ({ phrase, i }));
    const harmfulFirst = [...lettered.filter(({ phrase }) => phrase.harmful), ...lettered.filter(({ phrase }) => !phrase.harmful)];
    return harmfulFirst.map(({ phrase, i }): RevealStep => ({
      id: phrase.id,
      title: `${letter(i)}: ${phrase.harmful ? 'Causes the breakdown' : 'Fine'}`,
      quote: phrase.text,
      body: phrase.feedback,
      tone: phrase.harmful ? 'bad' : 'good',
    }));
  },
  pagedItems: () => 0,
};
