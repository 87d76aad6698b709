/**
 * Grades a rewrite: the question's criteria, plus the shared harmful moves every question checks.
 *
 * Score = the weights of the criteria met, out of the weights of all criteria that ask for something.
 * Any harmful move, any broken "rules out" criterion, or a reply too short to do anything keeps the score at
 * HARM_CAP of the total or below, so it can never pass (a trainer fails a sarcastic reply however polite
 * its other words are), as does missing a criterion marked `required`. A reply that names nothing the question
 * is `about` earns nothing: it was not written for this customer.
 */
import { asResponseOf, invalid, earnedScore } from '../response-shape.ts';
import type { RewriteAbout, RewriteCriterion, RewriteGoodMove, RewriteHarmfulMove, RewriteQuestion, Score } from '../types.ts';
import { analyseReply, wordsOf, type MoveFound, type ReplyAnalysis } from './analyse.ts';
import { isNegated, type Span } from './patterns.ts';
import { phraseWords } from './tokens.ts';

/** The highest share of the total a reply with a harmful move can earn. */
export const HARM_CAP = 0.4;
/** Fewer typed words than this cannot apologise, act and say when; such a reply is capped like a harmful one. */
export const MIN_WORDS = 5;

export interface CriterionResult {
  readonly id: string;
  /** `goal`: asks for something (has a weight); `guard`: rules something out. */
  readonly role: 'goal' | 'guard';
  readonly met: boolean;
  /** The learner's words that met a goal (empty for a guard, or when unmet). */
  readonly matched: readonly string[];
  /** The learner's words that broke a guard (or a goal's own `noneOf`), so the UI can say what to change. */
  readonly matchedBanned: readonly string[];
}

export interface RewriteEvaluation {
  /** One result per criterion, in the question's order. */
  readonly criteria: readonly CriterionResult[];
  /** Shared harmful moves found, with the words that triggered each, in a fixed order. */
  readonly harmful: readonly MoveFound<RewriteHarmfulMove>[];
  /** True when the reply has too few words to be graded as a full answer. */
  readonly tooShort: boolean;
  /** One result per entry of the question's `about` list: met when the reply names it (its words in `matched`). */
  readonly about: readonly { readonly id: string; readonly met: boolean; readonly matched: readonly string[] }[];
  /** False when the question has an `about` list and the reply names none of it. */
  readonly grounded: boolean;
}

/** True when a criterion asks for something (and so carries weight); false when it only rules something out. */
export function isGoal(criterion: RewriteCriterion): boolean {
  return criterion.move !== undefined || (criterion.anyOf?.length ?? 0) > 0;
}

