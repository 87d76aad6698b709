import { describe, expect, it } from 'vitest';
import type { Question, SingleQuestion } from '../../src/engine/index.ts';
import { displayOrder, gradeAttempt, isAnswered, isPassing, percentOf, planAttempt, readResponse, replyOrder } from '../../src/engine/index.ts';
import { angryCaller, breakdownSigns, cueSort, policyRewrite, starSteps, wrongOrder } from '../fixtures/questions.ts';

/** A single-choice question whose option "a" is right; skills given per test. */
const q = (id: string, skills: string[] = ['listening']): SingleQuestion => ({ ...angryCaller, id, skills });
const right = { kind: 'single', choice: 'a' } as const;
const half = { kind: 'single', choice: 'b' } as const;
const wrong = { kind: 'single', choice: 'c' } as const;

const lesson = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => q(`${prefix}${i + 1}`));

describe('planAttempt', () => {
  const all: Question[] = [angryCaller, breakdownSigns, starSteps, cueSort, wrongOrder, policyRewrite];

  it('asks every question once, in a shuffled order, and keeps the seed', () => {
    const plan = planAttempt([{ questions: all }], 1);
    expect(plan.seed).toBe(1);
    expect(plan.questionIds.slice().sort()).toEqual(all.map((question) => question.id).sort());
  });

  it('gives the same plan for the same seed', () => {
    const pools = [{ questions: lesson('a', 10), draw: 4 }, { questions: all }];
    expect(planAttempt(pools, 99)).toEqual(planAttempt(pools, 99));
  });

  it('draws `draw` questions from each pool', () => {
    const plan = planAttempt([{ questions: lesson('a', 10), draw: 3 }, { questions: lesson('b', 6), draw: 2 }], 7);
    expect(plan.questionIds).toHaveLength(5);
    expect(plan.questionIds.filter((id) => id.startsWith('a'))).toHaveLength(3);
    expect(plan.questionIds.filter((id) => id.startsWith('b'))).toHaveLength(2);
  });

  it('draws different questions for different seeds', () => {
    const pool = [{ questions: lesson('a', 12), draw: 3 }];
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => planAttempt(pool, seed).questionIds.slice().sort().join()));
    expect(draws.size).toBeGreaterThan(10);
  });

  it('takes the whole pool when draw is absent or too large', () => {
    expect(planAttempt([{ questions: lesson('a', 4), draw: 9 }], 3).questionIds.slice().sort()).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('shuffles question order on every retake, practice quizzes included', () => {
    const pool = [{ questions: lesson('a', 8) }];
    const orders = new Set(Array.from({ length: 10 }, (_, seed) => planAttempt(pool, seed).questionIds.join()));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('asks a question shared by two pools once', () => {
    const plan = planAttempt([{ questions: [q('x'), q('y')] }, { questions: [q('y'), q('z')] }], 1);
    expect(plan.questionIds.slice().sort()).toEqual(['x', 'y', 'z']);
  });
});

describe('displayOrder and replyOrder', () => {
  it('orders options and items, and gives nothing for conversations and rewrites', () => {
    expect(displayOrder(angryCaller, 5).slice().sort()).toEqual(['a', 'b', 'c']);
    expect(displayOrder(breakdownSigns, 5).slice().sort()).toEqual(['browse', 'queue', 'repeat', 'sighs', 'thanks']);
    expect(displayOrder(starSteps, 5).slice().sort()).toEqual(['a', 'r', 's', 't']);
    expect(displayOrder(cueSort, 5).slice().sort()).toEqual(['arms', 'nod', 'phone', 'smile']);
    expect(displayOrder(wrongOrder, 5)).toEqual([]);
    expect(displayOrder(policyRewrite, 5)).toEqual([]);
  });

  it('never shows ordering items already in the correct order', () => {
    const twoItems = { ...starSteps, id: 'two', items: starSteps.items.slice(0, 2) };
    for (let seed = 0; seed < 200; seed += 1) {
      expect(displayOrder(starSteps, seed)).not.toEqual(['s', 't', 'a', 'r']);
      expect(displayOrder(twoItems, seed)).toEqual(['t', 's']);
    }
  });

  it('is the same for the same seed (resume and review) and differs across seeds (retakes)', () => {
    expect(displayOrder(breakdownSigns, 42)).toEqual(displayOrder(breakdownSigns, 42));
    const node = wrongOrder.nodes[0]!;
    expect(replyOrder(wrongOrder, node, 42)).toEqual(replyOrder(wrongOrder, node, 42));
    const replyOrders = new Set(Array.from({ length: 30 }, (_, seed) => replyOrder(wrongOrder, node, seed).map((r) => r.id).join()));
    expect(replyOrders.size).toBe(6);
  });

  it('shuffles the replies of every node of a conversation, each with its own stream', () => {
    for (const node of wrongOrder.nodes) {
      const firsts = new Set(Array.from({ length: 40 }, (_, seed) => replyOrder(wrongOrder, node, seed)[0]!.id));
      expect(firsts.size).toBe(node.responses.length);
    }
  });
});

describe('readResponse and isAnswered', () => {
  it('reads a response of the right kind and shape, and nothing else', () => {
    expect(readResponse(angryCaller, right)).toEqual(right);
    expect(readResponse(angryCaller, { kind: 'multiple', choices: ['a'] })).toBeUndefined();
    expect(readResponse(angryCaller, { kind: 'single', choice: 3 })).toBeUndefined();
    expect(readResponse(breakdownSigns, { kind: 'multiple', choices: 'a' })).toBeUndefined();
    expect(readResponse(angryCaller, 'a')).toBeUndefined();
  });

  it('does not count an order question as answered until the learner arranges it', () => {
    expect(isAnswered(starSteps, undefined)).toBe(false);
    expect(isAnswered(starSteps, { kind: 'order', order: ['t', 's', 'a', 'r'] })).toBe(true);
  });

  it('needs every item placed, and a conversation that reached an ending', () => {
    expect(isAnswered(cueSort, { kind: 'categorize', placements: { smile: 'pos' } })).toBe(false);
    expect(isAnswered(cueSort, { kind: 'categorize', placements: { smile: 'pos', nod: 'pos', arms: 'neg', phone: 'neg' } })).toBe(true);
    expect(isAnswered(wrongOrder, { kind: 'conversation', path: ['r1'] })).toBe(false);
    expect(isAnswered(wrongOrder, { kind: 'conversation', path: ['r1', 'r3'] })).toBe(true);
    expect(isAnswered(policyRewrite, { kind: 'rewrite', text: '   ' })).toBe(false);
  });
});

describe('percentOf and isPassing: one rounding rule', () => {
  it('rounds down to a whole percent, so 79.5 % is 79 % and not a pass at 80 %', () => {
    expect(percentOf(7.95, 10)).toBe(79);
    expect(isPassing(percentOf(7.95, 10), 0.8)).toBe(false);
    expect(percentOf(8, 10)).toBe(80);
    expect(isPassing(80, 0.8)).toBe(true);
    expect(percentOf(2, 3)).toBe(66);
    expect(percentOf(7, 10)).toBe(70);
    expect(percentOf(1, 0)).toBe(0);
  });
});

describe('gradeAttempt', () => {
  it('weighs every question 1 whatever its own total', () => {
    const result = gradeAttempt(
      [angryCaller, cueSort],
      { 'star-angry-caller': right, 'cue-sort': { kind: 'categorize', placements: { smile: 'pos', nod: 'neg', arms: 'neg', phone: 'pos' } } },
      0.8,
    );
    expect(result.earned).toBe(1.5);
    expect(result.total).toBe(2);
    expect(result.percent).toBe(75);
    expect(result.passed).toBe(false);
    expect(result.perQuestion['cue-sort']).toEqual({ kind: 'points', earned: 2, total: 4 });
  });

  it('counts missing and invalid responses as 0 of 1', () => {
    const result = gradeAttempt([q('a'), q('b'), q('c')], { a: right, b: { kind: 'single', choice: 'nope' } }, 0.5);
    expect(result.earned).toBe(1);
    expect(result.total).toBe(3);
    expect(result.percent).toBe(33);
    expect(result.perQuestion.b?.kind).toBe('invalid');
    expect(result.perQuestion.c).toEqual({ kind: 'invalid', reason: 'not answered' });
  });

  it('passes at exactly the pass mark', () => {
    const questions = lesson('q', 5);
    const responses = { q1: right, q2: right, q3: right, q4: right, q5: wrong };
    expect(gradeAttempt(questions, responses, 0.8)).toMatchObject({ percent: 80, passed: true });
  });

  it('fails just below the pass mark', () => {
    const questions = lesson('q', 10);
    const responses = { q1: right, q2: right, q3: right, q4: right, q5: right, q6: right, q7: right, q8: half, q9: half, q10: wrong };
    // 8 / 10 would pass; 7 + 0.5 + 0.5 = 8 too, so drop a half: 7.5 / 10.
    expect(gradeAttempt(questions, { ...responses, q9: wrong }, 0.8)).toMatchObject({ percent: 75, passed: false });
    expect(gradeAttempt(questions, responses, 0.8)).toMatchObject({ percent: 80, passed: true });
  });

  it('is not fooled by float noise in the pass mark (0.7 × 100 = 70.00000000000001)', () => {
    const questions = lesson('q', 10);
    const responses = Object.fromEntries(questions.map((question, i) => [question.id, i < 7 ? right : wrong]));
    expect(gradeAttempt(questions, responses, 0.7)).toMatchObject({ percent: 70, passed: true });
  });

  it('rounds percent down to a whole number, and passes on that same number', () => {
    const result = gradeAttempt(lesson('q', 3), { q1: right, q2: right }, 0.66);
    expect(result).toMatchObject({ percent: 66, passed: true });
    // 158 right and 2 half right of 200 is 79.5 %: shown as 79 %, and not a pass at 80 %.
    const questions = lesson('q', 200);
    const responses = Object.fromEntries(questions.map((question, i) => [question.id, i < 158 ? right : i < 160 ? half : wrong]));
    expect(gradeAttempt(questions, responses, 0.8)).toMatchObject({ earned: 159, percent: 79, passed: false });
  });

  it('breaks the score down per skill, a question counting once for each of its skills', () => {
    const questions = [q('a', ['listening', 'star-method']), q('b', ['listening']), q('c', ['star-method', 'star-method'])];
    const result = gradeAttempt(questions, { a: right, b: half, c: wrong }, 0.8);
    expect(result.perSkill).toEqual({
      listening: { earned: 1.5, total: 2 },
      'star-method': { earned: 1, total: 2 },
    });
  });

  it('handles an empty attempt without dividing by zero', () => {
    expect(gradeAttempt([], {}, 0.8)).toEqual({ earned: 0, total: 0, percent: 0, passed: false, perQuestion: {}, perSkill: {} });
  });

  it('ignores responses inherited from the prototype', () => {
    const result = gradeAttempt([q('toString')], {}, 0.8);
    expect(result.perQuestion.toString).toEqual({ kind: 'invalid', reason: 'not answered' });
  });
});
