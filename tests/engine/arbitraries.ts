/**
 * fast-check arbitraries for valid questions of every kind (the invariants docs/authoring.md and the schema
 * guarantee), plus valid and best responses for them.
 */
import fc from 'fast-check';
import type {
  SpotQuestion,
  CategorizeQuestion,
  ConversationQuestion,
  MultipleQuestion,
  OrderQuestion,
  Question,
  QuestionKind,
  RewriteQuestion,
  SingleQuestion,
} from '../../src/engine/index.ts';
import { bestConversationPath, walkConversation } from '../../src/engine/index.ts';

const ids = (min: number, max: number) =>
  fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,5}$/), { minLength: min, maxLength: max });
const words = fc.lorem({ maxCount: 4 });
const skills = fc.uniqueArray(fc.constantFrom('listening', 'star-method', 'service-recovery'), { maxLength: 2 });
const base = { id: fc.stringMatching(/^q-[a-z0-9]{1,6}$/), skills, prompt: words };

/** A permutation of `items`. */
export const permutation = <T>(items: readonly T[]) =>
  fc.shuffledSubarray(items.slice(), { minLength: items.length, maxLength: items.length });

export const singleQuestion: fc.Arbitrary<SingleQuestion> = fc
  .record({
    ...base,
    optionIds: ids(3, 5),
    credits: fc.array(fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 5, maxLength: 5 }),
    best: fc.nat(),
  })
  .map(({ optionIds, credits, best, ...rest }) => ({
    ...rest,
    kind: 'single' as const,
    options: optionIds.map((id, i) => ({
      id,
      text: `option ${id}`,
      credit: i === best % optionIds.length ? 1 : (credits[i] ?? 0),
      feedback: 'f',
    })),
  }));

export const multipleQuestion: fc.Arbitrary<MultipleQuestion> = fc
  .record({ ...base, optionIds: ids(2, 7), correct: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }), forced: fc.nat() })
  .map(({ optionIds, correct, forced, ...rest }) => ({
    ...rest,
    kind: 'multiple' as const,
    options: optionIds.map((id, i) => ({
      id,
      text: `option ${id}`,
      correct: i === forced % optionIds.length || (correct[i] ?? false),
      feedback: 'f',
    })),
  }));

export const orderQuestion: fc.Arbitrary<OrderQuestion> = fc
  .record({ ...base, itemIds: ids(2, 8) })
  .map(({ itemIds, ...rest }) => ({
    ...rest,
    kind: 'order' as const,
    items: itemIds.map((id) => ({ id, text: `step ${id}` })),
    feedback: 'f',
  }));

export const categorizeQuestion: fc.Arbitrary<CategorizeQuestion> = fc
  .record({ ...base, categoryIds: ids(2, 4), itemIds: ids(4, 9), homes: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }) })
  .map(({ categoryIds, itemIds, homes, ...rest }) => ({
    ...rest,
    kind: 'categorize' as const,
    categories: categoryIds.map((id) => ({ id, label: `category ${id}` })),
    // The first items cover every category, as the schema requires.
    items: itemIds.map((id, i) => ({
      id,
      text: `item ${id}`,
      category: categoryIds[i < categoryIds.length ? i : (homes[i] ?? 0) % categoryIds.length] ?? '',
      feedback: 'f',
    })),
  }));

/**
 * A conversation DAG: nodes n0…n(k−1) in topological order, each reply leading to a later node or to an
 * ending, so there are no cycles; n0 is the start.
 */
