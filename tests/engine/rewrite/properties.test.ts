import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditFraction, evaluateRewrite, findGoodMoves, HARM_CAP, normalizeReply, scoreRewrite, type RewriteQuestion } from '../../../src/engine/index.ts';
import { loadRewriteQuestions } from '../../../scripts/rewrite-agreement.ts';

const questions = [...loadRewriteQuestions().values()];
const score = (text: string, question: RewriteQuestion) => creditFraction(scoreRewrite({ kind: 'rewrite', text }, question));

// Words and phrases learners really use, good and bad, so random replies hit the detectors often.
const PIECES = [
  'sorry', 'I’m sorry', 'I do apologise', 'forgive me', 'I will', 'I won’t', 'let me', 'check', 'call you back',
  'take your number', 'within the hour', 'in ten minutes', 'may I', 'put you on hold', 'while I', 'thanks', 'not',
  'nothing', 'can’t', 'policy', 'the doctor', 'run late', 'whatever', 'if you feel', 'call back later', 'you’ll have to',
  'my fault', 'because', 'no', ',', '.', '?', 'SO', 'your', 'time', 'two minutes', 'and', 'but', 'number',
];
const reply = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(' '));
const HARMFUL = [
  'Nothing I can do.', 'Not my problem.', 'Whatever.', 'You’ll have to call back later.', 'It’s policy.',
  'I will not be taking your number.', 'Sorry if you feel that way.', 'Let me alert the media.', 'Doctors run late.',
  'Calm down.', 'Go complain to the manager.', 'Sure, because I have nothing better to do.',
];

describe.each(questions.map((q) => [q.id, q] as const))('%s', (_id, question) => {
  it('scores any reply within [0, 1], never throwing', () => {
    fc.assert(
      fc.property(fc.oneof(reply, fc.string({ maxLength: 80 })), (text) => {
        const result = scoreRewrite({ kind: 'rewrite', text }, question);
        if (result.kind === 'points') {
          expect(result.earned).toBeGreaterThanOrEqual(0);
          expect(result.earned).toBeLessThanOrEqual(result.total);
        }
      }),
    );
  });

  it('never scores higher when a harmful move is added as a sentence of its own (unless that sentence is what names the scenario), and then stays under half marks', () => {
    // Only harmful sentences that make no good move and use none of the question's own phrases: "call back
    // later" is push-back to a customer but a wanted phrase in a handover note.
    const ownPhrases = question.criteria.flatMap((c) => c.anyOf ?? []).map(normalizeReply);
    const pureHarm = HARMFUL.filter(
      (harm) => findGoodMoves(harm).size === 0 && !ownPhrases.some((phrase) => ` ${normalizeReply(harm)} `.includes(` ${phrase} `)),
    );
    fc.assert(
      fc.property(fc.oneof(reply, fc.constant(question.modelAnswer)), fc.constantFrom(...pureHarm), fc.boolean(), (text, harm, before) => {
        const worse = before ? `${harm} ${text}` : `${text}. ${harm}`;
        // A reply that names nothing of the scenario earns nothing; "Doctors run late." names the clinic's delay, so
        // it may lift such a reply off zero, but never to half marks (the second expectation).
        if (evaluateRewrite(text, question).grounded) expect(score(worse, question)).toBeLessThanOrEqual(score(text, question) + 1e-9);
        expect(score(worse, question)).toBeLessThanOrEqual(HARM_CAP + 1e-9);
      }),
    );
  });

  it('gives the same score whatever the case or apostrophe style', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const curly = text.replace(/'/g, '’');
        expect(score(curly.toLowerCase(), question)).toBe(score(curly.replace(/’/g, "'").toLowerCase(), question));
      }),
    );
  });
});