/** A crude stem, enough to match a word with its endings: "holds", "holding" meet; "held" stays apart. */
const stem = (word: string) => word.replace(/(?:ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');

/**
 * Every occurrence of a trainer's phrase, word for word: outside a negated clause unless `negatable` is false ("must
 * not contain" lists, and `about`, where a negated mention still names the scenario); with `endings`, a word of four
 * letters or more may take an ending.
 */
function phraseSpans(analysis: ReplyAnalysis, phrase: string, negatable: boolean, endings = false): Span[] {
  const needle = phraseWords(phrase).map((w) => (endings && w.length > 3 ? stem(w) : w));
  if (needle.length === 0) return [];
  const { tokens } = analysis;
  const matches = (word: string, w: string) => word === w || (endings && word.length > 3 && stem(word) === w);
  const spans: Span[] = [];
  for (let start = 0; start + needle.length <= tokens.length; start++) {
    if (needle.every((w, k) => matches(tokens[start + k]!.word, w))) {
      const span = { start, end: start + needle.length };
      if (!negatable || !isNegated(tokens, span)) spans.push(span);
    }
  }
  return spans;
}

/** The shared moves a criterion accepts (none, one, or any of a list). */
export function movesOf(criterion: RewriteCriterion): readonly RewriteGoodMove[] {
  if (criterion.move === undefined) return [];
  return typeof criterion.move === 'string' ? [criterion.move] : criterion.move;
}

function evaluateCriterion(analysis: ReplyAnalysis, criterion: RewriteCriterion): CriterionResult {
  const banned = [
    ...(criterion.avoid ? (analysis.harmful.find((h) => h.move === criterion.avoid)?.words ?? []) : []),
    ...(criterion.noneOf ?? []).flatMap((phrase) => wordsOf(analysis, phraseSpans(analysis, phrase, false))),
  ];
  const matchedBanned = [...new Set(banned)];
  if (!isGoal(criterion)) return { id: criterion.id, role: 'guard', met: matchedBanned.length === 0, matched: [], matchedBanned };
  const spans = [
    ...movesOf(criterion).flatMap((move) => analysis.good.get(move) ?? []),
    ...(criterion.anyOf ?? []).flatMap((phrase) => phraseSpans(analysis, phrase, true)),
  ];
  const matched = wordsOf(analysis, spans);
  return { id: criterion.id, role: 'goal', met: matched.length > 0 && matchedBanned.length === 0, matched, matchedBanned };
}

/**
 * Checks a rewrite against each of the question's criteria and against the shared harmful moves. Results
 * follow the question's criteria order; harmful moves carry the learner's own words.
 */
export function evaluateRewrite(text: string, question: RewriteQuestion): RewriteEvaluation {
  const analysis = analyseReply(text);
  const about = (question.about ?? []).map((topic: RewriteAbout) => {
    // Negated or not, a mention names the scenario ("I can't pause your membership, but…" is about it); a word may
    // take an ending ("holding" names "hold", "payments" names "payment").
    const matched = wordsOf(analysis, topic.anyOf.flatMap((phrase) => phraseSpans(analysis, phrase, false, true)));
    return { id: topic.id, met: matched.length > 0, matched };
  });
  return {
    criteria: question.criteria.map((criterion) => evaluateCriterion(analysis, criterion)),
    harmful: analysis.harmful,
    tooShort: analysis.wordCount < MIN_WORDS,
    about,
    grounded: about.length === 0 || about.some((topic) => topic.met),
  };
}

/** The good moves a text makes, for tools and tests: move → the learner's words. */
export function findGoodMoves(text: string): Map<RewriteGoodMove, string[]> {
  const analysis = analyseReply(text);
  const found = new Map<RewriteGoodMove, string[]>();
  for (const [move, spans] of analysis.good) if (spans.length > 0) found.set(move, wordsOf(analysis, spans));
  return found;
}

/** The harmful moves a text makes: move → the learner's words. */
export function findHarmfulMoves(text: string): Map<RewriteHarmfulMove, readonly string[]> {
  return new Map(analyseReply(text).harmful.map((h) => [h.move, h.words]));
}

const weightOf = (criterion: RewriteCriterion): number => Math.max(0, criterion.weight ?? 1);

/** The share of the total a reply earns, in [0, 1], from its evaluation. */
export function rewriteFraction(question: RewriteQuestion, evaluation: RewriteEvaluation): { earned: number; total: number } {
  let earned = 0;
  let total = 0;
  question.criteria.forEach((criterion, index) => {
    if (!isGoal(criterion)) return;
    total += weightOf(criterion);
    if (evaluation.criteria[index]?.met) earned += weightOf(criterion);
  });
  if (total === 0) {
    // A question that only rules things out: any reply that breaks none of them has done what was asked.
    total = 1;
    earned = 1;
  }
  if (!evaluation.grounded) return { earned: 0, total };
  const missesRequired = question.criteria.some((criterion, index) => criterion.required === true && isGoal(criterion) && !evaluation.criteria[index]?.met);
  const capped =
    evaluation.harmful.length > 0 || evaluation.tooShort || missesRequired || evaluation.criteria.some((c) => c.role === 'guard' && !c.met);
  return { earned: capped ? Math.min(earned, HARM_CAP * total) : earned, total };
}

/**
 * Where the grader's signals conflict, so a verdict could be wrong: a reply that does most of what was asked but
 * also makes a harmful move, or one that makes good moves but names nothing of the scenario. The grade stands (exam
 * mode grades by the same rules); the learner is told what was found and pointed to the model answer and criteria
 * instead of being handed a confident verdict. Empty when the signals agree.
 */
export function rewriteDoubts(question: RewriteQuestion, evaluation: RewriteEvaluation): string[] {
  const goals = question.criteria.map((criterion, index) => ({ criterion, result: evaluation.criteria[index] })).filter(({ criterion }) => isGoal(criterion));
  const met = goals.filter(({ result }) => result?.met);
  const doubts: string[] = [];
  if (evaluation.harmful.length > 0 && goals.length > 0 && met.length * 2 >= goals.length) {
    doubts.push(`it does much of what was asked (${met.map(({ criterion }) => criterion.label.toLowerCase()).join('; ')}) but also has words to change`);
  }
  if (!evaluation.grounded && met.length > 0) {
    doubts.push('it makes good moves but names nothing of this customer’s situation that the grader knows');
  }
  return doubts;
}

/**
 * Scores a rewrite (see the module comment). A response that is not a rewrite, or text with no words, is
 * `invalid`: an empty reply would otherwise break no rule.
 */
export function scoreRewrite(response: unknown, question: RewriteQuestion): Score {
  const checked = asResponseOf(response, 'rewrite');
  if (!checked.ok) return checked.score;
  const { text } = checked.value;
  if (typeof text !== 'string') return invalid('the rewrite must be text');
  if (phraseWords(text).length === 0) return invalid('not answered: write your version of the sentence');
  const { earned, total } = rewriteFraction(question, evaluateRewrite(text, question));
  return earnedScore(earned, total);
}
