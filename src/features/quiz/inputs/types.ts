import type { Question, ResponseOf } from '../../../engine/index.ts';

export interface InputProps<Q extends Question> {
  question: Q;
  /** Display order of options/items for this attempt (from the engine's plan). */
  order: readonly string[];
  /** The attempt's seed: conversation replies are ordered from it at every step. */
  seed: number;
  response: ResponseOf<Q> | undefined;
  onChange: (response: ResponseOf<Q> | undefined) => void;
  /** After "Check answer" in practice mode the answer is locked. */
  locked: boolean;
  /** The legend's id, so the question heading can take focus. */
  legendId: string;
}

export function byOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  return order.map((id) => items.find((item) => item.id === id)).filter((item): item is T => item !== undefined);
}
