/** Small pieces every kind's views share. */
import { displayOrder, ROOM_SEED, type Question } from '../../engine/index.ts';

/** Items in a display order (ids no longer in the question are skipped). */
export function byOrder<T extends { id: string }>(items: readonly T[], order: readonly string[]): T[] {
  return order.map((id) => items.find((item) => item.id === id)).filter((item): item is T => item !== undefined);
}

/** The letter the room calls an option by: A, B, C… (the projector and the phones show the same). */
export const roomLetter = (i: number) => String.fromCharCode(65 + i);

/** The question's options or items in the room's order (every projector, speaker view and phone shows the same). */
export function roomOrder<T extends { id: string }>(question: Question, items: readonly T[]): T[] {
  return byOrder(items, displayOrder(question, ROOM_SEED));
}

/** A count of points: "1 point", "3 points". */
export const pointsLabel = (n: number) => `${n} ${n === 1 ? 'point' : 'points'}`;
