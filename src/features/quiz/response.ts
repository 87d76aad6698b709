import { walkConversation, type Question } from '../../engine/index.ts';

/** Response shapes per kind, as the engine's scorers read them. */
export type AnyResponse =
  | { kind: 'single'; choice: string }
  | { kind: 'multiple'; choices: string[] }
  | { kind: 'order'; order: string[] }
  | { kind: 'categorize'; placements: Record<string, string> }
  | { kind: 'conversation'; path: string[] }
  | { kind: 'rewrite'; text: string };

/**
 * The response to grade for a question: what the learner gave, or for an order question they left as
 * shown, the order on screen (leaving items where they are is an answer too).
 */
export function effectiveResponse(question: Question, stored: unknown, order: string[]): unknown {
  if (stored !== undefined) return stored;
  if (question.kind === 'order') return { kind: 'order', order };
  return undefined;
}

/** Whether the learner has given enough to check or move on. */
export function isAnswered(question: Question, response: unknown): boolean {
  if (!response || typeof response !== 'object') return false;
  const r = response as Partial<Record<string, unknown>>;
  switch (question.kind) {
    case 'single':
      return typeof r.choice === 'string';
    case 'multiple':
      return Array.isArray(r.choices) && r.choices.length > 0;
    case 'order':
      return Array.isArray(r.order);
    case 'categorize':
      return typeof r.placements === 'object' && r.placements !== null && question.items.every((item) => (r.placements as Record<string, string>)[item.id]);
    case 'conversation':
      // Reply ids repeat from node to node, so only a walk of the path says whether it reached an ending.
      return Array.isArray(r.path) && walkConversation(question, r.path as string[]).valid;
    case 'rewrite':
      return typeof r.text === 'string' && r.text.trim().length > 0;
  }
}
