/**
 * Detectors for what a reply must never do. They apply to every rewrite question, whatever its criteria:
 * a reply that makes any of these moves scores below half marks (see grade.ts), and the learner is shown
 * the words that made it.
 */
import type { RewriteHarmfulMove } from '../types.ts';
import { detector, type Detector } from './detect.ts';
import { actionLemma } from './lexicon.ts';
import { isNegatorAt, type Span } from './patterns.ts';
import type { Token } from './tokens.ts';

const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'let']);

/**
 * True when the speaker is the one who acts: the nearest subject before the span in its sentence is "I", "we" or
 * "let me" ("I'll ask about a freeze and give you a ring tomorrow"), not "you" ("you'll have to call back") or
 * "if you…" ("if you need to go, I can move you" is a condition, not an order).
 */
function spokenByMe(tokens: readonly Token[], span: Span): boolean {
  const sentence = tokens[span.start]!.sentence;
  // "If you need to go…", "Do you need to be somewhere?": a condition or a question, not an order.
  if (tokens[span.start]!.word === 'you' && ['if', 'do', 'did', 'would', 'unless', 'when'].includes(tokens[span.start - 1]?.word ?? '')) return true;
  for (let k = span.start - 1; k >= Math.max(0, span.start - 14); k--) {
    const token = tokens[k]!;
    if (token.sentence !== sentence) return false;
    if (token.word === 'you' && !['to', 'for', 'with', 'give', 'call', 'ring', 'text', 'email', 'send', 'tell', 'let', 'thank'].includes(tokens[k - 1]?.word ?? '')) {
      return tokens[k - 1]?.word === 'if';
    }
    if (FIRST_PERSON.has(token.word)) return true;
  }
  return false;
}

/** True when the span's clause is in the first person: "I was supposed to" owns it, "she was supposed to" blames. */
function saidOfMyself(tokens: readonly Token[], span: Span): boolean {
  const before = tokens[span.start - 1]?.word ?? '';
  return FIRST_PERSON.has(before) || tokens[span.start]!.word === 'i' || tokens[span.start]!.word === 'we';
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
    'not my|our doing',
    'down to the|their|your',
    'not us',
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
    'you could have',
    // The customer's own doing: "if you'd come on time…".
    'if you had|would come|arrived|been|called|booked|read|checked|listened|paid',
    'you have|had missed|forgotten',
    'fault not ours|mine',
    // A colleague, the manager or another team made it happen.
    'colleague|colleagues|co-worker|coworker|coworkers|manager|boss|he|she|they|team|shift was|were supposed to',
    'was|were supposed to',
    'must have crashed|broken|lost|forgotten|messed|deleted|missed|mixed',
    'did not restart|update|fix|check|tell|send|order|book|enter|put|pass|process',
    'forgot to',
    'cheap software|system|computers',
    'is|are a joke',
    'always like this',
    'never says|say yes',
    'is|are useless|hopeless|incompetent|clueless',
    '@subj am|was only temp|new|temporary',
    'only temp|temporary staff',
  ],
  {
    negatable: false,
    reject: (tokens, span) => {
      const words = tokens.slice(span.start, span.end).map((t) => t.word);
      const before = tokens[span.start - 1]?.word ?? '';
      const after = tokens[span.end]?.word ?? '';
      // "We messed up" and "we should have told you" own the problem; "you shouldn't have had to wait" is empathy.
      if (words.includes('messed') || words.includes('screwed') || words.includes('mucked')) return ['we', 'i'].includes(before);
      // "You could have come in sooner" blames her; "you could have missed your flight" feels for her.
      if (words[0] === 'you' && words[1] === 'could') return ['been', 'had', 'lost', 'missed', 'got', 'gotten'].includes(after);
      if (words.at(-1) === 'have') {
        const subject = tokens[span.start - 1]?.word === 'really' ? tokens[span.start - 2]?.word : before;
        // "You shouldn't have been kept waiting" is empathy; "you should have been more careful" blames her.
        if (subject === 'you') return words.includes('not') || after === 'to' || after === 'had';
        // "That shouldn't have happened", "it should have been ready": the failure acknowledged, no one blamed.
        if (['that', 'this', 'it'].includes(subject ?? '')) return true;
        return ['i', 'we'].includes(subject ?? '') || ['had', 'been', 'to'].includes(after) || subject === undefined;
      }
      // "It's not your fault" reassures the customer.
      if (words[0] === 'your' && tokens[span.start - 1]?.word === 'not') return true;
      // "I don't blame him", "I'm not going to blame anyone": refusing to blame is not blame.
      if (words[0] === 'blame' || words[0] === 'blaming') {
        for (let k = span.start - 1; k >= Math.max(0, span.start - 4); k--) if (isNegatorAt(tokens, k)) return true;
      }
      // "I was supposed to call you", "we did not update it": owning it.
      if (words.includes('supposed') || words[0] === 'did' || words[0] === 'forgot' || words[0] === 'must') return saidOfMyself(tokens, span);
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
    'happy|satisfied now',
    'revolve|revolves|revolving around you|your',
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
    'check|use your|the bank? app|website',
    'tell|ask him|her|them to check|use|go|try|ring|email|look',
    'live chat',
    'maybe call|try|phone|ring',
    'like everyone else',
    'head office',
  ],
  {
    // "I'll call you back", or "would you prefer a call back?": an offer, not the work handed back.
    reject: (tokens, span) =>
      spokenByMe(tokens, span) || tokens.slice(Math.max(0, span.start - 2), span.start).some((t) => ['prefer', 'rather', 'offer', 'arrange'].includes(t.word)),
  },
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
    'at some point',
    'someone|somebody will',
    'why not just',
    'why do not you just',
  ],
  {
    negatable: false,
    // "Whatever suits you best", "whatever's easiest for you": an offer of choice, not a shrug.
    // "Whatever happens, you'll have a card": a reassurance. "Ugh, I'm sorry": sympathy, not a sigh at them.
    reject: (tokens, span) =>
      (tokens[span.start]!.word === 'whatever' && ['is', 'suits', 'suit', 'works', 'you', 'time', 'day', 'easiest', 'easier', 'best', 'better', 'fits', 'would', 'option', 'slot', 'happens'].includes(tokens[span.end]?.word ?? '')) ||
      (tokens[span.start]!.word === 'ugh' && tokens.slice(span.end, span.end + 3).some((t) => ['sorry', 'apologize', 'apologies'].includes(t.word))),
    // "Hold for a minute." "Please wait here.": an order to wait, not a request.
    extra: (tokens) =>
      tokens.flatMap((t, i) => {
        const first = i === 0 || tokens[i - 1]!.sentence !== t.sentence || (tokens[i - 1]!.word === 'please' && (i === 1 || tokens[i - 2]!.sentence !== t.sentence));
        return first && ['hold', 'wait'].includes(t.word) && tokens[i + 1]?.sentence === t.sentence ? [{ start: i, end: i + 1 }] : [];
      }),
  },
);

