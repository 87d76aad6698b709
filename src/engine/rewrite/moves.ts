/**
 * The names of the shared moves (for the content schema) and how to describe each to a learner.
 */
import type { RewriteGoodMove, RewriteHarmfulMove } from '../types.ts';

interface MoveInfo {
  /** Short name shown to learners, e.g. "Blame". */
  readonly label: string;
  /** What to do instead (harmful moves) or what the move is (good moves). */
  readonly tip: string;
}

export const GOOD_MOVE_INFO: Readonly<Record<RewriteGoodMove, MoveInfo>> = {
  apology: { label: 'A sincere apology', tip: 'Say sorry for what happened: “I’m sorry”, “I apologise”, “forgive me”.' },
  ownership: { label: 'Owns the problem', tip: 'Speak for the company: “I will…”, “we should have…”.' },
  'next-step': { label: 'A concrete next step', tip: 'Say what you will do: “I’ll check…”, “let me take your number”.' },
  'follow-up': { label: 'Follows up', tip: 'Take their details and contact them: “I’ll call you back”.' },
  'time-commitment': { label: 'Says when', tip: 'Give a time with the promise: “within the hour”, “in ten minutes”, “by 5pm”.' },
  duration: { label: 'Says how long', tip: 'Give a real length of time: “about two minutes”.' },
  permission: { label: 'Asks first', tip: 'Ask before you act: “May I…?”, “Would it be all right if…?”.' },
  reason: { label: 'Says why', tip: 'Give the reason: “while I check…”, “so I can…”.' },
  thanks: { label: 'Thanks them', tip: '“Thank you for your patience.”' },
  empathy: { label: 'Acknowledges how they feel', tip: '“That’s far too long to wait.” “I can see why you’re upset.”' },
  alternative: { label: 'Offers what you can do', tip: '“Here’s what I can do…”, “instead, I can…”.' },
};

export const HARMFUL_MOVE_INFO: Readonly<Record<RewriteHarmfulMove, MoveInfo>> = {
  'non-apology': { label: 'A non-apology', tip: '“Sorry if you feel…” makes their feelings the problem. Apologise for what happened.' },
  blame: { label: 'Blame', tip: 'Whose fault it is doesn’t help the customer. Own it on behalf of the team.' },
  refusal: { label: 'A flat refusal', tip: 'Replace the “no” with what you can do.' },
  sarcasm: { label: 'Sarcasm', tip: 'The customer will hear the tone, not the words. Say it plainly and mean it.' },
  'push-back': { label: 'Pushing the work back', tip: 'Don’t make the customer call again, try later or go elsewhere. Offer to do it yourself.' },
  policy: { label: 'Hiding behind policy', tip: 'Rules and systems are reasons, not answers. Say what you can do.' },
  'negated-commitment': { label: 'A promise turned into a refusal', tip: '“I will not…” tells them what won’t happen. Say what you will do.' },
  dismissive: { label: 'Brushing them off', tip: 'Take their concern seriously; don’t tell them to calm down or wait their turn.' },
  'over-promise': { label: 'Promising too much', tip: 'Promise only what you control: “I’ll check and call you by 3”, not “I guarantee it” or “it will never happen again”.' },
  dig: { label: 'A dig at the customer or a colleague', tip: 'A good reply is undone by one jab (“good luck”, “don’t get your hopes up”, “have it ready this time”). End on what you will do.' },
  label: { label: 'A label for the person', tip: 'Describe the problem and how they feel (“upset about the double charge”), not the person (“rude”, “a nightmare”, “demanding”).' },
  'unrealistic-wait': { label: 'A wait no one would accept', tip: 'Give a real, short wait (“about two minutes”); for anything long, offer to call back instead.' },
};

// The lists themselves are the rewrite question's schema's (the moves a criterion may name); the tables above have an entry for each.
export { GOOD_MOVES, HARMFUL_MOVES } from '../kinds/rewrite-moves.ts';
