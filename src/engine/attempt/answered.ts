import { isKnownKind, rulesFor } from '../kinds/registry.ts';
import type { Question } from '../types.ts';
import type { Response } from './responses.ts';

/**
 * Whether a response gives enough to check or to move on: a choice made, every item placed, a conversation
 * that reached an ending, some text (each kind's rule is in engine/kinds/).
 */
export function isAnswered(question: Question, response: Response | undefined): boolean {
  if (!response || response.kind !== question.kind || !isKnownKind(question.kind)) return false;
  return rulesFor(question).isAnswered(response, question);
}