export const conversationQuestion: fc.Arbitrary<ConversationQuestion> = fc
  .record({
    ...base,
    nodeCount: fc.integer({ min: 1, max: 7 }),
    endingCount: fc.integer({ min: 1, max: 3 }),
    replies: fc.array(
      fc.array(fc.record({ target: fc.nat(), points: fc.integer({ min: 0, max: 5 }) }), { minLength: 2, maxLength: 4 }),
      { minLength: 7, maxLength: 7 },
    ),
    outcomes: fc.array(fc.constantFrom('recovered' as const, 'escalated' as const, 'lost' as const), { minLength: 3, maxLength: 3 }),
  })
  .map(({ nodeCount, endingCount, replies, outcomes, ...rest }) => {
    const endings = Array.from({ length: endingCount }, (_, e) => ({ id: `end${e}`, outcome: outcomes[e] ?? 'lost', text: 't' }));
    const nodes = Array.from({ length: nodeCount }, (_, i) => {
      const laterNodes = nodeCount - i - 1;
      return {
        id: `n${i}`,
        customer: `line ${i}`,
        responses: (replies[i] ?? []).map((reply, j) => {
          const slot = reply.target % (laterNodes + endingCount);
          return {
            // Reply ids repeat across nodes, as in the real content: a path resolves them node by node.
            id: `r${j}`,
            text: 'reply',
            points: reply.points,
            feedback: 'f',
            next: slot < laterNodes ? `n${i + 1 + slot}` : `end${slot - laterNodes}`,
          };
        }),
      };
    });
    return { ...rest, kind: 'conversation' as const, start: 'n0', nodes, endings };
  })
  // Content validation requires the best path to win the customer back (see conversation-graph.ts).
  .filter((question) => walkConversation(question, bestConversationPath(question).path).ending?.outcome === 'recovered');

// Wanted phrases and banned phrases use separate vocabularies, so a text made of wanted words can meet
// every criterion.
const WANTED = ['i', 'can', 'will', 'let', 'me', 'help', 'today', 'sort'];
const BANNED = ['policy', 'system', 'cannot', 'no', 'calm', 'down'];
const phrase = (vocabulary: string[]) =>
  fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 2 }).map((w) => w.join(' '));

