import type { ReactNode } from 'react';

/**
 * The bottom bar: previous / next, where we are, and the trainer's extras. Small and quiet on purpose; the
 * keyboard does the same (see keys.ts).
 */
export function DeckBar({
  label,
  position,
  count,
  onPrevious,
  onNext,
  previousLabel = 'Previous slide',
  nextLabel = 'Next slide',
  onHelp,
  children,
}: {
  label: string;
  position: number;
  count: number;
  onPrevious: () => void;
  onNext: () => void;
  previousLabel?: string;
  nextLabel?: string;
  onHelp: () => void;
  children?: ReactNode;
}) {
  return (
    <nav className="deck-bar" aria-label={label}>
      <div className="deck-bar__group">
        <button type="button" className="deck-bar__button" onClick={onPrevious} disabled={position <= 1}>
          <span aria-hidden="true">← </span>
          {previousLabel}
        </button>
        <p className="deck-bar__count">
          {position} / {count}
        </p>
        <button type="button" className="deck-bar__button" onClick={onNext} disabled={position >= count}>
          {nextLabel}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      <div className="deck-bar__group deck-bar__group--end">
        {children}
        <button type="button" className="deck-bar__button" onClick={onHelp} aria-haspopup="dialog">
          <span aria-hidden="true">? </span>Keys
        </button>
      </div>
    </nav>
  );
}
