/**
 * Detectors for what a reply must never do. They apply to every rewrite question, whatever its criteria:
 * a reply that makes any of these moves scores below half marks (see grade.ts), and the learner is shown
 * the words that made it.
 */
import type { RewriteHarmfulMove } from '../types.ts';
import { detector, type Detector } from './detect.ts';
import { actionLemma } from './lexicon.ts';
import type { Span } from './patterns.ts';
import type { Token } from './tokens.ts';

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'let']);

/** True when "I", "we" or "let me" comes up to five words before the span in its clause: "I'll call back" is mine. */
function spokenByMe(tokens: readonly Token[], span: Span): boolean {
  const clause = tokens[span.start]!.clause;
  for (let k = span.start - 1; k >= Math.max(0, span.start - 5); k--) {
    if (tokens[k]!.clause !== clause) return false;
    if (FIRST_PERSON.has(tokens[k]!.word)) return true;
  }
  return false;
}

// "Sorry if you feel…", "sorry you feel that way": regret for the customer's feelings, not for what happened.
const nonApology = /* @__PURE__ */ detector(
  'non-apology',
  [
    'sorry|apologize|apologies if',
    'sorry that? you feel|felt|think|thought|see',
    'sorry that? you are|were|got upset|annoyed|unhappy|frustrated|angry|offended|bothered|disappointed',
    'if you feel|felt',
    'feel|feels that|this way',
  ],
  { negatable: false },
);

// Pointing at someone else (or the customer) instead of owning the problem.
const blame = /* @__PURE__ */ detector(
  'blame',
  [
    'not my|our|me|us fault',
    'no fault of mine|ours',
    'your|his|her|their fault',
    'fault of the',
    'blame|blaming',
    'doctors|doctor|computers|systems|they run|runs late',
    'doctors|doctor|they|he|she are|is always late|slow',
    'always late',
    'never picks|pick|answer|answers up?',
    'other branch is slow',
    'it|tech department|people|team|guys',
    'broke it|the again?',
    'messed|screwed|mucked up',
    'that is just? how it is',
    'it is what it is',
    'these things happen',
    'not me',
    'nothing to do with me|us',
    'manager decides|decided',
    'should not? have',
  ],
  {
    negatable: false,
    reject: (tokens, span) => {
      const words = tokens.slice(span.start, span.end).map((t) => t.word);
      const before = tokens[span.start - 1]?.word ?? '';
      const after = tokens[span.end]?.word ?? '';
      // "We messed up" and "we should have told you" own the problem; "you shouldn't have had to wait" is empathy.
      if (words.includes('messed') || words.includes('screwed') || words.includes('mucked')) return ['we', 'i'].includes(before);
      if (words.at(-1) === 'have') {
        const subject = tokens[span.start - 1]?.word === 'really' ? tokens[span.start - 2]?.word : before;
        return ['i', 'we'].includes(subject ?? '') || ['had', 'been'].includes(after) || subject === undefined;
      }
      return false;
    },
  },
);

// Saying no and stopping there.
const refusal = /* @__PURE__ */ detector(
  'refusal',
  [
    'nothing @subj can|could do?',
    'there is nothing',
    'not my|our problem|job|department|decision|responsibility|call',
    'no can do',
    'can not help',
    'can not do anything|that|it|much|this',
    '@subj can not pause|change|move|make|give|offer|allow|refund|promise|guarantee|do',
    'unable|not able to help',
    'no way @subj can|could',
    'not possible',
    'not happening',
    'hands are tied',
    'neither will @subj',
    'will not budge',
    'no point',
    'refuse to',
    'we do not pause|do|offer|allow|give|take|hold',
    'is|are not something we do|offer',
  ],
  {
    negatable: false,
    // "I can't." or "Sorry, no." as a whole sentence.
    extra: (tokens) => {
      const spans: Span[] = [];
      const bySentence = new Map<number, number[]>();
      tokens.forEach((t, i) => bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), i]));
      for (const indexes of bySentence.values()) {
        const words = indexes.map((i) => tokens[i]!.word).filter((w) => !['sorry', 'lin', 'im', 'afraid', 'then'].includes(w));
        const bare = words.join(' ');
        if (['no', 'nope', 'no way', 'i can not', 'we can not', 'i will not', 'absolutely not'].includes(bare)) {
          spans.push({ start: indexes[0]!, end: indexes.at(-1)! + 1 });
        }
      }
      return spans;
    },
  },
);