export const rewriteQuestion: fc.Arbitrary<RewriteQuestion> = fc
  .record({
    ...base,
    criteria: fc
      .array(
        fc.record({
          weight: fc.integer({ min: 1, max: 3 }),
          anyOf: fc.array(phrase(WANTED), { maxLength: 3 }),
          noneOf: fc.array(phrase(BANNED), { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 4 },
      )
      .map((criteria) => criteria.filter((c) => c.anyOf.length + c.noneOf.length > 0)),
  })
  .filter(({ criteria }) => criteria.length > 0)
  .map(({ criteria, ...rest }) => ({
    ...rest,
    kind: 'rewrite' as const,
    original: "I can't, it's policy.",
    modelAnswer: 'I can help today.',
    criteria: criteria.map((c, i) => ({ id: `c${i}`, label: `criterion ${i}`, feedback: 'f', ...c })),
  }));

/** A reply of 2–8 phrases, at least one of which causes the breakdown (and no more than the innocent ones). */
export const spotQuestion: fc.Arbitrary<SpotQuestion> = fc
  .record({ ...base, phraseIds: ids(2, 8), harmful: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), forced: fc.nat() })
  .map(({ phraseIds, harmful, forced, ...rest }) => {
    // At least one phrase causes the breakdown, and no more than half (the content schema's rule).
    const allowed = Math.max(1, Math.floor(phraseIds.length / 2));
    const first = forced % phraseIds.length;
    let count = 1;
    const marks = phraseIds.map((_, i) => i === first || (harmful[i] === true && count < allowed && ++count > 0));
    return {
      ...rest,
      kind: 'spot' as const,
      phrases: phraseIds.map((id, i) => ({ id, text: `phrase ${id}`, harmful: marks[i]!, feedback: 'f' })),
    };
  });

export const questionByKind: { [K in QuestionKind]: fc.Arbitrary<Extract<Question, { kind: K }>> } = {
  single: singleQuestion,
  multiple: multipleQuestion,
  order: orderQuestion,
  categorize: categorizeQuestion,
  conversation: conversationQuestion,
  rewrite: rewriteQuestion,
  spot: spotQuestion,
};

export const anyQuestion: fc.Arbitrary<Question> = fc.oneof(...Object.values(questionByKind));

/** The response a perfect learner gives. */
export function bestResponse(question: Question): unknown {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: question.options.find((o) => o.credit === 1)?.id };
    case 'multiple':
      return { kind: 'multiple', choices: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'order':
      return { kind: 'order', order: question.items.map((item) => item.id) };
    case 'categorize':
      return { kind: 'categorize', placements: Object.fromEntries(question.items.map((item) => [item.id, item.category])) };
    case 'conversation':
      return { kind: 'conversation', path: bestConversationPath(question).path };
    case 'rewrite':
      // The opening sentence gives the reply enough words to count as a full answer (MIN_WORDS).
      return { kind: 'rewrite', text: ['thank you for your patience', ...question.criteria.map((c) => c.anyOf?.[0] ?? '')].join('. ') };
    case 'spot':
      return { kind: 'spot', marked: question.phrases.filter((p) => p.harmful).map((p) => p.id) };
  }
}

/** Any well-formed, complete response to `question` (not necessarily a good one). */
export function validResponse(question: Question): fc.Arbitrary<unknown> {
  switch (question.kind) {
    case 'single':
      return fc.constantFrom(...question.options).map((o) => ({ kind: 'single', choice: o.id }));
    case 'multiple':
      return fc
        .subarray(question.options.map((o) => o.id), { minLength: 1 })
        .chain((ids) => permutation(ids))
        .map((choices) => ({ kind: 'multiple', choices }));
    case 'order':
      return permutation(question.items.map((item) => item.id)).map((order) => ({ kind: 'order', order }));
    case 'categorize':
      return fc
        .tuple(...question.items.map(() => fc.constantFrom(...question.categories.map((c) => c.id))))
        .map((cats) => ({ kind: 'categorize', placements: Object.fromEntries(question.items.map((item, i) => [item.id, cats[i]])) }));
    case 'conversation':
      return fc.array(fc.nat(), { minLength: 8, maxLength: 8 }).map((picks) => ({ kind: 'conversation', path: walk(question, picks) }));
    case 'rewrite':
      return fc
        .array(fc.constantFrom(...WANTED, ...BANNED, 'the', 'and', "can't", 'I’ll'), { minLength: 1, maxLength: 12 })
        .map((w) => ({ kind: 'rewrite', text: w.join(' ') }));
    case 'spot':
      return fc
        .subarray(question.phrases.map((p) => p.id), { minLength: 1 })
        .chain((ids) => permutation(ids))
        .map((marked) => ({ kind: 'spot', marked }));
  }
}

/** Follows `picks` (reply index per step) from start to an ending. */
function walk(question: ConversationQuestion, picks: readonly number[]): string[] {
  const nodes = new Map(question.nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  for (let node = nodes.get(question.start), step = 0; node; step += 1) {
    const reply = node.responses[(picks[step] ?? 0) % node.responses.length];
    if (!reply) break;
    path.push(reply.id);
    node = nodes.get(reply.next);
  }
  return path;
}

/** The same question with every list (options, items, categories, nodes, replies, criteria) reordered. */
export function reordered(question: Question): fc.Arbitrary<Question> {
  switch (question.kind) {
    case 'single':
      return permutation(question.options).map((options) => ({ ...question, options }));
    case 'multiple':
      return permutation(question.options).map((options) => ({ ...question, options }));
    case 'order':
      // The item list *is* the answer key for ordering, so only the display order (the plan) may vary.
      return fc.constant(question);
    case 'categorize':
      return fc
        .tuple(permutation(question.categories), permutation(question.items))
        .map(([categories, items]) => ({ ...question, categories, items }));
    case 'conversation':
      return fc
        .tuple(permutation(question.nodes), permutation(question.endings))
        .chain(([nodes, endings]) =>
          fc.tuple(...nodes.map((n) => permutation(n.responses))).map((replyLists) => ({
            ...question,
            endings,
            nodes: nodes.map((n, i) => ({ ...n, responses: replyLists[i] ?? n.responses })),
          })),
        );
    case 'rewrite':
      return fc
        .tuple(permutation(question.criteria), fc.tuple(...question.criteria.map((c) => permutation(c.anyOf ?? []))))
        .map(([criteria, anyOfs]) => ({
          ...question,
          criteria: criteria.map((c) => ({ ...c, anyOf: anyOfs[question.criteria.indexOf(c)] ?? [] })),
        }));
    case 'spot':
      return permutation(question.phrases).map((phrases) => ({ ...question, phrases }));
  }
}
