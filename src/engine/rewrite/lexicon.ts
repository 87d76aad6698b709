/**
 * Word lists the rewrite detectors share: the actions a reply can commit to, quantities and units of time,
 * and the words that negate. Kept small and explicit so a trainer reading a surprising grade can find why.
 */

/** Verbs of doing something for the customer. "Let me number" has none, so it is not a next step. */
const ACTIONS = [
  'call', 'ring', 'phone', 'text', 'email', 'message', 'contact', 'reach', 'check', 'look', 'find', 'see',
  'confirm', 'ask', 'speak', 'talk', 'take', 'get', 'grab', 'note', 'write', 'jot', 'put', 'place', 'pop',
  'move', 'switch', 'transfer', 'change', 'downgrade', 'lower', 'drop', 'reduce', 'upgrade', 'book', 'rebook',
  'reschedule', 'arrange', 'organize', 'organise', 'sort', 'fix', 'help', 'make', 'send', 'give', 'offer',
  'update', 'let', 'keep', 'come', 'go', 'pause', 'freeze', 'hold', 'follow', 'chase', 'escalate', 'request',
  'raise', 'flag', 'refund', 'credit', 'waive', 'try', 'pass', 'bring', 'order', 'reserve', 'handle', 'deal',
  'process', 'apply', 'log', 'record', 'tell', 'explain', 'show', 'cancel', 'add', 'review', 'investigate',
  'double', 'do', 'set', 'start', 'run', 'interrupt', 'contact', 'phone', 'text', 'ring', 'lookup', 'add',
  'read', 'submit', 'ask', 'print', 'deliver', 'rush', 'courier', 'hem', 'finish', 'carry', 'shift', 'swap',
  'replace', 'issue', 'reissue', 'prepare', 'collect', 'pick', 'fetch', 'open', 'activate', 'load', 'top',
];
const ACTION_SET = new Set(ACTIONS);

const IRREGULAR: Readonly<Record<string, string>> = {
  rang: 'ring', rung: 'ring', took: 'take', taken: 'take', sent: 'send', spoke: 'speak', spoken: 'speak',
  got: 'get', found: 'find', made: 'make', gave: 'give', given: 'give', told: 'tell', brought: 'bring',
  came: 'come', went: 'go', gone: 'go', kept: 'keep', did: 'do', done: 'do', saw: 'see', seen: 'see',
  wrote: 'write', written: 'write', shifted: 'shift', carried: 'carry', picked: 'pick', dealt: 'deal', froze: 'freeze', frozen: 'freeze', held: 'hold', put: 'put',
};

/** The base form of `word` when it is a form of an action verb ("ringing" → "ring"), else undefined. */
export function actionLemma(word: string): string | undefined {
  if (ACTION_SET.has(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  const candidates: string[] = [];
  for (const ending of ['ing', 'ed', 'es', 's', 'd']) {
    if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
    const stem = word.slice(0, -ending.length);
    candidates.push(stem, `${stem}e`);
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) candidates.push(stem.slice(0, -1));
  }
  return candidates.find((candidate) => ACTION_SET.has(candidate));
}

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'ninety', 'half', 'couple', 'few', 'several', 'a', 'an',
]);

/** A number or a word that counts ("two", "a couple", "half"). */
export function isQuantity(word: string): boolean {
  return /^\d+$/.test(word) || NUMBER_WORDS.has(word);
}

export function isNumber(word: string): boolean {
  return /^\d+$/.test(word) || (NUMBER_WORDS.has(word) && !['a', 'an', 'few', 'several', 'couple', 'half'].includes(word));
}

const UNITS = new Set(['second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'moment']);
export function isTimeUnit(word: string): boolean {
  return UNITS.has(word) && word !== 'moment';
}

const DAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'noon', 'midday', 'lunch',
  'lunchtime', 'tonight', 'tomorrow', 'today', 'weekend', 'close', 'closing',
]);
export function isDay(word: string): boolean {
  return DAYS.has(word);
}

/** Words that negate what follows them in the same clause. */
export const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly']);

/**
 * Fixed expressions that contain a negator but do not negate: "no problem, I'll call you", "no later than
 * five", "if you don't mind". The value is how many words follow the negator in the expression.
 */
export const NOT_NEGATING: ReadonlyArray<readonly string[]> = [
  ['no', 'problem'], ['no', 'worries'], ['not', 'a', 'problem'], ['not', 'at', 'all'], ['no', 'later'],
  ['no', 'more'], ['no', 'longer'], ['not', 'more'], ['not', 'longer'], ['not', 'long'], ['no', 'doubt'],
  ['not', 'only'], ['never', 'mind'], ['oh', 'no'], ['no', 'no'], ['do', 'not', 'mind'], ['not', 'mind'],
];

/** Words that close the reach of a negation inside a sentence ("I can't see it, but I will call you"). */
export const SCOPE_BREAKERS = new Set(['but', 'and', 'so', 'because', 'while', 'though', 'although', 'or', 'then', 'if', 'when', 'once', 'until', 'however']);