// Mock politeness: the words of an apology with the opposite meaning.
const sarcasm = /* @__PURE__ */ detector(
  'sarcasm',
  [
    'alert|call the media|press|papers|news',
    'stop the press|presses',
    'so precious',
    'sure because',
    'oh well',
    'big deal',
    'nothing better to do',
    'magically',
    'dare',
    'whole minutes|minute|hours|hour|day',
    'you will survive',
    'wow',
    'congratulations',
    'boo hoo',
    'cry me a river',
    'the only patient|customer|person|one',
  ],
  {
    negatable: false,
    // "I'm SO sorry that…", "SO sorry your…": an apology shouted at the customer.
    extra: (tokens) =>
      tokens.flatMap((t, i) =>
        t.shouted && /^so+$/.test(t.word) && tokens[i + 1]?.word === 'sorry' && ['that', 'your', 'you', 'our'].includes(tokens[i + 2]?.word ?? '')
          ? [{ start: i, end: i + 2 }]
          : [],
      ),
  },
);

// Handing the work back: the customer must call again, try later, do it themselves or complain elsewhere.
const pushBack = /* @__PURE__ */ detector(
  'push-back',
  [
    'call|calling|ring|ringing|phone|phoning us|me? back|again|later|tomorrow|whenever later|tomorrow|whenever?',
    'try|trying again|later|back|tomorrow',
    'come back later|tomorrow|when',
    'you will|would? have|need to',
    'you need|have to',
    'you must call|ring|phone|try|come|wait|go',
    'you should call|email|try|phone|come|book|go|check|talk|speak|ring|contact',
    'you can @adv? call|ring|phone|try|email|come|complain|cancel',
    'go and? complain to?',
    'complain|complaining',
    'take it up with',
    'talk|speak to the|a manager|someone',
    'call|email|contact|ring|phone the manager|head|other',
    'yourself',
    'go online',
    'go to our|the website',
    'check|use the app|website',
    'maybe call|try|phone|ring',
    'like everyone else',
    'head office',
  ],
  { reject: spokenByMe },
);

// Policy, rules or systems as the answer.
const policy = /* @__PURE__ */ detector(
  'policy',
  [
    'policy|policies',
    'rules|rule',
    'not allowed',
    'against our|the|company? policy|rules',
    'system|computer|manager|management will|does|would not let|allow',
    'does|do not allow',
    'not permitted',
    'pay grade',
    'computer says no',
    'how we do things',
  ],
  { negatable: false },
);

// "I will not…", "I won't be taking your number", "I'm not going to check": a promise turned round.
const negatedCommitment = /* @__PURE__ */ detector(
  'negated-commitment',
  [
    '@subj will|shall|would|am|are not|never @adv? @adv? @adv? @verb',
    '@subj will|shall|would|am|are not|never be able to @verb',
    '@subj am|are not going to @adv? @verb',
    '@subj will|shall not be @verb',
    '@subj can not promise|guarantee',
    'no promises',
  ],
  {
    negatable: false,
    // "I won't keep you long", "I won't let you down", "I won't take long" are reassurances, not refusals.
    reject: (tokens, span) => {
      const last = tokens[span.end - 1]!.word;
      return ['keep', 'make', 'let', 'hold'].includes(actionLemma(last) ?? '') || tokens[span.end]?.word === 'long';
    },
  },
);

// Brushing the customer off.
const dismissive = /* @__PURE__ */ detector(
  'dismissive',
  [
    'whatever',
    'calm down',
    'relax',
    'chill',
    'it is only',
    'only fifty|a few @unit|weeks',
    'you are not special',
    'not a mind reader',
    '@subj am|are very|so|really|too? busy',
    'too busy',
    'however long it takes',
    'no idea',
    'ugh',
    'nope',
    'get over it',
    'deal with it',
    'take it or leave it',
    '@subj will get to it',
    'doing it anyway',
    '@subj guess',
  ],
  { negatable: false },
);

/** Every harmful move's detector, by move. */
export const HARMFUL_DETECTORS: Readonly<Record<RewriteHarmfulMove, Detector<RewriteHarmfulMove>>> = {
  'non-apology': nonApology,
  blame,
  refusal,
  sarcasm,
  'push-back': pushBack,
  policy,
  'negated-commitment': negatedCommitment,
  dismissive,
};
