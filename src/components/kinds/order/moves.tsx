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

/** The "Move up" / "Move down" pair for the item at `index` of `count`, described by the item's text (`describedBy`). */
export function MoveButtons({
  index,
  count,
  describedBy,
  className,
  onMove,
}: {
  index: number;
  count: number;
  describedBy: string;
  className: string;
  onMove: (index: number, delta: -1 | 1) => void;
}) {
  return (
    <>
      <button type="button" className={className} aria-describedby={describedBy} aria-disabled={index === 0} onClick={() => onMove(index, -1)}>
        Move up
      </button>
      <button type="button" className={className} aria-describedby={describedBy} aria-disabled={index === count - 1} onClick={() => onMove(index, 1)}>
        Move down
      </button>
    </>
  );
}
