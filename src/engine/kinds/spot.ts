import { asResponseOf, firstDuplicate, invalid, isStringArray, earnedScore } from '../response-shape.ts';
import type { Score, SpotQuestion } from '../types.ts';
import { codeOf, described, idsOfCode, scormChars, unique, type KindRules } from './kind-rules.ts';

const phraseIds = (question: SpotQuestion) => question.phrases.map((p) => p.id);
const harmfulIds = (question: SpotQuestion) => question.phrases.filter((p) => p.harmful).map((p) => p.id);

/**
 * Scores marked phrases: each phrase that causes the breakdown found earns a share, each innocent phrase marked
 * costs one: (found − wrongly marked) / phrases that cause it, floored at 0, out of 1. Marking every phrase earns
 * nothing whenever the reply has at least as many innocent phrases as harmful ones (the schema asks for that).
 */
export function scoreSpot(response: unknown, question: SpotQuestion): Score {
  const checked = asResponseOf(response, 'spot');
  if (!checked.ok) return checked.score;
  const { marked } = checked.value;
  if (!isStringArray(marked)) return invalid('marked must be a list of phrase ids');
  if (marked.length === 0) return invalid('no phrase marked');
  const repeated = firstDuplicate(marked);
  if (repeated !== undefined) return invalid(`phrase "${repeated}" is marked twice`);
  const byId = new Map(question.phrases.map((phrase) => [phrase.id, phrase]));
  let found = 0;
  let wrong = 0;
  for (const id of marked) {
    const phrase = byId.get(id);
    if (!phrase) return invalid(`"${id}" is not a phrase of this question`);
    if (phrase.harmful) found += 1;
    else wrong += 1;
  }
  const harmful = harmfulIds(question).length;
  if (harmful === 0) return invalid('this question has no phrase to find');
  return earnedScore(Math.max(0, found - wrong) / harmful, 1);
}

/** Spot the trouble: mark the phrase or phrases of a reply that cause the breakdown. */
export const spot: KindRules<'spot'> = {
  kind: 'spot',
  score: scoreSpot,
  isAnswered: (response) => response.marked.length > 0,
  // The phrases keep the reply's order: shuffled, it would no longer be a reply.
  displayOrder: () => [],
  codec: {
    pack: (question, response) => response.marked.map((id) => codeOf(phraseIds(question), id)).join(''),
    unpack: (question, packed) => ({ kind: 'spot', marked: idsOfCode(phraseIds(question), packed) }),
  },
  live: {
    accept: (question, response) => {
      const ids = phraseIds(question);
      const ok = response.marked.length > 0 && unique(response.marked) && response.marked.every((id) => ids.includes(id));
      return ok ? { kind: 'spot', marked: response.marked } : null;
    },
    // Counted per phrase: the projector shows how many people marked each.
    tallyKeys: (response) => response.marked,
  },
  lms: {
    format2004: (question, response) => ({ type: 'choice', response: response.marked.join('[,]'), correct: harmfulIds(question).join('[,]') }),
    format12: (question, response) => {
      const ids = phraseIds(question);
      return { type: 'choice', response: scormChars(response.marked, ids).join(','), correct: scormChars(harmfulIds(question), ids).join(',') };
    },
    components: (question) => ({ choices: question.phrases.map((p) => described(p.id, p.text)) }),
  },
};
