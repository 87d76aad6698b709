import { shuffle } from '../random.ts';
import { scoreSingle } from '../score-single.ts';
import type { SingleQuestion } from '../types.ts';
import { codeOf, described, scormChar, scormChars, type KindRules } from './kind-rules.ts';

/** The keyed option: the first of the highest credit. */
const best = (question: SingleQuestion): string[] => {
  const top = Math.max(...question.options.map((o) => o.credit));
  return question.options.filter((o) => o.credit === top).slice(0, 1).map((o) => o.id);
};
const optionIds = (question: SingleQuestion) => question.options.map((o) => o.id);

/** Choose one option; options carry credit (1 best, 0.5 acceptable, 0 harmful). */
export const single: KindRules<'single'> = {
  kind: 'single',
  score: scoreSingle,
  isAnswered: (response) => response.choice !== '',
  displayOrder: (question, rng) => shuffle(question.options, rng).map((option) => option.id),
  codec: {
    pack: (question, response) => codeOf(optionIds(question), response.choice),
    unpack: (question, packed) => {
      const choice = optionIds(question)[parseInt(packed, 36)];
      return choice ? { kind: 'single', choice } : undefined;
    },
  },
  live: {
    accept: (question, response) => (optionIds(question).includes(response.choice) ? { kind: 'single', choice: response.choice } : null),
    tallyKeys: (response) => [response.choice],
  },
  lms: {
    format2004: (question, response) => ({ type: 'choice', response: response.choice, correct: best(question).join('[,]') }),
    format12: (question, response) => {
      const ids = optionIds(question);
      return { type: 'choice', response: scormChar(ids.indexOf(response.choice)), correct: scormChars(best(question), ids).join(',') };
    },
    components: (question) => ({ choices: question.options.map((o) => described(o.id, o.text)) }),
  },
};
