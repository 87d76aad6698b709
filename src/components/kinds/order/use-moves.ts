import { useState } from 'react';

/**
 * "Move up" / "Move down" for a list in order, shared by the quiz and the phones: swaps an item with its neighbour,
 * reports the new order, and says the move in words for a live region.
 */
export function useMoves(items: readonly { id: string; text: string }[], locked: boolean, onOrder: (order: string[]) => void) {
  const [announcement, setAnnouncement] = useState('');
  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (locked || target < 0 || target >= items.length) return;
    const next = items.map((item) => item.id);
    [next[index], next[target]] = [next[target]!, next[index]!];
    onOrder(next);
    setAnnouncement(`${items[index]!.text} moved to position ${target + 1} of ${items.length}.`);
  };
  return { move, announcement };
}
