/**
 * Detectors for what a strong reply does. A question's criterion names one of these moves
 * (`move: apology`) and may add phrases of its own (`anyOf`). Every detector ignores a move made inside a
 * negated clause: "I will not be taking your number" takes no number.
 */
import type { RewriteGoodMove } from '../types.ts';
import { detector, type Detector } from './detect.ts';
import type { Span } from './patterns.ts';
import type { Token } from './tokens.ts';

const apology = /* @__PURE__ */ detector('apology', [
  'sorry',
  'apologize|apologizing|apologized',
  'apologies',
  'forgive me|us',
  'please forgive',
  'pardon me|us',
  'i|we regret',
]);

// "I will…", "let me…", "can I…", "would you like me to…": the speaker commits to an action.
const NEXT_STEP = [
  '@subj will|shall|would|can|could @adv? @adv? @adv? @action',
  '@subj would|will like|love to @action',
  '@subj want|need|have|intend|plan to @adv? @action',
  '@subj am|are going to @adv? @action',
  // "Gonna give you three days now", "I send a hotspot", "here's a supply for now": offers without a "will".
  'going to @adv? @action',
  'i @action you|your|a|an|the|it|now|today|this|for|back|@qty',
  'here is|are a|an|the|your|some',
  '@subj am|are @adv? @action',
  'let me|us @adv? @action',
  'allow me to @action',
  'can|could|may|shall @subj @adv? @action',
  'would|do you like|want me to @action',
  'would|will it help if @subj @action',
  'would|is it be? all? right|okay|fine|possible if @subj @action',
  'do|would you mind if @subj @action',
  'if you give|leave|send me',
  'what @subj can do|offer',
  'here is what @subj can',
  'leave it with me',
  '@subj am|are on it',
  // Done already, or about to be: "I've frozen your membership", "give me a minute", "my colleague can look it up".
  '@subj have|had @adv? @verb',
  'give me a|one|@qty second|seconds|minute|minutes|moment|sec|tick|mo',
  'colleague|colleagues|co-worker|coworker|manager|supervisor|team|staff|porter|porters|housekeeping|engineer|engineers|technician|concierge|reception|pharmacist|doctor|nurse|chef|kitchen|driver|courier|mechanic|stylist|specialist|advisor|adviser @any? can|will|could|shall @adv? @action',
  '@subj would|will like|love to have|get @any @any? @verb',
  'would|will it suit|help you? if @subj @action',
  '@any could|can you please? check|look',
];
const nextStep = /* @__PURE__ */ detector('next-step', NEXT_STEP);

const ownership = /* @__PURE__ */ detector('ownership', [
  ...NEXT_STEP,
  '@subj should have',
  'that is on us|me',
  'my|our fault|mistake|error',
  '@subj let you down',
  '@subj take responsibility|ownership',
  '@subj messed|dropped up',
]);

// Contacting the customer later, or taking what is needed to do so.
const followUp = /* @__PURE__ */ detector('follow-up', [
  'call|calling|called|ring|ringing|rang|phone|phoning|phoned|text|texting|texted|email|emailing|emailed|message|contact|reach|update|updating you',
  'get|come|coming back to you',
  'come|be @adv? back',
  'come|go straight|right back',
  'let you know',
  'keep you posted|updated|informed',
  'take|get|grab|have|note|jot|write|confirm|use down? your|a number|phone|mobile|details|email|contact',
  'your|a phone|mobile|contact number|details',
  'your email address',
  'your number|mobile|email',
  'which|what|best number|email',
  'number on your file',
  'number we have',
  'send|email|text you|your|it',
  'tell|give you the|a|an|your time|update|answer',
  'an update',
]);

// "Two minutes", "a couple of minutes", "90 seconds", "half an hour", "a minute or two".
const DURATION = ['@qty @qty? of? @unit', '@qty or @qty @unit', 'half an|a @unit', '@qty and a half @unit'];
const duration = /* @__PURE__ */ detector('duration', DURATION, { negatable: false });

