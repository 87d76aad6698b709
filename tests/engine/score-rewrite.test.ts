import { describe, expect, it } from 'vitest';
import { evaluateRewrite, HARM_CAP, scoreRewrite } from '../../src/engine/index.ts';
import { policyRewrite } from '../fixtures/questions.ts';

const answer = (text: string) => scoreRewrite({ kind: 'rewrite', text }, policyRewrite);

describe('scoreRewrite', () => {
  it('gives a rewrite that meets every criterion full credit', () => {
    expect(answer("I'm sorry. Here's what I'll do: I will send a replacement today.")).toEqual({ kind: 'points', earned: 3, total: 3 });
  });

  it('gives partial credit, weighted; criteria that rule something out carry no weight', () => {
    expect(answer('I am so sorry about that, Sam.')).toEqual({ kind: 'points', earned: 1, total: 3 });
    expect(answer('Let me send a new one out to you today.')).toEqual({ kind: 'points', earned: 2, total: 3 });
  });

  it('keeps a reply with a harmful move under half marks, however much else it gets right', () => {
    const score = answer("I'm sorry, but it's company policy. I will send a replacement today.");
    expect(score).toEqual({ kind: 'points', earned: HARM_CAP * 3, total: 3 });
  });

  it('gives the original sentence nothing: "can\'t" is not "can"', () => {
    expect(answer(policyRewrite.original)).toEqual({ kind: 'points', earned: 0, total: 3 });
  });

  it('reads curly apostrophes and capitals like straight, lower-case text', () => {
    expect(answer('I’M SORRY. I’LL SORT IT OUT FOR YOU NOW.')).toEqual({ kind: 'points', earned: 3, total: 3 });
  });

  it('caps a reply too short to do the job', () => {
    expect(answer('Sorry, I’ll fix it.')).toEqual({ kind: 'points', earned: HARM_CAP * 3, total: 3 });
  });

  it.each([
    ['empty text', ''],
    ['only spaces and punctuation', '  ... !! '],
  ])('is invalid for %s', (_label, text) => {
    expect(answer(text)).toEqual({ kind: 'invalid', reason: expect.stringContaining('not answered') });
  });

  it('is invalid for malformed responses', () => {
    expect(scoreRewrite({ kind: 'rewrite', text: 42 }, policyRewrite).kind).toBe('invalid');
    expect(scoreRewrite({ kind: 'rewrite' }, policyRewrite).kind).toBe('invalid');
    expect(scoreRewrite('I can help', policyRewrite).kind).toBe('invalid');
  });
});

describe('evaluateRewrite', () => {
  it('reports each criterion with the learner’s words, and the harmful moves found', () => {
    expect(evaluateRewrite('Sorry, I can check what the system says.', policyRewrite)).toEqual({
      criteria: [
        { id: 'apology', role: 'goal', met: true, matched: ['Sorry'], matchedBanned: [] },
        { id: 'offers-action', role: 'goal', met: true, matched: ['I can check'], matchedBanned: [] },
        { id: 'no-policy', role: 'guard', met: false, matched: [], matchedBanned: ['the system'] },
      ],
      harmful: [],
      tooShort: false,
      about: [],
      grounded: true,
    });
  });

  it('quotes the words of every shared harmful move, even ones no criterion names', () => {
    const evaluation = evaluateRewrite('Whatever. Not my problem, go complain to the manager.', policyRewrite);
    expect(evaluation.harmful).toEqual([
      { move: 'refusal', words: ['Not my problem'] },
      { move: 'push-back', words: ['go complain to'] },
      { move: 'dismissive', words: ['Whatever'] },
    ]);
  });

  it('meets a criterion through its own phrases as well as its move', () => {
    expect(evaluateRewrite('Leave it with me, sorry for the trouble.', policyRewrite).criteria[1]).toMatchObject({ met: true, matched: ['Leave it with me'] });
  });

  it('does not count a phrase inside a negated clause', () => {
    expect(evaluateRewrite('Sorry, I can’t just say leave it with me.', policyRewrite).criteria[1]?.met).toBe(false);
  });
});

describe('grounding in the scenario (about)', () => {
  const grounded = {
    ...policyRewrite,
    about: [
      { id: 'parcel', label: 'the lost parcel', anyOf: ['parcel', 'package', 'delivery'] },
      { id: 'replacement', label: 'the replacement', anyOf: ['replacement', 'replace', 'new one'] },
    ],
  };
  const score = (text: string) => scoreRewrite({ kind: 'rewrite', text }, grounded);

  it('a reply that names nothing of the scenario earns nothing, however many good moves it makes', () => {
    const generic = "I'm so sorry. Here's what I can do: leave it with me and I'll call you in 10 minutes.";
    expect(scoreRewrite({ kind: 'rewrite', text: generic }, policyRewrite)).toEqual({ kind: 'points', earned: 3, total: 3 });
    expect(score(generic)).toEqual({ kind: 'points', earned: 0, total: 3 });
    const evaluation = evaluateRewrite(generic, grounded);
    expect(evaluation.grounded).toBe(false);
    expect(evaluation.about.map((topic) => topic.met)).toEqual([false, false]);
  });

  it('naming any one part of the scenario is enough to be graded on the criteria', () => {
    expect(score("I'm so sorry about the parcel. Here's what I can do: leave it with me.")).toEqual({ kind: 'points', earned: 3, total: 3 });
    const evaluation = evaluateRewrite("I'm sorry. I can send a new one today.", grounded);
    expect(evaluation.grounded).toBe(true);
    expect(evaluation.about[1]).toEqual({ id: 'replacement', met: true, matched: ['new one'] });
  });

  it('a negated mention still names the scenario', () => {
    expect(evaluateRewrite("Sorry, I can't replace it today, but leave it with me.", grounded).grounded).toBe(true);
  });
});

