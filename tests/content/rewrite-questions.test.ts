import { describe, expect, it } from 'vitest';
import { creditFraction, evaluateRewrite, scoreRewrite } from '../../src/engine/index.ts';
import { loadFreshQuestions, loadRewriteQuestions } from '../../scripts/rewrite-agreement.ts';
import { makeQuestionSchema } from '../../src/content/quiz-schema.ts';
import { loadCourse } from '../../vite-plugins/content-plugin.ts';

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

  // A paraphrase of each model answer in other words and another voice: the grader reads what a reply does, not
  // whether it echoes the model. A new rewrite question needs a line here.
  const PARAPHRASES: Record<string, string> = {
    'sb-system-down': 'Ms. Ito, my apologies, the booking screen has just frozen. Give me your mobile and I’ll ring you with your time within 20 minutes.',
    'nv-hold-rewrite': 'Would you mind holding for a couple of minutes, Mr. Oyelaran, so I can ring our other branch about the cushion? Thanks very much.',
    'rp-rewrite-policy': 'So sorry to hear about your ankle, Lin. I can’t pause it myself, but I can move you onto the cheaper plan today and ask the manager about a medical freeze.',
    'rp-rewrite-system': 'Apologies, Mr. Castillo, our computers have just gone down. May I take your number? I’ll ring you with the payment details within the hour.',
    'rp-rewrite-apology': 'Hannah, I’m truly sorry, fifty minutes is far too long. Let me find out from the doctor how much longer it will be, and I’ll be back in ten minutes.',
    'fa-dc-handover-note': 'Mr Said: charged twice for March, understandably upset. Refund of the second charge requested from billing, due by 12 tomorrow. Please ring him by 1 pm tomorrow to confirm it has arrived.',
  };

  it.each(questions.map((q) => [q.id, q] as const))('%s: a paraphrase of the model answer passes too (≥ 0.75)', (id, question) => {
    const paraphrase = PARAPHRASES[id];
    expect(paraphrase, `add a paraphrase of ${id}'s model answer to PARAPHRASES`).toBeDefined();
    expect(score(paraphrase!, question)).toBeGreaterThanOrEqual(0.75);
  });
});

// The questions written afresh for measuring (scripts/rewrite-agreement.ts) must be real questions: valid under the
// content schema, with a model answer that passes and an original that fails, like any a trainer adds.
describe('questions written afresh for measuring', () => {
  const fresh = [...loadFreshQuestions().values()];
  const schema = makeQuestionSchema(Object.keys(loadCourse('content').skills));

  it.each(fresh.map((q) => [q.id, q] as const))('%s is valid content, its model answer passes and its original fails', (_id, question) => {
    expect(schema.safeParse(question).error).toBeUndefined();
    expect(score(question.modelAnswer, question)).toBeGreaterThanOrEqual(0.75);
    expect(score(question.original, question)).toBeLessThan(0.5);
  });
});