// Deadlines and immediacy; only counted as a commitment when the same sentence promises an action.
const WHEN = [
  ...DURATION,
  'within|in the|an|a next? hour|day',
  'within|in the next @qty? @unit',
  'by|before|until|at @num @ampm?',
  '@num @ampm',
  'by|before|until the? end of the? day|today|shift',
  'by|before|until|on @day',
  'after|from @num @ampm?',
  'after|from @day',
  'between @num and @num',
  'by|before|until the weekend',
  'by|at quarter|half past|to',
  'today|tonight|tomorrow',
  'this morning|afternoon|evening|week',
  'later today',
  'right now|away',
  'straight away|back',
  'immediately',
  'now',
  'at once',
  'the moment',
  'every @qty? @unit',
];
const when = /* @__PURE__ */ detector('time-commitment', WHEN, { negatable: false });

const permission = /* @__PURE__ */ detector('permission', [
  'may|can|could @subj @adv? @action',
  'may|can|could @subj ask|have',
  'would|do you mind',
  'would it be all? right|okay|fine|possible if|to',
  'is it all? right|okay|fine|possible if|to',
  'is that all? right|okay|fine',
  'if that is all? right|okay|fine',
  'if you do not mind',
  'are|would you be? okay|happy|able|willing to',
  'would you be okay|happy|able|willing',
  'can|could|would you hold|wait|bear',
  'would you like me to',
  'shall @subj',
  'mind if @subj',
  'would|do you prefer|rather',
  'allow me to',
  'okay|happy|all right holding|waiting|to hold|to wait|on hold',
  'okay|alright if @subj',
  'is that okay|alright|all right',
]);

const reason = /* @__PURE__ */ detector('reason', [
  'while|as @subj',
  'so that? @subj can|could',
  'to check|find|see|confirm|ask|call|ring|phone|look|get|speak|contact|make|double',
  'because',
  '@subj need|want|have to',
  '@subj would like to',
  '@subj am going to',
  'let me check|find|look|see|call|ring|phone|ask|speak|contact',
  'for me to',
]);

const thanks = /* @__PURE__ */ detector('thanks', ['thank you|u', 'thanks', 'thank', 'cheers', '@subj really? appreciate', 'appreciate it|your', 'grateful']);

const empathy = /* @__PURE__ */ detector('empathy', [
  '@subj can|do|totally|completely|fully understand',
  '@subj understand',
  '@subj can see|imagine|tell',
  '@subj know this|that|how|it',
  'that|this|it must|sounds|is|has|looks be|been? so|really|very|such? frustrating|painful|awful|hard|tough|annoying|stressful|horrible|difficult|rotten|upsetting|unacceptable',
  'far|way|much|really too long',
  'a long time|wait',
  'you are right',
  '@subj would be upset|frustrated|annoyed|angry too',
  'no wonder',
  'sorry to hear',
  'that sucks',
  'no fun',
  'rotten|bad|awful luck',
  'you have been very|so|more than? patient',
  'not okay|fair|right',
  'you deserved|deserve',
  'should not have had to',
  'get well',
  'hope it|you|your heals|heal|is|are|feel|get|recover|mend',
  'hope you are',
]);

const alternative = /* @__PURE__ */ detector('alternative', [
  'what @subj can do|offer',
  'here is what',
  '@subj can|could offer',
  'instead',
  'another|other option|slot|time|way|plan',
  'alternatively',
  'how|what about',
  'would it help if',
  'in the meantime',
  'until then',
  'meanwhile',
  'or @subj can|could',
  'is not an option for me',
  'would|do you prefer|rather',
  'or would you like',
  'would @any @any? @any? help',
]);

/** Every good move's detector, by move. `time-commitment` is refined in analyse.ts. */
export const GOOD_DETECTORS: Readonly<Record<RewriteGoodMove, Detector<RewriteGoodMove>>> = {
  apology,
  ownership,
  'next-step': nextStep,
  'follow-up': followUp,
  'time-commitment': when,
  duration,
  permission,
  reason,
  thanks,
  empathy,
  alternative,
};

/** Sentence indexes of spans, for "a time in the same sentence as a promise". */
export function sentencesOf(tokens: readonly Token[], spans: readonly Span[]): Set<number> {
  return new Set(spans.map((span) => tokens[span.start]!.sentence));
}
