/**
 * Reads a reply once and lists every move it makes, good and harmful, with the words that made each.
 */
import type { RewriteGoodMove, RewriteHarmfulMove } from '../types.ts';
import { overlaps, runDetector } from './detect.ts';
import { GOOD_DETECTORS, sentencesOf } from './good-moves.ts';
import { HARMFUL_DETECTORS } from './harmful-moves.ts';
import { actionLemma } from './lexicon.ts';
import { quote, type Span } from './patterns.ts';
import { tokenize, type Token } from './tokens.ts';

export interface MoveFound<M extends string> {
  readonly move: M;
  /** The learner's words that made the move, as typed. */
  readonly words: readonly string[];
}

export interface ReplyAnalysis {
  readonly tokens: readonly Token[];
  /** Typed words (not tokens): "won't" is one word. */
  readonly wordCount: number;
  readonly good: ReadonlyMap<RewriteGoodMove, readonly Span[]>;
  readonly harmful: readonly MoveFound<RewriteHarmfulMove>[];
  readonly text: string;
}

const HARMFUL_ORDER = Object.keys(HARMFUL_DETECTORS) as RewriteHarmfulMove[];
const GOOD_ORDER = Object.keys(GOOD_DETECTORS) as RewriteGoodMove[];

/** Finds every shared move in `text`. Pure and deterministic; a few hundred patterns over a short text. */
export function analyseReply(text: string): ReplyAnalysis {
  const tokens = tokenize(text);
  const harmfulSpans = new Map<RewriteHarmfulMove, Span[]>();
  for (const move of HARMFUL_ORDER) {
    const spans = runDetector(tokens, HARMFUL_DETECTORS[move]);
    if (spans.length > 0) harmfulSpans.set(move, spans);
  }

  const good = new Map<RewriteGoodMove, Span[]>();
  for (const move of GOOD_ORDER) good.set(move, runDetector(tokens, GOOD_DETECTORS[move]));

  // "Sorry if you feel…" and "SO sorry your time is so precious" contain "sorry" but apologise for nothing.
  const fakeApologies = [...(harmfulSpans.get('non-apology') ?? []), ...(harmfulSpans.get('sarcasm') ?? [])];
  good.set('apology', good.get('apology')!.filter((span) => !fakeApologies.some((fake) => overlaps(fake, span))));

  // "I can't pause it from the desk, but I can request a medical freeze": a limit said on the way to what the speaker
  // can do is not a refusal, nor policy to hide behind. A contrast ("but", "however"; "while", "although" before it)
  // followed, in that sentence or the next, by a next step, an alternative or a follow-up softens it.
  const offers = [...good.get('next-step')!, ...good.get('alternative')!, ...good.get('follow-up')!];
  for (const move of SOFTENED) {
    const spans = harmfulSpans.get(move);
    if (!spans) continue;
    const kept = spans.filter((span) => !softened(tokens, span, offers));
    if (kept.length > 0) harmfulSpans.set(move, kept);
    else harmfulSpans.delete(move);
  }

  // A time is a commitment only in a sentence that promises, offers or asks to do something, or asks someone to
  // ("Please call him after noon tomorrow": a handover's next step).
  const promising = sentencesOf(tokens, [...good.get('next-step')!, ...good.get('follow-up')!, ...good.get('permission')!, ...requests(tokens)]);
  good.set('time-commitment', good.get('time-commitment')!.filter((span) => promising.has(tokens[span.start]!.sentence)));

  const harmful = [...harmfulSpans].map(([move, spans]) => ({
    move,
    words: [...new Set(spans.map((span) => quote(text, tokens, span)))],
  }));
  const wordCount = new Set(tokens.map((token) => token.start)).size;
  return { tokens, wordCount, good, harmful, text };
}

/** Words that turn a request back on the customer: "call back in an hour", "please try again later", "you". */
const TO_THE_CUSTOMER = new Set(['you', 'your', 'yourself', 'back', 'again', 'later', 'us']);

/**
 * Requests to a colleague for an action on the customer's behalf: "please check his account…", "can someone ring
 * him…", or a clause that opens with an action verb ("Next: call him after 12"). Said to the customer ("Call back in
 * an hour", "please try again later") it is no commitment, so nothing in the rest of its sentence may address them.
 */
function requests(tokens: readonly Token[]): Span[] {
  const toColleague = (i: number) => !tokens.slice(i + 1).some((u) => u.sentence === tokens[i]!.sentence && TO_THE_CUSTOMER.has(u.word));
  return tokens.flatMap((t, i) => {
    const verb = tokens[i + 1];
    const asks = (t.word === 'please' || ['someone', 'somebody', 'whoever'].includes(t.word)) && verb?.sentence === t.sentence && actionLemma(verb.word) !== undefined;
    if (asks && toColleague(i + 1)) return [{ start: i, end: i + 2 }];
    const opens = i === 0 || tokens[i - 1]!.clause !== t.clause;
    return opens && actionLemma(t.word) === t.word && tokens[i + 1]?.clause === t.clause && toColleague(i) ? [{ start: i, end: i + 1 }] : [];
  });
}

/** Harmful moves a contrast with an offer can soften (see analyseReply). */
const SOFTENED: readonly RewriteHarmfulMove[] = ['refusal', 'negated-commitment', 'policy'];
const CONTRAST_AFTER = new Set(['but', 'however', 'though', 'instead', 'yet']);
// "If the freeze isn't possible, I'll go through cheaper options": a contingency with its plan, not a refusal.
const CONTRAST_BEFORE = new Set(['while', 'although', 'though', 'whereas', 'if', 'unless']);

function softened(tokens: readonly Token[], span: Span, offers: readonly Span[]): boolean {
  const sentence = tokens[span.start]!.sentence;
  const before = tokens.slice(0, span.start).some((t) => t.sentence === sentence && CONTRAST_BEFORE.has(t.word));
  return offers.some((offer) => {
    if (offer.start < span.end) return false;
    const offerSentence = tokens[offer.start]!.sentence;
    if (offerSentence !== sentence && offerSentence !== sentence + 1) return false;
    const between = tokens.slice(span.end, offer.start);
    return before || between.some((t) => CONTRAST_AFTER.has(t.word));
  });
}

/** The learner's words for spans. */
export function wordsOf(analysis: ReplyAnalysis, spans: readonly Span[]): string[] {
  return [...new Set(spans.map((span) => quote(analysis.text, analysis.tokens, span)))];
}
