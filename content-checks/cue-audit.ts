/**
 * The cue audit: what a test-wise learner who knows nothing of customer service would score, playing every quiz
 * through the engine with the strategies such learners use (the longest option, the option that lists the most
 * actions, the one without "always" or "never", the longest reply, ticking everything, a stock apology pasted into
 * every rewrite). A score must be earnable only with the skill, so every strategy must stay near random guessing.
 *
 * Expected credit is computed exactly, not sampled: a strategy that cannot separate two options (a tie) takes each
 * with equal chance, and random guessing is the mean over every choice. Used by tests/content/cue-audit.test.ts (the
 * thresholds below fail `npm test`), by `npm run bench` and by `npx tsx scripts/cue-audit.ts`, which prints the items
 * that carry each cue.
 */
import {
  creditFraction,
  ofKind,
  QUESTION_KINDS,
  scoreQuestion,
  type ConversationNode,
  type ConversationQuestion,
  type MultipleQuestion,
  type Question,
  type QuestionKind,
  type QuestionOf,
  type SingleQuestion,
  type SpotQuestion,
} from '../src/engine/index.ts';

// ── Thresholds (one home; the test and the bench read them from here) ──────────────────────────────────────────

/** No strategy may expect more than this on the final assessment (the pass mark is 80 %). */
export const EXAM_CEILING = 0.45;
/** No strategy may expect more than random guessing plus this, per question kind, over the whole course. */
export const KIND_MARGIN = 0.15;
/** Single choice: the key is the longest / shortest / most-action / fewest-action option in this share of items. */
export const RANK_BAND = { min: 0.15, max: 0.4 } as const;
/** Select-all: the share of options that are correct, per item. */
export const MULTIPLE_CORRECT_BAND = { min: 0.4, max: 0.6 } as const;
/** Conversation: the best reply is the strictly longest at no more than this share of decision points. */
export const CONVERSATION_LONGEST_MAX = 0.5;

/**
 * Replies a learner could paste into any rewrite question (at least 20): each apologises, promises a callback or to
 * "sort it", or says the right kind of thing, but none names anything of a scenario. A rewrite must be graded on what its scenario needs, so
 * these should earn little anywhere.
 */
export const GENERIC_REPLIES: readonly string[] = [
  'Sorry. I will call you in 10 minutes.',
  "I'm so sorry about this. I'll sort it out and call you back within the hour.",
  'I apologise for the inconvenience. Let me look into it for you right away.',
  "I'm sorry for the trouble. What I can do is look into it now and get back to you today.",
  'Thank you for your patience. I understand how frustrating this is, and I will take care of it personally.',
  "I'm really sorry. That's our mistake and I'll fix it. I'll email you by 5 p.m. with an update.",
  'Sorry about that! I can help. Could you give me a moment while I check?',
  'I hear you, and I apologise. I will follow up with you tomorrow morning.',
  'My apologies. I will personally make sure this is resolved and let you know within 20 minutes.',
  "Thanks for telling me. I'm sorry, I'll take care of it and call you back shortly.",
  'We apologise for any inconvenience caused. Someone will be in touch.',
  "I understand. I'm sorry. Here's what I can do: I'll check and come back to you in five minutes.",
  "So sorry for the hassle! Leave it with me and I'll ring you back by 3 p.m. today.",
  'Apologies, that should not have happened. I will sort it and update you within the hour.',
  "I'm sorry you've had this experience. We value you as a customer, and I'll make it right.",
  'Sorry about this. Can I take your number? I will call you back as soon as I can.',
  "I really apologise. I'll personally look into this straight away and get back to you by the end of the day.",
  'Thank you for bringing this to my attention. I am sorry and will escalate it now.',
  "Oh no, I'm so sorry! Let me see what I can do for you right now.",
  "Sorry for the trouble. I'll check with my colleague and let you know in ten minutes.",
  'Please accept my apologies. I have noted this and someone will contact you shortly.',
  "That's really frustrating, I'm sorry. I'll fix this for you today and email you to confirm.",
];

// ── Features a test-wise learner reads off an option ────────────────────────────────────────────────────────────

