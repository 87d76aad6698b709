import { describe, expect, it } from 'vitest';
import { creditFraction, evaluateRewrite, scoreRewrite } from '../../src/engine/index.ts';
import { loadRewriteQuestions } from '../../scripts/rewrite-agreement.ts';

const questions = [...loadRewriteQuestions().values()];
const score = (text: string, question: (typeof questions)[number]) => creditFraction(scoreRewrite({ kind: 'rewrite', text }, question));

describe('rewrite questions in content/', () => {
  it('exist', () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
  });

  it.each(questions.map((q) => [q.id, q] as const))('%s: the model answer passes (≥ 0.75) and the original fails (< 0.5)', (_id, question) => {
    const model = evaluateRewrite(question.modelAnswer, question);
    expect(model.harmful, 'the model answer makes a harmful move').toEqual([]);
    expect(score(question.modelAnswer, question)).toBeGreaterThanOrEqual(0.75);
    expect(score(question.original, question)).toBeLessThan(0.5);
  });
});
