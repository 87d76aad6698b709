import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_BUDGET,
  agreementLine,
  loadLabelledReplies,
  loadRewriteQuestions,
  measureAgreement,
} from '../../../scripts/rewrite-agreement.ts';

const replies = loadLabelledReplies();
const questions = loadRewriteQuestions();

describe('the labelled replies (tests/fixtures/rewrite-replies.json)', () => {
  it('has at least 300 replies, each labelled with a reason, about half strong for every rewrite question', () => {
    expect(replies.length).toBeGreaterThanOrEqual(300);
    for (const reply of replies) {
      expect(['strong', 'weak']).toContain(reply.label);
      expect(reply.reason.trim()).not.toBe('');
      expect(reply.text.trim()).not.toBe('');
    }
    const ids = new Set(replies.map((reply) => reply.question));
    for (const id of ids) {
      const mine = replies.filter((reply) => reply.question === id);
      const strong = mine.filter((reply) => reply.label === 'strong').length;
      expect(strong / mine.length).toBeGreaterThan(0.4);
      expect(strong / mine.length).toBeLessThan(0.6);
    }
  });

  it('includes the reviewer’s examples', () => {
    const texts = replies.map((reply) => reply.text);
    for (const example of [
      'Sorry you feel this way, but doctors run late. Nothing I can do.',
      "Oh, I'm SO sorry your time is so precious. Let me alert the media.",
      'Sorry, not my problem… I will not be taking your number',
      'sorry let me number',
    ]) {
      expect(texts).toContain(example);
    }
  });
});

describe('rewrite grading agreement', () => {
  it(`agrees with the trainer’s labels on at least ${AGREEMENT_BUDGET * 100} % (strong ≥ 0.75, weak < 0.5)`, () => {
    const agreement = measureAgreement(replies, questions);
    const holdout = measureAgreement(
      replies.filter((reply) => reply.set === 'holdout'),
      questions,
    );
    console.log(`${agreementLine(agreement)}; held-out set: ${(holdout.share * 100).toFixed(1)} % of ${holdout.total}`);
    for (const { reply, score } of agreement.misses) console.log(`  miss: ${reply.label} scored ${score.toFixed(2)}: ${reply.text}`);
    expect(agreement.share).toBeGreaterThanOrEqual(AGREEMENT_BUDGET);
    for (const [id, tally] of Object.entries(agreement.perQuestion)) {
      expect(tally.agreed / tally.total, id).toBeGreaterThanOrEqual(AGREEMENT_BUDGET);
    }
  });
});
