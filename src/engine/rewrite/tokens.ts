/**
 * Tokens for the rewrite grader. Learners type on phones, in a hurry, in British or American English, so a
 * reply is reduced to a list of plain words before any detector looks at it: lower case, straight quotes,
 * contractions expanded ("won't" → "will not", "ill" → "i will"), chat spellings and common typos mapped
 * ("u" → "you", "soz" → "sorry", "apologise" → "apologize"), "5pm" split into "5 pm".
 *
 * Each token keeps the character span of the word it came from, so the grader can quote the learner's own
 * words back ("you wrote “nothing I can do”"), and the sentence and clause it sits in, because negation
 * and commitments never reach across a full stop ("No. I will call you" is a promise).
 */

export interface Token {
  /** The normalised word. One typed word may give several tokens ("won't" → "will", "not"). */
  readonly word: string;
  /** Span of the typed word in the original text. */
  readonly start: number;
  readonly end: number;
  /** Index of the sentence (split at . ! ? …) and of the clause (also split at , ; : ( ) and dashes). */
  readonly sentence: number;
  readonly clause: number;
  /** True when the typed word was written in capitals ("SO sorry"), which often marks sarcasm. */
  readonly shouted: boolean;
}

// Whole typed words → normalised words. Covers contractions typed without the apostrophe, chat spellings
// and typos seen in learners' answers; anything not here falls through to the regular rules below.
const WORDS: Readonly<Record<string, string>> = {
  "can't": 'can not', cannot: 'can not', cant: 'can not', "won't": 'will not', wont: 'will not',
  "shan't": 'shall not', "ain't": 'is not', "let's": 'let us', "i'm": 'i am', im: 'i am', ill: 'i will',
  ive: 'i have', dont: 'do not', didnt: 'did not', doesnt: 'does not', isnt: 'is not', arent: 'are not',
  wasnt: 'was not', werent: 'were not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not',
  havent: 'have not', hasnt: 'has not', thats: 'that is', whats: 'what is', theres: 'there is', heres: 'here is',
  its: 'it is', youre: 'you are', youll: 'you will', youve: 'you have', theyre: 'they are', u: 'you', ur: 'your',
  r: 'are', pls: 'please', plz: 'please', thx: 'thanks', thnx: 'thanks', thanx: 'thanks', tks: 'thanks',
  ty: 'thanks', thankyou: 'thank you', sry: 'sorry', soz: 'sorry', sorr: 'sorry', sory: 'sorry', srry: 'sorry',
  sorri: 'sorry', sorrry: 'sorry', soory: 'sorry', mins: 'minutes', min: 'minute', secs: 'seconds', sec: 'second',
  hrs: 'hours', hr: 'hour', tmrw: 'tomorrow', tmr: 'tomorrow', tomoz: 'tomorrow', '2moro': 'tomorrow',
  tomorow: 'tomorrow', tommorow: 'tomorrow', tommorrow: 'tomorrow', bout: 'about', gonna: 'going to',
  wanna: 'want to', til: 'until', till: 'until', doc: 'doctor', docs: 'doctor is', alright: 'all right',
  ok: 'okay', 'o.k': 'okay', whilst: 'while', msg: 'message', asap: 'as soon as possible', b4: 'before',
  "o'clock": 'oclock', oclock: 'oclock', apology: 'apologies', apologys: 'apologies',
};

// "'s" after these means "is"; elsewhere it is a possessive and is dropped.
const IS_AFTER = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'where', 'when', 'why', 'how', 'he', 'she', 'this', 'system', 'doctor', 'everyone', 'nobody']);

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["n't", ' not'],
  ["'ll", ' will'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'m", ' am'],
  ["'d", ' would'],
];

// Words worth catching with one typo (Damerau distance 1): long enough that a near miss is not another word.
const FUZZY = ['apologize', 'apologies', 'appreciate', 'patience', 'minute', 'minutes', 'tomorrow', 'forgive', 'immediately', 'afternoon'];

const APOLOGIZE: Readonly<Record<string, string>> = { s: 'apologizes', d: 'apologized', ing: 'apologizing' };

/** Straightens curly quotes and maps British -ise spellings of "apologise" (and typos of it) to one form. */
function spell(word: string): string {
  const apology = /^ap+o?l+o?g[iy][sz]e?(s|d|ing)?$/.exec(word);
  if (apology) return APOLOGIZE[apology[1] ?? ''] ?? 'apologize';
  if (word.length < 6) return word;
  if (FUZZY.includes(word)) return word;
  for (const target of FUZZY) if (word[0] === target[0] && withinOneEdit(word, target)) return target;
  return word;
}

/** True when `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The normalised words for one typed word (lower case, straight apostrophes). */
export function expandWord(typed: string): string[] {
  const digitsThenLetters = /^(\d+)([a-z]+)$/.exec(typed);
  if (digitsThenLetters) return [digitsThenLetters[1]!, ...expandWord(digitsThenLetters[2]!)];
  const mapped = WORDS[typed];
  if (mapped !== undefined) return mapped.split(' ');
  let word = typed;
  const possessive = /^(.+)'s$/.exec(word);
  if (possessive) return IS_AFTER.has(possessive[1]!) ? [possessive[1]!, 'is'] : expandWord(possessive[1]!);
  for (const [suffix, replacement] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) {
      word = word.slice(0, -suffix.length) + replacement;
      break;
    }
  }
  // Each part is expanded again ("5'a" → "5a" → "5", "a"), so normalised words are fixed points and
  // normalising twice changes nothing.
  return word
    .replace(/'/g, '')
    .split(' ')
    .filter((part) => part !== '')
    .flatMap((part) => (part === typed ? [spell(part)] : expandWord(part)));
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'st', 'prof']);
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:'[\p{L}]+)*|[.!?…]+|[,;:()\u2013\u2014]|\s-\s/gu;

/** Splits a reply into normalised tokens with their spans, sentences and clauses. */
export function tokenize(text: string): Token[] {
  // "3 p.m." must not end a sentence; padding keeps every character where it was, so spans still point
  // at the learner's text.
  const straight = text
    .replace(/[\u2018\u2019\u201B\u2032\u02BC`]/g, "'")
    .replace(/\b([ap])\.m\./gi, (_m, letter: string) => `${letter}m  `);
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let lastWord = '';
  let wordsInSentence = 0;
  for (const match of straight.matchAll(WORD_OR_MARK)) {
    const raw = match[0];
    const start = match.index;
    if (!/[\p{L}\p{N}]/u.test(raw)) {
      const endsSentence = /[.!?…]/.test(raw) && !(raw === '.' && ABBREVIATIONS.has(lastWord));
      if (endsSentence && wordsInSentence > 0) {
        sentence++;
        clause++;
        wordsInSentence = 0;
      } else if (!endsSentence && wordsInSentence > 0) clause++;
      continue;
    }
    const shouted = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
    for (const word of expandWord(raw.toLowerCase())) {
      tokens.push({ word, start, end: start + raw.length, sentence, clause, shouted });
    }
    lastWord = raw.toLowerCase();
    wordsInSentence++;
  }
  return tokens;
}

/** The normalised words of a phrase, as a trainer writes it in quiz.yaml ("I can't" → ["i", "can", "not"]). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.word);
}

/** Idempotent text form of the tokens: the words joined by single spaces. */
export function normalizeReply(text: string): string {
  return phraseWords(text).join(' ');
}
