import { describe, expect, it } from 'vitest';
import { findHarmfulMoves, type RewriteHarmfulMove } from '../../../src/engine/index.ts';

const harmsWith = (text: string) => [...findHarmfulMoves(text).keys()];

// Each row: the move, replies that make it (with the words to quote), and replies that must not trigger it.
const CASES: ReadonlyArray<readonly [RewriteHarmfulMove, ReadonlyArray<readonly [string, string]>, readonly string[]]> = [
  [
    'non-apology',
    [
      ["I'm sorry if you feel that way.", 'sorry if'],
      ['Sorry you feel this way, but doctors run late.', 'Sorry you feel'],
      ['I apologise if you feel you waited too long.', 'apologise if'],
      ["I'm sorry you're upset.", "sorry you're upset"],
    ],
    ["I'm sorry you've been kept waiting so long.", "I'm sorry you've been hurt, Lin.", "I'm so sorry, Hannah."],
  ],
  [
    'blame',
    [
      ["That's not my fault.", 'not my fault'],
      ['Doctors run late.', 'Doctors run late'],
      ['The other branch never picks up anyway.', 'never picks up'],
      ['You should have booked an earlier slot.', 'should have'],
      ['The day team messed up.', 'messed up'],
    ],
    ['We should have told you sooner.', "You shouldn't have had to wait.", 'We messed up, I’m sorry.', 'The doctor is running behind and we should have said so.'],
  ],
  [
    'refusal',
    [
      ['Nothing I can do.', 'Nothing I can do'],
      ['Sorry, not my problem.', 'not my problem'],
      ["I can't help you right now.", "can't help"],
      ["I can't pause it.", "I can't pause"],
      ['Sorry, no.', 'Sorry, no'],
      ["we cant do pauses", 'we cant do'],
    ],
    ["I can't see your account yet, but I'll call you back.", "Pausing isn't an option for me, but I can move you to a cheaper plan."],
  ],
  [
    'sarcasm',
    [
      ['Oh, I’m SO sorry your time is so precious. Let me alert the media.', 'alert the media'],
      ['Sure, because I have nothing better to do.', 'Sure, because'],
      ['Wow, fifty whole minutes.', 'Wow'],
    ],
    ['I’m so sorry your wait has been so long.', 'Sure, I can check that for you because it matters.'],
  ],
  [
    'push-back',
    [
      ["You'll have to call back later.", "You'll have to"],
      ['Can you call back later?', 'call back later'],
      ['Go complain to the manager.', 'Go complain to'],
      ['Check the app yourself.', 'yourself'],
      ['Please try again tomorrow.', 'try again'],
      ['Would you mind calling back in an hour?', 'calling back'],
    ],
    ["I'll call you back.", 'I will try again in five minutes and ring you.', "You don't have to call back, I'll ring you.", "I'm going to call the other branch."],
  ],
  [
    'policy',
    [
      ["It's our policy.", 'policy'],
      ['Rules are rules.', 'Rules'],
      ["The manager won't let us.", "manager won't let"],
      ['Pausing is not allowed.', 'not allowed'],
    ],
    ["Here's what I can do: I'll ask my manager about a medical pause today."],
  ],
  [
    'negated-commitment',
    [
      ['I will not be taking your number.', 'I will not be taking'],
      ["I won't call you back.", "I won't call"],
      ["I'm not going to check every five minutes.", "I'm not going to check"],
      ["I won't be able to check.", "I won't be able to check"],
    ],
    ["I won't keep you long.", "I won't let you down.", "I won't be long.", "I'd rather not make you wait on the line."],
  ],
  [
    'dismissive',
    [
      ['Whatever.', 'Whatever'],
      ['Calm down, it’s only fifty minutes.', 'Calm down'],
      ['Ugh, fine.', 'Ugh'],
    ],
    ['I understand, and I’ll check right away.'],
  ],
];

describe.each(CASES)('%s', (move, yes, no) => {
  it.each(yes)('is found in “%s”, quoting “%s”', (text, words) => {
    expect(findHarmfulMoves(text).get(move)).toContain(words);
  });
  it.each(no)('is not found in “%s”', (text) => {
    expect(harmsWith(text)).not.toContain(move);
  });
});

describe('the reviewer’s examples', () => {
  it.each([
    ['Sorry you feel this way, but doctors run late. Nothing I can do.', ['non-apology', 'blame', 'refusal']],
    ['Oh, I’m SO sorry your time is so precious. Let me alert the media.', ['sarcasm']],
    ['Sorry, not my problem… I will not be taking your number', ['refusal', 'negated-commitment']],
    ['Whatever. Not my problem, go complain to the manager.', ['refusal', 'push-back', 'dismissive']],
  ] as const)('“%s” makes %j', (text, moves) => {
    expect(harmsWith(text)).toEqual(expect.arrayContaining([...moves]));
  });
});
