import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConversationQuestion, Question, QuestionKind } from '../../src/engine/index.ts';
import { bestConversationPath, displayOrder, isFullCredit, planAttempt, scoreConversation, scoreQuestion, walkConversation } from '../../src/engine/index.ts';
import { bestResponse, permutation, questionByKind, reordered, validResponse } from './arbitraries.ts';

const KINDS = Object.keys(questionByKind) as QuestionKind[];

function expectInRange(score: ReturnType<typeof scoreQuestion>): void {
  if (score.kind === 'invalid') return;
  expect(score.total).toBeGreaterThanOrEqual(0);
  expect(score.earned).toBeGreaterThanOrEqual(0);
  expect(score.earned).toBeLessThanOrEqual(score.total + 1e-9);
}

/** Garbage shaped enough like a response of `kind` to get past the first checks. */
const nearMiss = (kind: QuestionKind) =>
  fc.oneof(
    fc.anything(),
    fc.record({
      kind: fc.constant(kind),
      choice: fc.anything(),
      choices: fc.oneof(fc.anything(), fc.array(fc.string())),
      order: fc.oneof(fc.anything(), fc.array(fc.string())),
      placements: fc.oneof(fc.anything(), fc.dictionary(fc.string(), fc.string())),
      path: fc.oneof(fc.anything(), fc.array(fc.string())),
      text: fc.oneof(fc.anything(), fc.string()),
    }),
  );

describe.each(KINDS)('%s questions', (kind) => {
  const questions: fc.Arbitrary<Question> = questionByKind[kind];

  it('score a valid response within [0, total]', () => {
    fc.assert(
      fc.property(questions.chain((q) => fc.tuple(fc.constant(q), validResponse(q))), ([question, response]) => {
        const score = scoreQuestion(response, question);
        expect(score.kind).toBe('points');
        expectInRange(score);
      }),
    );
  });

  it('give the best response full credit', () => {
    fc.assert(
      fc.property(questions, (question) => {
        const score = scoreQuestion(bestResponse(question), question);
        expect(isFullCredit(score)).toBe(true);
      }),
    );
  });

  it('score the same when the question lists its options, items or replies in another order', () => {
    fc.assert(
      fc.property(
        questions.chain((q) => fc.tuple(fc.constant(q), reordered(q), validResponse(q))),
        ([question, shuffled, response]) => {
          const a = scoreQuestion(response, question);
          const b = scoreQuestion(response, shuffled);
          expect(b.kind).toBe(a.kind);
          if (a.kind === 'points' && b.kind === 'points') {
            expect(b.earned).toBeCloseTo(a.earned, 9);
            expect(b.total).toBeCloseTo(a.total, 9);
          }
        },
      ),
    );
  });

  it('give the same plan for the same seed, with display orders that are permutations', () => {
    fc.assert(
      fc.property(fc.array(questions, { minLength: 1, maxLength: 5 }), fc.integer(), (qs, seed) => {
        const unique = qs.map((q, i) => ({ ...q, id: `${q.id}-${i}` }) as Question);
        const plan = planAttempt([{ questions: unique }], seed);
        expect(planAttempt([{ questions: unique }], seed)).toEqual(plan);
        expect(plan.questionIds.slice().sort()).toEqual(unique.map((q) => q.id).sort());
        for (const q of unique) {
          const display = displayOrder(q, seed);
          if (q.kind === 'single' || q.kind === 'multiple') expect(display?.slice().sort()).toEqual(q.options.map((o) => o.id).sort());
          if (q.kind === 'order' || q.kind === 'categorize') expect(display?.slice().sort()).toEqual(q.items.map((i) => i.id).sort());
        }
      }),
    );
  });

  it('never throw on garbage responses', () => {
    fc.assert(
      fc.property(questions, nearMiss(kind), (question, garbage) => {
        const score = scoreQuestion(garbage, question);
        expect(['invalid', 'points']).toContain(score.kind);
        if (score.kind === 'invalid') expect(score.reason).toMatch(/\w/);
        expectInRange(score);
      }),
    );
  });
});

describe('conversation best path', () => {
  /** Every complete walk from start, by brute force (the generated graphs are small). */
  function allPaths(q: ConversationQuestion): string[][] {
    const nodes = new Map(q.nodes.map((n) => [n.id, n]));
    const from = (id: string): string[][] => {
      const node = nodes.get(id);
      if (!node) return [[]];
      return node.responses.flatMap((r) => from(r.next).map((rest) => [r.id, ...rest]));
    };
    return from(q.start);
  }

  it('earns full credit, and every other path earns less (a weaker reply anywhere costs credit)', () => {
    fc.assert(
      fc.property(questionByKind.conversation, (question) => {
        const best = bestConversationPath(question);
        const share = (path: readonly string[]) => {
          const score = scoreConversation({ kind: 'conversation', path }, question);
          expect(score.kind).toBe('points');
          return score.kind === 'points' && score.total > 0 ? score.earned / score.total : 1;
        };
        expect(share(best.path)).toBe(1);
        for (const path of allPaths(question)) {
          const walk = walkConversation(question, path);
          const allBest = walk.steps.every((step) => step.response.points === Math.max(...step.node.responses.map((r) => r.points)));
          const value = share(path);
          expect(value).toBeLessThanOrEqual(1);
          if (!allBest) expect(value).toBeLessThan(1);
          if (walk.ending?.outcome === 'lost') expect(value).toBeLessThanOrEqual(1 / 3);
        }
      }),
    );
  });
});

describe('order display', () => {
  it('is never the correct order', () => {
    fc.assert(
      fc.property(questionByKind.order, fc.integer(), (question, seed) => {
        expect(displayOrder(question, seed)).not.toEqual(question.items.map((item) => item.id));
      }),
    );
  });
});

describe('permutation helper', () => {
  it('keeps every element', () => {
    fc.assert(fc.property(fc.array(fc.integer()).chain((xs) => fc.tuple(fc.constant(xs), permutation(xs))), ([xs, p]) => {
      expect(p.slice().sort()).toEqual(xs.slice().sort());
    }));
  });
});