// Promising what the speaker cannot control: an outcome guaranteed, a breakdown that "will never happen again", a
// queue jumped.
const overPromise = /* @__PURE__ */ detector(
  'over-promise',
  [
    'guarantee|guaranteed|guarantees|guaranteeing',
    '100 percent|%',
    'hundred percent',
    'will never happen|occur again',
    'never happen|occur again',
    'will not happen|occur again',
    'this will never',
    'ahead of everyone|everybody|others',
    'ahead of the queue|line',
    'jump|skip the queue|line',
    'promise it|this will',
    // Vouching for what someone else delivers: "it'll definitely be there by 9".
    '@any will definitely|certainly|absolutely|surely be|arrive|work|happen|show|clear|go|get',
    // Concessions no one in the scenario has authorised: given away on the speaker's own say-so.
    'on the house',
    'waive|waived|waiving',
    '@subj have|had refunded|credited|paused|waived',
    'free treatment|session|sessions|month|months|year|gas|electricity|meal|meals|upgrade|broadband|service|subscription|night|nights|stay|delivery|access',
    'month|months|week|weeks|year|years|night|nights free',
    'credit|voucher|refund for the trouble',
  ],
  {
    negatable: false,
    // "I'll definitely call you": the speaker vouching for their own action is a commitment.
    reject: (tokens, span) => ['i', 'we', 'let'].includes(tokens[span.start]!.word) && tokens[span.start + 1]?.word === 'will',
    // "…, I promise." closing a sentence vouches for an outcome; "I promise I'll call you" commits to an action.
    extra: (tokens) =>
      tokens.flatMap((t, i) =>
        t.word === 'promise' &&
        ['i', 'we'].includes(tokens[i - 1]?.word ?? '') &&
        tokens[i + 1]?.sentence !== t.sentence &&
        // "I'll ring you in ten minutes, I promise" vouches for the speaker's own action: that is a commitment.
        !tokens.slice(0, i - 1).some((u) => u.sentence === t.sentence && ['i', 'we', 'let'].includes(u.word))
          ? [{ start: i - 1, end: i + 1 }]
          : [],
      ),
  },
);

