import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayOrder, planAttempt, replyOrder, type ConversationQuestion, type Question, type SingleQuestion } from '../../src/engine/index.ts';
import { questionByKind } from './arbitraries.ts';

const SEEDS = Array.from({ length: 1000 }, (_, i) => (i * 2654435761) >>> 0);

/** How often each position holds `wanted` over the 1,000 seeds, as shares. */
function positionShares(n: number, positionOf: (seed: number) => number): number[] {
  const counts = Array.from({ length: n }, () => 0);
  for (const seed of SEEDS) counts[positionOf(seed)]! += 1;
  return counts.map((count) => count / SEEDS.length);
}

describe('position balance: the keyed answer is not where a guesser would look', () => {
  it('puts the best option of a single-choice question in each position no more often than chance + 10 points', () => {
    fc.assert(
      fc.property(questionByKind.single, (question: SingleQuestion) => {
        const best = question.options.find((option) => option.credit === 1)!.id;
        const shares = positionShares(question.options.length, (seed) => displayOrder(question, seed).indexOf(best));
        for (const share of shares) expect(share).toBeLessThanOrEqual(1 / question.options.length + 0.1);
      }),
      { numRuns: 25 },
    );
  });

  it('puts the best reply of every conversation step in each position no more often than chance + 10 points', () => {
    fc.assert(
      fc.property(questionByKind.conversation, (question: ConversationQuestion) => {
        for (const node of question.nodes) {
          const top = Math.max(...node.responses.map((reply) => reply.points));
          const best = node.responses.find((reply) => reply.points === top)!.id;
          const shares = positionShares(node.responses.length, (seed) => replyOrder(question, node, seed).findIndex((r) => r.id === best));
          for (const share of shares) expect(share).toBeLessThanOrEqual(1 / node.responses.length + 0.1);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('spreads the first step over every position as a fair shuffle of the other orders would, and never shows the answer order', () => {
    fc.assert(
      fc.property(questionByKind.order.filter((q) => q.items.length >= 3), (question) => {
        const correct = question.items.map((item) => item.id);
        const first = correct[0]!;
        const n = correct.length;
        const shares = positionShares(n, (seed) => displayOrder(question, seed).indexOf(first));
        // Uniform over every order but the answer's: of the n! − 1 orders, (n−1)! − 1 put the first step first and
        // (n−1)! put it in each other place (for 3 steps: 20 %, 40 %, 40 %, not a third each). Each share must be
        // within five standard deviations of that over the 1,000 seeds (a stuck shuffle is far outside).
        const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
        const orders = factorial(n) - 1;
        shares.forEach((share, position) => {
          const expected = (factorial(n - 1) - (position === 0 ? 1 : 0)) / orders;
          const spread = 5 * Math.sqrt((expected * (1 - expected)) / SEEDS.length);
          expect(Math.abs(share - expected), `position ${position + 1} of ${n}`).toBeLessThanOrEqual(spread);
        });
        for (const seed of SEEDS.slice(0, 200)) expect(displayOrder(question, seed)).not.toEqual(correct);
      }),
      { numRuns: 10 },
    );
  });
});

describe('reshuffling on retake, stability on resume', () => {
  const anyQuestion: fc.Arbitrary<Question> = fc.oneof(...Object.values(questionByKind));

  it('gives two attempts (two seeds) different question orders almost always, and one seed the same plan', () => {
    fc.assert(
      fc.property(fc.array(anyQuestion, { minLength: 6, maxLength: 10 }), fc.integer({ min: 0, max: 2 ** 31 }), (qs, a) => {
        const unique = qs.map((q, i) => ({ ...q, id: `q${i}` }) as Question);
        const pools = [{ questions: unique }];
        expect(planAttempt(pools, a)).toEqual(planAttempt(pools, a));
        // 6! = 720 orders: over 50 retakes about 48 differ on average; fewer than 40 would mean a stuck shuffle.
        const orders = new Set(Array.from({ length: 50 }, (_, k) => planAttempt(pools, a + k).questionIds.join()));
        expect(orders.size).toBeGreaterThanOrEqual(40);
      }),
      { numRuns: 20 },
    );
  });

  it('reshuffles categorize items and multiple-choice options across retakes, and keeps them on resume', () => {
    fc.assert(
      fc.property(fc.oneof(questionByKind.categorize, questionByKind.multiple), fc.integer(), (question, seed) => {
        expect(displayOrder(question, seed)).toEqual(displayOrder(question, seed));
        const ids = question.kind === 'categorize' ? question.items.map((i) => i.id) : question.options.map((o) => o.id);
        fc.pre(ids.length >= 3);
        const orders = new Set(Array.from({ length: 30 }, (_, k) => displayOrder(question, seed + k).join()));
        expect(orders.size).toBeGreaterThan(1);
      }),
      { numRuns: 30 },
    );
  });
});
