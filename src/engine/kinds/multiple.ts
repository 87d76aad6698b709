import { shuffle } from '../random.ts';
import { scoreMultiple } from '../score-multiple.ts';
import type { MultipleQuestion } from '../types.ts';
import { codeOf, described, idsOfCode, scormChars, type KindRules, unique } from './kind-rules.ts';

const keyed = (question: MultipleQuestion) => question.options.filter((o) => o.correct).map((o) => o.id);
const optionIds = (question: MultipleQuestion) => question.options.map((o) => o.id);

/** Select every option that applies. */
export const multiple: KindRules<'multiple'> = {
  kind: 'multiple',
  score: scoreMultiple,
  isAnswered: (response) => response.choices.length > 0,
  displayOrder: (question, rng) => shuffle(question.options, rng).map((option) => option.id),
  codec: {
    pack: (question, response) => response.choices.map((id) => codeOf(optionIds(question), id)).join(''),
    unpack: (question, packed) => ({ kind: 'multiple', choices: idsOfCode(optionIds(question), packed) }),
  },
  live: {
    accept: (question, response) => {
      const ids = optionIds(question);
      const ok = response.choices.length > 0 && unique(response.choices) && response.choices.every((c) => ids.includes(c));
      return ok ? { kind: 'multiple', choices: response.choices } : null;
    },
    tallyKeys: (response) => response.choices,
  },
  lms: {
    format2004: (question, response) => ({ type: 'choice', response: response.choices.join('[,]'), correct: keyed(question).join('[,]') }),
    format12: (question, response) => {
      const ids = optionIds(question);
      return { type: 'choice', response: scormChars(response.choices, ids).join(','), correct: scormChars(keyed(question), ids).join(',') };
    },
    components: (question) => ({ choices: question.options.map((o) => described(o.id, o.text)) }),
  },
};
