import { walkConversation } from '../conversation.ts';
import type { Question } from '../types.ts';
import type { Response } from './responses.ts';

/**
 * Whether a response gives enough to check or to move on: a choice made, every item placed, a conversation
 * that reached an ending, some text. An order question is answered only once the learner has arranged it:
 * the order first shown is never correct, and leaving it as shown is not an answer.
 */
export function isAnswered(question: Question, response: Response | undefined): boolean {
  if (!response || response.kind !== question.kind) return false;
  switch (response.kind) {
    case 'single':
      return response.choice !== '';
    case 'multiple':
      return response.choices.length > 0;
    case 'order':
      return response.order.length > 0;
    case 'categorize':
      return question.kind === 'categorize' && question.items.every((item) => Object.hasOwn(response.placements, item.id));
    case 'conversation':
      // Reply ids repeat from node to node, so only a walk of the path says whether it reached an ending.
      return question.kind === 'conversation' && walkConversation(question, response.path).valid;
    case 'rewrite':
      return response.text.trim().length > 0;
  }
}
