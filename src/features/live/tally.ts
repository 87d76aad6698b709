import { readResponse, type Question } from '../../engine/index.ts';
import { phoneView } from '../../components/kinds/phone-views.ts';
import { roomLetter as letter } from '../../components/kinds/shared.tsx';
import type { Bar, Choice, Verdict } from '../../components/kinds/view-types.ts';

/**
 * The live room's questions as every kind shares them; what differs per kind is its phone view
 * (components/kinds/phone-views.ts).
 */

export type { Bar, Choice, Verdict };

/** The answerable choices of a question in the room's order: options, or the first replies of a conversation. */
export function roomChoices(question: Question): Choice[] {
  return phoneView(question)?.choices(question) ?? [];
}

/** Bars for the projector: one per choice, unless the kind counts its answers otherwise (ordering: the orders sent). */
export function bars(question: Question, tally: Record<string, number>): Bar[] {
  const choices = roomChoices(question);
  const counted = phoneView(question)?.tally;
  if (counted?.bars) return counted.bars(question, tally, choices);
  return choices.map((choice, i) => ({ key: choice.id, label: letter(i), text: choice.text, count: tally[choice.id] ?? 0, best: choice.best }));
}

/** Whether phones can answer a question: every kind this build knows (content from a newer build may not be). */
export const answerable = (question: Question) => phoneView(question) !== null;

/** How a phone's answer compares with the key, shown after "Reveal answer". */
export function verdictOf(question: Question, response: unknown): Verdict | null {
  const phone = phoneView(question);
  const r = readResponse(question, response);
  return phone && r ? phone.verdict(question, r) : null;
}