/** Words a test-wise learner avoids ("always", "never") or picks; absolutes that only distractors use are a cue. */
export const ABSOLUTE = /\b(always|never|every|everyone|everybody|everything|all|none|nothing|nobody|only|must|completely|entirely|totally|absolutely|guarantee[sd]?|forever|whatever)\b/i;
/** Justifying clauses ("since…", "so that…"): a cue when only distractors (or only keys) explain themselves. */
export const JUSTIFYING = /\b(since|so that|because|as this|which means|in order to)\b/i;

/** How many actions an option lists: clauses joined by commas, semicolons, "and", "then". */
export function actionCount(text: string): number {
  return 1 + (text.match(/[,;]|\band\b|\bthen\b/gi)?.length ?? 0);
}
const length = (text: string) => text.replace(/[“”"‘’']/g, '').trim().length;

// ── Strategies ──────────────────────────────────────────────────────────────────────────────────────────────────

type Feature = (text: string) => number;
interface Pick {
  id: string;
  label: string;
  /** Scores each option; the strategy takes the highest (ties shared). */
  score: Feature;
}
/** Ways to pick one option (single choice) or one reply (each step of a conversation). */
export const PICKS: readonly Pick[] = [
  { id: 'longest', label: 'longest option', score: (t) => length(t) },
  { id: 'shortest', label: 'shortest option', score: (t) => -length(t) },
  { id: 'most-actions', label: 'most actions', score: (t) => actionCount(t) },
  { id: 'fewest-actions', label: 'fewest actions', score: (t) => -actionCount(t) },
  { id: 'no-absolutes', label: 'no absolute words', score: (t) => (ABSOLUTE.test(t) ? 0 : 1) },
  { id: 'absolutes', label: 'absolute words', score: (t) => (ABSOLUTE.test(t) ? 1 : 0) },
  { id: 'no-justification', label: 'no "since / so that"', score: (t) => (JUSTIFYING.test(t) ? 0 : 1) },
  { id: 'justification', label: '"since / so that"', score: (t) => (JUSTIFYING.test(t) ? 1 : 0) },
];

/** Ways to answer a select-all item. */
const TICKS: readonly { id: string; label: string; tick: (q: MultipleQuestion) => readonly boolean[] }[] = [
  { id: 'tick-all', label: 'tick everything', tick: (q) => q.options.map(() => true) },
  { id: 'tick-none', label: 'tick nothing', tick: (q) => q.options.map(() => false) },
  { id: 'tick-no-absolutes', label: 'tick options without absolutes', tick: (q) => q.options.map((o) => !ABSOLUTE.test(o.text)) },
  {
    id: 'tick-longer-half',
    label: 'tick the longer half',
    tick: (q) => {
      const sorted = q.options.map((o) => length(o.text)).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      return q.options.map((o) => length(o.text) >= median);
    },
  },
  {
    id: 'tick-more-actions',
    label: 'tick the options with more actions',
    tick: (q) => {
      const sorted = q.options.map((o) => actionCount(o.text)).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      return q.options.map((o) => actionCount(o.text) >= median);
    },
  },
];

/** Negation in a phrase: "not", "n't", "no", "never", "can't", "cannot", "won't". */
export const NEGATION = /\b(not|no|never|cannot|nothing|nobody|none)\b|n[’']t\b/i;

/** Ways to mark a spot item's phrases: one phrase by a feature (ties shared), or every phrase with a feature. */
const MARKS: readonly { id: string; label: string; mark: (q: SpotQuestion) => readonly string[][] }[] = [
  { id: 'mark-longest', label: 'mark the longest phrase', mark: (q) => tiedTop(q, (t) => length(t)) },
  { id: 'mark-shortest', label: 'mark the shortest phrase', mark: (q) => tiedTop(q, (t) => -length(t)) },
  { id: 'mark-first', label: 'mark the first phrase', mark: (q) => [[q.phrases[0]!.id]] },
  { id: 'mark-last', label: 'mark the last phrase', mark: (q) => [[q.phrases.at(-1)!.id]] },
  { id: 'mark-second', label: 'mark the second phrase', mark: (q) => [[q.phrases[1]!.id]] },
  { id: 'mark-second-last', label: 'mark the second-to-last phrase', mark: (q) => [[q.phrases.at(-2)!.id]] },
  {
    id: 'mark-middle',
    label: 'mark the middle phrase',
    mark: (q) => [...new Set([Math.floor((q.phrases.length - 1) / 2), Math.ceil((q.phrases.length - 1) / 2)])].map((i) => [q.phrases[i]!.id]),
  },
  { id: 'mark-all', label: 'mark every phrase', mark: (q) => [q.phrases.map((p) => p.id)] },
  { id: 'mark-negations', label: 'mark phrases with a negation', mark: (q) => [q.phrases.filter((p) => NEGATION.test(p.text)).map((p) => p.id)] },
  { id: 'mark-absolutes', label: 'mark phrases with absolute words', mark: (q) => [q.phrases.filter((p) => ABSOLUTE.test(p.text)).map((p) => p.id)] },
  {
    id: 'mark-longer-half',
    label: 'mark the longer half',
    mark: (q) => {
      const sorted = q.phrases.map((p) => length(p.text)).sort((a, b) => a - b);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      return [q.phrases.filter((p) => length(p.text) >= median).map((p) => p.id)];
    },
  },
];

/** Each phrase tied for the top of a feature, as a one-phrase marking (a learner picks among ties by chance). */
function tiedTop(q: SpotQuestion, feature: Feature): string[][] {
  const top = Math.max(...q.phrases.map((p) => feature(p.text)));
  return q.phrases.filter((p) => feature(p.text) === top).map((p) => [p.id]);
}

/** Ways to order items: by length or by action count, each way round. */
const SORTS: readonly { id: string; label: string; key: Feature }[] = [
  { id: 'order-short-first', label: 'shortest first', key: (t) => length(t) },
  { id: 'order-long-first', label: 'longest first', key: (t) => -length(t) },
  { id: 'order-fewest-actions-first', label: 'fewest actions first', key: (t) => actionCount(t) },
  { id: 'order-most-actions-first', label: 'most actions first', key: (t) => -actionCount(t) },
];

const credit = (question: Question, response: unknown) => creditFraction(scoreQuestion(response, question));
const mean = (values: readonly number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

/** Indexes of the options a pick takes (all of them tie when the feature cannot separate them). */
function picked<T>(things: readonly T[], text: (t: T) => string, pick: Pick): T[] {
  const scores = things.map((t) => pick.score(text(t)));
  const best = Math.max(...scores);
  return things.filter((_, i) => scores[i] === best);
}

/** Expected credit of a single-choice item under a pick. */
function singleUnder(q: SingleQuestion, pick: Pick): number {
  return mean(picked(q.options, (o) => o.text, pick).map((o) => o.credit));
}

/** Every path through a conversation when each step takes `choose(node)` (equal chance between its replies). */
function conversationExpected(q: ConversationQuestion, choose: (node: ConversationNode) => readonly string[]): number {
  const nodes = new Map(q.nodes.map((node) => [node.id, node]));
  let total = 0;
  const walk = (nodeId: string, path: string[], chance: number, depth: number) => {
    const node = nodes.get(nodeId);
    if (!node || depth > 50) {
      total += chance * credit(q, { kind: 'conversation', path });
      return;
    }
    const ids = choose(node);
    for (const id of ids) walk(node.responses.find((r) => r.id === id)!.next, [...path, id], chance / ids.length, depth + 1);
  };
  walk(q.start, [], 1, 0);
  return total;
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** A named strategy's expected credit on one item, or undefined when it does not apply to the item's kind. */
export interface StrategyResult {
  strategy: string;
  label: string;
  kind: QuestionKind;
  credit: number;
}

/**
 * How the audit plays each kind: the expected credit of random guessing (the baseline every strategy is held
 * against) and of each cue-following strategy. One entry per kind, so a new kind cannot join the course unaudited.
 */
interface KindCues<K extends QuestionKind> {
  random(q: QuestionOf<K>): number;
  strategies(q: QuestionOf<K>, out: (strategy: string, label: string, value: number) => StrategyResult): StrategyResult[];
}

const KIND_CUES = {
  single: {
    random: (q) => mean(q.options.map((o) => o.credit)),
    strategies: (q, out) => PICKS.map((pick) => out(pick.id, pick.label, singleUnder(q, pick))),
  },
  multiple: {
    // Every non-empty set of ticks equally likely (the app does not accept an empty answer).
    random: (q) => {
      const n = q.options.length;
      const scores: number[] = [];
      for (let mask = 1; mask < 1 << n; mask += 1) scores.push(credit(q, { kind: 'multiple', choices: q.options.filter((_, i) => mask & (1 << i)).map((o) => o.id) }));
      return mean(scores);
    },
    strategies: (q, out) =>
      TICKS.map((t) => {
        const ticks = t.tick(q);
        const choices = q.options.filter((_, i) => ticks[i]).map((o) => o.id);
        return out(t.id, t.label, choices.length ? credit(q, { kind: 'multiple', choices }) : 0);
      }),
  },
  order: {
    random: (q) => (q.items.length > 8 ? 0.5 : mean(permutations(q.items.map((i) => i.id)).map((order) => credit(q, { kind: 'order', order })))),
    strategies: (q, out) =>
      SORTS.map((s) => {
        // Ties keep the order the learner sees, which is a shuffle: average over the tied arrangements.
        const groups = new Map<number, string[]>();
        for (const item of q.items) groups.set(s.key(item.text), [...(groups.get(s.key(item.text)) ?? []), item.id]);
        const keys = [...groups.keys()].sort((a, b) => a - b);
        let orders: string[][] = [[]];
        for (const key of keys) {
          const perms = permutations(groups.get(key)!);
          orders = orders.flatMap((prefix) => perms.map((p) => [...prefix, ...p]));
          if (orders.length > 5040) orders = orders.slice(0, 5040);
        }
        return out(s.id, s.label, mean(orders.map((order) => credit(q, { kind: 'order', order }))));
      }),
  },
  categorize: {
    random: (q) => 1 / q.categories.length,
    // Everything in one category, each category in turn: a learner who has heard the counts are even gains
    // nothing from this, but one who has learned that the biggest category is the first listed does.
    strategies: (q, out) =>
      q.categories.map((c, i) =>
        out(`categorize-all-in-${i + 1}`, `everything in category ${i + 1}`, credit(q, { kind: 'categorize', placements: Object.fromEntries(q.items.map((item) => [item.id, c.id])) })),
      ),
  },
  conversation: {
    random: (q) => conversationExpected(q, (node) => node.responses.map((r) => r.id)),
    strategies: (q, out) =>
      PICKS.map((pick) => out(pick.id, `${pick.label} reply`, conversationExpected(q, (node) => picked(node.responses, (r) => r.text, pick).map((r) => r.id)))),
  },
  rewrite: {
    // A learner with no skill writes nothing a trainer would accept.
    random: () => 0,
    strategies: (q, out) => GENERIC_REPLIES.map((text, i) => out(`generic-${i + 1}`, `generic reply “${text}”`, credit(q, { kind: 'rewrite', text }))),
  },
  spot: {
    // A blind guesser's better play: one phrase at random, or any non-empty set of marks (each equally likely). Each
    // wrong mark costs a found one, so a guesser does best marking a single phrase; that is the baseline cues must
    // not beat by much.
    random: (q) => {
      const n = q.phrases.length;
      const scores: number[] = [];
      for (let mask = 1; mask < 1 << n; mask += 1) scores.push(credit(q, { kind: 'spot', marked: q.phrases.filter((_, i) => mask & (1 << i)).map((p) => p.id) }));
      const one = mean(q.phrases.map((p) => credit(q, { kind: 'spot', marked: [p.id] })));
      return Math.max(mean(scores), one);
    },
    strategies: (q, out) =>
      MARKS.map((m) => out(m.id, m.label, mean(m.mark(q).map((marked) => (marked.length ? credit(q, { kind: 'spot', marked }) : 0))))),
  },
} satisfies { readonly [K in QuestionKind]: KindCues<K> };

const cuesFor = (q: Question) => KIND_CUES[q.kind] as unknown as KindCues<QuestionKind>;

/** Expected credit of one item by random guessing (the baseline every strategy is held against). */
export function randomCredit(q: Question): number {
  return cuesFor(q).random(q);
}

/** Expected credit of every strategy that applies to this item. */
export function strategiesFor(q: Question): StrategyResult[] {
  return cuesFor(q).strategies(q, (strategy, label, value) => ({ strategy, label, kind: q.kind, credit: value }));
}

// ── The audit ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface Pool {
  readonly questions: readonly Question[];
  readonly draw?: number;
}

export interface KindFigure {
  kind: QuestionKind;
  items: number;
  random: number;
  /** The best strategy for this kind over the course, and what it expects. */
  best: { strategy: string; label: string; credit: number };
  /** Every strategy's expected credit over the course's items of this kind. */
  strategies: { strategy: string; label: string; credit: number }[];
}

export interface CueFinding {
  /** What is wrong, in an author's words. */
  cue: string;
  /** Where: item ids (with option ids where it helps). */
  where: string[];
}

export interface CueAudit {
  exam: {
    random: number;
    /** Each named strategy's expected final-assessment score (kinds it does not name are guessed at random). */
    strategies: { strategy: string; score: number }[];
    /** The best strategy for each kind at once: the test-wise learner's expected score. */
    testWise: number;
  };
  kinds: KindFigure[];
  /** Cues that fail the audit. */
  failures: CueFinding[];
  /** Items carrying each cue, for an author (not failures on their own). */
  carriers: CueFinding[];
}

/** Expected exam score when each question scores `value(q)`: each pool draws `draw` of its questions at random. */
function examExpected(pools: readonly Pool[], value: (q: Question) => number): number {
  let earned = 0;
  let asked = 0;
  for (const pool of pools) {
    const draw = Math.min(pool.draw ?? pool.questions.length, pool.questions.length);
    earned += draw * mean(pool.questions.map(value));
    asked += draw;
  }
  return asked ? earned / asked : 0;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * Audits every item. `lessonQuestions` are the lesson quizzes' items; `examPools` the final assessment's pools.
 * Figures per kind are taken over every item of the course (lesson quizzes and exam).
 */
export function auditCues(lessonQuestions: readonly Question[], examPools: readonly Pool[]): CueAudit {
  const examQuestions = examPools.flatMap((pool) => pool.questions);
  const all = [...lessonQuestions, ...examQuestions];
  const byItem = new Map(all.map((q) => [q.id, { random: randomCredit(q), strategies: strategiesFor(q) }]));

  const kinds: KindFigure[] = [];
  const failures: CueFinding[] = [];
  const carriers: CueFinding[] = [];

  for (const kind of QUESTION_KINDS) {
    const items: readonly Question[] = ofKind(all, kind);
    if (!items.length) continue;
    const random = mean(items.map((q) => byItem.get(q.id)!.random));
    // Every strategy any item of this kind has (categorize items differ in their number of categories).
    const allNames = new Map<string, string>();
    for (const q of items) for (const s of byItem.get(q.id)!.strategies) allNames.set(s.strategy, s.label);
    const strategies = [...allNames].map(([strategy, label]) => ({
      strategy,
      label,
      credit: mean(items.map((q) => byItem.get(q.id)!.strategies.find((s) => s.strategy === strategy)?.credit ?? byItem.get(q.id)!.random)),
    }));
    const best = strategies.reduce((a, b) => (b.credit > a.credit ? b : a));
    kinds.push({ kind, items: items.length, random, best, strategies });
    for (const s of strategies) {
      if (s.credit > random + KIND_MARGIN) {
        const helped = items
          .map((q) => ({ q, gain: (byItem.get(q.id)!.strategies.find((x) => x.strategy === s.strategy)?.credit ?? 0) - byItem.get(q.id)!.random }))
          .filter((x) => x.gain > 0.05)
          .sort((a, b) => b.gain - a.gain)
          .map((x) => `${x.q.id} (+${Math.round(x.gain * 100)})`);
        failures.push({
          cue: `${kind}: "${s.label}" expects ${pct(s.credit)}, more than ${Math.round(KIND_MARGIN * 100)} points over random guessing (${pct(random)})`,
          where: helped,
        });
      }
    }
  }

  // The exam: each strategy's expected score (kinds it does not cover are guessed at random), and the test-wise
  // learner who uses the best strategy for each kind.
  const strategyIds = new Set(all.flatMap((q) => byItem.get(q.id)!.strategies.map((s) => s.strategy)));
  const examStrategies = [...strategyIds].map((strategy) => ({
    strategy,
    score: examExpected(examPools, (q) => byItem.get(q.id)!.strategies.find((s) => s.strategy === strategy)?.credit ?? byItem.get(q.id)!.random),
  }));
  const bestForKind = new Map<QuestionKind, string>();
  for (const kind of new Set(examQuestions.map((q) => q.kind))) {
    const qs = examQuestions.filter((q) => q.kind === kind);
    const ids = new Set(qs.flatMap((q) => byItem.get(q.id)!.strategies.map((s) => s.strategy)));
    let bestId = '';
    let bestCredit = -1;
    for (const id of ids) {
      const value = mean(qs.map((q) => byItem.get(q.id)!.strategies.find((s) => s.strategy === id)?.credit ?? byItem.get(q.id)!.random));
      if (value > bestCredit) [bestId, bestCredit] = [id, value];
    }
    // A strategy worse than guessing is not one a test-wise learner keeps.
    if (bestCredit > mean(qs.map((q) => byItem.get(q.id)!.random))) bestForKind.set(kind, bestId);
  }
  const testWise = examExpected(examPools, (q) => {
    const id = bestForKind.get(q.kind);
    const found = id === undefined ? undefined : byItem.get(q.id)!.strategies.find((s) => s.strategy === id);
    return found?.credit ?? byItem.get(q.id)!.random;
  });
  const random = examExpected(examPools, (q) => byItem.get(q.id)!.random);
  for (const s of examStrategies) {
    if (s.score > EXAM_CEILING) failures.push({ cue: `final assessment: "${s.strategy}" expects ${pct(s.score)}, over ${pct(EXAM_CEILING)}`, where: [] });
  }
  if (testWise > EXAM_CEILING) {
    failures.push({
      cue: `final assessment: a test-wise learner (${[...bestForKind].map(([k, id]) => `${k}: ${id}`).join(', ')}) expects ${pct(testWise)}, over ${pct(EXAM_CEILING)}`,
      where: [],
    });
  }

  // Single choice: the key's rank by length and by action count, course-wide and in the exam.
  const rankChecks: { name: string; pick: Pick }[] = [
    { name: 'the longest option', pick: PICKS[0]! },
    { name: 'the shortest option', pick: PICKS[1]! },
    { name: 'the option with the most actions', pick: PICKS[2]! },
    { name: 'the option with the fewest actions', pick: PICKS[3]! },
  ];
  for (const [scope, qs] of [
    ['course', all],
    ['final assessment', examQuestions],
  ] as const) {
    const singles = ofKind(qs, 'single');
    if (singles.length < 5) continue;
    for (const { name, pick } of rankChecks) {
      // A tie counts as a share: a key tied with one other for longest is "the longest" half the time.
      const hits = singles.map((q) => {
        const top = picked(q.options, (o) => o.text, pick);
        return { q, share: top.some((o) => o.credit === 1) ? 1 / top.length : 0 };
      });
      const share = mean(hits.map((h) => h.share));
      const where = hits.filter((h) => h.share > 0).map((h) => h.q.id);
      const finding = { cue: `${scope}: the key is ${name} in ${pct(share)} of single-choice items (band ${pct(RANK_BAND.min)}–${pct(RANK_BAND.max)})`, where };
      carriers.push(finding);
      if (share < RANK_BAND.min || share > RANK_BAND.max) {
        failures.push(
          share > RANK_BAND.max
            ? finding
            : { ...finding, cue: `${finding.cue}: too rarely, so avoiding ${name} is a cue`, where: singles.filter((q) => !where.includes(q.id)).map((q) => q.id) },
        );
      }
    }
  }

  // Absolutes and justifying clauses only in distractors (or only in keys).
  for (const [name, pattern] of [
    ['absolute words', ABSOLUTE],
    ['justifying clauses ("since", "so that")', JUSTIFYING],
  ] as const) {
    const found = [
      ...ofKind(all, 'single').flatMap((q) => q.options.filter((o) => pattern.test(o.text)).map((o) => ({ where: `${q.id}.${o.id}`, good: o.credit === 1 }))),
      ...ofKind(all, 'multiple').flatMap((q) => q.options.filter((o) => pattern.test(o.text)).map((o) => ({ where: `${q.id}.${o.id}`, good: o.correct }))),
    ];
    carriers.push({ cue: `${name} in options (✓ = keyed / correct)`, where: found.map((f) => `${f.where}${f.good ? ' ✓' : ''}`) });
  }

  // Select-all: the share of correct options.
  for (const q of ofKind(all, 'multiple')) {
    const share = q.options.filter((o) => o.correct).length / q.options.length;
    if (share < MULTIPLE_CORRECT_BAND.min || share > MULTIPLE_CORRECT_BAND.max) {
      failures.push({
        cue: `select-all: ${q.options.filter((o) => o.correct).length} of ${q.options.length} options are correct (${pct(share)}; keep ${pct(MULTIPLE_CORRECT_BAND.min)}–${pct(MULTIPLE_CORRECT_BAND.max)})`,
        where: [q.id],
      });
    }
  }

  // Categorize: even counts let a learner place the last items by elimination.
  for (const q of ofKind(all, 'categorize')) {
    const counts = q.categories.map((c) => q.items.filter((item) => item.category === c.id).length);
    if (counts.every((n) => n === counts[0])) failures.push({ cue: `categorize: every category holds ${counts[0]} items, so the last placements follow by elimination`, where: [q.id] });
  }

  // Conversations: the best reply is the longest at most decision points.
  const decisions = ofKind(all, 'conversation').flatMap((q) =>
    q.nodes
      .filter((node) => new Set(node.responses.map((r) => r.points)).size > 1)
      .map((node) => {
        const top = Math.max(...node.responses.map((r) => r.points));
        const longest = picked(node.responses, (r) => r.text, PICKS[0]!);
        return { where: `${q.id}.${node.id}`, share: longest.some((r) => r.points === top) ? 1 / longest.length : 0 };
      }),
  );
  if (decisions.length) {
    const share = mean(decisions.map((d) => d.share));
    const finding = {
      cue: `conversation: the best reply is the longest at ${pct(share)} of ${decisions.length} decision points (keep at most ${pct(CONVERSATION_LONGEST_MAX)})`,
      where: decisions.filter((d) => d.share > 0).map((d) => d.where),
    };
    carriers.push(finding);
    if (share > CONVERSATION_LONGEST_MAX) failures.push(finding);
  }

  return { exam: { random, strategies: examStrategies.sort((a, b) => b.score - a.score), testWise }, kinds, failures, carriers };
}

/** The audit as an author reads it. */
export function formatCueAudit(audit: CueAudit, { carriers = true } = {}): string {
  const lines: string[] = [];
  lines.push(`Final assessment, expected score of a learner who knows nothing: random ${pct(audit.exam.random)}, test-wise ${pct(audit.exam.testWise)} (ceiling ${pct(EXAM_CEILING)})`);
  lines.push(`  best single strategies: ${audit.exam.strategies.slice(0, 4).map((s) => `${s.strategy} ${pct(s.score)}`).join(', ')}`);
  lines.push('Per kind, over every item (random → best strategy; margin allowed ' + Math.round(KIND_MARGIN * 100) + ' points):');
  for (const k of audit.kinds) lines.push(`  ${k.kind.padEnd(12)} ${String(k.items).padStart(3)} items: random ${pct(k.random)} → ${k.best.label} ${pct(k.best.credit)}`);
  if (carriers) {
    lines.push('Items carrying each cue:');
    for (const c of audit.carriers) lines.push(`  ${c.cue}${c.where.length ? `\n    ${c.where.join(', ')}` : ''}`);
  }
  lines.push(audit.failures.length ? `FAILURES (${audit.failures.length}):` : 'No cue fails the audit.');
  for (const f of audit.failures) lines.push(`  ✖ ${f.cue}${f.where.length ? `\n    ${f.where.join(', ')}` : ''}`);
  return lines.join('\n');
}
