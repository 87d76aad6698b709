import { describe, expect, it } from 'vitest';
import { creditFraction, evaluateRewrite, findGoodMoves, findHarmfulMoves, HARM_CAP, rewriteDoubts, scoreRewrite, type RewriteQuestion } from '../../../src/engine/index.ts';
import { lostParcelRewrite } from '../../fixtures/questions.ts';

/**
 * What the grader learned from replies written by trainers who never saw it (tests/fixtures/rewrite-replies-blind.json
 * and the development set): offers in any form, solving on the spot, asking rather than ordering, and the harms a
 * polite reply can still carry (promising too much, a dig at the end, a wait no one would accept, blaming a colleague).
 * Each row is a kind of reply, not a copy of one: its wording is new here.
 */
const harms = (text: string) => [...findHarmfulMoves(text).keys()];

describe('harms a polite reply can still carry', () => {
  it.each([
    ['over-promise', 'I’ll call you at 3, and I guarantee the refund will be through.'],
    ['over-promise', 'Sorry for the mix-up, it will never happen again.'],
    ['over-promise', 'I’ll get you seen ahead of everyone.'],
    ['over-promise', 'The engineer will be there by noon, I promise.'],
    ['dig', 'I’ll call you back at 4. Have your reference number ready this time.'],
    ['dig', 'I’ll ask my manager, but don’t get your hopes up.'],
    ['dig', 'I’m checking now. Please keep your voice down though.'],
    ['unrealistic-wait', 'May I put you on hold for about 40 minutes while I check?'],
    ['unrealistic-wait', 'Could you hold for ten seconds?'],
    ['blame', 'Sorry, my colleague was supposed to update the list and didn’t.'],
    ['blame', 'This system is a joke, it crashes every day.'],
    ['blame', 'If you had booked earlier you wouldn’t be waiting.'],
    ['dismissive', 'Hold for a minute.'],
    ['dismissive', 'Someone will get back to you at some point.'],
    ['push-back', 'If he calls, tell him to check his bank app.'],
    ['label', 'Handover: Mrs. Beck, very demanding and emotional about her parcel.'],
    ['label', 'Watch out, the guy at table four is a real pain.'],
    ['label', 'She was extremely aggressive on the phone about the late delivery.'],
    ['over-promise', 'Billing are on it, so the money will definitely be back by Friday.'],
    ['blame', 'Sorry, whoever set up your account got it wrong. Not my doing.'],
    ['blame', 'I can sort it now, though you could have told us sooner.'],
    ['dig', 'I’ll swap the table for you now. Mind you, most guests like the view.'],
    ['sarcasm', 'Fine, you can have the refund. Happy now?'],
    ['dismissive', 'Why not just use the self-checkout?'],
    ['blame', 'The delay is down to the courier, not us.'],
    ['over-promise', 'I’ve put two months free on your account for the trouble.'],
    ['dig', 'It’s fixed now. If you can’t get the hang of the portal, ask your son.'],
    ['sarcasm', 'Sorry the timetable doesn’t revolve around your plans.'],
    ['dig', 'I’ve moved you. Perhaps next time a quieter venue would suit you.'],
  ] as const)('%s: %s', (move, text) => {
    expect(harms(text)).toContain(move);
  });

  it.each([
    'I’m not going to blame anyone, I’m sorry.',
    'It’s not your fault you’ve been kept waiting.',
    'You shouldn’t have to deal with that.',
    'I promise I’ll call you back by 3.',
    'Would you like to wait, or would you prefer a call back?',
    'If you need to leave, I can move you to tomorrow.',
    'Whatever suits you best, I can do either.',
    'I can’t pause it from the desk, but I can request a medical freeze today.',
    'While I’m not able to change the date myself, I’ll ask my supervisor and call you by 5.',
    'It’s been fifty minutes, which is far too long to wait.',
    'I was supposed to call you yesterday, and I’m sorry I didn’t.',
    'I’m sorry, I was rude to you earlier and that wasn’t fair.',
    'You asked for a quiet room and were kept awake; that shouldn’t have happened.',
    'I know this is a difficult time, and I’ll ring you by 4.',
    'If the freeze isn’t possible, I’ll go through cheaper plans with you on that call.',
    'Whatever’s easiest for you: I can move it to tomorrow or to later today.',
    'I’ll print you a temporary pass so you can get in whatever happens.',
    'Ugh, I’m sorry, that’s a rotten start to the day.',
    'You could have missed your train because of us, and I’m sorry.',
  ])('no harm in: %s', (text) => {
    expect(harms(text)).toEqual([]);
  });
});

