import { describe, expect, it } from 'vitest';
import type { Question, SingleQuestion } from '../../src/engine/index.ts';
import { gradeAttempt, planAttempt } from '../../src/engine/index.ts';
import { angryCaller, breakdownSigns, cueSort, policyRewrite, starSteps, wrongOrder } from './fixtures.ts';

/** A single-choice question whose option "a" is right; skills given per test. */
const q = (id: string, skills: string[] = ['listening']): SingleQuestion => ({ ...angryCaller, id, skills });
const right = { kind: 'single', choice: 'a' };
const half = { kind: 'single', choice: 'b' };
const wrong = { kind: 'single', choice: 'c' };

const lesson = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => q(`${prefix}${i + 1}`));

describe('planAttempt', () => {
  const all: Question[] = [angryCaller, breakdownSigns, starSteps, cueSort, wrongOrder, policyRewrite];

  it('asks every question in file order in practice mode', () => {
    const plan = planAttempt([{ questions: all }], 1, { shuffleQuestions: false });
    expect(plan.seed).toBe(1);
    expect(plan.questionIds).toEqual(all.map((question) => question.id));
  });

  it('gives the same plan for the same seed', () => {
    const pools = [{ questions: lesson('a', 10), draw: 4 }, { questions: all }];
    expect(planAttempt(pools, 99, { shuffleQuestions: true })).toEqual(planAttempt(pools, 99, { shuffleQuestions: true }));
  });

  it('draws `draw` questions from each pool, keeping file order in practice mode', () => {
    const a = lesson('a', 10);
    const b = lesson('b', 6);
    const plan = planAttempt([{ questions: a, draw: 3 }, { questions: b, draw: 2 }], 7, { shuffleQuestions: false });
    expect(plan.questionIds).toHaveLength(5);
    const fromA = plan.questionIds.slice(0, 3);
    const fromB = plan.questionIds.slice(3);
    expect(fromA.every((id) => id.startsWith('a'))).toBe(true);
    expect(fromB.every((id) => id.startsWith('b'))).toBe(true);
    const index = (id: string) => Number(id.slice(1));
    expect(fromA.map(index)).toEqual(fromA.map(index).slice().sort((x, y) => x - y));
  });

  it('draws different questions for different seeds', () => {
    const pool = [{ questions: lesson('a', 12), draw: 3 }];
    const draws = new Set(Array.from({ length: 20 }, (_, seed) => planAttempt(pool, seed, { shuffleQuestions: false }).questionIds.join()));
    expect(draws.size).toBeGreaterThan(10);
  });

  it('takes the whole pool when draw is absent or too large', () => {
    const a = lesson('a', 4);
    expect(planAttempt([{ questions: a, draw: 9 }], 3, { shuffleQuestions: false }).questionIds).toEqual(['a1', 'a2', 'a3', 'a4']);
  });

  it('shuffles question order only in exam mode', () => {
    const pool = [{ questions: lesson('a', 8) }];
    const orders = new Set(Array.from({ length: 10 }, (_, seed) => planAttempt(pool, seed, { shuffleQuestions: true }).questionIds.join()));
    expect(orders.size).toBeGreaterThan(5);
    const exam = planAttempt(pool, 4, { shuffleQuestions: true }).questionIds;
    expect(exam.slice().sort()).toEqual(lesson('a', 8).map((question) => question.id).sort());
  });

  it('asks a question shared by two pools once', () => {
    const plan = planAttempt([{ questions: [q('x'), q('y')] }, { questions: [q('y'), q('z')] }], 1, { shuffleQuestions: false });
    expect(plan.questionIds).toEqual(['x', 'y', 'z']);
  });

  it('gives options and items a display order, but not conversation replies or rewrites', () => {
    const plan = planAttempt([{ questions: all }], 5, { shuffleQuestions: false });
    expect(plan.optionOrder['star-angry-caller']?.slice().sort()).toEqual(['a', 'b', 'c']);
    expect(plan.optionOrder['breakdown-signs']?.slice().sort()).toEqual(['browse', 'queue', 'repeat', 'sighs', 'thanks']);
    expect(plan.optionOrder['star-steps']?.slice().sort()).toEqual(['a', 'r', 's', 't']);
    expect(plan.optionOrder['cue-sort']?.slice().sort()).toEqual(['arms', 'nod', 'phone', 'smile']);
    expect(plan.optionOrder).not.toHaveProperty('wrong-order');
    expect(plan.optionOrder).not.toHaveProperty('policy-rewrite');
  });

  it('never shows ordering items already in the correct order', () => {
    const twoItems = { ...starSteps, items: starSteps.items.slice(0, 2) };
    for (let seed = 0; seed < 200; seed += 1) {
      const plan = planAttempt([{ questions: [starSteps, { ...twoItems, id: 'two' }] }], seed, { shuffleQuestions: false });
      expect(plan.optionOrder['star-steps']).not.toEqual(['s', 't', 'a', 'r']);
      expect(plan.optionOrder.two).toEqual(['t', 's']);
    }
  });

  it('gives each question its own option order stream', () => {
    // Adding a question must not reshuffle the options of the others.
    const before = planAttempt([{ questions: [breakdownSigns] }], 8, { shuffleQuestions: false });
    const after = planAttempt([{ questions: [angryCaller, breakdownSigns] }], 8, { shuffleQuestions: false });
    expect(after.optionOrder['breakdown-signs']).toEqual(before.optionOrder['breakdown-signs']);
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
    expect(result.percent).toBe(33.3);
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

  it('rounds percent to one decimal', () => {
    const result = gradeAttempt(lesson('q', 3), { q1: right, q2: right }, 0.8);
    expect(result.percent).toBe(66.7);
  });

  it('breaks the score down per skill, a question counting once for each of its skills', () => {
    const questions = [q('a', ['listening', 'star-method']), q('b', ['listening']), q('c', ['star-method', 'star-method'])];
    const result = gradeAttempt(questions, { a: right, b: half, c: wrong }, 0.8);
    expect(result.perSkill).toEqual({
      listening: { earned: 1.5, total: 2, percent: 75 },
      'star-method': { earned: 1, total: 2, percent: 50 },
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
