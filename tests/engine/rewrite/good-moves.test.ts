import { describe, expect, it } from 'vitest';
import { findGoodMoves, type RewriteGoodMove } from '../../../src/engine/index.ts';

const makes = (move: RewriteGoodMove, text: string) => findGoodMoves(text).has(move);

// Each row: the move, replies that make it (any wording, spelling, typos), replies that must not count.
const CASES: ReadonlyArray<readonly [RewriteGoodMove, readonly string[], readonly string[]]> = [
  [
    'apology',
    ["I'm sorry, Hannah.", 'I do apologise for the wait.', 'I apologize.', 'Forgive me, Ms. Ito.', 'My apologies.', 'soz about that', 'Please forgive the delay.'],
    ["I'm not sorry.", 'Sorry if you feel that way.', "I'm sorry you feel this way.", 'Oh, I’m SO sorry your time is so precious.', 'I will call you.'],
  ],
  [
    'next-step',
    ['I’ll check with the doctor now.', 'Let me take your number.', 'Can I take your number?', "I'm going to call the other branch.", 'What I can do is move you to the basic plan.', 'Would you like me to check for you?'],
    ['sorry let me number', 'Let me check.', 'I will not be taking your number.', 'There is nothing I can do.', 'I can’t pause it.', 'You will call us back.'],
  ],
  [
    'follow-up',
    ['I’ll ring you back within the hour.', 'Can I take your phone number?', "I'll get back to you by Friday.", 'I’ll be back in five minutes.', 'I’ll text you the time.', 'What’s the best number for you?'],
    ['I won’t be calling you back.', 'Call us back later.', 'sorry let me number'],
  ],
  [
    'duration',
    ['about two minutes', 'a couple of minutes', '90 seconds', '2-3 mins', 'half an hour', 'a minute or two', 'no more than three minutes'],
    ['one moment', 'a moment', 'shortly', 'soon'],
  ],
  [
    'time-commitment',
    ['I’ll call you back within the hour.', 'Let me check and I’ll update you in ten minutes.', 'I’ll email you by Friday.', 'I’ll ring you by 3pm.', 'I’ll check with the doctor right now.', 'May I call you back this afternoon?'],
    ['Our system is down right now.', 'Call back in an hour.', 'I will call you back.', 'Fifty minutes is too long.'],
  ],
  [
    'permission',
    ['May I put you on hold?', 'Would it be alright if I put you on hold?', 'Do you mind if I check?', 'would u mind holding', 'Is it OK if I pop you on hold?', 'Could you bear with me for a minute?', 'Are you happy to hold?'],
    ['Hold on.', 'Please hold.', "I'm putting you on hold.", 'Can you call back later?'],
  ],
  [
    'reason',
    ['while I check the other branch', 'so I can ring the other branch', 'I need to check their stock.', 'to find out if they have one', 'whilst I look'],
    ['Hold on.', 'Thanks for waiting.'],
  ],
  [
    'thanks',
    ['Thank you for your patience.', 'Thanks!', 'thx', 'Cheers for waiting.', 'I really appreciate it.', 'thank u'],
    ['No thanks.', 'Hold on.'],
  ],
  [
    'empathy',
    ['I understand how frustrating this is.', 'Fifty minutes is far too long.', 'That must be painful.', "You're right, that's not okay.", 'Sorry to hear about your ankle.'],
    ['Please take a seat.', 'I will call you.'],
  ],
  [
    'alternative',
    ["Here's what I can do: I'll move you to the basic plan.", 'Instead, I can offer you the off-peak plan.', 'Would it help if I moved you to our cheaper plan?', 'In the meantime I can lower your fee.'],
    ['There is nothing I can do.', 'I’m sorry.'],
  ],
  [
    'ownership',
    ['We should have told you sooner.', 'That’s on us.', 'I’ll sort it out for you now.', 'Leave it with me.'],
    ['Not my fault.', 'The receptionist should have told you.'],
  ],
];

describe.each(CASES)('%s', (move, yes, no) => {
  it.each(yes)('is made by “%s”', (text) => {
    expect(makes(move, text)).toBe(true);
  });
  it.each(no)('is not made by “%s”', (text) => {
    expect(makes(move, text)).toBe(false);
  });
});

describe('negation', () => {
  it.each([
    ['apology', 'I am not sorry about that.'],
    ['next-step', 'There is no way I can take your number.'],
    ['follow-up', "I won't be calling you back."],
    ['thanks', 'No thanks to the system.'],
    ['permission', 'I will never ask if I may put you on hold.'],
  ] as const)('a %s inside a negated clause does not count: “%s”', (move, text) => {
    expect(makes(move, text)).toBe(false);
  });

  it('stops at a full stop, a comma or "but": the next clause stands on its own', () => {
    expect(makes('next-step', "I can't see it yet, but I'll call you back within the hour.")).toBe(true);
    expect(makes('next-step', 'No. I will call you back.')).toBe(true);
    expect(makes('next-step', 'No problem, I will call you back.')).toBe(true);
    expect(makes('next-step', 'No problem I will call you back.')).toBe(true);
  });
});