describe('a time counts with a commitment, a colleague’s next step included', () => {
  const commits = (text: string) => findGoodMoves(text).has('time-commitment');
  it.each([
    'Please check his account after 12 tomorrow and call him.',
    'Next: ring her before 5 today to confirm the new date.',
    'Can someone phone Mr. Adeyemi between 2 and 3 tomorrow?',
    'Oh no, sorry! I’ll call you back by 4.',
  ])('%s', (text) => {
    expect(commits(text)).toBe(true);
  });
  it.each(['Call back in an hour.', 'Please try again tomorrow.', 'The shop opens at 9 tomorrow.'])('not: %s', (text) => {
    expect(commits(text)).toBe(false);
  });
});

describe('offers in any form', () => {
  it.each([
    'I’ve frozen your account from today.',
    'Give me a minute to look it up on the paper rota.',
    'My colleague can look it up on her screen right now.',
    'Would you prefer to rebook for tomorrow?',
    'Get well soon, Lin.',
    'Our porters can carry your cases up while you’re at dinner.',
    'The pharmacist can give you a week’s supply right now.',
    'Would it suit you if we moved the fitting to Saturday?',
    'I’d like to have your order sent by courier.',
    'Here’s a loan phone to use until yours is repaired.',
    'Gonna give you a spare charger now.',
    'I send you the new code today.',
  ])('%s makes a good move', (text) => {
    expect(findGoodMoves(text).size).toBeGreaterThan(0);
  });
});

/** The shared lost-parcel rewrite, with criteria a trainer writes from the scenario (several moves per goal). */
const question: RewriteQuestion = {
  ...lostParcelRewrite,
  criteria: [
    { id: 'apology', label: 'Apologizes', weight: 1, move: ['apology', 'empathy'], feedback: '' },
    { id: 'acts', label: 'Solves it now or follows up', weight: 2, required: true, move: ['next-step', 'follow-up', 'alternative'], feedback: '' },
  ],
};
const score = (text: string) => creditFraction(scoreRewrite({ kind: 'rewrite', text }, question));

describe('criteria a trainer writes from the scenario', () => {
  it('a criterion with several moves is met by any of them', () => {
    expect(score('So sorry about the parcel. Let me check the depot now.')).toBe(1);
    expect(score('That must be so frustrating about the parcel. I’ll call you back within the hour.')).toBe(1);
  });

  it('missing a required criterion keeps the reply under half marks, whatever else it does', () => {
    expect(score('I’m so sorry about your parcel.')).toBeLessThanOrEqual(HARM_CAP);
    expect(evaluateRewrite('I’m so sorry about your parcel.', question).criteria[1]?.met).toBe(false);
  });

  it('a word of the scenario with an ending still names it ("parcels", "replacements")', () => {
    expect(evaluateRewrite('Sorry, both parcels went astray. Let me check.', question).grounded).toBe(true);
  });
});

describe('honest about doubt', () => {
  const doubts = (text: string) => rewriteDoubts(question, evaluateRewrite(text, question));

  it('says when a reply does most of what was asked but also makes a harmful move', () => {
    expect(doubts('So sorry about the parcel, I’ll send a replacement today, I guarantee it.')).toHaveLength(1);
  });

  it('says when a reply makes good moves but names nothing of the scenario', () => {
    expect(doubts('I’m so sorry. I’ll call you back within the hour.')[0]).toContain('names nothing');
  });

  it('stays quiet when the signals agree, good or bad', () => {
    expect(doubts('So sorry about the parcel. I’ll send a replacement today.')).toEqual([]);
    expect(doubts('Not my problem, the parcel is lost.')).toEqual([]);
  });
});
