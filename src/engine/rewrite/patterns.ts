/**
 * A tiny pattern language over tokens, so detectors read like the phrases they catch:
 *
 *   "sorry (that)? you feel|felt|think"   — words in order; `a|b` alternatives; `?` after a slot: optional
 *   "let me|us @adv? @action"             — `@name` a word class (see CLASSES); `*` any one word
 *
 * A pattern matches inside one sentence. Whether a match is negated ("I will NOT be taking your number")
 * is decided by `isNegated`, not by the pattern.
 */
import { actionLemma, isDay, isNumber, isQuantity, isTimeUnit, NEGATORS, NOT_NEGATING, SCOPE_BREAKERS } from './lexicon.ts';
import type { Token } from './tokens.ts';

type WordTest = (tokens: readonly Token[], index: number) => boolean;

interface Slot {
  readonly tests: readonly WordTest[];
  readonly optional: boolean;
}

export interface Pattern {
  readonly source: string;
  readonly slots: readonly Slot[];
}

export interface Span {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

const word = (w: string): WordTest => (tokens, i) => tokens[i]?.word === w;

/** An action verb with something after it in the same clause: "let me call you" but not "let me call." */
const action: WordTest = (tokens, i) => {
  const token = tokens[i];
  const next = tokens[i + 1];
  return token !== undefined && actionLemma(token.word) !== undefined && next !== undefined && next.clause === token.clause;
};

const ADVERBS = new Set(['just', 'also', 'personally', 'definitely', 'certainly', 'quickly', 'gladly', 'happily', 'now', 'then', 'right', 'straight', 'immediately', 'first', 'really', 'still', 'go', 'and', 'be', 'happy', 'able', 'to', 'absolutely', 'myself', 'quickly', 'actually']);

const CLASSES: Readonly<Record<string, WordTest>> = {
  action,
  /** An action verb, with or without an object: "I won't check." refuses as much as "I won't check it." */
  verb: (tokens, i) => actionLemma(tokens[i]?.word ?? '') !== undefined,
  adv: (tokens, i) => ADVERBS.has(tokens[i]?.word ?? ''),
  subj: (tokens, i) => ['i', 'we'].includes(tokens[i]?.word ?? ''),
  qty: (tokens, i) => isQuantity(tokens[i]?.word ?? ''),
  num: (tokens, i) => isNumber(tokens[i]?.word ?? ''),
  unit: (tokens, i) => isTimeUnit(tokens[i]?.word ?? ''),
  day: (tokens, i) => isDay(tokens[i]?.word ?? ''),
  ampm: (tokens, i) => ['am', 'pm', 'oclock'].includes(tokens[i]?.word ?? ''),
  any: (tokens, i) => tokens[i] !== undefined,
};

function compileSlot(source: string): Slot {
  const optional = source.endsWith('?');
  const body = (optional ? source.slice(0, -1) : source).replace(/^\((.*)\)$/, '$1');
  const tests = body.split('|').map((alt): WordTest => {
    if (alt === '*') return CLASSES.any!;
    if (alt.startsWith('@')) {
      const test = CLASSES[alt.slice(1)];
      if (!test) throw new Error(`unknown word class ${alt}`);
      return test;
    }
    return word(alt);
  });
  return { tests, optional };
}

/** Compiles a pattern (see the module comment). */
export function compile(source: string): Pattern {
  return { source, slots: source.trim().split(/\s+/).map(compileSlot) };
}

/** Where the slots from `slot` on match from token `at`, or -1. Optional slots are tried taken first. */
function matchFrom(tokens: readonly Token[], slots: readonly Slot[], slot: number, at: number, sentence: number): number {
  if (slot === slots.length) return at;
  const current = slots[slot]!;
  const token = tokens[at];
  if (token !== undefined && token.sentence === sentence && current.tests.some((test) => test(tokens, at))) {
    const end = matchFrom(tokens, slots, slot + 1, at + 1, sentence);
    if (end >= 0) return end;
  }
  return current.optional ? matchFrom(tokens, slots, slot + 1, at, sentence) : -1;
}

/** Every match of `pattern` in `tokens`, left to right, not overlapping. */
export function findAll(tokens: readonly Token[], pattern: Pattern): Span[] {
  const spans: Span[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const end = matchFrom(tokens, pattern.slots, 0, start, tokens[start]!.sentence);
    if (end > start) {
      spans.push({ start, end });
      start = end - 1;
    }
  }
  return spans;
}

/** True when the token at `index` negates what follows: "not", "never", "nothing", "rather than"… */
export function isNegatorAt(tokens: readonly Token[], index: number): boolean {
  const w = tokens[index]?.word;
  if (w === undefined) return false;
  if (w === 'than') return tokens[index - 1]?.word === 'rather';
  if (w === 'instead') return tokens[index + 1]?.word === 'of';
  if (!NEGATORS.has(w)) return false;
  return !NOT_NEGATING.some((expression) => {
    const offset = expression.indexOf(w);
    return offset >= 0 && expression.every((part, k) => tokens[index - offset + k]?.word === part);
  });
}

/** How many words before a match a negator still reaches it ("I will not be taking your number"). */
const NEGATION_REACH = 6;

/**
 * True when a negator governs the match: one appears before it in the same clause, within NEGATION_REACH
 * words, with no "but", "and", "because"… in between. Matches that contain a negator themselves ("not my
 * fault") are read as they are written.
 */
export function isNegated(tokens: readonly Token[], span: Span): boolean {
  for (let k = span.start; k < span.end; k++) if (isNegatorAt(tokens, k)) return false;
  const clause = tokens[span.start]!.clause;
  for (let k = span.start - 1; k >= Math.max(0, span.start - NEGATION_REACH); k--) {
    const token = tokens[k]!;
    if (token.clause !== clause || SCOPE_BREAKERS.has(token.word)) return false;
    if (isNegatorAt(tokens, k)) return true;
  }
  return false;
}

/** The learner's own words for a span: the text from the first to the last typed word it covers. */
export function quote(text: string, tokens: readonly Token[], span: Span): string {
  return text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
}