// A good reply undone by a jab at the customer, a colleague or the business.
const dig = /* @__PURE__ */ detector(
  'dig',
  [
    'good luck',
    'you will need it',
    'get your hopes up',
    'keep your voice down',
    'lower your voice',
    'be more careful',
    'ready|up|right|me|properly this time',
    'remember to',
    'next time maybe|try|please|be|you|do|make|read',
    'perhaps|maybe next time',
    'if i were you',
    'hang up on me',
    'usually|always end up',
    'people like you',
    'not the first time you',
    'third|second|fourth person|one|time today',
    'you are lucky',
    'as i said',
    'mind you',
    'get the hang of',
    'like i said',
  ],
  { negatable: false },
);

// Calling the customer names instead of describing the problem: "a nightmare", "very rude", "demanding and
// emotional". Said of oneself ("I was rude") it is an apology, not a label.
const PEOPLE = 'customer|customers|caller|man|woman|lady|guy|bloke|person|client|guest|patient';
const TRAITS =
  'rude|aggressive|demanding|hysterical|unreasonable|abusive|nasty|entitled|impossible|crazy|mental|insane|obnoxious|hostile|irate|volatile|emotional|difficult|horrible|awful|vile|annoying|pushy|confrontational|belligerent|argumentative|manipulative|threatening|toxic';
const DEGREE = 'very|so|quite|really|extremely|incredibly|super|pretty|being|a|bit|rather|too|completely|totally';
const label = /* @__PURE__ */ detector(
  'label',
  [
    'nightmare|karen|psycho|lunatic|nutter|troublemaker|moaner|whinger|headcase|jerk|idiot',
    `problem|difficult|rude|angry|aggressive|demanding|nightmare|nasty|awful|horrible|crazy|irate|entitled|abusive|hostile|toxic ${PEOPLE}`,
    `he|she|they|customer|caller|guest|client is|was|were|are|got|gets|seemed|seems|been ${DEGREE}? ${DEGREE}? ${TRAITS}`,
    `${TRAITS} and ${TRAITS}`,
    'rude|aggressive|abusive|hysterical|obnoxious|entitled|belligerent',
    'a real|proper|right pain',
    'kicked off',
    'watch out|beware',
    'brace yourself|yourselves',
  ],
  {
    negatable: false,
    // "I was rude", "that was rude of me": an apology for the speaker's own manner.
    reject: (tokens, span) => {
      const sentence = tokens[span.start]!.sentence;
      const ofMe = tokens[span.end]?.word === 'of' && ['me', 'us'].includes(tokens[span.end + 1]?.word ?? '');
      const mine = tokens.slice(Math.max(0, span.start - 3), span.start).some((t) => t.sentence === sentence && ['i', 'we'].includes(t.word));
      return saidOfMyself(tokens, span) || ofMe || mine;
    },
  },
);

/** A hold or wait in the same sentence as an absurd length: "ten seconds", "a second", "45 minutes". */
const unrealisticWait = /* @__PURE__ */ detector('unrealistic-wait', [], {
  negatable: false,
  extra: (tokens) => {
    const spans: Span[] = [];
    // Only a wait being asked for: "hold", or "wait" after "can you", "would you mind", "please"; not the wait so far
    // ("fifty minutes is far too long").
    const asking = (i: number) => tokens.slice(Math.max(0, i - 4), i).some((t) => ['can', 'could', 'would', 'please', 'mind', 'okay', 'happy'].includes(t.word));
    const waitSentences = new Set(
      tokens.filter((t, i) => ['hold', 'holding'].includes(t.word) || (['wait', 'waiting'].includes(t.word) && asking(i))).map((t) => t.sentence),
    );
    tokens.forEach((t, i) => {
      if (!waitSentences.has(t.sentence)) return;
      const unit = tokens[i + 1]?.word ?? '';
      const n = /^\d+$/.test(t.word) ? Number(t.word) : ({ ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, ninety: 90 } as Record<string, number>)[t.word];
      if (n !== undefined && ['minute', 'minutes', 'mins', 'min'].includes(unit) && n >= 15) spans.push({ start: i, end: i + 2 });
      if (n !== undefined && ['second', 'seconds', 'secs', 'sec'].includes(unit) && n <= 15) spans.push({ start: i, end: i + 2 });
      if (['a', 'one'].includes(t.word) && ['second', 'sec'].includes(unit) && tokens[i - 1]?.word === 'for') spans.push({ start: i, end: i + 2 });
      if (['hour', 'hours'].includes(unit) && n !== undefined) spans.push({ start: i, end: i + 2 });
    });
    return spans;
  },
});

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
  'over-promise': overPromise,
  dig,
  label,
  'unrealistic-wait': unrealisticWait,
};
